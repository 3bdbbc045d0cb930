"""8587-304 mentoring: a housing association log split over two pages, plus session records.

Priya, a neighbourhood services manager at a housing association, mentors two housing
officers, Grace and Tariq. Her log is a Word table with ISO dates and an "Hrs to date" column
(h:mm); it runs over two tables, the first ending in a "Carried forward" row and the second
starting with "Brought forward", and ends with "Total hours". A joint session with both
mentees is one row. One session was cancelled and rearranged; the last is booked. A second
file (PDF) has her session records for four of the sessions (the same dates and lengths as
the log) and, in prose, her supervision and a group tutorial.

Practice truth: 45 + 60 + 90 + 90 + 75 + 90 + 120 (joint) + 75 + 60 + 60 + 45 = 810 minutes
in eleven sessions with two mentees; supervision and tutorial 60 + 75 + 90 = 225 minutes.
"""

from .case import Case, H, P, SourceFile, T

LOG = [
    H(0, "8587-304 Mentoring Log"),
    P("Mentor: Priya, Neighbourhood Services Manager. Mentees: Grace and Tariq (housing officers)."),
    H(1, "Log - page 1"),
    T(
        ["Date", "Mentee", "Session and focus", "Time", "Hrs to date"],
        ["2024-05-07", "Grace", "Initial meeting and mentoring agreement", "45 mins", "0:45"],
        ["2024-05-09", "Tariq", "Initial meeting and mentoring agreement", "1 hr", "1:45"],
        ["2024-05-21", "Grace", "Session 1 - career map", "1h30m", "3:15"],
        ["2024-05-23", "Tariq", "Session 1 - SWOT on moving to the tenancy enforcement team", "1h30m", "4:45"],
        ["2024-06-04", "Grace", "Session 2 - caseload and saying no", "1 hr 15", "6:00"],
        ["2024-06-06", "Tariq", "Session 2", "Cancelled - Tariq on a course", "6:00"],
        ["", "", "Carried forward", "", "6:00"],
    ),
    H(1, "Log - page 2"),
    T(
        ["Date", "Mentee", "Session and focus", "Time", "Hrs to date"],
        ["", "", "Brought forward", "", "6:00"],
        ["2024-06-13", "Tariq", "Session 2 (rearranged) - SWOT actions", "10:00-11:30", "7:30"],
        ["2024-06-18", "Grace and Tariq", "Joint session - preparing to present to the board", "2 hrs", "9:30"],
        ["2024-07-02", "Grace", "Session 3 - feedback from the board", "1.25 hrs", "10:45"],
        ["2024-07-04", "Tariq", "Session 3 - interview preparation", "1 hr", "11:45"],
        ["2024-07-16", "Grace", "Session 4 - review of goals", "1 hr", "12:45"],
        ["2024-07-18", "Tariq", "Session 4 - review of goals", "45 mins", "13:30"],
        ["2024-07-30", "Grace", "Closing session", "Booked, 1 hr", ""],
        ["", "", "Total hours", "", "13:30"],
    ),
    H(1, "Declaration"),
    P("""I declare that this log and the accompanying records are my own work and an accurate
      record of my mentoring. Mentor signature: Priya. Date: 2024-07-22."""),
]

RECORDS = [
    H(0, "Mentoring records and supervision"),
    P("Priya - 8587-304 Undertaking an Extended Period of Mentoring"),
    H(1, "Record: Grace, session 1 (21 May 2024, 1 hour 30 minutes)"),
    P("""Goal: decide whether to apply for the senior officer post in the autumn. We drew a
      career map of the last five years and what she enjoyed most. Model: GROW. Action: talk to
      two current senior officers before our next session."""),
    H(1, "Record: Tariq, session 1 (23 May 2024, 1 hour 30 minutes)"),
    P("""Tariq completed a SWOT on moving to tenancy enforcement. His biggest threat was his own
      worry about confrontation. Action: shadow an enforcement visit."""),
    H(1, "Record: joint session, Grace and Tariq (18 June 2024, 2 hours)"),
    P("""Both were due to present to the board in July, so they asked to prepare together. One
      session for both of them; each ran through their slides and the other gave feedback."""),
    H(1, "Record: Tariq, session 4 (18 July 2024, 45 minutes)"),
    P("""Review against his goals: he has his interview date and feels ready. We agreed to close
      the formal mentoring after this and meet informally if he wants."""),
    H(1, "Supervision and tutorial support"),
    P("""My supervisor for this unit is Lorraine, our head of learning. We met on 30 May 2024 for
      an hour, mainly about Tariq's worry about confrontation and whether that was outside my
      role as a mentor. We met again on 11 July for an hour and a quarter to review both
      mentees' progress and plan the endings."""),
    P("""My ILM tutor, Ben, held a group tutorial for our cohort on 25 June 2024 which lasted 1.5
      hours; we each talked through a mentoring dilemma and I used the joint session."""),
    H(1, "Reflection"),
    P("""The SWOT and the career map gave me two different ways into the same question - what
      next? - and each suited the mentee. The joint session saved time but Lorraine challenged
      me on confidentiality; I had checked with both beforehand but had not written it down,
      and I will next time."""),
]

CASE = Case(
    name="pz_304_housing_bf_and_records",
    unit="8587-304",
    kind="portfolio",
    files=[
        SourceFile("304 mentoring log.docx", LOG),
        SourceFile("304 records and supervision.pdf", RECORDS),
    ],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # 05-07 Grace 45 + 05-09 Tariq 60 ("1 hr") + 05-21 Grace 90 ("1h30m") + 05-23 Tariq 90
        # + 06-04 Grace 75 ("1 hr 15") + 06-13 Tariq 90 (10:00-11:30) + 06-18 joint 120 (once)
        # + 07-02 Grace 75 ("1.25 hrs") + 07-04 Tariq 60 + 07-16 Grace 60 + 07-18 Tariq 45 = 810
        # Not: 06-06 cancelled, 07-30 booked, carried forward / brought forward / total rows,
        # the "Hrs to date" column, or the four records (same sessions again).
        "minutes": 810,
        "sessions": 11,  # Grace 5 + Tariq 5 + joint 1
        "individuals": 2,  # Grace and Tariq
        # Lorraine 30 May 60 ("an hour") + 11 Jul 75 ("an hour and a quarter")
        # + Ben's group tutorial 25 Jun 90 ("1.5 hours") = 225
        "supervision_minutes": 225,
    },
    about="Housing association manager; Word log over two tables with carried/brought forward and running hours, a joint session, plus PDF session records repeating sessions and prose supervision.",
)
