"""8584-201 developing mentoring skills: a heritage roofing contractor's senior roofer, plain text.

Declan Moyes is senior roofer and leadworker at a heritage roofing contractor (Pennine Roofing &
Leadwork) re-roofing a Victorian town hall in Welsh slate with new lead gutters. He mentors "B",
a second-year apprentice roofer heading for her end-point assessment. He typed it in Notepad:
answer numbers as the only structure ("1.1 PLAN", "2.2)", "3.1 -"), all-caps for emphasis, typos
("there" for "their", "definatly", "seperate", "didnt"), a dot-leader evidence matrix at the top
("AC 2.1 3 hours ......... 2.1 below + log in 2.5"), and no declaration.

The log (under 2.5) is typed with slashes: DATE / BOOKED / ACTUAL / WHERE / WHAT, dates
"14.10.24" and times "7.30-8.15". Traps: booked and actual times differ (one session started
late because she missed her bus, one ran over); a session that "DIDNT HAPPEN" (crane delivery)
and was moved; a TOTAL line "booked 6 hrs / actual 4 hrs 10" where booked counts the session that
did not happen and actual is simply added wrong (true 4 hrs 30); a session in the van on the way
back from the reclaim yard, "about 40 mins", only in his 2.1 answer and counted by him, where he
makes it "4 hrs 50 altogether"; the 18.11 session written out again as the ILM diary page (same
session); a day of shadowing on the roof and the Monday toolbox talks said not to count.
Tutor: a 15-minute phone call about his plan and first session, and the hour's meeting as
"2pm till 3.05".

Clean: Declan Moyes (learner), his tutor named on the matrix header (Gail Fenwick) and by first
name in 3.2, B / "Apprentice B", the contracts manager and the architect by role, Pennine Roofing
& Leadwork, Leeds College of Building, a reclaim yard near Skipton, the town hall, GROW, SOLER,
Welsh slate, City and Guilds.

Practice truth:
  14.10.24 actual 7.30-8.15 = 45 (first meeting, counts);
  21.10.24 actual 7.50-8.30 = 40 (booked 7.30-8.30, she was late);
  28.10.24 DIDNT HAPPEN (crane delivery), moved to Fri -> excluded;
  01.11.24 actual 12.30-13.20 = 50;
  11.11.24 van back from the reclaim yard, "about 40 mins", 2.1 only, "I have put it in my
           hours" = 40;
  18.11.24 actual 7.30-8.45 = 75 (the ILM diary page "7.30am - 8.45am, 1hr 15 mins" is the same
           session);
  02.12.24 actual 7.30-8.30 = 60 (review, last one).
  45 + 40 = 85, + 50 = 135, + 40 = 175, + 75 = 250, + 60 = 310.
  minutes 310 (5 h 10); sessions 6; individuals 1.
  His TOTAL: booked "6 hrs" (includes 28.10); actual "4 hrs 10" (true 45+40+50+75+60 = 270 =
  4 hrs 30); his "4 hrs 50 altogether" = 4 hrs 10 + 40 (true 5 hrs 10).
  Not: 25.11.24 B shadowed him on the roof all day ("work not mentoring so not counted"); the
  Monday toolbox talks with all four apprentices.
  Supervision: 25.10.24 tutor rang, "about 15 mins", about his plan and first session = 15;
  9.12.24 meeting with tutor at college "2pm till 3.05" = 65.  15 + 65 = 80.
"""

from corpus.case import Case, P, SourceFile

BLOCKS = [
    P("ILM LEVEL 2 AWARD IN MENTORING - UNIT 201 DEVELOPING MENTORING SKILLS"),
    P("Name of learner: Declan Moyes. Tutor: Gail Fenwick. Date completed 16/12/24"),
    P("EVIDENCE MATRIX"),
    P("AC 1.1 plan ........................ 1.1 below"),
    P("AC 1.2 goals ....................... 1.2 below"),
    P("AC 2.1 3 hours ..................... 2.1 below + log in 2.5"),
    P("AC 2.2 questioning/listening ....... 2.2 below"),
    P("AC 2.3 feedback .................... 2.3 below"),
    P("AC 2.4 trust ....................... 2.4 below"),
    P("AC 2.5 records ..................... log in 2.5 + ILM diary page for session 5"),
    P("AC 3.1 review ...................... 3.1 below"),
    P("AC 3.2 tutor meeting ............... 3.2 below"),
    P("AC 3.3 future development .......... 3.3 below"),

    P("ABOUT ME AND WHO I MENTORED"),
    P("""I'm the senior roofer and leadworker at Pennine Roofing & Leadwork, a heritage firm, 11
      roofers and 4 apprentices. We do slate, stone slate and lead on old buildings, and this job
      is the town hall, stripping and re-slating the main roof in Welsh slate and putting in new
      lead gutters and flashings. I mentored one of our apprentices who I will call B. She is in
      her second year of the roofer apprenticeship at Leeds College of Building and has her
      end-point assessment (EPA) in the spring, where she has to set out and slate a test roof
      with a valley and an abutment in a set time. She is good on the roof and quick with the
      slate knife and the ripper but she panics with the gauge sums and setting out, and she doesnt ask questions on site because there
      all blokes and she thinks she'll look thick."""),

    P("1.1 PLAN"),
    P("""Who - B, one to one, me as mentor. Not her supervisor (the contracts manager is). What -
      setting out, working out the gauge, reading the drawings and the spec, confidence on site, getting ready for the EPA.
      When - Monday mornings 7.30 to 8.30 before the lads start on the scaffold at 8.30, in the
      site cabin which is empty then, kettle on. Six sessions from mid October to early December,
      one hour each so 6 hours booked, more than the 3 needed because I knew the weather and
      deliveries would knock some out. If one gets knocked out we move it to the Friday
      lunchtime in the workshop at the yard, where we have a practice rig. Frequency weekly or fortnightly depending on
      site. Equipment - her own notebook, the roof drawings and the slate spec, a gauge
      rod and offcut battens, a copy of the EPA practical brief. I asked the contracts manager to
      OK the hour as work time and he did. I also told B at the start that anything she says
      stays between us unless its about safety on the scaffold."""),

    P("1.2 GOALS"),
    P("""We agreed these at the first session (14.10) and wrote them in her notebook:"""),
    P("""1. Work out the batten gauge from the slate spec and set out a practice panel on the rig
      on her own, with no more than one check from me, by the end of November."""),
    P("""2. Ask at least one question a day on site, about anything, for four weeks - she ticks it
      off in her notebook (she came up with this one herself)."""),
    P("""3. Do a full mock of the EPA practical in the set time (7 hours) before Christmas and
      score herself against the marking grid."""),
    P("""Goal 1 was for sessions 2 and 3, goal 2 ran through all of it, goal 3 was the last
      sessions."""),

    P("2.1) HOURS"),
    P("""The log is in 2.5. Six sessions happened, one got cancelled and moved. Log total 4 hrs 10
      actual. There was also the 11th November when we drove out to the reclaim yard near Skipton
      in the van to pick reclaimed Welsh slate for the repairs and on the way back we had a proper session in the van
      about her EPA nerves, about 40 mins, I was driving so no notes till after, and its not in
      the log table because it wasnt booked but I have put it in my hours. So 4 hrs 10 in the
      log plus about 40 mins in the van = 4 hrs 50 altogether, over the 3 hours."""),
    P("""Not counted - on the 25th November B shadowed me on the roof all day dressing the new
      lead in the gutters. That was good for her but it was work not mentoring so not counted. Also I do
      a toolbox talk every Monday with all four apprentices which is not mentoring."""),

    P("2.2) QUESTIONING AND LISTENING"),
    P("""I used open questions mostly, 'what do you think the architect wants here?', 'talk me
      through how you'd set that out'. Instead of telling her the answer when she was stuck on
      the drawing I asked 'what do you know for certain from this drawing?' and she worked it
      out from there. That is the GROW model a bit, we did it on the course, Reality before
      Options. Closed questions only to check facts, 'is that the slate length or the
      gauge?'. For listening I used SOLER from the course - sitting facing her in the cabin not
      across the table, leaning in, eye contact - and I made myself not talk while she was
      thinking, which is hard for me, I definatly talk too much. In session 2 she said 'I just
      freeze when there's numbers on it' and I didnt jump in, I just waited, and she said it was
      since school when a teacher made her stand up and do maths. That explained alot."""),

    P("2.3) FEEDBACK"),
    P("""After she set out her first practice panel on 1st November I gave her feedback straight
      away at the rig. I said what I saw - her battens were dead straight and level but she had
      worked the gauge from the wrong headlap so every course was 6mm out - and asked her to find
      it herself before I said where. She found it in about a minute. Then I said what I thought
      she should keep doing (checking the first and last course with the tape) and one thing to
      change (always write the sum out on a batten first). She re-did it on the Friday and it was
      right. I always try to say the good thing and the fix, and make it about the panel not
      about her. On the mock in December I filled in the EPA grid as well as her, and we compared
      our scores, which was seperate feedback she could check against the real standard."""),

    P("2.4) TRUST"),
    P("""First, I told her about my own EPA (well, my City and Guilds in them days) and that I
      failed the setting out first time. She couldnt believe it. That did more than anything
      to make her feel she could say she was stuck. Second, what she says stays in the cabin -
      when she told me about a lad on site making comments I asked her what she wanted to do
      about it and she decided to tell the contracts manager herself, I didnt go over her head.
      Third, I did what I said I would - every time I said I'd bring something (the drawings,
      the EPA grid) I brought it, and when the crane delivery knocked out the 28th I rang her
      the night before not the morning of."""),

    P("2.5 RECORDS - LOG"),
    P("""I wrote each one up in my diary the same day, then typed it here. Booked time then actual
      time because they were not always the same."""),
    P("DATE / BOOKED / ACTUAL / WHERE / WHAT"),
    P("14.10.24 / 7.30-8.30 / 7.30-8.15 / site cabin / first sit down, what she wants out of it, the plan, goals 1-3"),
    P("21.10.24 / 7.30-8.30 / 7.50-8.30 (she was late, missed the bus) / site cabin / reading the roof drawings and the slate spec"),
    P("28.10.24 / 7.30-8.30 / DIDNT HAPPEN - crane delivery, all hands / - / moved to Fri 1st"),
    P("01.11.24 / 12.30-13.30 / 12.30-13.20 / workshop at the yard / set out her first practice panel on the rig, feedback (2.3)"),
    P("18.11.24 / 7.30-8.30 / 7.30-8.45 / site cabin / EPA practical, nerves, what good looks like (see session 5 page below)"),
    P("02.12.24 / 7.30-8.30 / 7.30-8.30 / site cabin / review of goals, the mock, where next"),
    P("TOTAL booked 6 hrs / actual 4 hrs 10"),
    P("(plus 11.11 van session about 40 mins - see 2.1)"),
    P("""Session 5 - copied from the ILM mentoring diary page. Date: 18/11/24. Time: 7.30am -
      8.45am. Duration: 1hr 15 mins. Client ref: B. What was discussed: the EPA practical and the
      time limit, she is scared of running out of time. Agreed actions: B to do a timed mock in
      the yard on a Saturday, me to get the EPA grid from the college. Mentor notes: ran over,
      nobody minded, the lads started without me. Signature of mentee: B (initials only for
      confidentiality)."""),

    P("3.1 - REVIEWING MY PERFORMANCE"),
    P("""Looking back at the log and what B said, I think I was good at planning round the site
      and good at making it practical - using the real drawings, setting out on the rig,
      not just talking. Her goals were all met: the panel on her own (second go), a question
      a day (she ticked 20 days out of 20), and the mock (she finished in 6 and a half hours and
      scored herself a pass, I scored her a pass too). Things I need to work on: I talk too
      much, and I jump to the answer, which comes from 30 years of being the one who knows. She
      said at the last session 'you're better when you shut up', which was fair. Against the
      skills on the course list (listening, questioning, feedback, building rapport, being
      organised) I'd give myself good on organised and rapport and only OK on listening."""),

    P("3.2 - MEETING WITH MY TUTOR"),
    P("""Gail rang me on 25th October, about 15 mins, to go through my plan and how the first
      session went, and said to write the booked and actual times because she could see they
      would be different on a building site. The proper meeting was at the college on 9th
      December, 2pm till 3.05. Purpose - go over my log and what I'd learned, and what to do
      next. We talked about me talking too much and she got me to count how many questions I'd
      written in my notes against how many answers I'd given. Outcomes - (1) try the 'three
      second rule' before I say anything, (2) carry on mentoring B until her EPA informally, (3)
      look at the Level 3 coaching and mentoring if the firm will pay. She also said my log was
      clear but I should add the minutes up properly, which is fair."""),

    P("3.3 - FUTURE DEVELOPMENT PLAN"),
    P("""Area 1 - listening and not jumping in. Action: three second rule in every conversation
      with the apprentices, ask one of them to tell me when I've butted in. By: end of March.
      How I'll know: B and the others say I let them finish."""),
    P("""Area 2 - mentor the new first year apprentice starting in January, properly this time with
      the contract and goals from day one. By: January to June. How I'll know: he stays (we lost
      the last two first years by Easter)."""),
    P("""Area 3 - ILM Level 3 certificate in coaching and mentoring. Action: ask the directors at my
      review in February. By: start it September. How I'll know: enrolled."""),
]

CASE = Case(
    name="za_b_8584_201_heritage_roofing_txt",
    unit="8584-201",
    kind="numbered-unstyled",
    files=[SourceFile("201 mentoring - declan moyes.txt", BLOCKS)],
    labels={
        "1.1": "before the lads start on the scaffold at 8.30",
        "1.2": "Ask at least one question a day on site",
        "2.1": "about 40 mins, I was driving so no notes till after",
        "2.2": "what do you know for certain from this drawing",
        "2.3": "worked the gauge from the wrong headlap so every course was 6mm out",
        "2.4": "I failed the setting out first time",
        "2.5": "Booked time then actual time because they were not always the same",
        "3.1": "you're better when you shut up",
        "3.2": "count how many questions I'd written in my notes",
        "3.3": "ask one of them to tell me when I've butted in",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": True,
        "identifying": [],
        # 45 (7.30-8.15) + 40 (7.50-8.30, late) + 50 (12.30-13.20) + 40 (van, 2.1 only, counted)
        # + 75 (7.30-8.45; the session 5 diary page is the same) + 60 = 310.  28.10 did not happen.
        # His "actual 4 hrs 10" is wrong (log = 270 = 4 hrs 30); his "4 hrs 50 altogether" too.
        # Not: roof shadowing all day, Monday toolbox talks.
        "minutes": 310,
        "sessions": 6,
        "individuals": 1,
        # tutor call about 15 mins + meeting 2pm till 3.05 = 65: 80.
        "supervision_minutes": 80,
    },
    about="Heritage roofing contractor's senior roofer and leadworker mentoring an apprentice roofer; 201 in Notepad with a dot-leader matrix, numbered answers, a slash-separated log of booked vs actual times ('7.50-8.30 (she was late)'), a session that didn't happen, a TOTAL added wrong, a van session only in 2.1, the ILM diary page repeating a logged session, shadowing and toolbox talks not counted, a tutor call and '2pm till 3.05'; no declaration; clean.",
)
