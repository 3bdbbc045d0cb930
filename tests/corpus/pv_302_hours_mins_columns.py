"""8587-302 coaching: a Word log with the length split into separate Hrs and Mins columns.

Joanna Brennan, a building society branch manager, coaches three customer advisers (Colin,
Maria, and Sophie, who joined the programme late). Her Word table gives each length as two
cells, Hrs and Mins, often with one of them left blank ("" and "50" is fifty minutes; "1" and
"" is an hour). The first row brings forward hours from a log kept before she registered;
one row holds two separate sessions on the same day (its note says so and gives each
length); a team huddle and a DNA are in the table; supervision and a tutorial are rows with
no coachee; the last row is planned, and three total rows close the table.

Practice truth: 60 + 45 + 50 + 75 + 30 + 60 + 90 (45 + 45) + 55 + 60 + 60 + 70 + 60 = 715
minutes in thirteen sessions with three coachees; supervision 60 + 40 = 100 minutes in two.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Unit 302 - Coaching log"),
    P("Name: Joanna Brennan    Role: Branch Manager"),
    P("""Learner declaration: this log is my own work. The coaching described took place as
      recorded; Colin, Maria and Sophie are made-up names."""),
    H(1, "Context"),
    P("""Our branch is moving cashiers into customer adviser roles, where they have longer
      conversations with members about savings and mortgages. I coached three of them through
      the change: Colin and Maria from January, and Sophie, who joined the programme at the end
      of January after asking to be included. We met in the interview room before opening or
      during the quiet mid-afternoon."""),
    P("""The log uses two columns for the length of each contact, hours and minutes, because that
      is how our branch timesheet works. A blank cell means nought."""),
    H(1, "Coaching log"),
    T(
        ["No.", "Date", "Coachee", "Hrs", "Mins", "Type of contact", "Notes"],
        ["", "b/f", "", "3", "45", "Brought forward from my 2024 log", "sessions before my ILM registration, not part of this unit"],
        ["1", "08/01", "Colin", "1", "0", "Coaching", "contract, goals: confidence on mortgage referrals"],
        ["2", "08/01", "Maria", "0", "45", "Coaching", "contract, goals: ISA conversations"],
        ["3", "15/01", "All advisers", "0", "20", "Team huddle", "briefing, not coaching - not counted"],
        ["4", "22/01", "Maria", "", "50", "Coaching", "role play of an ISA transfer"],
        ["5", "29/01", "Colin", "1", "15", "Coaching", "listened to a recorded call together"],
        ["6", "29/01", "Sophie", "", "30", "Chemistry meeting", "does she want a coach, and me as coach"],
        ["7", "31/01", "-", "1", "0", "Supervision", "with my area manager, coaching supervision"],
        ["8", "05/02", "Sophie", "1", "", "Coaching", "contract and first goal"],
        ["9", "12/02", "Maria", "1", "30", "Coaching", "two separate sessions: 45 mins before opening and 45 mins at 3pm"],
        ["10", "19/02", "Colin", "-", "-", "Coaching", "DNA - he was covering the counter"],
        ["11", "26/02", "Sophie", "", "55", "Coaching", "handling a complaint"],
        ["12", "26/02", "Colin", "1", "0", "Coaching", "rebooked from 19/02"],
        ["13", "05/03", "-", "", "40", "Tutorial", "ILM tutor, by phone"],
        ["14", "12/03", "Maria", "1", "0", "Coaching", "final review"],
        ["15", "12/03", "Sophie", "1", "10", "Coaching", "first mortgage referral, what went well"],
        ["16", "19/03", "Colin", "1", "0", "Coaching", "final review"],
        ["17", "26/03", "Sophie", "1", "0", "Coaching", "final review - planned"],
        ["", "", "Coaching total (this log)", "11", "55", "", ""],
        ["", "", "Supervision and tutorial", "1", "40", "", ""],
        ["", "", "Grand total incl. b/f", "17", "20", "", ""],
    ),
    H(1, "Reflection"),
    P("""Colin was the hardest to pin down. The DNA in February was not reluctance but the branch
      being short, and when we rebooked I made sure the session was protected on the rota. Once
      he listened back to his own recorded call he could hear where he rushed the member, and he
      set his own goal for slowing down. I did not need to tell him."""),
    P("""Maria asked for two short sessions on the same day in February rather than one long one,
      so she could try something at the counter in between and come back to it. That worked so
      well that I would offer it to others."""),
    P("""Sophie's chemistry meeting was important: she had asked to join because she thought it
      was expected, and we talked that through before agreeing to go ahead. My area manager's
      supervision helped me think about whether I was the right coach for someone who reports
      to me; we agreed I would be open with Sophie about that, and I was."""),
    P("""What I would change: I over-planned the first sessions with questions and did not leave
      enough space. By March I was going in with one question and letting the coachee lead."""),
]

CASE = Case(
    name="pv_302_hours_mins_columns",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("brennan-302-log.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # Colin 60 (1) + 75 (5) + 60 (12) + 60 (16) = 255; Maria 45 (2) + 50 (4) + 90 (9, two
        # sessions of 45) + 60 (14) = 245; Sophie 30 (6, chemistry) + 60 (8) + 55 (11) + 70 (15)
        # = 215; 255 + 245 + 215 = 715 = the learner's 11 h 55. Not b/f, huddle, DNA 10, planned 17.
        "minutes": 715,
        "sessions": 13,  # Colin 4 + Maria 5 (row 9 is two) + Sophie 4
        "individuals": 3,  # Colin, Maria, Sophie
        "supervision_minutes": 100,  # supervision 60 (row 7) + tutorial 40 (row 13)
    },
    about="Building society branch manager; Word log with separate Hrs and Mins columns and blank cells, a b/f row, two sessions in one row, a huddle, total rows.",
)
