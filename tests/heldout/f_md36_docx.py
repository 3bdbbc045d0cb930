"""MD36 36-hour mentoring diary (DOCX): a construction site manager mentors three assistant site managers.

Gareth Pryce, site manager for a housebuilder on a 120-home estate near Swindon, mentors
three newly promoted assistant site managers over six weeks. One DOCX answering the
diary's questions, with the weekly log as two Word tables: durations in 'h:mm', a
"Week N total" row after each week, a supervision row per fortnight, a "Running total"
row at the foot of the first table and a "Brought forward" row at the top of the second.
The MD36 rubric is known to be wrong, so no labels: practice and anonymisation only.

Practice, as an assessor counts it (the dated mentoring rows only):
    week 1: 1:30 + 1:30 + 2:00 = 300      week 4: 2:00 + 2:00 + 2:00 = 360
    week 2: 2:00 + 1:45 + 2:00 = 345      week 5: 2:00 + 1:45 + 2:00 = 345
    week 3: 2:00 + 2:00 + 1:30 = 330      week 6: 2:30 + 2:30 + 3:00 = 480
    => 2160 minutes (36:00), 18 sessions, 3 individuals (Mentee A, B, C).
    Not counted: the six "Week N total" rows, "Running total" 16:15, "Brought forward"
    16:15, the "Diary total" 36:00, and the two supervision rows (1:00 + 1:30 = 150).

Anonymisation slips: Mentee B's first name in a reflection ("Kieran"), Mentee C's work
e-mail in the week 4 notes, and a mobile number for the groundworks foreman in week 2.
Not identifying: Gareth's own name, his line manager (the contracts director), Swindon,
Clutterbuck, Megginson, Kolb, the GROW model, the CITB, NHBC.
"""

from corpus.case import Case, H, P, SourceFile, T

TABLE_1 = T(
    ["Date", "Mentee", "Focus of session", "Time (h:mm)"],
    ["Mon 5 Jan", "Mentee A", "Contracting, ground rules, confidentiality", "1:30"],
    ["Wed 7 Jan", "Mentee B", "Contracting and first goals", "1:30"],
    ["Fri 9 Jan", "Mentee C", "Contracting, walk of plots 40–62", "2:00"],
    ["", "", "Week 1 total", "5:00"],
    ["Tue 13 Jan", "Mentee A", "Programme look-ahead, three-week plan", "2:00"],
    ["Thu 15 Jan", "Mentee B", "Dealing with subcontractor delays", "1:45"],
    ["Thu 15 Jan", "Mentee C", "Toolbox talks and confidence", "2:00"],
    ["Fri 16 Jan", "Supervision", "Supervision with contracts director", "1:00"],
    ["", "", "Week 2 total", "5:45"],
    ["Mon 19 Jan", "Mentee A", "Snagging and NHBC inspection prep", "2:00"],
    ["Wed 21 Jan", "Mentee B", "Difficult conversation practice", "2:00"],
    ["Fri 23 Jan", "Mentee C", "Reading drawings, variations", "1:30"],
    ["", "", "Week 3 total", "5:30"],
    ["", "", "Running total", "16:15"],
)

TABLE_2 = T(
    ["Date", "Mentee", "Focus of session", "Time (h:mm)"],
    ["", "", "Brought forward", "16:15"],
    ["Mon 26 Jan", "Mentee A", "Cost control, valuations", "2:00"],
    ["Wed 28 Jan", "Mentee B", "Health and safety walk, feedback", "2:00"],
    ["Fri 30 Jan", "Mentee C", "Managing the site diary", "2:00"],
    ["", "", "Week 4 total", "6:00"],
    ["Tue 3 Feb", "Mentee A", "Handover to customer care", "2:00"],
    ["Wed 4 Feb", "Mentee B", "Review of goals so far", "1:45"],
    ["Thu 5 Feb", "Mentee C", "Leading the morning briefing", "2:00"],
    ["Fri 6 Feb", "Supervision", "Supervision with contracts director", "1:30"],
    ["", "", "Week 5 total", "5:45"],
    ["Mon 9 Feb", "Mentee A", "Final review and next steps", "2:30"],
    ["Tue 10 Feb", "Mentee B", "Final review and next steps", "2:30"],
    ["Thu 12 Feb", "Mentee C", "Final review, shadow day debrief", "3:00"],
    ["", "", "Week 6 total", "8:00"],
    ["", "", "Diary total", "36:00"],
)

BLOCKS = [
    H(0, "MD36 Workplace Mentoring Diary"),
    P("Learner: Gareth Pryce. Site manager, Oakfield Meadows development, near Swindon."),
    H(1, "1. Describe the context of your mentoring"),
    P("""I have been a site manager for eleven years, the last four on this estate of 120
      homes. In December the business promoted three assistant site managers at once, all
      from the trades, and my contracts director asked me to mentor them for their first
      six weeks in the role. I call them Mentee A, B and C in this diary. Mentee A was a
      bricklayer foreman, Mentee B came up through groundworks and Mentee C was a site
      engineer. None had run a team of subcontractors before."""),
    P("""We met in the site cabin at 7am before the trades arrived or at the end of the day,
      and twice on the scaffold when that was where the problem was. I read Clutterbuck and
      Megginson before I started and used a loose GROW model, because it matched how we
      already run a problem on site: what are we trying to get to, where are we, what could
      we do, what will you do by Friday."""),
    H(1, "2. Mentoring log"),
    P("Weeks 1 to 3. Times are the time we actually sat down, not the time booked."),
    TABLE_1,
    P("Weeks 4 to 6."),
    TABLE_2,
    P("""Supervision is shown in the log so I can see it in the week it happened, but it is
      not mentoring time and it is not in the weekly totals."""),
    H(1, "3. Diary notes by week"),
    P("""Week 1. Contracting took longer than I thought with Mentee A and B because they both
      wanted to know whether anything they said would get back to the contracts director. We
      agreed it would not unless it was a safety matter, and I wrote that down for each of
      them. Mentee C wanted to walk the plots rather than sit down, so we did."""),
    P("""Week 2. Mentee B had a bad week with the groundworks gang being three days behind. I
      made the mistake of giving him the foreman's number (07700 900318) and telling him to
      ring him there and then, which took the problem off him instead of letting him work it
      out. At supervision on the Friday my contracts director pointed out that I had rescued
      him. Fair point."""),
    P("""Week 3. Better. With Mentee B I stayed in the questions: what has worked with this
      gang before, what would you say if I was not here. He rehearsed the conversation with
      me twice. Mentee A is strong on programme and weak on paperwork, which he knows."""),
    P("""Week 4. Mentee C asked me to send her the site diary template, so I sent it to
      s.varga@oakfieldhomes.co.uk and copied nobody. She has now taken over the site diary
      for the east phase. Mentee B did his own safety walk with me following and I only gave
      feedback at the end, two things done well and one to change."""),
    P("""Week 5. Halfway review with each of the three, in their own sessions this week.
      Kieran said the thing that helped most was
      being asked what he thought before being told what I thought. Supervision on the Friday
      was about ending well, because all three were getting used to running things past me
      first and that will not be possible once they have their own phases."""),
    P("""Week 6. Final reviews. We went back to the goals from week 1. Mentee A has a three-week
      look-ahead he keeps himself; Mentee B held the delay conversation on his own and the
      groundworks gang caught up; Mentee C led the morning briefing four times. Mentee C's
      last session ran to three hours because she wanted to debrief her shadow day with the
      customer care manager properly and I did not want to cut it short."""),
    H(1, "4. Reflection on your role as a mentor"),
    P("""Kolb's cycle fits how I learned in these six weeks: I did something, it went wrong
      (week 2), I thought about it with my supervisor, and I changed how I ran the next
      session. My strength is that I know the job and I am patient on site. My weakness is
      that I want to fix things. A mentor's job, as Megginson puts it, is to help the other
      person think, and I had to learn to leave a silence long enough for them to fill."""),
    P("""What I would do differently: keep the sessions to the time booked, set the ending at
      the start, and not hand out phone numbers or send things from my own account without
      thinking about who else can see them. Next I want to do the CITB mentoring refresher
      and take on one mentee from outside my own site, so I am not also their boss's boss."""),
    H(1, "Declaration"),
    P("""I confirm that this diary is my own work and that the mentoring recorded here took
      place as described. Signed: Gareth Pryce. Date: 16 February 2026."""),
]

CASE = Case(
    name="f_md36_docx",
    unit="MD36",
    kind="legacy-questions",
    files=[SourceFile("Pryce_MD36_diary.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # dated mentee rows: wk1 90+90+120, wk2 120+105+120, wk3 120+120+90, wk4 120+120+120,
        # wk5 120+105+120, wk6 150+150+180 = 2160; week totals, running total, brought
        # forward and diary total rows excluded; supervision rows excluded. Week 5's halfway
        # review now says it was held in each mentee's own session (it could have been read
        # as an unlogged group session)
        "minutes": 2160,
        "sessions": 18,
        "individuals": 3,
        "supervision_minutes": 150,  # Fri 16 Jan 1:00 + Fri 6 Feb 1:30
        "identifying": ["07700 900318", "s.varga@oakfieldhomes.co.uk", "Kieran"],
    },
    about="Construction site manager's MD36 diary as DOCX; two weekly log tables in h:mm with week totals, running total, brought-forward row and supervision rows; three planted details.",
)
