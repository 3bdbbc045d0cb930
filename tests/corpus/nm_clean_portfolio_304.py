"""8587-304 Extended Period of Mentoring: a fire service portfolio, anonymised throughout.

Sunita Mistry, a watch manager, mentors two firefighters she codes "M1" and "M2" in her
log and "Mentee A" and "Mentee B" in her account. Her own name is on the cover, in the
file names' author line, on every form she signs as mentor, and her supervisor and tutor
sign where the forms ask. Nothing should be flagged.

Traps: the learner's own signature under forms that a mentee also signs (as "M1"), her
supervisor by title and surname in prose, theorists (Kram, Clutterbuck, Daloz, Zachary,
Megginson, Johari), the fire and rescue service, stations named after places (Moss Side,
Longsight), ranks and job titles (Station Manager, Crew Commander), a celebrity held up as
an example, and the centre's enquiries address and number in the footer of each form.
"""

from .case import Case, H, P, SourceFile, T

FOOTER = "Pennine Fire Training Centre · enquiries@penninefire-training.org.uk · 0161 555 0190"

PORTFOLIO = [
    H(0, "Unit 304 – Undertaking an Extended Period of Mentoring"),
    T(
        ["Candidate name", "Sunita Mistry"],
        ["Candidate number", "R3390218"],
        ["Centre", "Pennine Fire Training Centre"],
        ["Assessor", "Graham Lockwood"],
        ["Mentoring supervisor", "Station Manager Denise Abbott"],
    ),
    P("I confirm that the work submitted in this portfolio is my own and that the mentoring took place."),
    P("Signed: Sunita Mistry     Date: 02/12/2025"),
    H(1, "Portfolio evidence matrix"),
    T(
        ["AC", "Evidence", "Page"],
        ["1.1 1.2 1.3", "Plan, goals, agreements", "2–3"],
        ["2.1 2.2 2.3 2.4", "Tools, model, skills, records", "3–5"],
        ["3.1 3.2 3.3 3.4", "Reflection, feedback, review, supervision", "6–8"],
    ),
    H(1, "1.1 Mentoring plan"),
    P("""Greater Manchester Fire and Rescue Service took on twelve trainee firefighters this
      year. I planned twelve hours of mentoring with two of them at Moss Side and
      Longsight stations between May and October, fortnightly on day shifts, each session
      an hour in the station's training room, with supervision from Station Manager
      Abbott after the third and ninth sessions."""),
    H(1, "1.2 Goals"),
    P("""Mentee A wanted to pass the breathing apparatus assessment first time and to feel
      part of the watch. Mentee B wanted to improve her fitness test result and to plan
      for the Crew Commander development programme."""),
    H(1, "1.3 Agreements"),
    T(
        ["Mentoring agreement", ""],
        ["Mentor", "Sunita Mistry, Watch Manager"],
        ["Mentee", "M1"],
        ["Confidentiality", "Kept between us unless there is a risk to safety"],
        ["Signed (mentor)", "Sunita Mistry"],
        ["Signed (mentee)", "M1"],
    ),
    H(1, "2.1 Diagnostic tools"),
    P("""Each mentee completed a Johari window exercise with me and a self-assessment
      against the Firefighter role map in the first session."""),
    H(1, "2.2 Model of mentoring"),
    P("""I used Clutterbuck's developmental mentoring model and Kram's phases to plan the
      relationship, and Daloz's support and challenge grid to judge when to push."""),
    H(1, "2.3 Skills and behaviours"),
    P("""I had to leave rank at the door. Zachary's idea of a learner-centred relationship
      meant letting the mentees decide the agenda, even when I could see what they
      needed. Like Kelly Holmes, Mentee B had to rebuild confidence after an injury, and I
      used her story as an example."""),
    H(1, "2.4 Mentoring records"),
    T(
        ["Date", "Mentee", "Duration", "Notes"],
        ["07/05/2025", "M1", "1 hour", "Agreement, goals, Johari window"],
        ["09/05/2025", "M2", "1 hour", "Agreement, goals, role map"],
        ["21/05/2025", "M1", "1 hour", "BA assessment preparation"],
        ["23/05/2025", "M2", "1 hour", "Fitness plan"],
        ["04/06/2025", "M1", "1 hour", "After the BA assessment"],
        ["06/06/2025", "M2", "1 hour", "Fitness test review"],
        ["18/06/2025", "M1", "1 hour", "Belonging on the watch"],
        ["20/06/2025", "M2", "1 hour", "Crew Commander programme"],
        ["02/07/2025", "M1", "1 hour", "Review"],
        ["04/07/2025", "M2", "1 hour", "Review"],
        ["16/07/2025", "M1", "1 hour", "Ending"],
        ["18/07/2025", "M2", "1 hour", "Ending"],
    ),
    P(FOOTER),
    H(1, "3.1 Reflection"),
    P("""After each session I wrote a short reflection. The turning point was the fourth
      session, when Mentee A failed the BA assessment and I realised I had been more
      invested in him passing than he was."""),
    H(1, "3.2 Feedback"),
    T(
        ["Mentee feedback", ""],
        ["What helped", "Talking to someone who had failed it too"],
        ["What to change", "Fewer sessions on nights"],
        ["Signed", "M2"],
    ),
    H(1, "3.3 Review of my communication"),
    P("""My questioning moved from leading to open questions, and my listening improved
      once I stopped taking notes during sessions. Megginson's advice to summarise before
      moving on helped."""),
    H(1, "3.4 Supervision"),
    P("""Denise challenged me in our second supervision about whether I was mentoring or
      managing. Graham, my assessor, also reviewed my records."""),
    T(
        ["Supervision record", ""],
        ["Supervisor", "Denise Abbott"],
        ["Supervisor signature", "D. Abbott"],
        ["Learner signature", "S. Mistry"],
    ),
    P(FOOTER),
]

CASE = Case(
    name="nm_clean_portfolio_304",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("portfolio.docx", PORTFOLIO)],
    labels={
        "1.1": "Moss Side and Longsight stations",
        "1.2": "breathing apparatus assessment first time",
        "1.3": "Kept between us unless there is a risk to safety",
        "2.1": "Firefighter role map",
        "2.2": "support and challenge grid",
        "2.3": "leave rank at the door",
        "2.4": "BA assessment preparation",
        "3.1": "more invested in him passing than he was",
        "3.2": "someone who had failed it too",
        "3.3": "stopped taking notes during sessions",
        "3.4": "whether I was mentoring or managing",
    },
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": []},
    about="Fire service mentoring portfolio anonymised with codes; learner, supervisor and assessor named and signing; nothing to flag.",
)
