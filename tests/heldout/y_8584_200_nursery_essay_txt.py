"""8584-200 essay in plain text: a day nursery room leader writes one continuous piece with no headings.

Shannon Hollis is Toddler Room Leader at Little Acorns Day Nursery in Castleford and has been
asked to mentor the nursery's three new Early Years Educator apprentices from Wakefield
College. She wrote the assignment in Notepad on the nursery office PC and saved it as .txt:
a title line, her name and job line, then paragraphs that walk through the unit's tasks in
order without a single heading or AC number. The 2.1 task asks for a table, so she typed one
with pipes between the columns. Signed declaration at the end; no evidence matrix for this
unit. No practice: 8584-200 is a knowledge unit.

Planted (2): a former apprentice by first name in the benefits paragraph ("Kayleigh"); the
nursery manager by title and surname in the barriers paragraph ("Mrs Oduya").
Not identifying: her own name, Little Acorns, Wakefield College, Castleford, Home-Start,
Ofsted, EYFS, Tapestry, GROW and Sir John Whitmore, CEDAR, "Apprentice 1/2/3".
"""

from corpus.case import Case, P, SourceFile, T

BLOCKS = [
    P("Understanding Mentoring - Unit 200 written assignment"),
    P("Shannon Hollis - Toddler Room Leader, Little Acorns Day Nursery, Castleford"),
    P("""In September we took on three new apprentices from Wakefield College on the Early Years
      Educator Level 3 apprenticeship, and my manager has asked me to be their mentor. I have
      called them Apprentice 1, 2 and 3 in this assignment. This piece is about what I think the
      mentoring role is, how it will help them, what might get in the way and how I am going to
      plan and run it."""),

    P("""A mentor is a more experienced person who supports someone newer to learn and grow in
      their job, mostly by sharing their experience and helping the person find their own way
      rather than by telling them what to do. In our nursery this is not the same as being their
      trainer or their supervisor. The college assessor teaches and assesses them against the
      apprenticeship standard, and the deputy manager supervises their rota, their probation and
      their performance. My role sits alongside both of those. I am the person they can come to
      with the questions they feel silly asking, who helps them make sense of what they see in the
      room, and who helps them set their own goals and look back on how the week went. I am not a
      counsellor either: if something at home is affecting them I can listen and point them to the
      right support, but it is not my job to sort it out. The main activities of the role are
      meeting them regularly, agreeing what they want to work on, listening properly, sharing my
      own experience when it is useful, giving honest feedback and encouragement, keeping simple
      records, and knowing when something has to be passed on to the manager."""),

    P("""Mentoring can benefit the apprentices in a range of situations. The first is simply
      starting a new job. Nursery work is a shock when you are 17: nappies, tears at drop-off,
      parents who want to know everything, and ratios you must never break. With a mentor a new
      starter settles in quicker and is less likely to leave in the first few months, because they
      have somebody who is not their boss to check things with. When Kayleigh started with us two
      years ago, before we had mentors, she told me on her last day that she never knew who she
      was allowed to ask, and that was a big part of why she left. The second situation is after
      training. The apprentices do their paediatric first aid and safeguarding courses in the
      first term, and a mentor can help them turn what they learned on the course into what they
      actually do in the room, for example talking through what they would do if a child arrived
      with a bruise, rather than the training just being a certificate in a file. The third
      situation is when someone is struggling with confidence or performance. An apprentice who
      freezes when a parent complains at pick-up can talk it through with a mentor, plan what to
      say next time and try it, which builds confidence far more than being told off. The fourth
      is career development: some of our staff go on to a foundation degree, and a mentor can help
      them think about whether that is right for them and how to fit it round work. Mentoring also
      helps outside nurseries. My sister volunteers with Home-Start, where volunteer parents mentor
      new mums, and the mums say the biggest benefit is having someone to talk to who has been
      there, which helps them feel less alone and more able to cope on their own."""),

    P("""There are some potential barriers to my mentoring working. The biggest one is time. In a
      nursery we cannot just leave the room if ratios are tight, so it would be very easy for
      sessions to be cancelled every time someone phones in sick, and then the apprentice gets
      the message that mentoring does not matter. The second barrier is trust, and in particular
      that I am also a room leader. Apprentice 2 is based in my room, so she may see me as her boss
      and not want to admit she is finding something hard in case it goes on her probation review.
      The third barrier is the environment. We have no private room: the staff room is also where
      the spare nappies and the washing machine are, and people walk in and out all day, so it is
      hard to have a confidential conversation. The last barrier is the individual themselves.
      Two of the apprentices are 17 and quite quiet, and one has dyslexia, so long written forms or
      a very formal meeting could put them off before we have even started."""),

    P("""To overcome the time barrier I will book the sessions into nap time on the rota, between
      1pm and 2pm, when most of the toddlers are asleep and the ratios allow one member of staff to
      step out. Mrs Oduya, our manager, has agreed that mentoring time shows on the rota like any
      other task, so it is protected and not the first thing to go. If a session does have to move
      I will rearrange it within the same week rather than just missing it. For trust, I will
      explain at our first meeting that what we talk about stays between us unless it is a
      safeguarding matter, and that mentoring notes do not go into their probation file. Because
      Apprentice 2 works in my room, I have also offered her the option of a mentor from the Baby
      Room instead if she would prefer, and I will ask her again after a month. For the
      environment, we can use the parents' room when it is not booked, or go for a walk to the park
      at the end of the road, which is often easier for a nervous person than sitting face to face.
      For the apprentices who are quiet or find writing hard, I will keep the forms short, let them
      record their goals by voice note if they want, and start with things they are already good
      at so that the first sessions feel positive."""),

    P("""I think the key skills a mentor needs are shown in the table below."""),
    T(
        ["Skill", "What it means", "Why it matters with our apprentices"],
        ["Active listening", "Giving full attention, nodding, not interrupting, summarising back what I heard",
         "They will only tell me what is really going on if they feel heard"],
        ["Questioning", "Using mostly open questions to help them think, and checking questions to make sure we agree",
         "Helps them work out their own answers instead of copying mine"],
        ["Giving feedback", "Being specific, honest and kind, about the practice and not the person",
         "They need to know how they are doing between college visits"],
        ["Role modelling", "Showing in the room the practice I want to see, e.g. how I speak to a parent",
         "Apprentices copy what they see more than what they are told"],
        ["Empathy", "Understanding how things feel from their side, remembering being new myself",
         "Being 17 in a busy nursery is hard and they need to feel understood"],
        ["Goal setting", "Helping them set small clear targets and review them",
         "Keeps the sessions focused and shows them their progress"],
    ),

    P("""The model I am going to follow is GROW, which was made popular by Sir John Whitmore. It has
      four stages. Goal is where the apprentice decides what they want to get out of the session or
      the next few weeks, for example "I want to be able to settle new children at drop-off
      without calling a senior". Reality is where we look at what is happening now: how drop-off
      goes at the moment, what they have tried, what happened last Tuesday. Options is where they
      come up with different things they could try, such as arriving ten minutes early to greet
      the child's parent, using the child's comforter, or watching how the Baby Room staff do it,
      and I add ideas only if they are stuck. Will is where they decide what they will actually do
      and by when, and how they will know it has worked. In our nursery GROW fits well because
      sessions are short, an hour at most, and the four stages stop us just chatting about the
      day. I will use a simple one-page GROW sheet so each session follows the same shape."""),

    P("""Questioning and listening are the main tools I will use to support the apprentices. I will
      mostly ask open questions, like "What went well at lunchtime today?" or "How did you feel
      when that parent raised her voice?", because they make the apprentice do the thinking and
      tell me more. I will use probing questions to go deeper, such as "What exactly did you say
      next?", and closed or checking questions so we both agree what was decided, for example "So
      you will try the comforter on Monday, is that right?". I will try to avoid leading questions
      like "Don't you think you should have told me?" because they just tell the person what I
      want to hear. For listening, I will give them my full attention, put my phone away, sit at
      the same level and not behind the office desk, and let silences happen so they have time to
      think. I will reflect back what they said in their own words and summarise at the end of
      each stage, which shows them I have listened and helps a nervous apprentice feel that what
      they say matters."""),

    P("""Part of my role will be giving feedback. I will give feedback the same day while it is fresh,
      in private, and I will always start by asking how they think it went, because often they
      already know. I plan to use the CEDAR model rather than the feedback sandwich, which our
      staff say feels fake. CEDAR stands for Context, Examples, Diagnosis, Actions and Review: I
      explain the situation, give a specific example of what I saw ("at story time three children
      wandered off when you turned to get the next book"), we work out together why it happened,
      agree one or two actions, and review it at the next session. I will make sure I give as
      much feedback on what went well as on what did not, and keep it about the practice, not
      the person."""),

    P("""Trust will take time to build. I will start by being clear about what mentoring is and is
      not, and about confidentiality and its limits. In a nursery the limit is safeguarding: if
      they tell me something that puts a child at risk I have to pass it to our designated
      safeguarding lead, and I will explain that at the first meeting so it is never a surprise.
      I will keep every promise, turn up on time and not cancel, and be honest about my own
      mistakes when I was an apprentice, which shows them it is fine not to know everything.
      I will respect boundaries by not discussing them with other staff and not becoming their
      friend on social media. I will also make sure they know other places they can go for support,
      such as their college assessor and the employee helpline, so they do not feel I am the only
      option."""),

    P("""Planning is what makes the sessions effective rather than a chat. Before we start, each
      apprentice will fill in a short questionnaire in their first week, rating themselves from
      1 to 5 on the main parts of the job such as nappy changing routines, observations on
      Tapestry, talking to parents and planning activities from the EYFS. I will compare this with
      their college off-the-job plan to find the gaps and what they most want to work on. We will
      then sign a mentoring agreement which sets out how often we meet (every two weeks), where,
      for how long, confidentiality, and what both of us will do. Before each session I will look
      at the last session's actions, and afterwards I will fill in a session record. The forms I
      will use as evidence are the questionnaire, the agreement, the GROW sheet and the session
      record."""),

    P("""Two examples of goals we might agree are: for Apprentice 1 to lead a small group story time
      on her own with four children for ten minutes, three times a week, by the end of November;
      and for Apprentice 3 to complete and upload three observations a week on Tapestry, each
      linked to an EYFS area, by half term. For a goal to be effective it needs to be SMART, and
      it has to be theirs, not mine, so I will check how much they want it by asking them to score
      it out of ten. I will make sure each goal is a bit of a stretch but achievable, and agree
      what support I will give."""),

    P("""I will need to keep records when mentoring. These are the signed mentoring agreement, the
      first-week questionnaire, a short record of each session with the goals and actions agreed,
      and a note of any referral I make, for example to the safeguarding lead. Records matter
      because they show progress over time, remind us both what was agreed, give evidence for
      my ILM work and for Ofsted if they ask how we support new staff, and protect me and the
      apprentice if there is ever a disagreement about what was said. The main considerations are
      confidentiality and data protection: the records will be kept in the locked drawer in the
      office, not left on the side, and only shared with the apprentice, who will see and sign each
      session record. I will only write facts and agreed actions, not my opinions about their
      personal life, and the records will be destroyed twelve months after the mentoring ends."""),

    P("""Declaration: I confirm that this assignment is all my own work. Signed Shannon Hollis,
      14 October 2024"""),
]

CASE = Case(
    name="y_8584_200_nursery_essay_txt",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("Shannon Hollis unit 200.txt", BLOCKS)],
    labels={
        "1.1": "make sense of what they see in the room",
        "1.2": "settles in quicker and is less likely to leave",
        "1.3": "we cannot just leave the room if ratios are tight",
        "1.4": "book the sessions into nap time on the rota",
        "2.1": "Showing in the room the practice I want to see",
        "2.2": "Will is where they decide what they will actually do",
        "2.3": "checking questions so we both agree what was decided",
        "2.4": "give feedback the same day while it is fresh",
        "2.5": "they tell me something that puts a child at risk",
        "3.1": "fill in a short questionnaire in their first week",
        "3.2": "lead a small group story time on her own",
        "3.3": "kept in the locked drawer in the office",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Kayleigh", "Mrs Oduya"],
    },
    about="Day nursery room leader; 8584-200 as one headingless plain-text essay in task order with a pipe-typed skills table; a former apprentice's first name and the manager by title and surname planted.",
)
