"""8587-304 extended mentoring: a rail signalling maintenance section manager, PDF under AC headings.

Andy Kowalczyk is Section Manager (Signalling) at a railway infrastructure maintenance depot. He
mentors two newly qualified signalling technicians, "T1" and "T2", who finished their
apprenticeships last year. The PDF is structured by AC ("AC 1.1 Plan", ... "AC 3.4 Supervision")
in engineering shorthand (TC = track circuit, SMTH, possession, MDU). The practice records are
one log table per mentee under AC 2.4; each has a subtotal row. Both logs carry the same joint
session on 19/03 (a 2-hour relay room walk-through with T1 and T2 together), marked "JOINT" in
each, and both subtotals include it, so his "Grand total (T1 + T2): 17 hrs 55 mins" counts it
twice. Lengths are clock ranges in 24-hour time ("09:00–10:15", "22:30–23:45 (nights)") or
"1 hr", "1.5 hrs", "45 mins", "1 hr 15", "1 hr 20", "55 mins (observed by ILM tutor)". T1's 10/02
row is CANCELLED (called to a points failure) and rebooked for 12/02; T2's 30/01 row is DNA. The
observed 10/03 session is written up a second time as an "Observed session" record with the
tutor's feedback (11:00–11:20). T2 shadowing him on a signal sighting "about 3 hours" is said not
to be a session. Two supervision meetings with the ILM tutor for 3.4. No evidence matrix.
Signed declaration.

Planted (3): T1's initial and surname on the contract's client signature line, "J. Whelan";
T2's personal mobile in the contract's contact field, "07700 900318"; T1's team leader signing
the pasted stakeholder e-mail, "Paul Darby".
Clean otherwise: his own name; the ILM tutor and MDU manager by role; Network Rail-style terms
(SMTH, IRSE licence, MDU), Honey and Mumford, GROW, 360, SWOT; place names of junctions.

Practice truth (the two logs under AC 2.4):
  T1: 13/01 09:00–10:15 = 75 (chemistry and contracting: counts); 27/01 1 hr = 60;
      10/02 CANCELLED -> excluded; 12/02 1.5 hrs = 90; 24/02 10:00–11:30 = 90;
      10/03 55 mins = 55 (observed, counts); 24/03 1 hr 20 = 80.
      75 + 60 = 135, + 90 = 225, + 90 = 315, + 55 = 370, + 80 = 450 (individual sessions).
  T2: 16/01 14:00–15:00 = 60 (chemistry and contracting); 30/01 DNA -> excluded;
      04/02 1 hr 15 = 75; 13/02 45 mins = 45; 27/02 22:30–23:45 = 75; 13/03 1 hr = 60;
      27/03 1 hr 10 = 70.  60 + 75 = 135, + 45 = 180, + 75 = 255, + 60 = 315, + 70 = 385.
  Joint 19/03 2 hrs = 120, once.
  minutes 450 + 385 = 835, + 120 = 955; sessions 6 + 6 + 1 = 13; individuals 2 (T1, T2).
  His subtotals: T1 "9 hrs 30" = 450 + 120 = 570; T2 "8 hrs 25" = 385 + 120 = 505; grand total
  "17 hrs 55" = 570 + 505 = 1075 - wrong by the joint session counted in both (1075 - 120 = 955).
  Not: the observed-session record (same session as T1's 10/03 row); 06/03 T2 shadowing him on a
  signal sighting "about 3 hours"; the plan's "1 to 1.5 hrs"; subtotal and grand total rows.
  Supervision: 20/02 ILM tutor on Teams "1 hr" = 60; 10/03 observation feedback 11:00–11:20 = 20;
  31/03 ILM tutor 13:00–14:15 = 75.  60 + 20 = 80, + 75 = 155.
"""

from corpus.case import B, Case, H, P, SourceFile, T

T1_LOG = T(
    ["Date", "Time / length", "Where", "Focus (GROW)", "Actions agreed"],
    ["13/01/25", "09:00–10:15", "Depot training room",
     "Chemistry and contracting. Signed contract. Talked about what he wants from the first year after his apprenticeship.",
     "Complete Honey and Mumford LSQ"],
    ["27/01/25", "1 hr", "Depot training room",
     "LSQ results (strong Activist). Goal: lead fault team on nights. Reality: always lets the senior tech take the phone to Control.",
     "Take the Control call on the next 2 faults"],
    ["10/02/25", "CANCELLED", "-", "T1 called out to a points failure. Rebooked 12/02.", "-"],
    ["12/02/25", "1.5 hrs", "Depot training room",
     "Went through the two Control calls he took. Options for structuring his fault finding on TCs.",
     "Write his own fault-finding flowchart for TC failures"],
    ["24/02/25", "10:00–11:30", "Depot training room",
     "His flowchart. Tested it against two real faults from the log. Started on the 360 feedback.",
     "Ask team leader and 2 techs for 360 comments"],
    ["10/03/25", "55 mins (observed by ILM tutor)", "Depot training room",
     "360 feedback back. Reality check on leading: techs say he is calm but doesn't delegate.",
     "Delegate the testing on the next fault, supervise only"],
    ["19/03/25", "2 hrs - JOINT with T2", "Relay room, Hexthorpe Jn",
     "Walk-through of the relay room, each explaining a circuit to the other.",
     "T1: lead the next night fault start to finish"],
    ["24/03/25", "1 hr 20", "Depot training room",
     "Final review against goals. Led a night fault on 21/03. Ending and next steps.",
     "Carry on monthly with his team leader"],
    ["", "T1 total 9 hrs 30", "", "", ""],
)

T2_LOG = T(
    ["Date", "Time / length", "Where", "Focus (GROW)", "Actions agreed"],
    ["16/01/25", "14:00–15:00", "Depot training room",
     "Chemistry and contracting. Signed contract. Worried about his IRSE licence assessment.",
     "Do a SWOT on himself before next time"],
    ["30/01/25", "DNA", "-", "T2 didn't turn up - on a rest day and forgot. Rebooked 04/02.", "-"],
    ["04/02/25", "1 hr 15", "Depot training room",
     "His SWOT and the competence log gaps. Goal set for the licence module.",
     "Book the assessment date with the competence assessor"],
    ["13/02/25", "45 mins", "Depot training room",
     "Assessment booked for 20/03. Options for revision on shifts.",
     "Two SMTH test procedures a week, explained out loud to someone"],
    ["27/02/25", "22:30–23:45 (nights)", "Mess room, depot",
     "Quiet night. He explained two test procedures to me. Confidence on the practical part.",
     "Practise the interlocking test on the training rig"],
    ["13/03/25", "1 hr", "Depot training room",
     "Last session before the assessment. What he will do if he blanks.",
     "Sleep, not revise, the night before"],
    ["19/03/25", "2 hrs - JOINT with T1 (same session as in T1 log)", "Relay room, Hexthorpe Jn",
     "Walk-through of the relay room, each explaining a circuit to the other.",
     "T2: nothing new before his assessment tomorrow"],
    ["27/03/25", "1 hr 10", "Depot training room",
     "He passed. Review against goals and what he wants next (maintenance tester).",
     "Talk to his team leader about the tester course"],
    ["", "T2 total 8 hrs 25", "", "", ""],
)

BLOCKS = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    H(1, "Unit 304 - Undertaking an Extended Period of Mentoring within an Organisational Context"),
    T(
        ["Learner", "Andy Kowalczyk"],
        ["Role", "Section Manager (Signalling), maintenance depot"],
        ["Mentees", "T1 and T2 - newly qualified signalling technicians"],
        ["Mentoring period", "13 January - 27 March 2025"],
    ),

    H(2, "AC 1.1 Plan for 12 hours of mentoring"),
    P("""Both T1 and T2 finished their apprenticeships in the summer and are now Signalling
      Technicians on my section. The MDU manager asked section managers to mentor the new
      technicians through their first year because we lost two in their first year last time.
      I chose to mentor both of them for this unit. My plan was six sessions each of 1 to 1.5 hrs,
      roughly fortnightly, which gives 12 hours with some margin for cancellations (which on a
      signalling section there will be). I booked the depot training room for every other
      Monday (T1) and Thursday (T2) at the start of January, because it has a door that shuts
      and it is away from the fault desk, and I planned to do at least one session on nights with
      T2 as he is on the night roster half the time. I also planned one joint session on site
      near the end, in a relay room, because both wanted more time in the equipment with someone
      who wasn't in a hurry."""),
    P("""Resources: my laptop with the mentoring log, each mentee's competence log printout,
      the Honey and Mumford learning styles questionnaire, a SWOT template, a GROW prompt card,
      the SMTH for reference. Preparation on my side was mainly making sure I wasn't on call
      for the session and telling Control I wouldn't answer the phone for that hour."""),

    H(2, "AC 1.2 Goals agreed"),
    P("""Goals came out of the first two sessions with each of them, using the competence log
      gaps and the diagnostic (below), and I got them to write the goal in their own words
      before I helped tighten it up."""),
    B("""T1: to lead a night fault team from the call to Control through to handing the line
      back, on his own, by the end of March. Relevant because he will be expected to lead faults
      on nights from April and has been avoiding the Control phone."""),
    B("""T2: to pass his licence assessment (maintenance module) on 20 March at the first attempt
      and to be able to explain every SMTH test he uses to someone else. Relevant because
      without it he can't work unsupervised on the equipment."""),
    P("""Both agreed that these goals were theirs, not mine, and T2 changed 'pass' to 'pass first
      time' himself, which I took as a good sign."""),

    H(2, "AC 1.3 Contract"),
    P("""I used the ILM contract and added three things for our setting: that a safety of the line
      concern would always override confidentiality, that on-call and faults come first but a
      cancelled session gets rebooked within the week, and that I would tell their team leaders
      only that sessions had taken place. We went through it line by line in session 1 and
      both signed. Their team leaders, as stakeholders, signed as well, and T1's team leader
      also replied by e-mail (below) as he was on leave on the day."""),
    T(
        ["Client Ref/ID", "T1"],
        ["Sessions / review", "6 sessions + 1 joint, review after 3 sessions, no fault ending"],
        ["Signature of Mentor", "A Kowalczyk 13/01/25"],
        ["Signature of Client", "J. Whelan 13/01/25"],
        ["Signature of Stakeholder", "T1's team leader - see e-mail"],
    ),
    T(
        ["Client Ref/ID", "T2"],
        ["Sessions / review", "6 sessions + 1 joint, review after 3 sessions, no fault ending"],
        ["Contact for rearranging", "07700 900318 (his own mobile, as he's on shifts)"],
        ["Signature of Mentor", "A Kowalczyk 16/01/25"],
        ["Signature of Client", "T2 16/01/25"],
        ["Signature of Stakeholder", "T2's team leader 16/01/25"],
    ),
    P("""E-mail from T1's team leader, 15/01/25: 'Andy, happy for T1 to do this and to be released
      for the sessions, as long as it's not when we're short on nights. Understood it's
      confidential and I'll just hear if it's happening. Regards, Paul Darby, Signalling Team
      Leader'"""),

    H(2, "AC 2.1 Diagnostic tools"),
    P("""T1 did the Honey and Mumford learning styles questionnaire before session 2. He came out
      as a strong Activist and Pragmatist and a very low Reflector, which explained a lot: he
      jumps into a fault and never stops to think about how he would explain it to Control. That
      is why his action in session 2 was to write his own fault-finding flowchart, to make him
      reflect in a way that suited a Pragmatist. Later I used a simple 360: his team leader and
      two technicians each gave three comments, and 'calm but doesn't delegate' came up from all
      three, which became the focus of session 5."""),
    P("""T2 did a SWOT on himself, and we laid it next to his competence log. His threats column
      said 'blanking in the assessment' and 'nights mess up my revision'. The competence log
      showed he had done every test in the module at least twice, so the gap was confidence,
      not competence, and that changed what the goal and sessions were about."""),

    H(2, "AC 2.2 Mentoring model"),
    P("""I used GROW for every session, with the prompt card on the table so they could see where
      we were. For T2 the Options stage was where it worked: in session 3 he came up with
      explaining two SMTH tests a week out loud to someone, which suited his shifts and which he
      kept up until the assessment. For T1, Reality was the hard part, because he would say a
      fault went 'fine' until we went through it step by step. I also used the GROW stages to
      close each session with a Will question, 'What will you do before we next meet, and how
      will I know?', and that went in the log as the action."""),

    H(2, "AC 2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: the model and the tools above, plus knowing the technical side well enough to
      understand what they were telling me without turning it into a technical lesson. That was
      the hardest behaviour for me, because I was a technician for 15 years and I want to fix
      things. I kept the SMTH closed on the table unless they opened it. Skills: open questions,
      summarising, and above all listening without jumping in. In the night session with T2 I
      just let him explain the interlocking test for ten minutes without a word from me, and at
      the end he said 'I actually know this, don't I'. Ethics: I kept to the contract. When T1
      told me about a near miss on a job that hadn't been reported, I told him it was a safety
      of the line matter and it had to go in, and he reported it himself the same day. I took
      that to supervision (3.4)."""),
    P("""Observation: my ILM tutor observed my session with T1 on 10/03. Her written feedback is
      below. She noted that I asked good open questions but stacked two together several times,
      and that I gave T1 the answer to his own delegation problem instead of letting him get
      there."""),

    H(2, "AC 2.4 Mentoring records from first contact to completion"),
    P("""First contact was a phone call to each of them on 6 January, before any session, to ask if
      they wanted a mentor and explain the ILM side. Both said yes. Everything after that is in
      the logs below, one per mentee, filled in on my laptop the same day and backed up on the
      section drive in a folder only I can open. The joint session appears in both logs."""),
    H(3, "Log - T1"),
    T1_LOG,
    H(3, "Log - T2"),
    T2_LOG,
    P("""Grand total (T1 + T2): 17 hrs 55 mins, which is well over the 12 hours."""),
    P("""T2 also shadowed me on a signal sighting on 06/03 for about 3 hours. That was not a
      mentoring session and isn't in his log, but he asked good questions on the way back in the
      van."""),
    H(3, "Observed session - T1, 10/03/25"),
    T(
        ["Observer", "ILM tutor"],
        ["Session", "T1, session 5, 10:00 to 10:55, depot training room"],
        ["Feedback given", "11:00–11:20, face to face, after T1 had left"],
        ["Strengths", "Clear contract reminder at start. Good use of the GROW card. Listening - let T1 finish."],
        ["To develop", "Stacked questions (two at once) several times. Offered your own solution to the delegation issue at 10:40."],
    ),

    H(2, "AC 3.1 Reflection on each session"),
    P("""I wrote three lines after each session: what went well, what didn't, what I learn from it.
      The key learning points, pulled together:"""),
    B("""T1 sessions 1-2: I talked for too long explaining GROW. Learning: show the card and start,
      don't lecture about the model."""),
    B("""T2 DNA on 30/01: I was annoyed, but he was on a rest day and I had booked it without
      checking his roster. Learning: check the roster before booking, not after."""),
    B("""T1 session 5 (observed): I gave him my delegation answer at the end because I was
      worried we'd run out of time. Learning: a good question at 10:40 is worth more than my
      answer, and I should trust the next session to finish it."""),
    B("""Joint session: they taught each other better than I could have. Learning: I would plan
      more peer time into mentoring next time."""),

    H(2, "AC 3.2 Feedback on my mentoring for each session"),
    P("""At the end of every session I asked one question: 'What was useful today and what should I
      do differently next time?' and wrote the answer down as they said it. A few of them:"""),
    T(
        ["Session", "What they said"],
        ["T1 s2", "Useful to see the LSQ. Less talking about the model."],
        ["T1 s4", "The flowchart is mine now. Could we do one on a real fault?"],
        ["T1 s5", "The 360 stung a bit but it was fair."],
        ["T2 s2", "Good to see my log next to the SWOT - I've done more than I thought."],
        ["T2 s4 (nights)", "Better at night, nobody around. Can we do another?"],
        ["T2 final", "You let me talk, that helped."],
    ),
    P("""What I did with it: the 'less talking about the model' comment changed how I started every
      session after that. T2's request for another night session was why the 13/03 one was
      nearly on nights too, although in the end it had to be a day. I read back all of their
      comments before the final sessions and the pattern was that they valued being listened
      to far more than anything I told them."""),

    H(2, "AC 3.3 My communication skills"),
    P("""Questioning: my tutor's observation and my own notes agree that I stack questions, so I
      started writing one question per line on my pad before a session and asking them one at a
      time. By the final sessions I was doing this most of the time. Listening: I'm good at it
      on the phone to Control and worse face to face because I start thinking about the answer.
      The night session with T2 was the best listening I did. Feedback: I had to learn to give
      feedback to T1 about not delegating without it sounding like a performance issue. I used
      the 360 comments as the evidence rather than my own opinion, which made it easier for him
      to hear. Non-verbal: I moved from sitting across the table to sitting at the corner, which
      T2 said made it feel less like a briefing."""),

    H(2, "AC 3.4 Supervision"),
    P("""Supervision 1 - 20/02/25, with my ILM tutor on Teams, 1 hr. I took the near miss that T1
      had told me about and how I handled it. My tutor agreed I had done the right thing with
      the contract and we talked about whether the confidentiality clause had been clear enough
      at the start. Outcome: I went back over the safety clause with both mentees at the next
      sessions."""),
    P("""Observation feedback - 10/03/25, 11:00–11:20 (see observed session above)."""),
    P("""Supervision 2 - 31/03/25, with my ILM tutor, 13:00–14:15, at the training centre. We went
      through the whole period and my reflections. She asked what I would keep and what I would
      drop, and made me see that the joint session had worked because I stepped back. Outcomes:
      build peer sessions into future mentoring; one question at a time; use a supervisor for
      any future mentee I line-manage; start my CPD plan for unit 305."""),

    H(2, "Declaration"),
    P("""I declare that this portfolio is my own work and that the mentoring and supervision took
      place as recorded. Andy Kowalczyk, 02/04/2025"""),
]

CASE = Case(
    name="z_a_8587_304_rail_signalling_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("AKowalczyk_Unit304_Portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "booked the depot training room for every other Monday",
        "1.2": "T2 changed 'pass' to 'pass first time' himself",
        "1.3": "a safety of the line concern would always override confidentiality",
        "2.1": "the gap was confidence, not competence",
        "2.2": "For T2 the Options stage was where it worked",
        "2.3": "I kept the SMTH closed on the table unless they opened it",
        "2.4": "First contact was a phone call to each of them",
        "3.1": "check the roster before booking, not after",
        "3.2": "they valued being listened to far more than anything I told them",
        "3.3": "writing one question per line on my pad",
        "3.4": "the joint session had worked because I stepped back",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["J. Whelan", "07700 900318", "Paul Darby"],
        # T1: 75 + 60 + 90 + 90 + 55 + 80 = 450 (10/02 cancelled); T2: 60 + 75 + 45 + 75 + 60
        # + 70 = 385 (30/01 DNA); joint 19/03 120 once.  450 + 385 + 120 = 955.
        # His subtotals 570 / 505 and grand total "17 hrs 55" (1075) count the joint twice.
        "minutes": 955,
        "sessions": 13,
        "individuals": 2,
        # 20/02 Teams 1 hr = 60; 10/03 observation feedback 11:00-11:20 = 20; 31/03 13:00-14:15 = 75.
        # 60 + 20 + 75 = 155.
        "supervision_minutes": 155,
    },
    about="Rail signalling section manager; 304 PDF by AC heading, one log per mentee with a joint 2-hour session in both and subtotals that include it, so his grand total double counts; cancelled and DNA rows, a nights clock range, an observed session written up twice, shadowing not counted; client's initial+surname, personal mobile and a team leader's e-mail signature planted.",
)
