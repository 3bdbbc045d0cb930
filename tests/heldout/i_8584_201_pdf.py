"""8584-201 Developing Mentoring Skills: a railway signalling technician's portfolio, one PDF from Word.

Rhys Pritchard is a senior signalling maintenance technician at a rail infrastructure
depot in Shrewsbury. He mentors one newly qualified technician, "Mentee T", through his
first solo fault calls. He wrote the portfolio in Word and saved it as one PDF: a short
plan and goals, a log table with "h:mm" durations and a subtotal row after each week, then
one ILM-style Mentoring Record per session held (in Word each started on a new page; the
corpus writer flows them, so each record is a run of blocks under its own heading), each
ending in a signature block "Mentee signature: ____ Name: ____". He filled the Name with
the pseudonym in four records and with the mentee's real full name in the third, then his
tutorial record and a reflective account.

Practice, as an assessor counts it (the log, checked against the records):
    Tue 04/03  Mentee T  session 1  0:45                            45
    Thu 06/03  Mentee T  session 2  1:00                            60
    "Week 1 subtotal 1:45"                                          subtotal, not a session
    Mon 10/03  Mentee T  shadowed Rhys on a failure "(not counted)" not counted, mentee observing
    Wed 12/03  Mentee T  session 3  1:15                            75
    "Week 2 subtotal 1:15"                                          subtotal
    Tue 18/03  tutorial with ILM tutor 1:00                         supervision 60
    Thu 20/03  Mentee T  session 4  0:50                            50
    "Week 3 subtotal 0:50"                                          subtotal
    Tue 25/03  Mentee T  session 5  1:10                            70
    Thu 27/03  Mentee T  "cancelled (1:00 planned)"                 cancelled
    "Week 4 subtotal 1:10", "TOTAL mentoring 5:00"                  subtotal, total
    The five Mentoring Records repeat sessions 1-5 ("Duration: 0:45" ...): not five more.
    => minutes 45+60+75+50+70 = 300, sessions 5, individuals 1, supervision 60.

Anonymisation: the real full name "Callum Rigby" in the session 3 signature block is the
one planted detail. Not identifying: Rhys's own name as mentor, his tutor Anwen Price
named on the tutorial form, the depot's section manager by role only, Egan, Kolb, GROW,
Network Rail, IRSE, Gobowen, Shrewsbury, Welshpool, weekday abbreviations.
"""

from corpus.case import B, Case, H, P, SourceFile, T


def signature(name: str, date: str) -> list:
    """The signature block at the foot of every Mentoring Record."""
    return [
        P(f"Mentee signature: ____________________   Name: {name}   Date: {date}"),
        P(f"Mentor signature: R. Pritchard   Name: Rhys Pritchard   Date: {date}"),
    ]


BLOCKS = [
    H(0, "Unit 8584-201 Developing Mentoring Skills"),
    P("ILM Level 2 Award in Effective Mentoring Skills – Portfolio of evidence"),
    T(
        ["Learner", "Rhys Pritchard"],
        ["ILM membership no.", "25W-330917"],
        ["Centre", "Border Counties Training, Welshpool"],
        ["Workplace", "Signalling maintenance section, Shrewsbury depot"],
        ["Submitted", "4 April 2025"],
    ),
    P("""Note on confidentiality: the technician I mentored is called Mentee T in this
      portfolio. He agreed to his records being used for my qualification as long as his
      name was kept out of it."""),

    H(1, "1.1 My plan for mentoring"),
    P("""Mentee T finished his apprenticeship in January and passed his competence
      assessment for maintaining points and track circuits. Up to now he has always worked
      with a more senior tech beside him. My section manager asked me to mentor him for his
      first month on the on-call rota, because the first time you attend a failure on your
      own, with a signaller on the phone asking how long you'll be and trains stacking up
      behind, is when a lot of new techs lose their nerve."""),
    P("""Who: me and Mentee T, one to one. What: his first month of solo fault calls, using
      the GROW model to structure each session. When: twice a week at the start of his day
      shift, 07:30 or 08:00, before the gangs go out, so the sessions don't get eaten by
      fault calls later in the day. Where: the small training room upstairs at the depot,
      not the mess room, because the mess room is never quiet and everybody knows
      everybody's business. How long: about an hour each, shorter for the first one.
      Frequency: Tue and Thu for four weeks, which gives me more than the 3 hours with room
      for one or two to be lost to failures. I put each session in the section diary as
      "training – do not allocate" so the controller would not send either of us out."""),
    P("""Before the first session I read through his apprenticeship logbook (with his OK) to
      see which failure types he had only seen once or twice. That told me his gaps were
      points detection and anything involving the interlocking, not track circuits."""),

    H(1, "1.2 Goals we agreed"),
    P("""We agreed these in session 1 and I typed them up and gave him a copy. I asked him
      how he would know he had got there for each one, so they are things we can check."""),
    B("""Attend at least two points failures as the lead technician by 31 March, talking the
      signaller through the fault and the expected fix time without ringing me first."""),
    B("""Write up every failure he attends in the fault management system the same shift,
      with the cause found and the test results, so the section manager does not have to
      send any back."""),
    B("""Give the pre-work safety briefing to the gang at least twice in the month, covering
      the safe system of work and the lookout arrangements."""),
    P("""Goal for session 2 onwards was agreed at the end of the session before; these are in
      each Mentoring Record."""),

    H(1, "2.1 Log of mentoring"),
    P("""All durations are hours:minutes. I have put a subtotal at the end of each week so I
      could keep track of the 3 hours."""),
    T(
        ["Wk", "Day / date", "Who", "Activity", "Duration (h:mm)"],
        ["1", "Tue 04/03/25", "Mentee T", "Session 1 – getting started, ground rules, goals", "0:45"],
        ["1", "Thu 06/03/25", "Mentee T", "Session 2 – points failures, what goes through your head on the way", "1:00"],
        ["", "", "", "Week 1 subtotal", "1:45"],
        ["2", "Mon 10/03/25", "Mentee T", "He came with me to a track circuit failure at Gobowen and watched (not counted – he was observing me, not a mentoring session)", "2:30"],
        ["2", "Wed 12/03/25", "Mentee T", "Session 3 – his first solo call-out, the Sun night points failure", "1:15"],
        ["", "", "", "Week 2 subtotal", "1:15"],
        ["3", "Tue 18/03/25", "My ILM tutor", "Tutorial / supervision on Teams (see my record further on)", "1:00"],
        ["3", "Thu 20/03/25", "Mentee T", "Session 4 – safety briefing rehearsal", "0:50"],
        ["", "", "", "Week 3 subtotal (mentoring only)", "0:50"],
        ["4", "Tue 25/03/25", "Mentee T", "Session 5 – review of goals and ending", "1:10"],
        ["4", "Thu 27/03/25", "Mentee T", "Session 6 – cancelled, night possession overran (1:00 planned)", "–"],
        ["", "", "", "Week 4 subtotal", "1:10"],
        ["", "", "", "TOTAL mentoring", "5:00"],
    ),
    P("""The log and the records below evidence that I mentored Mentee T for five hours over
      five sessions in four weeks. Each session has its own record with what we covered,
      the questions I used, the feedback and the actions."""),

    H(1, "Mentoring Record – Session 1"),
    T(
        ["Date", "Tue 04/03/2025", "Time", "08:00–08:45"],
        ["Duration", "0:45", "Location", "Training room, Shrewsbury depot"],
    ),
    P("""Purpose: first meeting. We talked about what mentoring is (I'm not his supervisor
      and I won't be reporting back to the section manager), confidentiality and its limits
      (anything safety-critical I would have to act on), and that he can cancel if he's on
      a failure. We agreed the three goals above."""),
    P("""What happened: he said the thing he dreads is the phone call with the signaller
      when he doesn't yet know what's wrong. I asked him what he would say if he had to
      ring now. He said "I don't know yet" and we laughed, but then worked out that "on
      site, investigating, I'll update you in 15 minutes" is honest and gives the signaller
      something to plan with."""),
    P("""Feedback I gave: he already knows his kit; it's the talking that worries him, and
      that is easier to practise than the technical side."""),
    P("Actions: Mentee T to write his own version of the first call to the signaller. Next: Thu 06/03, 07:30."),
    *signature("Mentee T", "04/03/2025"),

    H(1, "Mentoring Record – Session 2"),
    T(
        ["Date", "Thu 06/03/2025", "Time", "07:30–08:30"],
        ["Duration", "1:00", "Location", "Training room, Shrewsbury depot"],
    ),
    P("""Goal for this session: to have a plan in his head for a points failure before he
      arrives on site."""),
    P("""What happened: I asked him to talk me through the last points failure he attended
      with a senior tech, step by step, as if I knew nothing. I mostly kept quiet and let
      him talk. When he got to the part where the detection wouldn't come back he went
      quiet, so I asked "what did you notice just before that?" and he remembered the
      back drive had been adjusted the week before. He worked out for himself that he
      should check the maintenance history on the way to site, which is exactly what a
      good tech does."""),
    P("""Feedback I gave: his walk-through was in a sensible order and he didn't skip the
      safety steps, even when he was rushing to get to the interesting bit."""),
    P("Actions: check maintenance history before every call-out. Next: Wed 12/03 (moved from Tue because of a failure)."),
    *signature("Mentee T", "06/03/2025"),

    H(1, "Mentoring Record – Session 3"),
    T(
        ["Date", "Wed 12/03/2025", "Time", "08:00–09:15"],
        ["Duration", "1:15", "Location", "Training room, Shrewsbury depot"],
    ),
    P("""Goal for this session: to review his first solo call-out, a points failure on
      Sunday night, while it was fresh."""),
    P("""What happened: he had fixed it (a loose detection rod) but had rung me from site
      before ringing the signaller, which was against what he had set himself. I didn't
      pick that up straight away. I asked him to rate the job out of ten and he said four,
      then listed everything that went wrong. I asked what a seven would have looked like
      and he said "the same fix but I'd have rung control first". That was the moment he
      owned the goal instead of it being mine."""),
    P("""Feedback I gave: he was much harder on himself than the facts justify. The fault
      was found and fixed in 50 minutes and the write-up was accepted first time."""),
    P("Actions: next failure, ring the signaller first. Next: Thu 20/03."),
    *signature("Callum Rigby", "12/03/2025"),

    H(1, "Mentoring Record – Session 4"),
    T(
        ["Date", "Thu 20/03/2025", "Time", "07:30–08:20"],
        ["Duration", "0:50", "Location", "Training room, Shrewsbury depot"],
    ),
    P("""Goal for this session: to be ready to give the pre-work safety briefing on Monday."""),
    P("""What happened: he rehearsed the briefing to me twice. The first time he read it off
      the sheet with his head down. I asked him which bit the gang actually needs to
      remember if they forget the rest, and he said the lookout warning and the place of
      safety. The second time he started with those and looked up. I played an awkward old
      hand asking why we weren't using the usual access point and he handled it."""),
    P("""Feedback I gave: the second version was half the length and twice as clear."""),
    P("Actions: give the Monday briefing; ask the gang leader for one comment. Next: Tue 25/03."),
    *signature("Mentee T", "20/03/2025"),

    H(1, "Mentoring Record – Session 5"),
    T(
        ["Date", "Tue 25/03/2025", "Time", "08:00–09:10"],
        ["Duration", "1:10", "Location", "Training room, Shrewsbury depot"],
    ),
    P("""Goal for this session: review all three goals and agree how we finish."""),
    P("""What happened: he has been lead on three points failures (goal 1 met), every write-up
      accepted first time (goal 2 met) and given two briefings (goal 3 met). The gang leader
      told him the second one was "the first briefing all year I actually listened to". We
      agreed to stop the formal sessions after one more, and that he can still grab me for
      ten minutes whenever. The last session was cancelled because the possession overran,
      so this was our ending in practice."""),
    P("""Feedback from Mentee T: the most useful thing was "being asked instead of told" and
      he wished we had started before his first on-call week, not during it."""),
    *signature("Mentee T", "25/03/2025"),

    H(1, "3.2 Tutorial with my tutor"),
    T(
        ["Learner", "Rhys Pritchard"],
        ["Tutor", "Anwen Price"],
        ["Date / length", "Tue 18/03/2025, 1 hour, Microsoft Teams"],
        ["Purpose", "Supervision of my mentoring halfway through"],
    ),
    P("""I took my first three records to the tutorial. Anwen asked me to read out the
      questions I had written down and count how many were open. It was about half. She
      pointed out that in session 3 I had asked "did you ring control first?", which is a
      closed question he could only answer with a guilty "no", and asked how else I could
      have got there. We talked about Egan's idea of the skilled helper and about letting
      the mentee reach the uncomfortable point himself. Outcomes we agreed: write three
      open questions on a card before each remaining session, and stop rescuing him when
      he goes quiet – count to five first. I used both in sessions 4 and 5."""),

    H(1, "Reflective account"),
    H(2, "2.2 Questioning and listening"),
    P("""The records show the questions I found most useful were the ones that got him to
      describe before he judged: "talk me through it as if I knew nothing" and "what did
      you notice just before that?". Listening was harder than questioning for me. I'm used
      to being the one who knows the answer, and in session 2 I had to sit on my hands
      while he got to the back drive adjustment himself. I could see he got more out of
      finding it than he would have from me telling him. I also used summarising at the
      end of each session, saying back what he had decided so he could correct me."""),
    H(2, "2.3 Feedback"),
    P("""I tried to make feedback specific and about what he did, not what he is. The most
      important bit of feedback was after session 3, when he marked himself a four out of
      ten. Instead of telling him he was wrong I put the facts next to his score: found and
      fixed in 50 minutes, write-up accepted first time. He could see the gap himself
      between how it felt and how it went, which did more for his confidence than any
      "well done" from me. In session 4 I gave feedback by comparing the first and second
      rehearsal so he could hear the difference for himself."""),
    H(2, "2.4 Building trust"),
    P("""Two things built trust. First, I made clear in session 1 that nothing he said would
      go to the section manager unless it was a safety matter, and I kept to that even when
      the manager asked me in the corridor how "the lad" was getting on – I said ask him.
      Mentee T heard about that from someone else and mentioned it the next week. Second,
      I told him about my own first solo failure in 2009, when I went to the wrong set of
      points in the dark. Admitting that made it easier for him to tell me about ringing me
      before control, which he could easily have hidden."""),
    H(2, "2.5 Keeping records"),
    P("""I kept the log as I went, filled in each record within the day, usually at my desk
      straight after, and had Mentee T read and sign it at the start of the next session
      so we both agreed it was accurate. The records sit in a locked drawer, not on the
      shared drive. The log shows the shadowing and the cancelled session so the picture is
      complete, but I have not counted them."""),
    H(2, "3.1 Review of my performance"),
    P("""Judging myself against the skills of an effective mentor in the course notes
      (listening, questioning, giving feedback, building rapport, helping set goals), I
      think my strengths were setting goals he could measure and building rapport, because
      he is from the same trade and we speak the same language. My weakness was the pull to
      fix things. Using Kolb's cycle on session 3: the experience was him ringing me first;
      on reflection I asked a closed question that made him defensive; the conclusion is
      that my questions lead when I am worried about the outcome; and I tried it
      differently in session 4 with the card of open questions. His own feedback, that
      being asked rather than told helped most, tells me the times I did hold back were
      the ones that worked."""),
    H(2, "3.3 My development plan"),
    T(
        ["What I want to develop", "How", "By when", "How I'll know"],
        ["Open questions under pressure", "Card of three questions before every session; ask a colleague to listen to one session",
         "June 2025", "At least three quarters of my questions open when I count them in a record"],
        ["Holding silence", "Count to five before speaking when a mentee goes quiet", "Ongoing, review in June",
         "Mentee feedback says I let them think"],
        ["Keep my strength in goal setting", "Offer to mentor the next apprentice who qualifies in the autumn", "October 2025",
         "A second mentee with measurable goals agreed in session 1"],
    ),

    H(1, "Declaration"),
    P("""I declare that this portfolio is my own work, and that the mentoring sessions recorded
      took place as described."""),
    P("Signed: R. Pritchard   Date: 04/04/2025"),
]

CASE = Case(
    name="i_8584_201_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("Pritchard R 201 portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "the mess room is never quiet",
        "1.2": "without ringing me first",
        "2.1": "mentored Mentee T for five hours over five sessions",
        "2.2": "I had to sit on my hands",
        "2.3": "put the facts next to his score",
        "2.4": "went to the wrong set of points",
        "2.5": "filled in each record within the day",
        "3.1": "my questions lead when I am worried",
        "3.2": "count to five first",
        "3.3": "Card of three questions before every session",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # 45+60+75+50+70 (sessions 1-5); shadowing "not counted", session 6 cancelled,
        # week subtotals and TOTAL row excluded, the records repeat the log's sessions
        "minutes": 300,
        "sessions": 5,
        "individuals": 1,  # Mentee T (the records' "Callum Rigby" is the same person)
        "supervision_minutes": 60,  # the tutorial on Tue 18/03, 1:00
        "identifying": ["Callum Rigby"],
    },
    about="Railway signalling tech; one PDF from Word; h:mm log with weekly subtotals; a record per session with signature blocks, one with a real full name.",
)
