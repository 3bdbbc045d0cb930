"""8587-302 extended coaching: a city hotel's front office manager, DOCX with clock-range logs per coachee.

Tomasz Nowicki is Front Office Manager of a 140-room city-centre hotel in a UK group. He coaches
two of his team's supervisors, whom he calls Coachee A (Reception Supervisor, days) and Coachee
B (Night Manager), from January to March. Word headings quote each criterion ("1.1 Produce a
plan..."). His log is two tables, one per coachee, with a Time column written as clock ranges
("14:30-15:45") and no minutes worked out: A's sessions are mid-afternoon, B's start at 07:15
after the night handover. B's 06/02 row says "Cancelled - B covering night audit, moved to
13/02"; B's 13/03 session stopped at 07:50 when the fire alarm went off (35 minutes, held).
A 30-minute contracting meeting with the General Manager is mentioned as not part of his
12 hours, and he says he spends about 15 minutes preparing before each session. The session
reflections and coachee scores are a separate table without times. Supervision is three
meetings in prose, lengths in words: "an hour and a quarter", "fifty minutes", "an hour". Signed
declaration at the end; no evidence matrix.

Planted (2): B's personal e-mail, written into the contracting section
("dbrennan.nights@outlook.com"); A's first name slipping into 3.3 ("Aisha").
Clean: his own name; roles (General Manager, Duty Manager, L&D Business Partner, night auditor);
tools (TGROW, wheel of work, Belbin, Opera PMS); "Coachee A"/"Coachee B".

Practice truth (the two log tables in 2.4):
  A: 08/01 14:30-15:30 = 60 (first session, contract and goals: counts); 22/01 14:30-15:45 = 75;
     05/02 15:00-16:00 = 60; 19/02 14:30-15:40 = 70; 05/03 14:30-15:30 = 60;
     19/03 14:00-15:15 = 75.  60+75 = 135, +60 = 195, +70 = 265, +60 = 325, +75 = 400.
  B: 09/01 07:15-08:15 = 60; 23/01 07:15-08:30 = 75; 06/02 cancelled -> excluded;
     13/02 07:15-08:25 = 70; 27/02 07:15-08:30 = 75; 13/03 07:15-07:50 = 35 (stopped by the
     fire alarm, held); 20/03 07:15-08:30 = 75; 27/03 07:15-08:15 = 60.
     60+75 = 135, +70 = 205, +75 = 280, +35 = 315, +75 = 390, +60 = 450.
  minutes 400 + 450 = 850; sessions 6 + 7 = 13; individuals 2 (A, B).
  Not: 06/01 30-minute meeting with the General Manager (he says not part of the 12 hours);
  ~15 minutes' preparation per session; planned "60-75 minutes" in 1.1; 06/02 cancelled row;
  A's shift patterns "07:00-15:30 or 10:00-18:30"; queue waits "under 4 minutes", "7 minutes to
  4.5"; "24 hours notice".
  Supervision: 30/01 "an hour and a quarter" = 75; 04/03 "fifty minutes" = 50;
  01/04 "an hour" = 60.  75 + 50 = 125, + 60 = 185.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG_A = T(
    ["No.", "Date", "Time", "Where", "Focus / TGROW stage"],
    ["1", "08/01/25", "14:30-15:30", "Meeting room 2", "Contract signed, wheel of work, topic agreed (T/G)"],
    ["2", "22/01/25", "14:30-15:45", "Meeting room 2", "Goal set: check-in wait at 3pm peak. Reality - queue data (G/R)"],
    ["3", "05/02/25", "15:00-16:00", "Meeting room 2", "Reality - what happens at 3pm, who is on (R)"],
    ["4", "19/02/25", "14:30-15:40", "Meeting room 2", "Options - pre-arrival emails, split desk (O)"],
    ["5", "05/03/25", "14:30-15:30", "Meeting room 2", "Trial results, Belbin discussion (O/W)"],
    ["6", "19/03/25", "14:00-15:15", "Meeting room 2", "Final review, wheel repeated, feedback (W)"],
)

LOG_B = T(
    ["No.", "Date", "Time", "Where", "Focus / TGROW stage"],
    ["1", "09/01/25", "07:15-08:15", "Back office", "Contract signed, wheel of work (T/G)"],
    ["2", "23/01/25", "07:15-08:30", "Back office", "Goal set: escalations to on-call manager (G/R)"],
    ["-", "06/02/25", "Cancelled", "-", "Cancelled - B covering night audit, moved to 13/02"],
    ["3", "13/02/25", "07:15-08:25", "Back office", "Reality - escalation log review (R)"],
    ["4", "27/02/25", "07:15-08:30", "Staff canteen", "Options - decision rules for nights (O)"],
    ["5", "13/03/25", "07:15-07:50", "Back office", "Options continued - stopped, fire alarm activation"],
    ["6", "20/03/25", "07:15-08:30", "Back office", "Way forward - trial of decision rules (W)"],
    ["7", "27/03/25", "07:15-08:15", "Back office", "Final review, wheel repeated, feedback (W)"],
)

REFLECT = T(
    ["Session", "What I learnt / CPD point", "Coachee's score and comment"],
    ["A1 08/01", "Too much time on the contract; send it ahead next time", "4/5 'clear what it's for'"],
    ["B1 09/01", "Same - and he was tired, keep the first one short", "3/5 'bit long after a night'"],
    ["A2 22/01", "Her data was better than mine. Ask before I bring numbers", "5/5"],
    ["B2 23/01", "I filled his silences. Count to five", "4/5 'liked the wheel'"],
    ["A3 05/02", "Reality stage ran long but she needed it", "4/5 'good to say it out loud'"],
    ["B3 13/02", "Reading the escalation log together worked better than talking about it", "4/5"],
    ["A4 19/02", "Let her generate options first; mine were worse", "5/5 'my ideas for once'"],
    ["B4 27/02", "Canteen too noisy, back to the office", "3/5 'too public'"],
    ["A5 05/03", "Belbin helped explain the friction on the desk", "4/5"],
    ["B5 13/03", "Fire alarm - I should have rebooked the rest the same week", "not scored (alarm)"],
    ["A6 19/03", "Ending well: let her say what she'd do next, not me", "5/5 'want to keep going monthly'"],
    ["B6 20/03", "He wrote his own decision rules - much better than mine would have been", "5/5"],
    ["B7 27/03", "Wheel went from 2 to 6 on confidence; he did the summary", "5/5 'glad I did it'"],
)

BLOCKS = [
    H(0, "ILM Level 3 Unit 302 - Undertaking an Extended Period of Coaching within an Organisational Context"),
    P("""Tomasz Nowicki - Front Office Manager. Coaching period 8 January to 27 March 2025. The two
      people I coached both report to me, so I have called them Coachee A and Coachee B and kept
      their names off everything, including the signed contracts in the appendix."""),

    H(1, "Section 1 - Plan and organise the coaching"),
    H(2, "1.1 Produce a plan for effective coaching to take place for 12 hours"),
    P("""I planned six sessions with each coachee, fortnightly, of 60-75 minutes, which gives
      between 12 and 15 hours overall, so I had some margin if a session had to go. Coachee A
      works 07:00-15:30 or 10:00-18:30, so her sessions are in the quiet hour after check-in
      opens, with the Duty Manager covering the desk. The Night Manager sessions start at 07:15
      after handover, before he goes home, because asking him to come back in on a day off would
      not be fair. Venue: meeting room 2 for A, which is booked through the system so nobody
      walks in, and the back office for B because at that time of the morning it is empty. I
      allowed about 15 minutes before each one to read my notes from last time. Resources: the
      wheel of work (a version of the wheel of life with eight work areas), Belbin team roles
      from our last away day, the TGROW question sheet and a session record sheet."""),
    H(2, "1.2 Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being coached"),
    P("""I asked each of them at the first session what they would want to be different at work
      in three months. We used the wheel of work to narrow it down, then they picked a topic and
      we turned it into a goal at the second session:"""),
    B("""Coachee A (Reception Supervisor): reduce the average check-in wait at the 3pm peak to
      under 4 minutes by the end of March, measured from the queue tickets in the PMS, without
      adding staff."""),
    B("""Coachee B (Night Manager): make more decisions on nights without phoning the on-call
      manager - from about 9 calls a month to 3 or fewer by end of March, using the escalation log."""),
    P("""Both goals tie in with the hotel's plan for this year (guest scores for arrival, and
      reducing management call-outs), which I checked with the General Manager before agreeing
      them, but the goals were chosen and worded by them."""),
    H(2, "1.3 Agree an appropriate and confidential contract with individual(s) and other stakeholders"),
    P("""Each contract was signed at the first session (Appendix 1). It covers: six sessions
      fortnightly, 60-75 minutes, times and place; 24 hours notice to cancel except for
      operational emergencies; that coaching is separate from their appraisal and I will not
      use anything from it in their reviews; that I keep brief notes locked in my office and
      shred them three months after we finish; and confidentiality, with the limit that I would
      have to act on anything about safety, safeguarding or a breach of law, and would tell
      them first. Because I am their line manager too, we agreed that either of them could say
      'manager hat' if they needed me to take something out of coaching and deal with it as
      their boss."""),
    P("""Stakeholders: the General Manager signed as sponsor on page 2, agreeing to release the
      time and to hear only the goals and a final summary. I had a 30 minute meeting with her on
      6 January to agree that, which is not part of my 12 hours as no coaching happened. B asked
      for his session summaries to go to his personal email (dbrennan.nights@outlook.com) rather
      than his work one, as he never checks that on days off, so I have done that."""),

    H(1, "Section 2 - Undertake and record the coaching"),
    H(2, "2.1 Use diagnostic or assessment tools to effectively coach within an organisational context"),
    P("""The wheel of work at each first session and again at the end. B scored himself 2 out of
      10 for confidence in decisions, and that is where his goal came from; at the end he put it
      at 6. A scored high on confidence but low on 'team working the way I want', which led
      to looking at Belbin: she is a strong Completer Finisher and her afternoon receptionists
      are mostly Plants, which explained a lot of the friction at 3pm. For B we also used the
      escalation log as a diagnostic: we sorted a month's calls into 'had to call', 'could have
      decided' and 'wanted reassurance', and most were in the last two."""),
    H(2, "2.2 Use a recognised model of coaching during the coaching process which supports the individual(s) to achieve their goals"),
    P("""I used TGROW because the Topic stage gave them time to explore before being pinned to a
      goal, which mattered for B who at first said his topic was 'nights in general'. The log
      shows the stage each session mostly sat in. Options was where it worked best: A came up
      with sending pre-arrival emails asking for arrival times and splitting the desk into
      check-in and queries at 3pm, and trialled both. B wrote his own set of decision rules for
      nights. Way forward was always written by them on the record sheet before we finished."""),
    H(2, "2.3 Demonstrate the knowledge, skills and behaviours of an effective and ethical coach, including communication techniques of questioning and listening"),
    P("""Knowledge: TGROW, the tools above, and the limits of coaching when I am also the manager.
      Skills: open questions ('What would you need to know to decide that yourself?'), scaling
      questions, summarising, and listening for the words they repeat - B said 'I don't want to
      be the one' four times in session 2. Behaviours: turning up on time at 07:15 even on my days
      off, not bringing my own solutions, and keeping confidences. An ethical example: in session
      3 B was critical of one of the Duty Managers. Later that week the Duty Manager asked me
      what B thought of him. I declined to pass on what B said, and told B I had been asked so
      he was not surprised by anything."""),
    H(2, "2.4 Record an auditable coaching process from initial contact to completion"),
    P("""Initial contact was a note in each of their pigeonholes on 2 January asking if they would
      like to be coached as part of my ILM, with the contract attached to read first. Both said
      yes in person. These are my logs from the first session to the final review. Full session
      records are in Appendix 2."""),
    P("Coachee A - Reception Supervisor"),
    LOG_A,
    P("Coachee B - Night Manager"),
    LOG_B,
    P("""Completion: both final sessions repeated the wheel of work and closed with a written
      summary, which went to the General Manager as agreed (goals and outcome only). A's average
      wait at 3pm went from 7 minutes to 4.5; B's calls went from 9 in January to 4 in March."""),

    H(1, "Section 3 - Review my own coaching practice"),
    H(2, "3.1 Reflect on each session and identify key learning to support continuous professional development"),
    P("""After each session I wrote one learning point and then asked the coachee to score the
      session. The table below has both (3.1 and 3.2)."""),
    REFLECT,
    P("""Looking across the whole table, the pattern I did not expect is that I talk more when the
      coachee is tired, which with B was every session. For my CPD I have put 'silence' on my
      development plan and asked the L&D Business Partner for the listening module from the
      group's management programme."""),
    H(2, "3.2 Gather ongoing feedback on effectiveness of their coaching for each session and show evidence of this"),
    P("""At the end of each session I asked them to score it out of 5 on a sticky note and add a
      word or two, and I copied the scores into the table above. Session B5 was not scored as the
      alarm went. The General Manager also gave me feedback at the end that B was calling her
      less on nights, which is stakeholder feedback on the coaching as a whole."""),
    H(2, "3.3 Review and evidence own ability to use effective communication skills, including questioning, listening and giving feedback in order to facilitate coaching practice"),
    P("""Questioning: I started with too many closed questions ('Did that work?') and by session 4
      I was asking 'What worked?'. Listening: I listened well for content but less for feeling,
      and my summaries were too long and too neat, so they sounded like my version rather than
      theirs. When I said to Aisha 'so what you're saying is...' in session 3 she said 'not
      really', which was useful. Giving feedback: I used the situation-behaviour-impact model
      when asked, but mostly I tried to ask them to give themselves feedback first."""),
    H(2, "3.4 Summarise the outcomes of on-going supervision for a minimum of two sessions of effective coaching to improve practice"),
    P("""My first supervision was on 30 January, an hour and a quarter with the group L&D Business
      Partner at our sister hotel. The main outcome was about B: I said I was worried he was
      exhausted, and she challenged me to stop treating B's tiredness as my problem to fix and
      to ask him what time would work, which led to us keeping 07:15 but agreeing he could stop
      at any point."""),
    P("""The second was on 4 March, fifty minutes on Teams with my ILM tutor, going through my
      logs. She pointed out that I had done no Reality work with A after the trial, so session 5
      went back to it. The third, on 1 April, was an hour with the L&D Business Partner again to
      review the whole programme and plan what I do next: I will keep supervision every six
      weeks while I coach two more supervisors from May."""),

    H(1, "Declaration"),
    P("""I declare that this is my own work and that the coaching sessions took place as recorded.
      Signed: T. Nowicki. Date: 3 April 2025."""),
]

CASE = Case(
    name="y_8587_302_hotel_front_office_docx",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("Unit302_TNowicki_FrontOffice.docx", BLOCKS)],
    labels={
        "1.1": "The Night Manager sessions start at 07:15 after handover",
        "1.2": "average check-in wait at the 3pm peak",
        "1.3": "the General Manager signed as sponsor",
        "2.1": "B scored himself 2 out of 10 for confidence in decisions",
        "2.2": "I used TGROW because the Topic stage",
        "2.3": "I declined to pass on what B said",
        "2.4": "a note in each of their pigeonholes",
        "3.1": "I talk more when the coachee is tired",
        "3.2": "score it out of 5 on a sticky note",
        "3.3": "my summaries were too long and too neat",
        "3.4": "stop treating B's tiredness as my problem to fix",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["dbrennan.nights@outlook.com", "Aisha"],
        # A: 60 + 75 + 60 + 70 + 60 + 75 = 400 (08/01 contract session counts).
        # B: 60 + 75 + 70 + 75 + 35 + 75 + 60 = 450 (06/02 cancelled; 13/03 07:15-07:50 held, 35).
        # 400 + 450 = 850.  Not: 06/01 30 min GM meeting (he says not coaching); ~15 min prep per
        # session; planned "60-75 minutes" in 1.1 and 1.3; shift times "07:00-15:30 or
        # 10:00-18:30"; check-in waits "under 4 minutes", "7 minutes to 4.5"; "24 hours notice".
        "minutes": 850,
        "sessions": 13,
        "individuals": 2,
        # 30/01 an hour and a quarter 75 + 04/03 fifty minutes 50 + 01/04 an hour 60 = 185.
        "supervision_minutes": 185,
    },
    about="City hotel front office manager; 302 DOCX with two per-coachee logs of clock ranges (nights at 07:15), a cancelled row, a session stopped by a fire alarm, uncounted GM meeting and prep time, supervision lengths in words; personal e-mail and a first name planted.",
)
