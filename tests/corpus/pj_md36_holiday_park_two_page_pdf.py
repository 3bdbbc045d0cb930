"""MD36 practice diary as PDF: a holiday park's two-page log, the header row repeated and c/f and b/f rows at the page break.

Gareth Lloyd, operations manager at a holiday park, mentors three team leaders, Ola
(housekeeping), Bea (entertainment) and Sam (reception), from September to November. The
log is one Word table saved as PDF over two pages: Word repeated the header row at the top
of page 2, and Gareth ended page 1 with a "c/f" row and began page 2 with a "b/f" row, both
holding the running total. Lengths are "1h30", "2h", "2h15"; a "Cumulative" column holds
h:mm running mentoring time on every row, tutorials included. Tricky: a group session with
Ola, Bea and Gemma, a new night manager who came to that session only (one session, its
length once, Gemma a fourth individual); a session observed by the tutor, whose 30-minute
feedback sits in the Notes cell; a DNA; an asterisked row whose footnote says it is not
counted (he sat in while the head chef mentored); three tutorial rows; a planned closing
group session; a Total row (right).

Practice truth: Ola 885 + Bea 810 + Sam 825 + group 135 = 2655 minutes in 24 sessions with
four individuals; supervision 60 + 30 + 90 + 60 = 240.
"""

from .case import Case, H, P, SourceFile, T

HEADER = ["Date", "Mentee(s)", "Duration", "Cumulative", "Notes"]

PAGE_1 = [
    ("01/09/25", "Ola", "1h30", "1:30", "Introductory meeting, contract signed"),
    ("02/09/25", "Bea", "1h30", "3:00", "Introductory meeting, contract signed"),
    ("03/09/25", "Sam", "1h", "4:00", "Introductory meeting, contract signed"),
    ("08/09/25", "Ola", "2h", "6:00", "Learning styles questionnaire, three goals agreed"),
    ("09/09/25", "Bea", "2h", "8:00", "Learning styles questionnaire, three goals agreed"),
    ("10/09/25", "Sam", "1h45", "9:45", "Learning styles questionnaire, three goals agreed"),
    ("12/09/25", "Tutorial – Mererid (ILM tutor)", "1h", "9:45", "Planning the diary. Not mentoring"),
    ("15/09/25", "Ola", "2h", "11:45", "End of season rota for housekeeping – GROW"),
    ("16/09/25", "Bea", "DNA", "11:45", "Didn't turn up – end of season party clean-up. Rebooked for 30/09"),
    ("17/09/25", "Sam", "2h", "13:45", "Complaints at reception, role play"),
    ("22/09/25", "Group: Ola, Bea + Gemma", "2h15", "16:00",
     "Handovers between housekeeping, entertainment and the night team. Gemma is our new night manager and joined for this one session only"),
    ("23/09/25", "Sam", "1h30", "17:30", "Observed by Mererid for my assessment; her feedback to me afterwards took 30 min"),
    ("29/09/25", "Ola", "2h", "19:30", "Staff retention on her team – SWOT"),
]

PAGE_2 = [
    ("30/09/25", "Bea", "2h", "21:30", "Rebooked from 16/09. Kids' club timetable"),
    ("01/10/25", "Huw (head chef) and his commis *", "1h", "21:30", "Sat in while Huw mentored his commis chef"),
    ("06/10/25", "Sam", "2h", "23:30", "Upselling at check-in without being pushy"),
    ("07/10/25", "Ola", "1h45", "25:15", "Progress against goals; 360 feedback from her team"),
    ("13/10/25", "Bea", "2h", "27:15", "Half-term entertainment plan"),
    ("14/10/25", "Group tutorial – Mererid + 4 learners", "1h30", "27:15", "Challenging my habit of giving answers"),
    ("20/10/25", "Sam", "2h", "29:15", "360 feedback from the reception team"),
    ("21/10/25", "Ola", "2h", "31:15", "Winter closure planning"),
    ("27/10/25", "Bea", "2h30", "33:45", "Her first budget – went through it line by line"),
    ("03/11/25", "Sam", "2h", "35:45", "Deputising for the reception manager"),
    ("04/11/25", "Ola", "2h", "37:45", "Recruitment for next season"),
    ("10/11/25", "Bea", "2h", "39:45", "Impact on role – what has changed since September"),
    ("17/11/25", "Sam", "1h30", "41:15", "Final review, feedback form"),
    ("18/11/25", "Ola", "1h30", "42:45", "Final review, feedback form"),
    ("19/11/25", "Bea", "1h30", "44:15", "Final review, feedback form"),
    ("24/11/25", "Tutorial – Mererid", "1h", "44:15", "Review of the diary before hand-in"),
    ("01/12/25", "Ola, Bea, Sam", "2h", "44:15", "Planned – closing get-together for all three"),
]

BLOCKS = [
    H(0, "Workplace Mentoring Diary (36 hours)"),
    P("Gareth Lloyd – Operations Manager, Caerwen Sands Holiday Park – Mentoring log, September to November 2025"),
    P("""My three mentees are team leaders who were all promoted this year: Ola runs
      housekeeping, Bea runs the entertainment team and Sam runs reception. I met each of them
      roughly weekly in the quiet lounge above the clubhouse, mostly on Monday to Wednesday
      mornings when the park is changing over. The log was kept in Word as one table and I
      have saved it as a PDF. Durations are how long we actually sat down for; the cumulative
      column is my running total of mentoring only."""),
    T(
        HEADER,
        *[list(row) for row in PAGE_1],
        ["c/f", "", "", "19:30", "carried forward to page 2"],
        HEADER,
        ["b/f", "", "", "19:30", "brought forward from page 1"],
        *[list(row) for row in PAGE_2],
        ["Total mentoring", "", "44h15", "", "24 sessions"],
    ),
    P("""* not counted – I was only observing how Huw mentors, it was not my mentoring. Tutorial
      rows are not counted in the cumulative column either."""),
    H(1, "Tutorial support"),
    P("""Mererid, my ILM tutor, gave me two one-to-one tutorials and one group tutorial, and she
      observed my session with Sam on 23 September and gave me feedback straight afterwards.
      The group tutorial was the most useful: the other learners noticed that I answered my own
      questions, and from then on I wrote "wait" at the top of my notes page."""),
    P("""Declaration: I declare that this diary is my own work and that the sessions recorded took
      place. Gareth Lloyd, 28/11/2025"""),
]

CASE = Case(
    name="pj_md36_holiday_park_two_page_pdf",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("G Lloyd mentoring diary MD36.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Ola: 01/09 1h30 90 + 08/09 2h 120 + 15/09 2h 120 + 29/09 2h 120 + 07/10 1h45 105
        #   + 21/10 2h 120 + 04/11 2h 120 + 18/11 1h30 90 = 885 (8 sessions)
        # Bea: 02/09 1h30 90 + 09/09 2h 120 + 30/09 2h 120 + 13/10 2h 120 + 27/10 2h30 150
        #   + 10/11 2h 120 + 19/11 1h30 90 = 810 (7 sessions)
        # Sam: 03/09 1h 60 + 10/09 1h45 105 + 17/09 2h 120 + 23/09 1h30 90 (observed, counts)
        #   + 06/10 2h 120 + 20/10 2h 120 + 03/11 2h 120 + 17/11 1h30 90 = 825 (8 sessions)
        # Group 22/09 Ola, Bea + Gemma 2h15 = 135, once (1 session)
        # 885 + 810 + 825 + 135 = 2655 (= the Total row's 44h15 and the last cumulative 44:15).
        # Not: 16/09 DNA; 01/10 sat in on Huw's mentoring ("*", not counted); tutorial rows;
        # 01/12 planned; the repeated header, c/f and b/f rows (19:30); the Cumulative column;
        # the Total row.
        "minutes": 2655,
        "sessions": 24,  # 8 + 7 + 8 + 1 group
        "individuals": 4,  # Ola, Bea, Sam, and Gemma (group session only)
        # 12/09 tutorial 1h 60 + 23/09 Mererid's feedback on the observed session 30
        # + 14/10 group tutorial 1h30 90 + 24/11 tutorial 1h 60 = 240
        "supervision_minutes": 240,
    },
    about="Holiday park operations manager; MD36 log as a two-page PDF with the header row repeated on page 2 and c/f / b/f rows at the break, 'NhMM' lengths, h:mm Cumulative column, a group session with a one-off fourth attendee, observed session with 30 min tutor feedback in Notes, DNA, asterisked sat-in row, tutorial rows, planned row, right total.",
)
