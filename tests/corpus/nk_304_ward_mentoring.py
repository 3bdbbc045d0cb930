"""8587-304 Undertaking an Extended Period of Mentoring: a practice development nurse's portfolio.

Teresa Quinlan is a Practice Development Nurse in an acute NHS Trust in Bristol and mentors two
internationally educated nurses through their first months in the UK, "Mentee A" and
"Mentee B" in her plan, log and reflections. She copied the Trust's session record template
for one session and filled in the mentee's name, and in a reflection she names a patient.

Planted (2): Mentee A's full name in a session record form ("Tendai Moyo") and a patient by
title and surname in a reflection ("Mrs Gathercole").

Clean but tricky: her own name on the cover, as mentor on the session record and in the
declaration; her supervisor named on the supervision form and by first name in the same
section; the assessor named on the cover; wards and buildings named after people (Nightingale
Ward, Cavell Ward, the Brunel Building), Florence Nightingale herself, the NMC and its OSCE,
Band 5 and Band 6, job titles (Matron, Ward Manager, Chief Nurse, Head of HR), software
(Allocate, e-Roster, Datix, Microsoft Teams), places (Bristol, Southmead, Filton, Gloucester
Road), Easter Monday, theorists (Benner, Kram, Clutterbuck, Megginson, Egan, Rogers, Gibbs,
Honey and Mumford, Belbin, the Johari Window, Tell/Show/Do) and an evidence matrix.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 304 Undertaking an Extended Period of Mentoring – Portfolio"),
    T(
        ["Learner", "Teresa Quinlan"],
        ["ILM registration", "R3340762"],
        ["Assessor", "Mr Lionel Ashcombe"],
        ["Employer", "Acute NHS Trust, Brunel Building, Southmead, Bristol"],
    ),
    H(1, "Evidence Matrix"),
    T(
        ["AC", "Evidence", "Section"],
        ["1.1 - 1.3", "Plan, goals, mentoring agreement", "1"],
        ["2.1 - 2.4", "Diagnostics, model, skills, log and session record", "2"],
        ["3.1 - 3.4", "Reflections, feedback, communication review, supervision", "3"],
    ),
    H(1, "1.1 Mentoring Plan"),
    P("""Our Trust recruits nurses from overseas every year. After they pass the NMC's OSCE they
      join the wards as Band 5 nurses, often on Nightingale Ward or Cavell Ward in the Brunel
      Building. The Chief Nurse asked the practice development team to offer each new cohort
      a mentor for their first six months. I planned at least twelve hours of mentoring: seven sessions
      with Mentee A and five with Mentee B, mostly on Wednesdays at 2pm in the education room
      on level 2, after the lunchtime drug round."""),
    H(1, "1.2 Goals"),
    B("Mentee A: manage a full bay of six patients on a late shift without asking the nurse in charge for help with prioritising, by the end of March."),
    B("Mentee A: complete the Trust's IV competency and be signed off by April."),
    B("Mentee B: feel confident escalating a deteriorating patient to a doctor using SBAR, measured by her own rating and an observed handover."),
    H(1, "1.3 Mentoring Agreement"),
    P("""Each mentee signed an agreement covering confidentiality, session times, what I would
      share with the Ward Manager (attendance only) and how we would end. We agreed that
      anything about patient safety would be escalated, and that we would never record patient
      details in our notes."""),
    H(1, "2.1 Diagnostic Tools"),
    P("""Both mentees completed Honey and Mumford's Learning Styles Questionnaire and a
      self-assessment against Benner's novice-to-expert stages. Mentee A placed herself as an
      advanced beginner; Mentee B as competent in her home country but a novice in the NHS.
      We used Belbin team roles to talk about how they fit into a ward team."""),
    H(1, "2.2 Mentoring Model"),
    P("""I used Tell/Show/Do for practical skills such as programming the new infusion pumps, and
      Egan's Skilled Helper for everything else: what is going on, what do you want instead,
      and how will you get there. Clutterbuck's developmental approach reminded me that the
      mentee sets the agenda."""),
    H(1, "2.3 Skills and Behaviours"),
    P("""I used open questions, summarising and silence. Rogers' core conditions helped me with
      Mentee B, who felt judged by the ward team for her accent. My supervisor observed the
      fourth session with Mentee A and gave written feedback."""),
    H(1, "2.4 Mentoring Log"),
    T(
        ["Session", "Date", "Mentee", "Duration", "Focus"],
        ["1", "Wed 8 Jan 2025", "Mentee A", "90 mins", "Agreement, learning styles"],
        ["2", "Wed 15 Jan 2025", "Mentee B", "90 mins", "Agreement, Benner self-assessment"],
        ["3", "Wed 22 Jan 2025", "Mentee A", "1 hour", "Prioritising a bay"],
        ["4", "Wed 5 Feb 2025", "Mentee A", "1 hour", "Late-shift plan (observed)"],
        ["5", "Wed 12 Feb 2025", "Mentee B", "1 hour", "SBAR escalation"],
        ["6", "Wed 26 Feb 2025", "Mentee A", "1 hour", "Workload and rota on e-Roster"],
        ["7", "Wed 5 Mar 2025", "Mentee B", "1 hour", "Accent and belonging"],
        ["8", "Wed 19 Mar 2025", "Mentee A", "1 hour", "IV competency"],
        ["9", "Wed 2 Apr 2025", "Mentee B", "1 hour", "Observed handover review"],
        ["10", "Wed 9 Apr 2025", "Mentee A", "1 hour", "Review of goals"],
        ["11", "Wed 23 Apr 2025", "Mentee B", "1 hour", "Ending"],
        ["12", "Wed 30 Apr 2025", "Mentee A", "1 hour", "Ending"],
    ),
    P("The Trust's session record template, completed for session 4:"),
    T(
        ["Mentoring session record", ""],
        ["Name of mentee", "Tendai Moyo"],
        ["Name of mentor", "Teresa Quinlan"],
        ["Date / time", "Wednesday 5 February 2025, 14:00 - 15:00"],
        ["Discussion", "Planning a late shift on a six-bed bay; when to ask for help"],
        ["Actions", "Write her own shift plan before the next late shift and bring it to session 6"],
    ),
    H(1, "3.1 Reflections"),
    P("""Session 3 changed how I mentor. Mentee A described a late shift when Mrs Gathercole in
      bay 4 became confused and tried to climb out of bed while two other patients needed
      pain relief. I wanted to teach her a prioritising framework. Instead I asked what she
      had done, and she had done nearly everything right; what she lacked was confidence that
      she was allowed to decide. Gibbs' cycle helped me see that my urge to teach came from my
      own anxiety. Kram describes the psychosocial function of mentoring; this session was
      almost entirely that."""),
    P("""Session 7 with Mentee B was the hardest. She cried when she described a relative who said
      he could not understand her. I used silence and did not rush to reassure her. By session
      9 she had given a clear SBAR handover to the registrar, observed by the Matron."""),
    H(1, "3.2 Feedback"),
    P("""I asked for feedback at the end of every session on a three-question card. Mentee A wrote
      that she liked being asked what she thought before being told. Mentee B wrote that she
      wanted more time on the practical skills. I changed sessions 9 and 11 to include ten
      minutes of practice in the skills lab."""),
    H(1, "3.3 Communication Skills"),
    P("""The Johari Window helped me think about what my mentees saw in me that I did not. Both
      said I speak quickly. Since Easter Monday I have tried to slow down and check
      understanding, especially with Mentee B, whose first language is not English."""),
    H(1, "3.4 Supervision"),
    T(
        ["Supervision", "Supervisor", "Date", "Outcome"],
        ["1", "Dr Anita Chowdhury (my supervisor)", "Tue 18 Feb 2025", "Stop teaching when the mentee needs confidence"],
        ["2", "Dr Anita Chowdhury (my supervisor)", "Tue 15 Apr 2025", "Plan the ending from the start; Megginson on endings"],
    ),
    P("""Anita reminded me that a mentor is not there to fix things. We talked about the Head of HR's
      plan to extend the scheme to Filton and the community teams on Gloucester Road. Florence
      Nightingale would probably recognise the problem: new nurses need someone to talk to who
      is not their boss."""),
    H(1, "Declaration"),
    P("I confirm this portfolio is my own work. Teresa Quinlan, 9 May 2025"),
]

CASE = Case(
    name="nk_304_ward_mentoring",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("TQuinlan_304_portfolio.docx", PORTFOLIO)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": ["Tendai Moyo", "Mrs Gathercole"]},
    about="Practice development nurse's 304 portfolio: Mentee A's full name in the Trust's session record template and a patient by title and surname in a reflection; Nightingale and Cavell Wards, the Brunel Building, NMC/OSCE, bands, theorists, supervisor and assessor named where asked.",
)
