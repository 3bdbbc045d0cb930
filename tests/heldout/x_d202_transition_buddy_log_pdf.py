"""D2.02 Undertaking supervised mentoring: a Year 12 transition buddy's diary, PDF with a Date / Learner initials / Topic / Time log.

Harvey Sandhu is in Year 12 at a secondary academy and, on the school's Transition Buddies
scheme, mentors a Year 7 boy who is struggling to settle, "D.M." in the log. The PDF has his
own three section headings, a log with the columns Date, Learner initials, Topic and Time
(clock ranges such as "3.15 - 3.50") and a total line under it, a small table of his two
reviews with his tutor (not the six the brief asks for; he explains why), and his answers
to the Section 3 questions under headings of his own. Session 5 (27/02) was shadowed by a
Year 11 student training to be a buddy, who sat in and watched: it is still his session.
One week was cancelled for a trip. Signed declaration.

Planted (1): the mentee's full name slips into one sentence of Section 3 ("Dylan Mercer").
Clean but tricky: his own name; "D.M." initials throughout; the tutor and the Head of Year 7
by role; the Science Museum, Sparx, Show My Homework, chess club, Year groups, weekdays.

Assessor's arithmetic (the log):
  23/01 3.15-3.45 = 30; 30/01 3.15-3.50 = 35; 06/02 3.15-3.45 = 30;
  13/02 cancelled (Y7 trip) -> excluded;
  27/02 3.15-3.50 = 35 (observed by the Y11 trainee, still delivered by him, counts);
  06/03 3.15-3.45 = 30; 13/03 3.15-4.00 = 45.
  30+35 = 65, +30 = 95, +35 = 130, +30 = 160, +45 = 205; his "Total: 3 hrs 25 mins" = 205,
  right, never added.  minutes 205; sessions 6; individuals 1 (D.M.).
  Tutor reviews: 10/02 12.45-1.15 = 30; 17/03 12.40-1.25 = 45 -> supervision 30 + 45 = 75.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary - D2.02 Undertaking Supervised Mentoring"),
    P("Harvey Sandhu, Year 12 - Transition Buddies scheme"),
    P("ILM Level 2 Award in Mentoring for Young Learners"),

    H(1, "Section 1 - What we wanted to achieve"),
    P("""My mentee is a Year 7 boy who I call D.M. in this diary. The Head of Year 7 asked me to work
      with him because he was on his own a lot at lunch and hadn't handed in any homework since
      Christmas. In our first meeting I asked him what would make school better and he said
      "knowing what I'm meant to be doing" and "someone to sit with". From that we agreed three
      outcomes for the six weeks: to hand in all his homework on time for three weeks in a row
      using the planner, to find one club or group to go to at lunch, and to feel OK about his
      maths test in March. He wanted the homework one first because his mum kept getting
      messages from Show My Homework. I showed the outcomes to my tutor and the Head of Year, and
      D.M. stuck them inside his planner cover."""),

    H(1, "Section 2 - The sessions"),
    P("""We met on Thursdays after school in the library study room. This is my log."""),
    T(
        ["Date", "Learner initials", "Topic", "Time"],
        ["23/01/25", "D.M.", "Getting to know each other, agreeing what we want to get out of it", "3.15 - 3.45"],
        ["30/01/25", "D.M.", "Homework planner and Show My Homework - what's due", "3.15 - 3.50"],
        ["06/02/25", "D.M.", "Maths homework (fractions) - he chose it", "3.15 - 3.45"],
        ["13/02/25", "D.M.", "CANCELLED - Y7 trip to the Science Museum", "-"],
        ["27/02/25", "D.M.", "Lunchtimes and clubs (Y11 trainee buddy shadowing, watched only)", "3.15 - 3.50"],
        ["06/03/25", "D.M.", "Maths test revision plan, Sparx", "3.15 - 3.45"],
        ["13/03/25", "D.M.", "Looking back at our three outcomes, what next", "3.15 - 4.00"],
    ),
    P("Total: 3 hrs 25 mins (6 sessions)"),
    P("""All six sessions were at least half an hour. I had two reviews with my tutor instead of one
      after every session, because she teaches period 5 on Thursdays and we could only find two
      lunchtimes. I asked about it and she said to write down why."""),
    T(
        ["Review", "Date", "Time", "What we talked about"],
        ["1", "Mon 10/02", "12.45 - 1.15", "Sessions 1-3. I was doing the homework for him."],
        ["2", "Mon 17/03", "12.40 - 1.25", "Sessions 4-6, the observer's comments, ending it well"],
    ),
    P("""In the third session D.M. got stuck on adding fractions with different bottoms and pushed
      the sheet over to me. I nearly did it for him, which is what I had done the week before with
      the planner. Instead I asked him to show me the last one he got right and talk me through
      it, and he worked out the next one himself. He handed the homework in the next day."""),
    P("""Session 5 was shadowed by a Year 11 who is training to be a buddy next year. She only
      watched and didn't say anything. D.M. was quieter than usual at first, so I started by
      asking him about the Science Museum trip, which he loved, and he relaxed. We made a list of
      the lunch clubs and he picked chess club to try on Tuesday. Afterwards she said she
      noticed I let him do most of the talking."""),
    P("""At the first review my tutor asked me what D.M. had done in the planner session and I
      realised I had filled in the planner for him while he watched. She asked how he would learn
      to do it if I did it. In the second review we talked about the observer's comment and how to
      finish the mentoring so he doesn't feel dropped, which is why session 6 was longer."""),

    H(1, "Section 3 - Looking back"),
    H(2, "What worked well"),
    P("""Letting him choose what we worked on each week. When I picked the topic (the planner) he was
      bored, when he picked fractions he was the one who wanted to stay later. Starting each
      session with something he likes, like the trip or his football, also worked. By the end he
      had handed in homework three weeks running and goes to chess club every Tuesday."""),
    H(2, "What I learnt about myself"),
    P("""I like fixing things for people and it makes me feel useful, but it doesn't help them. I also
      found out I'm more patient than I thought - with my little brother I'm not. Dylan Mercer is
      quite like I was in Year 7, and I think that's why I wanted to rescue him."""),
    H(2, "What I would do differently"),
    P("""I'd ask for the reviews with my tutor to be booked at the start, on a day she's free, so I
      get one after every session and not just two. I'd also agree the outcomes with D.M. in more
      detail, like what "feel OK" about the test actually means, because it was hard to tell at
      the end if we'd done it."""),
    H(2, "Skills I still need"),
    P("""Asking open questions without giving the answer away in the question. Being OK with
      silence, because I keep filling it. And giving feedback when something hasn't gone well - I
      only ever said "well done" and never said when he'd not done what he said he would."""),
    H(2, "My records"),
    P("""I wrote the log up in my planner straight after each session, then typed it up each week.
      I only used his initials and never wrote anything about home in it. The notes from the
      reviews are in the back of the same planner. My tutor checked the log at both reviews."""),
    P("Declaration: this diary is my own work and a true record. Signed H. Sandhu 20/03/25"),
]

CASE = Case(
    name="x_d202_transition_buddy_log_pdf",
    unit="D2.02",
    kind="structured-pdf",
    files=[SourceFile("HSandhu_D202_diary.pdf", BLOCKS)],
    labels={
        "section-1": "D.M. stuck them inside his planner cover",
        "section-2": "All six sessions were at least half an hour",
        "section-3": "I only used his initials and never wrote anything about home",
        "q2a": "show me the last one he got right",
        "q2b": "I had filled in the planner for him while he watched",
        "q3a": "when he picked fractions he was the one",
        "q3b": "I like fixing things for people and it makes me feel useful",
        "q3c": "booked at the start, on a day she's free",
        "q3d": "never said when he'd not done what he said he would",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Dylan Mercer"],
        # 30 + 35 + 30 + 35 (observed, counts) + 30 + 45 = 205; 13/02 cancelled; Total line not added
        "minutes": 205,
        "sessions": 6,
        "individuals": 1,  # D.M.
        # reviews with the tutor: 12.45-1.15 = 30, 12.40-1.25 = 45 -> 75
        "supervision_minutes": 75,
    },
    about="Year 12 transition buddy; D2.02 PDF log with Date / Learner initials / Topic / Time (clock ranges) columns, a cancelled week, one session shadowed by a Y11 trainee (counts), two tutor reviews not six, own Section 3 headings; mentee's full name slips once.",
)
