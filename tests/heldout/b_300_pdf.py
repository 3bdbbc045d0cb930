"""8587-300 Understanding Good Practice in Coaching: a report saved as PDF.

A library service manager's report: cover page, a contents page listing every task,
headed sections, two criteria answered under one heading, sections whose answer runs on
for several paragraphs, one opening with a table. Anonymised: coachees are "Coachee A"
and "Coachee B"; the tutor, the centre's generic address, authors and places remain.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Coaching in Northshire Libraries"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring – Unit 8587-300 Understanding Good Practice in Coaching within an Organisational Context"),
    T(
        ["Learner", "Owen Price-Jones"],
        ["Registration number", "P9042217"],
        ["Tutor", "Sarah Lindqvist"],
        ["Centre", "Pennine Leadership College (enquiries@centre.example)"],
        ["Word count", "2,640"],
    ),
    H(1, "Contents"),
    P("Introduction"),
    P("Task 1.1 Purpose of effective coaching in the library service"),
    P("Task 1.2 Role and responsibilities of a coach"),
    P("Task 1.3 and 1.4 What a coach needs, and barriers"),
    P("Task 2.1 Starting a coaching relationship"),
    P("Task 2.2 Contracting"),
    P("Task 2.3 Safe and ethical practice"),
    P("Task 3.1 Managing the process: the GROW model"),
    P("Task 3.2 Tools and techniques"),
    P("Task 3.3 Monitoring and review"),
    P("Task 4.1 Records"),
    P("Task 4.2 Reflective practice and supervision"),
    P("References"),

    H(1, "Introduction"),
    P("""Northshire County Council runs 31 libraries, four mobile libraries and a local studies
      centre, with around 280 staff, many part-time. Since the service was restructured into
      hubs, 22 branch supervisors have become hub team leaders with larger, scattered teams.
      I am the service development manager and have been asked to set up a small internal
      coaching offer for them. This report explains how it will work."""),

    H(1, "Task 1"),
    H(2, "1.1 Purpose of effective coaching in the library service"),
    P("""Coaching, in Whitmore's (2017) phrase, is unlocking a person's potential to maximise
      their own performance: helping them to learn rather than teaching them. It is usually
      short-term and focused on specific goals, and the coachee does the thinking."""),
    P("""For us, coaching has three uses. It helps new hub team leaders handle situations they
      have never met, such as managing staff they cannot see every day. It supports the change
      programme, because people who find their own answers to the restructure are more likely
      to commit to them. And it builds a culture where supervisors ask rather than tell, which
      our staff survey says is missing: only 41% of frontline staff felt their ideas were
      listened to. The benefits for the organisation are better retention, faster adjustment
      to new roles and more confident decision-making at branch level, which matters when a
      manager may be forty miles away."""),

    H(2, "1.2 Role and responsibilities of a coach"),
    P("""The coach's role is to facilitate, not to advise. A coach helps the coachee set a goal,
      look honestly at their situation, generate options and commit to action, through
      questioning and listening. This differs from a mentor, who shares experience and may
      advise; a trainer, who transfers skills; and a line manager, who judges performance."""),
    P("""The responsibilities change through the relationship. At the start, the coach agrees a
      contract and clarifies boundaries, including that coaching is not appraisal. During the
      sessions they keep the focus on the coachee's agenda, hold them to account for actions,
      give honest feedback and keep records. At the end they review progress with the coachee
      and close properly, with the coachee owning what happens next. Throughout, they must
      recognise the limits of their competence and refer on, for example to the employee
      assistance programme, and they must never coach someone they line manage."""),
    P("""In practice this means a coach in our service is expected to protect the time they
      have promised, prepare for each session by re-reading the previous notes, and arrive
      with questions rather than answers. They are also expected to be honest when coaching
      is not the right intervention: a team leader who does not know the stock procedure
      needs training, not coaching, and the coach should say so and help them find it."""),

    H(2, "Task 1.3 and 1.4 What a coach needs, and barriers"),
    P("""Our coaches need three kinds of things. In knowledge, they need to understand at least
      one coaching model, the contracting process, data protection and the council's
      safeguarding policy, and the EMCC competence framework. In skills, they need active
      listening, open questioning, summarising, reflecting back, goal setting and concise
      record keeping. In behaviours, they need to be non-judgemental, curious, patient and
      trustworthy, and to resist the librarian's instinct to look things up for people."""),
    P("""I expect several barriers. For coaches, the barrier is time, because every hub is short
      of cover and coaching feels like a luxury. We will limit each coach to two coachees and
      agree with heads of service that sessions count as protected development time. For
      coachees, the barrier is suspicion: after the restructure some staff think coaching is a
      way of managing people out. We will explain clearly that coaching is voluntary and
      confidential, and that coaches cannot be in the coachee's line. For the organisation,
      the barrier is geography and facilities, because many branches have no private room; we
      will use the meeting room above Millbrook library and allow video sessions on Teams
      with cameras on."""),

    H(1, "Task 2"),
    H(2, "2.1 Starting a coaching relationship"),
    P("""Before the first session the coach sends a short profile about themselves, their
      background and why they coach. The first meeting is a chemistry session, thirty minutes
      with no obligation, in which coach and coachee decide whether they can work together.
      In that meeting the coach listens much more than they speak, shows genuine curiosity,
      matches the coachee's pace and language, and explains how coaching works. Trust is then
      built by keeping confidences and doing exactly what was promised."""),
    P("""A second method is to start from the coachee's own story. In the first full session
      the coach asks the coachee to talk through how they came to be in their role and what
      a good year would look like, and then reflects back what they have heard. This tells
      the coachee that their experience matters and gives the coach the language the
      coachee uses about their own work, which is useful later when agreeing goals. A third
      method, which suits our more reserved staff, is to send two or three questions to
      think about before the first session, so nobody is put on the spot."""),

    H(2, "2.2 Contracting"),
    P("""Contracting is where coaching succeeds or fails. Without it the coachee does not know
      what coaching is for, the manager may expect reports, and nobody knows what happens to
      notes. A contract makes expectations explicit and protects everybody."""),
    P("""The process has two stages. First there is a three-way meeting between coach, coachee
      and the coachee's line manager, which agrees the broad purpose and the number of
      sessions, and makes clear that the content of sessions stays confidential. The manager
      leaves, and the coach and coachee then agree their own contract."""),
    P("""That second contract covers goals, frequency (six sessions of an hour over four
      months), venue, cancellation (48 hours' notice), confidentiality and its limits,
      what records are kept, who can see them and how long they are kept, and how either
      party can end the coaching. We read it through together and both sign it; nobody signs
      something they have only skimmed."""),
    P("""We will revisit the contract at the third session, because by then the coachee knows
      what coaching feels like and may want to change something, such as moving from
      face-to-face to Teams. Coachee A, in the pilot, used that review to move sessions to
      Thursday mornings when her branch is closed."""),

    H(2, "2.3 Safe and ethical practice"),
    P("""Coaching will follow the EMCC Global Code of Ethics. Confidentiality has clear limits:
      safeguarding concerns about a child or adult at risk go to the council's designated
      officer. Coaches avoid conflicts of interest by never coaching someone in their own
      line or someone they are investigating. Sessions take place in private, accessible
      rooms, or on Teams with nobody else present, and notes are stored on the council's
      secure system. Under the Equality Act 2010 coaches make reasonable adjustments, for
      example providing questions in advance to a coachee with anxiety. Coaches work within
      their competence and refer on to occupational health or the employee assistance
      programme when personal issues come up."""),

    H(1, "Task 3"),
    H(2, "3.1 Managing the process: the GROW model"),
    P("""We will use GROW (Whitmore, 2017) because it is simple to learn and most of our
      team leaders have met it. Goal: what does the coachee want from this session and from
      the coaching overall? Reality: what is happening now, what have they tried? Options:
      what could they do? Will: what will they do, by when, and how committed are they?"""),
    P("""Across a programme, the first session focuses on the overall goal, middle sessions
      work through GROW on sub-goals, and the last session reviews outcomes. Coachee B, a
      new hub team leader, used it to tackle a rota that left two branches short every
      Saturday; after exploring options she chose to pilot a shared weekend pool. Its
      strength is simplicity; its limitation is that an inexperienced coach can rush to
      Options before the Reality is understood. OSCAR (Gilbert and Whittleworth, 2009) may
      suit later coaching because it adds review."""),

    H(2, "3.2 Tools and techniques"),
    T(
        ["Tool", "How it is used", "Preferences and needs"],
        ["Wheel of work", "Coachee scores eight areas of their role from 1 to 10 and picks one to work on",
         "Visual, quick, and the coachee chooses the priority"],
        ["Strengths cards", "Coachee sorts 40 cards into like me / not like me and discusses them",
         "Suits people who find it hard to talk about themselves"],
        ["Scaling questions", "'On a scale of 1 to 10, where are you now, and what would one point higher look like?'",
         "Quick to use in any session and on Teams"],
    ),
    P("""Each tool is chosen with the coachee, not imposed. In the pilot, Coachee A found the
      wheel too abstract but used the strengths cards to discover she enjoyed developing
      others, which became her goal."""),
    P("""The results of these tools are turned into goals in the coachee's own words and made
      SMART. We will also use Honey and Mumford's questionnaire where the coachee is curious
      about how they learn, but only as a prompt."""),

    H(2, "3.3 Monitoring and review"),
    P("""Progress is monitored in three ways. At the start of each session the coachee reports
      on their actions, which keeps momentum. The wheel or scale is repeated at the mid-point
      and at the end, so change is visible. And the coachee may ask for short feedback from a
      colleague of their choice, which adds an outside view. A final review compares
      outcomes with the goals in the contract."""),
    P("""These methods support progress in different ways. Reviewing actions every session
      is the quickest check and makes it obvious when a goal has stalled, so the coach can
      ask what is getting in the way. Repeating the wheel or scale shows movement that the
      coachee may not notice day to day, which helps motivation. Outside feedback is the
      most objective, but it depends on the coachee being willing to ask, and some of our
      team leaders will need encouragement. Where a goal has a number attached, such as
      reducing the backlog of reservations, the service's own performance figures can be
      used as well."""),

    H(1, "Task 4"),
    H(2, "4.1 Records"),
    P("""Records help the coach remember what was agreed and see progress across sessions,
      support supervision and show the service that coaching is worthwhile. For the coachee,
      their own notes and action plan help them keep commitments and reflect between
      sessions. Best practice is that notes are factual, minimal, shared with the coachee and
      kept securely in the council's restricted SharePoint area, never on personal devices,
      in line with UK GDPR and the Data Protection Act 2018. They are deleted twelve months
      after coaching ends unless the coachee asks for them sooner."""),
    P("""The records we will keep are the signed contract, the outputs of any diagnostic tools,
      a brief session note with agreed actions, the coach's reflective log and the feedback
      form the coachee completes at the end. The coachee keeps their own action plan and any
      notes they choose to make. Coaches will not record anything about third parties beyond
      what is essential, and will never use names of other staff in notes. If a coachee asks
      to see their record they can, and under data protection law they have a right to."""),

    H(2, "4.2 Reflective practice and supervision"),
    P("""Reflective practice means learning from experience by thinking it through; Kolb's
      cycle and Gibbs' model both give structure. Our coaches will keep a short reflective
      log after each session. Supervision, which Hawkins and Smith (2013) describe as having
      developmental, resourcing and qualitative functions, will happen every six weeks in a
      small group with an external supervisor."""),
    P("""I would argue both are essential rather than desirable. Coaching conversations are
      private, so nobody else sees the coach at work; reflection is the only way the coach
      learns from what they did. Supervision adds challenge that a coach cannot give
      themselves, support when a session has been hard, and a check that the coaching is
      ethical and of good quality. In the pilot, a supervision discussion helped one of our
      coaches realise that she had been avoiding a topic because it touched on her own
      experience of redundancy."""),
    P("""Without these a coach drifts back into advising, misses their own blind spots and can
      carry a difficult disclosure alone. In a service under pressure, an unsupervised coach
      could also slip into informal line management without noticing."""),

    H(1, "References"),
    B("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    B("Gilbert, A. and Whittleworth, K. (2009) The OSCAR Coaching Model. Worth Consulting."),
    B("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."),
    B("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    B("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    B("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("I confirm that this assignment is my own work. Owen Price-Jones"),
]

CASE = Case(
    name="b_300_pdf",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("Price-Jones 300 assignment.pdf", BLOCKS)],
    labels={
        "1.1": "only 41% of frontline staff",
        "1.2": "never coach someone they line manage",
        "1.3": "look things up for people",
        "1.4": "meeting room above Millbrook library",
        "2.1": "chemistry session",
        "2.2": "Thursday mornings when her branch is closed",
        "2.3": "council's designated officer",
        "3.1": "shared weekend pool",
        "3.2": "enjoyed developing others",
        "3.3": "colleague of their choice",
        "4.1": "restricted SharePoint area",
        "4.2": "informal line management",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Library manager's 300 report as PDF: contents page, two ACs under one heading, long sections, table-first section; clean.",
)
