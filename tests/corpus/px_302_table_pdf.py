"""8587-302 coaching: a log table saved as a PDF, so its rows reach the reader as lines of text.

Written after the first round-3 fixes, as a regression case (prac3). Amira Haddad, an
insurance claims team manager, coaches two handlers she calls C1 and C2. Her log has
Session, Date (with the weekday), Time (a clock span), Coachee and What we covered; one
note mentions ten minutes spent on confidentiality. Supervision is a second table, then
a per-coachee summary table and a closing sentence with both totals.

Practice truth: 60 + 60 + 90 + 90 + 90 + 75 + 90 + 90 = 645 minutes in eight sessions with
C1 and C2; supervision 60 + 60 = 120 minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 302 Coaching Portfolio"),
    P("Learner: Amira Haddad"),
    P("I confirm this portfolio is my own work."),
    H(1, "Coaching log"),
    T(["Session", "Date", "Time", "Coachee", "What we covered"],
      ["1", "Mon 6 Jan 2025", "10.00-11.00", "C1", "Chemistry meeting and contract"],
      ["2", "Wed 8 Jan 2025", "14.00-15.00", "C2", "Chemistry meeting; spent 10 mins on confidentiality"],
      ["3", "Mon 20 Jan 2025", "10.00-11.30", "C1", "GROW on delegating claims"],
      ["4", "Wed 22 Jan 2025", "14.00-15.30", "C2", "Wheel of life"],
      ["5", "Mon 3 Feb 2025", "10.00-11.30", "C1", "Delegation review"],
      ["6", "Wed 5 Feb 2025", "14.00-15.15", "C2", "Cut short - fire drill"],
      ["7", "Mon 17 Feb 2025", "10.00-11.30", "C1", "Ending"],
      ["8", "Wed 19 Feb 2025", "14.00-15.30", "C2", "Ending"]),
    H(1, "Supervision"),
    T(["Date", "Supervisor", "Length", "Focus"],
      ["13 Jan 2025", "Coach supervisor", "1 hour", "Contracting and boundaries"],
      ["10 Feb 2025", "Coach supervisor", "1 hour", "Ending the coaching well"]),
    H(1, "Summary of hours"),
    T(["Coachee", "Sessions", "Hours"], ["C1", "4", "5.5"], ["C2", "4", "5.25"], ["Total", "8", "10.75"]),
    P("""In total I have completed 10 hours 45 minutes of coaching with two coachees, and 2 hours of
      supervision."""),
]

CASE = Case(
    name="px_302_table_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("haddad-302-portfolio.pdf", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 645,
        "sessions": 8,
        "individuals": 2,
        "supervision_minutes": 120,
    },
    about="Claims team manager; a log table as PDF text (weekday dates, clock spans, C1/C2 codes), a supervision "
          "table, a per-coachee summary, one sentence with both totals. Written after the fixes (regression).",
)
