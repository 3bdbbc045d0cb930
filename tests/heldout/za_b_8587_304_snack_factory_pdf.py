"""8587-304 extended mentoring: a crisp and snack factory's operations manager, PDF from Word, log over two pages.

Sunita Bhogal is Operations Manager at a crisp and snack factory (Crunchwell Snacks) making
own-label crisps and extruded snacks for supermarkets. She mentors two staff who are not her
direct reports: "Mentee A", the newly promoted late-shift Team Leader on the packing hall, and
"Mentee B", a Senior Line Operator who wants the Quality and Training Lead post. One PDF exported from Word: a cover
table that claims "15 hrs 05", a filled evidence matrix pointing at "Doc 1"-"Doc 6", headings of
her own with the AC numbers in different places ("1.1 Plan", "Tools I used (2.1)", "The model -
CLEAR (2.2)"), the log as two tables (page 1 ends in a carried-forward row, page 2 starts with a
brought-forward row) with Planned and Actual columns, the tutor's observation form for one logged
session, per-session reflections as dated paragraphs, and a signed declaration.

Durations as she writes them in "Actual": "1 hr 10", "55 mins", "12:15-13:30", "1hr", "1 h 20 m",
"1.5 hrs", "1 hr 30", "1hr 05", "50 mins", "90'", "1hr15", "45 mins"; plus "CANCELLED", "DNA" and
"booked" rows. Her page-1 c/f row (7 hrs 10) is right; her TOTAL row (15 hrs 05) adds the booked
last row (1 hr) to the real 14 hrs 05. A phone session with Mentee B before her interview is in
the 3.1 reflections only ("not in the log ... I have counted it"). Mentee A's shadowing of a
supermarket customer's technical audit is said not to be mentoring.

Planted (forgotten anonymisation): the tutor's observation form names "Dionne Fairclough" as the
mentee; the 3.1 reflection on that session says "Dionne said afterwards"; the signature table
under Mentee B's agreement reads "R. Haworth". Not identifying: Sunita Bhogal (the learner),
Helen Dart (her tutor, where forms ask), Mentee A/B, the General Manager by role, Hawkins'
CLEAR, Belbin, SWOT, BRCGS, HACCP, Crunchwell Snacks, Calderbrook College.

Practice truth (log page 1 + page 2, the observation form, the 3.1 paragraphs):
  Page 1: 08/01 A "1 hr 10" = 70 (first meeting, agreement signed: counts);
          09/01 B "55 mins" = 55 (first meeting, agreement);
          22/01 A "12:15-13:30" = 75; 23/01 B "1hr" = 60;
          05/02 A CANCELLED (fryer breakdown) -> excluded;
          06/02 B "1 h 20 m" = 80; 12/02 A "1.5 hrs" = 90.
          70 + 55 = 125, + 75 = 200, + 60 = 260, + 80 = 340, + 90 = 430 = 7 h 10 (her c/f: right).
          "Total c/f 7 hrs 10" -> not a session.
  Page 2: "b/f 7 hrs 10" -> not a session;
          19/02 A + B joint audit walk-through "1 hr 30" = 90, counted once (group);
          20/02 B DNA -> excluded;
          05/03 A "1hr 05" = 65 (observed; the observation form's 12:15-13:20 is the same session);
          06/03 B "50 mins" = 50; 19/03 A "90'" = 90; 20/03 B "1hr15" = 75;
          02/04 A "45 mins" = 45 (final review);
          03/04 B "booked" (after hand-in) -> excluded.
          90 + 65 = 155, + 50 = 205, + 90 = 295, + 75 = 370, + 45 = 415.
  Log held total: 430 + 415 = 845 = 14 h 05. Her TOTAL "15 hrs 05" = 845 + 60 (the booked row).
  3.1 only: 27/02 B by phone before her interview, "25 minutes", "not in the log ... I have
          counted it" = 25.
  By mentee: A 70 + 75 + 90 + 65 + 90 + 45 = 435 (6 sessions);
             B 55 + 60 + 80 + 25 + 50 + 75 = 345 (6 sessions); joint 90 (1 session).
  minutes 435 + 345 + 90 = 870 (14 h 30); sessions 6 + 6 + 1 = 13; individuals 2 (A, B).
  Not: 05/02 cancelled; 20/02 DNA; 03/04 booked; c/f, b/f and TOTAL rows; A shadowing her at a
  supermarket customer's technical audit ("about 2 hours", not mentoring); the first "do you want a
  mentor" conversations in December (contact only, no time given, not in the log).
  Supervision: 29/01 Supervision 1 with the tutor on Teams "1 hr" = 60;
               26/02 Supervision 2 cancelled (tutor off sick), held 12/03 at college "1 hr 20" = 80;
               05/03 tutor's debrief after the observation "13:30-13:55" = 25.
               Her line manager's 1:1 questions are "not supervision" -> excluded.
               60 + 25 + 80 = 165.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 304 - Undertaking an Extended Period of Mentoring within an Organisational Context"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring - portfolio of evidence"),
    T(
        ["Learner", "Sunita Bhogal"],
        ["Job title", "Operations Manager, Crunchwell Snacks (crisp and snack factory)"],
        ["Centre", "Calderbrook College - Leadership and Management"],
        ["Tutor", "Helen Dart"],
        ["Mentees", "Mentee A (Team Leader, late shift, packing hall) and Mentee B (Senior Line Operator, days)"],
        ["Mentoring period", "December 2024 (first contact) to April 2025"],
        ["Total hours", "15 hrs 05 (see Doc 4)"],
    ),
    H(1, "Portfolio evidence matrix"),
    T(
        ["Unit 304 AC", "Portfolio Evidence Title", "Reference Number"],
        ["AC 1.1 Produce a plan for effective mentoring to take place for 12 hours", "Mentoring plan", "Doc 1"],
        ["AC 1.2 Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being mentored", "Goals agreed - notebooks and session 1 and 2 records", "Doc 2"],
        ["AC 1.3 Agree an appropriate and confidential contract with individual(s) and other stakeholders", "Mentoring agreements A and B", "Doc 3"],
        ["AC 2.1 Use diagnostic or assessment tools to effectively mentor within an organisational context", "SWOT, Belbin, competency wheel", "Section 2"],
        ["AC 2.2 Use a recognised model of mentoring during the mentoring process", "CLEAR model write up", "Section 2"],
        ["AC 2.3 Demonstrate the knowledge, skills and behaviours of an effective and ethical mentor", "Statement + tutor observation", "Section 2, Doc 5"],
        ["AC 2.4 Record an auditable mentoring process from initial contact to completion", "Mentoring log", "Doc 4"],
        ["AC 3.1 Reflect on each session and identify key learning", "Reflections by session", "Section 3"],
        ["AC 3.2 Gather ongoing feedback on effectiveness of their mentoring for each session", "Feedback slips summary", "Section 3, Doc 6"],
        ["AC 3.3 Review and evidence own ability to use effective communication skills", "Communication review", "Section 3"],
        ["AC 3.4 Summarise the outcomes of ongoing supervision for a minimum of 2 sessions", "Supervision summary", "Section 3"],
    ),

    H(1, "Section One - planning and contracting"),
    H(2, "1.1 Plan (Doc 1)"),
    P("""I run production at the factory, which makes around 60 tonnes of crisps and extruded snacks
      a week on four lines, own-label for three supermarkets, 24 hours a day. Potatoes come in
      at one end, are sliced, fried, seasoned and weighed, and go through the packing hall to the
      dispatch bay, with allergen changeovers between seasonings every shift. There are 46 staff over
      three shifts. I chose two people who had both asked me about progressing and
      who are not my direct reports (they report to the shift managers), so that mentoring would
      not get mixed up with line management. Mentee A is the Team Leader on the late shift (14:00 to
      22:00) in the packing hall, promoted from operator in November. Mentee B is a Senior
      Line Operator on days who wants to apply for the Quality and Training Lead post which HR told me
      would be advertised in February."""),
    P("""The plan was for 12 hours minimum between January and early April: six one hour sessions
      each, fortnightly, Mentee A on a Wednesday and Mentee B on a Thursday, which gives 12 hours if
      every one goes ahead, plus one joint session in February on auditing because both of them
      need it. That joint session was my spare, because in a snack factory something always gets
      cancelled - a fryer goes down or a changeover overruns and every pair of hands goes onto
      the packing lines. Location is the training room off the canteen corridor, which is outside
      the production area so nobody has to go back through the hygiene station and change out of
      whites, and it has no
      window onto the floor so they are not being watched by their teams. I booked the room for
      the whole term in the site diary in December. Mentee A comes in at 12:15 on her session days, before her late shift
      starts, and the shift manager agreed that this time is paid. Resources: an A5 notebook for
      each of them, SWOT template, the Belbin report from the supervisor development programme, a
      competency wheel I made from the Quality and Training Lead job description, a CLEAR prompt
      card, the company's mentoring agreement, and a one page session record sheet. For myself, I
      read my notes from the last session the morning before and I give my radio to the duty
      supervisor so I am not called out in the middle."""),

    H(2, "1.2 Topics and goals (Doc 2)"),
    P("""I did not set the goals. In the first session I asked each of them where they wanted to be in
      a year and what was in the way, and in session 2 we used the diagnostics (see 2.1). From that
      each of them wrote two or three goals in their own words in the front of their notebook and
      we made them SMART together at the end of session 2. They are work goals and career goals,
      which is what mentoring is for on our site."""),
    P("""Mentee A: (1) run her shift handover in 10 minutes or less using a handover sheet by the
      end of February (it was taking 25 to 30 minutes and the early shift were leaving late and
      complaining); (2) hold a performance conversation with one of her operators herself rather
      than passing it up to the shift manager, by the end of March; (3) finish the company's Leading
      Teams e-learning by 31 March."""),
    P("""Mentee B: (1) apply for the Quality and Training Lead post with a supporting statement she
      is proud of, and be ready for the interview; (2) lead one internal audit of the line 3
      allergen changeover against our HACCP plan and BRCGS herself, with me only observing, by
      mid March; (3) deliver one training session on the new label verification scanners to the
      next group of new starters."""),

    H(2, "1.3 Contract (Doc 3)"),
    P("""I used the company's mentoring agreement from our HR team and went through every
      line with each of them in the first session rather than just handing it over. It covers
      confidentiality and its limits - I told them that anything about food safety, a serious
      allergen failure (for example product released after a changeover that had not been
      verified clean) or safeguarding would have to go further, and who I would tell. It also covers where
      the notes are kept (locked drawer in my office, shredded after assessment), that I anonymise
      them in my ILM work, how long and how often we meet, that either of us can cancel with 24
      hours notice and rebook within the fortnight, and a no-fault ending if it isn't working. We
      both signed. Because it is in work time I took both agreements to the General Manager as
      the stakeholder; she signed to agree the time release and that she would not
      ask me what was discussed. There was a conflict of interest with Mentee B, because I was
      going to be on the interview panel for the Quality and Training Lead post. We wrote into her
      agreement that I would step off the panel, which I did, and I told HR why."""),
    T(
        ["Mentoring agreement - Mentee B", "Signed", "Date"],
        ["Mentor", "S Bhogal", "09/01/2025"],
        ["Mentee", "R. Haworth", "09/01/2025"],
        ["Stakeholder - General Manager", "signed", "10/01/2025"],
    ),

    H(1, "Section Two - the mentoring"),
    H(2, "Tools I used (2.1)"),
    P("""SWOT with both of them in session 1 or 2. Mentee A's SWOT showed her biggest threat was
      herself - she put 'I do the pallet checks myself because it's quicker' under weaknesses and
      'early shift going off sick because they are leaving late' under threats, and she made the
      link between the two on her own."""),
    P("""Belbin with Mentee A. She had a Belbin report from the supervisor development programme that she
      had never looked at. She came out as Completer Finisher and Implementer with Co-ordinator
      very low, which explained a lot: she finishes everything herself instead of handing it out.
      That led straight into goal 1, because the handover takes so long when she is doing the
      checks and looking at every pallet personally."""),
    P("""Competency wheel with Mentee B. I drew the eight competencies from the Quality and Training
      Lead job description as spokes on a wheel and she scored herself 1-10 on each spoke, then
      marked where she thought she needed to be by the interview. The gaps were biggest on 'audit
      and governance' and 'presenting to groups', which became her goals 2 and 3. We re-scored the
      wheel in March and audit had gone from 3 to 7."""),

    H(2, "The model - CLEAR (2.2)"),
    P("""I used Hawkins' CLEAR model (Contract, Listen, Explore, Action, Review) in every session. I
      chose it over GROW, which we were taught first, because the C at the start of every session
      gives us a mini contract for that hour - what do you want to leave with today - which
      suited two people who are always being pulled back onto the floor. Example, Mentee A on 12/02
      about the handover. Contract: she wanted to leave with a plan for the handover. Listen: I let
      her talk for nearly twenty minutes about everything that goes wrong at 22:00. Explore: I asked
      what would happen if the operators did the pallet checks before handover and she said
      'they'd feel trusted, actually'. Action: she would write a handover sheet with her team, not
      for them. Review: she scored herself 4 out of 10 on confidence to do it and 8 on wanting to.
      By the end of February her handover was down to 12 minutes and by the end of March it was 9,
      so the goal was met. With Mentee B the Explore stage was where the audit plan came from - she
      chose the line 3 changeover herself."""),

    H(2, "Knowledge, skills and behaviours (2.3)"),
    P("""Knowledge: of the CLEAR model and the tools, and of the factory itself - HACCP, BRCGS and
      our quality system - which helped because I could follow what they were
      saying, and got in the way because I know the answers to a lot of their problems, and the
      point is not to give them. Skills: open questions ('what would a good handover look like at
      ten o'clock?'), reflecting back their own words, summarising at the end of each stage, and
      silence. Listening: in session 3 I noticed Mentee B kept saying she was not an audit person,
      three times in half an hour, and instead of reassuring her I asked where that idea had come
      from. It turned out an auditor had torn her apart in her first job. Naming it was the
      turning point for goal 2. Behaviours: confidentiality, not judging, being honest about my
      conflict of interest and stepping off the interview panel, and not going to the shift manager
      when Mentee A told me about a problem with one of her operators - I left that with her, as
      it was her goal. My tutor observed one session (Doc 5) and her feedback is included there."""),

    H(2, "Records (2.4)"),
    P("""The records are the two agreements (Doc 3), my mentoring log (Doc 4), a one page session
      record for every session which I keep in the locked drawer (the observed session is written
      up by my tutor as Doc 5), their notebooks which belong to them, and the feedback slips (Doc
      6). The log starts with first contact: both of them asked me about progression at their
      appraisals in December and I offered mentoring then, with a week to think about it. The log
      runs over two pages in Word so the total at the bottom of page 1 carries over to page 2. It
      ends with the final review sessions in April."""),

    H(2, "Doc 4 - Mentoring log"),
    P("Page 1"),
    T(
        ["Date", "Mentee", "Planned", "Actual", "Where", "What we covered"],
        ["08/01/25", "A", "1 hr", "1 hr 10", "Training rm", "First session. Why mentoring, agreement read through and signed, where she wants to be"],
        ["09/01/25", "B", "1 hr", "55 mins", "Quality office", "First session. Agreement (panel conflict), the Q&T Lead job description"],
        ["22/01/25", "A", "1 hr", "12:15-13:30", "Training rm", "SWOT, Belbin report, goals made SMART"],
        ["23/01/25", "B", "1 hr", "1hr", "Training rm", "Competency wheel, goals made SMART"],
        ["05/02/25", "A", "1 hr", "CANCELLED", "-", "Fryer 2 down, all staff on packing. Rebooked 12/02"],
        ["06/02/25", "B", "1 hr", "1 h 20 m", "Canteen", "Supporting statement first draft, audit fears"],
        ["12/02/25", "A", "1 hr", "1.5 hrs", "Training rm", "Handover - CLEAR, handover sheet plan"],
        ["", "", "", "Total c/f 7 hrs 10", "", ""],
    ),
    P("Page 2"),
    T(
        ["Date", "Mentee", "Planned", "Actual", "Where", "What we covered"],
        ["", "", "", "b/f 7 hrs 10", "", ""],
        ["19/02/25", "A + B", "1 hr 30", "1 hr 30", "Training rm + line 3", "JOINT. Walk through of a BRCGS internal audit together, what an auditor looks for"],
        ["20/02/25", "B", "1 hr", "DNA", "-", "B on annual leave, forgot to tell me. Rebooked 06/03"],
        ["05/03/25", "A", "1 hr", "1hr 05", "Training rm", "OBSERVED by tutor (Doc 5). Performance conversation planning"],
        ["06/03/25", "B", "1 hr", "50 mins", "Training rm", "After her audit of the line 3 changeover - what went well"],
        ["19/03/25", "A", "1 hr", "90'", "Training rm", "How the performance conversation went, e-learning"],
        ["20/03/25", "B", "1 hr", "1hr15", "Training rm", "Interview result (successful!), training session plan"],
        ["02/04/25", "A", "1 hr", "45 mins", "Training rm", "Final review, goals, ending, what next"],
        ["03/04/25", "B", "1 hr", "booked", "Training rm", "Final review - after hand in date"],
        ["TOTAL", "", "", "15 hrs 05", "", ""],
    ),

    H(2, "Doc 5 - Observation of mentoring practice (tutor's form)"),
    T(
        ["Learner", "Sunita Bhogal"],
        ["Mentee", "Dionne Fairclough (Mentee A)"],
        ["Date and time", "05/03/2025, 12:15 - 13:20"],
        ["Observer", "Helen Dart, ILM tutor"],
        ["Strengths observed", "Clear contract for the session at the start. Good open questions, comfortable with silence. Mentee did most of the talking. Summarised well before moving to action."],
        ["Areas to develop", "Two leading questions when the mentee hesitated ('would it help if you...?'). Review stage rushed because time ran on."],
        ["Debrief", "Held straight after in the training room, 13:30 - 13:55"],
    ),

    H(1, "Section Three - reviewing my practice"),
    H(2, "3.1 Reflection after each session"),
    P("""I write a few lines after each session on the back of the session record - what went well,
      what I would change, what it means for me as a mentor. Summarised here in date order."""),
    P("""08/01 A - I talked too much in the first ten minutes, explaining the ILM and the agreement.
      Learning: the agreement matters but she didn't need the whole history of it."""),
    P("""09/01 B - the panel conflict came up straight away and I was glad I had thought about it
      beforehand. Learning: think through ethical issues before the first meeting, not in it."""),
    P("""22/01 A - Belbin worked better than I expected. She laughed at her own report. Learning:
      use something they already have instead of starting a new questionnaire."""),
    P("""23/01 B - the wheel gave her a picture of the gap. Learning: visual tools suit her."""),
    P("""06/02 B - she told me about the auditor in her first job. I learnt to stop filling the
      silence - I nearly jumped in with reassurance and didn't, and that is when it came out."""),
    P("""12/02 A - this is the CLEAR example in 2.2. I learnt that the contract at the start keeps
      both of us on track when the session is long."""),
    P("""19/02 joint - harder to keep both of them involved. B knew more and A went quiet. Learning:
      with two people I need to direct questions more evenly, and I will not do joint sessions
      with people at very different stages again without planning for that."""),
    P("""27/02 B - this one is not in the log. She rang me the evening before her interview, nervous,
      and we did 25 minutes on the phone using CLEAR to plan her opening answer. I have counted it
      as a session but it is not in the log or the total. Learning: say in the agreement whether
      phone contact is OK - we hadn't, and it was fine, but it should have been agreed."""),
    P("""05/03 A (observed) - I was more nervous than her. Dionne said afterwards she forgot Helen
      was in the room after five minutes. Learning from the debrief: I asked two leading questions
      when she hesitated, so I need to trust the silence more, and protect the last ten minutes for
      Review."""),
    P("""06/03 B - she led the audit on her own and found three non-conformances the last customer
      audit had missed. I just asked her what she noticed about herself. Learning: ask about the
      person, not only the task."""),
    P("""19/03 A - she had held the performance conversation herself. I wanted to tell her what I
      would have done differently and didn't. Learning: my opinion is not the point unless she
      asks for it."""),
    P("""20/03 B - she got the job. We planned her training session and talked about ending the
      mentoring since I will now be her line manager's peer. Learning: plan the ending early."""),
    P("""02/04 A - proper ending, she reviewed all three goals herself and all were met. Learning:
      endings need as much planning as beginnings."""),
    P("""Not in the log and not counted: Mentee A also shadowed me at the technical audit by our
      biggest supermarket customer on 13/03 (about 2 hours) to see how a customer audit
      is run. That was shadowing, not mentoring."""),

    H(2, "3.2 Feedback from each session (Doc 6)"),
    P("""At the end of every session each mentee filled in a feedback slip with a score from 1 to 5
      and two questions: 'What was most useful today?' and 'What should I do differently next
      time?'. For the phone call I asked the questions by text the next day. Mentee A's scores in date
      order were 3, 4, 4, 3, 5, 5 and 5; Mentee B's were 4, 4, 5, 3, 5, 5 and 5 - both gave 3 for
      the joint session. Looking at the slips together in March, three of the lowest scores came from
      sessions that started late because I had been held up on the floor, so I now leave the
      department ten minutes before every session. The comment that came up most from Mentee A was
      'more time on what I'll actually do', so I started protecting the Action stage. The General
      Manager also gave feedback as stakeholder: the early shift's complaints about
      handover stopped in March. And the tutor's observation feedback is in Doc 5."""),

    H(2, "3.3 My communication skills"),
    P("""Questioning: my questions got shorter as the weeks went on. At the start I asked long
      questions with two or three parts and they answered the last part only. Helen's observation
      picked up my leading questions, and I still slip into 'would it help if...' when I am in a
      hurry. Listening: I am good at listening for facts but I have had to learn to listen for
      feelings - the audit story from Mentee B was there in her words for weeks before I picked it
      up. Silence: I used to hate it, now I count to five. Feedback: I gave Mentee B feedback after
      her audit using what I saw, the effect, and a question ('you stopped the operator
      mid-clean and explained why - what did you notice about how he responded?'), rather than
      'well done', and she said it was the most useful feedback she had had in ten years here."""),

    H(2, "3.4 Supervision"),
    P("""Supervision 1, 29/01, with my tutor on Teams, 1 hr. We talked about the conflict of interest
      with Mentee B and whether stepping off the panel was enough. Outcome: tell HR in writing, and
      check the agreement covers what happens if she asks me for a reference. Supervision 2 was
      booked for 26/02 but Helen was off sick, so it was held on 12/03 at the college, 1 hr 20. We
      went through the observation feedback again and my log. Outcomes: stop rescuing when there is
      a silence; plan endings with both mentees; use the phone only if it is in the agreement. The
      debrief after the observation on 05/03 (25 minutes) was the most useful supervision of all,
      because it was about a real session she had just watched. The outcome for me was to step back
      from the answer even when I know it, which is the hardest thing for a manager. My own line
      manager also asks how the mentoring is going in my 1:1s, but that is not supervision and I
      have not included it."""),

    H(2, "Learner declaration"),
    P("""I confirm that this portfolio is my own work and that the mentoring took place as recorded.
      Signed: S Bhogal. Date: 14/04/2025"""),
]

CASE = Case(
    name="za_b_8587_304_snack_factory_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("Unit 304 portfolio - S Bhogal.pdf", BLOCKS)],
    labels={
        "1.1": "I give my radio to the duty supervisor",
        "1.2": "run her shift handover in 10 minutes or less",
        "1.3": "I would step off the panel, which I did",
        "2.1": "she scored herself 1-10 on each spoke",
        "2.2": "the C at the start of every session",
        "2.3": "Mentee B kept saying she was not an audit person",
        "2.4": "the total at the bottom of page 1 carries over",
        "3.1": "I learnt to stop filling the silence",
        "3.2": "three of the lowest scores came from sessions that started late",
        "3.3": "my questions got shorter as the weeks went on",
        "3.4": "step back from the answer even when I know it",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Dionne Fairclough", "Dionne", "R. Haworth"],
        # A: 70 + 75 + 90 + 65 + 90 + 45 = 435; B: 55 + 60 + 80 + 25 (27/02 phone, 3.1 only,
        # "I have counted it") + 50 + 75 = 345; joint 19/02 90 once.  435 + 345 + 90 = 870.
        # Log held = 845 (c/f 430 right); her TOTAL 15 hrs 05 adds the booked 03/04 row.
        # Not: 05/02 cancelled, 20/02 DNA, 03/04 booked, c/f/b/f/TOTAL, governance shadowing.
        "minutes": 870,
        "sessions": 13,
        "individuals": 2,
        # 29/01 1 hr 60 + 05/03 debrief 13:30-13:55 25 + 12/03 1 hr 20 80 = 165 (26/02 cancelled;
        # line manager 1:1s "not supervision").
        "supervision_minutes": 165,
    },
    about="Crisp and snack factory operations manager; 304 PDF with cover claiming 15 hrs 05, matrix, own headings with ACs placed variously, a Planned/Actual log over two tables with a right c/f and b/f and a TOTAL that adds a booked row, cancelled and DNA rows, a joint session, an observed session on the tutor's form with a debrief, a phone session only in the reflections, shadowing not counted, a supervision cancelled by the tutor; a mentee's full name and first name and a signature-table name planted.",
)
