"""8584-201 mentoring: a night-shift bakery log exported from Excel to PDF, rows typed by code.

Tomasz Wrobel, a night-shift supervisor at an industrial bakery, mentors two new operatives,
Lukasz (called Luke on the line, and written so in some rows) and Amira. His spreadsheet has
Date, Start, End, Hrs, Code, Who, Comment; the Hrs cells are Excel's bare decimals (0.75,
0.67, 0.83), and the Code column says what each row is by a legend printed once above the
table: M mentoring, S supervision, T tutorial, O observing another mentor, X cancelled,
P planned. Most sessions are at night and several cross midnight ("23:40" to "00:25"). One M
row is a joint session with both mentees, one M row was observed by his assessor and is
followed by a T row of her feedback, and the table ends with two Excel total rows.

Practice truth: 45 + 45 + 60 + 90 + 75 + 40 + 50 + 60 + 60 = 525 minutes in nine sessions
with two mentees; supervision and tutorials 60 + 60 + 20 = 140 minutes in three.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "8584-201 Mentoring log - T. Wrobel"),
    P("""I confirm this log is my own work and a true record. Lukasz, Amira and Kev are not
      their real names."""),
    H(1, "Background"),
    P("""I supervise the night shift (22:00 to 06:00) on the bread plant at Hollins Bakery. In
      February we took on two new operatives, Lukasz and Amira, and my manager asked me to mentor
      them through their first two months as part of my ILM course. Lukasz is known as Luke on
      the line and I have written him both ways in the log; it is the same person. Because we all
      work nights, most sessions happened in the canteen during the quiet hour after the first
      bake or at the start of shift, so many of them run past midnight."""),
    P("""I keep everything in a spreadsheet and this page is the PDF of it. The Hrs column is
      worked out by Excel from Start and End, so it is in hours as a decimal. The Code column
      tells you what each row is."""),
    P("""Codes: M = mentoring session (me with my mentee). S = supervision with my shift manager.
      T = tutorial or feedback from my ILM tutor or assessor. O = observing another mentor (not my
      session). X = cancelled. P = planned, not happened yet."""),
    H(1, "Log (exported from Excel)"),
    T(
        ["Date", "Start", "End", "Hrs", "Code", "Who", "Comment"],
        ["03/02/25", "22:30", "23:15", "0.75", "M", "Lukasz", "first chat, what he wants from the 2 months"],
        ["05/02/25", "23:40", "00:25", "0.75", "M", "Amira", "first meeting, agreed to meet weekly"],
        ["06/02/25", "14:00", "15:00", "1", "T", "ILM tutor (Zoom)", "unit 201 criteria, how to log"],
        ["10/02/25", "01:30", "02:30", "1", "M", "Luke", "after the oven 3 breakdown, what he did well"],
        ["12/02/25", "23:00", "23:30", "0.5", "O", "Kev + his mentee", "sat in on Kev's session on the roll plant"],
        ["17/02/25", "22:15", "23:45", "1.5", "M", "Amira", "food safety audit nerves, walked the line"],
        ["19/02/25", "03:00", "03:45", "0.75", "X", "Luke", "line went down, no session"],
        ["24/02/25", "22:30", "23:30", "1", "S", "Debbie (shift manager)", "how I'm doing as a mentor"],
        ["26/02/25", "23:50", "01:05", "1.25", "M", "Lukasz", "speaking up in the handover"],
        ["03/03/25", "02:00", "02:40", "0.67", "M", "Amira", "her first week on mixers"],
        ["05/03/25", "22:30", "23:20", "0.83", "M", "Luke & Amira", "joint - both of them, one session"],
        ["10/03/25", "23:15", "00:15", "1", "M", "Amira", "observed by my assessor"],
        ["11/03/25", "00:20", "00:40", "0.33", "T", "Assessor", "feedback on the observation"],
        ["17/03/25", "22:30", "23:30", "1", "M", "Lukasz", "review, what next"],
        ["24/03/25", "22:30", "23:30", "1", "P", "Amira", "review booked"],
        ["", "", "TOTAL M", "8.75", "", "", ""],
        ["", "", "TOTAL S+T", "2.33", "", "", ""],
    ),
    H(1, "Notes on the log"),
    P("""The row on 12 February is me watching Kev, who has mentored before, with his own mentee. I
      learnt a lot about how he lets silences run, but it was his session, so it is coded O and
      left out of my total. On 19 February the line went down at three in the morning and I had to
      get it running again, so Luke's session did not happen (X)."""),
    P("""On 5 March Luke and Amira both wanted to talk about the new rota, so I saw them together
      for one session. On 10 March my assessor came in for the night to watch me mentor Amira and
      gave me feedback straight after, which is the T row at 00:20."""),
    H(1, "Reflection"),
    P("""Mentoring at night has its own rhythm. People are tired at 3am and more honest at 11pm,
      so I moved the sessions earlier in the shift after the first month. Amira needed
      reassurance more than information; Lukasz needed someone to tell him his ideas were worth
      saying out loud. Debbie's supervision helped me see that I was answering Amira's questions
      for her instead of asking what she thought, and I changed that from the 3 March session on."""),
    P("""The observation showed me that I still talk more than half the time. My target for the
      rest of the course is to ask and then wait."""),
]

CASE = Case(
    name="pv_201_night_codes_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("wrobel-201-log.pdf", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # M rows: 45 (03/02) + 45 (05/02, 23:40-00:25) + 60 (10/02) + 90 (17/02) + 75 (26/02,
        # 23:50-01:05) + 40 (03/03) + 50 (05/03 joint) + 60 (10/03 observed) + 60 (17/03) = 525
        # = the sheet's TOTAL M 8.75 h; not O, X, P or the TOTAL rows
        "minutes": 525,
        "sessions": 9,  # the nine M rows; the joint 05/03 is one
        "individuals": 2,  # Lukasz (= Luke) and Amira
        # T 60 (06/02) + S 60 (24/02) + T 20 (11/03 assessor feedback) = 140
        "supervision_minutes": 140,
    },
    about="Night-shift bakery supervisor; Excel log as PDF with decimal Hrs, a one-off code legend (M/S/T/O/X/P), ranges across midnight, Luke = Lukasz, Excel total rows.",
)
