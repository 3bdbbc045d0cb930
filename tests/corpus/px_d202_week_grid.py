"""D2.02 supervised mentoring: a diary grid with one column per week.

Ella Brooks, a sixth-former, mentors a Year 8 pupil (R.T.). Her diary is two grids, weeks
across the top and rows for the date, the time with her mentee, the time with her
supervisor and what they did. In week 3 the mentee was absent but the supervision went
ahead; in week 5 there was no supervision. Week 7 is a catch-up session.

Practice truth: 40 + 35 + 45 + 30 + 60 + 40 = 250 minutes in six sessions with one mentee;
supervision 30 x 6 = 180 minutes (weeks 1, 2, 3, 4, 6 and 7).
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary"),
    T(["Candidate", "Ella Brooks"], ["Mentee's initials", "R.T."], ["School", "Northgate Academy"]),
    P("This diary is my own work. Ella Brooks"),
    H(1, "Section 1 – Outcomes agreed"),
    P("""R.T. wanted to stop getting late marks. We agreed she would arrive at registration on
      time every day for four weeks in a row."""),
    H(1, "Section 2 – Diary of sessions"),
    T(
        ["", "Week 1", "Week 2", "Week 3"],
        ["Date", "15 Sept", "22 Sept", "29 Sept"],
        ["Time with my mentee", "40 mins", "35 mins", "Mentee absent"],
        ["Time with my supervisor", "30 mins", "30 mins", "30 mins"],
        ["What we did", "Agreed outcomes and rules", "Made a morning checklist", "Supervisor and I planned week 4"],
    ),
    T(
        ["", "Week 4", "Week 5", "Week 6", "Week 7"],
        ["Date", "6 Oct", "13 Oct", "20 Oct", "3 Nov"],
        ["Time with my mentee", "45 mins", "30 mins", "1 hour", "40 mins"],
        ["Time with my supervisor", "30 mins", "-", "30 mins", "30 mins"],
        ["What we did", "Talked about her bus times", "Checked her late marks", "Celebrated two clear weeks",
         "Catch-up session and ending"],
    ),
    H(1, "Section 3 – Review"),
    P("""By week 6 R.T. had no late marks for two weeks. My supervisor said I should let her
      talk more in the first five minutes."""),
]

CASE = Case(
    name="px_d202_week_grid",
    unit="D2.02",
    kind="structured-docx",
    files=[SourceFile("brooks-d202-diary.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 250,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 180,
    },
    about="Sixth-former; a diary grid with weeks as columns, mentee and supervisor time as rows, an absent week.",
)
