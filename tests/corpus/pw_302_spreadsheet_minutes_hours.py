"""8587-302 coaching: a log exported from Excel, with a Minutes column and an Hours column.

Fiona MacLeod, a network planning team leader at a water company, keeps her coaching log in
a spreadsheet and pasted it into Word. Each row has both "Minutes" and "Hours": Minutes are
whole numbers, Hours a formula showing decimals ("1.25"). Where she typed straight into the
Hours cell it shows Excel's time format ("1:15", "1:45") and Minutes is blank; where she
typed "1hr" into Minutes the formula shows "#VALUE!". Supervision with her tutor is in the
same sheet (Type column), one session was cancelled with 0 and 0, and the sheet's TOTAL row
is the formula's: it adds the supervision and skips the cells it could not read.

Practice truth, coaching rows by their own length:
R 90 + S 60 + R 75 + S 75 ("1:15") + R 60 ("1hr") + R 90 + S 105 ("1:45") + R 120 + S 90
+ R 60 + S 75 = 900 minutes (15 h) in eleven sessions with two coachees (R, S).
Supervision (tutor) 60 + 45 = 105 minutes in two sessions.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 302 - Coaching log (exported from my spreadsheet)"),
    P("Learner: Fiona MacLeod"),
    P("Declaration: the log and the coaching recorded in it are my own work. Coachees are R and S."),
    H(1, "Plan"),
    P("""Fortnightly sessions with each coachee in the planning office's small meeting room, 60 to 90
      minutes, from mid January to mid March: about 7 hours each, 14 hours in total."""),
    H(1, "Coaching log"),
    T(
        ["Date", "Coachee", "Type", "Minutes", "Hours", "Notes"],
        ["14/01/2025", "R", "Coaching", "90", "1.5", "Contracting, GROW goal: lead the asset review meeting"],
        ["16/01/2025", "S", "Coaching", "60", "1", "Contracting, goal: stop redoing her team's drawings"],
        ["21/01/2025", "R", "Coaching", "75", "1.25", "Options for the review agenda"],
        ["23/01/2025", "S", "Coaching", "", "1:15", "Delegation - what she holds on to and why"],
        ["28/01/2025", "Tutor", "Supervision", "60", "1", "Tutor call about my questioning"],
        ["04/02/2025", "R", "Coaching", "1hr", "#VALUE!", "Rehearsed opening the review"],
        ["06/02/2025", "S", "Cancelled", "0", "0", "S on annual leave"],
        ["11/02/2025", "R", "Coaching", "90", "1.5", "Debrief of the first review meeting"],
        ["13/02/2025", "S", "Coaching", "105", "1:45", "Worked through a drawing she handed back"],
        ["25/02/2025", "R", "Coaching", "120", "2", "Long one - his stakeholder map"],
        ["27/02/2025", "S", "Coaching", "90", "1.5", "Scaling: confidence in her team now 6/10"],
        ["04/03/2025", "Tutor", "Supervision", "45", "0.75", "Second supervision, ending well"],
        ["06/03/2025", "R", "Coaching", "60", "1", "Final review"],
        ["11/03/2025", "S", "Coaching", "75", "1.25", "Final review"],
        ["TOTAL", "", "", "870", "#VALUE!", ""],
    ),
    H(1, "Reflection"),
    P("""Looking at the sheet I can see S's sessions got longer as she trusted the process; R's were
      steady. I kept asking R closed questions in January and the tutor picked that up."""),
]

CASE = Case(
    name="pw_302_spreadsheet_minutes_hours",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("macleod-302-coaching-log.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 900,  # 90+60+75+75+60+90+105+120+90+60+75 = 900 (checked twice; not the sheet's 870)
        "sessions": 11,  # eleven Coaching rows; the Cancelled row and the two Supervision rows are not sessions
        "individuals": 2,  # R and S
        "supervision_minutes": 105,  # tutor 60 (28/01) + 45 (04/03)
    },
    about="Water company team leader; Excel paste with Minutes and Hours columns in clashing formats, #VALUE!, formula TOTAL.",
)
