"""D2.01 Developing Effective Listening and Questioning Skills: a surf life saving club helper, DOCX.

Cerys Nankervis, seventeen, is a volunteer assistant coach with the junior "nippers" section
of a surf life saving club and mentors a twelve-year-old nipper who is nervous in the sea.
She typed her answers in Word using heading styles: the brief's three section headings as
Heading 1, each followed by a short paragraph of her own saying what the part is about (the
section labels), and every question's full text as Heading 2 with no number, some with the
marks left in. Q4 and Q5 share one heading (both questions joined with a slash) and are
answered in a single Do/Don't table, labels in different cells. Q17 and Q18 share a heading;
the types are described in a paragraph, the examples as bullets. Under Q13 she writes only
that she has come back to it later, and answers it under "Additional notes" at the end,
introduced in her own words. The brief's "By submitting I confirm..." line closes it.

Clean: "my mentee", "the nipper I mentor"; the head coach, the club welfare officer and her
mum by role. Not identifying: the learner's own name, the RNLI, Surf Life Saving GB, the
beach and lifeguard terms.
"""

from .case import Case, B, H, P, SourceFile, T

BLOCKS = [
    H(0, "Knowledge Assignment: D2.01 Developing Effective Listening and Questioning Skills"),
    P("Candidate name: Cerys Nankervis    Centre: County Youth Volunteering Award"),
    P("""About me: I am seventeen and I have been a member of our surf life saving club since I was
      nine. Now I help coach the nippers, who are aged seven to fourteen, on Sunday mornings on
      the beach and on Wednesday evenings in the pool. This season the head coach asked me to
      mentor one of the twelve-year-olds who is a strong pool swimmer but gets very nervous in
      the sea, especially when there is any surf, and was thinking of giving up."""),

    H(1, "The effective mentors role, responsibilities, characteristics and behaviours"),
    P("""In this part I write about what mentoring is and what sort of person a mentor at the club
      should be, and how they should and shouldn't act."""),

    H(2, "Briefly describe what mentoring is about (2 marks)"),
    P("""Mentoring is when someone with a bit more experience supports another person to learn,
      grow in confidence and reach their own goals. The mentor doesn't do it for them; they
      help the person find their own way forward."""),

    H(2, "Briefly describe the role of a mentor (2 marks)"),
    P("""A mentor is a friendly, trusted person who meets the mentee regularly, listens to them,
      helps them set targets and encourages them. At the club I'm not the coach in charge of
      the session, I'm the person my mentee can tell that she's scared without everyone
      hearing. I also know when something needs passing to the head coach or the welfare
      officer."""),

    H(2, "What are the main characteristics of an effective mentor?"),
    P("""Patient, a good listener, honest, reliable and encouraging. Someone who remembers being
      nervous themselves and doesn't make the other person feel silly. They also need to be a
      good example, because younger members copy what older ones do."""),

    H(2, "Give three examples of appropriate behaviour for a mentor / Give three examples of inappropriate behaviour for a mentor"),
    T(["Appropriate (do)", "Inappropriate (don't)"],
      ["Turn up on time every week and do what you said you would",
       "Cancel at the last minute or forget what you agreed"],
      ["Keep what your mentee tells you private, unless it's about them being unsafe",
       "Talk about your mentee's problems with the other nippers or on a group chat"],
      ["Stay in the shallows beside her while she practises her wave entries",
       "Push her into bigger surf than she's ready for so she can keep up with the others"]),

    H(2, "Briefly describe why it is important to respect mentees (2 marks)"),
    P("""If you respect your mentee they will trust you and be honest with you, and they will feel
      their ideas matter. If they feel talked down to, a twelve-year-old will just say
      everything's fine and stop turning up. Respect also means respecting their
      choices, even when I'd do it differently."""),

    H(1, "The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    P("""This part is about agreeing what my mentee wants to achieve and the things that can stop
      that happening, plus what to do when mentoring itself runs into trouble."""),

    H(2, "Explain the importance of agreeing appropriate learning outcomes (10 marks)"),
    P("""Agreeing learning outcomes means you both know what you are working towards, so the
      sessions have a point and you can see progress. It is important that they are agreed, not
      just set by me, because my mentee is much more likely to work at something she has
      chosen. At the start she just said "be less scared", which is too vague to work on. Once
      we talked about it she agreed she wanted to be able to do a run-swim-run race in small
      surf. That is something she can see herself getting closer to. The outcomes also need to
      be appropriate: realistic for her age and ability, safe, and broken into small steps, so
      she gets some success early and doesn't give up. Having them agreed and written down also
      means that when we look back at the end of the season she can see how far she has come,
      which is good for her confidence. And it keeps me on track, so our sessions are about
      her goals and not about what I think she should do."""),

    H(2, "Give three examples of appropriate learning outcomes (12 marks)"),
    B("""By half term, my mentee will be able to duck-dive under a small broken wave at least
      three times in a row with me standing nearby."""),
    B("""By the end of the summer she will compete in the under-13 run-swim-run at our club
      carnival, in waves no bigger than knee height."""),
    B("""Within four weeks she will be able to explain to me how to spot a rip current and what to
      do if she is caught in one, so she feels more in control in the sea."""),

    H(2, "Give two examples of personal things that can get in the way of being mentored (6 marks)"),
    P("""Fear and low confidence: my mentee gets so anxious before a beach session that she
      sometimes says she's ill so she doesn't have to come. Shyness around the older
      members: she won't ask questions in front of the group because she is worried about
      looking stupid."""),

    H(2, "Give two examples of practical things that can get in the way of being mentored (6 marks)"),
    P("""The weather and sea conditions: if the surf is too big or there is a storm, beach
      sessions get cancelled, sometimes for weeks in a row in the autumn. Transport: she
      lives out of town and relies on her dad to drive her, and he works some Sundays."""),

    H(2, "Give two examples of how to handle practical things that get in the way of the mentee being mentored (6 marks)"),
    P("""When the beach session is cancelled we use the Wednesday pool session instead and practise
      things like ducking under the wave machine, or talk through rip currents on the
      whiteboard in the club room. For transport, the head coach has arranged with another
      parent who lives in the same village to give her a lift on the Sundays her dad works."""),

    H(2, "What do you do if a mentee wants help with personal problems? (5 marks)"),
    P("""I would listen and be kind, but I'm not a counsellor and I'm only seventeen, so I wouldn't
      try to sort it out myself. I'd help her think about who could help, like her parents or a
      teacher. If it was something about her being hurt or unsafe, I'd tell her I have to pass
      it on, and then tell the club welfare officer the same day, as that is the club's rule."""),

    H(2, "Briefly explain what you will do if you cannot get on with your mentee (5 marks)"),
    P("(I have answered this one at the end in my additional notes.)"),

    H(1, "The importance of effective listening and questioning skills"),
    P("""Here I explain the skills I use most when I mentor on the beach: listening properly, asking
      good questions, and feedback both ways."""),

    H(2, "What is effective listening? (3 marks)"),
    P("""Effective listening means giving the person your full attention and trying to understand
      what they mean and how they feel, not just the words. It means not interrupting and not
      planning what you're going to say next while they're talking."""),

    H(2, "Why is effective listening important? (3 marks)"),
    P("""If you don't listen properly you might help with the wrong thing. It also makes the mentee
      feel that what they say matters, so they tell you more. My mentee only told me what
      really scared her (being knocked over and not knowing which way is up) after a few
      weeks of me actually listening."""),

    H(2, "Give two examples of how you show that your have listened (6 marks)"),
    P("""I repeat back what she said in my own words, like "so it's not the swimming, it's
      not knowing when the next wave is coming?", and she can tell me if I've got it right.
      I also remember what she told me last week and ask about it, which shows I was listening
      then too. And I sit facing her on the sand, not looking at the other nippers."""),

    H(2, "Describe the two main types of questions which help understanding / Give two examples of each type of question"),
    P("""Open questions can't be answered with yes or no. They get the person talking and thinking
      and help you understand how they see things. Closed questions can be answered in a word
      or two. They are useful for checking facts or that you've understood, or for getting a
      clear decision at the end."""),
    B("Open: \"What was the scariest part of today?\""),
    B("Open: \"How did it feel when you got through that wave?\""),
    B("Closed: \"Do you want to try the green flag area next week?\""),
    B("Closed: \"Is your dad able to bring you on Sunday?\""),

    H(2, "Briefly describe how to give feedback (6 marks)"),
    P("""Give it soon after, be specific about what they did, start with what went well, and then
      give one thing to work on, not five. Talk about the action not the person, so "you
      lifted your head too early on that dive" not "you're bad at duck-diving". Ask them
      what they thought first, and finish with something encouraging."""),

    H(2, "Briefly describe how to receive feedback (4 marks)"),
    P("""Listen to the end without arguing or making excuses, ask questions if you don't understand,
      and say thank you. Then think about it afterwards and decide what to change. When the
      head coach told me I was standing too far away from my mentee in the water, I felt a
      bit hurt, but she was right, so I moved closer."""),

    H(1, "Additional notes"),
    P("""About what I would do if I couldn't get on with my mentee, which I skipped earlier because I
      wasn't sure at first:"""),
    P("""I would first think about whether it's something I'm doing, and try talking to her about it
      honestly and calmly, in a private place on the beach or at the pool. If it still didn't
      work, I would speak to the head coach and ask for advice, and if it really wasn't
      working she could be matched with a different mentor. That wouldn't be a failure;
      what matters is that she gets the help she needs."""),
    P("By submitting I confirm that this assessment is my own work. Cerys Nankervis"),
]

CASE = Case(
    name="r20c_d201_surf_lifesaving_docx",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("D2.01 Knowledge Assignment - C Nankervis.docx", BLOCKS)],
    labels={
        "q1": "The mentor doesn't do it for them",
        "q2": "tell that she's scared without everyone hearing",
        "q3": "Someone who remembers being nervous themselves",
        "q4": "Stay in the shallows beside her while she practises",
        "q5": "Push her into bigger surf than she's ready for",
        "q6": "a twelve-year-old will just say everything's fine",
        "q7": "much more likely to work at something she has chosen",
        "q8": "compete in the under-13 run-swim-run at our club carnival",
        "q9": "she sometimes says she's ill so she doesn't have to come",
        "q10": "relies on her dad to drive her",
        "q11": "practise things like ducking under the wave machine",
        "q12": "I'm not a counsellor and I'm only seventeen",
        "q13": "she could be matched with a different mentor",
        "q14": "not planning what you're going to say next",
        "q15": "being knocked over and not knowing which way is up",
        "q16": "I sit facing her on the sand",
        "q17": "Open questions can't be answered with yes or no",
        "q18": "How did it feel when you got through that wave?",
        "q19": "you lifted your head too early on that dive",
        "q20": "I was standing too far away from my mentee in the water",
        "section-1": "what sort of person a mentor at the club should be",
        "section-2": "the things that can stop that happening",
        "section-3": "the skills I use most when I mentor on the beach",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Surf life saving club junior helper's D2.01 in Word: brief's section headings with own intro lines, every question's full text as an unnumbered heading, Q4+Q5 in one Do/Don't table, Q17+Q18 under one heading with bullet examples, Q13 deferred to 'Additional notes'; declaration.",
)
