"""8584-201 whole portfolio as PDF: a bookshop assistant manager's two-column diary plus an hours summary whose total is wrong.

Frances Idowu, assistant manager of an independent bookshop, mentors Rosie, a new Saturday
and after-school bookseller. Every criterion 1.1 to 3.3 is answered under "AC" headings.
The practice evidence is a two-column "When | What happened" diary table whose first column
holds the clock range of each meeting (no length column), followed by an "Hours summary"
table in decimal hours listing the same seven sessions again (count once). Tricky: a
session in two halves on one day (10.10-10.40am and 2.15-3.00pm, one session of 75 minutes,
"0.5 + 0.75" in the summary); a Tuesday moved to Thursday for a stocktake; a session
cancelled for flu and not rebooked; a story time Rosie ran with Frances in the room, which
Frances says is not a mentoring session and not counted; the plan's "six to eight
sessions of about an hour" (planned). The summary's Total (7.25) is wrong: the rows add to
6.5 (she appears to have added the 45-minute story time after all). Supervision is only in
prose: a tutor meeting from twenty past two to half past three (70 minutes) and a
quarter-of-an-hour tutor phone call.

Practice truth: 45 + 60 + 45 + 75 + 75 + 30 + 60 = 390 minutes in seven sessions with one
mentee; supervision 70 + 15 = 85.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 – Developing Mentoring Skills"),
    P("""ILM Level 2 Award in Effective Mentoring Skills. Frances Idowu, Assistant Manager,
      Quayside Books, Whitby. Submitted March 2025."""),

    H(1, "Part 1 – Planning my mentoring"),
    H(2, "AC 1.1 My plan"),
    P("""Rosie started with us in December as a Saturday and after-school bookseller. She is 18,
      at college doing English, and it is her first job. She is lovely with the children who
      come in but goes very quiet with adult customers, especially ones who know exactly what
      they want and she has never heard of it. The owner suggested I mentor her for my ILM
      course, and Rosie said yes when I asked her. I planned six to eight sessions of about an
      hour between January and the end of February, on Tuesdays after we close at half five,
      in the back office, the only room with a door that shuts. I planned the stages like
      this:"""),
    T(
        ["When", "Stage", "What I need"],
        ["Early Jan", "Getting to know each other, the agreement", "Agreement form, a copy for each of us"],
        ["Mid Jan", "Agree goals", "Goals sheet"],
        ["Late Jan – mid Feb", "Working on the goals, practice, feedback", "Till in training mode, story time books"],
        ["End Feb", "Review and finish", "Feedback form for Rosie"],
    ),
    P("""I also planned what I would do if a session had to be cancelled (move it to a Thursday
      morning before opening) and agreed with the owner that the time would be paid."""),

    H(2, "AC 1.2 Goals"),
    P("""At our second session Rosie chose two goals and we made them SMART together. Goal one:
      to run Saturday story time on her own by the half-term holiday, 15 February, choosing the
      book and the craft herself. Goal two: to take a customer order from start to finish on
      the till system, including ordering from the wholesaler, without asking for help, three
      times by the end of February. She wrote them on the goals sheet in her own words and we
      both signed it. We also agreed a small goal at the end of each session, which is in the
      diary as the action."""),

    H(1, "Part 2 – Mentoring Rosie"),
    H(2, "AC 2.1 and 2.5 Mentoring diary and records"),
    P("""I kept this diary on the shop laptop and typed each entry up the same evening. Rosie
      read every entry on the following Saturday and initialled my printed copy, which I keep
      in a plastic wallet in the office drawer with the agreement and the goals sheet, because
      it has things in it about her that the rest of the staff don't need to see. Nothing
      about the sessions goes on the staff noticeboard or the shared drive."""),
    T(
        ["When", "What happened"],
        ["Tue 7 Jan, 5.35–6.20pm",
         """First proper meeting. Talked about what mentoring is and isn't (I'm not her manager for
         this, the owner is). Went through the agreement: confidentiality, Tuesdays, either of us
         can cancel with a day's notice. She said she is "rubbish with customers who know more than
         me". Action: think about what she'd like to get out of it."""],
        ["Tue 14 Jan, 5.35–6.35pm",
         """Goals agreed and written on the goals sheet (see AC 1.2). She wants story time more than
         anything. Action: watch me run story time on Saturday and write down three things."""],
        ["Tue 21 Jan", "No session – the stocktake ran until 7. Moved to Thursday morning."],
        ["Thu 23 Jan, 9.00–9.45am",
         """Before opening. Talked about Saturday's story time. She noticed the quiet boy at the back
         who I hadn't seen. Action: choose the book for 1 Feb and plan the craft."""],
        ["Tue 28 Jan, 10.10–10.40am and 2.15–3.00pm",
         """Rosie was in all day for her till training. We started at ten past ten but the Year 3
         class came in early for their visit, so we stopped at 10.40 and finished the session in the
         quiet spell after lunch – one session in two halves. Practised customer orders on the till
         in training mode. She did three without help. Action: do one real order on Saturday."""],
        ["Sat 1 Feb, 10.30–11.15am",
         """Rosie ran story time with me sitting at the back as back-up (she asked me to be there).
         Not a mentoring session so I haven't counted it, but we talked about it on the 4th."""],
        ["Tue 4 Feb, 5.35–6.50pm",
         """Long one. Went over Saturday properly and I gave her feedback (see AC 2.3). She was
         pleased and a bit embarrassed. Action: run the 15 Feb story time completely on her own."""],
        ["Tue 11 Feb", "Cancelled – Rosie off with flu. We didn't rebook, just carried on the week after."],
        ["Tue 18 Feb, 5.35–6.05pm",
         """Short, she had a college deadline. She ran story time alone on the 15th – goal one done!
         Checked goal two: two real orders so far."""],
        ["Tue 25 Feb, 5.35–6.35pm",
         """Final review. Both goals met (third order on the 22nd). Rosie filled in the feedback
         form and we talked about what she wants to do next. Ended the mentoring but she knows
         she can still ask me things."""],
    ),
    P("Hours summary (for my tutor)"),
    T(
        ["Session", "Date", "Hours"],
        ["1", "7 Jan", "0.75"],
        ["2", "14 Jan", "1.0"],
        ["3", "23 Jan", "0.75"],
        ["4", "28 Jan (two halves)", "0.5 + 0.75 = 1.25"],
        ["5", "4 Feb", "1.25"],
        ["6", "18 Feb", "0.5"],
        ["7", "25 Feb", "1.0"],
        ["Total", "", "7.25"],
    ),
    P("""So between 7 January and 25 February I mentored Rosie in seven sessions, more than double
      the three hours the unit asks for, all face to face in the shop and all with the same
      person."""),

    H(2, "AC 2.2 Questioning and listening"),
    P("""My habit at work is to ask closed questions because we are always busy ("Have you done
      the returns?"). In the sessions I made myself ask open ones. The one that worked best was
      "What would a brilliant story time look like from the children's side?", which got her
      talking for ten minutes without stopping. I used "tell me more about that" when she gave a
      short answer, and summarised back what she had said before we set an action, so she could
      correct me. For listening I used SOLER from the course notes: I sat at an angle rather than
      across the desk, kept my phone in my bag and didn't fill the silences, which was hard."""),

    H(2, "AC 2.3 Feedback"),
    P("""After her first story time on 1 February I gave her feedback at the next session rather than
      straight away in the shop, because there were customers around. I asked her first how she
      thought it went. Then I used the BOOST idea (balanced, observed, objective, specific,
      timely). What went well: she had the children joining in with the repeated line by the
      second page and she handled the little girl who kept interrupting kindly. Even better if:
      her voice dropped when she turned the page to show the pictures, so the children at the
      back lost the thread. She practised holding the book out to the side while reading and used
      it on the 15th."""),

    H(2, "AC 2.4 Developing trust"),
    P("""At the start Rosie was very polite and said everything was "fine". Three things changed
      that. I kept the agreement: nothing she said went to the owner unless she said it could,
      and when the owner asked me how she was getting on I told him to ask her. I was honest
      about my own first job – I told her about the time I cried in the stockroom after a
      customer shouted at me – and after that she told me about the customer who had made her
      feel stupid. And I kept every promise, even small ones like bringing in my copy of the
      children's events guide on the day I said I would."""),

    H(1, "Part 3 – Reviewing my mentoring"),
    H(2, "AC 3.1 Review of my performance"),
    P("""I used three things to review how I did: the mentor self-assessment from the course,
      filled in before the first session and again after the last; Rosie's feedback form; and
      my own notes after each session, using Kolb's cycle to think about what happened and what
      I would change. I improved most on open questions and on letting Rosie set the actions.
      My weak point is that I talk too much when there is a silence: Rosie's form said I was
      "really supportive but sometimes answers my questions for me", and my notes from 14 and 23
      January show the same thing. Clutterbuck says a mentor should help the mentee work things
      out for themselves, and I was not always doing that at the start."""),

    H(2, "AC 3.2 Meeting with my tutor"),
    P("""I met my tutor at the college in Scarborough on Tuesday 4 March. We started at twenty past
      two and finished at half past three. Before the meeting I sent her my diary and my
      self-assessment, and we went through my diary entry by entry. She asked me why I had
      stopped and restarted the 28 January session instead of rebooking it, and we talked about
      whether a split session is as useful (I think it was, Rosie was still fresh). The main
      thing I took away was to keep a short reflective note separate from the diary, so the
      diary stays factual. She had also rung me in January for a quarter of an hour to check my
      plan before I started."""),

    H(2, "AC 3.3 Future development"),
    P("""I would like to keep mentoring. The owner has agreed that I can mentor one of the
      Christmas temps next year, and I want to be better at it by then. My plan:"""),
    T(
        ["Area", "What I will do", "By when", "How I'll know"],
        ["Not filling silences", "Count to five before speaking; ask my next mentee to tell me when I do it",
         "Next mentee, from November", "Their feedback form"],
        ["Reflective notes", "Write a short note after every session, separate from the log",
         "From the next session", "My tutor or the owner reads three"],
        ["Knowing more models", "Read the GROW chapter in the course book and try it in one session",
         "End of June", "I can explain it to the owner"],
    ),
    P("""The first one matters most, because giving the answers takes the goal away from the
      mentee. I have also asked Rosie if she would like to help with the summer reading
      challenge, which would give her a new goal of her own."""),

    H(1, "Declaration"),
    P("I declare that this portfolio is my own work. Signed: Frances Idowu   Date: 10/03/2025"),
]

CASE = Case(
    name="po_201_bookshop_diary_and_summary_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("F Idowu Unit 201 portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "the back office, the only room with a door that shuts",
        "1.2": "to run Saturday story time on her own by the half-term holiday",
        "2.1": "more than double the three hours the unit asks for",
        "2.2": "What would a brilliant story time look like from the children's side?",
        "2.3": "her voice dropped when she turned the page",
        "2.4": "I told her about the time I cried in the stockroom",
        "2.5": "initialled my printed copy, which I keep in a plastic wallet",
        "3.1": "I talk too much when there is a silence",
        "3.2": "we went through my diary entry by entry",
        "3.3": "Count to five before speaking; ask my next mentee",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Rosie"],  # the mentee's real first name, throughout
        # Diary "When" column (clock ranges, no length column):
        # 7 Jan 5.35-6.20 = 45; 14 Jan 5.35-6.35 = 60; 23 Jan 9.00-9.45 = 45;
        # 28 Jan 10.10-10.40 = 30 + 2.15-3.00 = 45 -> 75 (one session in two halves);
        # 4 Feb 5.35-6.50 = 75; 18 Feb 5.35-6.05 = 30; 25 Feb 5.35-6.35 = 60.
        # 45 + 60 = 105; + 45 = 150; + 75 = 225; + 75 = 300; + 30 = 330; + 60 = 390 = 6.5 h.
        # Summary table repeats the same seven sessions (0.75 + 1.0 + 0.75 + 1.25 + 1.25 + 0.5 + 1.0
        # = 6.5): counted once. Its "Total 7.25" is wrong (6.5 + the uncounted 0.75 story time).
        # Not: 21 Jan moved (no session); 1 Feb story time 10.30-11.15 ("haven't counted it");
        # 11 Feb cancelled; the plan's "six to eight sessions of about an hour".
        "minutes": 390,
        "sessions": 7,
        "individuals": 1,  # Rosie
        # AC 3.2 prose: tutor meeting twenty past two to half past three = 70; January call
        # "a quarter of an hour" = 15. 70 + 15 = 85.
        "supervision_minutes": 85,
    },
    about="Bookshop assistant manager; whole 201 PDF, two-column When | What happened diary with clock ranges only, a session in two halves on one day, moved/cancelled rows, uncounted story time, then a decimal hours summary of the same sessions whose Total is wrong (7.25 for 6.5); tutor meeting and call only in prose.",
)
