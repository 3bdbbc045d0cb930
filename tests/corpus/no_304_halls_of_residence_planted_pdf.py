"""8587-304 Undertaking an Extended Period of Mentoring: a university halls Residence Life Manager's portfolio, PDF, four planted details.

Owen Tremayne (ILM reg. 58830274) is Residence Life Manager for a university's halls of
residence and mentors two newly appointed Residence Life Coordinators over the autumn term.
PDF portfolio with an evidence matrix at the front, the ACs as section titles, a mentoring
log with a joint session, a not-counted three-way meeting, a shadowing row and a total, a
supervision record form and one pasted session feedback form. He writes "Mentee 1" and
"Mentee 2", but four details slip through.

Planted (4): Mentee 1's personal e-mail in the contract section ("aisha.rahman01@gmail.com");
Mentee 2's manager by title and surname in the contract section ("Mrs Doherty"); an initial
and surname in one log row's notes ("K. Brennan", Mentee 2); and Mentee 1's full name as
the signature on the pasted feedback form ("Aisha Rahman").

Clean but tricky: his own name, number and sign-off; the supervisor where the supervision
form asks ("Supervisor: Gail Nkemelu"); halls named after people (Wilberforce Hall, Brontë
Court, Darwin House, Mary Shelley Court); brands and software (StarRez, Domino's, Moodle,
Teams); theorists with citations (Kram, Clutterbuck, Megginson, Egan, Schön, Honey and
Mumford); Kram's phases and Clutterbuck's five stages; job titles (Residence Life
Coordinator, Head of Student Wellbeing, Accommodation Services Manager, Warden); Hull
(a city) and Beverley (a town); weekdays and months.

Practice truth: Mentee 1 60 + 90 + 90 + 60 + 90 + 90 + 60 = 540; Mentee 2 60 + 90 + 90 + 90
+ 60 + 75 = 465; joint session 60 once; 540 + 465 + 60 = 1065 minutes in 14 sessions with
two mentees. Not: the 10 Oct three-way (marked not counted), the 31 Oct cancelled session,
the 28 Nov shadowing, the Total row. Supervision 60 + 60 + 45 = 165.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-304: Undertaking an Extended Period of Mentoring within an Organisational Context"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Owen Tremayne – Residence Life Manager, Accommodation & Residence Life – ILM reg. 58830274"),

    H(1, "Evidence matrix"),
    T(
        ["AC", "Where the evidence is", "Page"],
        ["1.1", "Section 1.1 Mentoring plan", "2"],
        ["1.2", "Section 1.2 Topics and goals", "2"],
        ["1.3", "Section 1.3 Contracts", "3"],
        ["2.1", "Section 2.1 Diagnostic tools", "3"],
        ["2.2", "Section 2.2 Model", "4"],
        ["2.3", "Section 2.3 Skills and ethics", "4"],
        ["2.4", "Section 2.4 Log", "5"],
        ["3.1", "Section 3.1 Reflections", "6"],
        ["3.2", "Section 3.2 Feedback and form", "6"],
        ["3.3", "Section 3.3 Communication review", "7"],
        ["3.4", "Section 3.4 Supervision", "7"],
    ),

    H(1, "1.1 Mentoring plan"),
    P("""This term we appointed two new Residence Life Coordinators, each responsible for
      around 600 first-year students: Mentee 1 covers Wilberforce Hall and Brontë Court,
      Mentee 2 covers Darwin House and Mary Shelley Court. Both are recent graduates in their
      first professional job. I planned a mentoring programme running from October to late
      January: an initial meeting and contract with each, then six further sessions each,
      fortnightly, of 60 to 90 minutes, to give more than six hours per mentee. I left room
      for one joint session on the January arrivals, since both would face the same issue.
      Sessions would be in the quiet room at the Residence Life office, avoiding Sunday
      evenings and the first fortnight of term, when halls are at their busiest. I
      arranged three supervision sessions with the Head of Student Wellbeing, who is a
      trained mentor supervisor, and set up the log, session record and feedback form."""),

    H(1, "1.2 Topics and goals"),
    P("""Topics were set by the mentees at the first meeting, after a self-assessment against the
      Coordinator role profile:"""),
    B("""Mentee 1: run her first hall community meeting with at least 40 students attending by
      mid-November; and learn to say no to out-of-hours requests that are not emergencies,
      measured by fewer than two non-emergency late-night calls a week by December."""),
    B("""Mentee 2: handle noise complaints and flat disputes to resolution without escalating
      to me, at least five by the end of term; and write his first incident report to the
      standard required by the Accommodation Services Manager without it being returned."""),
    P("""Outcomes relevant to the context: both goals support the student retention target and
      the halls' wellbeing plan."""),

    H(1, "1.3 Contracts"),
    P("""I agreed a written contract with each mentee at the initial meeting, covering the
      purpose, dates, length and venue of sessions, cancellation, confidentiality and its
      limits (safeguarding, risk to life, criminal matters), how records are kept in
      restricted files outside StarRez, and how the mentoring would end. Stakeholders were
      agreed too. Mentee 2 reports to the Accommodation Services Manager rather than to me,
      so on 10 October we held a short three-way meeting: his manager, Mrs Doherty, agreed
      the goals were relevant and that she would not ask about content. Mentee 1 asked me to
      contact her on her personal email (aisha.rahman01@gmail.com) over the Christmas
      vacation, as university accounts are not checked then, and this is written into her
      contract as the agreed contact route."""),

    H(1, "2.1 Diagnostic and assessment tools"),
    P("""Both mentees completed the Honey and Mumford Learning Styles Questionnaire and a
      self-assessment against the role profile, scoring each of ten competences from 1 to 5.
      Mentee 1 came out a strong Reflector, which matched her worry that she thinks things
      over for so long that the moment has gone in a flat dispute. Mentee 2 was a strong
      Activist, so we agreed he would try a "pause and write three facts" rule before acting
      on a complaint. We repeated the role profile self-assessment at the end: Mentee 1 went
      from 27 to 38 out of 50, Mentee 2 from 24 to 35."""),

    H(1, "2.2 Mentoring model"),
    P("""I used Clutterbuck's five stages (building rapport, direction setting, progress making,
      winding down, moving on) for the overall programme, with Kram's (1985) phases as a
      check on where the relationship was. Inside sessions I used Egan's Skilled Helper
      model: current scenario, preferred scenario, and the way forward. For Mentee 2's
      incident report goal we spent a whole session on "preferred scenario", writing what a
      good report would look like before he drafted one, which he found more useful than
      being given a template."""),

    H(1, "2.3 Skills, knowledge and behaviours"),
    P("""I was careful to mentor rather than manage. Megginson and Clutterbuck (2005) describe
      the mentor as offering help "off-line" from the line relationship, and with Mentee 1
      that was difficult because I am her line manager. I handled it by separating the two
      in time and place: mentoring in the quiet room, supervision meetings in my office.
      Questioning: I used open questions ("What happens for you when the phone goes at 2am?"),
      probing ("What exactly did the student say?") and hypothetical ones ("If you were the
      Warden, what would you do?"). Listening: I summarised at the end of each topic and
      checked I had it right. Ethically, when Mentee 2 told me about a student he suspected
      was self-harming, I stopped the mentoring conversation and we followed the
      safeguarding procedure together, then came back to the session another day."""),

    H(1, "2.4 Mentoring log"),
    P("""The log runs from the initial contact to the final reviews. Every session has a
      session record with actions, signed by both of us, in the appendix."""),
    T(
        ["Date", "Mentee", "Session", "Duration", "Notes"],
        ["Wed 2 Oct", "1", "Initial meeting / contract", "60 min", "Role profile, contract signed"],
        ["Thu 3 Oct", "2", "Initial meeting / contract", "60 min", "Role profile, contract signed"],
        ["Thu 10 Oct", "2", "Three-way", "30 min", "With his manager – NOT counted in my hours"],
        ["Wed 16 Oct", "1", "2", "90 min", "Learning styles results, community meeting plan"],
        ["Thu 17 Oct", "2", "2", "90 min", "Learning styles, noise complaints"],
        ["Wed 30 Oct", "1", "3", "90 min", "Rehearsed the community meeting"],
        ["Thu 31 Oct", "2", "–", "–", "Cancelled – Halloween on-call"],
        ["Thu 7 Nov", "2", "3", "90 min", "Moved to Teams – K. Brennan unwell but wanted to go ahead"],
        ["Wed 13 Nov", "1", "4", "60 min", "Debrief of meeting (46 students came)"],
        ["Thu 21 Nov", "2", "4", "90 min", "Incident report – preferred scenario"],
        ["Wed 27 Nov", "1", "5", "90 min", "Saying no – boundaries, on-call rota"],
        ["Thu 28 Nov", "–", "Shadowing", "45 min", "I observed the Head of Student Wellbeing mentor a Warden – not my mentoring"],
        ["Thu 5 Dec", "2", "5", "60 min", "Report accepted first time"],
        ["Wed 11 Dec", "1", "6", "90 min", "Midpoint review, Christmas vacation plan"],
        ["Wed 15 Jan", "1 and 2", "Joint", "60 min", "January arrivals – both together"],
        ["Wed 22 Jan", "1", "7", "60 min", "Final review, ending"],
        ["Thu 23 Jan", "2", "6", "75 min", "Final review, ending"],
        ["Total", "", "", "17 hrs 45", "excluding three-way and shadowing"],
    ),

    H(1, "3.1 Reflections on each session"),
    P("""I wrote a short reflection after every session using Schön's (1983) idea of reflecting
      on action. Key points:"""),
    B("""Initial meetings: I did most of the talking about the programme. Learning: send the
      outline beforehand."""),
    B("""Sessions 2: the learning styles results gave both of them a language for themselves.
      Learning: a tool is most useful when the mentee interprets it, not me."""),
    B("""Session 3 (Mentee 1): rehearsing the meeting out loud built her confidence more than any
      amount of talking about it. Learning: practise in the room."""),
    B("""Session 3 (Mentee 2, on Teams): harder to read him on screen. Learning: check in more
      often online and ask how he is finding it."""),
    B("""Sessions 4 and 5: I caught myself solving the on-call problem for Mentee 1. Learning:
      when I know the answer, ask one more question before offering it."""),
    B("""Joint session: the two of them learned more from each other than from me. Learning:
      peer sessions are worth planning in."""),
    B("""Final sessions: endings went well because we had planned them since December."""),

    H(1, "3.2 Feedback on each session"),
    P("""After each session the mentee filled in a three-question feedback form (what was
      useful, what was less useful, one thing I should change), scored the session out of 5
      and signed it. Scores ranged from 3 to 5; the 3 was the Teams session. One completed
      form is pasted below as an example; the rest are in the appendix."""),
    T(
        ["Session feedback form", "Mentee 1 – session 7 (final), 22 January"],
        ["What was useful?", "Looking back at where I started. I hadn't noticed how much I'd changed."],
        ["What was less useful?", "Nothing really – maybe the vacation gap was long."],
        ["One thing your mentor should change", "Push me a bit more – you're too nice sometimes!"],
        ["Score (1–5)", "5"],
        ["Mentee signature", "Aisha Rahman"],
    ),

    H(1, "3.3 Review of my communication skills"),
    P("""Reviewing my records, the feedback forms and what my supervisor observed from my
      accounts, my strongest skill is listening and summarising: both mentees said they felt
      heard. My questioning improved during the term; I moved from closed checking questions
      to more open and hypothetical ones. My weakest area is giving challenging feedback –
      "you're too nice sometimes" appears on two forms, and I avoided telling Mentee 2 that
      his first incident report draft would not pass. I need to give honest feedback
      earlier and kindly, rather than hope the mentee finds it themselves."""),

    H(1, "3.4 Supervision"),
    T(
        ["Supervision record", ""],
        ["Supervisor", "Gail Nkemelu, Head of Student Wellbeing"],
        ["Session 1", "Wed 6 Nov, 60 minutes"],
        ["Session 2", "Mon 9 Dec, 60 minutes"],
        ["Session 3", "Wed 29 Jan, 45 minutes"],
    ),
    P("""Outcome of supervision 1: we explored the tension of mentoring my own direct report.
      The outcome was to separate mentoring and line management in place and time, which I
      did from session 4. Outcome of supervision 2: I talked about the safeguarding
      disclosure. We agreed I had been right to stop, and I now say the limits of
      confidentiality again whenever a session moves onto students' welfare. Outcome of
      supervision 3: a review of the whole programme; the main learning was that I avoid
      challenge, and we agreed a development action for next year."""),

    H(1, "Closing note"),
    P("""Both mentees are staying on next year. Mentee 2 wants to move to the Beverley campus
      halls and Mentee 1 is helping to induct the Hull campus Coordinators. We celebrated
      the end of the programme with a Domino's in the office, and the Moodle course on
      residence life now has their tips in it."""),

    H(1, "Declaration"),
    P("I declare that this portfolio is my own work. Signed: Owen Tremayne. Date: 3 February 2025."),
]

CASE = Case(
    name="no_304_halls_of_residence_planted_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("O_Tremayne_8587-304_portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "avoiding Sunday evenings and the first fortnight of term",
        "1.2": "write his first incident report to the standard required",
        "1.3": "this is written into her contract as the agreed contact route",
        "2.1": "pause and write three facts",
        "2.2": "writing what a good report would look like",
        "2.3": "separating the two in time and place",
        "2.4": "runs from the initial contact to the final reviews",
        "3.1": "peer sessions are worth planning in",
        "3.2": "the 3 was the Teams session",
        "3.3": "give honest feedback earlier and kindly",
        "3.4": "I now say the limits of confidentiality again",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["aisha.rahman01@gmail.com", "Mrs Doherty", "K. Brennan", "Aisha Rahman"],
        # Mentee 1: 2 Oct 60 + 16 Oct 90 + 30 Oct 90 + 13 Nov 60 + 27 Nov 90 + 11 Dec 90 + 22 Jan 60
        #   = 60 + 90 = 150; + 90 = 240; + 60 = 300; + 90 = 390; + 90 = 480; + 60 = 540 (7 sessions)
        # Mentee 2: 3 Oct 60 + 17 Oct 90 + 7 Nov 90 + 21 Nov 90 + 5 Dec 60 + 23 Jan 75
        #   = 60 + 90 = 150; + 90 = 240; + 90 = 330; + 60 = 390; + 75 = 465 (6 sessions)
        # Joint 15 Jan 60, counted once (1 session)
        # 540 + 465 = 1005; + 60 = 1065 = 17 hrs 45 (Total row right); 7 + 6 + 1 = 14 sessions.
        # Not: 10 Oct three-way 30 ("NOT counted"); 31 Oct cancelled; 28 Nov shadowing 45; Total row.
        "minutes": 1065,
        "sessions": 14,
        "individuals": 2,
        # Supervision record: 6 Nov 60 + 9 Dec 60 + 29 Jan 45 = 165
        "supervision_minutes": 165,
    },
    about="University halls Residence Life Manager's 304 PDF: Mentee 1's personal e-mail and Mentee 2's manager 'Mrs Doherty' in the contract section, 'K. Brennan' in a log row, full name signing the pasted feedback form; supervisor in form, Wilberforce Hall/Brontë Court/Darwin House, StarRez, Domino's, Kram/Egan/Schön clean; 1065 min in 14 sessions (joint once, not-counted three-way, shadowing, cancelled), 165 supervision.",
)
