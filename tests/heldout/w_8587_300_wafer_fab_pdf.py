"""8587-300 Understanding Good Practice in Coaching: a wafer fab shift manager's essay (PDF), unnumbered headings.

Hannah Whitfield is a production shift manager at a semiconductor wafer fab near Newport and
writes a report proposing coaching for the fab's shift team leaders. Her headings carry no
numbers at all and paraphrase the criteria in her own words ("Why coaching matters in a
fab", "What a coach does, and what a coach is not", ...), in the order of the tasks, so the
finder has to match them by meaning. Word saved as PDF. A references list and a signed
declaration at the end.

Planted (2): a technician she once tried to coach, by first name, in the barriers section
("Dewi"); and a coachee's personal e-mail address, quoted in the records section as an
example of what went wrong ("g.morse83@btinternet.com").

Clean but tricky: her own name (cover line, declaration); theorists and authors in prose and
references (Whitmore, Starr, Downey, Hawkins and Shohet, Gibbs); the EMCC and ICF, UK GDPR;
job titles (Fab Manager, shift manager, team leader, data protection officer); places
(Arizona and Germany); "C shift"; GROW and SMART.
"""

from corpus.case import B, Case, H, P, SourceFile

ESSAY = [
    H(0, "Coaching on the Fab Floor"),
    P("""A proposal for a team leader coaching programme. ILM Level 3 Certificate in Effective
      Coaching and Mentoring, Unit 300. Hannah Whitfield, Production Shift Manager (C shift)."""),

    H(1, "Introduction"),
    P("""Our fab runs round the clock on four shifts of twelve hours. Each shift has four team
      leaders who are responsible for the operators and technicians in their bay, and almost
      all of them were promoted because they were the best technicians, not because anyone
      showed them how to lead. The Fab Manager has asked the shift managers for ideas on
      developing them. This report makes the case for coaching, describes what a coach does and
      needs, how to start and contract a coaching relationship safely, which model and tools
      I would use, and how coaching would be recorded, reflected on and supervised."""),

    H(1, "Why coaching matters in a fab"),
    P("""Coaching, as Whitmore (2017) puts it, is unlocking a person's potential to maximise their
      own performance: helping them to learn rather than teaching them. It is usually shorter
      and more focused on performance than mentoring, and the coachee, not the coach, supplies
      the answers. In our fab the purpose is very practical. Team leaders make decisions every
      hour that affect yield, such as whether to hold a lot or run it, and when something goes
      wrong at three in the morning there is nobody senior on site to ask. Coaching would help
      them think decisions through for themselves and build the confidence to make a call. It
      also fits the way the industry already works: a fab runs on root cause analysis and
      continuous improvement, and a coaching conversation is really the same discipline
      applied to people. Finally, it is about keeping them. Two team leaders left last year for
      the new fabs in Arizona and Germany, and in their exit interviews both said they had
      stopped learning. Coaching is a cheap way of showing people we are investing in them."""),

    H(1, "What a coach does, and what a coach is not"),
    P("""A coach helps the coachee to set goals, explore the situation honestly, find their own
      options and commit to action, and then holds them accountable for it. That is different
      from the roles people here are used to. A trainer teaches a known procedure, such as how
      to run a tool qualification. A mentor, usually more senior, shares experience and gives
      advice. A line manager directs and judges performance. A coach does none of these: their
      expertise is in the process of the conversation, not in the answer. This matters because
      if a shift manager coaches their own team leader, the team leader will hear every
      question as a hint about what the boss wants. For that reason I propose that shift
      managers coach team leaders on a different shift."""),
    P("The coach's responsibilities change through the relationship:"),
    B("""At the start: make contact, explain what coaching is and is not, agree the contract
      with the coachee and with the coachee's shift manager, and check the coachee actually
      wants to be coached rather than being sent."""),
    B("""During: run sessions to an agreed structure, keep to time, ask rather than tell, give
      honest feedback, keep records, hold confidentiality within the agreed limits, and
      refer on anything outside coaching, for example stress or a health problem, to HR or
      occupational health."""),
    B("""At the end: review progress against the goals, help the coachee plan how they will keep
      developing without a coach, close the relationship properly, and ask for feedback on
      their own coaching."""),
    P("""A coach in our setting also has a boundary that an external coach would not: we are all
      bound by the fab's safety rules, so if a coachee says something that shows an unsafe
      practice on the floor, the coach cannot keep it to themselves."""),

    H(1, "What a good coach needs to know, do and be"),
    P("""Knowledge: a coach needs to know at least one coaching model well, the tools they will use,
      the ethical codes (the EMCC and ICF both publish one), the limits of their own competence
      and where to refer, and enough about the fab to understand the coachee's world, though
      not so much that they start solving the problem for them. Skills: active listening,
      including listening for what is not said; asking open, short questions; summarising and
      reflecting back; giving feedback that is specific and balanced; using silence; and
      helping someone turn a vague wish into a goal they can measure. Behaviours: patience,
      curiosity, being non-judgemental, keeping promises and confidences, believing that the
      coachee can find the answer, and modelling the behaviour we want, such as turning up on
      time to a session even in the middle of a tool-down crisis. This last one is harder than
      it sounds on a fab floor, where the instinct is always to fix it now."""),

    H(1, "What gets in the way, and what to do about it"),
    P("""The first barrier is the coach's own habit of fixing. Our managers are engineers. When
      a team leader describes a problem, the manager has usually solved it before the
      sentence ends. The way round this is training and practice: a two-day coaching skills
      course, then coaching in pairs with an observer who counts how many times the coach
      gave an answer instead of asking a question."""),
    P("""The second barrier is how the coachee sees it. When I tried to coach Dewi on his shift
      handovers last year he assumed he was in trouble, because the only one-to-ones he had
      ever had were about problems. He was polite and said very little. To get past this,
      coaching has to be offered, not imposed, explained properly at the start, and kept
      separate from performance management, with the coach from another shift."""),
    P("""The third barrier is organisational: time and shifts. Team leaders cannot leave the floor
      during a shift and nobody wants to stay on after twelve hours. I propose sessions on
      the day shift's first training day of each rotation, which already exists for
      safety briefings, with an hour ring-fenced and the cover built into the rota. The
      Fab Manager has to be seen to support it, which means protecting that hour even when
      output is behind."""),

    H(1, "Getting started with a coachee"),
    P("""The first contact should come from the coach, in person at shift handover, and not in an
      e-mail from HR that looks like an instruction. The first meeting is a chemistry
      conversation of about half an hour in the canteen or a meeting room away from the bay,
      to explain what coaching is, hear what the coachee hopes for, and let either side say
      no without any consequence. Rapport comes from being genuinely interested, matching the
      coachee's pace and language, and finding common ground; in a fab that is often the
      shared experience of a bad night on the tools. Trust takes longer. It is built by
      keeping to the time agreed, doing what you said you would, never repeating what the
      coachee said, and being open about your own mistakes. I tell people about the time
      I scrapped a whole lot of wafers by skipping a check, because it shows them that
      admitting mistakes is safe here."""),

    H(1, "Why we contract, and how"),
    P("""A contract sets out what coaching is for and where its limits are, so that nobody is
      surprised later. Without one, a team leader might think the coach is reporting back
      to their shift manager, or the shift manager might expect a report on what was said.
      Both misunderstandings would end the coaching. Contracting also protects the coach,
      because it records what was promised about confidentiality and what was not."""),
    P("""The process I propose has three steps. First, a three-way conversation with the coachee and
      their shift manager to agree the broad purpose, for example "become confident making
      lot disposition decisions on nights", and what the manager will and will not be told.
      Second, a one-to-one conversation in the first session to agree the details. Third, a
      short written agreement signed by both, with the three-way purpose attached. The content
      would be: goals, number and length of sessions (six sessions of an hour over three
      months), where and when, how to cancel and rearrange, confidentiality and its limits
      (safety, legal, or risk of harm), what records are kept, where and for how long, and
      how either side can end the arrangement early without blame. The shift manager receives
      only dates and attendance, never content, unless the coachee chooses to share it."""),

    H(1, "Keeping coaching safe and ethical"),
    P("""Safe and ethical coaching means, first, confidentiality with clear, agreed exceptions. In
      our case the exceptions are a safety issue, such as someone bypassing an interlock,
      anything illegal, and a risk of harm to the coachee or others. Second, avoiding conflicts
      of interest: no one coaches someone they manage, rate in the annual review, or are
      related to. Third, staying within competence: a coach who hears about a mental health
      problem or a grievance stops coaching on that topic and refers the coachee to HR or
      occupational health. Fourth, respecting difference: our team leaders include people from
      eleven countries and several faiths, and session times need to work around prayer,
      family and shift patterns. Fifth, physical safety: sessions in a meeting room with a
      glass panel, never in the cleanroom gowning area, and never after a night shift when
      the coachee is exhausted. Coaches would follow the EMCC Global Code of Ethics and be
      supervised, which I come back to at the end."""),

    H(1, "Running the process: the GROW model"),
    P("""I propose the GROW model (Whitmore, 2017) because it is simple, our engineers will find its
      logic familiar, and it works in one hour. Goal: what does the coachee want from this
      session and from the coaching overall? Reality: what is happening now, with facts and
      not opinions, which in a fab can include yield data. Options: what could they do,
      listing as many as possible before judging any. Will: what will they do, by when, and
      how committed are they out of ten. For example, a team leader who wants to stop being
      called back to the bay on every break might set a goal of handling one break without
      interruption, find in the Reality stage that two operators call him because they do
      not trust the new spec sheet, generate options from retraining to a buddy system, and
      commit to a five-minute huddle at the start of the next shift. Managing the wider
      process means using GROW across the whole programme too: the overall goal in the first
      session, a reality check of progress at the midpoint, and a final review of what was
      achieved. GROW's strengths are its simplicity and flexibility. Its weakness is that a
      coach in a hurry can rush from the Goal to the Will and skip the Reality, turning
      it into a to-do list, and it says little about emotions or about the relationship.
      Coaches will be trained to spend most of the time in Reality and Options."""),

    H(1, "Tools for finding out preferences and agreeing goals"),
    P("""Three tools would be used. First, a short preferences questionnaire at the chemistry
      meeting: how the coachee likes to learn, whether they prefer to think aloud or go away
      and reflect, and what has helped them in the past. It is quick and tells the coach how
      to pitch the sessions. Second, a wheel of leadership with eight spokes taken from our
      team leader competency framework (safety, quality, people, communication, and so on).
      The coachee scores each from one to ten, which makes it easy to pick the one or two
      areas that matter most and becomes a baseline to come back to later. Third, a
      360-degree feedback survey from the coachee's operators, peers and manager, which gives
      a view the coachee cannot get alone and often brings a blind spot to the surface.
      Goals are agreed from these using SMART, and written in the coachee's own words."""),

    H(1, "Keeping track of progress"),
    P("""Progress would be monitored in three ways. At the start of every session the coachee
      reviews the actions they committed to last time, which keeps momentum and shows
      quickly if a goal was the wrong one. At the midpoint and the end the coachee rescores
      the wheel of leadership, so they can see movement in the areas they chose; this is
      self-assessment and can be flattering, so it is balanced by the third method, a short
      follow-up 360 survey at the end using the same questions as the first one. Where a goal
      has a hard measure, such as fewer lots put on hold by a team leader's shift, we can also
      use the fab's own data, which is the most objective of all but only suits some
      goals."""),

    H(1, "Why keep records"),
    P("""Records are needed for the coach, the coachee and the organisation. The coach's records
      are the signed agreement, a brief note of each session with the goal, main points and
      actions, and the coach's own reflections. The coachee keeps their own action notes and
      their wheel and 360 results. The organisation needs only a record that sessions took
      place, for the training budget and for audit. Records let both people see progress,
      keep sessions from going round in circles, and protect everyone if there is ever a
      dispute about what was agreed. Best practice is to record facts, not judgements, write
      nothing you would not be happy for the coachee to read, and keep everything secure
      under UK GDPR, only for as long as needed, which I suggest is one year after the end.
      Notes should be held in a restricted folder on the company network and never on
      personal devices or accounts. I have seen what goes wrong: a coaching note from an
      earlier scheme was forwarded by mistake to a coachee's home address,
      g.morse83@btinternet.com, and we had to report it to the data protection officer."""),

    H(1, "Reflecting and supervision"),
    P("""Reflective practice means looking back at what happened in a coaching session, what the
      coach did and why, and what they will do differently, using a structure such as
      Gibbs' cycle. It matters because coaches, like anyone, develop habits without
      noticing, such as always steering toward the same type of solution. An engineer who
      does not reflect on why a tool failed will see it fail again; a coach who does not
      reflect will keep asking leading questions and never know. Supervision is a regular,
      confidential conversation with an experienced coach about one's coaching. Hawkins and
      Shohet describe its functions as developmental, resourcing and qualitative: it builds
      skill, supports the coach, and protects the quality of the work and the coachee.
      Without it, a coach can become over-involved, miss a sign that a coachee needs
      referring, or carry worries alone. In an organisation where coach and coachee share a
      workplace and a canteen, supervision is also where a coach can test ethical dilemmas
      before they become a problem. I propose monthly group supervision for the internal
      coaches, led by an external supervisor, and that each coach keeps a reflective log."""),

    H(1, "Conclusion"),
    P("""A small pilot of eight team leaders, coached by shift managers from other shifts, using
      GROW, a wheel, a 360 and proper contracting, records and supervision, would cost little
      and could be running by the autumn."""),

    H(1, "References"),
    P("Downey, M. (2003) Effective Coaching. 3rd edn. London: Texere."),
    P("EMCC Global (2021) Global Code of Ethics for Coaches, Mentors and Supervisors."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Starr, J. (2021) The Coaching Manual. 5th edn. Harlow: Pearson."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),

    P("""Declaration: I confirm that this assignment is my own work and that all sources are
      acknowledged. Signed: Hannah Whitfield   Date: 9 May 2025"""),
]

CASE = Case(
    name="w_8587_300_wafer_fab_pdf",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("HWhitfield_Unit300_Coaching.pdf", ESSAY)],
    labels={
        "1.1": "a fab runs on root cause analysis and continuous improvement",
        "1.2": "shift managers coach team leaders on a different shift",
        "1.3": "modelling the behaviour we want, such as turning up on time",
        "1.4": "counts how many times the coach gave an answer",
        "2.1": "the shared experience of a bad night on the tools",
        "2.2": "The shift manager receives only dates and attendance",
        "2.3": "never in the cleanroom gowning area",
        "3.1": "skip the Reality, turning it into a to-do list",
        "3.2": "pick the one or two areas that matter most",
        "3.3": "this is self-assessment and can be flattering",
        "4.1": "write nothing you would not be happy for the coachee to read",
        "4.2": "will keep asking leading questions and never know",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Dewi", "g.morse83@btinternet.com"],
    },
    about="Wafer fab shift manager's 300 essay PDF with unnumbered headings that paraphrase the criteria in order; a technician's first name in the barriers section and a coachee's personal e-mail in the records section; theorists, codes, places, job titles clean.",
)
