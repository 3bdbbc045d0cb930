"""8587-302 extended coaching: a technical textiles mill's continuous improvement lead, PDF with a decimal cumulative log and a coachee who leaves.

Joanne Whittle is Continuous Improvement Lead at a technical textiles mill in the Calder
Valley (weaving, dyeing and finishing of industrial fabrics). She coaches team leaders who
are not her reports: Coachee 1 (a weaving team leader) and Coachee 2 (a quality technician),
who hands in her notice after two sessions and leaves the company, so with her tutor's
agreement Coachee 3 (a dye house supervisor) starts in March, and the exceptional
circumstances are written up as the handbook asks. The PDF has "AC1.1"-style headings in her
own short words. Her log is one table in date order with a Planned column, an "Actual" column
in whatever form she wrote it on the shop floor ("14:00-14:30", "1h20", "70 mins", "1.25
hrs", "an hour", "half an hour", "an hour and a half", "1h05", "80 mins") and a "Cum. hrs"
column in decimals ending on 16.5, which is right. The first row is a three-way contracting
meeting with Coachee 1 and her shift manager, which she counts (contracting, coachee
present). A cancelled row (Coachee 2's notice), a postponed row (loom breakdown), a
chemistry meeting with Coachee 3 that she counts. The 12/03 session observed by her tutor is
a log row and also has its own session record and the tutor's observation form: one session.
Coachee 2's "half an hour" closing conversation on 20/02 is in prose and not counted by her.
Supervision is a table: a group tutorial, two sessions with an external coaching supervisor,
the tutor's debrief after the observation (15:15-15:45) and a tutorial cancelled by the
tutor. Signed declaration; no evidence matrix.

Clean: her own name; the tutor named on the observation form where it asks ("Observer:
Sandra Kelly, ILM tutor"); Coachee 1/2/3; roles (Weaving Shift Manager, Dye House Manager,
Technical Director, colour chemists); GROW, scaling, wheel of work, Hawkins and Shohet,
Kolb; the mill's places (warping, the old pattern room, loom 14).

Practice truth (the log; the observed session's record and form are the 12/03 row):
  C1: 13/01 three-way contracting 14:00-14:30 = 30 (counts); 15/01 1h20 = 80; 29/01 70 mins
      = 70; 12/02 1.25 hrs = 75; 26/02 postponed -> excluded; 28/02 an hour = 60; 12/03
      14:00-15:10 = 70 (observed); 26/03 1h30 = 90; 09/04 an hour and a half = 90.
      30+80 = 110, +70 = 180, +75 = 255, +60 = 315, +70 = 385, +90 = 475, +90 = 565 (8).
  C2: 16/01 1 hr = 60; 30/01 55 mins = 55; 13/02 cancelled (notice) -> excluded; 20/02 closing
      conversation "half an hour", prose, "not counted" -> excluded.  60+55 = 115 (2).
  C3: 06/03 chemistry half an hour = 30 (she counts it); 13/03 1h15 = 75; 27/03 1h05 = 65;
      10/04 80 mins = 80; 24/04 1 hour = 60.  30+75 = 105, +65 = 170, +80 = 250, +60 = 310 (5).
  minutes 565 + 115 + 310 = 990 (= her 16.5 hrs, not added); sessions 8 + 2 + 5 = 15;
  individuals 3 (Coachee 1, 2, 3).
  Cum. hrs column checked: 0.5, 1.83, 2.83, 4.0, 4.92, 6.17, 6.17, 6.17, 7.17, 7.67, 8.83,
  10.08, 11.58, 12.67, 14.17, 15.5, 16.5.
  Not: Planned column; cancelled and postponed rows; 20/02 closing talk; the session record and
  observation form for 12/03 (same session); Cum. hrs column; "12 hours" target; 60-90
  minute plan; loom changeover "40 minutes" and "25 minutes"; "10 minutes" at handover.
  Supervision/tutorials: 23/01 group tutorial 1.5 hrs = 90; 19/02 coaching supervision 1 hour =
  60; 12/03 tutor's debrief 15:15-15:45 = 30; 02/04 coaching supervision 50 mins = 50; 30/04
  tutorial cancelled by tutor -> excluded.  90+60 = 150, +30 = 180, +50 = 230.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["No", "Date", "Coachee", "Planned", "Actual", "Cum. hrs", "Notes"],
    ["1", "13/01", "C1 + Weaving Shift Manager", "30 min", "14:00-14:30", "0.5",
     "Three-way contracting meeting. Goals linked to TL development plan"],
    ["2", "15/01", "C1", "1 hr", "1h20", "1.83", "Contract signed. Wheel of work. Goal agreed"],
    ["3", "16/01", "C2", "1 hr", "1 hr", "2.83", "Contract signed. Wheel of work. Career goal"],
    ["4", "29/01", "C1", "1 hr", "70 mins", "4.0", "Reality - changeover data from the last month"],
    ["5", "30/01", "C2", "1 hr", "55 mins", "4.92", "Options - lab technician route"],
    ["6", "12/02", "C1", "1 hr", "1.25 hrs", "6.17", "Options - SMED idea, who to involve"],
    ["-", "13/02", "C2", "1 hr", "cancelled", "6.17", "C2 has handed in her notice, leaves 28/02. Coaching ended"],
    ["-", "26/02", "C1", "1 hr", "postponed", "6.17", "Loom 14 breakdown, C1 needed on the shed. Moved to 28/02"],
    ["7", "28/02", "C1", "1 hr", "an hour", "7.17", "Trial results - first two changeovers"],
    ["8", "06/03", "C3", "30 min", "half an hour", "7.67", "Chemistry meeting - what coaching is, does she want it"],
    ["9", "12/03", "C1", "1 hr", "14:00-15:10", "8.83", "Observed by tutor. Difficult conversation with a weaver"],
    ["10", "13/03", "C3", "1 hr", "1h15", "10.08", "Contract signed. Skills scan. Goal agreed"],
    ["11", "26/03", "C1", "1.5 hrs", "1h30", "11.58", "Way forward - rolling SMED out to the other shift"],
    ["12", "27/03", "C3", "1 hr", "1h05", "12.67", "Reality - shade data, where the re-dyes come from"],
    ["13", "09/04", "C1", "1.5 hrs", "an hour and a half", "14.17", "Final review, wheel repeated, feedback form"],
    ["14", "10/04", "C3", "1 hr", "80 mins", "15.5", "Options - talking to the colour chemists"],
    ["15", "24/04", "C3", "1 hr", "1 hour", "16.5", "Review and close, feedback form"],
)

SESSION_RECORD = T(
    ["Session record", "Coachee 1 - session 6"],
    ["Date / time", "12 March, 14:00 to 15:10, old pattern room"],
    ["Goal", "Changeover on her looms down from 40 minutes to 25 by end of April"],
    ["Topic today", "A weaver on her shift who keeps skipping the new changeover checklist"],
    ["Reality", "She has not said anything to him yet. 'He's been here 30 years, he trained me.'"],
    ["Options", "Talk to him on his own; ask him to help improve the checklist; leave it to the shift manager"],
    ["Way forward", "Ask him to help improve the checklist - talk to him Friday before handover"],
    ["Coachee score", "Thumbs up"],
)

OBSERVATION = T(
    ["Observation of coaching practice", ""],
    ["Learner", "Joanne Whittle"],
    ["Observer", "Sandra Kelly, ILM tutor"],
    ["Date", "12/03"],
    ["Strengths", "Calm, warm, good use of silence when C1 talked about the weaver who trained her. Coachee did most of the talking."],
    ["Development", "Two leading questions in Options ('Would it help if you...'). Summaries could be handed to the coachee to do."],
)

SUPERVISION = T(
    ["Date", "Type", "With", "Length", "Main outcome"],
    ["23/01", "Group tutorial (Zoom)", "ILM tutor and five other learners", "1.5 hrs",
     "Contracts compared. Mine had nothing about what happens if a coachee leaves - added it."],
    ["19/02", "Coaching supervision", "External coaching supervisor (arranged by the centre)", "1 hour",
     "C2 leaving and whether to take on a third coachee"],
    ["12/03", "Tutor debrief", "ILM tutor after the observation", "15:15-15:45",
     "Leading questions - see observation form"],
    ["02/04", "Coaching supervision", "External coaching supervisor", "50 mins",
     "Ending with C1. Being pulled into the dye house politics with C3"],
    ["30/04", "Tutorial", "ILM tutor", "cancelled by tutor", "Rebooked for 14 May"],
)

BLOCKS = [
    H(0, "Unit 302 Portfolio - Extended Period of Coaching"),
    P("""Joanne Whittle, Continuous Improvement Lead. Coaching carried out January to April 2025
      at the mill (weaving, dye house and finishing). Coachees are referred to as Coachee 1, 2
      and 3 (C1, C2, C3 in the tables)."""),

    H(1, "Planning and organising"),
    H(2, "AC1.1 My plan"),
    P("""I planned 12 hours of coaching with two coachees: roughly six sessions each, every two
      weeks, 60 to 90 minutes, January to April. Neither of them reports to me, which I think
      helps - I run the improvement projects across the site so I know the work but I am not
      their boss. Timing is the hard part in a mill that runs two shifts. Sessions are at 14:00
      on days, after the morning shift has handed over and the team leader has had 10 minutes to
      sort out the afternoon, and I agreed with the shift managers that someone covers the shed.
      I booked the old pattern room above the warping department because it is quiet, has a
      door that shuts and nobody walks through it; the canteen and the shed office were both
      ruled out because everyone can see in. Resources: a wheel of work sheet, my GROW question
      card, a notebook for each coachee that stays in my locked cabinet, and a session record
      sheet. I also kept 15 minutes before each session to reread the last record."""),
    H(2, "AC1.2 Topics and goals"),
    P("""Goals were agreed in the first or second session after the wheel of work, and for C1
      also at the three-way meeting with her shift manager. I asked each coachee to put the
      goal in their own words and then we checked it against SMART together."""),
    B("""C1 (Weaving Team Leader): cut changeover time on her looms from about 40 minutes to 25 by
      the end of April, and get her shift to follow the new changeover checklist. This links to
      the site target on machine availability."""),
    B("""C2 (Quality Technician): decide by Easter whether to apply for the lab technician
      apprenticeship. (She left before we got there - see 2.4.)"""),
    B("""C3 (Dye House Supervisor): raise the right-first-time shade rate from 82% to 90% on her
      shift by the end of June, mainly by fewer re-dyes on the navy and black shades, and feel
      able to challenge the colour chemists when a recipe is wrong."""),
    H(2, "AC1.3 Contracting"),
    P("""Every coachee signed a one page contract (anonymised copies at the back). It covers how
      many sessions, how long and where; 24 hours notice to cancel except for breakdowns; what
      I write down and where it is kept (my locked cabinet, destroyed three months after the
      end); that it is confidential, except for anything about safety or the law, which I
      would have to pass on after telling them; and that either of us can end the coaching. For
      C1 there was a three-way meeting with her Weaving Shift Manager on 13/01, where we agreed
      the shift manager would only hear about attendance and goals and nothing from inside the
      sessions, and he agreed to cover the shed. After C2 left, I added a line to the template
      saying what happens if the coachee leaves the company. For C3 the Dye House Manager signed
      as the stakeholder."""),

    H(1, "Undertaking the coaching"),
    H(2, "AC2.1 Diagnostic tools"),
    P("""I used two tools. The wheel of work (eight areas of their job scored 1-10) at the start
      with all three and again at the end with C1 and C3: C1 scored 3 for 'my shift follows
      standards', which became her goal. With C3 I used the skills scan from our team leader
      development framework, which lists 20 team leader skills to score yourself against. C3
      scored herself lowest on handling conflict with the chemists, and that turned out to be
      what was behind a lot of the re-dyes, so it fed straight into her goal. For C1 we also used
      the changeover times from the loom monitoring system as a measure."""),
    H(2, "AC2.2 Coaching model"),
    P("""I used GROW but started every session with scaling: 'On a scale of 1 to 10, where are you
      with the goal today?' and then 'what would one point higher look like?'. This kept each
      session linked to the goal, which on a busy day in the shed is easy to lose. The log shows
      the stage we were mostly in. Options worked best with C1 - she came up with doing the
      changeover parts prep while the loom was still running (SMED, which she had heard about
      on a course and never tried) and got it down to 28 minutes by April. With C3 the Reality
      stage took two sessions because the shade data was a mess."""),
    H(2, "AC2.3 Being an effective and ethical coach"),
    P("""Knowledge: GROW, scaling, the wheel, the ILM code and our own site policies. Skills: open
      questions, staying quiet after asking one, summarising and reflecting back the words they
      used. Behaviour: being on time, not bringing my CI 'answers' into it, and confidentiality.
      The hardest ethical moment was on 30/01 when C2 told me in session she had been offered a
      job elsewhere and hadn't told her manager. Her manager asked me the next day if she was
      'alright' because she seemed distracted. I kept it to myself until she had told him,
      which she did two weeks later. I took it to supervision afterwards to check I had been
      right (see 3.4)."""),
    H(2, "AC2.4 Records from first contact to completion"),
    P("""Initial contact was an email to the three shift managers in December asking for team
      leaders who wanted coaching, followed by a 10 minute chat with each volunteer to explain it.
      Everything after that is in my log below, with a session record for every session in my
      file (one example below, with the tutor's observation of the same session)."""),
    LOG,
    P("""What happened with C2: she handed in her notice on 12/02 and the session the next day
      was cancelled. We met once more on 20/02 for half an hour to close things off properly and
      for her to give me feedback, which was not a coaching session so I have not counted it.
      After talking to my supervisor and my tutor I started coaching C3 with the centre's
      agreement - the written note of why (coachee left the organisation, no other existing
      coachee could take more sessions as C1 was already fortnightly) is filed with my contracts.
      C3 had a half hour chemistry meeting first to see whether she wanted coaching at all,
      which I have counted as it was our first session."""),
    SESSION_RECORD,
    OBSERVATION,
    P("""Total coaching 16.5 hours with three coachees."""),

    H(1, "Reviewing my practice"),
    H(2, "AC3.1 Reflecting on each session"),
    P("""After every session I wrote three lines in my own notebook: what went well, what didn't,
      one thing to do differently. Reading them back the pattern is that I rush the Options stage
      when the shed is busy, because I am aware of the clock and of who is covering. I also found
      I was much better with C3 than with C1 at letting silence sit, and I think that is because
      I know less about dyeing than weaving, so I had less to say. Using Kolb's cycle on the 12/03
      observed session I planned to hand summaries to the coachee, and did that from then on.
      The key learning for my CPD is to trust the process more and my own technical knowledge
      less."""),
    H(2, "AC3.2 Feedback every session"),
    P("""At the end of every session I asked the coachee to hold up a thumbs up, sideways or down
      card and say why in one sentence, which I wrote on the record. C1 gave 'sideways' twice,
      both times when I had been leading her ('felt like you knew where you wanted me to get
      to'). C3 gave thumbs up every time but her comments were thin, so at the end I used a
      written feedback form as well. The Weaving Shift Manager also told me C1 was 'running the
      changeovers herself now', and C2 gave me honest feedback in our closing chat: the first
      session had too much form filling."""),
    H(2, "AC3.3 My communication skills"),
    P("""Questioning: my questions got shorter as the weeks went on - early records show
      questions with two or three parts. I still slip into leading questions, which the tutor
      picked up. Listening: I listen well for facts and numbers, which is my job, but less well
      for how people feel; with C1 I missed that the weaver she was struggling with had trained
      her until she said it. Feedback: I use 'what went well / even better if' and always ask
      them to go first."""),
    H(2, "AC3.4 Supervision"),
    SUPERVISION,
    P("""The first supervision session on 19/02 was the most useful. I went in wanting to start a
      third coachee straight away to get my hours, and the supervisor asked whose need a third
      coachee would meet, which made me think about whether C3 actually wanted coaching - hence
      the chemistry meeting. We also went over the C2 confidentiality situation using Hawkins
      and Shohet's idea of the coach's own process. In the second session on 02/04 we looked at
      how I ended with C1 and how to stop myself being pulled into the dye house arguments
      between C3 and the chemists. Outcomes: chemistry meetings before contracting from now on,
      and I will keep supervision every six weeks while I coach."""),

    H(1, "Declaration"),
    P("""I confirm that the evidence in this portfolio is my own work and the coaching took place
      as recorded. Signed J Whittle Date 02/05/2025"""),
]

CASE = Case(
    name="z_b_8587_302_textile_mill_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Whittle J - Unit 302 coaching portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "the old pattern room above the warping department",
        "1.2": "right-first-time shade rate from 82% to 90%",
        "1.3": "the shift manager would only hear about attendance and goals",
        "2.1": "C3 scored herself lowest on handling conflict with the chemists",
        "2.2": "used GROW but started every session with scaling",
        "2.3": "I kept it to myself until she had told him",
        "2.4": "an email to the three shift managers in December",
        "3.1": "I rush the Options stage when the shed is busy",
        "3.2": "hold up a thumbs up, sideways or down card",
        "3.3": "my questions got shorter as the weeks went on",
        "3.4": "asked whose need a third coachee would meet",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # C1 30 (three-way contracting, counts) + 80 + 70 + 75 + 60 + 70 (observed; record and
        # form are the same session) + 90 + 90 = 565; C2 60 + 55 = 115 (13/02 cancelled, 20/02
        # closing talk not counted); C3 30 (chemistry, counted) + 75 + 65 + 80 + 60 = 310.
        # 565 + 115 + 310 = 990 = her 16.5 hrs.  Not: 26/02 postponed; Cum. hrs column.
        "minutes": 990,
        "sessions": 15,
        "individuals": 3,
        # 90 (group tutorial) + 60 + 30 (15:15-15:45 debrief) + 50 = 230; 30/04 cancelled.
        "supervision_minutes": 230,
    },
    about="Technical textiles mill CI lead; 302 PDF with one log in free-form durations and a decimal cumulative column, a counted three-way contracting meeting, a coachee who leaves after two sessions and a third started under exceptional circumstances with a counted chemistry meeting, an observed session also in its own record and form, supervision table with a clock-range debrief; clean.",
)
