"""8587-302 extended coaching: a university admissions team leader, Markdown with a planned/actual table for one coachee and dated prose for the other.

Siobhan Mulgrew is Undergraduate Admissions Team Leader at a university in the East
Midlands and coaches two officers from other admissions teams: Coachee A (Postgraduate
Admissions Officer) and Coachee B (International Admissions Officer). She writes the
portfolio in Markdown because the university's e-portfolio accepts it: "##" headings in
her own words with the AC in brackets on some and not others. A's sessions are a table
with Planned and Actual columns ("1h 10", "1h", "55m", "1h 25") and a Subtotal row, where she
adds the Actual column wrong ("6h 55", truly 7h 15); one row is "A on annual leave", moved.
B's sessions are dated prose paragraphs only ("about an hour and a quarter", "1 hr 40",
"50 minutes", "11:00-12:05", "1.5 hrs", "about 70 minutes") with a did-not-attend day when
she waited 20 minutes. Her stated total "14h 25" follows her wrong subtotal. A three-way
meeting with A and A's manager (45 minutes) she does not count. Supervision: a tutorial,
an individual and a group coaching supervision, a tutorial "booked" for later; her
monthly 1:1s with her own line manager she says are not coaching supervision and not counted.
Declaration at the end; no evidence matrix.

Planted (3): A's full name in a pasted e-mail from A's manager in the contracting section
("Hannah Brierley"); A's first name alone later in the communication review ("Hannah"); the
name under B's signed feedback form ("M. Jessop").
Clean otherwise: her own name; roles (Postgraduate Admissions Manager, Head of Admissions,
OD team, recruitment agents, academic selectors); UCAS, CAS, the Employee Assistance
Programme, Microsoft Forms, GROW, OSKAR, wheel of work, Kline.

Practice truth (A's table and B's dated paragraphs):
  A: 14 Jan 1h 10 = 70; 28 Jan 1h = 60; 11 Feb annual leave -> excluded; 18 Feb 1h 25 = 85;
     4 Mar 55m = 55; 18 Mar 1h 30 = 90; 1 Apr 1h 15 = 75.
     70+60 = 130, +85 = 215, +55 = 270, +90 = 360, +75 = 435 (7h 15; her "6h 55" is wrong) (6).
  B: 16 Jan about an hour and a quarter = 75; 30 Jan 1 hr 40 = 100; 13 Feb 50 minutes = 50;
     27 Feb did not turn up -> excluded; 6 Mar 11:00-12:05 = 65; 20 Mar 1.5 hrs = 90;
     3 Apr about 70 minutes = 70.  75+100 = 175, +50 = 225, +65 = 290, +90 = 380, +70 = 450 (6).
  minutes 435 + 450 = 885 (14h 45; her "14h 25" is 20 short); sessions 6 + 6 = 12;
  individuals 2 (A, B).
  Not: 7 Jan three-way with A and her manager (45 minutes, "haven't counted it"); the Planned
  column and its subtotal "7h 30"; 11 Feb leave row; 27 Feb DNA and the 20 minutes waited;
  "two hours a fortnight" in the e-mail; "19 working days to 10"; her line-manager 1:1s.
  Supervision/tutorials: 24 Jan tutorial 1 hr = 60; 21 Feb coaching supervision an hour and a
  half = 90; 14 Mar group supervision 2 hours = 120; 25 Apr tutorial booked -> excluded.
  60+90 = 150, +120 = 270.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG_A = T(
    ["#", "Date", "Planned", "Actual", "What we covered"],
    ["1", "14 Jan", "60 min", "1h 10", "Contract signed, wheel of work, first go at a goal"],
    ["2", "28 Jan", "60 min", "1h", "Reality - what happens to a PGT application from landing to decision"],
    ["-", "11 Feb", "60 min", "-", "A on annual leave (my fault, I didn't check the leave calendar) - moved to 18 Feb"],
    ["3", "18 Feb", "60 min", "1h 25", "Options for the decision backlog"],
    ["4", "4 Mar", "60 min", "55m", "Batching trial - how the first fortnight went"],
    ["5", "18 Mar", "90 min", "1h 30", "Academic selectors who sit on applications"],
    ["6", "1 Apr", "60 min", "1h 15", "Final review, wheel again, feedback form"],
    ["", "Subtotal", "7h 30", "6h 55", ""],
)

SUPERVISION = T(
    ["Date", "What", "Length", "What I took from it"],
    ["24 Jan", "1:1 tutorial with my ILM tutor (Teams)", "1 hr", "Goal for B too vague - rewrote it with him on 30 Jan"],
    ["21 Feb", "Coaching supervision - my supervisor (accredited coach, OD team)", "an hour and a half",
     "Why I keep bringing data into A's sessions"],
    ["14 Mar", "Group supervision - supervisor + two coaches from the internal coaching pool", "2 hours",
     "B's DNA and the EAP boundary; ending well"],
    ["25 Apr", "Final tutorial", "booked", "-"],
)

BLOCKS = [
    H(1, "ILM Unit 302 - Coaching portfolio"),
    P("""Siobhan Mulgrew, Undergraduate Admissions Team Leader. Coaching January - April 2025.
      I coached two admissions officers from other teams in the office. I call them Coachee A
      and Coachee B (or just A and B)."""),

    H(2, "The plan"),
    P("""Admissions has a calendar that decides everything, so I planned the coaching round it.
      January to early April is after the UCAS January deadline rush and before confirmation
      and clearing, so that was the window. Six sessions each, fortnightly, an hour each with one
      longer one in the middle, on Tuesday and Thursday mornings because Mondays are the busiest
      day for emails. That is 12 hours plus a bit. I booked the small meeting room off the post
      room for the whole run because it has no glass wall and people don't wander in. B works
      from home two days a week so we agreed Teams was fine if needed, cameras on. Resources: a
      wheel of work sheet, my question prompts for GROW and OSKAR, and a session notes template
      I made in OneNote, which only I can open."""),

    H(2, "What we were aiming for (1.2)"),
    P("""I asked both of them to bring one thing they wanted to be different at work by Easter.
      We used the wheel of work in session one to narrow it down, then made it measurable."""),
    B("""A: get the average time-to-decision on postgraduate taught applications from 19 working
      days to 10 by the end of April, which matters because we lose applicants to universities
      that answer faster. Her idea, her numbers from the admissions system."""),
    B("""B: lead the weekly call with our overseas recruitment agents himself by March instead of
      his manager doing it, and deal with the angry agent calls without handing them up."""),
    P("""Both fit with the Head of Admissions' plan for this cycle (faster decisions, fewer
      escalations), but I made sure the wording came from them."""),

    H(2, "Agreements (1.3)"),
    P("""Each of them signed a coaching agreement in session one: how often, where, how to cancel
      (24 hours, except for deadline crises), what I write down and where it goes, and
      confidentiality with the usual limits - anything about safeguarding, risk to themselves or
      others, or a breach of the law I would have to pass on, and I would tell them first. We
      agreed that their managers get attendance and the goal, and neither manager would see my
      session notes. A's manager wanted a three-way meeting first, which we had on 7 Jan (45
      minutes). Her manager ran most of it, setting out what the department hoped for, so I
      haven't counted it as coaching time. This is the email he sent beforehand:"""),
    P("""> "Hi Siobhan - happy to release Hannah Brierley for up to two hours a fortnight for
      coaching between now and Easter. Can we meet with her first so we're all on the same
      page? Thanks." """),
    P("""B's manager was fine with an email agreement and didn't want a meeting."""),

    H(2, "Getting to know where they were (2.1)"),
    P("""Wheel of work: both scored eight areas of their job out of 10 in the first session. A
      scored 'control of my workload' at 2, which is where her goal came from. For B I used a
      confidence scale on the situations he dreaded; B rated himself 3 out of 10 on the agent
      calls and 8 on writing to applicants, which showed it was the live conversation, not the
      knowledge. I also asked A to keep a simple time log for a week of where her hours went -
      it showed she spent nearly a day a week chasing academic selectors for decisions, which
      changed what the goal was really about."""),

    H(2, "How I coached (2.2)"),
    P("""I started with GROW for both. It worked for A, who likes structure and went through the
      stages almost in order: her Options session produced batching applications by programme
      and a weekly 'decide or delegate' email to selectors, and she trialled both. With B, GROW
      kept dragging us back into what had gone wrong on calls. In session 3 I switched to OSKAR,
      which is solution-focused: where are you now on the scale, what is already working, what
      would one step up look like. OSKAR suited B better than GROW did, because it had him
      talking about the calls that had gone well, and by session 5 he had chaired the agent call
      twice."""),

    H(2, "Me as a coach (2.3)"),
    P("""Knowledge: the two models, the wheel, the university's coaching guidelines and the code
      of ethics we signed up to for the internal coaching pool. Skills: open questions, using
      their words back to them, summarising, not filling silences. Behaviours: being on time,
      keeping notes private, not solving things for them even when I knew the admissions system
      answer. An ethical point came up with B in February when he spent half a session on
      worries about his family's visa situation, which was affecting his sleep. That is not
      something coaching can or should deal with. I acknowledged it, signposted him to the
      Employee Assistance Programme and agreed with him that we would keep the sessions on the
      agent calls. I took it to group supervision to check I had the boundary right."""),

    H(2, "Records - from first contact to the end (2.4)"),
    P("""First contact: I asked for volunteers at the December team briefing and then emailed
      the two who came forward with what coaching is and the agreement to read before we met.
      After that each session has a notes page in OneNote. The log for A is below; B's I kept as
      dated notes so they are written out underneath."""),
    H(3, "Coachee A"),
    LOG_A,
    H(3, "Coachee B"),
    P("""**16 Jan** - first session with B. Agreement signed, wheel of work, the confidence scale.
      He was nervous and talked a lot about his previous job. About an hour and a quarter."""),
    P("""**30 Jan** - rewrote his goal after my tutorial. Reality: listened to him describe the
      last three agent calls. We went over - 1 hr 40."""),
    P("""**13 Feb** - on Teams as B was working from home, 50 minutes. Switched to OSKAR. What's
      already working? He realised he is fine with agents he has met in person."""),
    P("""**27 Feb** - B didn't turn up. The international CAS deadline had landed that morning and
      he forgot. I waited 20 minutes then went back to my desk. No session."""),
    P("""**6 Mar** - the rescheduled one, 11:00-12:05. He had chaired the agent call on the 4th.
      Debriefed it, scaled it at 6."""),
    P("""**20 Mar** - 1.5 hrs. Angry agent calls: role play with me as the agent, his idea."""),
    P("""**3 Apr** - final one, about 70 minutes. Scale at 8. Feedback form. He wants to keep
      chairing the call after Easter."""),
    P("""So that's 6h 55 with A and 7h 30 with B, 14h 25 altogether."""),

    H(2, "Looking back on each session (3.1)"),
    P("""After each session I wrote a short reflection at the bottom of the OneNote page: what
      worked, what didn't, what I'd do next time. Reading them back, the big learning is from A's
      session 3, when I realised I was coaching the process, not the person - I was more
      interested in her backlog numbers than in why she found it so hard to chase senior
      academics. From then on I asked about the people side first. With B I learned to keep the
      first ten minutes for whatever he brought in, even if it was off topic, because otherwise
      he couldn't settle. For my CPD I have put 'less data, more curiosity' on my plan."""),

    H(2, "What they told me (3.2)"),
    P("""I sent each of them a two-question Microsoft Form after every session:
      'How useful was today, 1-5?' and 'What one thing would make the next one better?'. A gave 4
      or 5 except session 4 (3 - 'too much about the spreadsheet'). B gave 3, 3, then 5s after the
      switch to OSKAR. Both filled in the ILM feedback form at the end. From B's:"""),
    P("""'The role play was the most useful thing. I was worried coaching would be like an
      appraisal and it wasn't. I'd like it to carry on.' Signed M. Jessop, 3/4/25"""),
    P("""A's manager also told me her decisions are now going out in about 11 days on average."""),

    H(2, "Questioning, listening and feedback (3.3)"),
    P("""Questioning: my open questions are fine but I tend to ask two questions at once, and
      Hannah pointed out in session 2 that she never knew which to answer. I now ask one and
      stop. Listening: I was listening to reply at first. Nancy Kline's idea of giving attention
      without interrupting helped, and by the end B was saying more in the first ten minutes than
      he used to in a whole session. Giving feedback: I ask them what they noticed first and then
      add what I saw, specific and short, which they both said they preferred to being told."""),

    H(2, "Supervision (3.4)"),
    SUPERVISION,
    P("""The individual supervision in February was the turning point. I described A's sessions
      and my supervisor suggested I stop bringing the data in and let A bring what mattered to
      her - which is where 'coaching the process' came from. The group supervision in March was
      useful in a different way: the other two coaches had both had a coachee raise personal
      problems and we compared where we drew the line, which confirmed I was right to signpost B.
      Outcome for the future: keep supervision every two months while I am in the coaching pool.
      I also have monthly 1:1s with my own line manager, but that is not coaching supervision and
      I haven't counted it here."""),

    P("""**Declaration:** I confirm this portfolio is my own work and that the sessions took place
      as recorded. Siobhan Mulgrew, 14 April 2025."""),
]

CASE = Case(
    name="z_b_8587_302_university_admissions_md",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("302 portfolio - S Mulgrew.md", BLOCKS)],
    labels={
        "1.1": "the small meeting room off the post room",
        "1.2": "from 19 working days to 10 by the end of April",
        "1.3": "neither manager would see my session notes",
        "2.1": "B rated himself 3 out of 10 on the agent calls",
        "2.2": "OSKAR suited B better than GROW did",
        "2.3": "signposted him to the Employee Assistance Programme",
        "2.4": "asked for volunteers at the December team briefing",
        "3.1": "I was coaching the process, not the person",
        "3.2": "a two-question Microsoft Form after every session",
        "3.3": "tend to ask two questions at once",
        "3.4": "suggested I stop bringing the data in",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Hannah Brierley", "Hannah", "M. Jessop"],
        # A 70 + 60 + 85 + 55 + 90 + 75 = 435 (11 Feb leave row excluded; her Subtotal "6h 55"
        # is wrong); B 75 + 100 + 50 + 65 + 90 + 70 = 450 (27 Feb DNA).  435 + 450 = 885 (her
        # "14h 25" is 20 short).  Not: 7 Jan three-way, 45 minutes, "haven't counted it".
        "minutes": 885,
        "sessions": 12,
        "individuals": 2,
        # 60 + 90 + 120 = 270; 25 Apr booked; line-manager 1:1s not coaching supervision.
        "supervision_minutes": 270,
    },
    about="University admissions team leader; 302 Markdown with a planned/actual table and wrong subtotal for one coachee and dated prose sessions for the other, a leave row and a DNA, an uncounted three-way with the line manager, individual and group supervision; a full name in a pasted e-mail, the first name later and an initial and surname under a feedback form planted.",
)
