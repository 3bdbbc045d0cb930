"""8584-201 mentoring: a crown green bowls club's vice-captain mentors the new club secretary, Markdown.

Ryan Tattersall is 29, a software tester by day and vice-captain of Moss Lane Crown Green Bowling
Club in Mossley. He is doing the ILM Level 2 Award in Mentoring through Tameside Community Learning
on the county association's volunteer scheme. He mentors the club's new secretary, "Mentee A", a
woman in her forties who took the job on at the AGM when the long-serving secretary stood down and
who is drowning in the county association returns, league registrations and committee politics.
He keeps his notes in a Markdown app and sent the .md file: a title, a details line, an evidence
matrix as a pipe table, section headings, each criterion as a bold numbered line ("**2.2
Questioning and listening**") rather than a heading, the log as a week-by-week table, and one
short record per session under 2.5.

Traps: the week table has Planned and Held columns; durations as "45 mins", "1 hr 15", "50m",
"40 mins", "an hour and a bit" (its session record gives 19:05 to 20:15, 70 minutes) and
"19:00–19:35"; week 3 cancelled (her daughter ill) and held on the Thursday instead; week 4 moved
to a Saturday morning so his tutor could observe (the observed session counts); week 5 a DNA; his
tutor's 30-minute feedback after the observation sits in the log as its own row and his Running
total column adds it in, so his "Total 345 mins (5 hrs 45)" is 30 too high; every session again as
its own record under 2.5; a chat in the clubhouse bar after a match he says he has not counted;
his plan e-mailed to the tutor (no length, not a meeting); the 1-hour tutor meeting (3.2), which
ran to 65 minutes.

Declaration: none. The only statement is "Mentee A has read this and is happy for it to go to the
college", which is consent, not an authentication of his own work: False. Evidence matrix: a
table mapping every AC to where it is: True.

Planted (2): in the record of the observed session he slips and writes the mentee's real first
name, "Janet", and names the club treasurer she is at odds with in full, "Les Whitworth".
Everything else is "Mentee A" and "the treasurer". Not identifying: Ryan himself; his tutor Carol
Brennan (the 3.2 meeting record asks for her); the club, Mossley, Tameside, the county
association; Bowls England; GROW.

Practice truth (week table, Held column; session records repeat these, not added again):
  Wk1 Tue 2 Apr  19:00-19:45 "45 mins"                  = 45 (first meeting, agreement: counts)
  Wk2 Tue 9 Apr  "1 hr 15"                              = 75
  Wk3 Tue 16 Apr cancelled (daughter poorly)             -> excluded
      Thu 18 Apr "50m"                                  = 50
  Wk4 Tue 23 Apr moved; Sat 27 Apr 10:00-10:40 "40 mins", observed by Carol = 40 (counts)
      Sat 27 Apr 10:45-11:15 "30 mins" feedback from Carol -> supervision, not mentoring
  Wk5 Tue 30 Apr DNA (forgot, league match moved)       -> excluded
  Wk6 Tue 7 May  "an hour and a bit" (record: 19:05 to 20:15) = 70
  Wk7 Tue 14 May 19:00-19:35 "35 mins"                  = 35
  45 + 75 = 120, + 50 = 170, + 40 = 210, + 70 = 280, + 35 = 315.
  minutes 315 (5 hrs 15); sessions 6; individuals 1 (Mentee A, "Janet" the same person).
  His Running total column: 45, 120, 170, 210, 240 (the feedback row), 310, 345; "Total 345 mins
  (5 hrs 45)" is 30 too high.
  Not: the Sat 11 May bar chat after the match (about 20 mins, "I haven't counted it").
  Supervision: Sat 27 Apr feedback after the observation 10:45-11:15 = 30; Tue 21 May tutor
  meeting at the college "6pm, finished at 7.05" = 65.  30 + 65 = 95.  Not the e-mailed plan
  (Carol replied by e-mail, no meeting).
  supervision_minutes 95.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Mentoring – Unit 201 Developing Mentoring Skills"),
    P("""Ryan Tattersall · Moss Lane Crown Green Bowling Club, Mossley · Centre: Tameside Community
      Learning · Tutor: Carol Brennan · handed in 28 May 2024"""),
    P("Mentee A has read this and is happy for it to go to the college."),

    H(1, "Evidence matrix"),
    T(
        ["AC", "What", "Where in this file"],
        ["1.1", "Plan", "Section 1, 1.1"],
        ["1.2", "Goals", "Section 1, 1.2"],
        ["2.1", "3 hours of mentoring – weekly log", "Section 2, 2.1"],
        ["2.2", "Questioning and listening", "Section 2, 2.2"],
        ["2.3", "Feedback", "Section 2, 2.3"],
        ["2.4", "Trust", "Section 2, 2.4"],
        ["2.5", "Session records", "Section 2, 2.5"],
        ["3.1", "Review of my performance + Mentee A's feedback form", "Section 3, 3.1"],
        ["3.2", "Meeting with Carol 21 May", "Section 3, 3.2"],
        ["3.3", "Development plan", "Section 3, 3.3"],
    ),

    H(1, "Background"),
    P("""Moss Lane is a crown green club with about 70 playing members, three teams in the local
      leagues and a ladies' section. Our secretary of 22 years stood down at the AGM in March and
      nobody wanted the job until Mentee A said she'd have a go. She's only been a member for two
      seasons. The secretary's job at a bowls club is bigger than it looks: the county association
      affiliation return, registering every player for every league, the fixtures, the committee
      agenda and minutes, letters to the council about the green, and being the person everyone
      rings. The old secretary left a box file and a very out of date laptop. The committee asked
      me to help her because I'm on the committee and I'd started this course, and she said yes
      to it being mentoring rather than me just doing bits for her."""),

    H(1, "Section 1 – Commencing the mentoring"),
    P("**1.1 My plan**"),
    P("""Before the first session I wrote a plan and e-mailed it to Carol, who replied with a
      couple of suggestions (mainly to build in an ending). Who: Mentee A, new club secretary.
      What: getting on top of the secretary's job in her first season, in her own way rather than
      the old secretary's way. When: Tuesday evenings at seven in the committee room, before the
      Tuesday roll-up finishes, weekly for about six weeks from 2 April, around 45 minutes to an
      hour each so it fits before she has to get home. Where: the committee room at the
      clubhouse, with the door shut, because the bar is too public and everyone knows her. I took
      the box file, a pad, the county handbook and my laptop so we could look at the league
      websites together. I planned roughly: week 1 agreement and goals, weeks 2–5 working on her
      goals, week 6 review and week 7 ending, so there was a spare week if a match got moved,
      which in April it always does. Total planned was about five hours, comfortably over the
      three needed."""),
    P("**1.2 The goals we agreed**"),
    P("""We agreed three goals in the first session and wrote them on the front of her notebook.
      (1) To send the county affiliation return and the two league team registrations in
      herself, complete and on time, by 30 April, without me checking them. (2) To write the
      agenda for the May committee meeting and get the minutes out to the committee within seven
      days of the meeting. (3) To plan and run the club open day on Saturday 1 June with at least
      ten new people through the gate. Goal 1 is a yes/no with a date. Goal 2 has a number of
      days. Goal 3 has a headcount. We added a fourth, less measurable one in week 3 because it
      kept coming up: being able to say no to committee members who want her to do their jobs."""),

    H(1, "Section 2 – The mentoring"),
    P("**2.1 Three hours of mentoring**"),
    P("""I kept the log on my phone after each session and copied it in here. It's week by week
      with what was planned and what actually happened. Carol's feedback after she watched me is
      in there too because it was the same morning."""),
    T(
        ["Week", "Planned", "Held", "Length", "What we covered", "Running total"],
        ["1", "Tue 2 Apr 7pm", "Tue 2 Apr 19:00–19:45", "45 mins", "First meeting. Agreement, what the job involves, goals", "45"],
        ["2", "Tue 9 Apr 7pm", "Tue 9 Apr", "1 hr 15", "County affiliation return – went through every section", "120"],
        ["3", "Tue 16 Apr 7pm", "Cancelled – her daughter poorly", "–", "Moved to Thursday", "120"],
        ["3", "–", "Thu 18 Apr", "50m", "League registrations, saying no to committee", "170"],
        ["4", "Tue 23 Apr 7pm", "Moved to Sat 27 Apr 10:00–10:40 so Carol could watch", "40 mins", "Observed by Carol. Committee agenda, the treasurer", "210"],
        ["4", "–", "Sat 27 Apr 10:45–11:15", "30 mins", "Feedback from Carol on the observation", "240"],
        ["5", "Tue 30 Apr 7pm", "DNA – she forgot, the league match got moved to Tuesday", "–", "", "240"],
        ["6", "Tue 7 May 7pm", "Tue 7 May", "an hour and a bit", "Open day plan", "310"],
        ["7", "Tue 14 May 7pm", "Tue 14 May 19:00–19:35", "35 mins", "Review of goals and finishing", "345"],
        ["Total", "", "", "345 mins (5 hrs 45)", "", ""],
    ),
    P("""On Saturday 11 May after our home match we had about 20 mins in the clubhouse bar going over
      the open day posters, but that was just a chat over a drink so I haven't counted it."""),

    P("**2.2 Questioning and listening**"),
    P("""I went in wanting to tell her how to do everything because I know the league websites, and
      the first session was a bit like that. From week 2 I tried to use mostly open questions,
      using GROW loosely: what's the goal for tonight, what's happening at the moment, what could
      you do, what will you do. The question that worked best was "what would you do if I wasn't
      here?", because she nearly always knew and just wanted permission. In week 3 when she was
      stuck on the registrations I asked "which bit is actually hard, the website or the
      people?" and it was the people – two members who hadn't paid their fees but wanted to be
      registered. For listening I tried to summarise back what she'd said before I said anything
      ("so it's not the form, it's chasing Bob and Harry for their subs") and to leave a gap after
      her answers. Carol noticed I sometimes ask two questions at once, which I hadn't realised."""),
    P("**2.3 Feedback**"),
    P("""I gave feedback when she'd done something, and tried to be specific. After week 4 I told
      her the agenda was clear but too long – eleven items for a one-hour committee meeting – and
      asked which three mattered; she cut it to seven and put the rest under any other business.
      After the open day planning in week 6 I told her that her timetable was the best thing I'd
      seen the club produce, which was true, and that the only gap was who was on the gate. When
      she sent the affiliation return in on 25 April I told her that she'd done it five days early
      and without me, which was goal 1 done, because I think she needed to hear it was finished.
      She gave me feedback too, on the ILM form (3.1)."""),
    P("""I also asked her to feed back on herself first in weeks 6 and 7 ("how do you think the
      minutes went?") so it wasn't always me judging."""),
    P("**2.4 How trust was built**"),
    P("""Two things, I think. First, confidentiality. In the first session we agreed that what we
      talk about stays in the committee room, and I never repeat anything she tells me in the
      clubhouse, even when people ask me "how's she getting on?", which they do every week. When
      she told me in week 4 that the treasurer was making her feel like the new girl, I didn't
      mention it to anyone on the committee, and she knows that because nothing came back to her.
      Second, doing what I said I'd do. When she cancelled in week 3 I moved it to the Thursday
      straight away rather than leaving it, and when she forgot in week 5 I didn't make a thing of
      it, I just texted "no worries, next Tuesday". I also told her about how badly I did my first
      year as match secretary, which made her laugh and I think made it easier for her to admit
      what she didn't know."""),
    P("**2.5 Records of the sessions**"),
    P("""Each session has its own record below with the actions, written up the same night from my
      pad. These are the same sessions as the weekly log, not extra ones."""),
    P("""**Session 1 – Tue 2 April – 19:00–19:45 (45 mins).** Went through a simple agreement
      (weekly, committee room, confidential, she sets the agenda, either of us can stop it). What
      the job involves – we listed 23 things from the box file. Agreed the three goals. Actions:
      Mentee A to find the county login; me to send her the league contact list."""),
    P("""**Session 2 – Tue 9 April – 1 hr 15.** The affiliation return, every section. She knew more
      than she thought. Actions: fill in the membership numbers herself; ask the treasurer for the
      bank details."""),
    P("""**Session 3 – Thu 18 April – 50m** (instead of Tuesday). League registrations. The real
      problem was two members who hadn't paid. She decided: no subs, no registration, and she'll
      say so. Added goal 4 (saying no). Action: text both members."""),
    P("""**Session 4 – Sat 27 April – 10:00–10:40 (observed by Carol).** The May agenda and the
      treasurer. Janet said the treasurer makes her feel like the new girl and questions
      everything she sends out. We talked about what she could do instead of avoiding him. She
      decided to meet Les Whitworth before the meeting and go through the accounts item with him
      first. Actions: cut the agenda down; meet the treasurer on the Thursday."""),
    P("""**Session 5 – Tue 7 May – 19:05 to 20:15.** Open day on 1 June. Timetable, posters, who's on
      the green, taster sessions with woods borrowed from the county. Affiliation return and
      registrations both done (goal 1 met). Actions: posters to the library and the Co-op; ask
      three members to be coaches on the day."""),
    P("""**Session 6 – Tue 14 May – 19:00–19:35.** Review. Goals 1 and 2 done (minutes out in four
      days). Goal 3 on 1 June. Goal 4 "getting there". We agreed to stop the weekly sessions and
      she can ask for one if she needs it. Action: she fills in the feedback form."""),

    H(1, "Section 3 – Reviewing my performance as a mentor"),
    P("**3.1 Review of my performance**"),
    P("""I reviewed myself against the skills on the course handout (building rapport, questioning,
      listening, feedback, goal setting, keeping records) and Mentee A's feedback form. Her form
      gave me 9/10 for "shows respect" and "maintains confidentiality", 8 for "helps me set my
      goals" and 6 for "listens to me". Her comment was "Ryan is very good at knowing the answer,
      I'd like him to let me find it a bit more." That matched what Carol saw and what I'd felt in
      the first session. Strengths: I'm organised, I set up a clear plan and kept the records, and
      she trusted me. Weaknesses: I jump in with the answer too quickly, especially on anything
      computer-related, and I ask two questions at once. Goals 1 and 2 were met and 4 is partly
      met, which I think shows the mentoring helped, but I'd be kidding myself if I said all of
      that was me."""),
    P("**3.2 Meeting with my tutor**"),
    T(
        ["Date / place", "Tuesday 21 May, Tameside Community Learning (room 4)"],
        ["Time", "6pm, finished at 7.05"],
        ["With", "Carol Brennan, tutor"],
        ["Purpose", "Review of my mentoring for unit 201"],
        ["What we discussed", "My log and records, the observation on 27 April, Mentee A's feedback form, what I'd do differently"],
        ["Agreed outcomes", "Practise one question at a time; leave ten seconds after a question; write a development plan (3.3)"],
    ),
    P("""For me the purpose of the meeting was to go through my log and the feedback and be honest
      about what I'd found hard. Carol said the observation showed a good relationship and good
      summarising, but that I'd asked "what do you want to do and when will you do it?" as one
      question three times in forty minutes, and each time Mentee A only answered the second half.
      We agreed I'd practise asking one question and then stopping. She also said the records were
      good but I should write down what I learned as well as what the mentee did, which I've
      started doing. The feedback straight after the observation (27 April, half an hour) was
      mostly the same points."""),
    P("**3.3 Areas for future development**"),
    T(
        ["Area for improvement", "How I will do this", "When"],
        ["Asking one question at a time", "Write my opening question down before a session; count to ten after asking", "From the next mentoring, June"],
        ["Letting the mentee find the answer", "Before I suggest anything, ask \"what have you already tried?\"", "Now"],
        ["Mentoring more people", "Mentor the new junior captain next season; go on the county association's coaching and mentoring day", "September"],
        ["Qualification", "Ask Carol about the Level 3", "After this result"],
    ),
    P("""My strengths are organisation and trust, so I want to build on those by mentoring the junior
      captain, who's 19 and would probably rather talk to me than to the committee."""),
]

CASE = Case(
    name="ze_a_8584_201_bowls_club_md",
    unit="8584-201",
    kind="numbered-unstyled",
    files=[SourceFile("Ryan Tattersall 201 mentoring.md", BLOCKS)],
    labels={
        "1.1": "Tuesday evenings at seven in the committee room",
        "1.2": "affiliation return and the two league team registrations",
        "2.1": "I kept the log on my phone after each session",
        "2.2": "what would you do if I wasn't here",
        "2.3": "I told her the agenda was clear but too long",
        "2.4": "I never repeat anything she tells me in the clubhouse",
        "2.5": "Each session has its own record below with the actions",
        "3.1": "I jump in with the answer too quickly",
        "3.2": "the purpose of the meeting was to go through my log",
        "3.3": "go on the county association's coaching and mentoring day",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": True,
        "identifying": ["Janet", "Les Whitworth"],
        # 45 (19:00-19:45) + 75 ("1 hr 15") + 50 ("50m", Thu after the cancelled Tue) + 40 (observed,
        # 10:00-10:40) + 70 ("an hour and a bit" = 19:05 to 20:15) + 35 (19:00-19:35) = 315.
        # Not the cancelled wk3 Tuesday, the wk5 DNA, the bar chat; the 2.5 records repeat the log.
        # His "Total 345 mins (5 hrs 45)" adds Carol's 30-min feedback row.
        "minutes": 315,
        "sessions": 6,
        "individuals": 1,
        # feedback after the observation 10:45-11:15 = 30; tutor meeting "6pm, finished at 7.05" = 65.
        "supervision_minutes": 95,
    },
    about="Crown green bowls club vice-captain mentoring the new club secretary; 201 in Markdown with bold numbered AC lines, a week-by-week Planned/Held log whose running total swallows the tutor's feedback row, cancelled and DNA weeks, an observed Saturday session, 'an hour and a bit' timed in its record, a bar chat not counted, a consent line but no declaration; planted first name and treasurer's full name.",
)
