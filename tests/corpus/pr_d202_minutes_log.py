"""D2.02 Undertaking supervised mentoring: one log of minutes, mentoring and supervision side by side.

Ellie Shaw, a Year 13 reading mentor, mentors a Year 9 pupil (Pupil X). Her whole diary is
one table whose time columns are bare minutes ("Time with mentee (mins)", "Supervision
(mins)"), her supervisor initialling each row; one week the pupil did not attend (the
supervision still happened), and a Totals row ends it.

Practice truth: six sessions, 30+30+40+30+35+30 = 195 minutes, one mentee; supervision
30 x 7 = 210 minutes in seven sessions.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "D2.02 Mentoring Diary – Ellie Shaw"),
    P("Centre: Hollins Park School Sixth Form. I confirm this diary is my own work."),
    P("""I mentored one pupil, Pupil X, in Year 9, in paired reading sessions in the library after
      school. My supervisor is Mrs Patel (MP), the literacy coordinator."""),
    T(
        ["Date", "Pupil", "Time with mentee (mins)", "What we did", "Supervision (mins)", "Supervisor initials"],
        ["06/10/2025", "Pupil X", "30", "Got to know each other; reading interests", "30", "MP"],
        ["13/10/2025", "Pupil X", "30", "Started a football biography", "30", "MP"],
        ["20/10/2025", "Pupil X", "40", "Read two chapters aloud in turns", "30", "MP"],
        ["03/11/2025", "Pupil X", "DNA", "Pupil X absent – we used the time to plan", "30", "MP"],
        ["10/11/2025", "Pupil X", "30", "Predicting what happens next", "30", "MP"],
        ["17/11/2025", "Pupil X", "35", "He read a whole chapter alone", "30", "MP"],
        ["24/11/2025", "Pupil X", "30", "Review and choosing the next book", "30", "MP"],
        ["Totals", "", "195", "", "210", ""],
    ),
    H(1, "Reflection"),
    P("""Pupil X read more when I stopped correcting every word; Mrs Patel suggested I wait until the end
      of the sentence."""),
]

CASE = Case(
    name="pr_d202_minutes_log",
    unit="D2.02",
    kind="structured-docx",
    files=[SourceFile("ellie-shaw-diary.docx", BLOCKS)],
    labels={},
    expected_checks={
        "minutes": 195,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 210,
    },
    about="Sixth-form reading mentor; one table of bare minutes for mentoring and supervision, a DNA week, a Totals row.",
)
