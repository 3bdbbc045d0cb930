"""8587-302 coaching: a PDF log with a subtotal row at the end of each month and a Time column of clock ranges.

Kofi Mensah, a retail area manager, coaches two store managers (SM1 and SM2). His log
exported from Google Docs has Date, Coachee, Time, Focus; the Time column holds clock
ranges ("10.00-11.30", "2pm - 3.15pm"). Each month ends with "March subtotal" and the
log ends with "Grand total". Supervision is a second, smaller table.

Practice truth: 90 + 75 + 60 + 90 (March: 315) + 120 + 60 + 90 (April: 270) + 90 + 60 + 45
(May: 195) = 780 minutes in ten sessions with two coachees; supervision 60 + 60 = 120
minutes in two.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 302 Coaching Log"),
    P("Learner: Kofi Mensah"),
    P("I declare that this is my own work and that coachees are anonymised."),
    H(1, "Coaching sessions"),
    T(
        ["Date", "Coachee", "Time", "Focus"],
        ["03/03", "SM1", "10.00-11.30", "Contracting and goals"],
        ["05/03", "SM2", "2pm - 3.15pm", "Contracting and goals"],
        ["17/03", "SM1", "09.00-10.00", "Rota planning"],
        ["26/03", "SM2", "13.30-15.00", "Difficult conversation practice"],
        ["", "March subtotal", "5 h 15 min", ""],
        ["07/04", "SM1", "10.00-12.00", "Stock loss plan"],
        ["09/04", "SM2", "11.00-12.00", "Review"],
        ["23/04", "SM1", "14.00-15.30", "Team meeting rehearsal"],
        ["", "April subtotal", "4 h 30 min", ""],
        ["06/05", "SM2", "10.00-11.30", "Ending and next goals"],
        ["08/05", "SM1", "15.00-16.00", "Ending"],
        ["20/05", "SM2", "09.15-10.00", "Follow-up call"],
        ["", "May subtotal", "3 h 15 min", ""],
        ["", "Grand total", "13 h 00 min", ""],
    ),
    H(1, "Supervision"),
    T(
        ["Date", "With", "Time"],
        ["20/03", "Tutor", "16.00-17.00"],
        ["15/05", "Tutor", "16.00-17.00"],
    ),
    H(1, "Reflection"),
    P("""I noticed I was solving SM2's rota problems for her; after supervision I asked her to
      bring two options each time instead."""),
]

CASE = Case(
    name="pq_302_monthly_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("kofi-mensah-302.pdf", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 780,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 120,
    },
    about="Retail area manager; PDF log of clock ranges with monthly subtotal rows and a grand total.",
)
