"""D2.02 supervised mentoring: an Explorer Scout young leader with a Cub pack, PDF diary.

Maisie Crowther, 17, is an Explorer Scout and Young Leader with a Cub pack that meets on Friday
evenings in a church hall. For the Level 2 Award in Mentoring for Young Learners she mentors a
15-year-old who has just become a Young Leader, "J". Her supervisor is the Cub Section Leader,
whom she calls "Akela" throughout (the Cub leader's traditional title, a role name, not a person's
name); the assistant leader is "Baloo". The PDF uses the brief's three section headings and the
four Section 3 questions as sub-headings. Sessions are one table with Start, Finish and Mins
columns and a Total row; the supervision reviews are written as a short paragraph each,
"Review after session 1 (Fri 10 Jan, 8.00-8.30)". Sessions ran 6.15 to 6.45 before the Cubs
arrived. The 31 Jan meeting was cancelled (the hall boiler broke), with no session and no
review. Session 5 was at the pack's winter camp, "about 45" in the Mins column. Session 6 started
late (6.20-6.45, 25). Akela had her add a seventh session because of the cancelled week. Before
the first session she talked her outcomes through with Akela while setting up for Beavers
("about 20 minutes"). The review after session 4 was on the phone the following Wednesday
("about 20 mins") because Akela was ill. Helping together at the District swimming gala is said
not to be a session. Signed declaration with the brief's sentence.

Planted (2): J's first name once in the session 6 row, "Josh"; J's mum's mobile number in
Section 1, "07700 900127" (she put it in so she could text if a session was off).
Clean otherwise: her own name; Akela, Baloo (role names); the Group Scout Leader by role;
1st Ashby Cubs, the District gala, the Scout Association, Young Leader modules; badge names.

Practice truth (the sessions table):
  S1 Fri 10 Jan 6.15-6.45 = 30; S2 Fri 17 Jan 6.15-6.45 = 30; S3 Fri 24 Jan 6.15-6.50 = 35;
  Fri 31 Jan cancelled -> excluded; S4 Fri 7 Feb 6.15-6.45 = 30;
  S5 Sat 15 Feb winter camp "about 45" = 45; S6 Fri 21 Feb 6.20-6.45 = 25;
  S7 Fri 28 Feb 6.15-6.45 = 30 (extra).
  30 + 30 = 60, + 35 = 95, + 30 = 125, + 45 = 170, + 25 = 195, + 30 = 225.
  minutes 225 (= her Total row "3 hrs 45 mins", not added); sessions 7; individuals 1 (J,
  also "Josh" once: the same person).
  Not: the District swimming gala Sun 2 Feb (both helping, "not a session"); Fri 31 Jan; the
  brief's "30 minutes"; her "six half hour sessions" plan.
  Supervision: Thu 9 Jan ~20 min on her outcomes = 20; R1 8.00-8.30 = 30; R2 8.00-8.30 = 30;
  R3 8.00-8.20 = 20; R4 phone Wed 12 Feb ~20 mins = 20; R5 camp "half an hour" = 30;
  R6 8.00-8.30 = 30; R7 8.00-8.35 = 35.
  20 + 30 = 50, + 30 = 80, + 20 = 100, + 20 = 120, + 30 = 150, + 30 = 180, + 35 = 215.
"""

from corpus.case import Case, H, P, SourceFile, T

SESSIONS = T(
    ["No.", "Date", "Start", "Finish", "Mins", "What we talked about", "J's actions"],
    ["1", "Fri 10 Jan", "6.15", "6.45", "30",
     "Why he became a Young Leader, what he finds hard. Agreed outcomes (Section 1). Agreed it stays between us unless it's a safeguarding thing.",
     "Watch how Akela gets the Cubs quiet"],
    ["2", "Fri 17 Jan", "6.15", "6.45", "30",
     "He tried the hand signal but the Cubs ignored him. Talked about standing where they can see you.",
     "Try it from the front, not the side"],
    ["3", "Fri 24 Jan", "6.15", "6.50", "35",
     "He planned the game for the first time (Port and Starboard). Went through his plan card with him.",
     "Run the game next week, explain the rules in 3 sentences"],
    ["-", "Fri 31 Jan", "-", "-", "-", "Cancelled - hall boiler broke, whole meeting off", "-"],
    ["4", "Fri 7 Feb", "6.15", "6.45", "30",
     "His game went OK but a Six got silly. How to deal with one Six without stopping the whole game.",
     "Ask the Sixer to help next time"],
    ["5", "Sat 15 Feb", "after lunch", "", "about 45",
     "At winter camp, on the bench by the kit store while the Cubs were on the hike with Baloo. Talked about leading a patrol at camp and being homesick as a Cub himself.",
     "Lead the washing up rota tonight"],
    ["6", "Fri 21 Feb", "6.20", "6.45", "25",
     "Started late (parents talking to me at the door). Josh said he wants to do the first aid part of his Young Leader training next.",
     "Ask the GSL about the module dates"],
    ["7", "Fri 28 Feb", "6.15", "6.45", "30",
     "Extra session because of the cancelled week. Looked back at all three outcomes and did his feedback sheet.",
     "Keep running one game a month"],
    ["", "", "", "Total", "3 hrs 45 mins", "", ""],
)

BLOCKS = [
    H(0, "D2.02 Mentoring Diary"),
    T(
        ["Candidate Name", "Maisie Crowther"],
        ["Centre", "Ashby Explorer Unit (through the County Youth Leadership programme)"],
        ["Mentee", "J - new Young Leader, 15"],
        ["Supervisor", "Akela (Cub Section Leader)"],
    ),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""J started as a Young Leader with our Cub pack in December. He was a Cub and a Scout here
      himself, so he knows the pack, but he is very quiet and the Cubs walk all over him. Akela
      asked if I would mentor him because I've been a Young Leader for two years and I'm doing
      this qualification. I asked J after the last meeting before Christmas and he said yes,
      and I got his mum's number (07700 900127) so I could text if a session was off, because he
      hasn't got a phone that works half the time."""),
    P("""On Thursday 9th January I went through my ideas for outcomes with Akela while we set up
      for Beavers, about 20 minutes, because the brief says to check them with your supervisor
      first. She said my first idea ('be more confident') was too vague and asked how I would
      know if he was. Then in session 1 J and I agreed these three, and he picked the words:"""),
    P("1. Get the whole pack quiet using the hand signal, without shouting, by half term."),
    P("2. Plan and run one game on his own at a meeting."),
    P("3. Sign up for his next Young Leader module."),
    P("""I wrote them in his Young Leader logbook in his handwriting not mine, so they were his.
      The plan was six half hour sessions on Fridays before Cubs, from 10th January."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""Young Leaders have to be at the hall for 6.15 to help set up, and the Cubs don't come till
      6.45, so we did the sessions then in the little leaders' room off the kitchen, with the
      door open because that's the safeguarding rule, while Akela and Baloo put the equipment
      out in the main hall. The reviews with Akela were after the meeting, once the Cubs had
      gone home, which was usually 8 o'clock."""),
    H(2, "My mentoring sessions"),
    SESSIONS,
    P("""On Sunday 2nd February J and I both helped at the District swimming gala, but that was us
      both helping, not a session, so it isn't in the table."""),
    H(2, "Reviews with my supervisor"),
    P("""Review after session 1 (Fri 10 Jan, 8.00-8.30). Akela asked what I noticed about J in the
      meeting after our session. I said he stood at the side all night. We talked about whether
      I had asked him enough questions or just talked at him. I had mostly talked."""),
    P("""Review after session 2 (Fri 17 Jan, 8.00-8.30). I said I'd told J where to stand. Akela
      said next time ask him where he thinks the Cubs can see him best and let him work it
      out, because he'll remember it if it's his idea."""),
    P("""Review after session 3 (Fri 24 Jan, 8.00-8.20, Akela had to lock up early). Went through
      his game plan card together. She said I did well letting him choose the game even though I
      thought Port and Starboard was too wild for a first go."""),
    P("""Review after session 4 (Wed 12 Feb, on the phone, about 20 mins). Akela was off ill on the
      Friday so she rang me on the Wednesday. I told her I had nearly stepped in when the Six got
      silly in his game and she said holding back was the right call as long as nobody was
      going to get hurt."""),
    P("""Review after session 5 (Sat 15 Feb, at camp, by the campfire after the Cubs went to bed,
      half an hour). We talked about J telling me he was homesick as a Cub. I wasn't sure if
      that was something I should pass on. Akela said it was fine to keep it between us as it
      wasn't a safeguarding worry, and that it was good he trusted me with it."""),
    P("""Review after session 6 (Fri 21 Feb, 8.00-8.30). Short session because parents held me up
      at the door. Akela said I need to tell the parents politely that I'm busy until 6.45.
      She also asked me to add a seventh session because we lost the 31st."""),
    P("""Review after session 7 (Fri 28 Feb, 8.00-8.35). Looked at J's feedback sheet and my diary
      together. Akela said I had got better at asking instead of telling, and that I should
      think about doing the mentoring part of my own Young Leader training to carry on."""),

    H(1, "Section 3 - Review own progress"),
    P("""At the last review Akela and I went back through every review in order, and she picked
      out that the same thing came up four times: me telling him the answer. That's what most of
      this section is about. I've written up everything in this diary the same night, and J's
      sheet is stapled in the back of my copy."""),
    H(2, "Think about your own performance as a mentor and what worked well"),
    P("""The thing that worked best was the camp session, because we were doing something normal
      (sitting on a bench watching the kit store) and he talked more in 45 minutes than in all the
      hall sessions. The hand signal outcome worked because we practised it a bit each week
      and by session 4 the whole pack went quiet for him. His feedback sheet said 'she didn't
      make me feel stupid' and 'she listened'."""),
    H(2, "What did you learn about yourself?"),
    P("""I'm bossy. My friends have said it before but I didn't believe them. Every time J got
      stuck, I told him what to do, and Akela noticed it in the first two reviews. I also
      learnt that I'm better with the little ones than with people nearly my age, because with
      Cubs you are meant to tell them what to do."""),
    H(2, "What might you do differently as a result of your reflection"),
    P("""Ask first, every time, even if I think I know the answer. I'd also sort out the times with
      parents at the start so sessions don't start late, and I would plan for a cancelled week
      from the beginning instead of adding one at the end. And I would ask J what he wanted to
      talk about before each session instead of me deciding in the car on the way."""),
    H(2, "What skills do you still need to develop further?"),
    P("""Listening without planning what I'm going to say next. Giving feedback that is about the
      thing he did, not just 'that was good'. Knowing when something is safeguarding and when it
      isn't, which is why I want to do the safeguarding module next and not just first aid."""),

    P("""By submitting I confirm that this assessment is my own work. Maisie Crowther, 07/03/2025"""),
]

CASE = Case(
    name="z_a_d202_scout_group_pdf",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Maisie Crowther - D2.02 Mentoring Diary.pdf", BLOCKS)],
    labels={
        "section-1": "in his Young Leader logbook in his handwriting not mine",
        "section-2": "with the door open because that's the safeguarding rule",
        "q2a": "He planned the game for the first time (Port and Starboard)",
        "q2b": "holding back was the right call",
        "section-3": "the same thing came up four times: me telling him the answer",
        "q3a": "he talked more in 45 minutes than in all the hall sessions",
        "q3b": "I'm better with the little ones than with people nearly my age",
        "q3c": "plan for a cancelled week from the beginning",
        "q3d": "Knowing when something is safeguarding and when it isn't",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Josh", "07700 900127"],
        # 30 + 30 + 35 + 30 + 45 (camp, "about 45") + 25 (started late) + 30 (extra) = 225
        # (= her Total "3 hrs 45 mins").  Not: 31 Jan cancelled; 2 Feb gala (not a session).
        "minutes": 225,
        "sessions": 7,
        "individuals": 1,
        # 9 Jan ~20 + reviews 30 + 30 + 20 + 20 (phone) + 30 (camp) + 30 + 35 = 20 + 195 = 215.
        "supervision_minutes": 215,
    },
    about="Explorer Scout young leader with a Cub pack; D2.02 PDF, sessions table with Start/Finish/Mins and a Total row, a cancelled week, a camp session 'about 45', a late start, an extra seventh session, reviews as dated paragraphs incl. a phone review and a campfire one, a gala not counted; mentee's first name and his mum's mobile planted, Akela/Baloo role names clean.",
)
