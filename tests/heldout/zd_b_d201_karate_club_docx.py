"""D2.01 (legacy, marked): a sixteen-year-old karate club junior assistant's knowledge assignment as a DOCX.

Amara Okafor is a 16-year-old brown belt who helps teach the juniors at a Shotokan karate club
in Derby and mentors a new 11-year-old member, whom she calls "Student B" throughout. She is
doing the ILM Level 2 Award in Mentoring for Young Learners through her sixth form. She typed
the assignment in Word: the three section titles as styled headings (copied from the brief),
each question typed by her as a bold-looking Normal paragraph with its marks, but in her own
numbering habits: "Q1", "Q2)", "3.", "Question 4", and so on. Answers are short and written
like a sixteen-year-old writes.

Shapes: Q9 and Q10 answered together under "Q9 + Q10" (personal things first, practical things
second); Q17 and Q18 under one line "Q17 & Q18" with the types described and two examples of
each in a list typed as paragraphs; Q12 answered before Q11 (she says so); Q20's answer
restates the question first, so its label is further in. Kata names that read like names
(Heian Shodan, Bassai Dai). The centre's "By submitting" line is typed at the end with her
name.

Section labels: each section's summary criterion is answered where its first question is
answered (section-1 with q1, section-2 with q7, section-3 with q14).

Clean: no planted details. Not identifying: her own name, Student B, the head instructor
(sensei), the club welfare officer and Student B's mum by role, Riverside Shotokan Karate Club,
Karate England, Derby, Alvaston Leisure Centre, Childline, NSPCC, kata names.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "ILM Level 2 Award in Mentoring for Young Learners"),
    P("Knowledge Assignment D2.01 - Developing effective listening and questioning skills"),
    P("Name: Amara Okafor     Centre: Chellaston Sixth Form (ILM centre)     Date: 20th March 2025"),
    P("""About me: I'm 16 and a brown belt (1st kyu) at Riverside Shotokan Karate Club in Derby. I help
      the sensei teach the juniors on Tuesdays and Saturdays at Alvaston Leisure Centre. I am
      mentoring a new member who is 11, who I'll call Student B, he joined in September."""),

    H(1, "The effective mentors role, responsibilities, characteristics and behaviours"),
    P("Q1 Briefly describe what mentoring is about (2 marks)"),
    P("""Mentoring is when someone who has been through something already helps a newer person to
      find their own way through it. At our club it means an older junior being a friendly
      face for a new kid so they don't give up in the first few months, which is when most
      people quit."""),
    P("Q2) Briefly describe the role of a mentor (2 marks)"),
    P("""To support them, listen to them, help them set goals and encourage them. I'm not the sensei
      so I don't teach the syllabus or grade him, I help him get his head round things and feel
      like he belongs."""),
    P("3. What are the main characteristics of an effective mentor? (2 marks)"),
    P("""Patient, a good listener, trustworthy, positive, and a good role model in and out of the
      dojo. Also someone who can remember being rubbish at it once."""),
    P("Question 4 - Give three examples of appropriate behaviour for a mentor (6 marks)"),
    P("""- Turning up on time every week and bowing in properly, because he copies what I do.
      - Keeping what he tells me private unless he or someone else could get hurt.
      - Praising effort, like when he finally got the turn in Heian Shodan the right way round,
      even if it wasn't perfect."""),
    P("Question 5 - Give three examples of inappropriate behaviour for a mentor (6 marks)"),
    P("""- Showing off my own kata (like Bassai Dai) to make him feel small.
      - Telling my friends what he said to me.
      - Messaging him on social media or meeting him outside the club without his parents and
      the club knowing, that's against the club welfare rules."""),
    P("Q6 Briefly describe why it is important to respect mentees (2 marks)"),
    P("""If you don't respect them they won't respect you or trust you, and they won't open up.
      Respect is literally the first thing we learn in karate, we bow to each other, so it would
      be weird if the mentor didn't show it."""),

    H(1, "The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    P("Q7) Explain the importance of agreeing appropriate learning outcomes (10 marks)"),
    P("""If you don't agree what you're working towards, the sessions just become a chat and nothing
      changes. Agreeing them together matters because if I just decide them he won't care about
      them - he has to want it. They have to be appropriate, meaning right for his age and level,
      because if they're too hard he'll feel like a failure and quit, and too easy is boring. They
      need to be clear so we both know when he's done it, and it lets us look back and see
      progress, which is really motivating for an 11 year old. It also tells his mum and the
      sensei what we're doing so everyone's on the same page."""),
    P("Q8) Give three examples of appropriate learning outcomes (12 marks)"),
    P("""1. To know all the moves of Heian Shodan in the right order by the grading in December.
      2. To be able to count to ten in Japanese without looking at the sheet by half term.
      3. To ask the sensei a question in class at least once a week, because he's too shy to at
      the moment."""),
    P("Q9 + Q10 (personal things and practical things that get in the way)"),
    P("""Personal: 1) Confidence - he thinks everyone is watching him and laughing when he gets it
      wrong. 2) Stuff at home or school - if he's had a bad day he just doesn't want to talk."""),
    P("""Practical: 1) The junior class is only an hour and there is hardly any time before or after
      because the next class is waiting for the hall. 2) Transport - his mum works shifts so
      sometimes he can't get there at all."""),
    P("Q12 (I've done this one before 11) What do you do if a mentee wants help with personal problems? (5 marks)"),
    P("""Listen and be kind but remember I'm not a counsellor. If it's something serious or he might
      be at risk I have to tell the club welfare officer, and I'd tell him that before I did it.
      I could also give him Childline's number. I wouldn't promise to keep a secret I can't keep."""),
    P("Q11 Give two examples of how to handle practical things that get in the way of the mentee being mentored (6 marks)"),
    P("""For the time, we do our mentoring chat during the first ten minutes of the adult class
      warm-up, sat on the benches in the same hall where the sensei can see us. For transport,
      if he can't come we swap to the Saturday class, which his mum can always do."""),
    P("Q13 Briefly explain what you will do if you cannot get on with your mentee (5 marks)"),
    P("""First I'd think about whether it's me, and try talking to him about it calmly. If that
      doesn't work I'd talk to the sensei and see if another brown belt could mentor him
      instead. It's not about winning, it's about him being OK."""),

    H(1, "The importance of effective listening and questioning skills"),
    P("Q14 What is effective listening? (3 marks)"),
    P("""Really paying attention to what someone says and how they say it, not just waiting for
      your turn. It means hearing the worried bit under what he actually says."""),
    P("Q15 Why is effective listening important? (3 marks)"),
    P("""So he feels like what he says matters, so I actually understand the problem, and so I
      don't give him the wrong advice because I only heard half of it."""),
    P("Q16 Give two examples of how you show that your have listened (6 marks)"),
    P("""1. Saying back what he said in my own words, like "so you're worried about kumite because
      the older boys hit hard?" 2. Eye contact and nodding and not looking at my phone, and
      remembering it next week and asking how it went."""),
    P("Q17 & Q18 Types of questions and examples (4 + 4 marks)"),
    P("""Open questions make the person give a longer answer and think about it, they start with
      what, how, why or tell me. Closed questions can be answered yes or no or one word, and are
      good for checking facts."""),
    P("Open: \"What was the hardest part of tonight?\" / \"How do you feel about grading?\""),
    P("Closed: \"Did you practise at home?\" / \"Is Saturday OK for you?\""),
    P("Q19 Briefly describe how to give feedback (6 marks)"),
    P("""Start with what he did well, then one thing to improve, then finish positive. Be specific,
      like "your stance was really low in that kata" not just "good". Say it in private not in
      front of the class, and talk about what he did, not him as a person. Ask him what he
      thought first."""),
    P("Q20 Briefly describe how to receive feedback (4 marks)"),
    P("""To receive feedback you listen all the way through, say thank you and think about it
      instead of getting defensive, like when the sensei tells me my front kick is lazy. Ask
      questions if you don't understand and then actually try to change it."""),

    P("By submitting I confirm that this assessment is my own work"),
    P("Amara Okafor"),
]

CASE = Case(
    name="zd_b_d201_karate_club_docx",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("D2.01 Amara Okafor.docx", BLOCKS)],
    labels={
        "section-1": "a friendly face for a new kid so they don't give up",
        "section-2": "the sessions just become a chat and nothing changes",
        "section-3": "hearing the worried bit under what he actually says",
        "q1": "a friendly face for a new kid so they don't give up",
        "q2": "I'm not the sensei so I don't teach the syllabus",
        "q3": "someone who can remember being rubbish at it once",
        "q4": "bowing in properly, because he copies what I do",
        "q5": "Showing off my own kata",
        "q6": "Respect is literally the first thing we learn in karate",
        "q7": "the sessions just become a chat and nothing changes",
        "q8": "count to ten in Japanese without looking at the sheet",
        "q9": "he thinks everyone is watching him and laughing",
        "q10": "the next class is waiting for the hall",
        "q11": "the first ten minutes of the adult class warm-up",
        "q12": "I wouldn't promise to keep a secret I can't keep",
        "q13": "another brown belt could mentor him instead",
        "q14": "hearing the worried bit under what he actually says",
        "q15": "don't give him the wrong advice because I only heard half",
        "q16": "remembering it next week and asking how it went",
        "q17": "can be answered yes or no or one word",
        "q18": "What was the hardest part of tonight?",
        "q19": "your stance was really low in that kata",
        "q20": "like when the sensei tells me my front kick is lazy",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Sixteen-year-old karate club brown belt's D2.01 DOCX: section titles as headings, questions typed in her own mixed numbering ('Q1', 'Q2)', '3.', 'Question 4'), Q9 + Q10 and Q17 & Q18 answered together, Q12 before Q11, kata names that read like names; clean (Student B, sensei and welfare officer by role), signed 'By submitting' line.",
)
