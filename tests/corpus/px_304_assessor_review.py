"""8587-304 mentoring: a log with a session-type column, meetings with the assessor apart.

Grace Mensah, a school business manager, mentors two new admin officers (Mentee A and
Mentee B). Her log's "Time" column holds lengths, not clock times. The first meeting with
each is a chemistry meeting; one session was observed by her assessor (still her session);
one row is her shadowing her line manager (not her practice); one session "did not go
ahead". A second table holds her meetings with her assessor ("progress review", "feedback
on the observation") and one supervision with her line manager: all supervision/tutorial
support, though only one says "supervision". A closing sentence gives her own totals.

Practice truth: 45 + 45 + 90 + 75 + 90 + 90 + 90 + 120 + 75 + 90 = 810 minutes in ten
sessions with Mentee A and Mentee B; assessor and supervisor meetings 60 + 30 + 60 = 150
minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 304 – Mentoring Portfolio"),
    P("Learner: Grace Mensah"),
    P("I confirm that all the work in this portfolio is my own."),
    H(1, "Mentoring log"),
    P("""Both mentees joined the school office in January. I refer to them as Mentee A and
      Mentee B throughout."""),
    T(
        ["No.", "Date", "Mentee", "Session type", "Time", "Key points"],
        ["1", "09/01/25", "Mentee A", "Chemistry meeting", "45 mins", "Got to know each other, agreed ground rules"],
        ["2", "10/01/25", "Mentee B", "Chemistry meeting", "45 mins", "Agreed confidentiality and where we would meet"],
        ["3", "23/01/25", "Mentee A", "Mentoring", "1 hr 30 mins", "GROW on getting the budget report in on time"],
        ["4", "24/01/25", "Mentee B", "Mentoring", "1 hr 15 mins", "Handling parents at the front desk"],
        ["-", "30/01/25", "-", "Shadowing", "1 hr", "I sat in on my line manager mentoring a new teacher to see how she uses silence"],
        ["5", "06/02/25", "Mentee A", "Mentoring (observed by assessor)", "1 hr 30 mins",
         "My assessor watched the whole session from the back of the room"],
        ["6", "07/02/25", "Mentee B", "Mentoring", "1 hr 30 mins", "Role play of an angry parent"],
        ["7", "20/02/25", "Mentee A", "Mentoring", "1 hr 30", "Reviewed her first solo budget report"],
        ["8", "21/02/25", "Mentee B", "Mentoring", "2 hrs", "Wrote her own front desk script"],
        ["9", "06/03/25", "Mentee A", "Mentoring", "1 hr 15 mins", "Planning the summer term"],
        ["10", "07/03/25", "Mentee B", "Final review", "1 hr 30 mins", "Looked back at her goals"],
        ["11", "13/03/25", "Mentee A", "Final review", "1 hr", "Did not go ahead - Mentee A off sick"],
    ),
    H(1, "Meetings with my assessor and line manager"),
    T(
        ["Date", "Who", "What about", "Length"],
        ["16/01/25", "My assessor", "Progress review of my mentoring plan", "1 hr"],
        ["06/02/25", "My assessor", "Feedback on the observed session", "30 mins"],
        ["27/02/25", "Line manager", "Supervision: both mentees' progress and my own wellbeing", "1 hr"],
    ),
    H(1, "AC 3.1 Reflection on my practice"),
    P("""In total I delivered 13 hours 30 minutes of mentoring across 10 sessions with my two
      mentees. The observed session taught me that I rush to fill silences; by the last
      sessions Mentee B was setting the agenda herself."""),
]

CASE = Case(
    name="px_304_assessor_review",
    unit="8587-304",
    kind="structured-docx",
    files=[SourceFile("mensah-304-portfolio.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 810,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 150,
    },
    about="School business manager; a Time column of lengths, chemistry meetings, an assessor-observed session, "
          "shadowing, 'did not go ahead', assessor meetings as support.",
)
