"""D2.01 Developing Effective Listening and Questioning Skills: a junior volunteer at a climbing centre, essay-style PDF.

Aaliyah Hussain, 16, is a junior volunteer at an indoor climbing centre in Sheffield and is
about to mentor a younger girl from the youth climbing club, whom she calls "Bee" (she says
it is a made-up name). She writes the knowledge assignment as an essay: a short
introduction, three headings of her own for the three sections, and paragraphs that run
through the questions in order without repeating them. A few paragraphs end with the
question number in brackets, because her tutor suggested it halfway through; the rest have
none. Nothing is to be flagged.

Clean but tricky: her own name; the pseudonym Bee (a word as well as a name); theorists
(Egan's SOLER, Carl Rogers); places (Crookes, Stanage Edge, the Peak District, Parson
Cross), the NICAS award scheme,
staff by role only (Head Instructor, duty manager), a famous climber (Shauna Coxsey) as a
role model.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Knowledge Assignment D2.01 - Developing effective listening and questioning skills"),
    P("Aaliyah Hussain - Junior Volunteer, Crookes Bouldering and Climbing Centre, Sheffield"),
    P("""I have been climbing at the centre since I was nine and a junior volunteer for a year. In
      September I am going to mentor a 12 year old girl from the youth club who is thinking of
      leaving. In this assignment I will call her Bee, which is not her real name. I have written
      it as an essay in three parts, one for each section of the assignment, and answered the
      questions in the order they are asked."""),

    H(1, "Part 1: What being a mentor means"),
    P("""Mentoring is about one person with a bit more experience helping another person to learn
      and grow, mostly by guiding them rather than doing it for them. It is not the same as
      coaching a technique, because it is about the whole person and it usually goes on for a
      while, and it works both ways because the mentor learns too."""),
    P("""A mentor's role is to listen, encourage, help the mentee work out what they want and set
      goals, share what they know from their own experience, and be a good example. It is also
      part of the role to point them towards the right person when a problem is beyond me, which
      at the centre would be the Head Instructor. (Q2)"""),
    P("""The main characteristics of an effective mentor are being patient, being a good listener,
      being trustworthy and honest, being positive, and being reliable, someone who turns up when
      they said they would. A good mentor is also approachable, so the mentee actually wants to
      talk to them."""),
    P("""Examples of appropriate behaviour for a mentor: being on time and ready before the session
      so the mentee feels they matter; keeping what they tell me private unless someone could get
      hurt; and encouraging her to try a harder problem without pushing, for example saying "do
      you want to have a look at the blue one?" instead of "do the blue one". (Q4)"""),
    P("""Examples of inappropriate behaviour: laughing at her when she falls off an easy problem,
      even as a joke; telling other people at the club what she has told me; and doing things for
      her, like setting up her belay or solving the route for her, because then she doesn't learn
      anything. Posting about her on social media without asking would be another one. (Q5)"""),
    P("""Respect matters because a young person who doesn't feel respected will just stop coming,
      and then the mentoring is over before it starts. Respecting Bee means taking her worries
      seriously even when they seem small to me, and treating her as someone who makes her own
      choices. Carl Rogers called this unconditional positive regard, which our tutor explained
      as accepting the person even if you don't agree with what they did."""),

    H(1, "Part 2: Aims and what gets in the way"),
    P("""It is important to agree learning outcomes together because then we both know what we are
      aiming for and can tell when we've got there. If I decide them on my own they will be my
      goals not hers, and she won't care about them. Agreed outcomes also keep the sessions on
      track, help her see her progress, which builds confidence, and give us something to look
      back at in the review with my supervisor. They need to be realistic, because an outcome that
      is too hard could put her off climbing completely, and they need a date so they don't drift.
      (Q7)"""),
    P("""Three examples of appropriate learning outcomes for Bee could be: to pass her NICAS level 2
      by the summer holidays; to lead a 5+ route indoors on her own, with the duty manager
      watching, by the end of term; and to come to the youth club at least three Saturdays out of
      four for the next two months, so she keeps her friends there. A fourth if she wants one
      would be to go on the club trip to Stanage Edge in the Peak District. (Q8)"""),
    P("""Personal things can get in the way of being mentored. She might be shy or scared of looking
      stupid in front of the older climbers, so she doesn't say what she really thinks. She might
      also have things going on at home or at school, like exams or falling out with friends,
      which take up her head space."""),
    P("""There are practical things too. Transport is a big one, because the bus from Parson Cross
      only runs every half hour on a Saturday and her mum works. Money is another, as climbing
      sessions and shoe hire cost money. Time clashes with other clubs or homework are a third."""),
    P("""To handle these, we can meet on the same day as her club session so she doesn't have to
      make an extra trip, and at a time that fits her bus. The centre has some free junior places
      and borrowable shoes, so I can ask the Head Instructor about those for her. We can also use
      the quiet corner by the café instead of booking a separate time. (Q11)"""),
    P("""If Bee wants help with personal problems, I would listen without judging and without trying
      to fix it, because I am not trained for that. If it is something serious or she or someone
      else could be at risk, I have to tell the Head Instructor, who is the safeguarding lead, and
      I would tell her before I told anyone else so she doesn't feel tricked. If it's not serious I
      can still suggest people who could help, like her form tutor. (Q12)"""),
    P("""If I can't get on with my mentee, I would first think about why, and try talking to her
      honestly about how the sessions are going. If it still doesn't work I would talk to my
      supervisor about it. It might be better for her to have a different mentor, and that is not
      a failure, it's better than both of us dreading Saturdays."""),

    H(1, "Part 3: Listening, questions and feedback"),
    P("""Effective listening is giving someone all your attention and trying to understand what they
      mean and how they feel, not just waiting for my turn to talk. It includes noticing body
      language and what they don't say."""),
    P("""It is important because when someone feels properly listened to they feel valued and trust
      you more, so they tell you what is really going on. It also means I find out the real
      problem instead of answering the wrong one, for example Bee might say she is bored when
      really she is scared of falling. (Q15)"""),
    P("""Two ways I can show I have listened: first, with my body language, using Egan's SOLER, so
      facing her squarely, open posture, leaning in a bit, eye contact and staying relaxed, and
      not looking at my phone or the wall. Second, by summing up what she said in my own words
      ("so you like bouldering but the high wall makes you nervous?") and remembering it next
      week. Asking a follow-up question about something she told me also shows I was listening."""),
    P("""The two main types of questions that help understanding are open and closed questions. Open
      questions can't be answered with just yes or no and get the other person talking and
      explaining. Closed questions can be answered with one word and are useful for checking facts
      or making sure something is safe. (Q17)"""),
    P("""Examples of open questions: "What did you find hardest on that route?" and "How do you feel
      about the trip to Stanage?". Examples of closed questions: "Have you double-checked your
      figure of eight?" and "Are you coming next Saturday?"."""),
    P("""To give feedback well, I should do it straight after they come down off the wall while it is
      fresh, start with something specific they did well, then one thing to work on, explained in
      a way they can actually do ("try keeping your hips closer to the wall"), and finish
      positively. It should be about what they did, not about them as a person, and I should ask
      what they thought first. Shauna Coxsey talks about how she learnt more from honest feedback
      than from being told she was brilliant. (Q19)"""),
    P("""To receive feedback, I should listen to all of it without interrupting or getting
      defensive, ask questions if I don't understand, say thank you, and think about it before
      deciding what to do. When the Head Instructor told me I was giving the kids too many
      instructions at once, I said thank you instead of arguing, and I now give one at a time."""),
    P("""I have learnt that mentoring is more about listening than talking, which is hard for me, and
      I am looking forward to putting it into practice with Bee in September."""),
    P("""Declaration: I confirm that this assignment is all my own work. Signed Aaliyah Hussain
      Date 20/06/2025"""),
]

CASE = Case(
    name="v_d201_climbing_wall_pdf",
    unit="D2.01",
    kind="structured-pdf",
    files=[SourceFile("Aaliyah Hussain D2.01.pdf", BLOCKS)],
    labels={
        "q1": "mostly by guiding them rather than doing it for them",
        "q2": "point them towards the right person when a problem is beyond me",
        "q3": "someone who turns up when they said they would",
        "q4": "keeping what they tell me private unless someone could get",
        "q5": "laughing at her when she falls off an easy problem",
        "q6": "will just stop coming, and then the mentoring is over",
        "q7": "can tell when we've got there",
        "q8": "to pass her NICAS level 2 by the summer holidays",
        "q9": "scared of looking stupid in front of the older climbers",
        "q10": "only runs every half hour on a Saturday",
        "q11": "so she doesn't have to make an extra trip",
        "q12": "I would tell her before I told anyone else",
        "q13": "better than both of us dreading Saturdays",
        "q14": "not just waiting for my turn to talk",
        "q15": "she is bored when really she is scared of falling",
        "q16": "summing up what she said in my own words",
        "q17": "Closed questions can be answered with one word",
        "q18": "Have you double-checked your figure of eight?",
        "q19": "straight after they come down off the wall",
        "q20": "I said thank you instead of arguing",
        "section-1": "Carl Rogers called this unconditional positive regard",
        "section-2": "an outcome that is too hard could put her off climbing",
        "section-3": "It includes noticing body language and what they don't say",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Junior climbing centre volunteer's D2.01 written as an essay in three own-titled parts with questions answered in order, some paragraphs ending '(Qn)', others unmarked; clean: pseudonym Bee, Egan and Rogers, Sheffield and Peak District places, NICAS, staff by role, a famous climber.",
)
