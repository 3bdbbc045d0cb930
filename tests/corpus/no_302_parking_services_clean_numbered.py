"""8587-302 Undertaking an Extended Period of Coaching: a council parking services manager's portfolio, unstyled DOCX, clean.

Joanne Pickering (ILM reg. 72240915), Enforcement Team Manager in a city council's parking
services, coaches two Senior Civil Enforcement Officers who have just been made up to
supervise patrol teams. Word file typed with no heading styles: every "heading" is a
normal paragraph starting with the AC number she typed. She calls them "Coachee A" and
"Coachee B" throughout and never names them. A coaching log with per-coachee sub-totals
and a grand total, a supervision record naming the supervisor where the form asks, a
feedback table, and an evidence checklist at the end mapping each AC to its section.

Clean but tricky: her own name, number and sign-off; the supervisor in the supervision form
("Supervisor: Dr Anita Kowalczyk"); car parks and streets named after people (the Wedgwood
multi-storey, Gladstone Street, Peel Street, Cromwell Road); the Duke of Wellington (a pub);
brands and software that read as names or words (RingGo, PayByPhone, Civica, Insights
Discovery, Teams); the Thomas-Kilmann instrument; theorists (Whitmore, Kline, Hawkins,
Scott); Stoke City and Port Vale; job titles with capitals (Civil Enforcement Officer,
Parking Services Manager, Head of Highways); weekdays and months at row starts.

Practice truth: Coachee A 30 + 90 + 90 + 60 + 90 + 75 + 60 = 495; Coachee B 30 + 90 + 90 +
90 + 60 + 90 = 450 (8 Oct did not attend); 945 minutes in 13 sessions with two coachees.
Supervision 60 + 75 + the tutor's 20-minute debrief after the observed session = 155.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    P("Northbridge City Council – Parking Services"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-302 Undertaking an Extended Period of Coaching within an Organisational Context"),
    P("Joanne Pickering, Enforcement Team Manager. ILM registration number 72240915"),

    H(1, "1.1 Plan for 12 hours of coaching"),
    P("""In August two of our Senior Civil Enforcement Officers were promoted to supervise patrol
      teams of six. The Parking Services Manager asked me to coach both of them through their
      first four months. I planned a short chemistry meeting with each in early September,
      then six sessions each of 60 to 90 minutes, fortnightly, on Monday or Tuesday mornings
      before the 10am patrol briefing, to give a little over 12 hours in total with room for
      one cancellation. Sessions were booked in the small meeting room on the third floor of
      the civic offices, away from the enforcement base at the Wedgwood multi-storey where
      both of them work. I set up a coaching log in Excel, a contract, a session record,
      a one-line feedback card and booked two supervision sessions (October and November)
      with an external coach supervisor. My tutor agreed to observe one session."""),

    H(1, "1.2 Topics and goals agreed"),
    P("""Goals were agreed by each coachee at their first full session, using a wheel of the
      supervisor role they scored themselves, then shared in outline with the Parking
      Services Manager so that they fitted the service plan."""),
    B("""Coachee A – to run the daily patrol briefing herself, covering hotspots and safety,
      without handing over to me, by the end of October."""),
    B("""Coachee A – to hold a first return-to-work conversation with an officer on her team,
      using the council's absence procedure, and feel she handled it well (self-score 7/10+)."""),
    B("""Coachee B – to deal with abusive-motorist incident reports from his team within two
      working days, including a debrief with the officer."""),
    B("""Coachee B – to stop doing his old patrol beat "to help out" and spend at least two
      hours a day supervising, checked on his weekly timesheet."""),

    H(1, "1.3 Contract"),
    P("""Each coachee signed a one-page contract at the chemistry meeting and again at session
      one once goals were set. It covers: the number, length and place of sessions;
      cancelling with 24 hours' notice unless operational; confidentiality, with the limits
      being a safeguarding concern, a risk to someone's safety, or anything criminal; that my
      notes are stored in a locked cabinet and a restricted folder, not on the shared
      drive; that nothing from coaching is used in their probation review; and how we end.
      The Parking Services Manager signed the stakeholder section, agreeing she would get
      a short progress note at the midpoint and end (which the coachee reads first) and
      would not ask about session content. Because I am their line manager's peer and not
      their manager, there is no conflict with appraisal, but I wrote that in anyway."""),

    H(1, "2.1 Diagnostic and assessment tools"),
    P("""I used the Thomas-Kilmann Conflict Mode Instrument with both coachees, because so much
      of a supervisor's day is conflict – with motorists, and now with their own officers.
      Coachee B scored very high on accommodating and low on competing, which explained his
      habit of doing the difficult patrols himself instead of asking his team. That result
      became the start of his second goal. Coachee A already had an Insights Discovery
      profile from a council course; her high "cool blue" helped us see why she prepared the
      briefing in detail but froze when officers asked questions off-script. We also used
      the role wheel at session one and session six to measure change."""),

    H(1, "2.2 Coaching model used"),
    P("""I used GROW (Whitmore, 2017) for most sessions and CLEAR (Hawkins) for the session when
      Coachee B came in angry after an officer had been assaulted on Gladstone Street, because
      contracting and listening first was more important than jumping to goals. With GROW the
      Options stage did the most work: Coachee A listed seven ways to get the officers to
      engage at briefing and chose to start with a two-minute "what did you see yesterday"
      round, which she still uses."""),

    H(1, "2.3 Knowledge, skills and behaviours, including questioning and listening"),
    P("""I tried to give what Kline (1999) calls the quality of attention that lets people think.
      In practice that meant not interrupting, asking "what else?" more than once, and
      keeping my own ideas for the end, if at all. Good questions were short: "What do you
      want from this?" "What would your best supervisor have done?" "What's stopping you?"
      Ethically, I kept to the contract. When Coachee B started to tell me about an
      officer's personal problems I reminded him that was the officer's information, not
      his to share, and we talked about the support the council could offer instead. I also
      declined to discuss Coachee A's sessions when a colleague in the Duke of Wellington
      after work asked how "the new sup" was getting on."""),

    H(1, "2.4 Auditable record"),
    P("""The log below is the record of the whole process from the first contact to the close.
      Each line has a session record behind it (date, start and finish, themes, actions,
      coachee's feedback) signed by both of us. The sub-totals and total are my own sums."""),
    T(
        ["Date", "Coachee", "Session", "Mins", "Notes"],
        ["Mon 9 Sep", "A", "Chemistry / contracting", "30", "Agreed to go ahead, contract signed"],
        ["Mon 23 Sep", "A", "1", "90", "Role wheel, goals set"],
        ["Mon 7 Oct", "A", "2", "90", "Briefing – planning the first one she leads"],
        ["Mon 21 Oct", "A", "3", "60", "Review of first briefings"],
        ["Mon 4 Nov", "A", "4", "90", "Return-to-work conversation practice"],
        ["Mon 18 Nov", "A", "5", "75", "Midpoint review done at start"],
        ["Mon 2 Dec", "A", "6", "60", "Final review, role wheel re-scored, ending"],
        ["", "Sub-total A", "", "495", "8 hrs 15"],
        ["Tue 10 Sep", "B", "Chemistry / contracting", "30", "Contract signed"],
        ["Tue 24 Sep", "B", "1", "90", "Goals, Thomas-Kilmann results"],
        ["Tue 8 Oct", "B", "2", "–", "Did not attend – off sick. Rebooked"],
        ["Tue 15 Oct", "B", "2", "90", "Assault incident – CLEAR"],
        ["Tue 29 Oct", "B", "3", "90", "Observed by my tutor"],
        ["Tue 12 Nov", "B", "4", "60", "Delegating patrols"],
        ["Tue 26 Nov", "B", "5", "90", "Final review and ending"],
        ["", "Sub-total B", "", "450", "7 hrs 30"],
        ["", "TOTAL", "", "945", "15 hrs 45"],
    ),
    P("""Coachee B had five full sessions plus chemistry because he was off sick in October and
      we could not fit in a sixth before Christmas; he was still well over six hours."""),

    H(1, "3.1 Reflection on each session and key learning"),
    T(
        ["Session", "What I noticed about my coaching", "Key learning for CPD"],
        ["A chemistry / B chemistry", "Talked too much about the scheme", "Send the information beforehand so the meeting is about them"],
        ["A1 / B1", "Wheel worked well; B needed longer to trust the tool", "Explain why we use a tool, not just how"],
        ["A2 / B2", "With B I wanted to fix the assault problem for him", "When the coachee is upset, contract and listen first"],
        ["A3 / B3", "Observed session – I rushed Options", "Allow silence after a big question"],
        ["A4 / B4", "Role play for A went well; B delegated two patrols", "Practice in the session builds confidence"],
        ["A5 / B5", "Endings felt abrupt for B", "Plan the ending from the midpoint"],
        ["A6", "A re-scored the wheel up by 14 points", "Measure at the start so you can show change"],
    ),

    H(1, "3.2 Feedback on each session"),
    P("""At the end of every session I asked the same two questions – what was most useful
      today, and what should I do more or less of – and wrote the answers on the feedback
      card, which the coachee then initialled. Summary of their answers:"""),
    T(
        ["Session", "Coachee A said", "Coachee B said"],
        ["1", "Useful to see it all on one page", "Not sure about the wheel yet"],
        ["2", "Less talking from you at the start", "Glad you let me get it off my chest"],
        ["3", "The 'what else' question was annoying but it worked", "Felt a bit rushed at the end"],
        ["4", "Role play was the most useful thing so far", "Stop me going back to my old beat"],
        ["5", "Good to check progress halfway", "Could we have had one more session?"],
        ["6", "I'd do it again", "–"],
    ),

    H(1, "3.3 Review of my communication skills"),
    P("""Looking at the feedback, my tutor's observation and my own reflections, my listening
      improved over the four months but my questioning is still uneven. In early sessions I
      asked two or three questions at once; by November I was asking one and waiting. The
      feedback card showed the biggest shift: Coachee A went from "less talking from you"
      to "I'd do it again". My feedback to coachees has been too soft – I praised effort but
      avoided saying when a plan was weak. Kim Scott (2017) calls this ruinous empathy, and I
      recognise it from my day job too. My written summaries after each session were clear,
      and both coachees said they used them."""),

    H(1, "3.4 Outcomes of supervision"),
    T(
        ["Supervision record", "Date", "Length", "Supervisor"],
        ["1", "Mon 14 October", "60 mins", "Dr Anita Kowalczyk, external coach supervisor"],
        ["2", "Mon 25 November", "75 mins", "Dr Anita Kowalczyk"],
    ),
    P("""Supervision 1: I took the assault session to supervision because I had felt out of my
      depth. The outcome was a clear line for the future: I now check at the start of a
      session whether the coachee is in a state to be coached today, and if not we use the
      time differently and I signpost the Employee Assistance Programme. Supervision 2: we
      looked at why I avoid challenge. Using Hawkins's seven-eyed model we noticed that I
      was treating Coachee B the way I would like to be treated, not the way he needed. I
      agreed to name the pattern with him in the final session, which I did, and he said it
      was the most useful thing I had said. My tutor also gave me a 20-minute debrief after
      observing session B3 on 29 October; the main point was to let silences run."""),

    P("""Other bits: both coachees are Stoke City fans and I am Port Vale, which made the
      chemistry meetings easier than expected. The RingGo and PayByPhone contracts are up for
      renewal next year and Civica's system upgrade is due, so the new supervisors will need
      more coaching around change. The Head of Highways has asked whether the scheme can be
      extended to the Peel Street and Cromwell Road teams."""),

    T(
        ["AC", "Evidence in this portfolio"],
        ["1.1", "Plan for 12 hours of coaching"],
        ["1.2", "Topics and goals"],
        ["1.3", "Contract and stakeholder section"],
        ["2.1", "Diagnostic tools"],
        ["2.2", "Model used"],
        ["2.3", "Skills and ethics"],
        ["2.4", "Coaching log"],
        ["3.1", "Reflection table"],
        ["3.2", "Feedback table"],
        ["3.3", "Review of communication"],
        ["3.4", "Supervision record"],
    ),

    P("Learner declaration: I confirm that this portfolio is my own work. Joanne Pickering, 16 December."),
]

CASE = Case(
    name="no_302_parking_services_clean_numbered",
    unit="8587-302",
    kind="numbered-unstyled",
    files=[SourceFile("302 portfolio JPickering FINAL.docx", BLOCKS)],
    labels={
        "1.1": "to give a little over 12 hours in total",
        "1.2": "stop doing his old patrol beat",
        "1.3": "agreeing she would get a short progress note",
        "2.1": "scored very high on accommodating and low on competing",
        "2.2": "listed seven ways to get the officers to engage",
        "2.3": "that was the officer's information, not his to share",
        "2.4": "signed by both of us",
        "3.1": "Explain why we use a tool, not just how",
        "3.2": "what should I do more or less of",
        "3.3": "I praised effort but avoided saying when a plan was weak",
        "3.4": "whether the coachee is in a state to be coached today",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,  # the closing AC / evidence table maps every AC to its section
        "identifying": [],
        # Coachee A: 30 (chemistry, counted) + 90 + 90 + 60 + 90 + 75 + 60
        #   = 30 + 90 = 120; + 90 = 210; + 60 = 270; + 90 = 360; + 75 = 435; + 60 = 495 (7 sessions)
        # Coachee B: 30 (chemistry) + 90 + 90 + 90 (observed, counts) + 60 + 90
        #   = 30 + 90 = 120; + 90 = 210; + 90 = 300; + 60 = 360; + 90 = 450 (6 sessions; 8 Oct DNA)
        # 495 + 450 = 945; sub-total and TOTAL rows skipped (right: 495, 450, 945).
        "minutes": 945,
        "sessions": 13,
        "individuals": 2,
        # Supervision 14 Oct 60 + 25 Nov 75 = 135; + tutor's debrief after B3 20 = 155
        "supervision_minutes": 155,
    },
    about="Council parking enforcement manager's clean 302 unstyled DOCX: Coachee A/B only, supervisor in supervision form, Wedgwood multi-storey, Gladstone/Peel Street, Duke of Wellington pub, RingGo/PayByPhone/Civica, Thomas-Kilmann, Stoke City/Port Vale; 945 min in 13 sessions (two chemistry, one DNA, sub-totals), 155 min supervision incl. tutor debrief; AC evidence table.",
)
