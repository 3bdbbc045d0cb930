"""8587-300 Understanding Good Practice in Coaching: a cash-in-transit depot's operations supervisor, one essay as PDF, out of the task order.

Darren Hoyle is an Operations Supervisor at the Stoke-on-Trent depot of a national
cash-in-transit (CIT) security company. He writes the assignment as one essay making the
case for coaching new crew leaders, under a title and five headings of his own ("What
coaching is for in a cash depot", "Getting started with someone", "How a session runs",
"Paperwork and looking back", "What could go wrong") and no task or AC numbers. Criteria are
answered out of order and spread over paragraphs: purpose and the coach's role first, then
first contact, contracting and safe practice, then the model, tools and monitoring, then
records and reflection/supervision, and the knowledge-skills-behaviours (1.3) and barriers
(1.4) at the end under "What could go wrong". A references list; no declaration; no
matrix (a knowledge unit).

Clean: his own name; pseudonyms ("Crew Leader 1", "a custodian I'll call Coachee X"); roles
(Depot Manager, Regional Security Manager, occupational health, the Employee Assistance
Programme); organisations and places (SIA, BSIA, the Cash Industry Standards, Stoke-on-Trent,
Stafford, Crewe, the Potteries); Whitmore, Passmore, Kolb, Schon, Hawkins and Shohet, Honey and
Mumford, GROW, OSKAR; EMCC, Association for Coaching, GDPR, Equality Act.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Coaching new crew leaders at a cash depot"),
    P("""ILM Level 3 Certificate in Effective Coaching and Mentoring - Unit 300 assignment.
      Darren Hoyle, Operations Supervisor, Stoke-on-Trent depot. Approx. 2,700 words."""),

    P("""Our depot runs 38 armoured vehicles out of the Potteries, covering Stafford, Crewe and
      everything in between, servicing ATMs and collecting from retailers and banks. Every
      vehicle has a crew leader and a custodian. In the last two years we have lost more crew
      leaders than we have trained, mostly in their first twelve months, and the exit interviews
      say the same thing: they were thrown in, and when they rang the depot for help they got
      told what to do instead of helped to work it out. The Depot Manager has asked me to set out
      how coaching could change that. This essay is my proposal. I have used pseudonyms for
      anyone I mention."""),

    H(1, "What coaching is for in a cash depot"),
    P("""The dictionary answer is that coaching is helping someone improve their performance by
      drawing out their own thinking rather than telling them. Whitmore's definition, unlocking a
      person's potential to maximise their own performance, is the one most people quote. For
      us, the purpose is practical: to help a new crew leader make their own decisions on the
      road, where there is nobody to ask. A crew leader has to decide dozens of times a shift
      whether a site is safe to service, whether to abort, how to handle a shop manager who wants
      them to wait, and what to do when the timings slip. We train the procedures thoroughly in
      the classroom. What training does not do is build the judgement to apply them when things
      don't look like the manual, and that is where coaching earns its place. The benefits for
      the company are fewer aborted collections, fewer complaints from customers and, most of
      all, keeping the people we have spent money training."""),
    P("""It is worth being clear what coaching isn't here. Training is the course the SIA licence
      and our procedures require: someone tells you and tests you. Mentoring is what the older
      crew leaders already do informally, passing on their experience, 'this is how I do the
      Hanley run'. A supervisor like me gives instructions and checks standards. Counselling is
      for someone who is struggling personally and needs a trained professional. A coach does
      something different from all of these: they ask, listen, and help the coachee find their
      own way forward. Importantly, the coach is not the one who signs off their competence -
      that stays with the training team - so the coachee can be honest about what they are
      finding hard without it going on their record."""),
    P("""That leads into the coach's responsibilities, which run right through the relationship.
      At the start the coach explains what coaching is and agrees a contract. During it the coach
      plans each session, uses suitable tools, keeps the coachee's goals at the centre, keeps
      records and keeps confidences within the agreed limits, and goes to supervision. At the end
      the coach reviews progress with the coachee, closes the relationship properly rather than
      letting it fizzle out, and asks for feedback. Throughout, the coach has to know their
      boundaries: if something comes up that is a performance or disciplinary matter, or a
      personal problem, it is not theirs to fix in coaching."""),

    H(1, "Getting started with someone"),
    P("""How the first contact is made matters more than people think. Crew are suspicious of
      anything that comes from 'the office'. I would not start with a form. I would start with a
      cup of tea in the canteen before any paperwork, at the end of their shift, explaining what
      coaching is and isn't and asking what they want from their first year. If they don't want
      it, that's the end of it - it has to be voluntary. Rapport comes from things like turning
      up when you said you would, remembering what they told you, matching their pace and
      language (crew don't talk like HR), and being open about myself - I crewed for nine years
      before I came into the office, and that gives me some credibility. Trust takes longer and
      comes mainly from confidentiality being kept: the first time something said in coaching
      gets back to the depot floor, the whole scheme is dead."""),
    P("""Once someone says yes, we contract. The reason for a contract is that without one each
      person assumes something different: the coachee thinks it is a chat, the Depot Manager
      thinks it is a way of getting someone's performance up, and the coach is stuck in the
      middle. A written agreement makes the expectations clear and protects all three. The
      process I would use is an individual conversation first to agree what the coachee wants,
      then a short three-way conversation with the coachee's depot manager to agree what the
      company hopes for and what the manager will and won't be told, then the coach and coachee
      sign. The contract should cover how often and how long sessions will be and where; how to
      cancel (our shifts change at short notice so this needs to be realistic); confidentiality
      and its limits; what records are kept, where, for how long and who can see them, in line
      with GDPR; what the manager will be told (attendance and goals only); and how either side
      can end it. It gets reviewed halfway through."""),
    P("""Safe and ethical practice in a security business has some extra edges. The obvious one is
      security itself: coaching conversations will touch on routes, sites and procedures, so
      coaches must never write down routes, timings or cash values in coaching notes, and
      sessions are never held on a vehicle or anywhere customers can overhear. Practically,
      sessions happen in the depot training room during the shift, not in a pub or someone's
      car, and not one-to-one late at night when the depot is empty. Confidentiality has limits
      that must be explained up front: if a coachee tells me about a breach of procedure that
      puts people at risk, or something that affects their licence, I have to pass it on, and I
      would tell them first. Conflicts of interest are real - I would not coach anyone on my own
      shift, because I am their supervisor. We also have to know when coaching is not right. We
      have had crew attacked on the pavement. Someone recovering from that needs occupational
      health and the Employee Assistance Programme, not a coach asking about their goals. I would
      follow the EMCC code of ethics and the company's own policies, and the Equality Act means
      making sure coaching is offered fairly to everyone, not just the people the managers like."""),

    H(1, "How a session runs"),
    P("""I would use GROW as the main model. GROW is easy for crew to remember, it fits on a card,
      and it mirrors how crew already think about a job: what are we trying to do, what's the
      situation, what could we do, what are we going to do. Goal: agree what the session is for
      and link it to the bigger goal. Reality: get the facts, what actually happened on the run,
      without judging. Options: as many as possible, from the coachee first. Will: what they will
      do, by when, and how committed they are on a scale of one to ten. Its strength is that it
      is simple and gets to action. Its weakness is that in the wrong hands it turns into a
      checklist, and it can rush people to options before they understand the problem. For a
      crew leader who has lost confidence after a bad incident, OSKAR can work better, because it
      starts from what is already working and builds from there. I would train our coaches in
      both and use GROW by default."""),
    P("""To give an example: a crew leader I'll call Coachee X keeps aborting collections at one
      retail park because he feels uneasy about the layout. Using GROW, the goal might be to have
      a plan for that site that he is confident in; reality would look at what actually makes
      him uneasy and how often the unease has been right; options could include asking for a
      different drop point, changing the approach, or talking to the Regional Security Manager;
      will is what he commits to before his next run there."""),
    P("""For tools, I would use at least three. The first is a wheel of work, with eight areas of the
      crew leader role scored out of ten, which lets the coachee see where to focus and gives a
      baseline. The second is a learning styles questionnaire: I would use the Honey and Mumford
      questionnaire, but only as a conversation starter, because some of our crew learn by doing
      and some by watching and thinking it through, and it changes how the coach sets actions.
      The third is scaling: 'where are you now from one to ten, where do you want to be, what
      would one point up look like?', which makes goals concrete. Role play is a fourth - practising
      the conversation with an awkward shop manager or a depot controller - and for some people
      it is the most useful of all. Whichever tools we use, goals get agreed by the coachee
      putting them into their own words and checking them against SMART."""),
    P("""Progress has to be monitored or coaching drifts. I would use two or three methods. Scaling
      at the start of each session shows how the coachee feels they are doing, which is quick and
      keeps the goal alive, but it is subjective. Hard data from our systems is the opposite: the
      monthly vehicle audit score is a blunt measure of a crew leader's standards, and aborted
      collections and customer complaints are recorded for every vehicle, so we can see real
      change, although the numbers are affected by things the coachee can't control. Feedback
      from others - the depot controllers who talk to the crew leader all day, and the custodian
      on the vehicle - fills the gap, as long as the coachee agrees to it being collected. A
      review session at the halfway point and at the end pulls these together against the goal."""),

    H(1, "Paperwork and looking back"),
    P("""Records matter for both people. For the coach they are the memory of the relationship: the
      contract, the goals, what was agreed each session and what was done. They let the coach
      prepare, spot patterns and take real examples to supervision. For the coachee they are a
      record of their own progress - I would give each coachee a copy of their goals and the
      actions they agreed - which they can use in their own development review if they choose.
      They also protect both sides if there is ever a dispute about what was said. Best practice
      is to write only what is needed, factually, and to keep it secure. Under GDPR coaching
      notes are personal data, so coachees need to know what is kept and can ask to see it, and
      it is destroyed after an agreed time. At our depot that means paper notes kept in the
      locked training office, not on the shared drive, and nothing about routes or cash, as I
      said above."""),
    P("""Reflective practice is simply the habit of looking back at what you did, working out why
      it went the way it did, and deciding what to do differently. Kolb's cycle describes it as
      experience, reflection, drawing conclusions and trying it again; Schon separates reflecting
      in the moment from reflecting afterwards, and a good coach needs both - noticing in the
      session that the coachee has gone quiet, and thinking it through afterwards. A coach who
      never reflects just repeats their habits, including the bad ones, like jumping in with
      advice, which is the habit every ex-crew supervisor I know has. Supervision takes that
      further by having another experienced coach look at your practice with you. Hawkins and
      Shohet's model shows it looks at the coachee, the coach's methods, the relationship and the
      coach's own reactions. It protects the coachee, because someone checks the coach is working
      ethically; it supports the coach, who may be carrying difficult material, such as a
      coachee who has been attacked; and it develops the coach's skill. The professional bodies
      (EMCC, the Association for Coaching) expect coaches to have it. Without reflection and
      supervision, coaches get stale, miss their own blind spots, and are more likely to cross
      boundaries without noticing. I would ask for our coaches to have group supervision every
      two months and for reflection to be written into each session record."""),

    H(1, "What could go wrong"),
    P("""Before that, it is worth being clear what we would be asking our coaches to bring. Knowledge
      means knowing what coaching is and how it differs from managing, knowing a model like GROW
      and some tools, knowing the ethics and the limits of confidentiality, and knowing the
      crew leader job well enough to understand what the coachee is dealing with (but not to
      solve it for them). Skills are the things you can see a coach doing: asking open questions,
      listening properly, summarising, giving feedback, setting goals, keeping records. Knowing
      when to keep quiet is a skill, and the hardest one for people like me. Behaviours are how
      the coach is: non-judgemental, patient, honest, reliable, respectful of confidences, and
      aware of how their own views affect the conversation. A coach can have all the knowledge and
      still fail on behaviour, which is why I think we should pick coaches for behaviour first."""),
    P("""Barriers come from three places. The coach: most of our potential coaches are ex-crew
      supervisors used to giving orders, and the habit of telling will be the hardest thing to
      shift. Training, practice with feedback and supervision are the answer, and not making
      anyone a coach who doesn't want to be. The coachee: crew think being coached means you are
      in trouble, because the only one-to-ones they have ever had were about complaints. We can
      overcome that by making it voluntary, having the first people coached be respected crew
      leaders who will tell others it helped, and keeping coaching completely separate from
      performance management. The organisation: shift patterns and vehicle cover make time the
      biggest barrier; sessions get cancelled when a vehicle is short. The answer is to build
      coaching time into the rota as a protected hour, agreed with the Depot Manager, and to
      rebook rather than drop a cancelled session. There is also the risk that managers want to
      know what was said, which the three-way contract deals with."""),
    P("""In summary, coaching would give our new crew leaders something the training course can't:
      help to think their own way through the situations that make people leave. With a clear
      contract, a simple model, proper records and supervision, I believe it can be done safely
      within the security rules we work under."""),

    H(1, "References"),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Open University Press."),
    P("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Peter Honey Publications."),
    P("Kolb, D. (1984) Experiential Learning. Prentice Hall."),
    P("Passmore, J. (ed.) (2010) Excellence in Coaching. Kogan Page."),
    P("Schon, D. (1983) The Reflective Practitioner. Basic Books."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. Nicholas Brealey."),
    P("EMCC Global Code of Ethics (2021), www.emccglobal.org, accessed 3 March 2025."),
]

CASE = Case(
    name="z_b_8587_300_cash_in_transit_pdf",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("D Hoyle 300 assignment.pdf", BLOCKS)],
    labels={
        "1.1": "help a new crew leader make their own decisions on the road",
        "1.2": "the coach is not the one who signs off their competence",
        "1.3": "Knowing when to keep quiet is a skill",
        "1.4": "crew think being coached means you are in trouble",
        "2.1": "a cup of tea in the canteen before any paperwork",
        "2.2": "three-way conversation with the coachee's depot manager",
        "2.3": "never write down routes, timings or cash values",
        "3.1": "GROW is easy for crew to remember",
        "3.2": "Honey and Mumford questionnaire, but only as a conversation starter",
        "3.3": "the monthly vehicle audit score is a blunt measure",
        "4.1": "locked training office, not on the shared drive",
        "4.2": "A coach who never reflects just repeats their habits",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Cash-in-transit depot operations supervisor; 300 essay as PDF under five headings of his own, no AC numbers, answered out of order (knowledge/skills/behaviours and barriers last), security-specific ethics, references, no declaration; clean.",
)
