"""8587-301 Understanding Good Practice in Mentoring: a police staff investigator's report as PDF.

Helen Marsh-Tully is a police staff investigator in a force's crime management unit who
mentors newly recruited civilian investigators. She wrote her report in Word and saved it
as PDF. Each answer sits under the criterion's full wording copied as a heading, with no
AC numbers anywhere (the learning outcomes are headings too, also without numbers), so
only the wording ties an answer to its criterion. A cover page, a contents list and a
signed declaration at the end.

Identifying details left in: a mentee's full name in the agreement extract she pastes
under the records criterion and her first name alone in the reflection section; a
colleague as initial and surname in the short contact log she quotes.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LO1 = "Understand effective mentoring within an organisational context"
LO2 = "Understand the importance of effective and ethical contracting in mentoring"
LO3 = "Understand the process of effective mentoring within their own workplace"
LO4 = "Understand the role of recording, reflection and supervision in mentoring within their own practice or other contexts"

BLOCKS = [
    H(0, "Understanding Good Practice in Mentoring within an Organisational Context"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    T(
        ["Learner", "Helen Marsh-Tully"],
        ["Role", "Police Staff Investigator, Crime Management Unit"],
        ["Centre", "Eastmoor Police Learning & Development (ILM approved centre)"],
        ["Word count", "2,640 excluding headings and appendix"],
    ),
    H(1, "Contents"),
    P("Introduction ........ 1"),
    P(f"{LO1} ........ 1"),
    P(f"{LO2} ........ 3"),
    P(f"{LO3} ........ 4"),
    P(f"{LO4} ........ 5"),
    P("Declaration ........ 6"),

    H(1, "Introduction"),
    P("""I have worked for Eastmoor Police for nine years, the last five as a police staff
      investigator in the Crime Management Unit (CMU), which investigates lower-level crime
      reported online and by phone so that officers are freed for emergencies. Since the
      force began recruiting civilian investigators in larger numbers, I have been one of
      four experienced investigators asked to mentor new starters through their first six
      months. This report describes mentoring as it works, and sometimes does not work, in
      our unit."""),

    H(1, LO1),
    H(2, "Describe the purpose of effective mentoring within an organisational context"),
    P("""Mentoring in the CMU exists because the classroom course cannot prepare anyone for
      their first real caseload. New investigators finish a six-week course knowing the law
      and the crime recording standards, and then sit down in front of forty open cases,
      angry victims on the phone and a supervisor checking their decisions. The purpose of
      mentoring here is to bridge that gap: a more experienced colleague helps the new
      investigator apply what they learned, grow in confidence and judgement, and
      understand the unwritten rules of the unit. For the force, mentoring supports
      retention (a third of the first civilian cohort left within a year), quality of
      investigations (fewer cases returned by the crime registrar), and the wellbeing
      agenda, because investigators deal with distressing material. Clutterbuck (2014)
      describes developmental mentoring as helping someone to make significant transitions
      in knowledge, work or thinking, and that is exactly what we are trying to do."""),

    H(2, "Explain the role and responsibilities of an effective mentor"),
    P("""The role of the mentor is to be a trusted, more experienced guide who helps the
      mentee learn to do the job and to think for themselves, not a second supervisor. In
      the CMU the sergeant owns the mentee's performance and their probation; I own none of
      that. I am the person they can ask the question they would rather not ask in front of
      the sergeant. My responsibilities follow from that role. I must agree and keep to a
      mentoring agreement, hold sessions when promised, keep confidences within the limits
      we agree, keep records, challenge as well as support, role-model the standards of
      professional behaviour in the Code of Ethics for policing, recognise when something
      is beyond me and signpost to the right person, and end the relationship properly. I
      also have a responsibility to the unit to raise concerns about risk, for example a
      mentee who is not recording safeguarding referrals, while being honest with the
      mentee that I will do so."""),

    H(2, "Identify the skills, knowledge and behaviours required of an effective mentor"),
    P("Skills, knowledge and behaviours I consider essential:"),
    B("""Skills: active listening, open and probing questions, summarising, giving
      constructive feedback, goal setting, and the ability to explain a decision-making
      process out loud so the mentee can see how an experienced investigator thinks."""),
    B("""Knowledge: of the job itself (the Crime Recording Standards, THRIVE risk assessment,
      victims' code), of the organisation and its support services, of at least one mentoring
      model, and of the boundaries of the role."""),
    B("""Behaviours: patience, reliability, being non-judgemental, integrity, and a willingness
      to admit my own mistakes. A mentor who is always right teaches nothing about
      recovering from being wrong."""),

    H(2, "Identify how to overcome potential barriers to mentoring"),
    P("""The barriers I have met are workload, shift patterns, the hierarchy, and mentees'
      fear of looking incompetent. Workload and shifts I overcome by agreeing a fixed slot
      in the week when we are both on a day shift and asking the sergeant to put it in the
      duty system; a thirty-minute slot that happens beats an hour that keeps being
      cancelled. The hierarchy problem, that mentees assume I report everything upwards, I
      tackle by explaining at the first meeting exactly what I will and will not share.
      Fear of looking incompetent I address by telling stories of my own early mistakes,
      including the burglary file I once closed without checking the CCTV, and by making
      clear that there are no stupid questions in a mentoring session. A further barrier is
      a poor match between mentor and mentee, which the unit manager deals with by letting
      either party ask for a change without needing to give a reason."""),

    H(1, LO2),
    H(2, "Identify methods to initiate a productive working relationship with an individual"),
    P("""I use several methods at the start. First, an informal meeting over a coffee in the
      canteen during the mentee's first week, before any formal agreement, just to get to
      know each other. Second, I ask them to complete a short 'about me' sheet covering
      their background, what they are worried about and how they prefer to learn. Third, I
      share my own route into the job, which shows that I was new once. Fourth, we agree
      ground rules together rather than me presenting them. Finally, I make sure our first
      proper session is about something the mentee chooses, because the relationship starts
      productively when the mentee sees it is about their agenda, not mine."""),

    H(2, "Explain the rationale for and process of contracting in mentoring"),
    P("""Contracting matters because in policing there are lots of relationships with
      unspoken expectations and unclear confidentiality. A mentoring contract makes the
      expectations explicit, protects both parties, gives the mentee ownership and provides
      something to review against if the relationship drifts. Megginson and Clutterbuck
      stress that the mentee should drive the relationship, and the contract is where that
      is first agreed. Our process is: an initial conversation about what mentoring is and
      is not; a written agreement covering aims, frequency, duration, location,
      confidentiality and its limits, record keeping, and how to end; both of us signing
      and keeping a copy; and a review of the agreement at the three-month point, when we
      ask whether it still fits. In the CMU the agreement also states that mentoring notes
      are not part of the probation file, which has made a noticeable difference to how
      openly mentees talk."""),

    H(2, "Describe what represents safe and ethical practice in mentoring"),
    P("""Safe and ethical mentoring means keeping within the agreed boundaries, maintaining
      confidentiality except where there is a risk of harm, misconduct or a safeguarding
      issue (and saying so in advance), not exploiting the relationship or the power I
      have as the more experienced person, respecting difference, keeping records securely
      and only for as long as needed, and knowing when to refer on. In policing it also
      means never discussing live case details outside the need-to-know, so in sessions we
      talk about types of decisions rather than named victims. The EMCC Global Code of
      Ethics and the College of Policing Code of Ethics both apply. A practical example: a
      mentee who disclosed she was struggling to sleep after listening to a domestic abuse
      call was referred to the force's Trauma Risk Management (TRiM) practitioner, and I
      did not try to counsel her myself."""),

    H(1, LO3),
    H(2, "Explain how to manage a mentoring process using a recognised mentoring model"),
    P("""I manage the mentoring process using Clutterbuck's five-stage model of the mentoring
      relationship: building rapport, setting direction, progression, winding down and
      moving on. Rapport is built in the first two meetings using the methods above. In
      setting direction we agree two or three goals for the six months. Progression is the
      main body of the relationship, where each session reviews actions, explores the
      current issue and agrees next steps; I use GROW within individual sessions as a
      structure for the conversation. In winding down, from month five, I deliberately
      shift from offering guidance to asking the mentee what they would advise a newer
      colleague, so that the ending is planned and not a surprise. Moving on means a
      final review, celebrating progress and agreeing how we will stay in touch informally.
      Managing the process also means keeping track of where each relationship is in the
      cycle so that I do not keep one mentee in progression forever."""),

    H(2, "Describe a range of mentoring tools and techniques that can be used to identify preferences and agree goals or outcomes to facilitate the mentoring process"),
    P("""The 'about me' sheet identifies how the mentee prefers to learn and communicate. A
      skills self-assessment against the investigator competency framework asks the mentee
      to rate themselves from one to five on each competency, and the lowest-rated areas
      usually become goals. A SWOT analysis helps more experienced mentees who have joined
      from other forces. A timeline exercise, where the mentee draws the highs and lows of
      their first weeks, surfaces what matters to them emotionally. Once the areas are
      clear, I use SMART to turn each one into a goal, for example 'to complete victim
      updates within the timescales of the Victims' Code on every case by the end of month
      three', and scaling questions to track it. Case file walkthroughs, where the mentee
      talks me through a decision, are a technique I use throughout."""),

    H(2, "Explain methods for monitoring and reviewing progress towards goals"),
    P("""Progress is monitored in three ways. Each session starts by reviewing the actions
      agreed last time, which keeps momentum and shows quickly if the mentee is stuck. Every
      month we repeat the competency self-assessment, so the mentee can see the scores move,
      which is motivating and also shows me where my assumptions were wrong. At the three-
      and six-month points we hold a formal review of the goals against the agreement and
      decide whether to keep, change or close each goal. Where the mentee agrees, we also
      look at the quality feedback from the crime registrar on their files, which is an
      objective measure that does not depend on either of us."""),

    H(1, LO4),
    H(2, "Explain the purpose of mentoring records for mentor and mentee"),
    P("""For the mentor, records provide continuity between sessions held weeks apart, show
      the pattern of the relationship over time, provide evidence for supervision and for
      this qualification, and protect me if there is ever a dispute about what was said or
      agreed. For the mentee, records are a reminder of what they committed to, a way to see
      their own progress, and something they can take to their probation review if they
      choose. Below is an extract from the agreement and a short contact log from my
      current mentoring, to show what we keep."""),
    T(
        ["Mentoring agreement (extract)", ""],
        ["Mentee", "Sophie Llewellyn, Police Staff Investigator (joined March)"],
        ["Mentor", "Helen Marsh-Tully"],
        ["Meetings", "Fortnightly, Thursday 2–3pm, quiet room on the 1st floor"],
        ["Confidentiality", "Notes held by the mentor and shared with the mentee only; not part of the probation file"],
    ),
    T(
        ["Date", "Contact", "Notes"],
        ["03/04", "Session 1", "Agreement signed, about-me sheet completed"],
        ["10/04", "Phone", "Query on a hate crime flag, referred to R. Okonjo in the hate crime unit"],
        ["17/04", "Session 2", "Competency self-assessment; goals agreed"],
    ),
    P("""All records are kept in a restricted folder on the force network, not in the case
      management system, and will be deleted six months after the mentoring ends."""),

    H(2, "Justify the importance of reflective practice and supervision within a mentoring context"),
    P("""I would argue that a mentor who does not reflect is simply passing on their habits,
      good and bad. Reflection, using Gibbs' reflective cycle after each session, makes me
      look at what happened, how I felt, what I would do differently and why. It was only
      by writing up a session with Sophie that I noticed I had spent forty minutes telling
      her how I would handle a case and five minutes asking what she thought. Schön calls
      this reflection-on-action, and it is how mentors keep improving rather than just
      repeating themselves."""),
    P("""Supervision is important for reasons that reflection alone cannot cover. A
      supervisor sees the blind spots I cannot see myself, offers a safe place to discuss
      difficult situations such as a mentee's disclosure, checks that I am staying within
      ethical boundaries, and supports my own wellbeing. Our mentors meet the L&D mentoring
      lead as a group every six weeks. Without supervision the force would have no assurance
      that mentoring is safe, and mentors could carry the weight of what mentees tell them
      on their own, which in a policing context is a real risk."""),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("College of Policing (2014) Code of Ethics. Coventry: College of Policing."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("Megginson, D. and Clutterbuck, D. (1995) Mentoring in Action. London: Kogan Page."),
    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),

    H(1, "Declaration"),
    P("""I declare that this assignment is all my own work and that all sources are
      acknowledged."""),
    T(
        ["Signed", "H Marsh-Tully"],
        ["Date", "21 June 2025"],
    ),
]

CASE = Case(
    name="d_301_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("HMarshTully_Unit301_final.pdf", BLOCKS)],
    labels={
        "1.1": "a third of the first civilian cohort left",
        "1.2": "the sergeant owns the mentee's performance and their probation",
        "1.3": "A mentor who is always right teaches nothing",
        "1.4": "the burglary file I once closed without checking the CCTV",
        "2.1": "an informal meeting over a coffee in the canteen",
        "2.2": "mentoring notes are not part of the probation file",
        "2.3": "we talk about types of decisions rather than named victims",
        "3.1": "what they would advise a newer colleague",
        "3.2": "draws the highs and lows of their first weeks",
        "3.3": "quality feedback from the crime registrar on their files",
        "4.1": "something they can take to their probation review",
        "4.2": "forty minutes telling her how I would handle a case",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Sophie Llewellyn", "Sophie", "R. Okonjo"],
    },
    about="Police staff investigator's 301 report as PDF: answers under each criterion's full wording, no numbers; contents list; mentee and colleague named.",
)
