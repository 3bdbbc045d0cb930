"""MD36 mentoring: a log with group sessions, DNA rows and a running-total column.

Sam Kowalski, a community football coach, mentors young volunteers. The log has Date,
Who, Session, Hours and Running total. Some sessions are with a group of three ("Group: A, B, C"); two rows are DNAs with 0 hours; the running total is his own.

Practice truth: 3 + 2.5 + 3 + 2 + 3.5 + 3 + 3 + 2.5 + 3 + 3 + 4 + 3.5 = 36 hours = 2160
minutes in twelve sessions with three individuals (A, B, C).
"""

from .case import Case, H, P, SourceFile, T

ROWS = [
    ("05/09", "Group: A, B, C", "Induction and goals", "3"),
    ("12/09", "A", "Coaching badge plan", "2.5"),
    ("19/09", "B", "DNA", "0"),
    ("20/09", "B", "Rearranged: confidence with parents", "3"),
    ("26/09", "C", "Session plans", "2"),
    ("03/10", "Group: A, B, C", "Running a warm-up", "3.5"),
    ("10/10", "A", "Feedback on warm-up", "3"),
    ("17/10", "C", "DNA", "0"),
    ("24/10", "B", "Safeguarding scenarios", "3"),
    ("31/10", "C", "Match-day role", "2.5"),
    ("07/11", "Group: A, B, C", "Peer observation debrief", "3"),
    ("14/11", "A", "Badge assessment prep", "3"),
    ("21/11", "B", "Review", "4"),
    ("28/11", "Group: A, B, C", "Closing review", "3.5"),
]

table = [["Date", "Who", "Session", "Hours", "Running total"]]
running = 0.0
for date, who, what, hours in ROWS:
    running += float(hours)
    table.append([date, who, what, hours, f"{running:g}"])

BLOCKS = [
    H(0, "MD36 Mentoring Log"),
    P("Candidate: Sam Kowalski"),
    P("I declare that this log is a true record of my own mentoring."),
    H(1, "Log of mentoring"),
    T(*table),
    H(1, "Looking back"),
    P("""Group sessions were where the three volunteers learned most from each other, but the one
      to one sessions were where B finally said what was worrying him."""),
]

CASE = Case(
    name="pq_md36_group_running",
    unit="MD36",
    kind="structured-docx",
    files=[SourceFile("kowalski-md36-log.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 2160,
        "sessions": 12,
        "individuals": 3,
    },
    about="Community football coach; group sessions, DNA rows with 0 hours, a running-total column.",
)
