"""8587-300 Understanding Good Practice in Coaching: a container terminal's training manager, DOCX.

Marcus Oduya is operations training manager at a deep-sea container terminal (quay cranes,
straddle carriers, a gate complex and a ship-planning office) and proposes coaching for newly
promoted vessel supervisors. His Word report uses heading styles throughout: Heading 1 for
five "Part" headings of his own, Heading 2 for criteria labelled every which way ("AC1.1",
"1.2/1.3", "AC 1.4 -", "3.1", "AC4.1"). It opens with a contents table giving each part's
ACs and a page. Part 3 answers "AC 2.1, 2.2 and 2.3" under one heading, one paragraph
after another with no sub-headings, and the contracting paragraphs already talk about
confidentiality before the ethics paragraph (2.3's label is in the ethics paragraph). 1.2
and 1.3 share a heading, role and responsibilities in two paragraphs, then skills,
knowledge and behaviours. 1.4 is a barriers table (label in a cell). In Part 4, 3.3 comes
before 3.2. 4.2 runs over two paragraphs, reflection then supervision, label in the second.
Signed declaration.

Clean: "Coachee A", supervisors and managers by role. Not identifying: the learner's own
name, GROW, Whitmore, Kolb, Hawkins and Shohet, the EMCC, the Association for Coaching,
the Equality Act, UK GDPR, Honey and Mumford.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 300: Understanding Good Practice in Coaching within an Organisational Context"),
    P("Learner: Marcus Oduya    Role: Operations Training Manager    Date: 14 November 2025"),

    H(1, "Contents"),
    T(["Part", "Assessment criteria", "Page"],
      ["Part 1 - Why coaching, and what a coach does", "AC 1.1, 1.2, 1.3", "2"],
      ["Part 2 - What could stop it working", "AC 1.4", "3"],
      ["Part 3 - Starting a coaching relationship properly", "AC 2.1, 2.2, 2.3", "3-4"],
      ["Part 4 - Running the coaching", "AC 3.1, 3.2, 3.3", "5"],
      ["Part 5 - Records, reflection and supervision", "AC 4.1, 4.2", "6"]),

    H(1, "Part 1 - Why coaching, and what a coach does"),
    H(2, "AC1.1 The purpose of coaching at the terminal"),
    P("""Our terminal handles around a million containers a year across four deep-sea berths. Each
      vessel call is run by a vessel supervisor, who is responsible for the crane gangs, the
      straddle carrier drivers feeding them, the lashers, and for keeping to the crane
      productivity the shipping line has been promised. Vessel supervisors are promoted from
      crane drivers and straddle drivers. They are technically excellent but they are now
      making decisions about people, safety and money at two in the morning with a ship's
      master on the radio."""),
    P("""The purpose of coaching here is to help these new supervisors think through their own
      performance and find their own answers, rather than being told. Coaching is short-term,
      focused on goals the coachee sets, and uses questioning rather than advice. For the
      organisation, the aim is to shorten the time it takes a new supervisor to run a vessel
      confidently, to reduce the number of supervisors who step back down within a year, and
      to improve the quality of the decisions made on the quay. Our shipping line customers
      judge us on moves per crane hour, and most of the lost hours we can
      trace back to a supervisor who was not confident to make a call. It also fits the
      company's people plan, which commits us to growing our own leaders from the quay."""),

    H(2, "1.2/1.3 Role and responsibilities; skills, knowledge and behaviours"),
    P("""The role of a coach is to help the coachee reach their own goals by asking, listening and
      reflecting back, not by instructing. A coach is not the coachee's line manager, who
      sets targets and handles performance, and not a trainer, who teaches the terminal
      operating system or the lifting plan. Nor is the coach a mentor passing on their own way
      of running a vessel; a coach from the gate or the rail terminal can coach a vessel
      supervisor well precisely because they don't know the answer. The coach must also know
      the boundaries of the role, and if a coachee brings something that needs counselling or
      occupational health, refer them on."""),
    P("""The coach's responsibilities change across the relationship. At the start, they arrange
      a first meeting, explain what coaching is, and agree a contract with the coachee and
      the sponsor. During the coaching, the coach keeps sessions to time and on the coachee's
      agenda, uses a model to give structure, challenges when the coachee is avoiding
      something, and keeps confidentiality. At the end, they review progress against the
      goals with the coachee, feed back the agreed outcomes to the sponsor, and close the
      relationship so the coachee does not come to depend on them, which is the one
      responsibility our older managers would forget."""),
    P("""Skills: active listening, open and probing questions, summarising and reflecting back,
      building rapport quickly with people on shifts, giving and receiving feedback, helping
      to set SMART goals, and managing time in a session. Knowledge: at least one coaching
      model (we use GROW), the difference between coaching, mentoring and managing, the
      terminal's people policies and where to refer, the ethics code we follow, and enough
      understanding of the vessel supervisor job to follow what the coachee is talking about.
      Behaviours: patience, curiosity, being non-judgemental, reliability, confidentiality,
      and holding back from giving the answer. On a terminal where everyone's instinct is to
      fix things fast, that last one is the hardest behaviour for a coach to learn."""),

    H(1, "Part 2 - What could stop it working"),
    H(2, "AC 1.4 - Barriers to coaching and how to overcome them"),
    P("""I have looked at barriers from the coach's side, the coachee's and the organisation's."""),
    T(["Barrier", "Who it affects", "How we will overcome or reduce it"],
      ["Twelve-hour shifts on a four-on four-off pattern; coach and coachee rarely on at the same time",
       "Coach and coachee", "Pair coaches and coachees on the same shift crew where possible; otherwise meet in the hour after handover, paid as training time"],
      ["Vessel delays and weather stoppages mean sessions get cancelled at short notice",
       "Organisation", "Sessions booked in the gap between vessel windows and moved, never dropped; the shift manager agrees cover in advance"],
      ["Coachees see coaching as a sign they are struggling",
       "Coachee", "Every new vessel supervisor is offered coaching as standard in their first six months"],
      ["Coaches slip into telling, because they were crane drivers too",
       "Coach", "Coaches are trained in the model and have supervision; I observe one session each quarter"],
      ["Worry that what is said gets back to the operations manager",
       "Coachee", "A three-way contract that is clear about what is reported and what is not"]),

    H(1, "Part 3 - Starting a coaching relationship properly"),
    H(2, "AC 2.1, 2.2 and 2.3"),
    P("""The first contact sets the tone. Coaches will not be allocated by letter. Instead, the
      coachee reads short profiles of three trained coaches and chooses one for an informal
      chemistry conversation of about half an hour. In that conversation the coach explains
      what coaching is and isn't, asks the coachee about their work and what they want to get
      from it, and listens far more than they talk. Using the coachee's own words back to
      them, matching their pace, and being honest about their own background all build
      rapport. If either of them does not think it will work, the coachee picks another coach,
      and nobody is told why."""),
    P("""The contract comes next, and the rationale for it matters. Coaching on a terminal involves
      three parties: the coach, the coachee and the operations manager who is paying for it in
      overtime and cover. If their expectations are not agreed at the start, the manager may
      expect reports on the coachee, the coachee may expect the coach to fix things with the
      manager, and the coach can end up in the middle. A contract protects the coachee,
      makes the coach's boundaries clear, and gives the organisation confidence that the
      time is well spent. It is also the basis for safe and ethical practice later."""),
    P("""The process has two stages. First, a three-way meeting of coach, coachee and operations
      manager to agree the broad aims, for example "run a mega-vessel call without needing
      the duty manager", and what the manager will hear back, which is attendance and
      whether the agreed aims were met, nothing else. Then the manager leaves, and coach and
      coachee agree the detail in a one-to-one contract: number and length of sessions
      (six sessions of an hour over four months), where they meet, how to cancel, the coachee's
      goals, confidentiality and its limits, how notes are kept and who sees them, and how the
      relationship will end. Both sign it, and it is reviewed at session three."""),
    P("""Safe and ethical practice starts with the physical setting. Nobody is coached on the quay,
      in a crane cab or in a vehicle, all of which are operational areas with moving plant;
      we use the training centre or the quiet room in the admin block, with a window in the
      door. Confidentiality is kept as contracted, with the limits written down: a risk to
      someone's safety, a safeguarding concern or a criminal act has to be passed on, and the
      coachee is told first where possible. Coaches declare conflicts of interest; no one
      coaches someone on their own crew, their partner or anyone whose promotion they might
      later decide. We follow the EMCC Global Code of Ethics and the company's equality,
      dignity at work and data protection policies, and under the Equality Act coaches make
      reasonable adjustments, such as sessions at a different time for a coachee with caring
      responsibilities."""),

    H(1, "Part 4 - Running the coaching"),
    H(2, "3.1 Managing the process using GROW"),
    P("""I propose the GROW model (Whitmore) to manage each session, inside the six-session
      structure set by the contract. Goal: what does the coachee want from this session, and
      how does it link to their overall goal? Reality: what is happening now, what have they
      tried, what is the evidence? Options: what could they do, including the ideas they
      would normally dismiss? Will: what will they do, by when, and how committed are they?"""),
    P("""The coach manages the process by keeping the session moving through the stages without
      rushing. For example, Coachee A in our pilot wanted to stop freezing when a second vessel
      arrived early and the berth plan fell apart. In Reality, the coach asked what had
      happened the last three times, and it turned out he never rang the ship planner
      because he thought it would look like he couldn't cope. Options included ringing the
      planner, asking the duty manager to set a standard early-arrival plan, and rehearsing the
      call. His Will was to ring the planner at the first sign of an early arrival and note
      what happened. Across the six sessions, the first is mostly Goal for the whole
      programme, the middle sessions cycle through GROW on current issues, and the last reviews
      progress and closes."""),

    H(2, "3.3 Monitoring and reviewing progress towards goals"),
    P("""The first method is reviewing actions at the start of every session: "Last time you said
      you would ring the planner. What happened?" This keeps the coaching tied to real
      change and shows the coachee the coach takes their commitments seriously. The second is
      scaling: the coachee rates where they are against their goal from one to ten at the
      first session, at session three and at the end, and explains each score, which shows
      progress the coachee might not notice day to day. The third is objective data. A
      vessel supervisor's crane moves per hour and delay codes are recorded for every
      vessel, and looking at their own figures before and after coaching helps the coachee
      see whether their decisions are changing anything on the quay. Finally, at the end the
      three-way review with the operations manager checks whether the agreed aims were met."""),

    H(2, "3.2 Tools and techniques"),
    P("""A wheel of work: the coachee rates their satisfaction with eight parts of the supervisor
      job, such as planning, handling the gangs, radio communication, safety decisions and
      dealing with the ship. The low scores show where they want to focus and help them choose
      goals that are theirs, not the organisation's."""),
    P("""A learning preferences questionnaire, such as Honey and Mumford, helps the coach understand
      whether the coachee likes to try things out, watch first, understand the theory or plan
      it through. A coachee who is an activist may want to try a new radio routine on the
      next vessel; a reflector may prefer to shadow another supervisor first. That shapes
      the options they agree."""),
    P("""Scaling questions and "miracle" questions help turn a vague wish into a goal. "If you came
      in tomorrow and the early-arrival problem had gone, what would you notice first?" helps
      a coachee describe what success looks like in concrete terms, which then becomes a
      SMART goal. Powerful open questions in general are the most used tool of all."""),

    H(1, "Part 5 - Records, reflection and supervision"),
    H(2, "AC4.1 The purpose of coaching records"),
    P("""For the coach, records are the contract, the goals and short notes after each session.
      They remind the coach what was agreed, let them see patterns across sessions, give them
      something concrete to take to supervision, and protect them if there is ever a
      complaint or a question about what was said. For the coachee, their copy of the goals
      and actions is their own record of progress, something to look back on when they
      doubt themselves, and evidence they can choose to bring to their annual review. The
      organisation only sees attendance. Records are personal data, so they are kept to the
      minimum, stored in a password-protected folder only the coach can open, and deleted a
      year after the coaching ends, in line with UK GDPR."""),

    H(2, "AC4.2 Reflective practice and supervision"),
    P("""Reflective practice is essential because coaching is a skill you can only get better at
      by looking at what you actually did. Using Kolb's cycle after a session, a coach asks
      what happened, why, what it means and what they will try next. Without it, a coach
      who is an ex-crane driver will keep giving advice and never notice. I would argue it is
      the difference between a coach with six years of experience and a coach with one year of
      experience repeated six times."""),
    P("""Supervision is just as important, and for a different reason: a coach cannot see their own
      blind spots. A coach may hear something difficult, become too close to a coachee, or be
      unsure whether to break confidentiality, and doing that alone is not safe for anyone.
      Supervision, using something like Hawkins and Shohet's seven-eyed model, protects the
      coachee, keeps the coach's practice ethical and supports the coach's wellbeing.
      Without it the programme would depend on coaches with no one watching their practice,
      and that is how harm happens. I will run group supervision for our coaches every six
      weeks, with one-to-one supervision from an external coach for anything sensitive."""),
    P("""Declaration: I confirm that this assignment is my own work. Marcus Oduya, 14 November 2025."""),
    P("""References: Whitmore, J. (2017) Coaching for Performance. Kolb, D. (1984) Experiential
      Learning. Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. EMCC
      (2021) Global Code of Ethics. Honey, P. and Mumford, A. (1992) The Manual of Learning Styles."""),
]

CASE = Case(
    name="r20c_300_container_terminal_docx",
    unit="8587-300",
    kind="structured-docx",
    files=[SourceFile("Oduya_Unit300_Coaching_Assignment.docx", BLOCKS)],
    labels={
        "1.1": "most of the lost hours we can trace back to a supervisor",
        "1.2": "so the coachee does not come to depend on them",
        "1.3": "the hardest behaviour for a coach to learn",
        "1.4": "Pair coaches and coachees on the same shift crew",
        "2.1": "chooses one for an informal chemistry conversation",
        "2.2": "what the manager will hear back, which is attendance",
        "2.3": "no one coaches someone on their own crew",
        "3.1": "he never rang the ship planner",
        "3.2": "satisfaction with eight parts of the supervisor job",
        "3.3": "looking at their own figures before and after coaching",
        "4.1": "evidence they can choose to bring to their annual review",
        "4.2": "a coach cannot see their own blind spots",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Container terminal training manager's 300 Word report with heading styles: contents table of parts and ACs, headings 'AC1.1'/'1.2/1.3'/'AC 1.4 -', 2.1+2.2+2.3 under one heading with confidentiality in contracting before ethics, barriers table, 3.3 before 3.2, supervision label in second paragraph.",
)
