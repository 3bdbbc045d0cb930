"""8584-200 Understanding Mentoring: an advice charity's volunteer coordinator, plain text, "AC 1.1" numbering.

Bernadette O'Rourke coordinates volunteers at an independent advice centre in Sheffield and
is about to mentor newly trained volunteer advisers. She wrote the assignment in a plain
text editor: each answer starts on a line "AC 1.1 - " followed by the criterion, pasted from
the brief, then her answer in paragraphs. The key skills for AC 2.1 are a pipe table as
she typed it. No declaration (the centre's cover sheet carries it separately). Nothing to
flag.

Clean but tricky: her own name in the first line; theorists and authors (David Clutterbuck and
David Megginson, Sir John Whitmore, Carl Rogers, Egan's SOLER, Nancy Kline, Pendleton, Honey
and Mumford) in prose and a one-paragraph reference list; the volunteers she will mentor as
"Volunteer A" and "Volunteer B"; a hypothetical client as "Mr X"; job titles (Advice
Services Manager, supervisor); organisations, tools and benefits (AdviserNet, the Advice
Quality Standard, Universal Credit, PIP, a mandatory reconsideration, the food bank); places
(Sheffield, Attercliffe, Darnall, Rotherham).
"""

from corpus.case import Case, P, SourceFile, T

TEXT = [
    P("Bernadette O'Rourke - ILM Level 2 Award in Effective Mentoring - Unit 200 Understanding Mentoring"),
    P("Don Valley Advice Centre, Attercliffe, Sheffield"),
    P("""Background: we are a small independent advice charity giving free advice on benefits,
      debt and housing, mostly to people from Attercliffe, Darnall and over the border in
      Rotherham. We have four paid staff and about thirty volunteers. Each new volunteer
      does our ten-week adviser training and then starts seeing clients under supervision. From
      September I will mentor two of the new advisers, who I call Volunteer A and Volunteer B
      below."""),

    P("AC 1.1 - Describe the role of an effective mentor"),
    P("""A mentor is a more experienced person who helps someone less experienced to learn and
      grow, mostly by helping them think things through rather than telling them what to do.
      Clutterbuck and Megginson describe it as offline help from one person to another in
      making significant transitions in knowledge, work or thinking. "Offline" is the key
      word for us: I am not the new adviser's supervisor on the advice side, so they can tell
      me things they would not say to the person checking their case files."""),
    P("""The main activities of my role will be: meeting each volunteer regularly (once a
      fortnight for their first three months); agreeing what they want to get out of it;
      listening to how their sessions with clients are going; helping them reflect on difficult
      cases, especially the emotional side, because new advisers often go home worrying about a
      family facing eviction; sharing my own experience when it helps; giving honest feedback;
      pointing them towards resources like the training library and AdviserNet; and knowing when
      to refer them on, for example to the Advice Services Manager if there is a quality
      problem with their advice, or to our wellbeing support if they are struggling. I also
      have to keep records and keep confidences, and to be a good role model, which
      means doing things properly myself: booking rooms, turning up on time, and never
      gossiping about clients in the kitchen."""),

    P("AC 1.2 - Describe how mentoring can benefit those being mentored in a range of situations"),
    P("""Situation 1 - a new volunteer's first months. This is where my mentoring will be. New
      advisers learn the rules in training but the first time a client cries in front of them,
      or shouts, it is a shock. Having someone to talk it through with in the same week
      stops that one bad session turning into a reason to leave. Half of our volunteers
      who leave do so in the first three months."""),
    P("""Situation 2 - someone taking on a new responsibility. When an experienced adviser starts
      doing tribunal representation, which is stressful and public, a mentor who has done it
      can help them prepare, build confidence and learn from each hearing."""),
    P("""Situation 3 - someone returning after a long break. We have volunteers who come back
      after illness or caring for a relative. The rules on Universal Credit and PIP change every year,
      and so does the software, and a mentor can help them catch up without feeling
      embarrassed in front of newer people."""),
    P("""Situation 4 - career change. Several of our volunteers are using the experience to move into
      paid advice work. A mentor can help them see which skills transfer, practise for
      interviews and think about what kind of advice work suits them."""),

    P("AC 1.3 - Identify potential barriers to effective mentoring"),
    P("""1. Time. Volunteers give one or two days a week and they want to spend it with clients,
      not in meetings. I also have a full workload, and when the waiting room is full on a
      Monday morning it is tempting to cancel mentoring. If sessions keep getting cancelled
      the volunteer will feel they do not matter."""),
    P("""2. Confusing mentoring with supervision or assessment. Every new adviser's files are
      checked by a supervisor for the Advice Quality Standard. If the volunteer thinks I am
      reporting back, they will not be honest about their mistakes, and mistakes are exactly
      what they need to talk about."""),
    P("""3. Differences between mentor and mentee. Our volunteers range from 19-year-old law
      students to retired teachers, and some have been through the benefits system
      themselves. If I do not take care, a mentee could feel I do not understand their world,
      or that I am talking down to them."""),

    P("AC 1.4 - Explain how to overcome the potential barriers to effective mentoring"),
    P("""Time: I will book all six sessions in the diary at the start, on the volunteer's normal
      day, in the afternoon when it is quieter, and treat them like a client appointment that
      cannot be moved unless there is an emergency. If one has to move, it is rebooked there
      and then, not "sometime". Keeping sessions to forty-five minutes to an hour also makes
      them easier to protect."""),
    P("""Confusion with supervision: I will explain at the first meeting, and put in the
      agreement, that I do not check their files and will not pass on what they say, except
      if a client is at risk or there is a serious breach of the rules. Because the reason
      for the barrier is fear of being judged, the answer is to make the boundary clear in
      writing and then to stick to it, every single time, so they see that I mean it."""),
    P("""Differences: I will start by asking about them, why they volunteered and what they have
      done before, and listen properly. I will not assume what they know. Where someone has
      lived experience of the benefits system I will treat that as expertise, because it often
      makes them better with clients than I was at the start. If the match really does not
      work, the agreement will say either of us can end it without blame and I will find
      them another mentor."""),

    P("AC 2.1 - List the key skills required to be an effective mentor"),
    T(
        ["Skill", "What it looks like", "Why it matters in our centre"],
        ["Active listening", "Full attention, eye contact, summarising back, noticing feelings as well as facts",
         "New advisers need to offload after hard cases before they can learn from them"],
        ["Questioning", "Open questions, probing questions, the odd closed question to check facts",
         "Helps them work out their own answer so they can do it alone with the next client"],
        ["Giving feedback", "Specific, balanced, about behaviour not the person, and timely",
         "They need to know what they did well, not only what went wrong"],
        ["Empathy", "Understanding how it feels from their side without taking it over",
         "Advice work is emotional and people feel out of their depth"],
        ["Role modelling", "Doing what I ask of them: preparation, punctuality, confidentiality",
         "Volunteers copy what they see, not what they are told"],
    ),

    P("AC 2.2 - Describe a mentoring model or process that can be followed when mentoring"),
    P("""I am going to use the GROW model, from Sir John Whitmore, because it is simple and I can
      remember it in the middle of a conversation. Goal: what do you want to get out of today,
      or out of the mentoring overall? Reality: what is happening now, what have you tried?
      Options: what could you do, what else? Way forward (or Will): what will you do, and by
      when?"""),
    P("""An example of how it will work here: Volunteer A wants to feel confident doing a
      benefits check on her own (Goal). At the moment she checks every answer with the
      supervisor and the client waits twenty minutes (Reality). She could practise on old
      anonymised cases, sit in on two of mine, use the calculator in a quiet hour, or ask
      for a checklist (Options). She decides to do three practice cases before next
      Thursday and bring back any she gets stuck on (Way forward). Next session we start by
      looking at how those went, and the cycle starts again. Over the three months I will also
      keep the bigger stages of the relationship in mind, starting with building rapport and
      ending with a proper close, rather than jumping straight into problems."""),

    P("AC 2.3 - Explain how to use questioning and listening techniques to support individuals being mentored"),
    P("""Questioning: open questions (what, how, tell me about) get the volunteer talking and
      thinking, for example "What happened when the client got angry?" Probing questions go
      deeper: "What were you thinking at that moment?" or "What made you decide to stop
      the interview there?" Closed questions are useful only to check facts, like "Did
      you give him the food bank voucher?", and I will try not to use too many because
      they shut the conversation down. I will avoid leading questions ("Don't you think you
      should have...?") because they are advice in disguise. Hypothetical questions help
      with preparation: "If Mr X turns up again without his letters, what would you do?"
      Good questions help the volunteer find their own answer, which builds confidence they
      can take into the next interview when I am not there."""),
    P("""Listening: I will use Egan's SOLER (sitting squarely, open posture, leaning in, eye
      contact, relaxed) so the volunteer can see I am listening. I will summarise what I heard
      and reflect back feelings ("it sounds like you felt you'd let her down"), which shows I
      have understood and often helps them hear it themselves. Nancy Kline's idea of not
      interrupting is one I want to practise, because in a busy advice centre everyone
      finishes each other's sentences. Carl Rogers talked about unconditional positive
      regard, and I think that is what listening really gives a new adviser: the sense that
      they can say they got it wrong without being judged."""),

    P("AC 2.4 - Describe how to give feedback within a mentoring role"),
    P("""I will give feedback soon after the event, in private, and based on what I saw or what the
      volunteer told me, not on gossip from others. I will use Pendleton's rules: first ask the
      volunteer what they think went well, then say what I think went well, then ask them
      what they would do differently, then add my own suggestions. This way they do most of
      the thinking and the feedback feels like a conversation. I will always be specific:
      "you explained the sanction really clearly and checked he understood by asking him to
      tell you in his own words" is more use than "that was good". For things that need to
      change, I will describe the behaviour and its effect and not the person, and agree one
      thing to try next time rather than a list. I will also ask for feedback on my mentoring
      at the end of each session, because I want them to see that feedback goes both ways."""),

    P("AC 2.5 - Describe how the mentor can develop trust with individuals they are mentoring"),
    P("""Trust starts with the first meeting: being on time, having a private room booked, and
      explaining clearly what mentoring is, what I will and will not share and with whom. The
      exceptions to confidentiality (a client at risk, a safeguarding concern, anything illegal)
      will be said out loud and written in the agreement, so there are no surprises
      later. After that, trust is built by consistency: doing what I say I will do, remembering
      what they told me last time, and never discussing them with other staff. Sharing my own
      mistakes helps too. I will tell them about the time I gave a client the wrong deadline
      for a mandatory reconsideration, early in my first year, and how the centre sorted it
      out. That shows them I am not perfect and that it is safe to be honest. The biggest
      barrier to trust in our setting is that I am also staff and they may see me as
      management, so I need to keep showing that the mentoring space is theirs."""),

    P("AC 3.1 - Explain how to plan for effective mentoring sessions"),
    P("""Before the first session I will ask each volunteer to fill in a short needs
      questionnaire: what they found hardest in training, what they are most worried about,
      how they like to learn (I have adapted a few questions from Honey and Mumford's learning
      styles), and what days suit them. Together with their training record, this helps me
      see the gaps before we meet. In the first session we agree the mentoring agreement,
      which covers how often we meet, how long, where, confidentiality, how to cancel and
      how either of us can end it, and we both sign it. I will plan each session with a
      one-page prep sheet: the actions from last time, what I want to ask, and any resources I
      might need. Sessions will be in the small interview room at the back, which has a door
      and is away from the waiting room, on the volunteer's normal day, so they are not
      coming in specially. I will also plan for the whole period, six sessions over three
      months, with a review at the midpoint and a proper ending at the end."""),

    P("AC 3.2 - State examples of goals that would be agreed in an effective mentoring session"),
    P("""Goal 1 (Volunteer A, confidence): "By the end of October, I will carry out a full benefits
      check with a client on my own, using the calculator, without asking the supervisor
      during the appointment, on at least three occasions." This is specific and measurable
      and we can check it in her case records."""),
    P("""Goal 2 (Volunteer B, managing emotions): "Within six weeks, I will use the end-of-day
      debrief with my supervisor at least once a week instead of taking worries home, and
      rate how I feel leaving the building from one to ten in my notebook." This one is about
      wellbeing, which is just as important in advice work, and the rating makes it
      measurable."""),
    P("""For goals to be effective they need to be the volunteer's own, written in their words,
      SMART, realistic in the time they actually volunteer, and reviewed at every session.
      I will also ask how committed they are out of ten, and if it is below seven we change
      the goal."""),

    P("AC 3.3 - Explain what records are required when mentoring an individual"),
    P("""I will keep: the signed mentoring agreement; the needs questionnaire; a short note of
      each session with the date, length, topics, goals and agreed actions; and my own
      reflection after each session. The volunteer keeps their own copy of the goals and
      actions."""),
    P("""These records are needed because they show progress, so the volunteer can see how far they
      have come, which is motivating; they stop us going over the same ground; they remind me
      what I promised to do; and they are evidence for my ILM portfolio and for the charity
      that mentoring is happening. Considerations: the records are about the volunteer, so
      they must follow UK GDPR and our data protection policy. I will keep them factual, never
      write anything I would not be happy for the volunteer to read, never write client
      names or details in mentoring notes, store them in a locked drawer or a password
      protected folder on the centre's system, and destroy them six months after the
      mentoring ends. The volunteer can ask to see what I have written about them at any
      time."""),

    P("""References: Clutterbuck, D. and Megginson, D. (1995) Mentoring in Action; Whitmore, J.
      (2017) Coaching for Performance; Egan, G. (2013) The Skilled Helper; Kline, N. (1999) Time
      to Think; Pendleton, D. et al. (1984) The Consultation; Honey, P. and Mumford, A. (1992)
      The Manual of Learning Styles. Word count approx 2,100."""),
]

CASE = Case(
    name="w_8584_200_advice_centre_txt",
    unit="8584-200",
    kind="numbered-unstyled",
    files=[SourceFile("BOR unit 200.txt", TEXT)],
    labels={
        "1.1": "never gossiping about clients in the kitchen",
        "1.2": "stops that one bad session turning into a reason to leave",
        "1.3": "they will not be honest about their mistakes",
        "1.4": "If one has to move, it is rebooked there and then",
        "2.1": "Volunteers copy what they see, not what they are told",
        "2.2": "She decides to do three practice cases before next Thursday",
        "2.3": "they are advice in disguise",
        "2.4": "agree one thing to try next time rather than a list",
        "2.5": "the wrong deadline for a mandatory reconsideration",
        "3.1": "plan each session with a one-page prep sheet",
        "3.2": "rate how I feel leaving the building from one to ten",
        "3.3": "never write client names or details in mentoring notes",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Advice charity volunteer coordinator's 200 in plain text, 'AC 1.1 - ' lines with the pasted criterion, pipe table of skills; clean: Volunteer A/B, 'Mr X', many theorists by full name, Citizens Advice/DWP/benefits, Sheffield places; no declaration.",
)
