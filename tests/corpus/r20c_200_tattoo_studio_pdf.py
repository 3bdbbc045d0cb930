"""8584-200 Understanding Mentoring: a tattoo studio's senior artist, Google Docs PDF.

Rhiannon Beck is senior artist at an independent tattoo studio (four artists, a piercer and
a front desk) and is about to mentor the studio's new apprentice. She wrote the assignment
in Google Docs and downloaded it as PDF. It opens with a Google-style contents list of her
headings with page numbers (her guesses). Each answer sits under a heading that pastes the
criterion with its number ("1.1 Describe the role of an effective mentor") and, below it,
the handbook's guidance for that AC pasted as a "Guidance:" line. 1.3 and 1.4 share one
heading (barriers in one paragraph, ways round them in the next); the 2.1 skills table is
followed by prose holding the label; under 3.2 she writes only that she has moved it to the
end, and answers it under "Additional notes" after 3.3. 1.2's three situations run over
three paragraphs, label in the third. No declaration.

Clean: "my apprentice", "Apprentice A"; the studio owner and a college tutor by role. Not
identifying: the learner's own name, GROW, Whitmore, Egan, CEDAR, UK GDPR.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 200 Understanding Mentoring"),
    P("ILM Level 2 Award in Effective Mentoring Skills"),
    P("Rhiannon Beck - Senior Artist"),

    H(1, "Contents"),
    P("Introduction ........ 1"),
    P("1.1 Describe the role of an effective mentor ........ 1"),
    P("1.2 Describe how mentoring can benefit those being mentored ........ 2"),
    P("1.3 and 1.4 Barriers and how to overcome them ........ 2"),
    P("2.1 Key skills ........ 3"),
    P("2.2 Mentoring model ........ 3"),
    P("2.3 Questioning and listening ........ 4"),
    P("2.4 Feedback ........ 4"),
    P("2.5 Trust ........ 5"),
    P("3.1 Planning sessions ........ 5"),
    P("3.2 Goals ........ 6"),
    P("3.3 Records ........ 6"),
    P("Additional notes ........ 7"),

    H(1, "Introduction"),
    P("""I have been tattooing for eleven years and have worked at our studio for six. We are an
      independent street shop with four artists, a body piercer and a front desk, and we take
      on one apprentice every couple of years. A tattoo apprenticeship is long, usually two to
      three years, and most of the first year is cleaning, setting up stations, learning
      hygiene and cross-contamination, and drawing, drawing, drawing. The owner of the studio
      teaches the technical side. This year she asked me to mentor our new apprentice
      alongside that, because the last two apprentices we took on both left in their first
      year, and neither of them left because they couldn't draw."""),

    H(2, "1.1 Describe the role of an effective mentor"),
    P("Guidance: Provide a clear description of the main activities and responsibilities of an effective mentor."),
    P("""Mentoring is a relationship where someone with more experience supports another person to
      learn and develop, mostly by listening, asking and sharing what they have learned, so
      that the person being mentored finds their own way rather than copying the mentor. It
      is different from the training my apprentice gets from the owner. She is the trainer
      and, in a way, the supervisor: she decides when my apprentice is ready to move from
      fake skin to fruit to a real client. I am deliberately not the one who signs off their
      linework. I'm also not a counsellor. If something serious comes up, my job is to point
      my apprentice to someone who can help."""),
    P("""The main activities of my role are: meeting my apprentice regularly away from the
      stations; helping them set their own goals and check how they are getting on; listening
      when they are fed up, which in a first year is often; sharing my own experience of
      coming up through an apprenticeship; giving honest feedback on how they are handling
      the work and the clients; and keeping what they tell me confidential, within limits we
      agree at the start. A good mentor is also a role model. If I cut corners on hygiene,
      whatever I say in our sessions is worth nothing."""),

    H(2, "1.2 Describe how mentoring can benefit those being mentored in a range of situations"),
    P("""Guidance: State the benefits to individuals who receive mentoring. To meet this criterion,
      the learner must describe how mentoring benefits individuals in at least three
      different situations."""),
    P("""Situation one is our own studio. A new apprentice is at the bottom of a very small team
      where everyone else is skilled and busy. The benefit of a mentor is having one person
      whose time is theirs, who can help them see that the boring first year is going
      somewhere, and who can help them with the things nobody teaches, such as how to talk to
      a client who wants a name tattooed on their neck at nineteen. For our apprentice it
      should mean staying the course and getting to tattoo sooner, because they are not
      hiding the things they are unsure about."""),
    P("""Situation two is a small business starting out. A friend of mine opened a barbershop last
      year on her own. She is a brilliant barber but had never done a VAT return, hired
      anyone or dealt with a bad online review. A mentor from our local business network, who
      ran a salon for twenty years, meets her once a month. For her the benefit is having
      someone to test decisions on before she makes them, and confidence that she is not the
      only person who ever found this hard."""),
    P("""Situation three is education. I volunteer at the local college one afternoon a term,
      talking to art and design students who want to go into tattooing. Some of them are
      matched with a mentor from the industry for their final year. The benefit there is
      mostly about direction and career: a mentor helps them understand what studios look
      for, helps them build a portfolio they were proud to show at interview, and helps
      them keep going when they get knocked back by studios, which they will."""),

    H(2, "1.3 and 1.4 Barriers and how to overcome them"),
    P("""Guidance: State two or more potential barriers to effective mentoring. Using the two or more
      potential barriers identified, provide an explanation of how to overcome each of those
      potential barriers."""),
    P("""The first barrier is time. We are a walk-in shop as well as booked work, and the studio
      is never quiet between clients on a Saturday, so a mentoring chat can easily get pushed
      back week after week until it stops happening. The second is the environment: the studio
      floor is open plan and everyone can hear everything, so my apprentice would not say
      anything honest there. The third is trust and willingness. Tattooing has a reputation
      for hard apprenticeships where you keep your head down, and an apprentice might think
      that admitting to a problem will count against them with the owner. And because I am
      an artist in the same studio, they may see me as part of the system they are being
      judged by."""),
    P("""To overcome the time barrier, we meet before the doors open on a Tuesday, which is our
      quietest day, and the sessions go in the appointment book like a client so that nobody
      books over them. For the environment, we will use the consultation room with the door
      shut, or go to the café two doors down, where we are not overheard. For trust, I will
      agree with my apprentice and the owner at the start that what we talk about stays
      between the two of us unless it is a safety issue, and the owner has agreed she won't
      ask me how the apprentice is doing. I will also be open that I had a rough
      apprenticeship myself, so they know it is normal to find it hard."""),

    H(2, "2.1 List the key skills required to be an effective mentor"),
    P("""Guidance: Clearly set out a list of key skills required to be an effective mentor, including a
      minimum of two or more skills."""),
    T(["Skill", "What it looks like", "Why it matters for my apprentice"],
      ["Active listening", "Full attention, eye contact, summing up what I heard",
       "They need to feel heard before they will tell me the real problem"],
      ["Questioning", "Mostly open questions, some checking questions",
       "Helps them work out their own answers instead of waiting for mine"],
      ["Empathy", "Showing I understand how they feel without taking over",
       "First-year apprentices often feel useless and stuck"],
      ["Giving feedback", "Specific, about the work, balanced",
       "They need to know where they stand without being flattened"],
      ["Goal setting", "Helping them turn 'get better' into something they can check",
       "Keeps the long apprenticeship moving in steps"],
      ["Role modelling", "Doing the hygiene and client care I expect",
       "They learn more from what I do than what I say"]),
    P("""Of these, the one I have to work hardest at is keeping quiet while my apprentice is still
      thinking, because my habit with clients is to fill silences to keep them relaxed."""),

    H(2, "2.2 Describe a mentoring model or process that can be followed when mentoring"),
    P("""Guidance: Describe a model or process that can be followed for effective mentoring and how it
      works when mentoring an individual."""),
    P("""I am going to use the GROW model, because it is simple enough for me to remember in the
      middle of a conversation and it keeps the session moving towards something my
      apprentice will actually do. GROW stands for Goal, Reality, Options and Will (or Way
      forward)."""),
    P("""Goal: what does my apprentice want, from the whole mentoring and from today's session? For
      example, my apprentice says they want to be tattooing paying clients by next summer.
      Reality: where are they now? What has the owner said about their lines, how much
      drawing are they getting done, what is getting in the way? Options: what could they
      do? Draw every evening, ask to watch more of the owner's line work, practise on fake
      skin on Mondays when the studio is shut, ask for feedback more often. Will: which of
      those will they actually do this month, and when will they start? I will write the
      agreed actions down and we start the next session by looking at them."""),

    H(2, "2.3 Explain how to use questioning and listening techniques to support individuals being mentored"),
    P("""Guidance: Explain how to use questioning and listening in the mentoring process and
      specifically how this can help individuals."""),
    P("""I will mainly use open questions, such as "What part of the stencil are you least sure
      about?" or "How did that feel when the client changed their mind?", because they get my
      apprentice talking and thinking, rather than just saying yes or no. Closed questions
      still have a place, for checking facts and agreeing actions ("So you'll bring the
      sketchbook on Tuesday?"). Probing questions such as "What makes you say that?" help when
      an answer is vague. I will avoid leading questions like "You don't want to give up,
      do you?" because they put my answer in their mouth."""),
    P("""Listening is the bigger half of it. Active listening means giving my full attention, not
      looking at my phone or the appointment book, nodding, and then summarising what I have
      heard ("So it's not the drawing that worries you, it's being watched by the client") so
      that my apprentice can correct me. This helps them because hearing their own words
      back often makes the problem clearer to them, and it shows them I am taking them
      seriously. I will also listen to what isn't said: if they go quiet every time the owner
      is mentioned, that is something to ask about gently."""),

    H(2, "2.4 Describe how to give feedback within a mentoring role"),
    P("""Guidance: Describe how feedback can be provided to individuals being mentored."""),
    P("""In tattooing, feedback on the work is constant and often blunt, so in mentoring I want
      my feedback to be about how my apprentice is going about things: handling clients,
      organising their drawing time, asking for help. I will use the CEDAR model: Context (what
      happened), Examples (specific things I saw), Diagnosis (asking them what was going on for
      them), Actions (what they could do next time) and Review (checking back later). For
      example, if they went silent with a client who was nervous, I would describe what I
      saw, ask how they felt at that moment, and let them come up with what they would say
      next time. I talk about the tattoo, never about the person, and I always ask first
      whether they want my view. I also ask for feedback on my mentoring, so it goes both
      ways."""),

    H(2, "2.5 Describe how the mentor can develop trust with individuals they are mentoring"),
    P("""Guidance: Describe how the mentor can build trust with individuals. It may also be useful to
      highlight barriers to developing trust and the methods the mentor could use to address
      these."""),
    P("""Trust takes time, and in a small studio the biggest barrier is that my apprentice may
      think whatever they tell me goes straight to the owner. So the first step is clear
      boundaries: in our agreement we write down what stays between us and the exceptions
      (anything about safety, a client's safety, or the law), and I stick to it. Second, I
      will do what I say. If I say we meet on Tuesday, we meet on Tuesday. Third, I will
      share some of my own story, including the first tattoo I ever did that went wrong,
      so they know mistakes can be talked about. Fourth, I will show respect by treating their
      ideas as worth hearing, even when they are new, and by never making fun of their
      drawings in front of others. And if something comes up that I am not the right person
      for, I will say so and help them find the right support, which is part of being
      trustworthy too."""),

    H(2, "3.1 Explain how to plan for effective mentoring sessions"),
    P("""Guidance: Explain how to plan for mentoring sessions. Describe methods that would be used,
      including questionnaires or forms to assess the needs of individuals being mentored and
      any agreements required between mentor and the individual (mentee)."""),
    P("""Planning starts before the first meeting. I will ask my apprentice to fill in a short
      questionnaire before our first proper session, rating themselves from one to five on
      drawing, hygiene and set-up, client care, confidence and time management, and writing
      what they most want help with. Comparing this with what the owner sees as the gaps gives
      us a starting point. At that first session we go through the mentoring agreement: how
      often we meet (every two weeks for an hour), where, how to cancel, confidentiality and
      its limits, and what each of us expects. Before each session I will re-read my notes
      and the actions from last time, and think about what questions I might ask, but I will
      let my apprentice set the agenda on the day. We will meet somewhere private but in the
      building or a public café, never at my flat, as my apprentice is only eighteen."""),

    H(2, "3.2 State examples of goals that would be agreed in an effective mentoring session"),
    P("""Guidance: Give examples of at least two goals that would provide the focus of mentoring."""),
    P("(I have put my answer to this one in the Additional notes at the end.)"),

    H(2, "3.3 Explain what records are required when mentoring an individual"),
    P("""Guidance: Explain what records are required to be kept by the mentor."""),
    P("""I will keep the signed mentoring agreement, the needs questionnaire, a short record of each
      session (date, what we talked about in a line or two, agreed actions and the date of the
      next session), and a mentoring diary for my own reflections. The session records let us
      both see progress over a long apprenticeship, which matters in the middle months when
      it feels like nothing is changing. They also show that the mentoring happened, for
      my assessment and for the owner, without giving away what was said. My diary is
      where I think about how I am doing as a mentor."""),
    P("""The records hold personal information, so under UK GDPR I keep only what is needed and my
      apprentice can see anything I write about them. Paper records are kept in a locked drawer,
      not on the studio iPad that the whole team uses for bookings. I will agree with my
      apprentice how long I keep them after we finish and then shred them."""),

    H(1, "Additional notes"),
    P("""Goals (3.2): I wanted to check with my assessor whether the goals had to be my real
      apprentice's goals or examples. She said either, so here are the two we have talked
      about."""),
    P("""Goal one: complete the bloodborne pathogens course by the end of May, and be able to talk
      a client through aftercare without reading from the card. This is a knowledge and
      confidence goal, it is realistic in two months and we will know it is done by the
      certificate and by the owner watching one aftercare chat."""),
    P("""Goal two: draw and colour one full sheet of original flash every week for twelve weeks,
      and ask the owner for feedback on each sheet. This is about building skill and the habit
      of asking for feedback. It is specific and measurable and my apprentice chose it, which
      I think matters more than anything for whether they will stick to it. For both goals
      I will check commitment by asking how likely they are to do it, out of ten, and if it
      is under seven we change the goal rather than pretend."""),
    P("References: Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey. Egan, G. (2014) The Skilled Helper."),
]

CASE = Case(
    name="r20c_200_tattoo_studio_pdf",
    unit="8584-200",
    kind="structured-pdf",
    files=[SourceFile("Rhiannon Beck - Unit 200 Understanding Mentoring.pdf", BLOCKS)],
    labels={
        "1.1": "not the one who signs off their linework",
        "1.2": "a portfolio they were proud to show at interview",
        "1.3": "never quiet between clients on a Saturday",
        "1.4": "we meet before the doors open on a Tuesday",
        "2.1": "the one I have to work hardest at is keeping quiet",
        "2.2": "tattooing paying clients by next summer",
        "2.3": "What part of the stencil are you least sure about?",
        "2.4": "I talk about the tattoo, never about the person",
        "2.5": "the first tattoo I ever did that went wrong",
        "3.1": "a short questionnaire before our first proper session",
        "3.2": "complete the bloodborne pathogens course by the end of May",
        "3.3": "not on the studio iPad that the whole team uses",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Tattoo studio senior artist's 200 as a Google Docs PDF: dotted contents list with guessed pages, each AC pasted as heading with its guidance below, 1.3+1.4 under one heading, skills table then label prose, 3.2 deferred to 'Additional notes' after 3.3; no declaration.",
)
