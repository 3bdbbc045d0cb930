"""8584-201 developing mentoring skills: a hair salon's senior stylist, PDF built on the ILM diary pages.

Jade Whitfield is Senior Stylist and Education Lead in an independent nine-chair hair salon in
a market town. She mentors a second-year hairdressing apprentice whom she calls by the client
ref "AP2" (apprentice 2; there is an AP1 she does not mentor). The PDF follows the handbook's
template order: evidence matrix at the front, a cover box with the total hours, the 1.1/1.2
plan boxes, then one small "Session no. / Date / Duration" table per session with the diary
prompts written as prose under it, the reflective log, the tutor meeting and a CPD plan.
Durations are as she writes them: "55 mins", "1 hr", "45 mins (she had to leave for her bus)",
"1 hr 10 mins". The cover states the total ("3 hrs 50 mins"). Two things that are not sessions
appear: a 20-minute watch of AP2 doing a colour consultation on the salon floor on Saturday 22/02 ("I
haven't counted it as a session") and the salon's monthly model night, a two-hour training
evening for all the juniors. Tutorial support shows up twice: a short phone call with her
tutor in February to check her goals were SMART, and the one-hour tutor meeting for 3.2,
written as a clock range. Signed declaration at the end.

Planted (1): the mentee's initial and surname on the cover's mentee signature line,
"K. Doherty" (the template says the signature can be anonymised; she did not).
Clean: her own name; the salon owner and the college assessor by role; L'Oreal, VTCT,
Honey and Mumford, GROW, the feedback sandwich; "AP1"/"AP2".

Practice truth (the four session tables):
  S1 03/02/25 "55 mins" = 55 (first meeting, agreement and goals: counts);
  S2 17/02/25 "1 hr" = 60; S3 03/03/25 "45 mins (she had to leave for her bus)" = 45;
  S4 17/03/25 "1 hr 10 mins" = 70.  55 + 60 = 115, + 45 = 160, + 70 = 230.
  minutes 230 (= cover total "3 hrs 50 mins", not added); sessions 4; individuals 1 (AP2).
  Not: 22/02 ~20 min watching AP2's consultation on the floor (she says not counted);
  model night 2 hours (training evening for all juniors, not mentoring); the planned
  "45 mins - 1 hr" session length in 1.1; 7-day gap / 2-week timings.
  Supervision: 12/02 phone call with tutor "about 15 minutes" = 15; tutor meeting 24/03
  "10.00 - 11.00" = 60.  15 + 60 = 75.
"""

from corpus.case import B, Case, H, P, SourceFile, T

MATRIX = T(
    ["Assessment criterion", "Portfolio evidence", "Ref"],
    ["AC 1.1 Prepare a plan", "Mentoring Diary - plan page", "1"],
    ["AC 1.2 State the agreed goals", "Mentoring Diary - SMART goals", "2"],
    ["AC 2.1 3 hours mentoring", "Mentoring Diary - session records 1-4", "3"],
    ["AC 2.2 Questioning and listening", "Reflective Log", "4"],
    ["AC 2.3 Feedback", "Mentoring Diary - feedback boxes", "3"],
    ["AC 2.4 Trust", "Reflective Log", "4"],
    ["AC 2.5 Records", "Mentoring Diary - session records 1-4", "3"],
    ["AC 3.1 Review own performance", "Mentee feedback form, review", "5"],
    ["AC 3.2 1-hour tutor meeting", "Outcomes of a supervision session", "6"],
    ["AC 3.3 Future development", "CPD plan", "7"],
)

COVER = T(
    ["Name of Mentor", "Jade Whitfield"],
    ["Client Ref/ID", "AP2"],
    ["Start Date of Activity", "03/02/2025"],
    ["Total number of hours completed", "3 hrs 50 mins"],
    ["Signature of Mentor", "J Whitfield 18/03/25"],
    ["Signature of Mentee", "K. Doherty 18/03/25"],
)

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills - Unit 201 Developing Mentoring Skills"),
    P("Learner: Jade Whitfield. Centre: Hair and Beauty Academy (day release). Submitted March 2025."),
    H(1, "Portfolio evidence matrix"),
    MATRIX,

    H(1, "1. Mentoring Diary"),
    COVER,
    H(2, "AC 1.1 Prepare a plan for effective mentoring of an individual"),
    P("""Profile: AP2 is 18 and in the second year of her Level 2 Hair Professional
      apprenticeship with us. She is at college on Wednesdays and with us the rest of the week.
      Her practical work is good, her blow-dries are some of the best on the team, but she goes
      very quiet with clients, especially older ladies, and she has put off her colour
      assessment twice. The salon owner asked me if I would mentor her as part of my ILM, and
      AP2 said yes when I asked her."""),
    P("""Confidentiality agreed? Yes - we both signed the salon's one page agreement at the
      first session, which says what we talk about stays between us unless it is a safety
      issue, and that the owner only gets told whether sessions happened, not what was said."""),
    P("""Where and when: Mondays suit us both because the salon is shut, so we can sit at the
      consultation station by the window with no clients, no phone and no dryers going. It is
      her normal work space, which I thought would help her practise what we talked about.
      I planned four sessions, every two weeks from 3 February, of between 45 mins and 1 hr
      each, starting at 11am so she isn't rushing in. Resources: the salon's consultation card,
      the L'Oreal colour chart, a notebook each, and the diary pages from my ILM handbook,
      which I printed one per session."""),
    H(2, "AC 1.2 State the agreed goals of the mentoring sessions"),
    P("""We agreed these in the first session. I asked her to say where she wanted to be by
      Easter and then we made them SMART together:"""),
    B("""Goal 1: complete three full colour consultations on her own by 31 March, using the
      consultation card, with me only listening in."""),
    B("""Goal 2: book her colour assessment with the college assessor before the end of March
      (she had put it off twice)."""),
    B("""Goal 3 (her own): say something to every client in the first two minutes, other than
      'is the water OK?'."""),
    P("""Goals for each session were set at the end of the one before and are in the 'focus for
      today' part of each record below."""),

    H(2, "AC 2.1 / 2.3 / 2.5 Session records"),
    P("""I wrote up each session the same evening from the notes in my notebook, straight into
      these pages, and kept them in the education folder in the locked office drawer."""),
    T(["Session no.", "Date", "Duration"], ["1", "03/02/25", "55 mins"]),
    P("""Review from last session: first session. Focus: getting to know each other, agreement,
      goals. Reality: AP2 said she 'freezes' when a client asks what she would recommend. She
      has done two colour consultations with me standing next to her and let me do all the
      talking both times. Options: practise on staff first, use the consultation card as a
      script, watch me do one. Chosen option: she will watch two of my consultations this week
      and write down the questions I ask. Willingness: 7 out of 10 (her score). Feedback I gave:
      that her blow-dry clients ask for her by name, so clients do like her. Feedback from
      mentee: 'less scary than I thought'. Next session: 17/02, consultation station."""),
    T(["Session no.", "Date", "Duration"], ["2", "17/02/25", "1 hr"]),
    P("""Review: she had watched three consultations, not two, and wrote down 11 questions.
      Focus: turning her list into her own words. Reality: she thinks she sounds 'fake' using
      my questions. Options: pick five questions, role play with me as the client, do one on
      AP1. Chosen option: role play twice, then one real consultation on a model on model
      night. Willingness: 8. Feedback I gave: she asked good follow-up questions in the role
      play but looked at the card not at me. Feedback from mentee: wants more role play, less
      talking about it. Next session: 03/03."""),
    T(["Session no.", "Date", "Duration"], ["3", "03/03/25", "45 mins (she had to leave for her bus)"]),
    P("""Review: her model night consultation went well apart from forgetting to ask about home
      colour. Focus: the colour assessment. Reality: she's booked it twice and cancelled twice
      because she 'doesn't want to fail in front of the assessor'. Options: book it for a day I'm
      in, do a mock with me as assessor, ask the assessor what happens if you fail. Chosen
      option: she will ask the assessor on Wednesday what happens if you fail, then book it. We
      finished early as her bus times had changed. Willingness: 6. Feedback I gave: her
      consultation on model night was thorough and she should trust that. Feedback from mentee:
      'good to talk about the assessment properly'. Next session: 17/03."""),
    T(["Session no.", "Date", "Duration"], ["4", "17/03/25", "1 hr 10 mins"]),
    P("""Review: assessment booked for 28 March. She has done two full consultations on her own
      (goal 1 is two out of three). Focus: review of the goals and what next. Reality: she says
      she now talks to clients at the backwash 'most of the time'. Options: carry on with
      monthly check-ins, pair her with AP1 to practise together. Chosen option: monthly 20 min
      check-in with me after the assessment. Willingness: 9. Feedback I gave: specific praise
      for the consultation on the client with the box-dye history. Feedback from mentee: on the
      feedback form (section 5). That makes 3 hrs 50 mins over four sessions, so over the 3
      hours needed."""),
    P("""Not in the diary as sessions: on Saturday 22/02 I watched AP2 do a colour consultation on
      a client on the salon floor for about 20 minutes and gave her some pointers afterwards,
      but as it was with a paying client and on the shop floor I haven't counted it as a
      session. AP2 also came to our monthly model night (a 2 hour training evening for all the
      juniors), which I run, but that is training, not mentoring."""),

    H(1, "2. Reflective log (AC 2.2 and AC 2.4)"),
    H(2, "Questioning and listening"),
    P("""Examples of questions I asked: 'What do you think the client wanted to hear?', 'What
      happened just before you went quiet?', and the one that made the difference in session 2,
      'What would you say if it was your nan in the chair?' because she talks to her nan all
      the time and suddenly she had things to say. I tried to use open questions and to leave
      a gap after them. Listening techniques: I repeated back what she said in her own words,
      I summarised at the end of each session what she had decided, and I put my phone in my
      bag so I was looking at her not the screen."""),
    H(2, "Developing trust"),
    P("""Three things built trust. In the first session I told her about my own failed colour
      assessment when I was 19 and how I cried in the car park, which made her laugh and then
      she told me about her two cancellations. I did what I said I would: when she asked me to
      not mention the assessment to the owner until it was booked, I didn't. And I was always
      there on time on the Monday and never cancelled, even in the week the salon was being
      re-floored."""),
    H(2, "What went well / what could I do better"),
    P("""Went well: role play, using her own words, the nan question. Could do better: I jumped
      in with solutions in session 1 and she just agreed with me. In session 3 I ran out of time
      because I let the first part go on too long."""),

    H(1, "3. Feedback I gave (AC 2.3)"),
    P("""I stopped using the feedback sandwich after session 2 because AP2 said she only
      heard the bad bit in the middle. I changed to telling her one specific thing she did well
      and one thing to try next time, and asking her what she thought first. For example after
      the role play: 'You asked how she washes her hair at home, which is the question most of
      us forget. Next time try looking up from the card when she answers.' She used that on
      model night."""),

    H(1, "4. Feedback from AP2 and review of my performance (AC 3.1)"),
    P("""AP2 filled in the mentee feedback form at the end of session 4. She scored me 9 for
      builds rapport, 9 for is friendly, 8 for listening skills, 7 for questioning skills, 6 for
      structured approach and 8 for helps me set goals. Her comment: 'Jade never made me feel
      thick and I actually booked my assessment'."""),
    P("""Looking at the skills of an effective mentor from the course (rapport, listening,
      questioning, structure, goal setting), and using a SWOT on myself, I think my strengths
      are rapport and keeping my promises, which her scores back up. Her lowest score was
      structure, and she is right: my sessions wandered. On the reflective log and from the
      tutor meeting I found my biggest weakness was filling silences. When she went quiet I
      asked another question or gave her an answer, so she never had to think for herself.
      GROW helped me when I stuck to it, and sessions 2 and 4 were better because of it."""),

    H(1, "5. Outcomes of a supervision session (AC 3.2)"),
    P("""Date: 24/03/25. Place: the Academy, tutor's office. Time: 10.00 - 11.00 (1 hour).
      Present: me and my ILM tutor."""),
    P("""Purpose: to go through my diary and reflective log, talk about how the mentoring went
      and what I should work on. Main discussion: we went through all four session records.
      Looking at session 1 and session 3, my tutor asked me why I kept rescuing her when she
      went quiet. I said I didn't want her to feel awkward, and we talked about how that was
      really about me feeling awkward. We also talked about the feedback sandwich and why it
      didn't work for AP2, and about GROW and whether I should use it every time."""),
    P("""Outcomes agreed: count to five in my head before speaking after a question; plan the
      time for each part of the session; carry on with the one-good-thing-one-to-try feedback;
      look at the train-the-trainer course (below)."""),
    P("""I had also had a quick phone call with my tutor on 12/02 of about 15 minutes to check
      my goals for AP2 were SMART enough before session 2, which is why goal 3 got a time limit
      added."""),

    H(1, "6. CPD plan (AC 3.3)"),
    T(
        ["Area", "Why", "Action", "By when"],
        ["Silence and thinking time", "Weakness from reflective log and tutor",
         "Count to five after each question; ask AP2 at check-ins if I'm doing it", "From April, review June"],
        ["Structure of sessions", "Lowest feedback score (6)",
         "Write a timed GROW plan on one page before every session", "Next mentee"],
        ["Rapport (strength)", "Highest scores",
         "Offer to mentor the next new apprentice from September", "September 2025"],
    ),
    P("""The main thing on my plan is to book onto the salon group's train-the-trainer day in June,
      as more of my job is now teaching and mentoring the juniors than cutting hair, and I want
      to get better at the structure side of it."""),

    H(1, "Declaration"),
    P("""I confirm that this portfolio is my own work and the mentoring sessions took place as
      described. Signed: Jade Whitfield. Date: 25/03/2025"""),
]

CASE = Case(
    name="y_8584_201_salon_diary_pdf",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Jade Whitfield Unit 201 portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "Mondays suit us both because the salon is shut",
        "1.2": "complete three full colour consultations on her own by 31 March",
        "2.1": "That makes 3 hrs 50 mins over four sessions",
        "2.2": "What would you say if it was your nan in the chair?",
        "2.3": "I stopped using the feedback sandwich after session 2",
        "2.4": "told her about my own failed colour assessment",
        "2.5": "I wrote up each session the same evening",
        "3.1": "my biggest weakness was filling silences",
        "3.2": "my tutor asked me why I kept rescuing her",
        "3.3": "book onto the salon group's train-the-trainer day in June",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["K. Doherty"],
        # S1 55 + S2 60 = 115; + S3 45 = 160; + S4 70 = 230 (= her "3 hrs 50 mins", not added).
        # Not: 22/02 ~20 min watching a floor consultation (she says not counted); 2 hour model
        # night (training for all juniors); planned "45 mins and 1 hr" lengths in 1.1.
        "minutes": 230,
        "sessions": 4,
        "individuals": 1,
        # 12/02 tutor phone call ~15 + 24/03 tutor meeting 10.00-11.00 = 60: 15 + 60 = 75.
        "supervision_minutes": 75,
    },
    about="Hair salon senior stylist; 201 PDF on the ILM diary pages, one small table per session with mins/hr durations, a floor observation and a model night not counted, tutor phone call plus 1-hour meeting as a clock range; mentee surname on the signature line.",
)
