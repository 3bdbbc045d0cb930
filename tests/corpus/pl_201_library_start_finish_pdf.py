"""8584-201 practice log as PDF: a library supervisor's log with only Start and Finish columns, a split session and a wrong total.

Sunita Rao, customer services supervisor at a town library, mentors Jordan, a library
assistant who started in the new year. Her log is a Word table saved as PDF with Date,
Start, Finish, Where and Notes columns: no length anywhere, so each row's minutes come from
the clock times. Tricky: session 3 was split into two parts on one day (a morning part and
an afternoon part, story time in between) which she says is one session; a row cancelled
(Jordan off sick) with dashes for times; her "Total time" row says 5 hrs 10 mins but the
rows add up to 4 hrs 50 (her slip); a plan of "six sessions of about an hour"; supervision
in prose only (a tutor meeting given as "half past ten until twenty to twelve" and a short
tutorial phone call).

Practice truth: 60 + 45 + (25 + 35) + 75 + 50 = 290 minutes in five sessions with one
mentee; supervision 70 + 15 = 85.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 – Developing Mentoring Skills: Mentoring Log"),
    P("Learner: Sunita Rao, Customer Services Supervisor, Eastbridge Library"),
    P("""I mentored Jordan, one of our library assistants, from February to March. Jordan is
      good with the children's groups but lacks confidence on the enquiry desk, especially with
      the public computers and printing. My plan was six sessions of about an hour, on Tuesday
      afternoons in the workroom behind the counter. The log below is what actually happened.
      I only wrote down the start and finish times because that is what our rota sheet uses."""),
    T(
        ["Date", "Start", "Finish", "Where", "Notes"],
        ["Tue 04/02/25", "14:00", "15:00", "Workroom", "Session 1. Mentoring agreement, confidentiality, what Jordan wants from it"],
        ["Tue 11/02/25", "14:10", "14:55", "Workroom", "Session 2. Two goals agreed - enquiry desk on own, printing queries"],
        ["Tue 18/02/25", "-", "-", "-", "Cancelled - Jordan off sick. Not rebooked, we carried on the next week"],
        ["Tue 25/02/25", "09:30", "09:55", "Workroom", "Session 3 (part 1). Story time needed me so we stopped"],
        ["Tue 25/02/25", "16:05", "16:40", "Workroom", "Session 3 (part 2). Finished the desk role play. I count this as one session in two parts"],
        ["Tue 04/03/25", "13:45", "15:00", "Enquiry desk / workroom", "Session 4. Watched Jordan on the desk for 20 mins then talked it through"],
        ["Tue 11/03/25", "14:00", "14:50", "Workroom", "Session 5. Review of both goals, feedback sheet"],
        ["Total time", "", "", "", "5 hrs 10 mins over 5 sessions"],
    ),
    P("""Jordan signed each row in the paper copy. Session 3 was in two halves because the
      children's librarian was off and I had to run story time; we picked it up again at the end
      of the day rather than lose the session."""),
    H(1, "Tutor support"),
    P("""I met my ILM tutor at the college on Thursday 13 March, from half past ten until twenty
      to twelve, to go through the log and my feedback sheet from Jordan. Earlier, on 6 February,
      she rang me for a quick 15 minute tutorial to check my mentoring agreement before I used it."""),
    P("Declaration: this log is my own work and a true record. Signed Sunita Rao, 17/03/2025"),
]

CASE = Case(
    name="pl_201_library_start_finish_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("Sunita Rao 201 mentoring log.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Jordan"],  # the mentee's real first name throughout
        # Start/Finish only:
        # 04/02 14:00-15:00 = 60; 11/02 14:10-14:55 = 45;
        # 25/02 part 1 09:30-09:55 = 25 + part 2 16:05-16:40 = 35 -> one session of 60;
        # 04/03 13:45-15:00 = 75; 11/03 14:00-14:50 = 50.
        # 60 + 45 = 105; + 60 = 165; + 75 = 240; + 50 = 290 (4 hrs 50).
        # Not: 18/02 cancelled; the "Total time" row (5 hrs 10 mins = 310, her slip);
        # the plan's "six sessions of about an hour".
        "minutes": 290,
        "sessions": 5,  # session 3's two parts are one session, as she says
        "individuals": 1,  # Jordan
        # Tutor meeting 13 March 10:30 to 11:40 = 70 + tutorial call 6 February 15 = 85
        "supervision_minutes": 85,
    },
    about="Library supervisor; 201 log PDF with Start/Finish columns only, one session split into two parts on one day (one session), a cancelled row with dashes, a wrong learner total (5 hrs 10 for a true 4 hrs 50), tutor meeting in spoken clock words and a tutorial call in prose.",
)
