"""8587-304 mentoring: a housing association officer's portfolio with a group session, shadowing and an observation.

Kwame Asante mentors two apprentices he calls "Mentee C (Priya)" and "Mentee D (Owen)" -
C and D because A and B were the case studies in his 303 assignment, and the first names
are changed. The log then uses the first names only. It has clock ranges ("13:00–14:00",
"09:30-10:30"), a joint session with both mentees, a slot where he shadowed a senior mentor
"(not counted)", a cancelled row, and a session observed by his tutor followed by her
debrief. His supervision is in separate notes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 304 Portfolio of Evidence - Kwame Asante"),
    P("Housing Officer, Northgate Homes. Tutor: Helen (college)."),
    H(1, "Evidence matrix"),
    T(["Criterion", "Evidence", "Page"],
      ["1.1 - 1.3", "Plan, goals, agreements", "2"],
      ["2.1 - 2.4", "Tools, model, log, session notes", "3-6"],
      ["3.1 - 3.4", "Reflections, feedback, supervision notes", "7-9"]),
    H(1, "1.1 Planning twelve hours"),
    P("""I planned a little over twelve hours across October and November with the two
      apprentices in our tenancy team. The plan was weekly sessions of sixty to ninety minutes
      in the quiet room at the area office, plus one joint workshop on CVs because both of
      them are looking for permanent posts when the apprenticeship ends. I blocked the time in
      the team diary as 'training' and asked the team leader to keep those slots free of
      estate inspections."""),
    H(1, "1.2 Goals"),
    P("""Mentee C (Priya) set the goal of running a tenancy sign-up on her own by the end of
      November. Mentee D (Owen) wanted to pass his Level 3 housing module first time and to
      improve how he writes case notes. We agreed the goals using a one-page goal sheet,
      and both checked them against their apprenticeship standard with me."""),
    H(1, "1.3 Agreement"),
    P("""Each of them signed a mentoring agreement covering confidentiality and its limits
      (safeguarding and fraud), how we would cancel, and that their apprenticeship coach
      would be told they were attending but not what we discussed. Their line manager also
      signed it."""),
    H(1, "2.1 Diagnostic tools"),
    P("""With Priya I used a confidence ladder for each step of the sign-up process; she put
      herself at the bottom for explaining rent arrears policy. With Owen I used the
      VARK learning styles questionnaire, which came out strongly kinaesthetic, so we
      practised case notes on real (anonymised) files instead of reading guidance."""),
    H(1, "2.2 Model"),
    P("""I used the GROW model in each session and the 'five Cs' (challenges, choices,
      consequences, creative solutions, conclusions) when Owen was stuck deciding whether
      to apply for a permanent post in lettings or in income."""),
    H(1, "2.3 Skills and behaviours"),
    P("""During the observed session my tutor noted that I kept eye contact and used
      Priya's own words back to her. Ethically I was careful in the joint session that
      neither apprentice heard personal things the other had told me one to one."""),
    H(1, "2.4 Mentoring log"),
    P("""Dates, times and a short note of each meeting. I have kept the shadowing slot in the
      log because it was part of my learning but I have marked it as not counted."""),
    T(["Date", "Mentee", "Time", "Notes"],
      ["05/10", "Mentee C (Priya)", "13:00–14:00", "Contracting and goal sheet"],
      ["07/10", "Mentee D (Owen)", "13:00–14:00", "Contracting and goal sheet"],
      ["12/10", "Shadowing Sarah (senior mentor) with her mentee", "14:00–15:00", "(not counted) - I observed her, to learn"],
      ["14/10", "Priya", "10:00–11:30", "Confidence ladder, sign-up walk-through"],
      ["16/10", "Owen", "10:00–11:30", "VARK results, case note practice"],
      ["21/10", "Priya and Owen (joint)", "14:00–16:00", "Group session - CV and application workshop"],
      ["28/10", "Priya", "09:30-10:30", "Arrears policy role play"],
      ["30/10", "Owen", "09:30-10:30", "Cancelled - rota clash, moved to 04/11"],
      ["04/11", "Owen", "09:30-11:00", "Case notes, module essay plan"],
      ["11/11", "Priya", "15:00-16:30", "Shadowed her first sign-up, debriefed after"],
      ["13/11", "Owen", "15:00-16:00", "Five Cs on the job decision"],
      ["18/11", "Priya", "11:00-12:00", "Observed by my tutor Helen; debrief with Helen 12:00-12:30 after Priya left"],
      ["25/11", "Owen", "11:00-11:45", "Final review and feedback form"]),
    P("""Priya's last review was folded into the observed session on 18 November because she
      was on leave the following week."""),
    H(1, "3.1 Reflection"),
    P("""My reflective notes show that I talk too much in the first ten minutes of a session.
      By November I was opening with one question and then waiting, and the sessions got
      more useful for them."""),
    H(1, "3.2 Feedback"),
    P("""I asked for feedback at the end of every session on a sticky note: keep, stop,
      start. Owen's 'stop' was me checking my phone, which I had not noticed."""),
    H(1, "3.3 Communication skills"),
    P("""Helen's observation feedback and my own notes agree that my listening is a
      strength; my feedback was too soft, so I began using the situation-behaviour-impact
      format."""),
    H(1, "3.4 Supervision notes"),
    P("""Supervision 1, 9 November, one hour with Gwen, my supervisor for this unit (the
      tenancy services manager). Outcome: keep the joint session to skills, never personal
      goals, and write up notes within a day."""),
    P("""Supervision 2, 26 November, an hour with Gwen. We reviewed the log and feedback
      and agreed I would mentor one of next year's apprentices from the start of their
      programme."""),
    P("""Also counted as tutorial support: Helen's half-hour debrief after the observed
      session on 18 November, recorded in the log above."""),
    P("I confirm this is my own work. Kwame Asante"),
]

CASE = Case(
    name="py_304_group_shadowing",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("asante-304.docx", BLOCKS)],
    labels={
        "1.1": "keep those slots free of estate inspections",
        "1.2": "running a tenancy sign-up on her own",
        "1.3": "fraud), how we would cancel",
        "2.1": "came out strongly kinaesthetic",
        "2.2": "creative solutions, conclusions",
        "2.3": "neither apprentice heard personal things",
        "2.4": "Dates, times and a short note of each meeting",
        "3.1": "I talk too much in the first ten minutes",
        "3.2": "keep, stop, start",
        "3.3": "situation-behaviour-impact",
        "3.4": "never personal goals",
    },
    # Log rows:
    #   05/10 Mentee C (Priya) 13:00–14:00 -> 60 counted (contracting counts)
    #   07/10 Mentee D (Owen) 13:00–14:00  -> 60 counted
    #   12/10 shadowing Sarah 14:00–15:00  -> excluded, shadowing someone else and "(not counted)"
    #   14/10 Priya 10:00–11:30 -> 90; 16/10 Owen 10:00–11:30 -> 90
    #   21/10 Priya and Owen joint 14:00–16:00 -> 120 counted once (a group session is one)
    #   28/10 Priya 09:30-10:30 -> 60
    #   30/10 Owen cancelled -> excluded
    #   04/11 Owen 09:30-11:00 -> 90; 11/11 Priya 15:00-16:30 -> 90; 13/11 Owen 15:00-16:00 -> 60
    #   18/11 Priya 11:00-12:00 observed -> 60 counted; the debrief 12:00-12:30 in the same cell -> supervision 30
    #   25/11 Owen 11:00-11:45 -> 45
    # minutes 60+60+90+90+120+60+90+90+60+60+45 = 825
    #   (again: Priya alone 60+90+60+90+60 = 360, Owen alone 60+90+90+60+45 = 345, joint 120; 360+345+120 = 825)
    # sessions 11; individuals 2 (Mentee C = Priya, Mentee D = Owen).
    # supervision: debrief 30 + Supervision 1 one hour 60 + Supervision 2 an hour 60 = 150
    #   (the "Also counted as tutorial support" note repeats the debrief, not another 30).
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "minutes": 825,
        "sessions": 11,
        "individuals": 2,
        "supervision_minutes": 150,
    },
    about="Housing officer; 'Mentee C (Priya)' then first names, group session, shadowing (not counted), cancelled, observed session with debrief in the same cell, supervision notes.",
)
