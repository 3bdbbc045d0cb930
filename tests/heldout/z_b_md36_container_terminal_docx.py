"""MD36 36-hour workplace mentoring diary: a container terminal's shift operations manager, DOCX with one combined log and a hand-kept running total.

Neil Ashworth is a Shift Operations Manager at a container terminal on Teesside and mentors
three quay supervisors promoted from crane driving in December, coded A, B and C. The DOCX
follows the task's four sub-headings (typed as he remembered them, "Planning and organising
the sessions" ...). His "brief mentoring records" are ONE log table for all three in date
order, columns Date | Mentee | Planned | Actual | Focus | Running total, the Actual column in
whatever he wrote on the day ("1h30", "90 mins", "1.5 hrs", "2 hours", "1h 40m", "1.25
hrs"), a cancelled row (B sick), a DNA row (A), a group workshop with all three, and a Running
total in h:mm that he keeps by hand. On 27/02 he adds B's "1h50" as 1h15, so every later
running total is 35 minutes short and the log ends on 39:45 instead of 40:20. The 27/03
session with B, observed by his ILM tutor, is a log row AND has its own "Observed session
record" (13:30-15:15): one session. A 45-minute talk with B on nights after a near miss on
22/03 is in prose only ("I have added it to my hours"). A three-way meeting with C and her
Berth Manager (about 30 mins) he says he has not counted. A and C each shadowed him for a
shift (not counted). His summary table repeats his wrong total: "40h30".

Planted (2): B's mobile in the cancelled row ("07841 226093"); C's full name where he says her
contract copy is in the appendix ("Priya Raman").
Clean otherwise: his own name; roles (Berth Manager, Terminal Training Manager, ILM tutor,
vessel planners, crane drivers, lashers); places and kit (Teesside, Berth 3, the reefer stack,
the control tower, the TOS, VHF, straddle carriers, ship-to-shore cranes); SWOT, 360, GROW,
Kolb, the Safe System of Work.

Practice truth (the log, the observed record and the prose night session):
  A: 08/01 1h30 = 90; 22/01 1h45 = 105; 05/02 1.5 hrs = 90; 19/02 2 hours = 120; 05/03 DNA
     -> excluded; 07/03 1h20 = 80; 19/03 1.25 hrs = 75; 02/04 2h = 120; 16/04 1h 30m = 90.
     90+105 = 195, +90 = 285, +120 = 405, +80 = 485, +75 = 560, +120 = 680, +90 = 770 (8).
  B: 09/01 1h40 = 100; 23/01 90 mins = 90; 06/02 cancelled -> excluded; 13/02 2 hrs = 120;
     27/02 1h50 = 110; 13/03 1.5 hrs = 90; 27/03 1h45 = 105 (observed; its own record
     13:30-15:15 is the same session, once); 10/04 2h = 120.
     100+90 = 190, +120 = 310, +110 = 420, +90 = 510, +105 = 615, +120 = 735 (7);
     plus 22/03 nights, prose only, "about 45 minutes", counted by him: 735 + 45 = 780 (8).
  C: 10/01 1h15 = 75; 24/01 1.5 hrs = 90; 07/02 1h30 = 90; 21/02 2 hrs = 120; 07/03 1h 40m =
     100; 21/03 1.5 hrs = 90; 04/04 1h20 = 80; 17/04 2h = 120.
     75+90 = 165, +90 = 255, +120 = 375, +100 = 475, +90 = 565, +80 = 645, +120 = 765 (8).
  Group 12/03 A, B and C 2.5 hrs = 150, once (1).
  minutes 770 + 780 + 765 + 150 = 2465 (41h05); sessions 8 + 8 + 8 + 1 = 25; individuals 3.
  His figures are wrong: running total ends 39:45 (= 2385, 35 short of the log's true 2420
  because 27/02 1h50 was added as 1h15), "+ the 45 mins on nights = 40 hrs 30" and the summary
  Total "40h30" (= 2430); the per-mentee rows of his summary (12h50, 13h00, 12h45, 2h30) are
  right and add to 41h05.
  Not: 15/01 three-way with C and her Berth Manager (~30 mins, "haven't counted"); A's and C's
  shadowing shifts; 06/02 cancelled; 05/03 DNA; the Planned column; the observed record (same
  as the 27/03 row); the Running total column and summary rows; "36 hours" target; "12 hour"
  shifts; prep ~20 mins.
  Supervision/tutorials: 17/01 ILM tutorial 1 hr = 60; 14/02 mentoring supervision with the
  Terminal Training Manager 45 mins = 45; 27/03 tutor's debrief after observing B 30 mins = 30;
  28/03 mentoring supervision 1h15 = 75; 25/04 tutorial "booked" -> excluded.
  60+45 = 105, +30 = 135, +75 = 210.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Mentee", "Planned", "Actual", "Focus", "Running total"],
    ["08/01", "A", "1.5 hrs", "1h30", "Contract signed, SWOT, goals", "1:30"],
    ["09/01", "B", "1.5 hrs", "1h40", "Contract signed, SWOT, goals", "3:10"],
    ["10/01", "C", "1.5 hrs", "1h15", "Contract signed, goals (C asked to keep the first one short)", "4:25"],
    ["22/01", "A", "1.5 hrs", "1h45", "Stowage plans - walked through last week's problem vessel on Berth 3", "6:10"],
    ["23/01", "B", "1.5 hrs", "90 mins", "Radio with the crane drivers - listened back to 3 of his VHF calls", "7:40"],
    ["24/01", "C", "1.5 hrs", "1.5 hrs", "Workload when two vessels are working at once", "9:10"],
    ["05/02", "A", "1.5 hrs", "1.5 hrs", "Contingency - what she would do if the TOS went down mid-vessel", "10:40"],
    ["06/02", "B", "1.5 hrs", "cancelled", "B sick - texted me from 07841 226093 at 05:40. Rebooked 13/02", "10:40"],
    ["07/02", "C", "1.5 hrs", "1h30", "Review of her first run of nights in charge", "12:10"],
    ["13/02", "B", "1.5 hrs", "2 hrs", "Rebooked from 06/02. Radio part 2, his own briefing plan", "14:10"],
    ["19/02", "A", "1.5 hrs", "2 hours", "Mock supervisor assessment questions, Safe System of Work", "16:10"],
    ["21/02", "C", "1.5 hrs", "2 hrs", "360 results - confidence with the vessel planners", "18:10"],
    ["27/02", "B", "1.5 hrs", "1h50", "Nights and fatigue, swapping shifts, sleep", "19:25"],
    ["05/03", "A", "1.5 hrs", "DNA", "A on a shift swap, forgot to tell me", "19:25"],
    ["07/03", "A", "1.5 hrs", "1h20", "Rebooked. Stowage follow up", "20:45"],
    ["07/03", "C", "1.5 hrs", "1h 40m", "Two-vessel workload - trying her new routine", "22:25"],
    ["12/03", "A, B, C", "2.5 hrs", "2.5 hrs", "Group workshop in the training room - TOS outage and high wind scenarios", "24:55"],
    ["13/03", "B", "1.5 hrs", "1.5 hrs", "Debrief of group workshop, his action plan", "26:25"],
    ["19/03", "A", "1.5 hrs", "1.25 hrs", "Speaking up at the vessel planning meeting", "27:40"],
    ["21/03", "C", "1.5 hrs", "1.5 hrs", "Calls with the planners - role play", "29:10"],
    ["27/03", "B", "1.5 hrs", "1h45", "Observed by ILM tutor - see record below", "30:55"],
    ["02/04", "A", "1.5 hrs", "2h", "Second mock, she marked herself first", "32:55"],
    ["04/04", "C", "1.5 hrs", "1h20", "360 repeated", "34:15"],
    ["10/04", "B", "2 hrs", "2h", "Final review, SWOT again, feedback form", "36:15"],
    ["16/04", "A", "1.5 hrs", "1h 30m", "Final review, SWOT again, feedback form", "37:45"],
    ["17/04", "C", "2 hrs", "2h", "Final review, SWOT again, feedback form", "39:45"],
)

OBSERVED = T(
    ["Observed session record", ""],
    ["Mentee", "B"],
    ["Date", "27/03"],
    ["Start / finish", "13:30 - 15:15"],
    ["Observer", "ILM tutor (in the room, sat back from the table)"],
    ["Goal worked on", "Stopping a crane move himself when something looks wrong, instead of waiting for the driver to"],
    ["What happened", "B talked through the last two times he held back. I used GROW. He came up with a rule for himself: if he has to ask 'is that right?' in his head, he calls all stop."],
    ["Agreed actions", "Try the rule for two weeks and note each time"],
)

SUMMARY = T(
    ["Mentee", "Sessions", "Hours"],
    ["A", "8", "12h50"],
    ["B", "7 + 1 on nights", "13h00"],
    ["C", "8", "12h45"],
    ["Group (all 3)", "1", "2h30"],
    ["Total", "25", "40h30"],
)

SUPERVISION = T(
    ["Date", "Who / what", "How long", "What came out of it"],
    ["17/01", "ILM tutorial on Teams", "1 hr",
     "Checked my contracts and goals. Tutor said goals for A were really my goals for her - rewrote them with her on 22/01."],
    ["14/02", "Mentoring supervision - Terminal Training Manager", "45 mins",
     "Talked about being their shift manager and their mentor. Agreed I never do their mentoring on a shift I am running."],
    ["27/03", "ILM tutor - debrief after observing B", "30 mins",
     "I asked good open questions but jumped in with my own story twice. Summarised too early."],
    ["28/03", "Mentoring supervision - Terminal Training Manager", "1h15",
     "The near miss night and whether I should have been the one to talk to B. Ending the three relationships well."],
    ["25/04", "ILM tutorial", "booked", "Final tutorial, not happened yet"],
)

BLOCKS = [
    H(0, "MD36 Workplace Mentoring Diary"),
    P("""Neil Ashworth - Shift Operations Manager, container terminal, Teesside. Mentoring period
      8th January to 17th April 2025. Three mentees, all crane drivers who were made up to Quay
      Supervisor in December and started running vessels on their own in the new year."""),
    P("""A note on names. The terminal is a small place and everyone knows who got made up in
      December, so I have used A, B and C and not said which shift each one is on."""),

    H(1, "Planning and organising the sessions"),
    H(2, "Preparing and planning"),
    P("""Our Berth Managers asked for the new supervisors to have a mentor for their first months
      and I put myself forward because I did my ILM 3 in coaching and wanted to carry it on. The
      plan was fortnightly sessions of about 1.5 hrs each with each mentee, plus one group
      session when there was something all three needed, over 14 weeks. That would come to more
      than the 36 hours so I had some slack if things got cancelled, which on shifts they do.
      Sessions have to be on a day they are rostered on but not running a vessel (a deputy
      covers the quay) or on a training day, in the small training room above the gate house,
      away from the quay but close enough that they don't feel they are skiving. I worked out the
      dates against the shift pattern with the rota clerk in December and put them in everyone's
      diary. We work 12 hour shifts so I tried to keep the sessions in the first half of a day
      shift, when they are fresher and before the afternoon vessels."""),
    H(2, "Contracting"),
    P("""Each mentee signed a contract at the first session. The main things in it:"""),
    B("Fortnightly, about 1.5 hrs, on a rostered day off the quay. Either of us can rebook but must give 24 hours notice unless sick."),
    B("What is said stays between us, except anything that affects safety on the terminal, which I would have to report - and I would tell them first."),
    B("I am a Shift Operations Manager and on some shifts I am their manager. Mentoring is kept separate from that and nothing goes on their training record unless they want it to."),
    B("My notes are kept in a locked drawer in the shift office and shredded 6 months after we finish."),
    B("The Berth Managers get told attendance and the goals, nothing else."),
    P("""Copies are in the appendix with the names blanked, apart from C's, which I notice still
      has her signature as Priya Raman on it because I scanned the wrong copy - I will replace it
      before this goes to the EQA."""),
    H(2, "Agreeing the goals"),
    P("""Goals came from a SWOT that each of them did in session one. A wanted to get confident
      with stowage plans and pass her supervisor assessment without any development points. B
      wanted to get better at running the radio with the crane drivers and lashers, because he
      goes quiet and lets the drivers run the job. C wanted to cope when two vessels are working
      at once without feeling swamped, and to get on with the vessel planners. C's manager
      wanted to be involved so we had a three-way meeting on 15/01 with C and her Berth Manager,
      about 30 mins, to check her goals fitted her training plan. I haven't counted that in my
      hours as it was really the Berth Manager's meeting and I mostly listened."""),

    H(1, "Undertake mentoring sessions"),
    H(2, "Tools I used"),
    P("""SWOT at the start and at the end with all three. A short 360 for C (five questions to
      the crane drivers on her shift and two of the vessel planners) in February and again in
      April. Listening back to recorded VHF calls with B, which he agreed to, as a way of seeing
      what he actually says rather than what he thinks he says. Mock assessment questions for A
      out of the Safe System of Work."""),
    H(2, "Questioning and listening"),
    P("""I tried to use GROW in most sessions and keep my questions open. 'What would good look
      like with two vessels on?' 'What did you notice about that call?' The hardest bit for me is
      not telling them how I would do it, I have been on the docks for 22 years and I have an
      answer for most things. The tutor picked this up when she watched me with B (see below). I
      started writing 'ASK' at the top of my notes page as a reminder."""),
    H(2, "Brief mentoring records"),
    P("""This is my log for all three. Planned is what was booked, Actual is how long it really
      went on. I kept the running total as I went along."""),
    LOG,
    P("""A and C each also sat in with me for a whole shift in the control tower in their first
      week to see how I run it. That is shadowing not mentoring so it is not in the log."""),
    P("""One session is not in the log. On the night of 22/03 there was a near miss on B's vessel
      (a container was lifted with a twistlock still engaged and swung, no one hurt, the driver
      put it down quickly). After he had been relieved and done his statement I sat with him in
      the mess room for about 45 minutes at the end of the shift. It was a mentoring
      conversation, not an investigation - I made that clear to him - about how he was feeling
      and what he wanted to happen next. I didn't write it in the log at the time but I have
      added it to my hours."""),
    P("""Record of the session my tutor observed (same session as the 27/03 row above):"""),
    OBSERVED,
    H(2, "Summary of activity"),
    SUMMARY,
    P("""So my total is 39 hrs 45 from the log plus the 45 mins on nights = 40 hrs 30 mins, over
      the 36 hours. This does not count prep or writing up, about 20 mins each time."""),

    H(1, "Feedback and reflections"),
    H(2, "Feedback from mentees and others"),
    P("""I asked each of them at the end of every session 'what was useful today and what
      wasn't' and wrote it at the bottom of my notes. At the final sessions they each filled in
      a feedback form. A: 'Going through real stowage problems was the best bit, not the theory.'
      B: 'Listening to my own radio calls was horrible but it worked.' C: 'I liked that you
      didn't tell me what to do, except when you did.' Her Berth Manager told me the planners now
      ring C first on her shift, and A passed her supervisor assessment in April with no
      development points."""),
    H(2, "How well the different programmes worked"),
    P("""The three programmes were quite different. A's was mostly knowledge and went in a
      straight line. B's was about confidence and was set back by the near miss, but I think the
      night conversation and the sessions after it were the most useful mentoring I did. C's
      was about workload and relationships and the 360 gave us something real to work from.
      The group workshop was good because they saw each other struggle with the same scenario,
      but one group session was enough, they wanted their own time more."""),
    H(2, "My own performance"),
    P("""Good: planning, keeping to the dates even on shifts, knowing the job inside out.
      Not so good: I talk too much and I tell stories. Using Kolb's cycle after each session
      helped me see it was happening more when I was tired at the end of a shift. With B after
      the near miss I had to be much more careful what I said, and I think I got that right. The
      DNA with A annoyed me more than it should have and I was short with her about it."""),

    H(1, "Tutorial and supervision"),
    H(2, "Tutorial support and supervision I had"),
    SUPERVISION,
    P("""Supervision with the Terminal Training Manager challenged me most because she knows the
      terminal and the people. When I said after the near miss that I should have 'sorted it'
      for B she asked what sorting it would have looked like and whose job that was, which
      stopped me. The tutor's observation showed me the story-telling habit in a way I couldn't
      argue with."""),
    H(2, "Future supervision"),
    P("""Next year we have four more crane drivers going up to supervisor. I want supervision
      booked every 6 weeks from the start, not just when something goes wrong, and I will ask one
      of the other shift managers who has done the ILM to observe me once with each mentee. I
      will also ask the Berth Managers if the company will pay for a proper mentoring supervisor
      for all of us who mentor."""),

    P("""By submitting I confirm that this assignment is my own work. N. Ashworth 22/04/2025"""),
]

CASE = Case(
    name="z_b_md36_container_terminal_docx",
    unit="MD36",
    kind="structured-docx",
    files=[SourceFile("MD36 diary - N Ashworth terminal.docx", BLOCKS)],
    labels={},  # MD36: only the practice figures and identifying details are measured
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["07841 226093", "Priya Raman"],
        # A 90+105+90+120+80+75+120+90 = 770 (05/03 DNA); B 100+90+120+110+90+105+120 = 735
        # (06/02 cancelled; 27/03 observed record is the same session) + 22/03 nights 45 in
        # prose, counted by him = 780; C 75+90+90+120+100+90+80+120 = 765; group 12/03 150 once.
        # 770 + 780 + 765 + 150 = 2465 (his "40 hrs 30" / "40h30" is 35 short: 27/02 1h50
        # added as 1h15 in his running total).  Not: three-way with C and her Berth Manager
        # (~30 mins, "haven't counted"); shadowing shifts; prep ~20 mins.
        "minutes": 2465,
        "sessions": 25,
        "individuals": 3,
        # 60 + 45 + 30 (tutor's debrief of the observed session) + 75 = 210; 25/04 "booked".
        "supervision_minutes": 210,
    },
    about="Container terminal shift operations manager; MD36 DOCX with one combined log in mixed duration formats and a hand-kept running total that goes wrong, a cancelled and a DNA row, a group workshop, an observed session also in its own record, a night-shift session in prose only, an uncounted three-way with a line manager; a mobile number and a full name planted.",
)
