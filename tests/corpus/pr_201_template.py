"""8584-201 Developing Mentoring Skills: the ILM Mentoring Diary template, filled in.

Nadia Hussain, a college lettings officer, mentors one apprentice she refers to as Client
ID M01. She used the handbook's diary template as it stands: a cover table ("Total number
of hours completed"), the plan's "Planned duration of the sessions | 1 hour | Number of
sessions | 3" on one row, a "Session no. | 1 | Date | … | Duration | …" row above each
session's prompts, and the tutor meeting form ("Observation/Recording/Discussion",
"Name of supervisor/tutor") with the length written in her notes.

Practice truth: three sessions, 70 + 60 + 75 = 205 minutes, one mentee; the tutor meeting
60 minutes.
"""

from .case import Case, H, P, SourceFile, T

SESSIONS = [
    ("1", "04/03/2025", "1 hr 10 mins", "First session: agreed confidentiality and her goal of handling tenancy renewals alone."),
    ("2", "11/03/2025", "1 hour", "She brought two renewals; we used GROW on the one that went wrong."),
    ("3", "18/03/2025", "1 hr 15 mins", "Review: she completed four renewals on her own this week."),
]

BLOCKS = [
    H(0, "Mentoring Diary"),
    P("""Remember that the mentoring is totally confidential and you shouldn't refer to the mentee by
      name for the purposes of assessment."""),
    T(["Name of Mentor", "Nadia Hussain"], ["Client Ref/ID", "M01"], ["Start Date of Activity", "04/03/2025"],
      ["Total number of hours completed", "3 hrs 25 mins"]),
    T(["Signature of Mentor", "N Hussain", "Date", "25/03/2025"], ["Signature of Mentee", "M01", "Date", "25/03/2025"]),
    P("I confirm this diary is my own work."),
    H(1, "AC 1.1 Prepare a plan for effective mentoring of an individual"),
    T(["Write a brief profile of the person you are mentoring"],
      ["M01 is a first-year business apprentice in the lettings office who is nervous on the phone."]),
    T(["Where will you meet for the sessions?"], ["The small meeting room next to the lettings office."]),
    T(["Planned duration of the sessions", "1 hour", "Number of sessions", "3"]),
    H(1, "AC 1.2 State the agreed goals of the mentoring session"),
    T(["Record here the SMART Goals of the person you are mentoring"],
      ["By the end of March, M01 will complete a tenancy renewal call from start to finish without handing the phone to a colleague."]),
    H(1, "AC 2.1 Provide evidence of mentoring with an individual over a period of at least 3 hours"),
]
for number, date, duration, summary in SESSIONS:
    BLOCKS += [
        T(["Session no.", number, "Date", date, "Duration", duration]),
        T(["Goal/focus/topic for today's meeting"], [summary]),
    ]
BLOCKS += [
    H(1, "AC 2.2 Use questioning and listening techniques to support the individual being mentored"),
    P("""I used open questions such as 'What would you say if the tenant asked for a rent freeze?' and
      summarised her answers back so she could hear her own plan."""),
    H(1, "AC 2.3 Provide feedback to support individual development"),
    P("""After the second session I told her that her script was clear but that she apologised four
      times in two minutes, and we practised saying the rent figure without a sorry."""),
    H(1, "AC 2.4 Describe how trust was developed with the individual being mentored"),
    P("""Trust came from keeping small promises: I sent her the renewal checklist the same afternoon
      I said I would, every time."""),
    H(1, "AC 2.5 Maintain appropriate records of all mentoring sessions"),
    P("""Each session page was completed straight after the session and kept in a sealed folder in
      the office safe, referring to her only as M01."""),
    H(1, "AC 3.1 Review own mentoring performance"),
    P("""M01's feedback form said I was calm and encouraging but that I sometimes answered my own
      questions before she had time to think."""),
    H(1, "AC 3.2 Provide evidence of a 1-hour meeting with their tutor to support own development as a mentor"),
    T(["Name of Mentor", "Nadia Hussain"], ["Observation/Recording/Discussion", "Discussion"],
      ["Name of supervisor/tutor", "My ILM tutor at the college"], ["Date", "01/04/2025"]),
    P("""We met for one hour at the college. My tutor said my questions were good but that I filled the
      silences too quickly, and we agreed I would count to five."""),
    H(1, "AC 3.3 Identify and plan areas for future development as a mentor"),
    P("""I will book a longer first session next time to build rapport, and I want to learn to use a
      simple scaling question to track confidence from session to session."""),
]

CASE = Case(
    name="pr_201_template",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("nadia-hussain-diary.docx", BLOCKS)],
    labels={
        "1.1": "nervous on the phone",
        "1.2": "without handing the phone to a colleague",
        "2.1": "Session no. | 1 | Date | 04/03/2025",
        "2.2": "hear her own plan",
        "2.3": "saying the rent figure without a sorry",
        "2.4": "keeping small promises",
        "2.5": "sealed folder in the office safe",
        "3.1": "answered my own questions",
        "3.2": "filled the silences too quickly",
        "3.3": "simple scaling question",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 205,
        "sessions": 3,
        "individuals": 1,
        "supervision_minutes": 60,
    },
    about="Lettings officer; the handbook's diary template: one-row session headers, a cover total, the tutor meeting form.",
)
