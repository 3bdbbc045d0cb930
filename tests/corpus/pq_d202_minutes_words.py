"""D2.02 supervised mentoring: a Word table with durations as words and a notes column of totals.

Megan Hughes, a Year 13 student mentoring a Year 9 pupil (M), writes the length of each
session in words ("forty minutes", "half an hour", "three quarters of an hour"), logs her
supervision with the head of sixth form in the same table under "Kind", and one row records
a session the pupil did not attend. The Notes of the last row says "total so far 3 h 45 min".

Practice truth: sessions 40 + 30 + 45 + 35 + 30 + 45 = 225 minutes in six sessions with one
mentee (M); supervision 30 x 6 = 180 minutes in six.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "D2.02 Mentoring Log"),
    P("Candidate: Megan Hughes"),
    P("I declare this is my own work."),
    H(1, "Section 2 - Undertake supervised mentoring"),
    T(
        ["Date", "Kind", "With", "Length", "Notes"],
        ["2 Oct", "Mentoring", "M", "forty minutes", "Getting to know each other"],
        ["2 Oct", "Supervision", "Head of Sixth", "half an hour", "Debrief"],
        ["9 Oct", "Mentoring", "M", "half an hour", "Revision timetable"],
        ["9 Oct", "Supervision", "Head of Sixth", "half an hour", ""],
        ["16 Oct", "Mentoring", "M", "three quarters of an hour", "Maths anxiety"],
        ["16 Oct", "Supervision", "Head of Sixth", "half an hour", ""],
        ["23 Oct", "Mentoring", "M", "did not attend", "Off school"],
        ["6 Nov", "Mentoring", "M", "thirty-five minutes", "Mock results"],
        ["6 Nov", "Supervision", "Head of Sixth", "half an hour", ""],
        ["13 Nov", "Mentoring", "M", "half an hour", "Planner check"],
        ["13 Nov", "Supervision", "Head of Sixth", "half an hour", ""],
        ["20 Nov", "Mentoring", "M", "forty-five minutes", "Ending; total so far 3 h 45 min"],
        ["20 Nov", "Supervision", "Head of Sixth", "half an hour", "Final review"],
    ),
    H(1, "Section 3 - Review own progress"),
    P("""I talked too much in the first two sessions; by the end I was asking one question and
      waiting."""),
]

CASE = Case(
    name="pq_d202_minutes_words",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("hughes-d202-log.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 225,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 180,
    },
    about="Sixth-former; lengths in words, supervision in the same table, a DNA, a 'total so far' in notes.",
)
