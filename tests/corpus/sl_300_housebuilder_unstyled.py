"""8587-300 Understanding Good Practice in Coaching: a housebuilder's build manager, unstyled DOCX.

Rachel Dunmore is a build manager for a regional housebuilder and proposes coaching for
assistant site managers. Her Word file uses no heading styles: every line that looks like a
heading is a Normal paragraph with a typed number, and the numbers come in mixed forms:
"AC1.1", "1.2)", "1.3 & 1.4" (one line over skills and barriers, answered in separate
paragraphs below it), "Criterion 2.1", "Criterion 2.2", "2.3 -", "Q3.1", "3.2 & 3.3" (tools,
then monitoring, under one line), and "4.2)" answered before "4.1)". The model answer (OSKAR)
is four paragraphs long with its label in the third. An introduction and a conclusion name
every topic, the tools answer mentions goals and reviews in passing, and there is no
declaration. Clean: OSKAR's authors, NHBC, CITB, the company and the towns are not
identifying, and no assistant site manager is named.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Unit 300 – Understanding Good Practice in Coaching within an Organisational Context"),
    P("Rachel Dunmore – Build Manager, Hallam Homes (South Yorkshire region)"),
    P("Word count approx 2,400"),
    H(1, "Introduction"),
    P("""Hallam Homes builds around 600 homes a year in South Yorkshire across nine live sites. Each
      site has a site manager and one or two assistant site managers (ASMs). This paper proposes
      a coaching programme for ASMs and covers: the purpose of coaching for us, the coach's role
      and responsibilities, the skills, knowledge and behaviours needed, barriers, starting a
      coaching relationship, contracting, safe and ethical practice, a coaching model, tools for
      goals, monitoring progress, records, and why reflection and supervision matter."""),

    H(1, "AC1.1 Purpose of coaching at Hallam Homes"),
    P("""Coaching is a structured conversation that helps a person unlock their own performance by
      raising their awareness and responsibility, rather than being told what to do. The
      purpose of coaching here is to turn good ASMs into site managers who can run a site on
      their own. Our problem is that ASMs are promoted for being good at the technical side,
      but a site manager's job is mostly people: subcontractors, customers at handover, the
      NHBC inspector, sales. Last year two of our newly promoted site managers left within
      twelve months and both said they felt thrown in. Coaching will give ASMs time to think
      about how they handle people and pressure before they are in charge, which supports
      our aim of promoting from within and our build quality and customer satisfaction scores."""),

    H(1, "1.2) Role and responsibilities of the coach"),
    P("""The coach's role is to help the ASM set their own goals and find their own way to reach
      them, by asking questions, listening and challenging, not by giving the answers. This is
      different from the site manager's day-to-day instruction. Coaches will be experienced
      site managers from a different site to the coachee, trained on our two-day course."""),
    P("""Responsibilities at each stage: at initiation, to make contact, explain what coaching is
      and is not, and agree a contract; during the relationship, to turn up prepared, keep to
      time, hold the coachee to their own actions, keep confidences within the agreed limits,
      and keep brief records; at completion, to review progress against the goals, give and
      ask for feedback, and close the relationship properly rather than letting it fizzle out.
      Throughout, the coach must stay within their competence and refer on, for example to HR
      or the employee assistance programme, when something is not a coaching matter."""),

    H(1, "1.3 & 1.4 What a coach needs, and what gets in the way"),
    P("""Skills: active listening, open and probing questions, summarising, giving balanced
      feedback, and the discipline to stay quiet. Knowledge: a recognised coaching model,
      our build programme and the ASM competence framework, the limits of confidentiality,
      and where to refer. Behaviours: patience, being non-judgemental when an ASM admits a
      snagging list got out of hand, reliability, and believing the coachee can find the
      answer, which for a site manager used to firefighting is the hardest one."""),
    P("""Barriers. For the coach, time: a site manager with a handover deadline will cancel coaching
      first. We will get round this by booking sessions on the monthly build meeting day, when
      everyone is at head office anyway, and by the regional director making it clear that
      coaching time is protected. For the coachee, fear that what they say gets back to their
      own site manager; this is why coaches come from another site and the contract spells out
      what is shared. For the organisation, the cost of taking people off site in a busy year;
      we will start with a pilot of six pairs and measure retention and customer scores so
      the board can see a return before we roll it out."""),

    H(1, "Criterion 2.1 Getting started"),
    P("""The coach will phone the coachee within a week of being matched, then meet face to face at
      the coachee's own site, walking the plots first, because a site manager learns most about
      an ASM by seeing how they talk to the trades. Rapport is built by showing an interest in
      them and their career, matching their language, and sharing something of the coach's own
      early struggles. Trust is established by being clear at the first meeting about what is
      confidential and then sticking to it, and by doing what you said you would do. The
      coachee can ask for a different coach after the first session with no questions asked."""),

    H(1, "Criterion 2.2 Contracting"),
    P("""A contract is needed so that the coach, the coachee and the business all agree what the
      coaching is for and where its boundaries are. Without it an ASM might think their coach
      is reporting back on them, or a site manager might expect the coach to fix a problem
      ASM. The process: an initial chemistry conversation; a three-way meeting with the
      coachee's site manager to agree the broad aims; then a one-to-one conversation to agree
      the details privately; and both signing the agreement. The contract covers the
      purpose and goals, the number of sessions (six over six months), length and place,
      confidentiality and its exceptions such as a safety breach or a risk to someone, what
      the site manager and HR will and won't be told, records, cancellation, and how either
      party can end it. It is reviewed at session three."""),

    H(1, "2.3 - Safe and ethical practice"),
    P("""Coaches will work to the EMCC Global Code of Ethics. In practice that means: keeping
      confidentiality within the agreed limits; never coaching someone they line manage; being
      honest about what they are qualified to do and referring on; respecting the coachee's
      choices even if the coach would do it differently; avoiding conflicts of interest, such as
      coaching an ASM who is competing with their own ASM for a promotion; meeting in a site
      office or meeting room, not in the pub after work; and keeping notes secure. Health and
      safety comes first, so if a coachee describes an unsafe practice the coach will remind
      them of the limits in the contract and it will be reported."""),

    H(1, "Q3.1 Managing the coaching process – the OSKAR model"),
    P("""I propose the OSKAR model (Jackson and McKergow), a solution-focused model. It has five
      stages: Outcome, Scaling, Know-how, Affirm and action, Review."""),
    P("""Outcome: what does the ASM want to be different? Scaling: on a scale of 1 to 10, where are
      they now and where do they want to be? Know-how: what skills and resources do they
      already have, and when has it gone well before? Affirm and action: the coach notices what
      they are doing well, and they agree a small next step. Review: at the next session, what
      is better?"""),
    P("""I think it suits our site managers better than a problem-focused model because the
      construction culture is all about what is wrong, snags and defects and delays. Asking
      an ASM when a difficult subcontractor meeting went well, and what they did that time,
      gets them building on their own successes instead of picking over failures. The scale
      also gives a simple number that the coach and coachee can track from session to session."""),
    P("""The coach manages the process by knowing which stage they are at, not rushing to action
      before the outcome is clear, and keeping each session to the hour agreed. Over the six
      sessions the coach checks the overall outcome is still the right one at the midpoint."""),

    H(1, "3.2 & 3.3 Tools, and keeping track"),
    P("""Tools and techniques to identify preferences and agree goals: (1) a 360-degree feedback
      exercise from the coachee's site manager, two trades foremen and a sales adviser, which
      shows how others see them and often throws up a goal they had not thought of; (2) a
      learning preferences questionnaire at the first session, so the coach knows whether
      the ASM would rather talk it through, read or try things out on site; (3) the wheel of
      competence, a wheel drawn with eight segments from our ASM framework (programme, quality,
      health and safety, customer, people, commercial, and so on), which the coachee shades in
      and which turns into two or three SMART goals."""),
    P("""Monitoring and reviewing progress. First, every session starts with a review of the
      actions from the last one and where the coachee now puts themselves on the OSKAR scale,
      so progress is visible session by session. Second, a midpoint three-way review with the
      site manager at session three checks the goals still fit and whether others are
      noticing a change. Third, the wheel of competence is redone at the last session and
      compared with the first, which gives the coachee and the business an end measure."""),

    H(1, "4.2) Reflection and supervision"),
    P("""Reflective practice and supervision are not optional extras. A coach who does not reflect
      will keep using the same habits whether they work or not, and site managers' habit is to
      solve problems for people. Reflection after each session, even five minutes with a
      notebook, is how a coach notices they gave the answer again. Supervision protects the
      coachee as well as the coach: a coach can miss that they are being drawn into a dispute
      between an ASM and their site manager, or that a coachee is struggling with their mental
      health, and without supervision they carry that alone or handle it badly. It also keeps
      standards consistent across nine sites. I propose quarterly group supervision with an
      external qualified supervisor, which the pilot budget includes."""),

    H(1, "4.1) Records"),
    P("""The coach keeps the signed contract and a short note of each session: date, time, the
      topics in outline, the scaling score and the actions. The coachee keeps their own goals
      and actions. For the coach, records mean each session starts where the last one ended,
      show the pattern over time and are evidence if there is ever a complaint. For the
      coachee, seeing their scale go from 4 to 7 in writing is motivating. Best practice:
      notes are factual and brief, agreed with the coachee, stored in the coaching folder on
      the secure HR drive rather than in a site manager's van, kept in line with UK GDPR and
      deleted twelve months after the coaching ends."""),

    H(1, "Conclusion"),
    P("""A coaching programme for ASMs, with clear purpose, trained coaches, proper contracting,
      safe and ethical practice, the OSKAR model, good tools, regular monitoring, sensible
      records and supervision, will help us keep and grow our own site managers. I recommend
      a six-pair pilot starting in the spring."""),
    P("References: Jackson, P.Z. and McKergow, M. (2007) The Solutions Focus. Whitmore, J. (2017) Coaching for Performance. EMCC Global Code of Ethics (2021)."),
]

CASE = Case(
    name="sl_300_housebuilder_unstyled",
    unit="8587-300",
    kind="numbered-unstyled",
    files=[SourceFile("Rachel Dunmore 300.docx", BLOCKS)],
    labels={
        "1.1": "both said they felt thrown in",
        "1.2": "close the relationship properly rather than letting it fizzle out",
        "1.3": "admits a snagging list got out of hand",
        "1.4": "booking sessions on the monthly build meeting day",
        "2.1": "walking the plots first",
        "2.2": "expect the coach to fix a problem ASM",
        "2.3": "not in the pub after work",
        "3.1": "when a difficult subcontractor meeting went well",
        "3.2": "whether the ASM would rather talk it through, read or try things out",
        "3.3": "whether others are noticing a change",
        "4.1": "rather than in a site manager's van",
        "4.2": "how a coach notices they gave the answer again",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Housebuilder build manager's 300 as unstyled DOCX: typed numbers in mixed forms (AC1.1, 1.2), Criterion 2.1, 2.3 -, Q3.1), two combined lines ('1.3 & 1.4', '3.2 & 3.3') over separate paragraphs, 4.2 before 4.1, OSKAR answer label in 3rd of 4 paragraphs, intro and conclusion naming every topic, no declaration, clean.",
)
