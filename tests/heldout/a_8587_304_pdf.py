"""8587-304 Extended mentoring: a hotel front-of-house manager's two PDFs (from Google Docs).

Natalie Cross mentors two receptionists. File 1 is her portfolio (plan, goals, contract,
tools, model, a log table, supervision, and AC 3.1 and 3.3 answered under one heading);
file 2 holds the ILM Mentoring Record for each of Mentee 1's sessions. Her log's "Total"
row is wrong: it adds the tutor's observation feedback to her mentoring.

Practice, as an assessor counts it (the log in file 1, checked against file 2):
    Mentee 1: "1h30m" 90, "1 hr 15" 75, "10:00–11:30" 90, "2 hours" 120 (observed), "45 mins" 45 = 420
    Mentee 2: "1 hour" 60, "90 minutes" 90, "1h 15m" 75, "1.5 hrs" 90                         = 315
    -> 735 minutes (12 h 15), 9 sessions, 2 individuals.
    Not counted as mentoring: "Observation feedback from tutor 20 mins" (her tutor's
    debrief on her practice: supervision/tutorial, not mentoring; the observed session
    itself is counted), "Supervision 1 1 hour" and "Supervision 2 1 hr" (with the debrief,
    60 + 20 + 60 = 140 minutes of supervision), the closing session "planned" for 02/06,
    her "Total mentoring 12 h 35" row, and the five records in file 2 (the same sessions
    as the log).
    => minutes 735, sessions 9, individuals 2, supervision 140.

Anonymisation: Mentee 1's full name in two Mentoring Records, her first name alone in the
reflection, Mentee 2's line manager by full name, and Mentee 1's mobile number. Not
identifying: Natalie's name and registration number, the tutor the observation form asks
to be named, the training provider's info@ address in a form footer, Whitby, the hotel,
the Institute of Hospitality, Clutterbuck, Parsloe, the GROW model.
"""

from corpus.case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 304 Portfolio – Undertaking an Extended Period of Mentoring"),
    P("Natalie Cross · ILM registration NC-304-61902 · York Coast Training · June 2025"),
    P("""Authenticity: I confirm that all the work in this portfolio is my own and that the
      mentoring took place as recorded. Natalie Cross."""),
    H(1, "AC 1.1 Plan for 12 hours of mentoring"),
    P("""The Harbourside Hotel in Whitby has 64 rooms and a front desk team of nine. Two
      receptionists asked for mentoring after our spring appraisals: Mentee 1 wants to become a
      duty manager and Mentee 2 is new to hospitality and struggling with complaints."""),
    P("""I planned about six hours with each, in sessions of 45 minutes to two hours every two
      weeks from April to early June, in the residents' library before the 2pm check-in rush.
      Mentee 1's fourth session was planned as a longer one so that my tutor could observe it.
      Resources: the hotel's complaints procedure, the duty manager job description and the
      Institute of Hospitality's skills framework."""),
    H(1, "AC 1.2 Goals"),
    P("""Each mentee brought their appraisal objectives to the first session and we turned them
      into goals together, checking each against SMART. Mentee 1: to run the front desk for a
      full Saturday shift as acting duty manager by the end of May. Mentee 2: to resolve a
      complaint about a room without calling a manager, three times before the bank holiday,
      and to use the hotel's recovery gestures appropriately."""),
    H(1, "AC 1.3 Contract"),
    P("""I used the ILM mentoring contract. The stakeholders were the general manager, who
      approved the time, and Mentee 2's line manager, Steve Rowntree, who asked to be kept
      informed; we agreed with Mentee 2 that he would hear only whether sessions took place.
      The contract covers confidentiality and when it would be broken, cancellations, the
      number of sessions and how records are stored."""),
    T(
        ["The Mentoring Contract – Mentee 1", ""],
        ["Confidentiality", "Agreed; exceptions are risk of harm and breaches of the law"],
        ["Hours and timescale", "About 6 hours, April to June 2025"],
        ["Cancellations", "Rearranged within the same week where at all possible"],
        ["Mentee contact", "07700 900127 (text only during shifts)"],
        ["Signatures", "Mentor: N. Cross · Client: Mentee 1 · Date: 07/04/2025"],
    ),
    H(1, "AC 2.1 Diagnostic tools"),
    P("""With both mentees I used a self-assessment against the Institute of Hospitality's
      front office skills framework, scored 1–5, and a personal SWOT. Mentee 2 scored herself
      1 on 'handling complaints' and 4 on 'customer rapport', which showed that her problem was
      confidence with the process rather than with people, so we focused on the procedure."""),
    H(1, "AC 2.2 Model of mentoring"),
    P("""I used the GROW model for every session, and for Mentee 1, whose goal was a career
      step, I also used Parsloe's idea of moving from directive to non-directive mentoring as
      she gained confidence. By session four I was hardly directing at all: she ran the whole
      Options stage herself and came up with a rota swap I had not thought of."""),
    H(1, "AC 2.3 Knowledge, skills and behaviours"),
    P("""I used open questions and reflective listening. In Mentee 2's second session she said
      'I just freeze' three times; instead of moving on I reflected the word back, and she
      explained that she freezes when a guest raises their voice because of a previous job.
      We agreed a script for the first thirty seconds of any complaint. Ethically, I was
      careful that the mentoring did not become appraisal, and I declined to tell the general
      manager whether Mentee 1 was 'ready' for promotion."""),
    H(1, "AC 2.4 Record of the mentoring process"),
    P("""My log runs from the first contact to the last session. Each of Mentee 1's sessions also
      has a Mentoring Record (file 2); Mentee 2's records are kept in my paper file."""),
    T(
        ["Date", "Mentee", "Session", "Duration"],
        ["07/04/2025", "Mentee 1", "1 – contracting, SWOT, goals", "1h30m"],
        ["09/04/2025", "Mentee 2", "1 – contracting, self-assessment, goals", "1 hour"],
        ["14/04/2025", "Mentee 1", "2 – rota planning", "1 hr 15"],
        ["15/04/2025", "Supervision 1", "With my tutor, by video", "1 hour"],
        ["23/04/2025", "Mentee 2", "2 – complaints script", "90 minutes"],
        ["28/04/2025", "Mentee 1", "3 – handling staff sickness", "10:00–11:30"],
        ["07/05/2025", "Mentee 2", "3 – review of first complaints", "1h 15m"],
        ["12/05/2025", "Mentee 1", "4 – observed by my tutor", "2 hours"],
        ["12/05/2025", "Observation feedback from tutor", "Debrief after the observed session", "20 mins"],
        ["20/05/2025", "Supervision 2", "With my tutor, at York", "1 hr"],
        ["21/05/2025", "Mentee 2", "4 – recovery gestures, review", "1.5 hrs"],
        ["26/05/2025", "Mentee 1", "5 – review after her acting duty manager shift", "45 mins"],
        ["02/06/2025", "Mentee 2", "5 – closing session (planned)", "1 hour"],
        ["Total mentoring", "", "", "12 h 35"],
    ),
    H(1, "AC 3.1 and 3.3 Reflection on each session and my communication skills"),
    P("""I wrote a short reflective log after every session. Across them the key learning is that
      I talk too much when a mentee is upset, and that my best sessions were the ones where I
      asked fewer, better questions. After Megan's acting duty manager shift I asked only 'what
      would you keep, and what would you change?' and she talked for twenty minutes, which
      taught me more than any amount of planning."""),
    P("""Reviewing my communication skills: my questioning improved most. In the first sessions
      my questions were long and had two parts; by May they were short and open. My listening
      is good when I am not tired, but in the observed session my tutor counted four times I
      finished Mentee 1's sentences. My feedback is specific but I give it too early, before the
      mentee has had the chance to assess herself, so I now always ask for self-assessment
      first."""),
    H(1, "AC 3.2 Feedback on my mentoring"),
    P("""After every session I asked each mentee for one thing that helped and one thing to
      change, and wrote their answers in my log. At the end both completed the ILM feedback
      form. Mentee 2 wrote that the complaint script 'took the fear out of it'."""),
    T(
        ["Feedback on the learner's mentoring (observation)", ""],
        ["Observer name and role", "Ian Goddard, course tutor"],
        ["Session observed", "Mentee 1, session 4, 12/05/2025"],
        ["Strengths", "Calm, warm, clear structure; mentee did most of the talking in the Options stage"],
        ["To develop", "Let the mentee finish; four interruptions in the Reality stage"],
    ),
    P("York Coast Training · observation form OB2 · info@yorkcoasttraining.example"),
    H(1, "AC 3.4 Outcomes of supervision"),
    P("""Supervision 1 was about the line manager's request to be kept informed. My tutor helped
      me see that agreeing the boundary with Mentee 2 first, then with the line manager, kept
      her trust. Supervision 2 followed the observation: we agreed that I would sit on my
      hands, literally, when I felt the urge to interrupt, and that for future mentoring I will
      book supervision every six weeks. Clutterbuck's view that supervision protects the mentee
      as well as the mentor made sense to me after these two sessions."""),
]

RECORDS = [
    H(0, "Mentoring Records – Mentee 1"),
    T(["Client ref/ID", "Megan Tully", "Session no.", "1"], ["Date of session", "07/04/2025", "Duration", "90 minutes"]),
    T(["Goal for today's meeting", "Agree the contract and her goals"],
      ["Chosen option and target date", "Ask the general manager which duty manager shifts she could shadow"],
      ["Feedback from client on the session", "Good to say out loud that she wants promotion"]),
    T(["Client ref/ID", "Megan Tully", "Session no.", "2"], ["Date of session", "14/04/2025", "Duration", "75 minutes"]),
    T(["Goal for today's meeting", "Draft a front desk rota for a Saturday"],
      ["Chosen option and target date", "Draft rota to the head receptionist by 21/04"],
      ["Feedback from client on the session", "Would like more time on the rota next time"]),
    T(["Client ref/ID", "Mentee 1", "Session no.", "3"], ["Date of session", "28/04/2025", "Duration", "90 minutes"]),
    T(["Goal for today's meeting", "Plan what to do when two staff call in sick"],
      ["Chosen option and target date", "Write a sickness cover checklist by 05/05"],
      ["Feedback from client on the session", "Checklist idea really useful"]),
    T(["Client ref/ID", "Mentee 1", "Session no.", "4"], ["Date of session", "12/05/2025", "Duration", "2 hours"]),
    T(["Goal for today's meeting", "Prepare for the acting duty manager shift on 24/05"],
      ["Chosen option and target date", "Swap rota with a colleague to get the Saturday shift"],
      ["Feedback from client on the session", "Nervous with the observer there at first, then forgot about it"]),
    T(["Client ref/ID", "Mentee 1", "Session no.", "5"], ["Date of session", "26/05/2025", "Duration", "45 minutes"]),
    T(["Goal for today's meeting", "Review the acting duty manager shift"],
      ["Chosen option and target date", "Apply for the next duty manager vacancy"],
      ["Feedback from client on the session", "Proud of the shift; wants to keep meeting monthly"]),
    P("""All five records were written on the day of the session and agreed with the mentee at the
      start of the following session."""),
]

CASE = Case(
    name="a_8587_304_pdf",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Unit 304 portfolio.pdf", PORTFOLIO), SourceFile("Mentoring records Mentee 1.pdf", RECORDS)],
    labels={
        "1.1": "in the residents' library before the 2pm check-in rush",
        "1.2": "acting duty manager by the end of May",
        "1.3": "he would hear only whether sessions took place",
        "2.1": "confidence with the process rather than with people",
        "2.2": "came up with a rota swap I had not thought of",
        "2.3": "I reflected the word back",
        "2.4": "My log runs from the first contact to the last session",
        "3.1": "taught me more than any amount of planning",
        "3.2": "took the fear out of it",
        "3.3": "my questions were long and had two parts",
        "3.4": "sit on my hands",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "minutes": 735,
        "sessions": 9,
        "individuals": 2,
        # tutor contact about her practice counts as supervision: Supervision 1 60 + the
        # tutor's 20-minute observation debrief + Supervision 2 60 = 140
        "supervision_minutes": 140,
        "identifying": ["Megan Tully", "Megan", "Steve Rowntree", "07700 900127"],
    },
    about="Hotel front-of-house manager; two PDFs; log whose Total row is wrong; observation debrief; AC 3.1 and 3.3 under one heading; planted names.",
)
