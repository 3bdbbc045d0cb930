"""8584-201 Developing mentoring skills (DOCX): a dental practice lead nurse mentors a trainee.

Priya Nandakumar, lead dental nurse at a four-surgery NHS and private dental practice in
Stockport, mentors a trainee dental nurse in her first six months. One Word document with
the criteria as headings and her answers under them. The mentoring log is a table
Date | Mentee | Type | Length, the lengths typed three ways ('45m', '1:15' as h:mm,
'1.5 hrs'); one row is a DNA (trainee off sick); one is a paired session where a second
trainee (Trainee B) joined. Supervision sits in a separate small table below the log.
Chatty, practical voice; signed declaration on the front.

Practice, as an assessor counts it (the log):
    6 Feb 45m = 45 (chemistry), 13 Feb 30m = 30 (phone), 20 Feb 1:15 = 75,
    27 Feb DNA = 0, 6 Mar 1.5 hrs = 90 (paired: Trainee A and Trainee B, one session),
    13 Mar 40m = 40 (Teams), 20 Mar 1:05 = 65     => 345 minutes, 6 sessions
    Individuals: Trainee A (named in full in the first row) and Trainee B = 2.
    Supervision table: 28 Feb tutor 1:00 = 60, 14 Mar practice manager 30m = 30 => 90.

Anonymisation slip: the first log row names Trainee A in full ("Chloe Brennan (Trainee A)").
Not identifying: Priya's own name, her tutor Mr Daniel Hughes (named on the front sheet),
the practice manager (a role), Moorside Dental Care, Stockport, the GDC, the NHS, Clutterbuck, Megginson, Egan,
Kolb, the GROW model.
"""

from corpus.case import Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Mentee", "Type", "Length"],
    ["6 Feb", "Chloe Brennan (Trainee A)", "face to face", "45m"],
    ["13 Feb", "Trainee A", "phone", "30m"],
    ["20 Feb", "Trainee A", "face to face", "1:15"],
    ["27 Feb", "Trainee A", "Teams", "DNA – off sick, not rebooked that week"],
    ["6 Mar", "Trainee A + Trainee B (paired session)", "face to face", "1.5 hrs"],
    ["13 Mar", "Trainee A", "Teams", "40m"],
    ["20 Mar", "Trainee A", "face to face", "1:05"],
)

SUPERVISION = T(
    ["Supervision", "With", "Length"],
    ["28 Feb", "Mr Hughes (course tutor) – tutorial at the college", "1:00"],
    ["14 Mar", "Practice manager (my supervisor for the course)", "30m"],
)

BLOCKS = [
    H(0, "Unit 8584-201 Developing Mentoring Skills"),
    T(
        ["Learner name", "Priya Nandakumar"],
        ["Workplace", "Lead Dental Nurse, Moorside Dental Care, Stockport"],
        ["Tutor", "Mr Daniel Hughes"],
        ["Date submitted", "2 April"],
    ),
    P("""Declaration of authenticity: I declare that this is my own work and that the mentoring
      sessions in the log happened as written. Signed: P. Nandakumar   Date: 02/04"""),

    H(1, "Background"),
    P("""I have been a dental nurse for eleven years and lead nurse for three. We take on one
      or two trainee dental nurses a year who do their NEBDN qualification alongside working
      in surgery. The first six months are the hardest: the hours are long, the terminology is
      new and some dentists are not patient with them. The practice manager asked me to mentor
      our newest trainee, who I call Trainee A. She is 18, this is her first job, and she had
      already said to reception that she was not sure dentistry was for her."""),

    H(1, "1.1 Prepare a plan for effective mentoring of an individual"),
    P("""My plan was one side of A4. It set out why we were doing mentoring (to help her settle
      and stay, not to teach her nursing, which her clinical supervisor does), how often (once
      a week on a Thursday lunchtime when surgery 3 is closed for decontamination checks), how
      long (roughly 45 minutes to an hour), and what I would bring to each session. I also
      planned for when things go wrong: if either of us could not do a Thursday we would move
      it to a phone call or Teams in the evening rather than miss a week. I put the boundaries
      in too. Anything clinical or to do with her performance goes to her clinical supervisor,
      not me, so I made a list of who she should go to for what and printed it for her."""),

    H(1, "1.2 State the agreed goals of the mentoring sessions"),
    P("""We agreed the goals at the end of the first session, after she had talked about what was
      worrying her. They were:"""),
    P("""(1) to feel confident speaking up in surgery when she does not understand what the
      dentist wants, instead of guessing; (2) to build a revision timetable for her NEBDN record
      of experience that she can keep to around shifts; (3) to decide by the end of March whether
      she wants to stay in dental nursing. She chose the third one herself and I was surprised,
      but it was honest. We wrote them in her notebook and I kept a copy with my plan."""),

    H(1, "2.1 Provide evidence of mentoring with an individual over a period of at least 3 hours"),
    P("""The log below shows every session. The lengths are as I wrote them on the day, so they
      are not all in the same format, sorry. One week she was off sick so that is marked DNA.
      On 6 March another trainee from our sister practice (Trainee B) was with us for a week's
      placement, and Trainee A asked if she could come along, so that was a paired session.
      Altogether I make it just under six hours of mentoring with my mentee, which is well over
      the three hours."""),
    LOG,
    P("My supervision and tutorial are kept separately:"),
    SUPERVISION,

    H(1, "2.2 Use questioning and listening techniques to support the individual being mentored"),
    P("""I used the GROW model as a loose structure but mostly I tried to ask open questions and
      then keep quiet. When she said a dentist had "had a go" at her, I asked her to walk me
      through exactly what happened from when the patient sat down. It turned out she had
      passed the wrong matrix band twice because she did not know there were two kinds. I did
      not tell her what to do, I asked "what would you need to know to get it right next
      time?" and she said she would ask the dentist to show her both and label the drawer. I
      used reflecting back a lot ("so it's not the dentist, it's not knowing?") and summarising
      at the end. On the phone session listening was harder because I could not see her face,
      so I asked more checking questions."""),

    H(1, "2.3 Provide feedback to support individual development"),
    P("""I gave feedback in the fourth and fifth sessions about her revision timetable. I used
      the praise, specific point, praise idea but tried not to make it a sandwich that hides the
      message. I told her the timetable looked great on paper but it had her revising every
      evening after a ten hour day, and asked if that was realistic. She laughed and said no.
      She cut it to three evenings and a Sunday morning. I also passed on feedback from one of
      the dentists, with his permission, that she had asked a good question in surgery, because
      I thought she needed to hear that from someone other than me."""),

    H(1, "2.4 Describe how trust was developed with the individual being mentored"),
    P("""At the start she was polite and quiet and told me everything was fine. I think what
      changed it was that I told her about my first year, when I nearly left after a dentist
      made me cry in front of a patient. After that she opened up. I also kept my word on
      confidentiality. When the practice manager asked in a staff meeting how the trainee was
      getting on, I said that was for Trainee A to say. She heard about that and mentioned it the
      next week. Being consistent mattered: even when she was off sick I sent a short message to
      say I hoped she was OK and we would pick up next Thursday."""),

    H(1, "2.5 Maintain appropriate records of all mentoring sessions"),
    P("""After each session I filled in a half-page record: date, how we met, goals we talked
      about, actions for her, actions for me. These are kept in a locked drawer in the
      practice manager's office, in an envelope with her initials only, because our GDC
      standards on patient records made me think about how I would want my own notes kept. The
      log in 2.1 is made from those records. I let her read them whenever she wanted."""),

    H(1, "3.1 Review own mentoring performance"),
    P("""I think I did well on building the relationship and on keeping sessions going even
      when the surgery was busy. I was less good at letting silences happen. Megginson and
      Clutterbuck talk about the mentor helping the mentee to do their own thinking, and in the
      first two sessions I filled every pause with advice. I noticed it when I read back my
      record of session 2 and saw that all the actions were ones I had suggested. Using Kolb's
      cycle in my notes helped, because writing what I would try next made me actually try it.
      The paired session was the weakest. Trainee B was confident and chatty and my mentee went
      quiet; I should have agreed with my mentee beforehand how she wanted it to go. By the end,
      she had met goals 1 and 2 and decided she is staying, which she told me on 20 March."""),

    H(1, "3.2 Provide evidence of a 1-hour meeting with their tutor to support own development as a mentor"),
    P("""My tutorial with Mr Hughes on 28 February lasted an hour (see the supervision table).
      I took my records and we went through them. His main point was that I was mentoring like
      a lead nurse, solving problems, and he asked me to try Egan's skilled helper stages in
      the next session, staying in the first stage longer before moving on to options. He also
      suggested I ask my mentee at the end of each session what was most useful, which I had
      not been doing. I did both from the next session and wrote her answers on my records."""),

    H(1, "3.3 Identify and plan areas for future development as a mentor"),
    P("""Two areas I want to work on. First, comfort with silence: I will practise counting to
      ten before I speak and ask a colleague to watch a mock session at our next training
      afternoon in May. Second, group or paired mentoring, because we may have two trainees
      next year. I plan to read the chapter on group mentoring in the course book and speak to
      the practice manager about a shared session with clear ground rules, by September."""),
]

CASE = Case(
    name="l_8584_201_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("201 assignment P Nandakumar.docx", BLOCKS)],
    labels={
        "1.1": "made a list of who she should go",
        "1.2": "She chose the third one herself",
        "2.1": "just under six hours of mentoring with my mentee",
        "2.2": "ask the dentist to show her both",
        "2.3": "She cut it to three evenings",
        "2.4": "nearly left after a dentist made me cry",
        "2.5": "in an envelope with her initials only",
        "3.1": "all the actions were ones I had suggested",
        "3.2": "staying in the first stage longer",
        "3.3": "counting to ten before I speak",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # 45 (45m) + 30 (30m) + 75 (1:15) + 90 (1.5 hrs, paired, once) + 40 (40m) + 65 (1:05)
        # = 345; 27 Feb DNA row not counted.
        "minutes": 345,
        "sessions": 6,
        "individuals": 2,  # Trainee A (= Chloe Brennan) and Trainee B
        "supervision_minutes": 90,  # tutorial 1:00 = 60 + practice manager 30m = 30
        "identifying": ["Chloe Brennan"],
    },
    about="Dental practice lead nurse mentoring a trainee; DOCX log Date | Mentee | Type | Length in '45m', '1:15', '1.5 hrs', a DNA row, a paired row, supervision in a separate table; mentee's full name in one log row.",
)
