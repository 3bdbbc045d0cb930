"""8587-304 Extended Period of Mentoring: a community health team's three-file portfolio.

Harriet Osei, a clinical team lead in a community nursing service, mentors a newly
qualified nurse and a healthcare assistant. The cover sheet names Harriet, her
registration number and, because the form asks for them, her tutor and her supervisor.
She anonymised most of the portfolio ("Mentee B") but not the first mentee: her full
name is in the session record forms, her first name alone in the reflective review (a
different file), and her line manager is named in the contracting section.

Traps for the anonymisation check: theorists cited every way a learner cites them
(Clutterbuck, Megginson, Kram, Egan's Skilled Helper, Hawkins and Shohet, Gibbs, Kolb),
the supervisor's first name in prose, organisations and places, a reference list.
"""

from .case import B, Case, H, P, SourceFile, T

COVER = [
    H(0, "Unit 304 Undertaking an Extended Period of Mentoring – Portfolio"),
    T(
        ["Learner name", "Harriet Osei"],
        ["ILM registration number", "R5521907"],
        ["Centre", "Pennine Leadership Centre"],
        ["Tutor name", "Colin Marsh"],
        ["Supervisor name", "Dr Anita Rahman"],
        ["Date submitted", "14 November 2025"],
    ),
    H(1, "Declaration"),
    P("""I declare that this portfolio is my own work and that the mentoring recorded here took
      place as described."""),
    P("Signed: Harriet Osei    Date: 14/11/2025"),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Location"],
        ["1.1", "Mentoring plan", "Records file, section 1.1"],
        ["1.2", "Goals agreed with each mentee", "Records file, section 1.2"],
        ["1.3", "Signed mentoring contract", "Records file, section 1.3"],
        ["2.1", "Diagnostic tools used", "Records file, section 2.1"],
        ["2.2", "Model of mentoring", "Records file, section 2.2"],
        ["2.3", "Skills and behaviours", "Review, section 2.3"],
        ["2.4", "Session records", "Records file, section 2.4"],
        ["3.1", "Reflection on each session", "Review, section 3.1"],
        ["3.2", "Feedback from mentees", "Review, section 3.2"],
        ["3.3", "Review of communication skills", "Review, section 3.3"],
        ["3.4", "Supervision outcomes", "Review, section 3.4"],
    ),
]

RECORDS = [
    H(0, "Mentoring records"),
    H(1, "AC 1.1 Plan for 12 hours of mentoring"),
    P("""Our community nursing service in Wakefield covers four GP practice areas and has taken
      on six newly qualified staff this year. Preceptorship gives them clinical support, but
      our staff survey showed that new starters felt isolated on lone visits. I planned
      twelve hours of mentoring with two mentees between June and October: seven sessions of
      about an hour with the first mentee and five with Mentee B, each booked as protected
      time on the rota, held in the quiet room at Castleford Health Centre, and with a
      check-in at the halfway point. I built in two supervision sessions with my
      supervisor, one after the third session and one at the end, and a final review."""),
    H(1, "AC 1.2 Topics and goals"),
    P("""Goals were agreed in the first session with each mentee and written on the goal
      sheet they kept. The first mentee wanted to manage a caseload of twelve patients
      without asking for help on every visit, to feel confident raising a safeguarding
      concern, and to apply for the tissue viability course. Mentee B, a healthcare
      assistant, wanted to understand how to prioritise her day when visits overrun and to
      prepare for her nursing associate application."""),
    H(1, "AC 1.3 The mentoring contract"),
    P("""Each contract set out confidentiality and its limits (risk to a patient or to the
      mentee), where and when we would meet, how notes would be kept and that either of us
      could end the arrangement. The first mentee's line manager, Steve Pearce, agreed to
      release her for the sessions and understood that he would not see the content of
      the sessions, only that they had taken place. The contracts were signed by both
      parties and a copy was kept by the mentee."""),
    T(
        ["Mentoring contract", ""],
        ["Mentor", "Harriet Osei, Clinical Team Lead"],
        ["Mentee", "Danielle Fraser, Staff Nurse (Band 5)"],
        ["Frequency", "Fortnightly, one hour, protected time"],
        ["Confidentiality", "Held by both of us except where there is a risk of harm"],
    ),
    H(1, "AC 2.1 Diagnostic tools"),
    P("""In the first session each mentee completed a confidence wheel across eight areas of
      community practice and the Honey and Mumford learning styles questionnaire. The
      wheel showed the first mentee scoring herself 3 out of 10 on safeguarding and 8 on
      wound care, which shaped our priorities. Mentee B came out as a strong activist and
      we used that to plan learning through doing, with shadowing visits rather than
      reading."""),
    H(1, "AC 2.2 The model of mentoring"),
    P("""I used Egan's Skilled Helper model (current scenario, preferred scenario, getting
      there) because it suits mentoring conversations that start with a problem. For the
      career conversations I used Clutterbuck's stages of a developmental relationship
      from rapport building to winding down, and Kram's phases helped me explain to the
      mentees that the relationship would end at a planned point."""),
    H(1, "AC 2.4 Session records"),
    T(
        ["Date", "Mentee", "Time", "Summary and actions"],
        ["04/06/2025", "Danielle Fraser", "60 minutes", "Contract and goals. Confidence wheel. Action: list the visits she finds hardest."],
        ["18/06/2025", "Danielle Fraser", "1 hour", "Caseload planning. Action: try the traffic-light system for a week."],
        ["25/06/2025", "Mentee B", "1 hour", "Contract, goals, learning styles questionnaire."],
        ["02/07/2025", "Danielle Fraser", "75 minutes", "Safeguarding: talked through a case. Action: read the adult safeguarding policy."],
        ["09/07/2025", "Mentee B", "1 hour", "Prioritising when visits overrun."],
        ["16/07/2025", "Danielle Fraser", "1 hour", "Review of goals. Caseload of ten managed."],
        ["30/07/2025", "Mentee B", "1 hour 15 mins", "Nursing associate application: personal statement."],
        ["13/08/2025", "Danielle Fraser", "1 hour", "Raised her first safeguarding concern. Debrief."],
        ["27/08/2025", "Mentee B", "1 hour", "Mock interview."],
        ["10/09/2025", "Danielle Fraser", "1 hour", "Tissue viability course application."],
        ["24/09/2025", "Mentee B", "1 hour", "Review and ending."],
        ["08/10/2025", "Danielle Fraser", "90 minutes", "Final review and ending."],
    ),
    P("""Each session record was agreed with the mentee at the start of the next session and
      stored in a password-protected folder on the Trust's network."""),
]

REVIEW = [
    H(0, "Reflective review"),
    H(1, "AC 2.3 Knowledge, skills and behaviours"),
    P("""Being an effective and ethical mentor meant keeping to the contract, especially
      confidentiality, and not slipping into being the mentees' manager. I used open
      questions, summarising and silence. When Danielle described a visit where a
      patient's son had been aggressive, I held back from giving advice and asked what she
      had noticed in herself, and she worked out her own plan for the next visit."""),
    H(1, "AC 3.1 Reflection on each session"),
    P("""After each session I wrote a reflection using Gibbs' reflective cycle, and over the
      twelve weeks I could see my own learning follow Kolb's experiential learning cycle.
      My key learning was that I moved too quickly to options: in the second session I
      suggested three caseload systems before she had finished describing the problem."""),
    H(1, "AC 3.2 Feedback from mentees"),
    P("""At the end of every session I asked each mentee to rate the session from 1 to 5 and
      to say one thing that helped and one thing to change. Scores rose from 3 to 5.
      Mentee B wrote that 'the mock interview was the most useful hour of my year'."""),
    H(1, "AC 3.3 My communication skills"),
    P("""Recordings were not possible, so I used the mentees' feedback and my supervisor's
      observations. My questioning improved most: early sessions had mostly closed
      questions; by August I planned a handful of open questions for each stage of the
      Skilled Helper model. My listening was strongest when I summarised before asking the
      next question. Giving feedback is still the area I find hardest."""),
    H(1, "AC 3.4 Supervision"),
    P("""I had two supervision sessions with Dr Rahman, each an hour. In the first, Anita
      used Hawkins and Shohet's seven-eyed model to look at my relationship with the first
      mentee and we noticed I was rescuing her. Colin, my tutor, also read my log and
      suggested I ask the mentees to write the actions themselves. In the second
      supervision we reviewed the endings and how to keep boundaries when a mentee is
      also in my team."""),
    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit, Oxford Polytechnic."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. Maidenhead: Open University Press."),
    P("Kram, K. E. (1985) Mentoring at Work. Glenview: Scott Foresman."),
    P("Megginson, D., Clutterbuck, D., Garvey, B., Stokes, P. and Garrett-Harris, R. (2006) Mentoring in Action. London: Kogan Page."),
]

CASE = Case(
    name="n304_health_portfolio",
    unit="8587-304",
    kind="portfolio",
    files=[
        SourceFile("cover.docx", COVER),
        SourceFile("mentoring-records.docx", RECORDS),
        SourceFile("reflective-review.docx", REVIEW),
    ],
    labels={
        "1.1": "quiet room at Castleford Health Centre",
        "1.2": "apply for the tissue viability course",
        "1.3": "release her for the sessions",
        "2.1": "confidence wheel across eight areas",
        "2.2": "Skilled Helper model (current scenario",
        "2.3": "patient's son had been aggressive",
        "2.4": "Caseload planning",
        "3.1": "suggested three caseload systems",
        "3.2": "most useful hour of my year",
        "3.3": "Giving feedback is still the area I find hardest",
        "3.4": "we noticed I was rescuing her",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Danielle Fraser", "Danielle", "Steve Pearce"],
    },
    about="Community nursing mentor; one mentee not anonymised across three files; tutor and supervisor named where the cover asks; theorists.",
)
