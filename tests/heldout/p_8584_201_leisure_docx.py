"""8584-201 Developing Mentoring Skills (DOCX): a leisure centre duty manager mentors a new pool supervisor.

Craig Dunmore, duty manager at a council-run leisure centre in Barnsley, mentors a lifeguard
recently promoted to pool supervisor. One Word document: headings in his own words with the
criterion number in brackets after them ('My plan (1.1)'), a mentoring log table
Date | How long | Where | What we did, then a short record per session, a feedback form the
mentee filled in and signed, and his reflection. Plain, practical voice. Signed declaration.

The log mixes duration habits: '50 mins', '1hr 10', 'an hour and a half', '40 mins', '1 hr'.
One row is cancelled (pool closure, '45 mins planned'); the tutor meeting sits in the same
table as a row of its own ('1 hr 05'); the last row is his own 'Total' line.

Practice, as an assessor counts it (the log rows):
    Mon 3 Mar   '50 mins'               50
    Mon 10 Mar  '1hr 10'                70
    Mon 17 Mar  cancelled, pool closed ('45 mins planned')   not counted
    Mon 24 Mar  'an hour and a half'    90
    Mon 31 Mar  '40 mins'               40
    Mon 7 Apr   '1 hr'                  60
    Tue 15 Apr  tutor meeting '1 hr 05' supervision/tutorial: 65
    'Total mentoring: 5 hrs 10' row     a total, not counted
    => minutes 310, sessions 5, individuals 1 (the new pool supervisor), supervision 65.
    The per-session records restate the same five sessions (not counted twice).

Planted: the mentee's full name in the heading of the first session record (Jodie Marsh),
her first name alone later in the reflection (Jodie), and her signature under the feedback
form as 'J Marsh'. Not identifying: Craig's own name, his tutor (named only as 'my tutor'),
the leisure trust, Barnsley, the RLSS, the NPLQ, GROW, Kolb.
"""

from corpus.case import Case, H, P, SourceFile, T

LOG = T(
    ["Date", "How long", "Where", "What we did"],
    ["Mon 3 Mar", "50 mins", "Staff room", "First meeting. Mentoring agreement, what she wants out of it, goals."],
    ["Mon 10 Mar", "1hr 10", "Poolside office", "Rota problems and telling friends what to do."],
    ["Mon 17 Mar", "45 mins planned", "-", "CANCELLED - pool closed, plant room failure. Rebooked for next week."],
    ["Mon 24 Mar", "an hour and a half", "Poolside office then walk round", "Normal operating procedure walk-through, her first incident report."],
    ["Mon 31 Mar", "40 mins", "Cafe (quiet time)", "Feedback on the incident report. Confidence on the radio."],
    ["Mon 7 Apr", "1 hr", "Staff room", "Review of goals and ending. Feedback form."],
    ["Tue 15 Apr", "1 hr 05", "College, room 4", "Tutor meeting about my mentoring (see 3.2) - not a mentoring session"],
    ["Total mentoring", "5 hrs 10", "", ""],
)

BLOCKS = [
    H(0, "Unit 8584-201 Developing Mentoring Skills"),
    P("Learner: Craig Dunmore. Duty Manager, Dearne Valley Leisure Centre. ILM Level 2 Award in Effective Mentoring Skills."),

    H(1, "Background"),
    P("""I have been a duty manager for six years and before that I was a lifeguard here, so I
      know what it is like to go from being one of the team on poolside to being the one who
      has to tell them what to do. In February one of our lifeguards was promoted to pool
      supervisor. She is 22, very good in the water and well liked, but she had never
      supervised anyone. Our operations manager asked me to mentor her for her first couple
      of months. I am not her line manager, the aquatics manager is, which helped."""),

    H(1, "My plan (1.1)"),
    P("""Before we started I looked at what she actually needed. I asked her to fill in a short
      self-rating sheet with the pool supervisor job description split into ten parts, and she
      rated herself out of 5 on each. Lowest were rota and breaks, dealing with complaints and
      incident paperwork. I planned six sessions, one a week on a Monday at 2pm because that is
      the quietest time after the school swimming and before the after-school clubs, roughly
      an hour each. We would use the staff room or the poolside office, never the main office
      where everyone walks in and out. I told the aquatics manager the dates so she would not
      be put on poolside at that time. I also planned to walk the building with her in one
      session, because some of it is easier to show than to talk about."""),

    H(1, "Goals we agreed (1.2)"),
    P("""At the first meeting we agreed three goals and she wrote them down herself:"""),
    P("""Goal 1: write a full week's lifeguard rota with breaks that meets the NOP supervision
      ratios, with no changes needed from the aquatics manager, by the end of March.
      Goal 2: complete an incident report on her own that the operations manager signs off
      first time. Goal 3: handle a customer complaint at poolside herself without calling a
      duty manager, at least twice before Easter. I pushed her to make goal 3 a number
      because at first it just said 'be better at complaints'."""),

    H(1, "Mentoring log (2.1 and 2.5)"),
    P("""This is the log I kept in the back of my diary and typed up. The sessions I actually
      held come to five hours ten minutes, so over the three hours the unit needs even with the
      cancelled week."""),
    LOG,

    H(1, "Session records"),
    H(2, "Session 1 - Jodie Marsh - Mon 3 March, 50 minutes"),
    P("""Went through the agreement: weekly, an hour, confidential unless it is a safety issue,
      either of us can end it. Talked about what worries her. Did the goals above. Action: she
      brings last week's rota next time."""),
    H(2, "Session 2 - Mon 10 March, 1 hour 10 minutes"),
    P("""Rota. The problem was not the rota, it was that her friends ask to swap shifts and she
      says yes to everyone. I asked "what happens to the pool when you say yes to everyone?"
      She thought for a long time and then said the new starters end up doing the worst
      breaks. Action: write a swap rule and run it past the aquatics manager."""),
    H(2, "Session 3 - Mon 24 March, 1 hour 30 minutes"),
    P("""Walked through the normal operating procedure on poolside and in the plant room. She
      did an incident report for a head injury in the learner pool while I watched and we
      went through it together after. Action: redo section 4 with times."""),
    H(2, "Session 4 - Mon 31 March, 40 minutes"),
    P("""Feedback on the incident report, signed off by ops manager first time (goal 2 done).
      Talked about the radio, she hates using it. Action: be the one who calls the hourly
      pool checks for a week."""),
    H(2, "Session 5 - Mon 7 April, 1 hour"),
    P("""Review. Goal 1 done (rota with no changes two weeks running), goal 2 done, goal 3
      half done, one complaint handled. Agreed to finish. She filled in the feedback form."""),

    H(1, "Questioning and listening (2.2)"),
    P("""I am a talker, so I made myself a rule of asking a question and then counting to five
      in my head before saying anything. The best example was the shift swap question in
      session 2. If I had told her to stop agreeing to swaps she would have nodded and carried
      on. Because she worked out herself that the new starters were getting the bad breaks,
      she wrote the swap rule that same evening. I used mostly open questions (what, how,
      what else) and kept closed ones for checking facts like times on the incident report.
      I also summarised at the end of each session and got her to say the action back to me,
      which is how I noticed she had misheard the deadline in session 3."""),

    H(1, "Feedback I gave (2.3)"),
    P("""The main feedback was on the incident report in session 4. I started with what was
      good (clear description of the casualty, first aid recorded properly), then the one big
      thing to fix: there were no times, and without times the report is no use if it goes to
      an insurer. Then I asked her what she would do differently and she said she would write
      the times on her hand. That made us both laugh, but the next report had every time in
      it. I try to give feedback about what someone did, not what they are like."""),

    H(1, "Building trust (2.4)"),
    P("""Two things built trust. First, I kept my word about confidentiality: she told me in
      session 2 she nearly turned the job down because of her friends, and I never mentioned it
      to the aquatics manager, even when he asked me how she was doing. I told him to ask her.
      Second, I told her about my own first month as a supervisor, when I closed the pool for
      a 'casualty' that turned out to be someone practising holding their breath. Admitting
      that made it easier for her to admit her own mistakes. Meeting away from the main
      office also helped."""),

    H(1, "How I kept records (2.5)"),
    P("""I kept the log above, a short record of each session written straight after (date,
      length, what we talked about, actions), and her goal sheet. She has a copy of the
      records. They are in a locked drawer in the duty office, not on the shared drive,
      because the shared drive is open to every duty manager. Each record ends with the
      action so the next session can start from it."""),

    H(1, "Feedback form from my mentee"),
    T(
        ["Question", "Answer"],
        ["What was most useful?", "Being asked what I thought instead of being told. The walk round."],
        ["What could your mentor do better?", "Sometimes he talks about when he was a lifeguard too much."],
        ["Did you meet your goals?", "2 and a half out of 3!"],
    ),
    P("Signed: J Marsh   Date: 7/4"),

    H(1, "Reviewing my own performance (3.1)"),
    P("""Using the list of mentor skills from the course (listening, questioning, feedback,
      setting goals, keeping records, trust) I scored myself after each session. My strongest
      was goals and records. My weakest was listening: the feedback form says I talk too much
      about my own lifeguard days and she is right. Jodie was too polite to say it in the
      sessions, which tells me I should have asked for feedback every week and not only at
      the end. I also let session 3 run over by half an hour because we were enjoying the walk
      round, and that made her late back on poolside."""),

    H(1, "Meeting with my tutor (3.2)"),
    P("""On Tuesday 15 April I had a one hour meeting with my tutor at the college (it ran to
      1 hour 5). We went through my log and records and she asked me to describe one moment
      when I could have stayed quiet and didn't. I picked the rota conversation. She showed me
      the GROW model and said I jump from Goal straight to Options without finding out the
      Reality. We agreed I would try GROW with the next person I mentor and keep a
      one-line reflection after each session."""),

    H(1, "What I will work on next (3.3)"),
    P("""1. Listening: ask for feedback at the end of every session, not just the last one,
      starting with the next mentee in June. 2. Use GROW properly, especially Reality, and
      check it with my tutor's notes. 3. Read about Kolb's learning cycle, which my tutor
      mentioned, and write my reflections in that order. 4. Cut down my own stories to one per
      session at most. I will know I have improved if the next mentee's feedback form does
      not mention my lifeguard days."""),

    H(1, "Declaration"),
    P("I confirm this is my own work. Signed: Craig Dunmore  Date: 22 April 2025"),
]

CASE = Case(
    name="p_8584_201_leisure_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("201 portfolio C Dunmore.docx", BLOCKS)],
    labels={
        "1.1": "the quietest time after the school swimming",
        "1.2": "at least twice before Easter",
        "2.1": "so over the three hours the unit needs even with the cancelled week",
        "2.2": "counting to five in my head",
        "2.3": "she would write the times on her hand",
        "2.4": "I told him to ask her",
        "2.5": "because the shared drive is open to every duty manager",
        "3.1": "was too polite to say it in the sessions",
        "3.2": "I jump from Goal straight to Options",
        "3.3": "does not mention my lifeguard days",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # 50 + 70 + 90 + 40 + 60 = 310 (17 Mar cancelled; 'Total mentoring' row excluded;
        # session records restate the same sessions)
        "minutes": 310,
        "sessions": 5,
        "individuals": 1,
        "supervision_minutes": 65,  # tutor meeting '1 hr 05'
        # full name in the session 1 record heading, first name alone in 3.1, signature
        # under the feedback form; Craig Dunmore, the leisure centre, Barnsley, GROW, Kolb,
        # the aquatics/operations managers by role: not identifying
        "identifying": ["Jodie Marsh", "Jodie", "J Marsh"],
    },
    about="Leisure centre duty manager's 201 in Word: own-words headings with criterion numbers in brackets, log with '50 mins', '1hr 10', 'an hour and a half', a cancelled row, the tutor meeting as a row, a total row; mentee's full name, first name and signature planted.",
)
