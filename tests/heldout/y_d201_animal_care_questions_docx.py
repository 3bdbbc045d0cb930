"""D2.01 knowledge assignment, DOCX: a second-year animal management student answers the twenty questions.

Ellie Brennan, 17, is in the second year of a Level 3 Extended Diploma in Animal Management at
Hartsmoor College, a land-based college outside Ormskirk, and is a peer mentor for a
first-year Level 2 Animal Care student who works on the same yard rota. She took the
college's Word template: candidate details table, the three section titles as headings, then
each question typed as its own line ("7. Explain the importance of agreeing appropriate
learning outcomes (10 marks)") with her answer in ordinary paragraphs underneath. Short
answers in a young learner's voice. She typed question 20 and never answered it. She deleted
the template's "By submitting I confirm..." line and did not sign anything: no declaration.
No evidence matrix for this unit.

Planted (3): her mentee by first name in answers 8 and 12 ("Liam"); the animal unit technician
by first name in answer 13 ("Dave"); her own mobile, given to the mentee, in answer 11
("07835 602 114").
Not identifying: her own name in the candidate table, Hartsmoor College, Ormskirk, Student
Services, the safeguarding officer and tutor by role, BTEC.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Knowledge Assignment: D2.01 Developing Effective Listening and Questioning Skills"),
    T(
        ["Centre Name", "Hartsmoor College"],
        ["Candidate Name", "Ellie Brennan"],
        ["Course", "Level 3 Extended Diploma in Animal Management (Year 2) - Peer Mentor"],
    ),

    H(1, "The effective mentors role, responsibilities, characteristics and behaviours"),

    P("1. Briefly describe what mentoring is about (2 marks)"),
    P("""Mentoring is when someone with more experience helps someone with less experience to learn
      and get better, by talking things through with them and supporting them, not by doing it for
      them. At college it's about helping the new first years settle in and cope with the course,
      the animal unit and the yard rota."""),

    P("2. Briefly describe the role of a mentor (2 marks)"),
    P("""The role of a mentor is to listen, give advice when it's needed, be a good example, help the
      mentee set targets and check how they are getting on. A mentor is not a teacher or a boss.
      You are more like someone they can ask stuff without feeling stupid."""),

    P("3. What are the main characteristics of an effective mentor? (2 marks)"),
    P("""Patient, a good listener, trustworthy, reliable and honest. Approachable so the mentee is not
      scared to ask. It also helps if you know the course, so you have done the same units and
      know what the first year is like."""),

    P("4. Give three examples of appropriate behaviour for a mentor (6 marks)"),
    P("""1) Turning up on time to every meeting, because if I expect him to be on time I have to be as
      well. 2) Keeping what he tells me confidential and not telling the others on the yard.
      3) Being a good role model on the unit, so I always use the boot dip and wear my overalls
      and I follow the hygiene rules even when nobody is watching."""),

    P("5. Give three examples of inappropriate behaviour for a mentor (6 marks)"),
    P("""1) Laughing at the mentee when they make a mistake, especially in front of other people.
      2) Gossiping about things the mentee has told you. 3) Showing them shortcuts that are not safe
      or fair on the animals, like going from the isolation kennels to the small animal room without
      changing gloves because it is quicker. Also being late all the time or cancelling."""),

    P("6. Briefly describe why it is important to respect mentees (2 marks)"),
    P("""If you don't respect your mentee they won't trust you and they will just stop turning up.
      Everyone deserves respect even if they are younger or know less than you, and if you respect
      them they are more likely to respect you back and listen."""),

    H(1, "The importance of agreeing learning outcomes and recognising and overcoming barriers"),

    P("7. Explain the importance of agreeing appropriate learning outcomes (10 marks)"),
    P("""It is important to agree learning outcomes so that both of you know what you are working
      towards. Without outcomes the meetings just turn into talking about our pets and nothing
      gets better. Agreeing them also stops the sessions just being a chat with no point."""),
    P("""The outcomes have to be agreed together, not just decided by me. If he agrees them himself
      he is more likely to actually work at them, because they are his and not mine. They also
      need to be appropriate, which means realistic for a first year. If I set something too hard,
      like running a whole health check on a nervous dog on his own in the first month, he will
      fail and lose confidence. If it is too easy it is pointless."""),
    P("""Having clear outcomes also means you can check progress at each meeting and see if he is
      getting there, and if not, change the plan. It gives him something to be proud of when he
      gets there, which keeps him motivated. They should be SMART, so specific, measurable,
      achievable, realistic and with a time limit."""),

    P("8. Give three examples of appropriate learning outcomes (12 marks)"),
    P("""1) By Christmas, Liam will be able to handle and restrain a rabbit safely for a health check
      on his own, signed off by the unit technician."""),
    P("""2) Hand in his BTEC Unit 3 assignment on animal feeding by the deadline on 28 February, with
      one draft checked by me first."""),
    P("""3) Be on time for the 8am feeding rota every day for four weeks in a row, by setting two
      alarms and getting the earlier bus."""),
    P("""These are appropriate because they are things he wanted, they are realistic for a first year
      and you can tell if they have been done."""),

    P("9. Give two examples of personal things that can get in the way of being mentored (6 marks)"),
    P("""1) Confidence. Some first years are really shy and don't want to say they are struggling,
      especially to someone older. 2) Attitude to mentoring. Some think being mentored means he is
      struggling or thick, so they don't want to be seen with a mentor. Problems at home can also get
      in the way because they can't concentrate on anything else."""),

    P("10. Give two examples of practical things that can get in the way of being mentored (6 marks)"),
    P("""1) Time. On the yard you can't just leave the mucking out half done to go and have a chat, and
      the first years have their practical days on different days to me. 2) Place. The kennel
      block is too loud to talk properly with the dogs barking all the time, and there isn't really
      a private room."""),

    P("""11. Give two examples of how to handle practical things that get in the way of the mentee
      being mentored (6 marks)"""),
    P("""1) For time, we agreed to meet at dinner in the canteen on Tuesdays because we are both in
      college that day, and if one of us can't make it we text. I gave him my number
      (07835 602 114) so he could text me if he was stuck or needed to move it. 2) For the place,
      the tutors said we can use Classroom 4 when it is empty, which is quiet, or we sit outside
      on the benches by the paddock."""),

    P("12. What do you do if a mentee wants help with personal problems? (5 marks)"),
    P("""You listen to them and don't judge, but you don't try to sort it all out yourself because you
      are not a counsellor. You tell them where they can get proper help. If it's something serious
      like someone is hurting them you have to tell the safeguarding officer and you should tell
      them that at the start. When Liam told me about some stuff going on at home I listened and
      then I walked him up to Student Services so he could talk to someone who knows what to do."""),

    P("13. Briefly explain what you will do if you cannot get on with your mentee (5 marks)"),
    P("""First I would try and talk to him honestly about it, because it might be a misunderstanding.
      If that didn't work I would talk to my tutor or to Dave, the animal unit technician, and ask
      for him to have a different mentor. It is not about blaming anyone, some people just don't
      click, and it is better for him to get a mentor who suits him."""),

    H(1, "The importance of effective listening and questioning skills"),

    P("14. What is effective listening? (3 marks)"),
    P("""Effective listening is giving the person your full attention and understanding what they
      actually mean, not just hearing the words. It means watching their body language too, and not
      thinking about what you're going to say next while they are talking."""),

    P("15. Why is effective listening important? (3 marks)"),
    P("""Because if you don't listen properly you might give the wrong advice, as you don't have the
      full picture. It also makes the mentee feel like what they say matters, so they will tell
      you more."""),

    P("16. Give two examples of how you show that your have listened (6 marks)"),
    P("""1) Body language. I nod and look at him so he knows I am listening, and I put my phone away in
      my pocket so I am not distracted. 2) Summarising what he said back to him, like "So you're
      saying the rabbit handling went fine but you got stressed when the tutor was watching?" That
      shows I have listened and lets him correct me if I got it wrong."""),

    P("17. Describe the two main types of questions which help understanding (4 marks)"),
    P("""Open questions and closed questions. Open questions cannot just be answered with yes or no, so
      they get the person talking and explaining. They usually start with what, how or why. Closed
      questions have a short answer like yes or no and are good for checking facts or that you have
      understood."""),

    P("18. Give two examples of each type of question (4 marks)"),
    P("""Open: "What did you find hardest this week?" and "How do you think the health check went?"
      Closed: "Is your assignment in on Friday?" and "Did you fill in the cleaning checklist?\""""),

    P("19. Briefly describe how to give feedback (6 marks)"),
    P("""Give feedback straight after, while it is fresh. Do it in private, not in front of the others
      on the yard. Be specific about what they did, for example "you held the guinea pig really well
      but you forgot to write its weight on the record card". Start with something good, then what
      could be better, then finish on a positive so they don't feel rubbish. Ask them what they
      think first, and agree what they will do next time."""),

    P("20. Briefly describe how to receive feedback (4 marks)"),
]

CASE = Case(
    name="y_d201_animal_care_questions_docx",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("D2.01 Knowledge Assignment E Brennan.docx", BLOCKS)],
    labels={
        "section-1": "A mentor is not a teacher or a boss",
        "q1": "not by doing it for them",
        "q2": "help the mentee set targets and check",
        "q3": "Approachable so the mentee is not scared to ask",
        "q4": "I always use the boot dip and wear my overalls",
        "q5": "from the isolation kennels to the small animal room",
        "q6": "they will just stop turning up",
        "section-2": "stops the sessions just being a chat",
        "q7": "he agrees them himself he is more likely",
        "q8": "handle and restrain a rabbit safely for a health check",
        "q9": "being mentored means he is struggling",
        "q10": "block is too loud to talk properly",
        "q11": "meet at dinner in the canteen on Tuesdays",
        "q12": "walked him up to Student Services",
        "q13": "ask for him to have a different mentor",
        "section-3": "I put my phone away in my pocket",
        "q14": "actually mean, not just hearing the words",
        "q15": "you might give the wrong advice",
        "q16": "lets him correct me if I got it wrong",
        "q17": "cannot just be answered with yes or no",
        "q18": "Is your assignment in on Friday?",
        "q19": "Do it in private, not in front of the others",
        "q20": None,
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["Liam", "Dave", "07835 602 114"],
    },
    about="Land-based college animal management student peer mentor; D2.01 college template in styled DOCX, section titles as headings and each question as a typed line, short young-learner answers, q20 typed but unanswered, no declaration; mentee and technician first names and her own mobile planted.",
)
