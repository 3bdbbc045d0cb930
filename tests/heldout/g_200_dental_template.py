"""8584-200 Understanding Mentoring: a senior dental nurse fills in the centre's Word template.

Hollie Brannigan is lead dental nurse at a four-surgery NHS and private practice and is
about to mentor trainee dental nurses. The centre's template has one two-column table per
learning outcome: the printed criterion (number and text) on the left, her answer on the
right. For 2.2 (the model) and 3.3 (records) she wrote "See Appendix 1" in the answer cell
and put the real answers in an appendix after the tables, with her own headings; the
labels for those two are in the appendix, never in the pointer cells.

Clean, but full of traps: the template's learner and tutor names, her practice manager
("Mrs Draycott"), the dentist ("our principal, Dr Ahmed"), pseudonyms "Trainee A" and
"Trainee B", theorists (Clutterbuck, Megginson, Egan, Kolb), GROW, the GDC, CQC, NEBDN,
the practice software (Dentally), a city and weekdays. She signs the template's
declaration.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring"),
    P("Unit 8584-200 Understanding Mentoring – Assignment Template"),
    T(
        ["Learner name", "Hollie Brannigan"],
        ["Organisation", "Castle Street Dental Practice, Lincoln"],
        ["Tutor", "Simon Petrakis"],
        ["Date", "3 February 2026"],
    ),
    P("""Complete the right-hand column for each assessment criterion. You may continue an
      answer in an appendix if you need more room; say so in the box."""),

    H(1, "Learning outcome 1: Understand the role of the mentor and the benefits of mentoring"),
    T(
        ["Assessment criterion", "Learner answer"],
        ["1.1 Describe the role of an effective mentor",
         """A mentor is a more experienced colleague who supports someone newer to learn, settle
         in and grow in confidence, mostly by listening and asking questions, and by sharing
         their own experience when it helps. In our practice I will be mentoring trainee dental
         nurses while they do their NEBDN diploma. My role is not to teach them chairside
         skills (our principal, Dr Ahmed, and the training plan do that) and it is not to manage them;
         Mrs Draycott, our practice manager, does their reviews. My role is to be the person
         they can come to when they are unsure, to help them set goals, to give honest
         feedback and encouragement, and to show them by example what a good dental nurse
         does when nobody is watching, like decontamination done properly at the end of a long
         Friday list."""],
        ["1.2 Describe how mentoring can benefit those being mentored in a range of situations",
         """A trainee straight from school gets a safe person to ask about things they would be
         embarrassed to ask a dentist, such as what to do when a patient faints. A nurse who
         has moved to us from another practice benefits because every practice does things a
         little differently and a mentor helps them learn our ways without feeling stupid. A
         nurse coming back after maternity leave can rebuild confidence with small goals. And
         a nurse who wants to move into radiography or oral health education can talk through
         the options with someone who has already done extra qualifications."""],
        ["1.3 Identify potential barriers to effective mentoring",
         """Time: our lists are fully booked and surgeries rarely run to time. Rota: the trainee
         and I are often in different surgeries. Confidence: trainees may be shy or worried
         about looking incapable. Hierarchy: as lead nurse I am senior to them, so they may not
         be open with me. Space: we have no spare room."""],
        ["1.4 Explain how to overcome the potential barriers to effective mentoring",
         """I have agreed with Mrs Draycott that mentoring goes on the rota as a thirty minute
         block on Wednesday mornings before the first patient, so it does not depend on the
         list running to time. We will use the staff room with the door closed. To help a shy
         trainee I will start with easy conversation and make it clear that nothing they say
         goes into their review. Because I am senior, I will be clear at the start that
         mentoring is separate from supervision on the clinic floor, and if a trainee would
         rather have a mentor who is not above them I will arrange for one of the other
         experienced nurses to do it instead."""],
    ),

    H(1, "Learning outcome 2: Understand what makes a mentor effective in their role"),
    T(
        ["Assessment criterion", "Learner answer"],
        ["2.1 List the key skills required to be an effective mentor",
         """Active listening. Open questioning. Building rapport. Giving constructive feedback.
         Goal setting. Patience. Keeping confidences. Record keeping. Being a good role
         model. Knowing when to refer on."""],
        ["2.2 Describe a mentoring model or process that can be followed when mentoring",
         "See Appendix 1"],
        ["2.3 Explain how to use questioning and listening techniques to support individuals being mentored",
         """Open questions (what, how, tell me about) get the trainee talking and thinking for
         themselves, for example 'how did that extraction feel from your side of the chair?'
         Probing questions help them go deeper: 'what was it about the patient that worried
         you?' I should avoid leading questions that put my answer in their mouth. Listening
         means giving full attention, not checking the appointment screen on Dentally while
         they talk, nodding, and then summarising back what I heard so they know I understood
         and can correct me. Silence is useful too: if I wait instead of filling the gap the
         trainee usually says the important thing. Egan's SOLER reminds me to sit openly and
         lean in a little."""],
        ["2.4 Describe how to give feedback within a mentoring role",
         """Feedback should be given soon after the event, in private, and be about what
         the trainee did, not what they are like. I will start by asking how they think it
         went, because they usually know. Then I say what went well, specifically, and one
         thing to do differently next time, with the reason. For example, after Trainee A
         struggled to keep up with the suction during a root canal, I said her instrument
         passing was smooth and that positioning the suction before the dentist starts would
         free her hands. I will check she has understood and agree what she will try. I will
         not use praise to soften criticism so much that the message gets lost."""],
        ["2.5 Describe how the mentor can develop trust with individuals they are mentoring",
         """Trust comes from doing what I say I will do, keeping what they tell me private
         (except where there is a safety or safeguarding issue, which I will explain at the
         start), being honest, and admitting my own mistakes. I will tell them about my own
         first sharps injury so they know that everyone has bad days. Being reliable with the
         Wednesday slot matters more than anything: if I cancel, they will think they do
         not matter."""],
    ),

    H(1, "Learning outcome 3: Understand how to organise mentoring"),
    T(
        ["Assessment criterion", "Learner answer"],
        ["3.1 Explain how to plan for effective mentoring sessions",
         """Before the first session I will ask the trainee to fill in a short questionnaire about
         what they feel confident and unconfident about, using the NEBDN record of experience
         as a guide, so that I know their needs. At the first session we will agree the
         mentoring agreement: how often, where, what is confidential, and what each of us will
         do. Before each later session I read my notes from the last one and think about what
         questions to ask, but I let the trainee set the agenda. Planning also means booking
         the room and the rota slot a month ahead so the session actually happens."""],
        ["3.2 State examples of goals that would be agreed in an effective mentoring session",
         """Goal 1: by the end of March, Trainee B will set up and clear down a surgery for a
         routine examination on her own, checked against the practice checklist on three
         occasions. Goal 2: within six weeks, Trainee A will explain the medical history form
         to patients herself, without the dentist stepping in, on at least five patients.
         Goal 3: by their next review, a returning nurse will have completed the CPD on
         medical emergencies and talked me through the practice's emergency drug kit."""],
        ["3.3 Explain what records are required when mentoring an individual",
         "See Appendix 1"],
    ),

    H(1, "Declaration"),
    T(
        ["I declare that this assignment is my own work.", ""],
        ["Learner signature", "H Brannigan"],
        ["Date", "03/02/2026"],
    ),

    H(1, "Appendix 1"),
    H(2, "A mentoring model I will follow (for 2.2)"),
    P("""I will follow the GROW model, which is simple enough to remember in a busy practice.
      Goal: what does the trainee want to get out of this session, and what are they working
      towards over the next few months? Reality: where are they now, what has happened
      since last time, what is going well and what isn't? Options: what could they do
      about it? I ask them to come up with at least three ideas before I offer any of mine.
      Way forward (or Will): what exactly will they do, by when, and how will we know? In a
      thirty minute session I might spend ten minutes on Reality and only five on Goal. I
      also like Clutterbuck and Megginson's idea that a mentoring relationship moves through
      stages, from building rapport to setting direction, making progress and finally
      winding down, because it reminds me that the trainee should need me less over time."""),
    H(2, "Records I will keep (for 3.3)"),
    P("""I will keep the signed mentoring agreement, the trainee's starting questionnaire, a
      short note of each session (date, what we discussed in outline, goals and actions
      agreed) and a note of progress against each goal. These records are needed so that
      we both remember what was agreed, so that progress can be seen over time, so that I
      can reflect on my own mentoring, and so that there is evidence for my ILM award. They
      must be accurate and kept confidential, so I will keep them in a locked drawer in
      the office and not on the shared practice computer where other staff could read them,
      following the practice's data protection policy under GDPR. The trainee can see
      anything I write about them. Records will be shredded six months after the mentoring
      ends unless the trainee asks to keep a copy."""),
    P("""Reading: Clutterbuck (2014) Everyone Needs a Mentor; Egan (2014) The Skilled Helper;
      Kolb's learning cycle (tutor handout, week 2)."""),
]

CASE = Case(
    name="g_200_dental_template",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("8584-200 Brannigan template.docx", BLOCKS)],
    labels={
        "1.1": "decontamination done properly at the end of a long",
        "1.2": "coming back after maternity leave can rebuild confidence",
        "1.3": "the trainee and I are often in different surgeries",
        "1.4": "a thirty minute block on Wednesday mornings",
        "2.1": "Giving constructive feedback. Goal setting.",
        "2.2": "at least three ideas before I offer any of mine",
        "2.3": "not checking the appointment screen on Dentally",
        "2.4": "positioning the suction before the dentist starts",
        "2.5": "my own first sharps injury",
        "3.1": "using the NEBDN record of experience as a guide",
        "3.2": "clear down a surgery for a routine examination",
        "3.3": "in a locked drawer in the office",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # practice manager, principal dentist, tutor on the form, "Trainee A/B", theorists: not identifying
        "identifying": [],
    },
    about="Dental practice lead nurse's 200 in a two-column Word template (printed criterion | answer); 2.2 and 3.3 answered 'See Appendix 1' with the answers in the appendix; clean with roles and theorists.",
)
