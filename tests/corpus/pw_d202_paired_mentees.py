"""D2.02 supervised mentoring: a diary where most rows are one session with two mentees at once.

Aled Morgan, a Year 12 maths mentor, meets Year 8 pupils in pairs at lunchtime. His diary
table has Week, Date, Mentees present, Time, Activity and Supervisor review; the Mentees
cell names a pair in whatever way he typed it ("Pupils A & B", "C/D", "B + C"). One week
only one of the pair came; a second pair joined in week 4; on 6 November he saw both pairs,
one after the other, with one supervision review covering both; one week was an INSET day.

Practice truth: 30 + 35 + 30 + 40 + 30 + 30 + 30 + 45 = 270 minutes in eight sessions (a
paired session is one session) with four pupils (A, B, C, D); supervision 30 x 7 = 210
minutes in seven reviews.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "D2.02 Mentoring Diary"),
    P("Candidate: Aled Morgan, Year 12"),
    P("I declare that this diary is my own work. The pupils are called A, B, C and D."),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""The Head of Year 8 asked me to mentor pupils who had fallen behind in fractions. We agreed
      the outcome: each pupil to score at least 7/10 on the end-of-unit fractions quiz, and to
      say they feel OK asking a question in class."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    T(
        ["Week", "Date", "Mentees present", "Time", "Activity", "Supervisor review"],
        ["1", "25/09", "Pupils A & B", "30 mins", "Getting to know them; fraction cards game", "30 mins with Head of Year 8"],
        ["2", "02/10", "Pupils A & B", "35 mins", "Equivalent fractions with pizza diagrams", "30 mins"],
        ["3", "09/10", "A (B absent)", "30 mins", "A explained the pizza method back to me", "30 mins"],
        ["4", "16/10", "Pupils C and D (new pair)", "40 mins", "Agreed goals; diagnostic quiz", "30 mins"],
        ["5", "23/10", "A & B", "-", "Cancelled - INSET day", "none"],
        ["6", "06/11", "A & B", "30 mins", "Adding fractions", "30 mins (both pairs)"],
        ["6", "06/11", "C/D", "30 mins", "Fractions of amounts", "see above"],
        ["7", "13/11", "B + C (A and D on the Year 8 trip)", "30 mins", "Mixed pair - B taught C", "30 mins"],
        ["8", "20/11", "C & D", "45 mins", "Practice quiz and ending", "30 mins"],
    ),
    H(1, "Section 3 - Review own progress"),
    P("""Pairs worked better than I expected: when B taught C in week 7 he understood it better
      himself. I need to stop giving the answer when a pair goes quiet."""),
]

CASE = Case(
    name="pw_d202_paired_mentees",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("morgan-d202-diary.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 270,  # 30+35+30+40 (wk 1-4) + 30+30 (wk 6, two pairs) + 30 + 45 = 270; wk 5 cancelled
        "sessions": 8,  # each row with a time is one session, a pair included; 8 rows
        "individuals": 4,  # A, B, C, D (B + C in week 7 are not new)
        "supervision_minutes": 210,  # 30 in weeks 1, 2, 3, 4, 6, 7, 8 = 7 x 30; wk 5 none, 6's second row is the same review
    },
    about="Year 12 maths mentor; pupils mentored in pairs, pairs written 'A & B', 'C/D', 'B + C', one review covering two rows.",
)
