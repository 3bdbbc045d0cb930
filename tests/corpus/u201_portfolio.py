"""8584-201 Developing Mentoring Skills: a three-file portfolio from a contact centre.

Priya Shah, team leader at an energy supplier's contact centre, mentors two new advisers
(Mentee A, Mentee B). The portfolio is a cover file (authenticity declaration and the
portfolio evidence matrix), a mentoring diary (plan, goals, a session log table with
durations written several ways and a "Total" row) and a reflective account with a heading
per AC. She forgot to anonymise one mentee in two places: this is the case with planted
identifying details.

Traps for the practice check, all realistic: the plan table's "Planned duration of the
sessions | 1 hour" row is not a session; the "Total" rows are not sessions; the tutor
meeting (1 hour) is supervision, not mentoring.
"""

from .case import B, Case, H, P, SourceFile, T

COVER = [
    H(0, "Unit 201 Developing Mentoring Skills – Portfolio of Evidence"),
    T(
        ["Learner name", "Priya Shah"],
        ["Learner registration no.", "R3318802"],
        ["Centre name", "Midlands Workplace Learning"],
        ["Date submitted", "28 March 2025"],
    ),
    H(1, "Authenticity declaration"),
    P("""I declare that the work in this portfolio is my own and that the mentoring sessions
      recorded took place as described. The people I mentored have agreed to their anonymised
      records being used for my assessment."""),
    P("Signed: Priya Shah    Date: 28/03/2025"),
    H(1, "Portfolio Evidence Matrix"),
    T(
        ["Assessment criterion", "Portfolio evidence titles", "Reference number"],
        ["AC 1.1 Prepare a plan for effective mentoring of an individual", "Mentoring Diary – mentoring plan", "E2 p1"],
        ["AC 1.2 State the agreed goals of the mentoring sessions", "Mentoring Diary – agreed SMART goals", "E2 p2"],
        ["AC 2.1 Provide evidence of mentoring with an individual over a period of at least 3 hours",
         "Mentoring Diary – session log; signed by mentees", "E2 p3"],
        ["AC 2.2 Use questioning and listening techniques to support the individual being mentored",
         "Reflective account section 2.2; session summaries", "E3 p1, E2 p4"],
        ["AC 2.3 Provide feedback to support individual development", "Reflective account section 2.3", "E3 p2"],
        ["AC 2.4 Describe how trust was developed with the individual being mentored", "Reflective account section 2.4", "E3 p2"],
        ["AC 2.5 Maintain appropriate records of all mentoring sessions", "Mentoring Diary; reflective account section 2.5", "E2, E3 p3"],
        ["AC 3.1 Review own mentoring performance", "Reflective account section 3.1; feedback from mentees", "E3 p3"],
        ["AC 3.2 Provide evidence of a 1-hour meeting with their tutor to support own development as a mentor",
         "Reflective account section 3.2 – outcomes of supervision session", "E3 p4"],
        ["AC 3.3 Identify and plan areas for future development as a mentor", "CPD plan in reflective account section 3.3", "E3 p5"],
    ),
]

DIARY = [
    H(0, "Mentoring Diary"),
    T(
        ["Name of Mentor", "Priya Shah"],
        ["Client Ref/ID", "Mentee A and Mentee B"],
        ["Start Date of Activity", "03/02/2025"],
        ["Total number of hours completed", "6 hours 20 mins"],
    ),
    H(1, "AC 1.1 Prepare a plan for effective mentoring of an individual"),
    P("""I mentored two new customer service advisers who joined my team in January. Most of
      the mentoring was with Mentee A. I planned the mentoring using the ILM diary headings
      and agreed the plan with each of them in a short first conversation."""),
    T(
        ["Write a brief profile of the person you are mentoring",
         "Mentee A is 22 and this is his first office job after working in a warehouse. He passed his "
         "four week induction but his quality scores are below target and he gets flustered on calls "
         "from customers in debt. He wants to stay in the team and eventually move into the billing "
         "team. Mentee B is 41, returning to work after eight years caring for her children. She is "
         "very good with customers but not confident with the systems."],
        ["Has confidentiality been agreed? Yes/No", "Yes – agreed verbally and in the written agreement, "
         "including that I would only share something if there was a risk to someone"],
        ["Contact details", "john.smith@lakeside-energy.example.com / 07700 900461"],
        ["Where will you meet for the sessions?", "Pod 4, the small meeting pod on the second floor"],
        ["What makes this venue suitable?", "It has a door that closes and is away from the call floor, so nobody "
         "can overhear, but it is not hidden away, and it can be booked on Outlook"],
        ["Planned duration of the sessions", "1 hour"],
        ["Number of sessions", "4 with Mentee A, 2 with Mentee B"],
    ),
    P("""Timing was planned with the workforce planning team so that each session was put into
      the schedule as offline time and the mentee was not taken off the phones in the busy
      Monday morning peak. Before the first session I asked both mentees to complete a short
      self-assessment on call handling, systems, dealing with difficult customers and
      confidence, so I could see where they felt they needed support, and I read their
      induction reports. I planned to use the GROW model in each session and to finish each
      one by booking the next."""),

    H(1, "AC 1.2 Agreed goals"),
    P("""These are the SMART goals we agreed in the first sessions. We looked at them again at
      every meeting."""),
    P("Mentee A"),
    B("""Goal 1: To raise his call quality score from 72% to the team target of 85% by the end
      of March, measured by the quality team's monthly call sampling."""),
    B("""Goal 2: To use the debt and vulnerability script on every call where a customer says
      they are struggling to pay, checked by listening back to five of his own calls a week with
      me, starting in week two."""),
    B("""Goal 3: To find out what the billing team looks for in applicants by arranging a
      conversation with the billing team leader before the end of February."""),
    P("Mentee B"),
    B("""Goal 1: To complete a meter reading correction and a direct debit change on the
      billing system without asking for help, on at least ten calls by 14 March."""),
    B("""Goal 2: To ask one question in each Friday team huddle for a month, to build her
      confidence in speaking up in the team."""),

    H(1, "AC 2.1 Record of mentoring sessions"),
    P("""The table below is my log of all the mentoring sessions. Both mentees signed the
      printed copy to confirm the sessions took place."""),
    T(
        ["Date", "Mentee", "Duration", "Notes"],
        ["03/02/2025", "Mentee A", "60 minutes",
         "First session. Agreed the mentoring agreement and goals. Talked about the move from the "
         "warehouse and what he finds hardest on calls. Action: listen back to two calls before next time."],
        ["10/02/2025", "Mentee A", "1 hour 15 mins",
         "Listened to two of his calls together. He spotted himself that he talks over customers when "
         "nervous. Practised the vulnerable customer script by role play. Action: use the script on every debt call."],
        ["17/02/2025", "Mentee B", "09:00-10:30",
         "First session with Mentee B. Agreement and goals. Walked through the billing screens she finds "
         "confusing and she made her own quick reference sheet. Action: try corrections on live calls with a buddy."],
        ["24/02/2025", "Mentee A", "1h",
         "Quality score up to 78%. Explored options for the billing team and he decided to speak to the "
         "billing team leader himself. Action: email her by Friday."],
        ["03/03/2025", "Mentee A", "45 mins",
         "He had met the billing team leader. Reviewed goal 2 – script used on 9 of 10 debt calls. "
         "Agreed a new goal on call wrap-up."],
        ["10/03/2025", "Mentee B", "50 mins",
         "Seven corrections done on her own. Asked a question in two huddles. Talked about confidence "
         "and returning to work. Action: keep a note of every call she handles alone."],
        ["Total", "", "6 hours 20 mins", ""],
    ),

    H(1, "Session summaries"),
    P("""Session 1 (Mentee A): I started by explaining what mentoring is and that it is
      separate from his one-to-ones with me as his team leader. We went through the agreement
      together. Using GROW, his goal for the session was to understand why his quality scores
      were low. He said calls about debt make him panic."""),
    P("""Session 2 (Mentee A): We listened to two recordings. I asked him what he noticed
      rather than telling him, and he picked out that he interrupts customers. We practised the
      script with me playing a worried customer."""),
    P("""Session 3 (Mentee B): She was nervous at first and apologised a lot for being slow.
      We spent most of the time on the billing system, with her driving and me asking what she
      would try next."""),
    P("""Session 4 (Mentee A): Good progress on his score. Most of this session was about his
      longer-term goal of moving to billing, and I used options questions to help him see
      several routes."""),
    P("""Session 5 (Mentee A): Review of the goals. He had done all his actions. We set a new
      goal about reducing his after-call work."""),
    P("""Session 6 (Mentee B): Review. She is much more confident with corrections. We agreed
      she would carry on with her notes and we would have a short catch-up in April outside of
      this portfolio."""),
]

REFLECTIVE = [
    H(0, "Reflective account"),
    P("""This account covers how I used my mentoring skills in the sessions recorded in my
      diary, how I kept records, and my review of my own performance."""),

    H(1, "AC 2.2 Questioning and listening"),
    P("""In the first sessions I noticed that I asked a lot of closed questions, such as 'Did you
      use the script?', which got one word answers from Mentee A. After session one I wrote
      in my log that I needed to change this, and from session two I planned some open
      questions in advance, for example 'What happens for you when a customer says they can't
      pay?' and 'What would a good call sound like?'. This made a big difference: he talked
      for several minutes about his dad having money problems, which explained why he panics
      on those calls."""),
    P("""I used probing questions to get to specifics ('What exactly did the customer say just
      before you talked over her?') and scaling questions to measure confidence ('On a scale
      of one to ten, how confident are you with direct debit changes now?'). With Mentee B
      the scaling question helped her see her own progress, because she moved from three to
      seven in two sessions."""),
    P("""For listening, I turned my monitor off and put my phone face down so I was not
      watching the queue. I used summarising at the end of each GROW stage, and I tried to
      leave silences, which I found hard. When I did wait, Mentee B came out with the real
      worry, which was that she felt the younger advisers were judging her."""),

    H(1, "AC 2.3 Feedback"),
    P("""I gave feedback in every session, but I tried to ask for the mentee's view first. After
      we listened to his calls in session two I asked Mentee A what he thought had gone well and
      what he would change, and he found most of the points himself. I then added specific
      feedback: 'When you paused and let her finish, she calmed down and agreed the payment
      plan – that is exactly what the script is for.' Being specific meant he knew what to
      repeat."""),
    P("""With Mentee B I gave positive feedback on her customer skills, because she was only
      focused on what she could not do. I told her that her calm tone on a call with a
      bereaved customer was better than most of the team's, which visibly cheered her up.
      Developmental feedback was about asking for help earlier instead of putting customers on
      hold for a long time. I used the sandwich approach with her once but it felt forced,
      so after that I just described what I saw and the effect it had. The feedback helped
      both mentees develop because they left each session knowing one thing to keep doing
      and one thing to try."""),

    H(1, "AC 2.4 Developing trust"),
    P("""Trust was the part I was most worried about because I am also their team leader. In
      the first session I was open about this and we agreed that nothing from mentoring would
      be used in their one-to-ones or performance reviews. We put this in the agreement, and
      when my own manager asked me how my mentee John Smith was getting on I only said that the
      sessions were going ahead, which I later told him about."""),
    P("""I also built trust by sharing my own experience. I told Mentee A that in my first
      month I cried in the toilets after a customer shouted at me, and he said afterwards that
      this made him feel less stupid. With Mentee B, trust developed between sessions, because
      I did what I had promised and sent her the billing guide the same afternoon. Being
      reliable, keeping to time and not cancelling when the queue was busy showed both of them
      that the mentoring mattered to me."""),

    H(1, "AC 2.5 Keeping records"),
    P("""I kept a record of all mentoring sessions in the mentoring diary, with the date,
      duration, a summary of what was discussed, actions agreed and the date of the next
      session, and I completed a reflective log after each one. The records were written up
      the same day while I still remembered the detail. I kept the diary in a password
      protected folder on the shared drive that only I can open, not on the team drive, and
      printed copies were kept in my locked pedestal. Mentees saw what I wrote and agreed it at
      the start of the next session, which also helped to review the actions. For this
      portfolio I have referred to them as Mentee A and Mentee B. The records helped me
      see the progress against their goals, for example Mentee A's quality score going from
      72% to 78% and then 84%."""),

    H(1, "AC 3.1 Review of my own performance"),
    P("""To review my performance I used the ILM mentee feedback form with both mentees, my
      reflective log and a self-rating against the key mentoring skills."""),
    T(
        ["Skill", "My rating (1–10)", "Mentee feedback", "Comments"],
        ["Builds rapport", "8", "9 and 9", "Both said I was easy to talk to"],
        ["Listening", "6", "8 and 7", "Better once I turned the screen off"],
        ["Questioning", "5", "7 and 8", "Too many closed questions early on"],
        ["Structured approach", "7", "8 and 6", "Mentee B said sessions sometimes drifted"],
        ["Giving feedback", "7", "9 and 8", "Specific feedback worked well"],
    ),
    P("""My strengths are building rapport and giving specific feedback. My main development
      areas are questioning, because I fall back on closed questions when I am under time
      pressure, and keeping to a structure, as Mentee B noticed that we sometimes chatted
      too long before getting to the goal. I also noticed that as a team leader I am used
      to fixing problems, and in session four I gave Mentee A my own solution for the billing
      application before he had finished thinking, which I had to pull back from."""),

    H(1, "AC 3.2 Meeting with my tutor"),
    P("""I met my tutor, Gareth, for 1 hour on 19/03/2025 at the training centre to review my
      mentoring. The purpose was to talk through my diary and reflective log and agree what I
      should develop next. We discussed the difficulty of mentoring people I also line manage,
      and he suggested that in future I ask to mentor people from other teams where possible.
      We looked at my questioning, and he showed me a set of question stems for each GROW
      stage, which I will keep on a card. He also pointed out that my diary notes were good
      on actions but did not always record what the mentee said about their own progress.
      The agreed outcomes were: use the question stems in my next mentoring, try one session
      with a mentee from another team, and add a 'mentee's view' line to my session record."""),

    H(1, "AC 3.3 My development plan"),
    T(
        ["Area to develop", "Action", "By when", "How I will know"],
        ["Open questioning", "Use the GROW question stems card in every session; record three open questions I used in my log",
         "End of May 2025", "Mentee feedback on questioning scores 8 or more"],
        ["Keeping sessions structured", "Agree the goal for the session within the first ten minutes and check the time halfway",
         "Next three sessions", "No mentee says the sessions drift"],
        ["Mentoring outside my own team", "Volunteer for the company's new starter mentoring scheme with a mentee from the billing department",
         "June 2025", "Mentoring agreement in place"],
        ["Stop solving problems for mentees", "Count to five before offering any idea; ask 'what else?' at least twice",
         "Ongoing, review with tutor in July", "Reflective log shows mentee-generated options"],
    ),
    P("""This plan builds on my strengths in rapport and feedback and focuses on the areas my
      mentees and my tutor picked out. I will review it with my tutor in July."""),
]

CASE = Case(
    name="u201_portfolio",
    unit="8584-201",
    kind="portfolio",
    files=[
        SourceFile("portfolio-cover.docx", COVER),
        SourceFile("diary.docx", DIARY),
        SourceFile("reflective-account.docx", REFLECTIVE),
    ],
    labels={
        "1.1": "small meeting pod on the second floor",
        "1.2": "debt and vulnerability script",
        "2.1": "Practised the vulnerable customer script by role play",
        "2.2": "turned my monitor off",
        "2.3": "bereaved customer",
        "2.4": "cried in the toilets",
        "2.5": "locked pedestal",
        "3.1": "fixing problems",
        "3.2": "question stems for each GROW stage",
        "3.3": "Count to five before offering any idea",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["john.smith@lakeside-energy.example.com", "07700 900461", "John Smith"],
        "minutes": 380,
        "sessions": 6,
        "individuals": 2,
        "supervision_minutes": 60,
    },
    about="Contact centre team leader; cover + diary + reflective account DOCX; log table with mixed durations; planted identifying details.",
)
