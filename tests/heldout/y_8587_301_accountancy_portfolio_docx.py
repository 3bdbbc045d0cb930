"""8587-301 as a two-file portfolio, DOCX: an audit senior at an accountancy firm writes the assignment and a separate appendices file.

Nadia Qureshi is an Audit Senior at Bramley Sutcliffe LLP, a firm of chartered accountants
with offices in Leeds, Harrogate and Skipton, and mentors the firm's AAT apprentices and ACA
trainees. Her main file opens with the centre's cover table (learner, tutor, centre) and
answers under Word headings "AC 1.1 - ..." to "AC 4.2 - ..."; for AC 4.1 she writes one
paragraph and sends the reader to Appendix B, a guidance note on records she wrote for the
firm's new mentors, which is where the explanation is. The second file holds Appendix A
(mentoring agreement template, a table), Appendix B (records guidance note) and Appendix C
(an anonymised completed session record for "Mentee A"). Signed declaration at the end of the
main file; no evidence matrix for this unit. No practice: 8587-301 is a knowledge unit.

Clean: nothing planted. Not identifying: her own name (cover, declaration, appendix footer),
her tutor Graham Whitcombe in the cover table the centre asks for, Calder Valley Training,
Bramley Sutcliffe LLP (a firm named after people), ICAEW, AAT, ACCA, Kram, Clutterbuck and
Megginson, Egan's Skilled Helper, Parsloe and Leedham, Honey and Mumford, Belbin, Leeds,
Harrogate, Skipton, "Mentee A" / "Mentee B", job titles (Training Principal, Head of People).
"""

from corpus.case import B, Case, H, P, SourceFile, T

MAIN = [
    H(0, "Unit 301: Understanding the Skills, Principles and Practice of Effective Mentoring"),
    T(
        ["Learner name", "Nadia Qureshi"],
        ["Centre", "Calder Valley Training"],
        ["Tutor", "Graham Whitcombe"],
        ["Organisation", "Bramley Sutcliffe LLP, Chartered Accountants"],
        ["Date submitted", "6 June 2025"],
    ),
    P("""Appendices A to C are in the second file, "NQureshi 301 Appendices". Mentees are referred to
      as Mentee A and Mentee B throughout."""),

    H(1, "AC 1.1 - The purpose of mentoring at Bramley Sutcliffe"),
    P("""Bramley Sutcliffe is a regional firm of about 140 people across Leeds, Harrogate and
      Skipton. Each September we take on around twelve trainees: AAT apprentices straight from
      sixth form and graduate ACA trainees studying for the ICAEW exams. They are juggling
      client work, college or exam study, time sheets and busy season, and historically a third
      of them failed at least one professional exam in their first two years."""),
    P("""The purpose of mentoring here is to help trainees grow into qualified professionals by
      pairing them with someone a few years ahead who has been through the same exams and the
      same busy seasons. It is different from the formal structure: the Training Principal signs
      off their ICAEW training file and their counselling manager appraises them, whereas a
      mentor supports their development as a whole person. For the firm, the purpose is
      retention (each trainee who leaves after qualifying costs us their whole training
      investment), better exam pass rates, faster development of client skills, and passing on
      the firm's culture and way of working. Mentoring also develops the mentors themselves and
      is part of our progression route to Audit Manager. Put simply, mentoring gives trainees
      a guide through the three years it takes to qualify."""),

    H(1, "AC 1.2 - Role and responsibilities of the mentor"),
    P("""The mentor's role is to be a trusted, more experienced guide: a sounding board, a source of
      advice and experience when it is asked for, a role model of professional behaviour, a
      challenger who helps the trainee stretch, and a networker who introduces them to people
      in the firm. The mentor is not the trainee's line manager or counselling manager and does
      not assess their work."""),
    P("""The responsibilities change over the relationship. Using Kram's phases of mentoring:"""),
    B("""Initiation: the mentor makes contact within the trainee's first fortnight, meets
      informally, explains the scheme and agrees the mentoring agreement."""),
    B("""Cultivation: the mentor meets monthly, helps the trainee set goals, shares relevant
      experience, gives honest feedback, keeps records and respects confidentiality. During busy
      season (January to April) the mentor keeps in touch even if meetings are shorter."""),
    B("""Separation: after about twelve months, or when the trainee passes their Certificate
      Level exams, the mentor reviews progress with the trainee and plans the ending, so that the
      trainee can continue on their own."""),
    B("""Redefinition: the relationship becomes informal and collegial; the mentor may help the
      trainee become a mentor in their turn."""),
    P("""Throughout, the mentor is responsible for acting ethically, staying within their competence
      and referring on (for example to the Head of People or to the ICAEW's CABA support service)
      when an issue is beyond mentoring, and for attending mentor supervision."""),

    H(1, "AC 1.3 - Skills, knowledge and behaviours of an effective mentor"),
    T(
        ["Skills", "Knowledge", "Behaviours"],
        ["Active listening and summarising", "The trainee routes (AAT, ACA) and the exam timetable",
         "Approachable and available, even in busy season"],
        ["Open and probing questioning", "A recognised mentoring model and its stages",
         "Non-judgemental about exam failures"],
        ["Giving and receiving feedback", "The firm's policies, training contract and support services",
         "Keeps confidences and keeps promises"],
        ["Goal setting and action planning", "Boundaries of mentoring and when to refer on",
         "Role models ethical practice and professional scepticism"],
        ["Building rapport across age and background", "Learning styles and how adults learn",
         "Patient, encouraging and honest"],
    ),
    P("""Of these, I think the one that matters most in our firm is being honest about your own exam
      failures, because trainees assume everyone else passed first time."""),

    H(1, "AC 1.4 - Barriers to mentoring and how to overcome them"),
    P("""For the mentor, the biggest barrier is workload. Mentors are chargeable staff with
      utilisation targets, and in busy season mentoring is the first thing to be cancelled. We
      will overcome this by giving each mentor a non-chargeable code with two hours a month
      allocated, agreed by the partners, and by allowing shorter 20-minute check-ins by Teams
      during busy season instead of cancelling."""),
    P("""For the mentee, barriers are confidence and the worry that admitting problems will reach
      their counselling manager. Some trainees are also working in a different office from their
      mentor. To overcome this, the agreement makes confidentiality explicit, mentors are never
      in the trainee's reporting line, and mentee and mentor are matched within the same office
      where possible, with video meetings otherwise."""),
    P("""For the organisation, the barrier is culture: a feeling among some senior staff that
      trainees should "just get on with it, as we did". The scheme will be sponsored at partner
      level, and we will report exam pass rates and retention for mentored trainees after a year
      so that the value is visible."""),

    H(1, "AC 2.1 - Starting a productive working relationship"),
    P("""I will begin with a short, friendly message introducing myself and suggesting a coffee
      rather than a meeting room, so the first contact feels informal. At the first meeting I will
      ask about their background, why they chose accountancy and what they are worried about,
      and share a little about my own route, including failing my Audit and Assurance paper the
      first time. This builds rapport quickly because it shows I have been where they are.
      I will explain the scheme, what mentoring can and cannot do, and confidentiality, and ask
      them to complete the preferences section of the agreement before our second meeting so
      that they shape how we work. Other methods I will use are matching body language and
      pace, remembering details they tell me (an exam date, a difficult client) and following
      them up, and doing what I say I will do, which over time builds trust."""),

    H(1, "AC 2.2 - Contracting in mentoring"),
    P("""Contracting is necessary because it makes expectations clear on both sides from the start,
      protects confidentiality, sets boundaries, and gives us a reference point if the
      relationship drifts. It also protects the firm, because the stakeholders (the Training
      Principal and the counselling manager) know what the scheme is for and what they will
      and will not be told."""),
    P("""The process I will use is: discuss expectations at the first meeting; agree the written
      agreement (Appendix A) at the second meeting once the trainee has had time to think; both
      sign it and the trainee keeps a copy; send the counselling manager a short note confirming
      that mentoring has started but nothing about content; and review the agreement after
      three months. The agreement covers the purpose and goals, how often and where we meet,
      confidentiality and its limits, what each of us commits to, how records are kept, how
      either side can end the relationship without blame, and a no-fault exit if the match is
      not working."""),

    H(1, "AC 2.3 - Safe and ethical mentoring"),
    P("""Safe and ethical practice starts with confidentiality, but with its limits stated. As an
      ICAEW firm we have a duty to report suspected money laundering, and a mentor who hears of
      a breach of the ethical code, or of a risk to someone's safety, must act; trainees are told
      this at the start. Other parts of safe practice are: staying within my competence and
      referring mental health or financial worries on to the Head of People or CABA; avoiding
      conflicts of interest, so I would not mentor someone on my own audit team; meeting in
      places that are private but not isolating; keeping records securely under UK GDPR; being
      fair and inclusive regardless of age, background or route into the profession; and taking
      my own mentor supervision seriously. I will follow the EMCC Global Code of Ethics for
      mentors alongside the ICAEW Code of Ethics."""),

    H(1, "AC 3.1 - Managing the mentoring process using a model"),
    P("""I propose using Egan's Skilled Helper model, as described for mentors by Clutterbuck and
      Megginson, because it suits a developmental relationship that is more about exploring than
      quick fixes. It has three stages. Stage 1, the current picture: what is going on for the
      trainee, helping them tell their story and spot blind spots. Stage 2, the preferred
      picture: what they want instead and what a good outcome looks like. Stage 3, the way
      forward: strategies and a plan to get there."""),
    P("""To manage the overall process, I will map the Skilled Helper stages onto Clutterbuck's
      phases of the relationship (rapport building, direction setting, progress making, winding
      down and moving on). In practice that means the first two meetings are mainly rapport and
      Stage 1, the third meeting sets direction using Stage 2, and from then on each monthly
      meeting moves through all three stages on one issue. I will manage time by agreeing an
      agenda at the start of each meeting, check progress against the agreement every three
      months, and plan the ending from month nine."""),

    H(1, "AC 3.2 - Tools and techniques to identify preferences and agree goals"),
    P("""I will use four tools, chosen to suit each trainee:"""),
    B("""A learning styles questionnaire (Honey and Mumford). Many ACA trainees are reflectors or
      theorists; knowing this helps me suggest revision methods that suit them, and helps them
      set goals about how they learn, not just what."""),
    B("""A skills self-assessment against the firm's trainee competency framework, which shows
      gaps such as client communication and lets the trainee pick the one to work on first."""),
    B("""A timeline exercise, where the trainee plots their exams, busy season and personal
      commitments for the year; it is the most useful way I know to agree realistic goals
      around exam dates."""),
    B("""Belbin team roles, which help trainees who find working on site with a client team
      difficult to understand their preferences and agree a goal about how they work with
      others."""),
    P("""Each tool starts a conversation rather than giving an answer; goals are then written as
      SMART goals on the agreement."""),

    H(1, "AC 3.3 - Monitoring and reviewing progress"),
    P("""I will use three methods. First, an action log: at the end of each meeting the trainee
      writes down their actions, and we start the next meeting by reviewing them, which keeps
      momentum and shows where they get stuck. Second, a progress review every three months
      against the goals in the agreement, using a simple red/amber/green rating the trainee
      gives themselves, so they judge their own progress and we can change goals that no
      longer fit. Third, objective milestones the trainee chooses, such as mock exam results or
      being trusted to lead a section of an audit, which give evidence of progress beyond our
      conversations."""),

    H(1, "AC 4.1 - Records"),
    P("""I have written this up as the guidance note for new mentors in Appendix B, which explains
      why we keep records for mentor and mentee and how to keep them properly. The templates are
      Appendix A and an anonymised example record is Appendix C."""),

    H(1, "AC 4.2 - Reflective practice and supervision"),
    P("""Reflective practice and supervision are important because mentoring is a relationship, and
      the mentor is part of what happens in it. Schon distinguishes reflection-in-action and
      reflection-on-action; Gibbs gives a structure for the latter. When I reflected on an early
      meeting with Mentee B I realised I had spent most of it telling her how I revised, which
      was my agenda, not hers. Without that reflection I would have carried on doing it."""),
    P("""Supervision goes further because another person can see what I cannot. A mentor who does not
      reflect or have supervision risks repeating the same mistakes, imposing their own way of
      doing things, missing signs that a trainee needs more help than mentoring can give, and
      becoming over-involved, for example taking on a trainee's stress about exams as their own.
      There is also a risk for the firm: poor mentoring can do harm and damage the reputation of
      the scheme. The case for supervision is therefore that it protects the mentee, the mentor
      and the organisation, and it is the way mentors keep learning. Parsloe and Leedham make the
      same argument for coaching and mentoring supervision, and our scheme will have supervision
      for mentors every two months in small groups."""),

    P("""Declaration: I confirm that this assignment and its appendices are my own work.
      Signed: Nadia Qureshi    Date: 6 June 2025"""),
]

APPENDICES = [
    H(0, "Unit 301 - Appendices A to C"),

    H(1, "Appendix A - Mentoring agreement template"),
    T(
        ["Section", "To be completed by mentor and mentee"],
        ["Purpose of the mentoring", ""],
        ["Mentee's goals (SMART)", ""],
        ["Preferences: how I like to learn, how I like to receive feedback", ""],
        ["Frequency, length and venue of meetings", "Monthly, 1 hour; 20-minute check-ins in busy season"],
        ["Confidentiality and its limits", "Confidential except legal/regulatory reporting duties or risk of harm"],
        ["Mentor commits to", ""],
        ["Mentee commits to", ""],
        ["Records: who keeps what", "Mentor keeps session notes; mentee keeps action log"],
        ["Review date and how either party can end the agreement", ""],
        ["Signatures", "Mentor: / Mentee: / Date:"],
    ),

    H(1, "Appendix B - Why we keep mentoring records: a note for new mentors"),
    P("""Records are a requirement of the scheme, not paperwork for its own sake. For the mentor,
      records give continuity between meetings that may be a month apart, so you do not ask the
      same questions twice; they show what was agreed if there is ever a disagreement; they are
      the material you take to supervision and reflect on; and they show the scheme that
      mentoring is happening."""),
    P("""For the mentee, records are just as important. The mentee's action log is theirs: it reminds
      them what they committed to, shows them how far they have come, which helps their
      confidence in busy season, and can be used in their ICAEW training file as evidence of
      development. The mentee should see everything the mentor writes about them."""),
    P("""Best practice for keeping records:"""),
    B("Write facts and agreed actions, not opinions or diagnoses."),
    B("Use initials or the mentee reference, not names, in anything stored outside the secure folder."),
    B("Store records in the restricted Mentoring folder on the firm's system, never on a personal device."),
    B("Keep records for one year after the mentoring ends, then delete them, in line with UK GDPR."),
    B("Never pass records to the counselling manager or Training Principal without the mentee's consent."),

    H(1, "Appendix C - Example session record (anonymised)"),
    T(
        ["Field", "Entry"],
        ["Mentee", "Mentee A (ACA trainee, first year)"],
        ["Meeting", "Meeting 4, Harrogate office, 50 minutes"],
        ["Review of actions", "Timeline drawn up; two of three revision blocks booked"],
        ["Main discussion", "Worry about balancing on-site work with the Business Planning exam; options explored"],
        ["Actions agreed", "Mentee A to ask the audit senior on site about leaving at 5pm on study days; practise two past papers"],
        ["Next meeting", "Four weeks"],
    ),
    P("Prepared by Nadia Qureshi, Audit Senior, for ILM Unit 301."),
]

CASE = Case(
    name="y_8587_301_accountancy_portfolio_docx",
    unit="8587-301",
    kind="portfolio",
    files=[
        SourceFile("NQureshi 301 Assignment.docx", MAIN),
        SourceFile("NQureshi 301 Appendices.docx", APPENDICES),
    ],
    labels={
        "1.1": "a guide through the three years it takes to qualify",
        "1.2": "the mentor makes contact within the trainee's first fortnight",
        "1.3": "being honest about your own exam failures",
        "1.4": "a non-chargeable code with two hours a month",
        "2.1": "suggesting a coffee rather than a meeting room",
        "2.2": "a no-fault exit if the match is not working",
        "2.3": "I would not mentor someone on my own audit team",
        "3.1": "map the Skilled Helper stages onto Clutterbuck's phases",
        "3.2": "plots their exams, busy season and personal commitments",
        "3.3": "a simple red/amber/green rating the trainee gives themselves",
        "4.1": "it reminds them what they committed to",
        "4.2": "imposing their own way of doing things",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Accountancy firm audit senior; clean 8587-301 portfolio of two DOCX files, cover table with the tutor, Kram/Clutterbuck/Egan cited, AC 4.1 answered in a records guidance note in the appendices file; firm named after people.",
)
