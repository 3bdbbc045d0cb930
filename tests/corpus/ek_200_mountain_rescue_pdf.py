"""8584-200 Understanding Mentoring: a mountain rescue volunteer's essay, as a PDF.

Gareth Pryce is an electrician at a slate quarry and a volunteer with a mountain rescue
team, where he is about to mentor probationary members. He writes one unbroken essay with
no headings or lines of his own, in long practical paragraphs. He opens with a call-out
story that mentions trust, listening and the debrief in passing (none of the answers are
there), goes straight to what could stop mentoring working and then how he will get round
it, and only then to the benefits (probationers, quarry apprentices, a school's Duke of
Edinburgh's Award group). The role is answered by contrast with the training officer and
the team leader, and the skills a mentor needs are a single sentence at the end of that
paragraph. The model is GROW told through a training-night debrief; questioning comes
before listening over two paragraphs (the listening one is the fuller); feedback uses
"what went well / even better if"; planning, goals and records each get a paragraph, with
trust answered late in the essay after the goals. A conclusion names every topic. One
probationer's first name is planted.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Understanding Mentoring - Gareth Pryce"),
    P("ILM Level 2 Award in Effective Mentoring Skills, Unit 200 assignment"),
    P("""At twenty past two one Sunday morning last February the pagers went off for a walker
      with a broken ankle below the ridge. One of our probationers, Ffion, was on her third
      call-out. On the walk in she hardly said a word, and at the debrief back at base she sat at
      the back with her hood up. Afterwards she told me she had not known what she was supposed to
      be doing for most of the night and had not wanted to ask in case she looked stupid. That
      conversation is the reason our team decided that every probationer should have a mentor,
      and the reason I volunteered to be one. This essay sets out what that involves: the mentor's job, who gains
      from mentoring, what stops it working and how I would get round that, the skills needed,
      the model I will follow, questions and listening, feedback, trust, planning, goals and
      records."""),
    P("""Before anything else, it is worth being honest about what could stop this working. The
      first problem is time. We are all volunteers with day jobs and families, and the team
      already asks for two training nights a month plus call-outs, so a mentoring session is one
      more evening away from home. The second is that the probationers are spread across three
      valleys and some work shifts, so getting mentor and mentee in the same place at the same
      time is hard. Third, there is the team's culture. Mountain rescue has a lot of experienced
      people who are used to telling, and a new member can feel that asking a question shows
      weakness, which is exactly what happened to Ffion. The fourth is that some probationers do
      not want a mentor at all and think it means they are being watched before a vote on their
      membership. Any of these would mean sessions get missed and the mentee stops using
      us."""),
    P("""None of these are reasons not to do it. For time, we have agreed as a team that the first
      half hour of one training night a month is set aside for mentoring pairs, so it does not
      add an extra evening. Between those I will keep in touch by phone or a quick message, which
      suits people on shifts. For distance, I can meet a probationer in the café at the quarry
      gate on my way home or in the team vehicle before a training night, wherever is closest for
      them. For the culture, I will tell my mentee from the first meeting that I asked plenty of
      daft questions in my first year and still do, and I will make a point of asking questions
      in front of them at training. For a probationer who does not want a mentor, I will explain
      that the mentor has no vote in the membership decision and no report goes to the committee,
      and if they still do not want it, or the two of us clash, the training officer will pair them
      with someone else."""),
    P("""When it works, the benefit to a probationer is huge. Our probation is a year long, and in
      that time they have to pass casualty care, learn the rope systems, learn the ground and get
      used to being woken at two in the morning. A mentor helps them join the dots, settle into
      the team faster and stay; we lose about a third of our probationers in the first year, and
      most of them simply drift away. At the quarry, where I work, the older electricians mentor
      the apprentices, which helps them link what they learn at college to real plant, gives them
      someone to ask about the things nobody writes down, like which fitter to avoid before his
      first brew, and has meant every apprentice for the last four years has stayed on after
      qualifying. And at the local high school, sixth formers who have done their Duke of
      Edinburgh's Award mentor the Year 10s doing their bronze expedition, which gives the younger
      ones the confidence to camp and navigate without a teacher and gives the older ones
      leadership experience for their college applications."""),
    P("""A mentor here is a different thing from the training officer, who runs the training
      programme and signs off skills, and is not the team leader, who decides who goes on which job. The mentor is the
      person in the middle who the probationer can talk to without it counting. As a mentor I will
      meet my probationer every few weeks, help them decide what they want from the year and set
      their own targets, share what I have learned over eleven years on the team, introduce them
      to the people who can help with specific things, like our swiftwater instructor, encourage
      them when it gets hard, keep what they tell me confidential, and know when something is
      beyond me, for example if a bad job has left them struggling, in which case I make sure
      they get to the team's trauma support contact. To do that well you need to be able to
      listen, ask a decent question, explain without jargon, keep your temper, give straight
      feedback, set targets and, above all on the hill, set the example."""),
    P("""The model I will follow is GROW, because it fits the way we already debrief after a
      training exercise. As an example, after a night navigation exercise I might sit down with
      the probationer and start with the Goal: what do you want to be able to do? Say the answer
      is to lead a leg of the navigation on a real call-out. Then the Reality: how did tonight go,
      where did you lose confidence, what do you already do well? Then the Options: what could
      you do to get there, such as extra practice with the map and compass on the hill, walking a
      route with one of the party leaders, or doing the navigation award course? Then the Way
      forward: which of those will you do, and by when? It keeps the session short and makes sure
      we end with something they are going to do, not just a chat."""),
    P("""Questioning will be a big part of that. I will mostly use open questions such as 'What
      was going through your head on the steep ground?' or 'How would you do it next time?',
      because they get the probationer thinking and talking. Closed questions are for pinning
      down facts, like 'Did you check the casualty's airway first?', and at the end I will
      summarise and ask 'Is that right?' to check I have understood."""),
    P("""Listening matters even more, because a probationer who feels listened to will tell you
      what actually went wrong rather than what they think you want to hear. On a training night
      there is noise and kit everywhere, so I will take them out of the garage to somewhere
      quiet, put my phone in my pocket and give them my full attention. I will let them finish
      without jumping in with my own war stories, nod and show I am following, sum up what I
      think they told me, and watch their body language; Ffion's hood going up
      told me more than anything she said. If I listen properly I find out the real problem,
      and they start to trust that they can come to me."""),
    P("""For feedback I will use 'what went well' and 'even better if', which the team already
      uses on exercises, so it feels normal. It will come the same night or the next day, one to one
      and not in front of the whole team in the garage, and I will stick to what I saw: 'you packaged
      the casualty well and kept talking to her; even better if you had called the stretcher team
      forward earlier'. I will ask the probationer how they think it went first, because they are
      usually harder on themselves than I would be, and end by agreeing one thing to practise."""),
    P("""Planning starts before the first session. I will meet my mentee at the base for an hour,
      go through the probationer competency logbook together and get them to rate themselves on
      each skill, which shows where the gaps are. I will also ask them a few questions about how
      they learn best and what worries them about call-outs. We will then write a short mentoring
      agreement: how often we meet, where, how we keep in touch, what stays between us, and that
      either of us can stop. Before each session I will check my previous notes and the training
      calendar, so we can plan around what is coming up."""),
    P("""Examples of goals we might agree are: to pass the casualty care exam at the October
      assessment; to rig and run a stretcher lower on the training crag under supervision by
      Easter; and to lead a navigation leg on a call-out before the end of the probation year.
      Each goal is specific, has a date, and is something the training officer could see
      happening. I will check how committed the probationer is to each one, because there is no
      point setting a goal they do not care about, and I will push a bit, but not so much that
      they feel set up to fail."""),
    P("""Trust will take time, and the call-out story shows why. I will earn it by keeping my word,
      being where I said I'd be, being open about my own mistakes (I once led a
      stretcher party down the wrong gully in the mist), and keeping our conversations to
      ourselves. I will be clear from the start about the one time I would have to pass something on, which is if someone's safety is at risk. I will also never use anything a
      probationer has told me in mentoring against them at their membership vote, even though I
      will be in the room for it."""),
    P("""After each meeting I will write a few lines: when we met, what came up, which targets we
      set, what the probationer agreed to do, and whether last time's actions got done. The team keeps its personnel records
      on a password-protected system, and I will keep my mentoring notes in a separate locked
      folder that only my mentee and I can see, because of data protection and confidentiality.
      The notes let us look back over the whole probation and they give me something
      to reflect on about my own mentoring, for example how often I ended up telling rather than
      asking."""),
    P("""To sum up, mentoring a probationer means being there for them through a hard first year.
      I have covered the mentor's job, what probationers and others gain, the obstacles and ways
      past them, the skills, GROW, questioning, listening, feedback, trust, planning, goals and
      record keeping. If it stops one probationer sitting at the
      back of a debrief with their hood up, it will have been worth it."""),
]

CASE = Case(
    name="ek_200_mountain_rescue_pdf",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("Pryce unit 200.pdf", BLOCKS)],
    labels={
        "1.1": "is not the team leader, who decides",
        "1.2": "every apprentice for the last four years has stayed on",
        "1.3": "one more evening away from home",
        "1.4": "set aside for mentoring pairs",
        "2.1": "explain without jargon, keep your temper",
        "2.2": "fits the way we already debrief",
        "2.3": "without jumping in with my own war stories",
        "2.4": "which the team already uses on exercises",
        "2.5": "led a stretcher party down the wrong gully",
        "3.1": "go through the probationer competency logbook together",
        "3.2": "casualty care exam at the October assessment",
        "3.3": "keep my mentoring notes in a separate locked folder",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": ["Ffion"]},
    about="Mountain rescue mentoring essay PDF: no lines at all, call-out story opening, barriers then remedies first, benefits across three situations, skills as one sentence in the role paragraph, GROW via a debrief, questions before listening, trust late, conclusion.",
)
