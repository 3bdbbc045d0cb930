"""MD36 mentoring: a diary with a heading per entry that gives the date, who and the length.

Written after the first round-3 fixes, as a regression case (prac3). Lewis Grant, a
distribution centre shift lead, mentors three pickers (Mentees A, B and C). Each entry's
heading reads "Entry 4 – 12 March 2025 – Mentee C (1 hour 30 minutes)"; the paragraphs under
it mention other minutes (introductions, lateness). Tutorials with his assessor and a group
session are entries too; one entry is a session that did not go ahead.

Practice truth: A 60 + 90 + 120, B 45 + 90 + 120, C 90 + 90 + 120, group 180 = 1005 minutes in
ten sessions with three individuals; tutorials 60 + 45 = 105 minutes.
"""

from .case import Case, H, P, SourceFile

ENTRIES = [
    ("Entry 1 – 3 March 2025 – Mentee A (1 hour)",
     "We spent the first 10 minutes on introductions and then 20 minutes agreeing the contract."),
    ("Entry 2 – 4 March 2025 – Mentee B (45 minutes)", "He arrived 15 minutes late so we kept to the contract only."),
    ("Entry 3 – 5 March 2025 – Mentee C (1 hour 30 minutes)", "She wants to train as a forklift instructor."),
    ("Entry 4 – 7 March 2025 – tutorial with my assessor (1 hour)", "We checked my diary format and my contract wording."),
    ("Entry 5 – 10 March 2025 – Mentee A (1 hour 30 minutes)", "She practised the handover briefing twice."),
    ("Entry 6 – 11 March 2025 – Mentee B (1 hour 30 minutes)", "We looked at his error rate week by week."),
    ("Entry 7 – 12 March 2025 – Mentee C (1 hour 30 minutes)", "She booked the instructor course for April."),
    ("Entry 8 – 14 March 2025 – Mentees A, B and C group session (3 hours)",
     "The three of them planned the new starters' induction together; I kept to time by giving each part 45 minutes."),
    ("Entry 9 – 17 March 2025 – Mentee B (1 hour)", "Did not go ahead: Mentee B was moved to the night shift at short notice."),
    ("Entry 10 – 19 March 2025 – Mentee B (2 hours)", "Rearranged session at the start of his night shift."),
    ("Entry 11 – 20 March 2025 – Mentee A (2 hours)", "Final review of her goals."),
    ("Entry 12 – 21 March 2025 – Mentee C (2 hours)", "Final review and ending."),
    ("Entry 13 – 24 March 2025 – tutorial with my assessor (45 minutes)", "Preparing my reflective account."),
]

BLOCKS = [
    H(0, "MD36 Workplace Mentoring Diary"),
    P("Candidate: Lewis Grant"),
    P("I declare that this diary is my own work."),
    P("I mentor three pickers at the distribution centre, called Mentee A, Mentee B and Mentee C here."),
]
for heading, text in ENTRIES:
    BLOCKS += [H(2, heading), P(text)]

CASE = Case(
    name="px_md36_entry_headings",
    unit="MD36",
    kind="structured-docx",
    files=[SourceFile("grant-md36-diary.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 1005,
        "sessions": 10,
        "individuals": 3,
        "supervision_minutes": 105,
    },
    about="Distribution shift lead; an entry heading per session with date, who and length, other minutes in the "
          "body, assessor tutorials, a group session, one that did not go ahead. Written after the fixes (regression).",
)
