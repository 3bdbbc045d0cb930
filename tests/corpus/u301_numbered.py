"""8587-301 Understanding Good Practice in Mentoring: numbered but unstyled Word document.

Sandra Kowalski, housing services manager at a housing association, answers the unit 301
brief (tasks 1.1–4.2). Every line is Normal style: task numbers are typed at the start of
plain paragraphs, sometimes alone on a line ("1.1 The purpose of ..."), sometimes opening
a long paragraph ("Task 1.4: ..." followed by more paragraphs that continue the answer).
"""

from .case import B, Case, P, SourceFile, T

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 301 Understanding Good Practice in Mentoring within an Organisational Context"),
    P("Learner name: Sandra Kowalski"),
    P("Learner registration number: R6604218"),
    P("Centre: North West Leadership Academy"),
    P("Word count: 3,120"),
    P("""Declaration: I confirm that this assignment is my own work, that I have not copied it
      from anyone else and that all sources have been acknowledged."""),
    P("Introduction"),
    P("""Northgate Homes is a housing association managing around 9,000 homes across three
      boroughs, with 420 staff. Following a restructure we promoted eighteen people into new
      team leader roles in housing management, repairs and income, most of whom have never
      managed before. The leadership team has asked me to design an internal mentoring scheme
      to support them, and this report sets out what mentoring is, the mentor's role, how the
      scheme will run and how mentors will be supported."""),

    P("Task 1"),
    P("1.1 The purpose of effective mentoring at Northgate"),
    P("""Mentoring is a developmental relationship in which a more experienced person helps
      another to make significant transitions in knowledge, work or thinking (Megginson et
      al., 2006). The emphasis is on the mentee's own learning and longer-term development,
      and the mentor draws on their experience to help the mentee think things through
      rather than giving instructions. This distinguishes it from training, which transfers
      a defined skill, from coaching, which is usually shorter-term and focused on a
      specific performance goal, and from counselling, which deals with personal or
      emotional difficulties."""),
    P("""At Northgate, the purpose of the scheme is threefold. First, to help new team
      leaders make the step from doing the job to leading others, which our exit interviews
      show is where people struggle most. Second, to retain talent: we lost four of the
      eleven team leaders appointed in 2022 within eighteen months, each costing roughly
      £12,000 to replace. Third, to pass on organisational knowledge, such as how to handle
      a complaint that reaches the ombudsman, before experienced managers retire. For the
      mentee the benefits are greater confidence, a safe space to discuss difficult
      decisions, and a wider network; for mentors it is a chance to develop their own
      leadership skills; and for the organisation it supports our people strategy and
      succession planning. Effective mentoring therefore has to be voluntary, confidential
      and mentee-led, otherwise it becomes another layer of line management."""),

    P("1.2 Roles and responsibilities of an effective mentor"),
    P("""The role of the mentor is to facilitate the mentee's learning by helping them work
      through their own ideas and solutions. A mentor acts as a sounding board, a guide who
      shares experience where it helps, a critical friend who challenges assumptions, and
      sometimes a sponsor who opens doors, for example inviting a mentee to observe the
      scrutiny panel. A mentor at Northgate is not the mentee's line manager, does not
      assess their performance and does not report back on them. This boundary matters
      because mentees need to be able to admit mistakes."""),
    P("""The responsibilities change across the relationship. At initiation the mentor is
      responsible for making contact, building rapport and agreeing a contract covering
      confidentiality, frequency, boundaries and record keeping. During the middle stage
      they plan sessions, use appropriate tools and models, keep the focus on the mentee's
      goals, give honest feedback and keep brief records. Throughout, they must work
      ethically and within their competence, for example recognising when an issue such as
      stress or a grievance needs referring to HR or the employee assistance programme.
      Towards completion, the mentor reviews progress against the original goals, helps
      the mentee plan how they will continue developing without mentoring, and brings the
      relationship to a clear, planned ending rather than letting it fade out. Mentors also
      have a responsibility to themselves and the scheme: attending supervision every
      quarter and completing the scheme evaluation."""),

    P("1.3 – Knowledge, skills and behaviours of an effective mentor"),
    P("""The table below separates the three areas, drawing on the EMCC competence framework
      and our own leadership behaviours."""),
    T(
        ["Area", "What a Northgate mentor needs", "Why"],
        ["Knowledge", "Mentoring models (e.g. TGROW); the mentoring agreement and its boundaries; "
         "data protection and our records policy; our safeguarding and whistleblowing procedures; "
         "how the organisation works, including governance and the regulatory standards",
         "So the mentor can structure sessions, stay within the law and help the mentee "
         "navigate the organisation"],
        ["Skills", "Active listening; open and probing questioning; building rapport; "
         "summarising; goal setting; giving feedback; record keeping",
         "These are the practical tools of each session"],
        ["Behaviours", "Non-judgemental and objective; open and honest; encouraging; "
         "patient; respects confidentiality; aware of the impact of own values and "
         "beliefs; role models our values",
         "The relationship depends on how the mentor behaves as much as on what they know"],
    ),
    P("""Of these, I think self-awareness is the behaviour that is easiest to overlook. Many of
      our likely mentors are long-serving managers with strong views about how housing
      management should be done, and they will need to recognise when they are steering the
      mentee towards their own way rather than helping the mentee find theirs."""),

    P("""Task 1.4: Barriers to mentoring and how to overcome them. Barriers can come from the
      mentor, the mentee and the organisation, and I have identified four that are likely at
      Northgate."""),
    P("""Time and workload (mentor and mentee). Both groups carry heavy caseloads and
      mentoring is the first thing dropped when an emergency repair or an eviction hearing
      comes up. To overcome this, the scheme will be agreed with directors as part of the
      working week, with sessions of one hour every four weeks booked for six months in
      advance, and the mentee's manager will sign the agreement so they protect the time."""),
    P("""Lack of commitment or previous bad experiences (mentee). Some team leaders
      experienced the old buddy scheme, which became a box-ticking exercise. Mentoring will
      be voluntary; an introductory briefing will explain what is different, and mentees
      will choose from three possible mentors after reading short profiles."""),
    P("""Power and hierarchy (mentor and organisation). If a mentor is senior in the mentee's own
      directorate, the mentee may fear information getting back to their manager. We will
      match across directorates, so a repairs team leader is mentored by someone from
      income or housing, and the contract will state clearly that mentors do not report on
      mentees."""),
    P("""Facilities and geography (organisation). Our staff work from three offices and on
      estates. Sessions can be held on Teams where travel is a problem, but at least the
      first meeting should be face to face, and we will book the quiet rooms in each office
      rather than meeting in open-plan areas where colleagues can overhear."""),

    P("Task 2"),
    P("2.1 Initiating a productive working relationship"),
    P("""The first contact sets the tone. Once matched, the mentor will email the mentee
      within a week, briefly introducing themselves and suggesting an informal first meeting
      over coffee rather than a formal session. Each mentor writes a short bio for the
      matching process covering their background, what they can offer and something
      personal, such as a hobby, which gives the mentee an early point of connection and
      evidence of the mentor's credibility."""),
    P("""At the first meeting, the mentor should concentrate on building rapport: finding
      common ground, showing genuine interest, matching the mentee's pace and tone, and
      listening more than talking. Open questions such as 'What made you apply for the team
      leader role?' help the mentee tell their story. Trust is built by explaining the
      boundaries of confidentiality honestly, by the mentor being open about their own
      early mistakes as a manager, and then by being reliable, turning up on time and doing
      what they said they would do. Agreeing together what the mentee hopes to get from the
      relationship, instead of the mentor arriving with an agenda, shows from the start that
      the relationship is mentee-led. A further method is a structured 'getting to know you'
      exercise, such as a simple lifeline where the mentee sketches the highs and lows of
      their career so far, which often surfaces values and motivations quickly."""),

    P("2.2 Contracting"),
    P("""Contracting is the process of agreeing, openly and at the outset, how the mentoring
      relationship will work. The rationale is that it creates clarity and safety: both
      parties know what to expect, what is confidential and what is not, and what will
      happen if things go wrong. It also balances power, which matters in an internal scheme
      where the mentor is usually more senior, and it gives a reference point to return to
      if the relationship drifts. Without a contract, misunderstandings about confidentiality
      are the most common way internal mentoring fails."""),
    P("""At Northgate contracting will happen at two levels. The three-way contract between
      mentor, mentee and the mentee's line manager covers the organisational purpose, time
      allowed, and the rule that the content of sessions is not shared with the manager.
      The two-way contract between mentor and mentee is agreed in the first formal session
      and covers: goals and expected outcomes; frequency, duration and location; the limits
      of confidentiality (risk of harm, fraud or gross misconduct); what records will be
      kept, where, and for how long under GDPR; how either party can end the relationship
      without blame; and how the arrangement will be reviewed. The process is that the
      mentor talks it through rather than handing over a form, both sign the scheme's
      template agreement, and it is revisited at the three-month review, because needs change
      as the mentee settles into their role."""),

    P("""Task 2.3: Safe and ethical practice. Safe and ethical mentoring means protecting the
      wellbeing of both people, respecting confidentiality and acting within the law and a
      recognised code of ethics. Our mentors will sign up to the EMCC Global Code of Ethics,
      which covers working within competence, managing conflicts of interest, and
      maintaining appropriate boundaries. Relevant legislation includes the Equality Act 2010,
      so mentors must not discriminate and should make reasonable adjustments, for example
      providing written summaries for a mentee with dyslexia, and the Data Protection Act
      2018 in relation to records. Ethical issues that could arise at Northgate include a
      mentor learning about a conflict between the mentee and another manager they know
      well, a mentee disclosing something about a tenant's safety, or a mentee becoming too
      dependent on the mentor. Safe practice means meeting in suitable private but not
      isolated rooms, following the lone working policy for any meeting outside our offices,
      and using Teams securely with cameras on and nobody else in the room. Mentors also
      need to recognise when mentoring is not appropriate, for instance if a mentee is in
      crisis or the issue is really a performance or disciplinary matter, and refer on to HR,
      occupational health or the employee assistance programme."""),

    P("Task 3"),
    P("3.1 Managing the mentoring process – the TGROW model"),
    P("""I propose the TGROW model (an extension of Whitmore's GROW model), which adds a
      Topic stage at the beginning. A session would open with the Topic, where the mentee
      outlines what they want to discuss; then the Goal for this conversation; Reality, an
      honest exploration of the current situation; Options, where the mentee generates
      possible approaches; and Will (or Way forward), where they commit to actions and
      timescales. Across the whole relationship the model can be applied at a higher level,
      with the first session agreeing the overall goals and later sessions working through
      reality and options for each."""),
    P("""For example, a new income team leader might bring the topic of a team member who is
      persistently late. The goal might be to feel confident holding the first informal
      conversation; reality would cover what has been tried and the relevant policy;
      options might include a one-to-one, involving HR, or adjusting start times; and the
      will stage would end with the team leader planning and rehearsing the conversation
      for the following week."""),
    P("""The strengths of TGROW are that it is simple, widely known, gives a new mentor a
      clear structure, and keeps the mentee in charge of solutions. Its limitations are that
      it can become mechanical, with mentors rushing through stages, and it is less suited
      to longer-term career or values-based conversations, where Clutterbuck's
      developmental approach may suit better. Mentors will be trained to use it flexibly as
      a guide rather than a script."""),

    P("3.2) Tools and techniques to identify preferences and agree goals"),
    P("""I propose four tools which together help understand the mentee's needs and
      preferences and turn them into agreed goals."""),
    B("""Team leader self-assessment: a questionnaire based on our leadership behaviours,
      where mentees rate themselves from one to five. Their line manager's view can be added
      with permission. Gaps between the two ratings are good starting points for goals."""),
    B("""Learning styles discussion: using Honey and Mumford's questionnaire as a prompt
      rather than a label, to explore how the mentee prefers to learn. An activist might
      learn best by trying a new approach at the next team meeting and reviewing it, while a
      reflector may prefer to observe an experienced manager first."""),
    B("""Wheel of work life: the mentee scores satisfaction across eight areas such as
      workload, relationships with the team, confidence and development. It is visual,
      quick and often reveals priorities the mentee had not put into words."""),
    B("""SMART goal setting: once priorities are clear, goals are written to be specific,
      measurable, achievable, realistic and time-bound, for example 'to complete
      probation reviews for all five new starters on time by the end of March, using the
      HR template without needing to ask for help'."""),
    P("""These tools take account of individual preferences because the mentee chooses which
      to use and how, and the results belong to them rather than being a formal
      assessment. For a mentee who is anxious about written tasks, the wheel can be done
      verbally."""),

    P("3.3 Monitoring and reviewing progress towards goals"),
    P("""Monitoring progress keeps the mentoring purposeful. I propose three methods. The first
      is reviewing actions at the start of every session, which is quick and keeps
      momentum, though it relies on the mentee's own account. The second is repeating the
      self-assessment or wheel at the three-month and six-month points; comparing scores
      gives a measurable picture of change and is motivating to see, but it is still
      self-reported. The third is feedback from others, such as the mentee asking their team
      for feedback through a short pulse survey after six months; this is more objective
      and ties progress to the actual workplace, but must be handled sensitively and the
      mentee must own the results. Combining the methods gives both the mentee's reflection
      and evidence from outside, and the mentee's reflective log between sessions links
      the two together. A final review meeting closes the relationship by comparing outcomes
      with the goals in the original agreement."""),

    P("Task 4"),
    P("4.1 Why mentors need to keep records"),
    P("""Records serve both parties. For the mentee, session notes and action plans track
      progress towards goals, provide evidence for their own development review and help
      them reflect between meetings. For the mentor, records support continuity between
      sessions spaced a month apart, allow reflection on their own practice and provide
      material for supervision. For the organisation, anonymised records show that the
      scheme is working. The types of record in our scheme are the mentoring agreement,
      the self-assessment and other diagnostics, brief session records with agreed actions,
      the mentor's reflective log, feedback forms and the end-of-scheme evaluation."""),
    P("""Best practice is to record facts and agreed actions rather than opinions, to agree
      with the mentee what is written and let them see it, and to keep only what is
      necessary. Under UK GDPR and the Data Protection Act 2018 personal data must be
      processed lawfully, kept secure and retained no longer than necessary. Mentoring
      records will therefore be stored in a restricted folder on SharePoint, never on
      personal devices or in email attachments, and deleted twelve months after the
      relationship ends, in line with our retention schedule. Mentors should also remember
      that mentees can make a subject access request, which is another reason to write
      records as if the mentee will read them."""),

    P("4.2 Reflective practice and supervision"),
    P("""Reflective practice is the process of thinking critically about our own experience
      in order to learn from it. Schön (1983) distinguishes reflection-in-action, adjusting
      during a session, from reflection-on-action afterwards. Gibbs' (1988) reflective
      cycle gives a structure: description, feelings, evaluation, analysis, conclusion and
      action plan. For a mentor, reflecting after each session on what worked, how they
      felt and what they would do differently turns experience into improvement and feeds
      directly into their CPD plan."""),
    P("""Supervision is a formal, regular space where the mentor reviews their practice with a
      more experienced practitioner. Hawkins and Shohet (2012) describe its functions as
      developmental, resourcing and qualitative: it develops skills, supports the mentor's
      own wellbeing and protects standards. Professional bodies such as the EMCC expect
      mentors to have regular supervision. At Northgate our mentors will meet in group
      supervision every quarter with an external supervisor."""),
    P("""If mentors do not reflect or receive supervision the risks are significant. They may
      repeat the same mistakes, slip into telling rather than mentoring, or miss their own
      biases. Ethical dilemmas may be handled alone and badly, for instance a mentor keeping
      a disclosure confidential when it should have been escalated. Mentors can also carry
      the emotional weight of difficult conversations without support, leading to burnout,
      and the quality of the scheme could decline without anyone noticing until a complaint
      is made. Reflection and supervision are therefore not optional extras but what keep
      mentoring safe and effective."""),

    P("References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("EMCC Global (2021) Global Code of Ethics for Coaches, Mentors and Supervisors. Available at: www.emccglobal.org (accessed 10 January 2025)."),
    P("Gibbs, G. (1988) Learning by Doing: A Guide to Teaching and Learning Methods. Oxford: Further Education Unit."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    P("Megginson, D., Clutterbuck, D., Garvey, B., Stokes, P. and Garrett-Harris, R. (2006) Mentoring in Action. 2nd edn. London: Kogan Page."),
    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="u301_numbered",
    unit="8587-301",
    kind="numbered-unstyled",
    files=[SourceFile("assignment.docx", BLOCKS)],
    labels={
        "1.1": "costing roughly £12,000 to replace",
        "1.2": "observe the scrutiny panel",
        "1.3": "easiest to overlook",
        "1.4": "old buddy scheme",
        "2.1": "simple lifeline",
        "2.2": "three-way contract",
        "2.3": "cameras on and nobody else in the room",
        "3.1": "persistently late",
        "3.2": "Wheel of work life",
        "3.3": "short pulse survey",
        "4.1": "subject access request",
        "4.2": "burnout",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Housing association manager, level 3; all Normal style, numbers typed, two answers open mid-paragraph.",
)
