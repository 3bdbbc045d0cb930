"""D2.01 Developing Effective Listening and Questioning Skills: a young bell ringer, plain text.

Ellie Summerhayes, sixteen, rings at her village church tower and mentors two younger
learners the tower captain has asked her to look after while they learn bell handling. Her
answers are a Notepad file with the questions pasted in and numbered every which way: "Q1.",
"Q2:", "Question 3" on a line of its own with the question below it, "4)" likewise, "Q5",
"Q6." and, in sections 2 and 3, "Q7 (10 marks)"-style lines with the marks left in. Each
section opens with a "Q1-Q6"-style line carrying the handbook's section heading, and closes
with a "Looking back on this part" paragraph in her own words (the section labels). She
answers Q9 and Q10 in one paragraph under both question lines (personal things first, then
practical), Q13 before Q12 (she says the falling-out one happened first), and Q17 and Q18
in one answer under both question lines. No declaration.

Clean: "my learner", "Learner X" and "Learner Y"; the tower captain, the parish safeguarding
officer and her mum by role. Not identifying: the learner's own name, Grandsire, Plain Bob,
Stedman, the Central Council, Childline.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("D2.01 Knowledge Assignment - Developing effective listening and questioning skills"),
    P("Candidate name: Ellie Summerhayes    Centre: Youth Leadership Award scheme"),
    P("""About me: I ring bells at our village church and I've been ringing for four years. This
      year the tower captain asked me to mentor two younger learners (Learner X, who is 11, and
      Learner Y, who is 13) while they learn to handle a bell safely and ring in rounds."""),

    P("Q1-Q6 The effective mentors role, responsibilities, characteristics and behaviours"),
    P("Q1. Briefly describe what mentoring is about (2 marks)"),
    P("""Mentoring is when someone a bit further on helps another person learn and grow, not by
      doing it for them but by supporting them, encouraging them and helping them work things
      out. It's more like being a guide than a teacher."""),
    P("Q2: Briefly describe the role of a mentor (2 marks)"),
    P("""The mentor is there to support, encourage and be someone the learner can ask the "stupid"
      questions they wouldn't ask the tower captain in front of the whole band. In our tower I
      stand next to my learner at practice night, talk to them before and after, and help
      them set little targets."""),
    P("Question 3"),
    P("What are the main characteristics of an effective mentor?"),
    P("""Patient, kind, honest, reliable and a good listener. Someone who remembers what it was
      like to be a beginner and doesn't show off."""),
    P("4)"),
    P("Give three examples of appropriate behaviour for a mentor"),
    P("""Turning up on practice night every week when I said I would. Saying well done when my
      learner gets something right, like catching the sally at the right height. Being
      calm when the rope goes wrong so they stay calm too."""),
    P("Q5 Give three examples of inappropriate behaviour for a mentor (6 marks)"),
    P("""Shouting "STAND!" at them in a panicky way when it isn't dangerous. Telling other
      ringers things my learner told me in private. Ringing a method myself when I should
      be watching them, just because I want a go."""),
    P("Q6. Briefly describe why it is important to respect mentees (2 marks)"),
    P("""If they feel respected they will trust you and keep coming back. Learner X is the
      youngest in the tower by miles and if she feels like a little kid she will stop
      coming. Respect means treating their ideas as worth listening to."""),
    P("""Looking back on this part: mentoring in a bell tower is mostly about being the steady
      one standing next to them, so they feel safe to try."""),

    P("Q7-Q13 The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    P("Q7 Explain the importance of agreeing appropriate learning outcomes (10 marks)"),
    P("""If you agree outcomes together the learner knows what they are aiming for and why, so it
      feels like their goal and not yours. It also means you can both tell when they have got
      there, and celebrate, instead of them feeling like they never finish learning. They have
      to be appropriate though, because if they are too hard the learner gives up, and if
      they are too easy they get bored. With bell ringing, agreeing the right outcome also
      keeps them safe, because trying to ring on a heavy bell before you can handle a light one
      can hurt you. When Learner Y and I agreed her outcome together, she worked harder
      because she had picked it herself."""),
    P("Q8 Give three examples of appropriate learning outcomes (12 marks)"),
    P("""1) Learner X will be able to handle the treble on her own, backstroke and handstroke, by
      the end of the summer term. 2) Learner Y will ring rounds on the fourth bell at Sunday
      service by Christmas. 3) Learner Y will learn to ring a plain course of Plain Bob
      Doubles inside by Easter."""),
    P("Q9 Give two examples of personal things that can get in the way of being mentored (6 marks)"),
    P("Q10 Give two examples of practical things that can get in the way of being mentored (6 marks)"),
    P("""Personal: being shy or embarrassed, for example Learner X is nervous with all the adults
      watching; and stuff going on at home or with exams that makes them too worried to focus.
      Practical: getting a lift to practice night, which is on a Wednesday evening and the bus
      doesn't run late; and the tower being booked for weddings in summer so we lose
      practices."""),
    P("Q11 Give two examples of how to handle practical things that get in the way of the mentee being mentored (6 marks)"),
    P("""Ask the tower captain if one of the ringers who lives near Learner Y could give her a lift
      each week. When the tower is booked, swap to a handling session on the simulator bell in
      the church hall instead of missing the week."""),
    P("Q13 Briefly explain what you will do if you cannot get on with your mentee (5 marks)"),
    P("""I'm doing 13 first because it actually happened. Learner Y and I got off to a bad start
      because she thought I was bossy. I asked her what was annoying her and she said I kept
      correcting her in front of people. I changed that. If it still hadn't worked I would
      talk to the tower captain and ask whether another ringer could mentor her, and not take
      it personally."""),
    P("Q12 What do you do if a mentee wants help with personal problems? (5 marks)"),
    P("""Listen, but don't try to fix it myself because I'm not trained for that. If it's serious
      or about someone being hurt I have to tell the parish safeguarding officer, and I'd tell
      my learner that first so it isn't a shock. For other stuff I'd suggest they talk to
      a parent or a teacher, or Childline."""),
    P("""Looking back on this part: a lot of what stops people learning is stuff you can sort
      out if you notice it early and ask."""),

    P("Q14-Q20 The importance of effective listening and questioning skills"),
    P("Q14 What is effective listening? (3 marks)"),
    P("""Listening properly with your full attention, to what someone means and how they feel, not
      just the words, without interrupting or thinking about what you'll say back."""),
    P("Q15 Why is effective listening important? (3 marks)"),
    P("""Because if you don't, you will help with the wrong thing. And the learner notices when
      you aren't listening and stops telling you stuff."""),
    P("Q16 Give two examples of how you show that your have listened (6 marks)"),
    P("""Saying back what they told me in my own words, like "so it's the backstroke that feels
      scary, not the handstroke?". And following it up the next week, such as asking Learner X
      how her grade exam on the flute went because she mentioned it."""),
    P("Q17 Describe the two main types of questions which help understanding (4 marks)"),
    P("Q18 Give two examples of each type of question (4 marks)"),
    P("""Open questions, which need a longer answer and get the learner thinking and explaining
      ("How did that feel?", "What do you think made the rope go wild?"), and closed questions,
      which have a yes/no or one-word answer and are good for checking something quickly
      ("Are you ready to ring?", "Did you have your hand on the tail end?"). I mostly
      use open ones but closed ones are really important for safety in the tower."""),
    P("Q19 Briefly describe how to give feedback (6 marks)"),
    P("""Give it soon after, in private, and be specific. Say what they did well first and mean it,
      then one thing to work on and how, then ask what they think. Keep it about what they
      did, not about them as a person."""),
    P("Q20 Briefly describe how to receive feedback (4 marks)"),
    P("""Listen to it all without arguing back, ask a question if you don't understand, say thank
      you and think about it afterwards. When the tower captain told me I talk too much while
      my learner is ringing, I went quiet and let her concentrate, and it worked."""),
    P("""Looking back on this part: listening is the bit of mentoring I got better at most this
      year, even more than ringing."""),
]

CASE = Case(
    name="r19c_d201_bell_ringers_txt",
    unit="D2.01",
    kind="numbered-unstyled",
    files=[SourceFile("Ellie S D201 answers.txt", BLOCKS)],
    labels={
        "q1": "more like being a guide than a teacher",
        "q2": "I stand next to my learner at practice night",
        "q3": "remembers what it was like to be a beginner",
        "q4": "catching the sally at the right height",
        "q5": "Ringing a method myself when I should be watching them",
        "q6": "if she feels like a little kid she will stop coming",
        "q7": "she worked harder because she had picked it herself",
        "q8": "ring rounds on the fourth bell at Sunday service by Christmas",
        "q9": "Learner X is nervous with all the adults watching",
        "q10": "the bus doesn't run late",
        "q11": "swap to a handling session on the simulator bell",
        "q12": "I'd tell my learner that first so it isn't a shock",
        "q13": "she said I kept correcting her in front of people",
        "q14": "to what someone means and how they feel",
        "q15": "you will help with the wrong thing",
        "q16": "how her grade exam on the flute went",
        "q17": "which need a longer answer and get the learner thinking",
        "q18": "What do you think made the rope go wild?",
        "q19": "Keep it about what they did, not about them as a person",
        "q20": "I went quiet and let her concentrate",
        "section-1": "being the steady one standing next to them",
        "section-2": "stuff you can sort out if you notice it early",
        "section-3": "the bit of mentoring I got better at most this year",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Young bell ringer's D2.01 Notepad answers: questions pasted with marks and numbered 'Q1.', 'Q2:', 'Question 3'/'4)' on their own lines, Q9+Q10 and Q17+Q18 answered jointly, Q13 before Q12, 'Looking back' section summaries; clean, no declaration.",
)
