"""8587-304 mentoring: a notebook log typed up as plain lines, hours in words, weekly subtotals.

Gareth Pryce, a site supervisor for a housebuilder, kept his log in a pocket notebook and
typed it up line by line: "Mon 12 Jan - Mentee A - two hours - ...". He writes a subtotal
after each fortnight ("Fortnight total: 3 and a half hours"), marks a did-not-attend, and
ends with his own total. Supervision is two lines of its own.

Practice truth: sessions 2 h + 1 h 30 + 1 h + 2 h + 1 h 30 + 2 h + 1 h + 1 h 30 = 12 h 30 min
= 750 minutes in eight sessions with Mentee A and Mentee B; supervision 1 h + 1 h = 120
minutes in two sessions.
"""

from .case import Case, H, P, SourceFile

LOG = [
    "Mon 12 Jan - Mentee A - two hours - first meeting, ground rules and what he wants from it",
    "Thurs 15 Jan - Mentee B - an hour and a half - her goals for the CSCS card and the NVQ",
    "Fortnight total: 3 and a half hours",
    "Tue 20 Jan - Mentee A - one hour - reading drawings, setting out",
    "Tue 27 Jan - Mentee B - DNA, rang in sick",
    "Fri 30 Jan - Mentee B - two hours - walked the plots together, snagging list",
    "Fortnight total: 3 hours",
    "Mon 2 Feb - Mentee A - an hour and a half - pricing a small job",
    "Wed 11 Feb - Mentee B - two hours - mock toolbox talk she gave to the gang",
    "Fortnight total: 3 and a half hours",
    "Mon 16 Feb - Mentee A - one hour - review against his goals",
    "Thurs 19 Feb - Mentee B - an hour and a half - final review and next steps",
    "Fortnight total: 2 and a half hours",
    "Total mentoring: 12 and a half hours with 2 mentees",
]

BLOCKS = [
    H(0, "Unit 304 Mentoring Portfolio - Gareth Pryce"),
    P("I confirm this portfolio is all my own work and my mentees are not named."),
    H(1, "1.1 Plan for 12 hours"),
    P("""I planned fortnightly blocks so that each apprentice got about three hours a fortnight
      around the pour schedule, in the site cabin before the gang arrived."""),
    H(1, "1.3 Agreement"),
    P("""Both mentees signed a one-page agreement about confidentiality and what I would tell the
      contracts manager, which was only whether sessions happened."""),
    H(1, "2.4 Mentoring log (typed up from my notebook)"),
] + [P(line) for line in LOG] + [
    H(2, "Supervision"),
    P("Wed 28 Jan - supervision with Alan (contracts manager) - 1 hour"),
    P("Wed 18 Feb - supervision with Alan - 1 hour"),
    H(1, "3.1 Reflections"),
    P("""The missed session with Mentee B taught me to ring the day before rather than assume the
      cabin would be free; the walk round the plots worked better than any sit-down meeting."""),
]

CASE = Case(
    name="pq_304_plain_lines",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("pryce-304-portfolio.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 750,
        "sessions": 8,
        "individuals": 2,
        "supervision_minutes": 120,
    },
    about="Housebuilding site supervisor; notebook lines, hours in words, fortnight subtotals, a DNA, own total.",
)
