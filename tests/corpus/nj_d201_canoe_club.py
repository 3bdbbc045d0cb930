"""D2.01 Developing Effective Listening and Questioning Skills: a canoe club junior mentor's answers.

Maisie Thorogood, 16, paddles with a canoe club on the Leeds and Liverpool Canal and mentors
a Year 8 junior in the club's buddy scheme. She answers the twenty questions under the mark
sheet's section headings, with the centre's header table filled in. She mostly says "my
mentee", but two details slip through.

Planted (2): her mentee's first name, which is also an ordinary word, in the answer about
showing you have listened ("Hope"); the mentee's head of year by title and surname, in the
answer about personal problems ("Mr Pilkington"). Lower-case "hope" appears in ordinary
sentences ("I hope", "no hope") and is not a name.

Clean but tricky: her own name in the header and declaration, the assessor by title and name
where the header asks; boats named like people or titles (the kayaks Biscuit and Pepper, an
old canoe called Duchess), a TV show and public figures (Clarkson's Farm, Jeremy Clarkson,
Kimberley Woods), bodies and awards (British Canoeing, Paddle Start, the Duke of Edinburgh's
Award), Leeds places (Kirkstall Abbey, Rodley, Roundhay Park, Headingley), WhatsApp, job
titles (Head Coach, Junior Welfare Officer), Year groups, weekdays, capitalised first words
of short answers ("Open:", "Closed:", "Listen").
"""

from .case import Case, H, P, SourceFile, T

ANSWERS = [
    H(0, "Knowledge Assignment: D2.01"),
    T(
        ["Centre Number", "061290"],
        ["Centre Name", "Aire Valley Youth Awards"],
        ["Candidate Registration No", "YL2-40377"],
        ["Candidate Name", "Maisie Thorogood"],
        ["Assessor", "Mrs Lorna Castellino"],
    ),
    P("""I paddle with Rodley
      Riverside Canoe Club on the Leeds and Liverpool Canal, not far from Kirkstall Abbey, and
      help with the juniors every Saturday. Since October I have been a mentor in the club's
      junior buddy scheme, which pairs older paddlers with Year 7 and 8 juniors who are new
      to the club."""),
    H(1, "The effective mentors role, responsibilities, characteristics and behaviours"),
    H(2, "1. Briefly describe what mentoring is about"),
    P("""Mentoring is about helping someone else learn and get more confident by supporting
      them, not by doing things for them. The mentor has been there before and shares what
      they know, but the mentee makes their own choices."""),
    H(2, "2. Briefly describe the role of a mentor"),
    P("""The mentor meets the mentee regularly, listens to them, helps them set goals and checks
      how they are getting on. At the club my role is to help my mentee settle in, learn the skills and feel part
      of the team, and to tell the Junior Welfare Officer if anything is wrong."""),
    H(2, "3. What are the main characteristics of an effective mentor?"),
    P("""Patient, reliable, a good listener, honest and kind. You also need to be calm on the water and around people who are nervous."""),
    H(2, "4. Give three examples of appropriate behaviour for a mentor"),
    P("""Turning up on time every Saturday so your mentee knows they can rely on you. Letting them carry and launch the junior kayaks, Biscuit and
      Pepper, on their own, even if they are slow. Keeping
      what they tell you private unless they are in danger."""),
    H(2, "5. Give three examples of inappropriate behaviour for a mentor"),
    P("""Messaging them on WhatsApp outside club sessions without the welfare officer knowing. Shouting
      at them when they get something wrong, like Jeremy Clarkson does on Clarkson's Farm.
      Talking about their problems to the other paddlers."""),
    H(2, "6. Briefly describe why it is important to respect mentees"),
    P("""If you respect them they will respect you back and feel safe to tell you things.
      Treating them as a person, not a little kid, helps them grow up a bit."""),
    H(1, "The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    H(2, "7. Explain the importance of agreeing appropriate learning outcomes"),
    P("""Agreeing outcomes means you both know what you are aiming for, so the sessions have a
      point and do not just drift. If the mentee helps choose them they care more about
      reaching them. They need to be realistic, because if they are too hard the mentee
      feels like there is no hope and gives up. Having outcomes also means you can look back
      at the end and see how far they have come, which is really good for their confidence,
      and it shows the Head Coach that the scheme works."""),
    H(2, "8. Give three examples of appropriate learning outcomes"),
    P("""To paddle Duchess, the club's old open canoe, from the
      boathouse to the swing bridge and back with another junior by Easter. To run the
      Saturday kit check and write up the buoyancy aid numbers without help for four weeks.
      To show a group of visiting Year 3s round the boathouse and answer their questions by
      the summer holidays."""),
    H(2, "9. Give two examples of personal things that can get in the way of being mentored"),
    P("""Being shy or worried about looking stupid in front of older people. Things going on at
      home or at school that take up all their head space."""),
    H(2, "10. Give two examples of practical things that can get in the way of being mentored"),
    P("""Not being able to get to the club, because the buses from Headingley are not great at
      weekends. Clashing with other things like football or a Duke of Edinburgh's Award
      expedition."""),
    H(2, "11. Give two examples of how to handle practical things that get in the way of the mentee being mentored"),
    P("""Move the session to a time that works, for example the end of the session so a parent
      can pick them up. Check the dates at the start of each term so you can plan around
      trips and matches."""),
    H(2, "12. What do you do if a mentee wants help with personal problems?"),
    P("""Listen, but remember you are not a counsellor. If it is serious or they might be at
      risk, you have to tell the Junior Welfare Officer and explain to the mentee that you
      are doing it. In November my mentee said she was being left out at school, and with her permission the welfare officer spoke to Mr Pilkington, her head of year, who sorted out
      a lunchtime club for her."""),
    H(2, "13. Briefly explain what you will do if you cannot get on with your mentee"),
    P("""Talk to the welfare officer honestly. It is better to swap mentors than to carry on when
      it is not working, and it is not anyone's fault."""),
    H(1, "The importance of effective listening and questioning skills"),
    H(2, "14. What is effective listening?"),
    P("""Giving someone your full attention and really hearing what they mean, not just the
      words, and showing them you have understood."""),
    H(2, "15. Why is effective listening important?"),
    P("""It makes the mentee feel that what they say matters. It also means you find out what
      the real problem is before you try to help."""),
    H(2, "16. Give two examples of how you show that your have listened"),
    P("""Summing up what they said in my own words, like "so it's capsizing in front of the others that makes you nervous?". Remembering things from last week and asking about them: Hope had told me
      her nan was poorly, so the next Saturday I asked how her nan was and she looked really
      pleased I had remembered."""),
    H(2, "17. Describe the two main types of questions which help understanding"),
    P("""Open questions, which start with what, how or why and get the person talking. Closed
      questions, which can be answered with yes or no and are good for checking facts."""),
    H(2, "18. Give two examples of each type of question"),
    P("""Open: "What was the best part of today?" "How did you feel when you capsized?"
      Closed: "Did you lock the boathouse gate?" "Do you want to go in the kayak again next week?\""""),
    H(2, "19. Briefly describe how to give feedback"),
    P("""Say something specific they did well first, then one thing to work on, and explain
      how. Do it in private, straight after, not weeks later. For example, "Your turns in Duchess
      were really smooth, next time try keeping the paddle closer to the boat." I hope I do it like
      that most of the time."""),
    H(2, "20. Briefly describe how to receive feedback"),
    P("""Listen without interrupting, say thank you, ask a question if you do not understand,
      and do something about it. When the Head Coach said I talk too fast, I did not argue,
      I tried slowing down."""),
    P("""I would like to carry on mentoring next year and do my
      British Canoeing Paddle Start leader award. I watched Kimberley Woods in the Olympic
      slalom and still have her poster on my wall. My mentee now wants to race at the
      Roundhay Park dragon boat day."""),
    P("I confirm that this is all my own work. Maisie Thorogood, 24 January 2025"),
]

CASE = Case(
    name="nj_d201_canoe_club",
    unit="D2.01",
    kind="structured-docx",
    files=[SourceFile("Maisie Thorogood D2.01.docx", ANSWERS)],
    labels={
        "q1": "not by doing things for them",
        "q2": "help my mentee settle in, learn the skills",
        "q3": "calm on the water and around people",
        "q4": "even if they are slow",
        "q5": "Talking about their problems to the other paddlers",
        "q6": "not a little kid, helps them grow up",
        "q7": "the sessions have a point and do not just drift",
        "q8": "run the Saturday kit check and write up",
        "q9": "worried about looking stupid in front of older people",
        "q10": "buses from Headingley are not great at weekends",
        "q11": "so a parent can pick them up",
        "q12": "remember you are not a counsellor",
        "q13": "better to swap mentors than to carry on",
        "q14": "really hearing what they mean, not just the words",
        "q15": "find out what the real problem is",
        "q16": "Remembering things from last week and asking about them",
        "q17": "answered with yes or no and are good for checking facts",
        "q18": "Did you lock the boathouse gate?",
        "q19": "try keeping the paddle closer to the boat",
        "q20": "When the Head Coach said I talk too fast",
        "section-1": "role, responsibilities, characteristics and behaviours",
        "section-2": "agreeing learning outcomes and recognising and overcoming barriers",
        "section-3": "The importance of effective listening and questioning skills",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Hope", "Mr Pilkington"]},
    about="Canoe club junior mentor's D2.01 answers: the mentee's wordlike first name (Hope, with lower-case hope elsewhere) and her head of year by title and surname slip in; boats named like people and titles (Biscuit, Pepper, Duchess), Clarkson's Farm, Kimberley Woods, British Canoeing, Leeds places, assessor by title and surname in the header.",
)
