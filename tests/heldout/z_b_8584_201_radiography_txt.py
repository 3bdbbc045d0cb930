"""8584-201 developing mentoring skills: a hospital senior radiographer, plain text typed in a hurry, with a pipe-typed matrix and log.

Bernadette Quinn is a Band 6 Senior Radiographer in the imaging department of a district
general hospital and mentors a newly qualified Band 5 radiographer whom she calls "NQ". The
.txt file was typed straight into Notepad: the AC numbers typed at the start of lines ("AC
1.1 - plan"), a pipe-typed evidence matrix at the top, and a pipe-typed session log whose
Time column mixes a clock range ("12:30-13:15", "16:30-17:35"), "1 hr", "40 minutes" and
"half an hour", one cancelled row (CT list overran), and a line "Total number of hours
completed: 4 hours" (right). Session 4 (6 Mar) is a log row and is also written out as a
copy of the ILM session page ("Duration | 65 mins"): one session. The fifth session is a
half-hour talk in a ward side room after mobile X-rays, which she says she has counted. Not
counted, in her words: NQ shadowing her on a fluoroscopy list (about 2 hours) and a
10-minute corridor chat. Tutor support: a 15-minute phone call from the tutor and a
"1 hr 10 mins" tutor meeting. Typos and missing apostrophes throughout. Declaration.

Clean: her own name, and her nickname in NQ's quoted form ("Bernie always makes time");
NQ; roles (superintendent radiographer, reporting radiographer, ILM tutor, ICU nurse in
charge); places (ICU, Ward 7, CT, the seminar room, reporting room 2); GROW, Johari window,
IR(ME)R, SWOT, the feedback sandwich.

Practice truth (the log; the session 4 page is the 6 Mar row):
  1 Thu 6 Feb 12:30-13:15 = 45 (agreement and goals: counts); 2 Thu 13 Feb 1 hr = 60;
  Thu 20 Feb cancelled -> excluded; 3 Thu 27 Feb 40 minutes = 40; 4 Thu 6 Mar 16:30-17:35 =
  65 (its page says 65 mins: same session); 5 Wed 12 Mar half an hour = 30 (counted by her).
  45+60 = 105, +40 = 145, +65 = 210, +30 = 240 (= her "4 hours", not added).
  minutes 240; sessions 5; individuals 1 (NQ).
  Not: 20 Feb cancelled; fluoro list shadowing "about 2 hours"; 10-minute corridor chat;
  "about 45 mins to an hour" plan; "65 mins" on the session page (same session);
  "10 mobile chest X-rays"; "2 down"; "3 hours" requirement.
  Supervision/tutorials: 28 Feb tutor phone call "about 15 minutes" = 15; 20 Mar tutor
  meeting "1 hr 10 mins" = 70.  15 + 70 = 85.
"""

from corpus.case import Case, P, SourceFile, T

MATRIX = T(
    ["AC", "Evidence", "Ref"],
    ["1.1 Prepare a plan", "Plan section below", "1"],
    ["1.2 Agreed goals", "Goals section", "2"],
    ["2.1 3 hours mentoring", "Session log", "3"],
    ["2.2 Questioning and listening", "Reflective notes", "4"],
    ["2.3 Feedback", "Session 4 page + notes", "5"],
    ["2.4 Trust", "Reflective notes", "6"],
    ["2.5 Records", "Session log + session page", "7"],
    ["3.1 Review own performance", "Self review + NQ feedback form", "8"],
    ["3.2 1 hour tutor meeting", "Tutor meeting notes", "9"],
    ["3.3 Future development", "Development plan", "10"],
)

LOG = T(
    ["Session", "Date", "Time", "Where", "What we did", "Actions"],
    ["1", "Thu 6 Feb", "12:30-13:15", "Seminar room", "Mentoring agreement, confidentiality, what she wants from it, goals",
     "NQ to write down which exams she avoids and why"],
    ["2", "Thu 13 Feb", "1 hr", "Seminar room", "Her list - mobiles on ICU top of it. Talked through what scares her",
     "Do 2 ICU mobiles with me this week, she leads"],
    ["-", "Thu 20 Feb", "cancelled", "-", "CT list overran and we were 2 down, moved to 27th", "-"],
    ["3", "Thu 27 Feb", "40 minutes", "Reporting room 2", "How the ICU mobiles went. Her own checklist for ICU",
     "Use checklist, 3 more ICU mobiles"],
    ["4", "Thu 6 Mar", "16:30-17:35", "Seminar room", "See session page below", "Ring ICU nurse in charge before going up"],
    ["5", "Wed 12 Mar", "half an hour", "Ward 7 side room", "After we did two mobiles on Ward 7 - review of goals. I counted this one",
     "Carry on alone, tell me at the end of each week"],
)

SESSION_4 = T(
    ["Session no.", "4", "Date", "06/03/25", "Duration", "65 mins"],
    ["Review of client's progress from last session", "6 ICU mobiles done, only called for help once (patient on a ventilator, lines everywhere)", "", "", "", ""],
    ["Goal/focus/topic for today's meeting", "Confidence with the ICU staff - she feels in the way", "", "", "", ""],
    ["Reality/current situation", "She waits to be noticed instead of saying who she is and what she needs", "", "", "", ""],
    ["Options generated to achieve goal", "Ring ahead; introduce herself to the nurse in charge; ask for 2 minutes of help to move the patient", "", "", "", ""],
    ["Chosen option & target date", "Ring ahead every time from now, review 12/3", "", "", "", ""],
    ["Willingness of mentee", "8/10", "", "", "", ""],
    ["Feedback you gave to the mentee", "Images this week all diagnostic, one repeat. Told her so and showed her the repeat and why", "", "", "", ""],
    ["Feedback from mentee on the mentoring session", "Liked looking at her own images together", "", "", "", ""],
    ["Date and venue of next session", "12/3 on the ward after mobiles", "", "", "", ""],
)

BLOCKS = [
    P("ILM Level 2 Award in Effective Mentoring Skills - Unit 201 Developing Mentoring Skills"),
    P("Bernadette Quinn - Senior Radiographer (Band 6), Imaging Dept"),
    P("Mentee: NQ (newly qualified Band 5 radiographer, started with us in September)"),
    P("Portfolio evidence matrix"),
    MATRIX,

    P("AC 1.1 - plan"),
    P("""NQ qualified last summer and started in September. She is good in the main department but
      her preceptorship review in January said she avoids mobile X-rays on ICU and theatres and
      waits for a senior to go with her. Our superintendent asked if I would mentor her as part
      of my ILM. I planned about 45 mins to an hour a week for 6 weeks, Thursday lunchtimes
      because the elective list is lighter then and someone can cover the room. Where: the
      seminar room on the first floor, not the staff room because everyone comes in and out and
      she wouldnt talk in front of the others. I booked the room through the dept diary for all 6
      weeks in January. I thought about what she needed: not more teaching (she knows the
      technique), more practice with someone alongside and then stepping back. I also planned
      to do some mobiles with her on the wards as part of it."""),

    P("AC 1.2 - goals"),
    P("""We agreed these in session 1 and she wrote them in her own words:"""),
    P("""1. Do 10 mobile chest X-rays on ICU on her own without calling a senior by 31 March, with
      no more repeats than the department average."""),
    P("""2. By the end of the mentoring, introduce herself to the nurse in charge and say what she
      needs every time she goes onto a ward, which she said she never does."""),

    P("AC 2.1 - evidence of mentoring"),
    LOG,
    P("""That is five sessions and four hours in total, more than the 3 hours needed."""),
    P("""Total number of hours completed: 4 hours"""),
    P("""I havent counted the fluoro list on 4 March where NQ shadowed me for about 2 hours because
      she was watching not being mentored, or a 10 min chat in the corridor after she had a
      difficult patient."""),

    P("AC 2.2 - questioning and listening"),
    P("""I used GROW loosely with open questions. The one that worked best was when she said she
      would just call me if it went wrong on ICU and I asked 'what would you do if I wasn't in
      the building?' - she went quiet and then talked it through step by step and knew it all.
      I used closed questions to check things ('did you check the lines before you moved him?')
      and tried to summarise back what she said. Listening - I tried to not jump in and leave
      gaps, and noticed she always said 'I'm probably being stupid but' before the important
      bit, so I started waiting for that."""),

    P("AC 2.3 - feedback"),
    P("""I gave feedback on her images and on how she handled the wards, always asking her first
      what she thought. Example from session 4 (page below): she thought her ICU chest was
      rubbish but it was diagnostic, the repeat she did was because the patient moved, not her.
      Another example on Ward 7 on 12 March, I told her that her lateral knee positioning was
      spot on but she had not checked the patient ID out loud, and she hasnt missed it since. I
      used the feedback sandwich at first but she said it made her wait for the 'but' so I
      changed to just saying what was good and what to change."""),
    SESSION_4,

    P("AC 2.4 - trust"),
    P("""In the first session I told her about my own first night on call when I froze on ICU and
      had to ring my senior at 3am, because she thinks everyone else finds it easy. She said
      afterwards this was when she decided to be honest with me. I kept everything she said to
      myself, including about another radiographer who had been short with her, and I told her
      I would only go to the superintendent if it was about patient safety or if she wanted me
      to. Turning up on time every week even when it was busy also mattered, she said, because
      other people had promised to help and not done it. When I had to cancel on 20 Feb I told
      her myself that morning rather than a message through the desk."""),

    P("AC 2.5 - records"),
    P("""I kept the session log above and filled in an ILM session page for each session, with
      goals, options, actions and feedback (session 4 copied above as an example). The paper
      copies are kept in the locked drawer in the reporting room and typed up with NQ only.
      No patient details are written down, only 'ICU chest' etc, because of IR(ME)R and data
      protection. After each session I added a line on how I did as a mentor."""),

    P("AC 3.1 - review of my performance"),
    P("""I did a SWOT on myself at the end. Strengths - I know the job, I'm patient, I plan well
      and kept to the sessions. Weaknesses - when we are on the ward and she hesitates I jump in
      and take over the exam, which I did twice on Ward 7 before stopping myself. NQs feedback
      form said 'Bernie always makes time but sometimes does it for me'. Using the Johari window
      I hadnt realised how often I do that, it was in my blind spot. Opportunities - the
      preceptorship programme needs mentors. Threats - time, we are always short."""),

    P("AC 3.2 - meeting with tutor"),
    P("""My tutor rang me on 28 Feb, about 15 minutes, to check my log was ok and the sessions
      counted. Then we had the proper meeting on 20 March at the college, 1 hr 10 mins. We went
      through my log, the session pages and NQs feedback form. Purpose was to look at what I had
      learned. The main thing was my tutor asked me to stop rescuing her - when NQ hesitates,
      count to five before I say anything. Agreed outcomes: keep the count to five, ask more
      'what would you do' questions, and look at mentoring another preceptee in the spring."""),

    P("AC 3.3 - future development"),
    P("""My plan:"""),
    P("""1. Stop taking over - count to five on every exam where NQ or any junior hesitates. Ask
      the superintendent to watch me on one mobile round in April and tell me. By 30 April."""),
    P("""2. Better questions - write down 3 open questions before each session. Start May."""),
    P("""3. I want to join the hospital's preceptorship mentor network by September and mentor
      one of the new grads who start then."""),

    P("I declare this is my own work. B Quinn 24/3/25"),
]

CASE = Case(
    name="z_b_8584_201_radiography_txt",
    unit="8584-201",
    kind="numbered-unstyled",
    files=[SourceFile("Unit 201 B Quinn mentoring.txt", BLOCKS)],
    labels={
        "1.1": "Thursday lunchtimes because the elective list is lighter",
        "1.2": "without calling a senior by 31 March",
        "2.1": "five sessions and four hours in total",
        "2.2": "what would you do if I wasn't in the building",
        "2.3": "her lateral knee positioning was spot on",
        "2.4": "my own first night on call when I froze",
        "2.5": "kept in the locked drawer in the reporting room",
        "3.1": "I jump in and take over the exam",
        "3.2": "my tutor asked me to stop rescuing her",
        "3.3": "join the hospital's preceptorship mentor network by September",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        # 45 (12:30-13:15) + 60 + 40 + 65 (16:30-17:35; the session page is the same session)
        # + 30 (ward side room, counted by her) = 240 = her "4 hours".  20 Feb cancelled.
        # Not: fluoro shadowing ~2 hours; 10 min corridor chat.
        "minutes": 240,
        "sessions": 5,
        "individuals": 1,
        # tutor phone call ~15 + tutor meeting 1 hr 10 mins 70 = 85.
        "supervision_minutes": 85,
    },
    about="District hospital senior radiographer; 201 plain text typed in Notepad with a pipe-typed matrix and log mixing clock ranges and words, a cancelled row, a session also written out on the ILM session page, a counted ward side-room talk, shadowing not counted, a tutor phone call plus meeting; clean.",
)
