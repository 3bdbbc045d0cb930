"""D2.01 Developing Effective Listening and Questioning Skills: a city farm young volunteer, DOCX.

Kayden Moss, seventeen, is a young volunteer leader at a city farm and mentors the 12-14
year olds on the Saturday junior volunteer scheme. Three Word headings of his own name the
sections (section labels point at them). The numbering changes as he goes: in section 1 he
pastes each question's full wording as a Heading 3 with no number, and answers question 3
before question 2; in section 2 he uses "Q7 (10 marks)" headings, puts Q9 and Q10 under one
heading answered in two paragraphs, and answers Q13 before Q12; in section 3 one heading
"Questions 14 to 16" covers three answers that start "14)", "15)", "16)", his Q16 answer
says "like I said in 14", and "Q17 + Q18" are one heading with two paragraphs. A cover
table, a short introduction naming the topics, and a signed declaration.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "D2.01 Knowledge Assignment"),
    T(
        ["Candidate name", "Kayden Moss"],
        ["Centre", "Brindle Lane City Farm Youth Programme"],
        ["Qualification", "ILM Level 2 Award in Mentoring for Young Learners"],
    ),
    P("""I have volunteered at the farm since I was thirteen and now I help run the Saturday junior
      volunteers, who are 12 to 14. This year I started mentoring three of them. This assignment
      answers the questions about being a mentor, setting aims and what gets in the way, and
      about listening and asking questions."""),

    H(1, "Section One - The mentor's role and how to behave"),
    H(3, "Briefly describe what mentoring is about"),
    P("""Mentoring is about someone with a bit more experience helping another person to grow in
      confidence and work out their own way forward. It is more about support and
      encouragement than teaching, and it goes on over a period of time, not just one chat."""),
    H(3, "What are the main characteristics of an effective mentor?"),
    P("""A good mentor is patient, friendly and easy to talk to, honest, reliable and good at
      keeping things private. They also need to be a good listener and not judge people, and
      be a good example, because the juniors copy what they see you do around the animals."""),
    H(3, "Briefly describe the role of a mentor"),
    P("""The mentor's job is to support the mentee, help them set goals and work towards them,
      listen and encourage, and help them solve problems themselves instead of doing it for
      them. At the farm that might be helping a junior who is scared of the goats to get used
      to them step by step. It is also knowing when to pass something on to the youth worker."""),
    H(3, "Give three examples of appropriate behaviour for a mentor"),
    B("""Being on time and prepared. If I say I will meet a junior at the rabbit barn at ten, I am
      there at ten, not still in the café."""),
    B("""Following the safety rules myself, like washing hands after handling animals and
      wearing boots, so I am a good role model."""),
    B("""Keeping what they tell me confidential, apart from safeguarding, and making sure we are
      always somewhere other people can see us."""),
    H(3, "Give three examples of inappropriate behaviour for a mentor"),
    B("""Laughing at a junior when they get something wrong, like dropping the feed bucket in
      front of everyone."""),
    B("""Adding them on Snapchat or messaging them privately instead of using the farm group
      chat that staff can see."""),
    B("""Telling them what to do all the time or doing the jobs for them because it is quicker,
      which means they never learn."""),
    H(3, "Briefly describe why it is important to respect mentees"),
    P("""If you don't respect them they won't trust you or tell you anything, and they might stop
      coming. Young people get talked down to a lot, so if you treat their ideas as worth
      listening to they feel valued and they try harder. It also shows them how to treat the
      younger ones when it is their turn to help."""),

    H(1, "Section Two - Learning outcomes and barriers"),
    H(3, "Q7 (10 marks)"),
    P("""Agreeing learning outcomes is important because it gives the mentoring a point. If we
      both know what we are aiming for we can plan the sessions around it and see if we are
      getting anywhere. The outcome has to be agreed, not just given, because if the junior
      helped choose it they care about it more and are more likely to stick with it. It also
      has to be appropriate, meaning realistic for their age and what they can do now, or
      they will fail and lose confidence. Writing it down means we can look back in a few
      weeks and see how far they have come, which is really motivating, and I can tell the
      youth worker how they are doing. Without agreed outcomes it just turns into a chat
      while mucking out."""),
    H(3, "Q8"),
    P("Three examples of appropriate learning outcomes from my mentees:"),
    B("""To be able to catch and hold a chicken safely on your own by the end of half term."""),
    B("""To lead a group of visitors round the pig pens and explain the feeding, by the summer
      open day."""),
    B("""To come every Saturday for a month without missing, as one junior had stopped coming
      and wanted to get back into it."""),
    H(3, "Q9 and Q10 - things that get in the way"),
    P("""Personal things: being very shy, so they don't want to talk or ask for help; and stuff
      going on at home or at school, like exams or parents splitting up, which means their
      head is somewhere else."""),
    P("""Practical things: transport, as some juniors rely on a bus that only runs every hour on
      a Saturday; and the weather, because in winter the yard is freezing and muddy and we can
      hardly hear each other in the wind."""),
    H(3, "Q11"),
    P("""For the bus I moved our catch-up to the half hour before it leaves so they don't miss
      it, and for the weather we go in the classroom by the shop when it is bad, or talk while
      we're doing an indoor job like cleaning the guinea pig hutches."""),
    H(3, "Q13 - if I can't get on with my mentee"),
    P("""First I would think about whether it is something I am doing and try a different
      approach, maybe doing more jobs together and less sitting down talking. If it still
      didn't work I would talk to the youth worker about it, and if needed ask for them to
      have a different mentor, and make sure they know it wasn't their fault."""),
    H(3, "Q12 - if a mentee wants help with personal problems"),
    P("""I would listen and be kind but I'm not a counsellor, so I wouldn't try to sort it out
      myself. I would explain that I can't keep it secret if someone might be at risk, and pass
      it to the farm's safeguarding lead straight away. If it's not a safety thing I would
      help them think about who could help, like a teacher or the school counsellor."""),

    H(1, "Section Three - Listening, questions and feedback"),
    H(3, "Questions 14 to 16"),
    P("""14) Effective listening is when you really pay attention to what someone is saying and
      how they are saying it, without interrupting or thinking about what you're going to say
      next, and you make sure you have understood them."""),
    P("""15) It is important because people can tell if you're not listening and they stop
      talking. If you listen properly you find out what is really going on, they feel
      important, and you can help them properly instead of guessing."""),
    P("""16) Like I said in 14, you have to make sure you've understood. One way I show I have
      listened is by repeating back what they said in my own words, for example "so you like
      the animals but you hate being told off in front of the others?" Another is my body
      language: I stop what I'm doing, put the pitchfork down, look at them and nod."""),
    H(3, "Q17 + Q18"),
    P("""The two main types are open questions, which can't be answered with just yes or no and
      get the person to explain, and closed questions, which get a short answer or a fact and
      are good for checking things."""),
    P("""Open: "What did you enjoy most today?" and "How do you feel about doing the tour?"
      Closed: "Have you fed the ducks yet?" and "Do you want to try holding the rabbit?\""""),
    H(3, "Q19 How to give feedback"),
    P("""Give it soon after, somewhere private, and start by asking them how they think it went.
      Say what they did well first and be specific, then one thing to do better and how, and
      end on something positive. Talk about what they did, not what they are like."""),
    H(3, "Q20 How to receive feedback"),
    P("""Listen all the way through without arguing back, ask questions if I don't understand,
      say thank you even if it's hard to hear, and then think about what I'll change."""),
    P("""Declaration: I confirm that this assignment is all my own work.
      Signed: Kayden Moss   Date: 14.03.25"""),
]

CASE = Case(
    name="sj_d201_city_farm_docx",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("Kayden Moss D2.01.docx", BLOCKS)],
    labels={
        "q1": "goes on over a period of time, not just one chat",
        "q2": "scared of the goats to get used to them",
        "q3": "copy what they see you do around the animals",
        "q4": "meet a junior at the rabbit barn at ten",
        "q5": "dropping the feed bucket in front of everyone",
        "q6": "Young people get talked down to a lot",
        "q7": "it just turns into a chat while mucking out",
        "q8": "catch and hold a chicken safely on your own",
        "q9": "parents splitting up, which means their head is somewhere else",
        "q10": "a bus that only runs every hour",
        "q11": "moved our catch-up to the half hour before it leaves",
        "q12": "pass it to the farm's safeguarding lead",
        "q13": "doing more jobs together and less sitting down talking",
        "q14": "without interrupting or thinking about what you're going to say",
        "q15": "people can tell if you're not listening",
        "q16": "put the pitchfork down, look at them and nod",
        "q17": "can't be answered with just yes or no",
        "q18": "What did you enjoy most today?",
        "q19": "start by asking them how they think it went",
        "q20": "say thank you even if it's hard to hear",
        "section-1": "The mentor's role and how to behave",
        "section-2": "Learning outcomes and barriers",
        "section-3": "Listening, questions and feedback",
    },
    expected_checks={"declaration": True, "evidence_matrix": None},
    about="City farm young volunteer's D2.01: own section headings, section 1 with pasted question wording and no numbers (q3 before q2), 'Q7 (10 marks)' headings, Q9/Q10 and Q17/Q18 under shared headings in separate paragraphs, Q13 before Q12, '14)'-style answers under one heading, 'like I said in 14', signed declaration.",
)
