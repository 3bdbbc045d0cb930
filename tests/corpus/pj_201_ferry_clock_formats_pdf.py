"""8584-201 practice log as PDF: a ferry terminal team leader's Start and Finish columns in five clock styles.

Declan Moss, check-in team leader at a ferry port, mentors Dev, a new check-in agent. His log
has Start and Finish columns and no duration at all, typed as they came: port-style
"0930"/"1015", "14.15"/"15.00", "9:30am"/"10:10am", "2pm"/"2.40pm", "13:50"/"14:55".
Tricky: a DNA row; a row marked with an asterisk whose footnote says "not counted towards my
hours – observation only" (Dev sat in on Declan's freight lane for 90 minutes); a "0800
sailing" in a note (a time, not a session); a planned last catch-up; his total sentence
(right); two session records that retell the 21 and 30 January sessions with their times
("06:45 – 07:30 (45 minutes)", "1.50pm – 2.55pm, 1 hr 5 mins"), the same sessions; and a
tutor meeting record with Start 1600 and Finish 1700.

Practice truth: 45 + 45 + 40 + 45 + 40 + 65 + 50 = 330 minutes in seven sessions with one
mentee; supervision 60.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 – Mentoring Log and Records"),
    P("Declan Moss – Check-in Team Leader, Port of Arnmouth Ferry Terminal"),
    P("Mentee: Dev (check-in agent, started with us in December 2024)"),

    H(1, "Mentoring log"),
    P("""Times are copied from the shift diary. We use the 24 hour clock at the port but I was
      not very consistent when I wrote some of these up at home, apologies. There is no
      duration column because the shift diary only has start and finish."""),
    T(
        ["Date", "Start", "Finish", "Who", "Notes"],
        ["Tue 07/01/25", "0930", "1015", "Dev", "First meeting. What mentoring is, confidentiality, agreement signed"],
        ["Thu 09/01/25", "14.15", "15.00", "Dev", "Goals: run a full sailing check-in lane on his own; handle a coach party"],
        ["Tue 14/01/25", "9:30am", "10:10am", "Dev", "Booking exceptions – went through 3 real ones from the weekend"],
        ["Thu 16/01/25", "–", "–", "Dev", "DNA – rang in sick. Not rebooked, carried on as normal the week after"],
        ["Tue 21/01/25", "0645", "0730", "Dev", "Before the 0800 sailing. Coach party briefing, role play with me as the coach driver"],
        ["Wed 22/01/25", "1100", "1230", "Dev *", "Dev sat in on my freight lane for the morning"],
        ["Tue 28/01/25", "2pm", "2.40pm", "Dev", "Feedback on Saturday's coach party (he did it on his own!)"],
        ["Thu 30/01/25", "13:50", "14:55", "Dev", "Complaints. Went through the LEAP steps, he practised on me"],
        ["Tue 04/02/25", "10.00", "10.50", "Dev", "Review of both goals. Feedback form filled in"],
        ["Tue 11/02/25", "0930", "1030", "Dev", "Planned – last catch-up after I hand this in"],
    ),
    P("""* not counted towards my hours – observation only. Dev was watching me work the freight
      lane, we were not having a mentoring conversation."""),
    P("Total time mentoring Dev: 5 hrs 30 mins over 7 sessions."),

    H(1, "Session records"),
    P("I have written up two of the sessions in more detail. They are the same sessions as in the log above."),
    T(
        ["Session", "Coach party briefing"],
        ["Date", "Tuesday 21 January 2025"],
        ["Start / finish", "06:45 – 07:30 (45 minutes)"],
        ["What happened", """Dev was nervous about the 52-seater booked on the 0800. I played the driver and
         gave him the wrong booking reference on purpose. First time he panicked; second time he
         asked me to spell it and found it under the group name."""],
        ["Questions I used", "What would you need to know before the coach arrives? What's the worst that could happen?"],
        ["Actions", "Dev to do the coach party on Saturday with Jo nearby but not helping"],
    ),
    T(
        ["Session", "Complaints (LEAP)"],
        ["Date", "Thursday 30 January 2025"],
        ["Start / finish", "1.50pm – 2.55pm, 1 hr 5 mins"],
        ["What happened", """Went through Listen, Empathise, Apologise, Problem-solve. Dev practised on me
         as a passenger who had missed the sailing. He kept apologising for things that were not our
         fault, so we worked on empathising without taking the blame."""],
        ["Feedback I gave", "Good eye contact and calm voice. Even better if you let them finish before you answer."],
        ["Actions", "Dev to handle the next complaint on his lane and tell me how it went"],
    ),

    H(1, "Tutor meeting"),
    T(
        ["Tutor meeting record", ""],
        ["Date", "Wednesday 12 February 2025"],
        ["Start", "1600"],
        ["Finish", "1700"],
        ["Tutor", "Ruth Adeyemi (ILM tutor) – on Teams"],
        ["Purpose", "Review my mentoring of Dev and what I have learnt as a mentor"],
        ["Agreed outcomes", """Write my goals more SMART next time (my first draft of Dev's goals had no dates).
         Try summarising before I give feedback. Ruth will look at my reflective account before I submit."""],
    ),

    H(1, "Learner declaration"),
    P("I declare that this is my own work and a true record of the mentoring I carried out. D. Moss 13/02/25"),
]

CASE = Case(
    name="pj_201_ferry_clock_formats_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("D Moss unit 201 log.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Start/Finish only: 07/01 0930-1015 45 + 09/01 14.15-15.00 45 + 14/01 9:30am-10:10am 40
        # + 21/01 0645-0730 45 + 28/01 2pm-2.40pm 40 + 30/01 13:50-14:55 65 + 04/02 10.00-10.50 50
        # = 45 + 45 = 90; + 40 = 130; + 45 = 175; + 40 = 215; + 65 = 280; + 50 = 330.
        # Not: 16/01 DNA; 22/01 1100-1230 (90, "Dev *": not counted, observation only); 11/02
        # planned; the "0800 sailing" in a note; the total sentence (5 hrs 30 = 330, right); the
        # two session records (21/01 and 30/01 again).
        "minutes": 330,
        "sessions": 7,
        "individuals": 1,  # Dev
        # Tutor meeting record: Start 1600, Finish 1700 = 60
        "supervision_minutes": 60,
    },
    about="Ferry terminal team leader; PDF log with Start/Finish columns only in five clock styles ('0930', '14.15', '9:30am', '2pm', '13:50'), DNA, asterisked observation-only row with footnote, planned row, a '0800 sailing' note, right total, two session records retelling sessions, tutor record Start 1600 Finish 1700.",
)
