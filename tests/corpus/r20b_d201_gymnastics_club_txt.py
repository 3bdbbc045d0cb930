"""D2.01 Developing Effective Listening and Questioning Skills as plain text: a gymnastics club's junior helper, clean.

Ellie-Mae Ashworth, 17, trains at a gymnastics club in Sale and helps on the club's
Saturday recreational sessions, where she mentors a younger gymnast moving up from the
badge groups into the squad. She answers the twenty questions in Notepad, each under a
"Q1." line with the question pasted, below a header block from the centre's cover sheet.
She only ever says "my mentee" or "Mentee A".

Clean but tricky: her own double-barrelled name, candidate number and school on the
header; her assessor where the header asks ("Mr D. Szymanski"); vaults and skills named
after the gymnasts who first did them (Tsukahara, Yurchenko, the Thomas flair, the Biles,
a Kovacs); Max Whitlock and Beth Tweddle; Trafford Phoenix Gymnastics Club, British
Gymnastics, the Proficiency Awards, Tokyo 2020; Stretford and Sale; Head Coach and Club
Welfare Officer; Egan's SOLER named by a 17-year-old; weekdays and months; WhatsApp and
Instagram.
"""

from .case import Case, P, SourceFile

ANSWERS = [
    P("ILM LEVEL 2 AWARD IN MENTORING FOR YOUNG LEARNERS – KNOWLEDGE ASSIGNMENT D2.01"),
    P("Candidate: Ellie-Mae Ashworth    Candidate no: 4408-117    Centre: Ashton-on-Mersey School Sixth Form"),
    P("Assessor: Mr D. Szymanski    Date: 21 January 2025"),
    P("""I train at Trafford Phoenix Gymnastics Club in Sale and help on the Saturday 8am
      recreational session. Since September I have mentored a younger gymnast (Mentee A,
      Year 7) who has just finished her British Gymnastics Proficiency Awards and joined the
      club squad."""),

    P("Q1. Briefly describe what mentoring is about"),
    P("""Mentoring is when someone with more experience supports another person to learn and
      grow in confidence. It is about helping them work things out for themselves, not
      doing it for them."""),
    P("Q2. Briefly describe the role of a mentor"),
    P("""To listen, encourage, share what you know, help them set goals and check how they are
      doing. At the club my role is to help my mentee settle into the squad, understand how
      club sessions work and feel confident to ask the coaches things."""),
    P("Q3. What are the main characteristics of an effective mentor?"),
    P("""Patient, approachable, reliable, honest, a good listener and a good role model – in the gym
      and out of it."""),
    P("Q4. Give three examples of appropriate behaviour for a mentor"),
    P("""1. Turning up on time and being warmed up so you are ready when your mentee is. 2.
      Praising effort, not just results – like when she fell off the beam on her first cartwheel but got
      straight back up. 3. Keeping what she tells me private unless she is at risk, in which
      case I tell the Club Welfare Officer."""),
    P("Q5. Give three examples of inappropriate behaviour for a mentor"),
    P("""1. Messaging her privately on Instagram or WhatsApp – the club rule is that messages go
      through the parents' group. 2. Laughing when she falls or comparing her with other
      gymnasts. 3. Showing off my own skills when she is struggling, like doing a
      Tsukahara on vault right next to her when she can't do a handspring yet."""),
    P("Q6. Briefly describe why it is important to respect mentees"),
    P("""If you respect them they trust you and are more willing to try hard things. It also
      shows them how to treat other people, and gymnasts can be really hard on each other."""),

    P("Q7. Explain the importance of agreeing appropriate learning outcomes"),
    P("""Agreeing learning outcomes means you both know what you are working towards, so the
      sessions have a purpose and the mentee can see their progress. If the mentee helps
      choose them they are more motivated because they are their goals, not mine. They
      have to be realistic – if an outcome is too hard, like a Yurchenko in a month,
      they give up; too easy and they get bored. Agreeing them also stops
      misunderstandings, for example if the mentee thinks I am there to coach jumps when
      the Head Coach does that. Writing them down means we can look back and see how far
      she has come, which is good for her confidence, and it lets me show the Head Coach
      what we have been doing."""),
    P("Q8. Give three examples of appropriate learning outcomes"),
    P("""1. To do her own warm-up and stretching before every session by the end of October,
      without being reminded. 2. To ask a coach a question at least once every Saturday
      session by Christmas. 3. To learn her first floor routine and
      perform it through without stopping by the February club competition."""),
    P("Q9. Give two examples of personal things that can get in the way of being mentored"),
    P("""1. Shyness or lack of confidence – she might not say what she really thinks. 2.
      Worries at home or school, like exams, which mean she can't concentrate."""),
    P("Q10. Give two examples of practical things that can get in the way of being mentored"),
    P("""1. Time – the gym is booked every minute and there is nowhere quiet to talk in the
      hall. 2. Getting there – sessions start at 8am and she relies on a lift from Stretford."""),
    P("Q11. Give two examples of how to handle practical things that get in the way of the mentee being mentored"),
    P("""1. We meet for fifteen minutes in the viewing gallery after the session, where the
      parents can see us, instead of trying to talk between rotations. 2. If she can't get a lift
      we talk at the start of the Wednesday evening session instead, which her mum agreed
      with the club."""),
    P("Q12. What do you do if a mentee wants help with personal problems?"),
    P("""Listen and be kind, but don't try to solve it myself or promise to keep it secret. If
      it is serious or she might be at risk I would tell the Club Welfare Officer straight
      away, and I would tell her that I am doing it. I could also suggest she talks to a
      teacher or her parents."""),
    P("Q13. Briefly explain what you will do if you cannot get on with your mentee"),
    P("""First try to find out why and talk about it honestly with her. If it still doesn't
      work I would speak to my supervisor, the Head Coach, so she could be matched with
      someone else. It is not about blame – some people just don't click."""),

    P("Q14. What is effective listening?"),
    P("""Listening properly to what someone says and how they say it, without interrupting or
      thinking about what you will say next, and checking you have understood."""),
    P("Q15. Why is effective listening important?"),
    P("""It makes the mentee feel valued and understood, it helps you find out what the real
      problem is, and it builds trust so they tell you more next time."""),
    P("Q16. Give two examples of how you show that your have listened"),
    P("""1. Body language – facing her, eye contact, nodding (Egan's SOLER, which my assessor
      showed us). 2. Summarising what she said back to her, like "So it's the
      backwards bit on the beam that scares you, not the height?" """),
    P("Q17. Describe the two main types of questions which help understanding"),
    P("""Open questions can't be answered with yes or no and get the person talking and
      explaining. Closed questions have a short answer and are good for checking facts or
      getting a decision."""),
    P("Q18. Give two examples of each type of question"),
    P("""Open: "How did the competition feel?" and "What would you like to get better at this
      month?" Closed: "Did you practise your bridge kickover on Wednesday?" and "Do you want to meet in
      the gallery next week?" """),
    P("Q19. Briefly describe how to give feedback"),
    P("""Give it soon after, in private, and be specific about what they did. Start with what
      went well, then one thing to improve and how, then end positively. Ask what they
      think first. For example after her round-off on floor I said her arms were much
      straighter, and asked what she thought about her landing."""),
    P("Q20. Briefly describe how to receive feedback"),
    P("""Listen without arguing, ask questions if you don't understand, say thank you and think
      about what you can use. When my coach told me I rush my mentee, I tried not to be
      defensive and I now count to three before I jump in."""),
    P("""Declaration: I confirm that these answers are my own work. Ellie-Mae Ashworth.
      (My inspiration is Max Whitlock – we watched his pommel horse final from Tokyo 2020
      with the whole squad, and Beth Tweddle came to our club open day. I am learning the
      Thomas flair, and one day I want to try the Biles, which are named after people
      too! My mentee's favourite is the Kovacs on bars.)"""),
]

CASE = Case(
    name="r20b_d201_gymnastics_club_txt",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("Ashworth_D2.01_answers.txt", ANSWERS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Nobody to anonymise: Ellie-Mae Ashworth (learner), Mr D. Szymanski (assessor in the
        # header), Tsukahara/Yurchenko/Thomas/Biles/Kovacs (skills), Max Whitlock,
        # Beth Tweddle, Mentee A, Trafford Phoenix, British Gymnastics, Sale.
        "identifying": [],
    },
    about="Gymnastics club junior helper's clean D2.01 Notepad answers under 'Q1.' lines: assessor in the header, skills named after gymnasts (Tsukahara, Yurchenko, Thomas flair, the Biles, Kovacs), Max Whitlock, Beth Tweddle, British Gymnastics, Mentee A only, double-barrelled own name.",
)
