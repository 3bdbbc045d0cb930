"""8584-201 Developing Mentoring Skills: an independent opticians' dispensing optician, Word + PDF appendices.

Hannah Greaves is a dispensing optician at a two-branch independent opticians and mentored
a new trainee optical assistant for six lunchtime sessions. Two files. The Word portfolio
opens with an evidence matrix (AC, the criterion, evidence, "Page / appendix") pointing at
its own sections and at Appendices A to D in the PDF, then answers under headings numbered
"Criterion 1.1", "1.2)", "AC 2.3", "2.2" and so on, with feedback (2.3) before questioning
(2.2) and trust (2.4) last of the practice section. The plan (1.1), the log (2.1) and the
tutor meeting record (3.2) are answered only in the PDF appendices; the Word headings for them
just say "see Appendix". The review of her performance (3.1) runs to four paragraphs and its
label is in the third. Session record sheets (Appendix C) repeat two of the logged sessions.

Planted (2): the mentee's first name on one session record sheet, where she forgot to put
"P." ("Priya"); a customer by title and surname in the same record ("Mrs Okonjo").

Practice truth: log (Appendix B) 45 + 40 + 35 + 50 + 30 + 45 = 245 minutes in six sessions
with one mentee; supervision 60 (tutor meeting, Appendix D) + 15 (tutor's debrief after the
observed session) = 75.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 201 Developing Mentoring Skills – Portfolio"),
    T(
        ["Learner", "Hannah Greaves"],
        ["Role", "Dispensing Optician, Farrow & Beck Opticians, Malton"],
        ["Centre", "North Yorkshire Skills Partnership"],
        ["Tutor", "Carol Ingham"],
    ),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Assessment criterion", "Evidence", "Page / appendix"],
        ["1.1", "Prepare a plan for effective mentoring of an individual", "Mentoring plan", "Appendix A"],
        ["1.2", "State the agreed goals of the mentoring sessions", "Goals statement", "p. 2"],
        ["2.1", "Provide evidence of mentoring with an individual over a period of at least 3 hours", "Mentoring log", "Appendix B"],
        ["2.2", "Use questioning and listening techniques to support the individual being mentored", "Reflective account", "p. 3"],
        ["2.3", "Provide feedback to support individual development", "Reflective account", "p. 2-3"],
        ["2.4", "Describe how trust was developed with the individual being mentored", "Reflective account", "p. 3"],
        ["2.5", "Maintain appropriate records of all mentoring sessions", "Account + session records", "p. 4, Appendix C"],
        ["3.1", "Review own mentoring performance", "Self review", "p. 4-5"],
        ["3.2", "Provide evidence of a 1-hour meeting with their tutor to support own development as a mentor", "Tutor meeting record", "Appendix D"],
        ["3.3", "Identify and plan areas for future development as a mentor", "Development plan", "p. 5"],
    ),

    H(1, "Background"),
    P("""We are a small independent practice with two branches. My mentee joined in January as a
      trainee optical assistant straight from a retail job. She is 22, very good with
      customers, but had never handled frames, a focimeter or a repair and was worried about
      the science side. I offered to mentor her for my ILM course and our practice owner
      agreed. In this portfolio I call her P."""),

    H(1, "Criterion 1.1 – Plan"),
    P("See Appendix A (mentoring plan, agreed at session 1)."),

    H(1, "1.2) Agreed goals"),
    P("""At our first session P. told me what she wanted from the six weeks, and we turned it into
      two goals which she wrote on the goals sheet herself. Goal 1: carry out a frame
      adjustment and a simple repair (screw and nose pad) on her own, checked by me, by the
      middle of March. Goal 2: use the focimeter to read a single vision prescription
      correctly on ten pairs in a row by the end of March. We also set a small goal for each
      session, for example in session 3 to learn the names of every part of a frame so she
      could talk to customers about them."""),

    H(1, "Mentoring log"),
    P("See Appendix B."),

    H(1, "AC 2.3 Feedback"),
    P("""I gave feedback after she did each adjustment, away from the shop floor in the back
      workshop. I asked her first how she thought it went, then told her what was good and
      one thing to change. In session 4 she had adjusted a customer's arms but pushed the
      temples too far in, so I said "your angle of let-down is spot on, next time check the
      fit behind the ear before she stands up". She tried it on the next customer and got it
      right, which did more for her confidence than anything I said."""),

    H(1, "2.2 Questioning and listening"),
    P("""I tried hard not to lecture. When she was struggling with the focimeter I asked "What
      do you see when the mires go sharp?" and "What would you check next?" instead of doing it
      for her. I used summarising at the end of each session so she knew I had heard her
      worries. In session 2 I noticed that she kept saying "I'm not clever enough for the
      science bit", and instead of reassuring her straight away I asked what made her think
      that; it turned out she had failed GCSE physics and had been told she was not a science
      person, and that conversation changed how we approached the rest of the sessions."""),

    H(1, "2.4 Trust"),
    P("""Trust came from small things done consistently. I always turned up at 1.15 even on the
      day the autorefractor broke. I kept what she told me about her GCSEs to myself and
      explained at the start that the only things I would pass to the owner were her progress
      on the two goals. I also admitted my own mistakes, like the time I glazed a pair of
      varifocals upside down in my first year, so she could see everyone gets things wrong."""),

    H(1, "2.5 Records"),
    P("""I kept a log of every session (Appendix B) and filled in a session record sheet after
      each one, which P. read and initialled before it went in the folder (two examples in
      Appendix C). The records are kept in a locked drawer in the back office, not on the
      practice system, and she has a copy of her goals sheet. I wrote each record up before
      the afternoon clinic started, so nothing was written from memory days later."""),

    H(1, "3.1 Review of my performance"),
    P("""To review my performance I used three things: the mentor skills self-assessment from
      the course handbook, which I completed before session 1 and after session 6; P.'s
      feedback form; and the tutor's observation of session 5."""),
    P("""My self-assessment went up most on questioning, from 2 to 4 out of 5, and least on
      planning, because I planned well from the start. P.'s feedback was positive, she said I
      was "patient and never made me feel stupid", and she met both goals, which is the best
      evidence that the mentoring worked."""),
    P("""The weaker side is that I found it hard to stop myself taking over when a customer was
      waiting, and in two sessions I ended up doing the repair for her because the shop was
      busy and I was anxious about the queue. Looking back at it through Kolb's cycle, I
      reflected that this sent the message that the customer mattered more than her
      learning, and next time I would book the session when there is cover on the floor."""),
    P("""Overall I think I was an effective mentor for a first attempt, but I need to plan my time
      better and trust the mentee to do the task even when it is slower."""),

    H(1, "Meeting with my tutor"),
    P("See Appendix D."),

    H(1, "3.3 Development plan"),
    T(
        ["Area", "Action", "When", "Success looks like"],
        ["Letting the mentee do the task", "Only mentor when another member of staff is covering the shop floor", "Next mentee, from May",
         "No sessions where I take over"],
        ["Questioning at a higher level", "Read the coaching questions chapter my tutor recommended; practise with a colleague", "By end of June",
         "Tutor notes more open questions at my next observation"],
        ["Mentoring more than one person", "Offer to mentor the Pickering branch's new starter", "September",
         "Agreement signed and log started"],
    ),

    H(1, "Declaration"),
    P("""I declare that this portfolio is my own work and that the mentoring took place as recorded.
      Signed: Hannah Greaves   Date: 04/04/2025"""),
]

APPENDICES = [
    H(1, "Appendix A – Mentoring plan"),
    T(
        ["Heading", "Plan"],
        ["Who", "Trainee optical assistant (P.), started 6 January"],
        ["Why", "Build her confidence and practical skills in dispensing so she can work on the floor without a DO beside her"],
        ["When and where", "Tuesdays 1.15 to 2.00 in the back workshop, when the optometrist's clinic is closed for lunch and the floor is quiet"],
        ["How many", "Six sessions over ten weeks, January to March, about 45 minutes each"],
        ["Resources", "Practice frames and the old focimeter, the ABDO assistant workbook, goals sheet, session record sheet"],
        ["Review", "Final session in March to look at the goals; feedback form for P. to fill in"],
    ),

    H(1, "Appendix B – Mentoring log"),
    T(
        ["Date", "Session", "Time", "Length", "Notes"],
        ["14/01/25", "1", "13:15 – 14:00", "45 min", "Agreement signed, plan and goals discussed"],
        ["21/01/25", "2", "13:15 – 13:55", "40 min", "Frame parts; 'not clever enough' conversation"],
        ["04/02/25", "3", "13:20 – 13:55", "35 min", "Names of frame parts learnt; first screw repair"],
        ["11/02/25", "-", "-", "-", "Cancelled – two staff off sick, rebooked to 18th"],
        ["18/02/25", "4", "13:10 – 14:00", "50 min", "Adjustments on real customers, feedback"],
        ["04/03/25", "5", "13:15 – 13:45", "30 min", "Focimeter practice, observed by tutor on Teams. Tutor debrief with me 13:45 – 14:00 (not mentoring)"],
        ["18/03/25", "6", "13:15 – 14:00", "45 min", "Final review, both goals met, feedback form"],
        ["01/04/25", "(7)", "planned", "", "Follow-up catch-up planned – not yet held"],
        ["", "", "Total", "4 h 05 m", ""],
    ),
    P("""That is just over four hours of mentoring, comfortably over the three hours required,
      all with the same mentee. The debrief on 4 March was with my tutor about my mentoring and
      is not included in the total."""),

    H(1, "Appendix C – Session record sheets (two examples)"),
    T(
        ["Session record", "Session 2"],
        ["Date / time", "21/01/25, 13:15 – 13:55 (40 minutes)"],
        ["Mentee", "Priya"],
        ["Discussed", "Parts of a frame. She said she is 'not clever enough for the science bit' – talked about where that comes from. Mrs Okonjo's repair used as a worked example (screw replaced on the hinge)."],
        ["Actions", "P. to learn the frame parts sheet for next week. Me to find the ABDO workbook."],
        ["Initialled", "HG / P"],
    ),
    T(
        ["Session record", "Session 4"],
        ["Date / time", "18/02/25, 13:10 – 14:00 (50 minutes)"],
        ["Mentee", "P."],
        ["Discussed", "Three adjustments on real customers, feedback after each. Temples pushed in too far on the second."],
        ["Actions", "Check fit behind the ear before the customer stands. Practise ten focimeter readings."],
        ["Initialled", "HG / P"],
    ),

    H(1, "Appendix D – Record of meeting with tutor"),
    T(
        ["Item", "Notes"],
        ["Date", "28 March 2025, 16:00 – 17:00, at the centre"],
        ["Present", "Hannah Greaves (learner), tutor"],
        ["Purpose", "To review my log, the observation and my self-assessment before I write up my review"],
        ["Discussed", "We went through the observation notes from 4 March and the two sessions where I took over the repair. My tutor asked what I would do differently and helped me see that planning the session around cover on the shop floor is the real fix, not trying harder."],
        ["Agreed", "Use fewer closed questions; read the coaching questions chapter; plan future sessions only when there is cover"],
        ["Signed", "Learner and tutor"],
    ),
]

CASE = Case(
    name="sl_201_opticians_portfolio",
    unit="8584-201",
    kind="portfolio",
    files=[
        SourceFile("Greaves H - 201 portfolio.docx", PORTFOLIO),
        SourceFile("Greaves H - 201 appendices.pdf", APPENDICES),
    ],
    labels={
        "1.1": "when the optometrist's clinic is closed for lunch",
        "1.2": "read a single vision prescription correctly on ten pairs",
        "2.1": "comfortably over the three hours required",
        "2.2": "What do you see when the mires go sharp?",
        "2.3": "check the fit behind the ear before she stands up",
        "2.4": "glazed a pair of varifocals upside down",
        "2.5": "which P. read and initialled before it went in the folder",
        "3.1": "the customer mattered more than her learning",
        "3.2": "planning the session around cover on the shop floor",
        "3.3": "Only mentor when another member of staff is covering",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # Planted: mentee's first name on the session 2 record sheet; a customer by title + surname
        # in the same record. Not: Hannah Greaves (learner), Carol Ingham (tutor, asked for on the
        # cover), Farrow & Beck (business), ABDO, Kolb, Malton, Pickering.
        "identifying": ["Priya", "Mrs Okonjo"],
        # Appendix B: 13:15-14:00 45 + 13:15-13:55 40 + 13:20-13:55 35 + 13:10-14:00 50
        # + 13:15-13:45 30 + 13:15-14:00 45 = 45 + 40 = 85; + 35 = 120; + 50 = 170; + 30 = 200;
        # + 45 = 245 (Total row "4 h 05 m" = 245, right). Not: 11/02 cancelled; 01/04 planned;
        # the Total row; Appendix C's two records (sessions 2 and 4 again).
        "minutes": 245,
        "sessions": 6,
        "individuals": 1,  # P. / Priya
        # Tutor meeting 28 March 16:00-17:00 = 60 + tutor debrief 4 March 13:45-14:00 = 15 -> 75
        "supervision_minutes": 75,
    },
    about="Opticians DO's 201 in two files: Word portfolio with evidence matrix pointing at pages and appendices, mixed 'Criterion 1.1'/'1.2)'/'AC 2.3' headings, 2.3 before 2.2, plan/log/tutor meeting answered only in PDF appendices, 3.1 label in 3rd of 4 paragraphs, repeated session records; planted mentee first name and customer; 245 min, 6 sessions, 75 supervision.",
)
