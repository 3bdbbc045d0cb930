"""8587-301 understanding good practice in mentoring: a gas network's emergency team manager, essay PDF.

Fiona McAlister is an Emergency Team Manager for a gas distribution network: around 40 First
Call Operatives (FCOs) who answer reported gas escapes across a county, 24 hours a day, working
alone from vans in strangers' homes. Her 301 is an essay proposing a mentoring scheme for newly
qualified FCOs, exported from Word as PDF. Headings are her own words with no task or AC numbers
("Why we need mentoring", "What a good mentor brings", "Agreeing how it will work"), and the
criteria come out of order: contracting (2.2) before getting started (2.1), records (4.1) before
monitoring (3.3), and barriers (1.4) last, after reflection and supervision. A references list
closes it; no declaration, no matrix.

Planted (a colleague and a mentee named in examples): her own first mentor "Bernadette Quayle",
named in full in the roles section, and a new FCO "Tomasz" in the safety and barriers sections.
Not identifying: Fiona McAlister (the learner), the HSE, the Gas Safety (Installation and Use)
Regulations, the EMCC Global Code of Ethics, the Equality Act 2010, UK GDPR, Clutterbuck,
Megginson, Kram, Whitmore, Honey and Mumford, Schön, Gibbs, Kolb, Hawkins and Shohet, Preston.

No practice figures: a knowledge unit.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Mentoring newly qualified first call operatives: a proposal"),
    P("""ILM Level 3 Certificate in Effective Coaching and Mentoring. Unit 301, Understanding Good
      Practice in Mentoring within an Organisational Context. Fiona McAlister, Emergency Team
      Manager, gas emergency service."""),

    H(1, "Why we need mentoring"),
    P("""Our emergency team answers reported gas escapes across the county 24 hours a day. When a
      member of the public rings the emergency number, one of about 40 First Call Operatives
      (FCOs) goes to the property, finds the escape, makes it safe and leaves the customer with
      heat and hot water if they can. They work alone, from a van, at all hours, in strangers'
      homes, often with frightened or angry people, and the consequences of getting it wrong can
      be a fire, an explosion or carbon monoxide poisoning."""),
    P("""The problem this proposal answers is that nearly a third of new first call operatives leave
      within six months of qualifying, just after we have invested twelve weeks of training and
      assessment in them. In exit interviews they say the same things: they felt on their own,
      they were scared of getting it wrong, and the only person who rang them was the duty
      manager when something had gone wrong. Mentoring, as Megginson and Clutterbuck describe it,
      is offline help by one person to another in making significant transitions in knowledge,
      work or thinking. For us the purpose of effective mentoring is to help a new FCO through
      that transition from the training centre to being a safe, confident lone worker, to keep
      them, and through them to keep the public safe and meet our emergency response standards.
      It also develops our experienced FCOs who act as mentors, who otherwise have no route to
      progress except becoming a team leader. It fits the company's people strategy, which asks
      for 'a workforce that feels valued and supported'."""),

    H(1, "The mentor's job"),
    P("""The role of the mentor is to be a guide and a sounding board, somebody who has done the job
      for years and can help the new person work things out. It is important that the mentor is
      not the new starter's assessor: the competency sign-offs (escape procedures, meter work, CO
      investigation) are done by our technical assessors, and the mentor has to be someone the
      mentee can admit mistakes to without it going on their record. Kram described two sets of
      mentor functions, career functions (sponsorship, coaching, challenging work) and
      psychosocial functions (role-modelling, acceptance, friendship); for lone workers it is the
      psychosocial side that is missing."""),
    P("""The responsibilities change through the relationship. At the start the mentor is
      responsible for making contact, explaining what mentoring is, agreeing a contract and
      building trust. In the middle the mentor is responsible for keeping regular time for the
      mentee on a job where a call can come in at any minute, helping them set and work towards
      goals, giving honest feedback, keeping records and respecting confidentiality. Towards the
      end the mentor is responsible for noticing when the mentee no longer needs them, reviewing
      what has been achieved, and ending well rather than letting it fade out. Throughout, the
      mentor is responsible for knowing their limits and referring on - to the team leader, to
      occupational health, to the Employee Assistance Programme. When I started as an FCO I was
      mentored informally by Bernadette Quayle, who was the team leader on the Preston patch then,
      and the thing I remember is that she always ended our chats in the van by asking what I
      would do next, never by telling me. That is the role as I understand it."""),

    H(1, "What a good mentor brings"),
    P("""Knowledge: a good mentor knows the FCO's job inside out, the gas safety procedures, our
      emergency standards, the customers, and the organisation - who to go to for what. They also
      need some knowledge of mentoring itself: the stages of a relationship, a model such as GROW,
      and the boundaries of the role. The most important piece of knowledge is that a good mentor
      knows the difference between teaching a skill and mentoring a person; the first is done by
      our technical trainers, the second is ours."""),
    P("""Skills: active listening, open and probing questions, summarising, giving feedback that is
      specific and balanced, goal setting, and the practical skill of finding ten quiet minutes on
      a shift that never stops. Behaviours: patience, being non-judgemental, reliability, honesty,
      respect for confidentiality, and role-modelling the behaviours we want - a mentor who skips
      the tightness test or the ventilation check teaches more than any conversation."""),

    H(1, "Agreeing how it will work"),
    P("""Contracting matters because without it each person arrives with different expectations.
      The new starter may think the mentor will sign off their competencies or help them onto the
      day rota; the mentor may think the new starter will ring them at 3am from every job. The
      contract protects both of them and makes the relationship safe, and it is how the company
      knows the paid time is being used well. The process I propose is: first an informal meeting
      to see if the pairing works; then a contracting conversation, where mentor and mentee go
      through a written agreement together rather than one of them just signing it; then a short
      three-way conversation with the mentee's team leader as stakeholder to agree time release and
      what will and won't be reported back; and a review of the contract at the midpoint."""),
    P("""The written agreement should include: the purpose and goals; how often and for how long (I
      suggest 30 minutes weekly for the first eight weeks, then fortnightly to six months, at the
      depot at shift change or on a video call); where; confidentiality and its limits; how notes
      will be kept and for how long, under UK GDPR; what happens if either cancels; how the
      relationship will end; and the boundary with the assessment process. Both sign and keep a
      copy."""),

    H(1, "Getting started with someone new"),
    P("""The first contact sets everything up. I propose three methods. First, an informal brew at
      the depot before the first shift together, so the mentee meets the mentor as a person before
      they meet them at 3am outside a house that smells of gas. Second, the mentor shares a little
      of their own story, including a mistake they made as a new FCO; self-disclosure, used
      carefully, tells the mentee that mistakes can be talked about. Third, the mentor listens far
      more than they talk in the first meeting and asks what the mentee wants, rather than
      starting with what the mentor thinks they need. Rapport also comes from small consistent
      things: remembering what was said last time, and doing what you promised. Trust takes longer
      than rapport and comes from keeping confidences."""),

    H(1, "Keeping it safe and ethical"),
    P("""Safe and ethical practice starts with confidentiality and its limits. What the mentee says
      stays between them, except where there is a risk to their own or someone else's safety, a
      safeguarding concern (we are often the only visitor a vulnerable customer has had for days),
      or a breach of the law or of our safety procedures. That has to be said at the contracting
      stage, not discovered later. Last year a new FCO, Tomasz, told me a week late that he had
      gone into a property on an escape call without checking his gas detector had been bump
      tested that morning, and had not reported it because he was scared of losing his job. His
      safety comes first and that cannot stay in the room, so I would expect a mentor to say so and
      support him to report it himself, which is what he did once he understood he would not be in
      trouble."""),
    P("""Other parts of safe practice: boundaries (mentoring is not counselling, and a mentor should
      refer on, especially after a traumatic job); conflicts of interest (no one should mentor
      someone they assess or manage, and relatives should not be paired, which in a team where
      several people are related is a real issue); equality (the Equality Act 2010 applies, so
      pairings should not disadvantage anyone and mentors should know about reasonable
      adjustments); practical safety (mentoring conversations happen at the depot or on a video
      call, never on the phone while driving to a job); record keeping under UK GDPR; and a code
      of practice - I propose our mentors are introduced to the EMCC Global Code of Ethics, which
      covers contracting, integrity and confidentiality."""),

    H(1, "A model for running it"),
    P("""I propose Clutterbuck's five stages of a developmental mentoring relationship as the model
      for managing the whole process, with GROW (Whitmore) inside each conversation. The five
      stages are rapport building, direction setting, progress making, winding down, and moving
      on. For our FCOs rapport building is the first fortnight, including the brew and the
      contract. Direction setting happens in the second week, when the mentee sets two or three
      goals. Progress making is the bulk of the six months. Winding down starts when the mentee is
      confident working alone on nights, and moving on is a final review where both say what they
      learned and the relationship becomes a normal team friendship."""),
    P("""The strengths of Clutterbuck's model are that it reminds the mentor the relationship has a
      shape and an end, which stops mentoring fading out, and that it is about the relationship,
      not only the goals. Its limitations are that real relationships don't move neatly through
      stages, and that it says little about what to do inside each conversation, which is why I
      would pair it with GROW. GROW is simple enough to use in ten minutes in a parked van, but it
      can become a checklist if the mentor rushes to Will."""),

    H(1, "Tools for finding out what someone needs"),
    P("""I propose four tools. A competency self-assessment against the FCO task list from training,
      which the mentee scores in week two and again at three and six months; this shows where they
      feel weakest and it is often not where the assessor thinks. A learning styles questionnaire
      (Honey and Mumford) so the mentor knows whether to talk it through, show it, or let the
      mentee try it. A confidence ruler from nought to ten on each skill, which takes thirty
      seconds and which the mentee can use on themselves at the end of a shift; the question 'what
      would get you from a 4 to a 5?' turns it into a goal. And a simple SWOT at the first
      direction-setting meeting. Together these identify preferences and needs and give the
      mentee their own evidence from which to agree SMART goals."""),

    H(1, "Writing things down"),
    P("""Records matter to both people. For the mentee, the mentee owns their own learning log,
      where they write their goals, what they tried and what happened; it shows them how far they
      have come after a bad night, and it is evidence for their probation review. For the mentor,
      records are a memory between conversations, a way to spot patterns, evidence that mentoring
      is happening (the company is paying for the time), and protection if there is ever a dispute
      about what was said or agreed. Best practice is to record facts, agreed actions and
      progress, not opinions or depot gossip; to store notes securely on the company system,
      never on a personal phone; to use initials or a code, not names; to keep them only as long
      as needed; and to remember the mentee can ask to see anything written about them under UK
      GDPR."""),

    H(1, "Keeping track of progress"),
    P("""Monitoring and reviewing progress towards goals needs more than one method. First, a
      monthly review where mentor and mentee look at each goal together and give it a RAG rating,
      with the evidence for the rating; RAG rating each goal at the monthly review makes slow
      progress visible early. Second, re-scoring the competency self-assessment and the confidence
      ruler at three and six months, which shows movement in the mentee's own terms. Third, with
      the mentee's permission, feedback from the team leader and the colleagues who back them up
      on bigger jobs, which checks their view against what others see. Fourth, the team's own
      data - attendance times, job quality audits and near-miss reports - though these need care
      because one bad night of storms can skew them. Self-assessment is quick but can be over- or
      under-confident; feedback from others is more objective but only if people are honest."""),

    H(1, "Why reflect, and why supervision"),
    P("""Reflective practice is the difference between having experience and learning from it.
      Schön distinguished reflection-in-action (noticing during the conversation that the mentee
      has gone quiet) from reflection-on-action afterwards, and Gibbs and Kolb give mentors a
      structure for the second. A mentor who never reflects just repeats the same habits, good and
      bad, and will not notice that they always give the answer or always talk about themselves.
      Our mentors will be experienced FCOs who have never been asked to reflect on anything except
      an incident report, so it has to be built in and made simple, or it will not happen."""),
    P("""Supervision is justified because a mentor cannot see their own blind spots. Hawkins and
      Shohet describe three functions of supervision - developmental, resourcing and qualitative -
      and all three matter here: it develops the mentor's skills, it supports them when a mentee
      brings something heavy (a carbon monoxide death at a job is rare but it happens), and it
      checks the quality and ethics of the mentoring. Without supervision mentors burn out, collude
      with mentees against the company, drift into counselling, or miss a safety issue. I propose
      group supervision every two months with the company's workforce development adviser."""),

    H(1, "What could get in the way"),
    P("""Time is the first barrier: FCOs are on call and a job can come in at any minute. The way
      round it is paid time at shift change, and to put mentor and mentee on the same patch for the
      first eight weeks, so they actually see each other. The second barrier is rota changes, which
      move people between patches and shifts at short notice; the resource planning team need to
      be part of the scheme from the start. The third is the mentee's fear of being judged, which
      comes from mixing up mentoring and assessment - solved by keeping mentors out of sign-off and
      saying so in the contract. Tomasz, when I asked him later, said that was the one thing that
      would have made the difference for him. The fourth is mentors who have not been trained and
      simply tell, solved by a half-day mentor workshop and the supervision above. The fifth is a
      culture that sees mentoring as soft; the retention figures should answer that, because a
      mentoring scheme costs far less than training a replacement FCO."""),

    H(1, "References"),
    P("""Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD. Hawkins, P. and
      Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open
      University Press. HSE (2018) Safety in the installation and use of gas systems and
      appliances, L56. Kram, K. (1985) Mentoring at Work. Glenview: Scott Foresman. Megginson, D.
      and Clutterbuck, D. (1995) Mentoring in Action. London: Kogan Page. Schön, D. (1983) The
      Reflective Practitioner. New York: Basic Books. Whitmore, J. (2017) Coaching for
      Performance. 5th edn. London: Nicholas Brealey. EMCC Global Code of Ethics (2021)."""),
]

CASE = Case(
    name="za_b_8587_301_gas_emergency_pdf",
    unit="8587-301",
    kind="unstructured",
    files=[SourceFile("301 assignment F McAlister.pdf", BLOCKS)],
    labels={
        "1.1": "nearly a third of new first call operatives leave within six months",
        "1.2": "the mentor is not the new starter's assessor",
        "1.3": "knows the difference between teaching a skill and mentoring a person",
        "1.4": "on the same patch for the first eight weeks",
        "2.1": "an informal brew at the depot before the first shift together",
        "2.2": "The contract protects both of them",
        "2.3": "His safety comes first and that cannot stay in the room",
        "3.1": "Direction setting happens in the second week",
        "3.2": "A confidence ruler from nought to ten on each skill",
        "3.3": "RAG rating each goal at the monthly review makes slow progress visible",
        "4.1": "the mentee owns their own learning log",
        "4.2": "A mentor who never reflects just repeats the same habits",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["Bernadette Quayle", "Tomasz"],
    },
    about="Gas network emergency team manager; 301 essay as a Word PDF proposing mentoring for newly qualified first call operatives, own headings with no numbers, criteria out of order (contracting before initiating, records before monitoring, barriers last), Kram, Clutterbuck, Hawkins and Shohet, references, no declaration; a former mentor's full name and a new operative's first name planted.",
)
