"""D2.02 supervised mentoring: a second-year vehicle apprentice at a car dealership, DOCX diary of two-column session tables.

Ellie Marsh is 17, a second-year Light Vehicle Maintenance apprentice in a franchised car
dealership's workshop. For the Level 2 Award in Mentoring for Young Learners she mentors a
first-year apprentice, "M", over lunch in the staff canteen. Her supervisor is the workshop
foreman (the dealership's apprentice champion), never named. The DOCX uses the brief's three
section headings. Each session is a two-column Word table of labelled fields ("Time | 12.30
till 1.00", "Main issues", "Actions for M") followed by a second table for the supervision
review straight after ("Time | 1.05 till 1.35"). Times are written as she would: "12.30 till
1.00", "3.30 - 4.00". Session 3 was cut short at 12.50 when M was called back to move a car off
a ramp; the 29 Jan session did not happen (M off sick) and was done on Fri 31 Jan; her
supervisor had her add a seventh session because session 3 was short. Before the first session
she met M for about 10 minutes at break "just to say hello" ("this wasn't one of my six
sessions") and went through her outcomes with her supervisor for about 15 minutes, as the
brief asks. Signed declaration (the brief's own sentence with her name).

Planted (1): M's first name slips once in session 5's table ("Kieran").
Clean: her own name; the workshop foreman, service manager, college tutor by role; IMI, MOT.

Practice truth (the session tables in Section 2):
  S1 Wed 8 Jan 12.30 till 1.00 = 30; S2 Wed 15 Jan 12.30 till 1.00 = 30;
  S3 Wed 22 Jan 12.30 till 12.50 = 20 (cut short, held); Wed 29 Jan M off sick -> excluded;
  S4 Fri 31 Jan 3.30 - 4.00 = 30; S5 Wed 5 Feb 12.30 till 1.00 = 30;
  S6 Wed 12 Feb 12.30 till 1.00 = 30; S7 Wed 19 Feb 12.30 till 1.00 = 30.
  30+30 = 60, +20 = 80, +30 = 110, +30 = 140, +30 = 170, +30 = 200.
  minutes 200; sessions 7; individuals 1 (M, also "Kieran" once: the same person).
  Not: Mon 6 Jan ~10 min hello at break (she says not one of her sessions); Wed 29 Jan
  (did not happen); "30 minutes" in the brief's wording; her "six 30 min" plan.
  Supervision: Tue 7 Jan ~15 mins on her outcomes = 15; after S1 1.05 till 1.35 = 30;
  S2 1.00 till 1.30 = 30; S3 12.55 till 1.20 = 25; S4 4.00 - 4.30 = 30; S5 1.00 till 1.30 = 30;
  S6 1.00 till 1.30 = 30; S7 1.00 till 1.30 = 30.
  30+30+25+30+30+30+30 = 205, + 15 = 220.
"""

from corpus.case import B, Case, H, P, SourceFile, T


def session(no, date, time, where, issues, outcomes, actions):
    return T(
        ["Session", no],
        ["Date", date],
        ["Time", time],
        ["Where", where],
        ["Main issues", issues],
        ["Outcomes", outcomes],
        ["Actions for M", actions],
    )


def review(time, notes):
    return T(
        ["Supervision review", "With my supervisor, straight after"],
        ["Time", time],
        ["What we talked about / what I learnt", notes],
    )


BLOCKS = [
    H(0, "Mentoring Diary D2.02"),
    T(
        ["Candidate Name", "Ellie Marsh"],
        ["Centre", "Training provider - Motor Vehicle Apprenticeships"],
        ["Mentee", "M - 1st year Light Vehicle apprentice (16)"],
        ["Supervisor", "Workshop foreman / apprentice champion"],
    ),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""I'm in my second year and M started in September. The service manager asked if I would
      mentor him because he was really quiet and hadn't made any friends in the workshop, and
      his college tutor said he was behind on his online units. I met M on Monday 6th Jan at
      morning break for about 10 minutes just to say hello and ask if he wanted a mentor. This
      wasn't one of my six sessions, I just wanted him to know it was his choice. He said yes."""),
    P("""On Tuesday 7th Jan I talked my ideas for outcomes through with my supervisor for about
      15 mins, like the brief says to, and he said the second one was too big so we made it just
      the online units. Then in session 1 M and I agreed these overall outcomes:"""),
    B("M catches up his college online units so he is on track by half term (he was 4 behind)."),
    B("M feels OK asking a technician for help instead of standing there waiting."),
    B("M knows who to go to in the workshop for what (tools, parts, the foreman, me)."),
    P("""The plan was six 30 min sessions every Wednesday in the canteen at dinner, because it is
      the only time we are both not on a job, and the canteen is quiet after 12.30 when the
      sales team have gone back."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    session("1", "Wednesday 8th January", "12.30 till 1.00", "Canteen",
            """Getting to know each other. Agreed the outcomes (above) and that what he says
            stays with me unless it's a safety thing. He said he doesn't ask for help because
            the techs are 'always busy'.""",
            "Outcomes agreed. Found out he is 4 units behind.",
            "Write down the 4 units and when each is due."),
    review("1.05 till 1.35",
           """I said I talked too much. Supervisor said that's normal for the first one and to
           try asking one question and then waiting. He also said it was good I asked about
           safety and confidential at the start."""),
    session("2", "Wednesday 15th January", "12.30 till 1.00", "Canteen",
            """Online units. He does them on his phone on the bus and loses his place. Asked him
            what would help, he said a laptop at the provider's drop in session on Thursdays.""",
            "He has a plan for the units.",
            "Go to the Thursday drop in. Do 1 unit this week."),
    review("1.00 till 1.30",
           """We talked about me giving him the answer (the laptop) before he got there
           himself. Supervisor said I should ask 'what have you tried' first."""),
    session("3", "Wednesday 22nd January", "12.30 till 12.50 (cut short)", "Canteen",
            """Did 1 unit, well done. Started on asking for help - he said he asked one of the
            techs and got told to wait. Then M got called back to move a car off the ramp so
            we stopped at 12.50.""",
            "1 unit done (3 to go).",
            "Next time ask the tech 'when would be a good time'."),
    review("12.55 till 1.20",
           """Supervisor said as it was short we should add a seventh session at the end so M
           doesn't miss out. Talked about how I felt when it got cut short (annoyed, but it's a
           workshop)."""),
    P("""Wednesday 29th January - no session, M was off sick. We did it on the Friday instead."""),
    session("4", "Friday 31st January", "3.30 - 4.00", "Canteen",
            """Asking for help. He tried 'when would be a good time' and it worked, the tech
            showed him how to use the brake lathe. He smiled a lot telling me this.""",
            "First time he said something good about work.",
            "Ask one tech for help each day. 2 more units."),
    review("4.00 - 4.30",
           """We talked about giving praise that is about what he did, not just 'good'. I need
           to say what was good."""),
    session("5", "Wednesday 5th February", "12.30 till 1.00", "Canteen",
            """Units - 2 done, one left. Kieran said the older techs call him 'the new lad' and
            it makes him feel like he doesn't belong. We talked about it and about how they called
            me that too.""",
            "Only 1 unit behind now.",
            "Finish last unit. Have lunch with the other 1st years on Friday."),
    review("1.00 till 1.30",
           """Told my supervisor about the 'new lad' thing without saying which techs. He said I
           did right not to sort it out for M, and to check M was OK with me mentioning it."""),
    session("6", "Wednesday 12th February", "12.30 till 1.00", "Canteen",
            """All units caught up! Looked back at the 3 outcomes. He can say who to go to for
            tools, parts and jobs. Still a bit nervous with the MOT tester.""",
            "Outcome 1 done, outcome 3 done, outcome 2 mostly.",
            "Ask the MOT tester one question this week."),
    review("1.00 till 1.30",
           """Planning the last session and how to finish properly. Supervisor said ask M for
           feedback on me, not just talk about him."""),
    session("7", "Wednesday 19th February", "12.30 till 1.00", "Canteen",
            """Extra session (because session 3 was short). He asked the MOT tester about an
            emissions fail and got a proper answer. Did the feedback sheet. He wants to keep
            having dinner with me sometimes, which is fine.""",
            "All three outcomes met.",
            "Keep asking for help. Come and find me if anything comes up."),
    review("1.00 till 1.30",
           """Went through his feedback sheet and my diary. Supervisor said this was a good
           first go and I could mentor the next intake in September."""),

    H(1, "Section 3 - Review own progress"),
    H(2, "Think about your own performance as a mentor and what worked well"),
    P("""Meeting in the same place at the same time every week worked, he knew where to find me.
      Asking 'what have you tried?' worked better than telling him. His feedback sheet said I was
      easy to talk to and I listened. I think the best thing was when I told him they used to
      call me the new lad too, because then he talked a lot more."""),
    H(2, "What did you learn about yourself?"),
    P("""I like fixing things, which is good for cars but not always for people. I want to give
      the answer straight away. I also learnt I get annoyed when things get cut short, and I had
      to not show that to M because it wasn't his fault."""),
    H(2, "What might you do differently as a result of your reflection"),
    P("""Ask one question and wait, like my supervisor said. Write my diary straight after not at
      home in the evening, because I forgot some of session 2. Plan the last session earlier so
      the ending is not a rush."""),
    H(2, "What skills do you still need to develop further?"),
    P("""Listening without jumping in. Giving feedback that says exactly what was good. Summing
      up at the end of a session, I forgot to do it in sessions 2 and 3. My supervisor has said he
      will sit in on one of my sessions with the next mentee to watch me do this."""),

    P("""By submitting I confirm that this assessment is my own work. Ellie Marsh, 24/02/2025"""),
]

CASE = Case(
    name="y_d202_vehicle_apprentice_docx",
    unit="D2.02",
    kind="structured-docx",
    files=[SourceFile("D2.02 Mentoring Diary - E Marsh.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Kieran"],
        # 30 + 30 + 20 (S3 cut short at 12.50) + 30 (Fri 31 Jan, for the sick day) + 30 + 30
        # + 30 (S7 extra) = 200.  Not: Mon 6 Jan ~10 min hello (not one of her sessions);
        # Wed 29 Jan did not happen; "six 30 min" plan.
        "minutes": 200,
        "sessions": 7,
        "individuals": 1,
        # 7 Jan ~15 mins on outcomes + reviews 30 + 30 + 25 + 30 + 30 + 30 + 30 = 15 + 205 = 220.
        "supervision_minutes": 220,
    },
    about="Car dealership second-year apprentice; D2.02 DOCX of two-column field tables per session and per supervision review with '12.30 till 1.00' times, a session cut short, a sick day rearranged, an extra seventh session, a hello at break not counted and a pre-start supervision chat; mentee's first name slips once.",
)
