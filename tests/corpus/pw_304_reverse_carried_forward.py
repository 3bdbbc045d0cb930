"""8587-304 mentoring: a log kept newest first over two pages, with a carried-forward line.

Dev Chauhan, a police custody sergeant, mentors two newly promoted sergeants (M1 and M2).
He adds each session at the top of his log, so both pages run newest first. Page 2 (the
recent one) starts with a "Running total to date" row and ends with the total carried
forward from page 1; page 1 ends with its own page total. A supervision meeting with his
inspector sits in each page, and one session on page 1 was cancelled.

Practice truth, sessions only:
page 1: 18/11 M2 75 + 11/11 M1 90 + 28/10 M2 60 + 21/10 M1 90 + 16/10 M2 60 + 14/10 M1 75
= 450 minutes in six; page 2: 27/01 M2 60 + 20/01 M1 90 + 06/01 M2 75 + 16/12 M1 45 +
09/12 M2 90 + 02/12 M1 75 + 25/11 M1 60 = 495 minutes in seven; 945 minutes (15 h 45) in
thirteen sessions with two mentees. Supervision 45 (07/11) + 60 (13/01) = 105 minutes in two.
"""

from .case import Case, H, P, SourceFile, T

HEADER = ["Date", "With", "Length", "What we covered"]

BLOCKS = [
    H(0, "Unit 304 Extended Mentoring - Practice Log"),
    P("Learner: Dev Chauhan, Custody Sergeant"),
    P("I confirm the mentoring recorded here was carried out by me and this portfolio is my own work."),
    H(1, "How to read this log"),
    P("""I add every entry at the top, so the most recent session is first. Page 1 is October and
      November; page 2 carries on from it."""),
    H(1, "Log - page 2"),
    T(
        HEADER,
        ["", "Running total to date", "15 hrs 45", ""],
        ["27/01", "M2", "1 hr", "Ending; what she will keep doing without me"],
        ["20/01", "M1", "1 hr 30", "Ending and review against his three goals"],
        ["13/01", "Supervision - my inspector", "1 hr", "Talked about M1 leaning on me for decisions"],
        ["06/01", "M2", "1 hr 15", "Her first solo PACE review; what went well"],
        ["16/12", "M1", "45 mins", "Short one before nights - rota conflict with his team"],
        ["09/12", "M2", "1 hr 30", "Rehearsed a difficult conversation with a PC"],
        ["02/12", "M1", "1 hr 15", "Detention clock decisions, using real (anonymised) cases"],
        ["25/11", "M1", "1 hr", "Feedback from his first week as custody sergeant"],
        ["", "Carried forward from page 1", "7 hrs 30", "6 sessions"],
    ),
    H(1, "Log - page 1"),
    T(
        HEADER,
        ["18/11", "M2", "1 hr 15", "Managing her old team as their sergeant"],
        ["11/11", "M1", "1 hr 30", "Wheel of life - work/home balance on nights"],
        ["07/11", "Supervision - my inspector", "45 mins", "First supervision: my contracting"],
        ["04/11", "M2", "cancelled", "Rest day swapped at short notice"],
        ["28/10", "M2", "1 hr", "Goals: confidence in briefing"],
        ["21/10", "M1", "1 hr 30", "Goals: custody sergeant course"],
        ["16/10", "M2", "1 hr", "Contract signed"],
        ["14/10", "M1", "1 hr 15", "Contract signed"],
        ["", "Page total", "7 hrs 30", ""],
    ),
    H(1, "Reflection"),
    P("""Writing the log newest first meant I always saw the last session before the next one,
      which helped me pick up where we left off."""),
]

CASE = Case(
    name="pw_304_reverse_carried_forward",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("chauhan-304-log.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 945,  # page 1: 75+90+60+90+60+75 = 450; page 2: 60+90+75+45+90+75+60 = 495; 450+495 = 945
        "sessions": 13,  # 6 on page 1 (not the cancelled 04/11) + 7 on page 2
        "individuals": 2,  # M1 and M2
        "supervision_minutes": 105,  # inspector 45 (07/11) + 60 (13/01)
    },
    about="Custody sergeant; log newest first over two pages, total-to-date at the top, carried-forward and page total rows.",
)
