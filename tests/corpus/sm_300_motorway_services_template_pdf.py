"""8587-300 Understanding Good Practice in Coaching: a motorway service area's operations manager, Word template saved as PDF.

Imran Qureshi is operations manager at a motorway service area (food court, shop, forecourt
and hotel reception, open 24 hours) and proposes coaching for its duty managers and shift
leaders. His centre's assignment template, filled in in Word and saved as PDF, has one table
per task. In each table every criterion has a printed prompt row (the AC number in the left
cell, the centre's guidance, paraphrasing the handbook task, in the right) and below it an
answer row ("Response" on the left, his answer on the right). Where an answer ran past the
bottom of a page Word carried the row on to the next page with an empty left cell: here
each such answer is two or three rows, and the labels for 1.2, 2.2 and 3.1 are in those
continuation rows. The printed prompts repeat every criterion's topic and are the
distractors. The template also has printed "Introduction" and "Conclusion" boxes, which he
filled with a paragraph touching every topic. 3.3 (monitoring and reviewing progress) is
not answered: his response box says he will finish it after his tutorial, and nothing else
explains how progress would be monitored, so 3.3 is None. The template's declaration row
is signed.

Clean: no coachee or colleague is named. Not identifying: his tutor named on the cover
where the form asks, the operator and the service area, the franchise brands' generic
descriptions, the motorway and junction, Whitmore, the EMCC and the ICF, the learner's own
name.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    P("Midshires Management Centre - ILM Assignment Template v4.2"),
    H(0, "Unit 8587-300 Understanding Good Practice in Coaching within an Organisational Context"),
    T(
        ["Learner name", "Imran Qureshi"],
        ["ILM registration number", "R-3318207"],
        ["Organisation", "Waymark Roadside Ltd, Lynford Gap Services (M62 J29a)"],
        ["Tutor", "Margaret Olufemi"],
        ["Date submitted", "2 May 2025"],
    ),
    P("""Instructions: complete every Response box. Do not delete the guidance text. Boxes will
      expand as you type. Suggested word count 2,500 - 3,500 words, not including appendices."""),

    H(1, "Introduction"),
    T(
        ["Guidance", "Introduce your organisation and the context for coaching (optional, not assessed)."],
        ["Response", """Lynford Gap is a two-sided motorway service area with a food court of six
         franchise outlets, a convenience shop, a fuel forecourt and a 60-room lodge. We employ
         about 140 people across three shifts, and I am the operations manager. Our duty managers
         and shift leaders are mostly promoted from the tills and the kitchens, and they get
         almost no development once they are promoted. I want to propose an internal coaching
         programme. In this assignment I cover the purpose of coaching for us, the coach's role,
         the skills, knowledge and behaviours needed, the barriers, how to start a coaching
         relationship and contract, safe and ethical practice, a model and tools, monitoring
         progress, records, and reflective practice and supervision."""],
    ),

    H(1, "Task 1 - Effective coaching within an organisational context"),
    P("""In this task you show your understanding of the concept of coaching and what it is to
      be a coach, and introduce the rationale for coaching to your organisation."""),
    T(
        ["AC 1.1", """Describe the purpose of effective coaching within your organisation. Refer to
         organisational as well as individual purposes."""],
        ["Response", """Coaching is a structured conversation, or series of them, in which the coach
         helps someone unlock their own performance by asking rather than telling. The coachee
         sets the agenda and owns the answers. For Lynford Gap the purpose is threefold. First,
         performance: our mystery shopper scores for the food court dropped from 86% to 74% last
         year, and the shift leaders who score best are the ones who manage their teams
         actively rather than working on the tills themselves. Coaching can help the others
         make that shift. Second, retention: replacing a duty manager costs us around a
         month's recruitment and training, and exit interviews keep saying "no one invested
         in me". Third, the night shift: night duty managers work on their own with no
         senior manager on site from 10pm to 6am, so they need to be able to think problems
         through for themselves, whether it is a fuel spill or a coach party arriving
         unannounced at 2am."""],
        ["AC 1.2", """Explain both the roles and the responsibilities of an effective coach, setting
         out what is expected of the coach at each stage from initiation to completion."""],
        ["Response", """The role of the coach is to help the coachee reach their own goals by
         creating space to think, asking good questions, listening, challenging and holding
         them to account for what they said they would do. The coach is not there to give the
         answers, to manage the coachee's performance or to be their friend. At Lynford Gap a
         coach would never coach someone in their own line.

         Responsibilities at initiation: agree with the coachee whether coaching is right for
         them, explain how it works, agree a contract and confirm with the coachee's line
         manager what the broad aim is."""],
        ["", """Responsibilities during the relationship: keep to the agreed dates and times
         (which on shifts is harder than it sounds), prepare for each session, keep the
         coachee focused on their goals, keep confidentiality within the agreed limits, keep
         brief records, and refer on anything outside coaching such as a health or money
         problem. Responsibilities at completion: review with the coachee what has been
         achieved against the goals, hand the ownership of further development back to the
         coachee and their manager, ask for feedback on the coaching, and close the
         relationship properly with a final session, so nobody is left wondering whether
         there is another session booked. Throughout, the coach is responsible for their
         own development, including supervision."""],
        ["AC 1.3", """Identify the key knowledge, skills and behaviours that coaches will need to
         carry out the role effectively."""],
        ["Response", """Knowledge: what coaching is and is not; a coaching model; our
         organisation, shift patterns and the franchise partners' standards; the limits of
         confidentiality; where to refer. Skills: active listening; open and probing questions;
         summarising and reflecting back; giving and receiving feedback; helping someone set a
         goal they can measure. Behaviours: patience, because a shift leader who has just
         come off a twelve-hour Saturday will not think clearly in the first ten minutes;
         being non-judgemental; keeping promises; respecting confidentiality; and modelling
         the calm that we want our managers to show when the queue is out of the door."""],
        ["AC 1.4", """Identify two or more potential barriers to coaching which may be met by the
         coach, the coachee and the organisation, and suggest ways to overcome or minimise
         them."""],
        ["Response", """Barrier for the coach: time and shifts. Coaches would be senior duty
         managers who also run shifts, so sessions get cancelled when someone rings in sick.
         To minimise this, sessions are booked on the rota as "coaching" and protected like a
         delivery slot. Barrier for the coachee: suspicion. Staff may think coaching is a
         polite word for a performance plan. We overcome this by making it voluntary, by
         launching it with people who are doing well, and by a clear contract. Barrier for
         the organisation: cost and the franchise partners, who pay some of our shift leaders
         through their own payroll and may not want to release them. I will ask the area
         director to fund the pilot centrally and invite the franchise managers to the
         launch so they can see what is in it for them."""],
    ),

    H(1, "Task 2 - Effective and ethical contracting"),
    P("""In this task you show that you understand how to start and develop effective coaching
      relationships with individuals and stakeholders, how and why contracting takes place,
      and what is meant by safe and ethical practice."""),
    T(
        ["AC 2.1", """Identify how coaches will commence coaching with an individual from the
         initial contact, and how they will build rapport and establish trust."""],
        ["Response", """Initial contact will be face to face, at the start of a shift, with a
         short explanation and a one-page leaflet, never by a note left in the pigeonholes.
         The first session is a "chemistry" meeting of about half an hour in the lodge
         meeting room, away from the food court, where both people decide whether they want
         to work together and the coachee can say no without any reason. Rapport is built by
         being genuinely interested in the coachee, matching their pace and language, and
         talking about their route into the job; trust is built by explaining confidentiality
         clearly and then keeping to it, by turning up when we said we would, and by letting
         the coachee choose the topics."""],
        ["AC 2.2", """Explain why effective contracting should take place between coach, coachee
         and, where appropriate, stakeholders, including the process of establishing the
         contract and its content."""],
        ["Response", """Contracting matters because it makes expectations explicit before anything
         goes wrong. Without it, a coachee might expect everything to be secret and then feel
         betrayed if a safety issue is raised with the duty manager; a line manager might
         expect a report after every session; and the coach might drift into solving the
         coachee's rota problems for them."""],
        ["", """The process I propose: an initial conversation about what coaching is; a
         three-way meeting with the coachee's line manager to agree the broad aim (for example
         "run a weekend shift without needing to call the operations manager"), after which
         the line manager steps out; then a written agreement between coach and coachee,
         discussed line by line and signed by both. The content covers the number and length
         of sessions (six sessions of an hour over three months), where they happen, how to
         rearrange, what is confidential and the exceptions (risk to safety, a crime,
         safeguarding), what records are kept and who sees them, how feedback reaches the line
         manager (only through the coachee), and how either party can end it early. Because
         we run 24 hours a day the agreement also says sessions will not be booked
         straight after a night shift, when nobody is at their best."""],
        ["AC 2.3", """Provide reassurance to the organisation by describing how coaching will be
         carried out in a safe and ethical environment."""],
        ["Response", """Coaches will work to the EMCC Global Code of Ethics and will be trained
         before they start. Safe and ethical practice here means: sessions in a private but not
         isolated room, with the door window clear; no coaching of anyone you line manage;
         confidentiality with clear exceptions that the coachee knows from the start;
         recognising when an issue is not a coaching issue (stress, debt, a safeguarding
         concern about a young worker on a night shift) and referring it to HR or the
         employee assistance programme instead; storing notes securely; treating everyone
         fairly whatever their background, which matters in a workforce that speaks
         fourteen languages; and coaches having supervision themselves. These safeguards
         protect the coachee, the coach and the company."""],
    ),

    H(1, "Task 3 - The coaching process within your workplace"),
    P("""In this task you show that you understand how effective coaching can be delivered using
      models, tools and techniques at each stage of the coaching process."""),
    T(
        ["AC 3.1", """Explain how to manage a coaching process, proposing a recognised model that is
         appropriate to your organisation and the individuals being coached."""],
        ["Response", """Managing the coaching process means looking after the whole relationship
         as well as each session: contracting at the start, a sequence of sessions that build
         on each other, a mid-point check, and a planned ending. Within each session I propose
         the GROW model (Whitmore), because it is simple to learn, fits into an hour, and our
         managers already half-know it from their franchise training."""],
        ["", """Goal: what the coachee wants from this session and from coaching overall.
         Reality: what is happening now, with facts, not opinions. Options: what they could do,
         generating as many options as possible before judging any of them. Will: what they
         will do, by when, and how committed they are on a scale of one to ten.

         An example: a shift leader who feels she cannot get the kitchen team to follow the
         cleaning schedule. Goal: the schedule completed and signed every shift for a month.
         Reality: it gets done on days she stays late to do it herself. Options: rota the
         tasks by name, a five-minute huddle, ask the franchise manager to back her, do
         nothing. Will: rota by name from Monday, huddle at 2pm, commitment 8."""],
        ["", """To manage the process the coach keeps the overall goals in view across
         sessions, opens each session by looking back at the previous Will, and watches for
         the coachee becoming dependent on the coach. If a coachee keeps bringing the
         same rota problem I would go back to Reality and ask what is really stopping
         them. In the last session we look back at the whole journey, not just the last
         fortnight, and agree how the coachee will keep going on her own."""],
        ["AC 3.2", """Describe three or more tools and techniques you propose to use to identify
         individual goals, taking into account individual preferences and needs."""],
        ["Response", """Wheel of life adapted as a "shift leader wheel": eight segments (team,
         customers, standards, stock, safety, rota, self, franchise relationship) that the
         coachee scores from one to ten; the low scores suggest where a goal might be and the
         coachee chooses which one to work on. A learning preferences conversation at the first
         session (I will not use a paid questionnaire): how they like to learn, whether they
         prefer to talk or to write things down, and whether they want homework. Scaling
         questions: "Where are you now on a scale of one to ten, and what would one point
         higher look like?", which turns a vague wish into a concrete goal. And a 360 pulse:
         three colleagues answer two questions about the coachee, which the coachee reads
         first and uses to choose goals. From these the coachee writes SMART goals on the
         agreement."""],
        ["AC 3.3", """Explain how you propose to monitor and review individual progress towards
         goals. Include a minimum of two methods."""],
        ["Response", """Not finished yet - I will complete this box after my tutorial with Margaret
         on the 9th and send the updated template before the deadline."""],
    ),

    H(1, "Task 4 - Recording, reflection and supervision"),
    P("""In this task you show your understanding of the role of record keeping, including legal
      considerations, interpret reflective practice in a coaching context, and make the case
      for supervision."""),
    T(
        ["AC 4.1", """Explain why coaches are required to document and maintain coach and coachee
         records, paying close attention to best practice."""],
        ["Response", """For the coach, records are the memory of the relationship: with
         sessions three weeks apart and a coach who is also running shifts, nobody remembers
         what was agreed unless it is written down. They also show the coach kept to the
         contract if there is ever a complaint, and they feed into the coach's own reflection
         and supervision. For the coachee, their own notes of actions and insights are a
         reference they can go back to between sessions and after coaching ends. For the
         company, an anonymised count of sessions shows the programme is running. Best
         practice: the contract and brief factual session notes only, no opinions about the
         person, agreed with the coachee, kept in a locked cabinet in my office and a
         restricted folder on the company drive, never on personal phones, kept in line with
         UK GDPR and deleted twelve months after the coaching ends. The coachee can ask to see
         anything written about them."""],
        ["AC 4.2", """Justify why reflective practice and supervision are important within a
         coaching context, including what may happen if the coach does not reflect or have
         supervision."""],
        ["Response", """Reflective practice is the coach looking back at a session to learn
         from it: what happened, how they felt, what they would do differently. Supervision
         is a regular confidential conversation with an experienced coach about their
         coaching. Both are essential, not optional. Our coaches will be managers used to
         fixing things, and without reflection they will not notice that they have slipped
         back into telling. Without supervision a coach can carry a worrying disclosure
         alone, miss that they are out of their depth, or collude with a coachee they like.
         The ICF and EMCC both expect it, and a company that asks its people to coach owes
         them the support to do it safely. I will reflect after every session using Gibbs,
         and arrange group supervision for the coaches every six weeks."""],
    ),

    H(1, "Conclusion"),
    T(
        ["Guidance", "Summarise your proposal (optional, not assessed)."],
        ["Response", """Coaching would help Lynford Gap keep and develop its duty managers and
         shift leaders. With clear roles, trained coaches, careful contracting, safe and
         ethical practice, the GROW model, good tools, records, reflection and supervision,
         and a way of checking progress, it can be done within our shift pattern at low
         cost."""],
    ),
    T(
        ["Learner declaration", "I confirm that the work submitted is my own and that all sources have been acknowledged."],
        ["Signed", "Imran Qureshi"],
        ["Date", "02/05/2025"],
    ),
]

CASE = Case(
    name="sm_300_motorway_services_template_pdf",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("IQureshi_8587-300_template_v4.2.pdf", BLOCKS)],
    labels={
        "1.1": "think problems through for themselves, whether it is a fuel spill",
        "1.2": "nobody is left wondering whether there is another session booked",
        "1.3": "will not think clearly in the first ten minutes",
        "1.4": "booked on the rota as \"coaching\" and protected like a delivery slot",
        "2.1": "never by a note left in the pigeonholes",
        "2.2": "sessions will not be booked straight after a night shift",
        "2.3": "concern about a young worker on a night shift",
        "3.1": "keeps bringing the same rota problem",
        "3.2": "three colleagues answer two questions about the coachee",
        "3.3": None,
        "4.1": "no opinions about the person, agreed with the coachee",
        "4.2": "collude with a coachee they like",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Motorway services operations manager's 300 on a Word template saved as PDF: one table per task, printed prompt row above each answer row, long answers carried over a page as continuation rows with empty left cells (1.2, 2.2, 3.1 labels there), 3.3 box left 'not finished yet' (None), printed intro/conclusion boxes touching every topic, signed declaration row, clean.",
)
