"""8587-304 mentoring: sessions told in a reflective account, then a summary table at the end.

Dr Helen Okoro, a hospital pharmacist, writes her mentoring as a reflective essay, telling
each meeting in a sentence or two with its date and length, and closes with a summary table
of the same sessions and her totals. The table and the sentences are the same sessions.

Practice truth: six sessions of 2 h each = 720 minutes with two mentees (Mentee X and
Mentee Y); supervision 1 h + 1 h 15 = 135 minutes in two sessions.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 304 Reflective Account"),
    P("Candidate: Helen Okoro"),
    P("This account is my own work; mentees are referred to as X and Y."),
    H(1, "Planning and contracting"),
    P("""I agreed with both mentees to meet every three weeks for two hours in the pharmacy library,
      with the aim of getting each through the independent prescribing application."""),
    H(1, "The mentoring"),
    P("""On 8 January I met Mentee X for two hours to agree goals; she wanted confidence in
      presenting to consultants. On 10 January I spent 2 hours with Mentee Y, who wanted a
      portfolio that would survive the panel."""),
    P("""We met again on 29 January (X, 2 hrs) and 31 January (Y, 2 hrs). X practised her case
      presentation on me and I noticed how much she apologised before each point."""),
    P("""On 19 February X and I had our final two-hour session, and on 21 February Y and I spent
      two hours going through her finished portfolio line by line."""),
    P("""My supervisor, the chief pharmacist, saw me for an hour on 2 February and for an hour and
      a quarter on 23 February to review the whole programme."""),
    H(1, "Summary of sessions"),
    T(
        ["Session", "Date", "Mentee", "Duration"],
        ["1", "8 Jan", "X", "2 h"],
        ["2", "10 Jan", "Y", "2 h"],
        ["3", "29 Jan", "X", "2 h"],
        ["4", "31 Jan", "Y", "2 h"],
        ["5", "19 Feb", "X", "2 h"],
        ["6", "21 Feb", "Y", "2 h"],
        ["", "", "Total", "12 h"],
    ),
    H(1, "Reflection"),
    P("""I learned that my instinct to fix the presentation for X took the learning away from her;
      the sessions improved when I asked her to mark her own slides first."""),
]

CASE = Case(
    name="pq_304_reflective_summary",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("okoro-304-reflective.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 720,
        "sessions": 6,
        "individuals": 2,
        "supervision_minutes": 135,
    },
    about="Hospital pharmacist; sessions told in prose and again in a summary table with a total.",
)
