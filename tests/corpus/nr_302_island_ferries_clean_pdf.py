"""8587-302 Extended Period of Coaching: a west-coast ferry operator's fleet training adviser, PDF portfolio, clean.

Morven Drummond is Fleet Training and Development Adviser for Firth & Isles Ferries, based
at the North Pier in Oban, and coaches two people for her 302: a newly promoted Second Officer
("C1") and a Port Supervisor ("C2"). The portfolio was written in Word and saved as PDF with
her own AC headings: a cover table naming her tutor and supervisor, a signed declaration, the
plan, goals and contract, two diagnostic tools per coachee, the model, a knowledge-skills-
behaviours account with an ethical dilemma, two session logs with running totals, a
reflection and feedback table for every session, a review of her communication skills,
supervision outcomes and the tutor's observation form. No evidence matrix.

Clean (identifying = []) but crowded with look-alikes: ships named like people (MV Catriona,
MV Flora MacDonald, MV Isle of Kerrera, the paddle steamer Waverley, the Sir Walter Scott on
Loch Katrine); Storm Bert; McCaig's Tower, Aulay's Bar, the North Pier; places (Oban,
Craignure, Lismore, Colonsay, Tobermory, Dumfries); Queen of the South and St Mirren;
Voith Schneider propellers, Kongsberg simulators; the MCA, STCW, the ISM Code; products
(Strengths Profile, Insights Discovery, Microsoft Forms, Teams, OneDrive); theorists and
models with and without citations (Whitmore's GROW, Downey's TGROW, Hawkins's CLEAR,
Gallwey, Kline, Rogers, de Haan, Hawkins and Smith, the EMCC Global Code of Ethics); C1 and
C2; capitalised roles (the Master, the Bosun, Head of Port Operations, Marine
Superintendent); the learner's own name and sign-off; the tutor and supervisor the cover
asks for ("Dr Eilidh Paterson").

Practice truth: C1 six sessions 60 + 90 + 75 + 90 + 60 + 60 = 435; C2 six sessions
60 + 60 + 75 + 60 + 45 + 60 = 360; 795 minutes, 12 sessions, 2 coachees. Supervision 60 + 20
(observation debrief) + 60 = 140 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-302 Undertaking an Extended Period of Coaching within an Organisational Context"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring – Portfolio of Evidence"),
    T(
        ["Learner", "Morven Drummond"],
        ["ILM membership no.", "71154092"],
        ["Organisation", "Firth & Isles Ferries Ltd, North Pier, Oban"],
        ["Tutor / supervisor", "Dr Eilidh Paterson, Argyll Coaching Academy"],
        ["Coachees", "C1 (Second Officer) and C2 (Port Supervisor)"],
        ["Total coaching hours", "13 hours 15 minutes"],
    ),
    P("""Declaration of authenticity: I declare that this portfolio is my own work, that the
      coaching recorded here took place, and that all sources are acknowledged.
      Signed: Morven Drummond    Date: 31 January 2025"""),

    H(1, "Introduction"),
    P("""Firth & Isles Ferries runs five vessels and seven ports between Oban, Craignure, Lismore,
      Colonsay and Tobermory, with around 310 staff at sea and ashore. Our newest ship, the MV
      Flora MacDonald, came into service last spring with Voith Schneider propellers that most
      of our officers had only ever seen on a Kongsberg simulator, and a lot of our experienced
      people retired in the same year. The company launched a coaching programme for newly
      promoted officers and shore supervisors, and as the fleet training adviser I am one of its
      first internal coaches. For this unit I coached two people: C1, a Second Officer on the MV
      Catriona, and C2, a Port Supervisor here at the North Pier. They are referred to only as
      C1 and C2, and both gave consent for anonymised records to be used for my qualification."""),

    H(1, "AC 1.1 Coaching plan"),
    P("""C1 is 29, did part of his cadetship on the paddle steamer Waverley, and was promoted from
      Third Officer eight months ago. He works two weeks on and
      two weeks off, with the ship alongside in Oban overnight, so his sessions are timed around
      the two-weeks-on, two-weeks-off rota and held on board in the officers' mess when the ship
      is alongside, or on Teams from the ship's office when a face-to-face slot is impossible. I
      never coach him on his leave weeks. C2 is 41, came to the company from hospitality after
      years as a summer deckhand on the Sir Walter Scott on Loch Katrine, and runs a team of
      fourteen linkspan operatives and ticket staff. Her sessions are in the small meeting room
      at the back of the North Pier building, which has a door, no window onto the car deck and
      is away from the ticket office radio."""),
    T(
        ["", "C1", "C2"],
        ["Planned sessions", "6, including contracting", "6, including contracting (plus a chemistry meeting)"],
        ["Planned length", "60–90 minutes", "60 minutes"],
        ["Planned total", "about 7 hours", "about 6 hours"],
        ["Where", "Officers' mess, MV Catriona; Teams as back-up", "Meeting room, North Pier"],
        ["Resources", "Strengths Profile licence, printed GROW prompt card, notebook", "Supervisor wheel, 360 questions on Microsoft Forms, flipchart"],
        ["Stakeholder", "The Master of the MV Catriona", "Head of Port Operations"],
    ),
    P("""Preparation for me means arriving early, reading my last session record and reflective
      log, switching my phone and radio off and spending five minutes getting my own head clear
      of whatever the day has thrown at the fleet. Winter weather is the biggest risk to the
      plan, so I built in a spare fortnight at the end of the programme."""),

    H(1, "AC 1.2 Agreed topics, goals and outcomes"),
    P("""Goals were agreed at each contracting session by starting with what the coachee wanted
      from the next six months, then testing each goal with the stakeholder in the three-way
      part of the session, and writing the final wording together."""),
    T(
        ["Coachee", "Agreed goals", "Why relevant to their context"],
        ["C1", "1. Delegate deck tasks to the Bosun and crew and stop doing them himself, so that on at least four of his next six port calls he supervises the mooring rather than handling lines. 2. Prepare for his Chief Officer oral exam with the MCA, booking a date by March. 3. Handle disagreements with a Bosun who has thirty years at sea without avoiding them.", "A Second Officer who does the job himself cannot keep an overview of the deck; his Master raised delegation at his last appraisal."],
        ["C2", "1. Bring weekly overtime for her team down by a fifth by the end of January through a better rota. 2. Present a winter timetable plan to the Head of Port Operations. 3. Be ready to apply for the next Port Manager vacancy.", "The winter timetable cuts sailings while the linkspan still needs cover; the company wants port supervisors ready for promotion."],
    ),

    H(1, "AC 1.3 Contract with coachees and stakeholders"),
    P("""Each coachee signed a written coaching agreement, and each stakeholder signed the part
      that applies to them. The agreement follows the company coaching policy and the EMCC
      Global Code of Ethics and covers: the number, length and place of sessions; cancellation
      (either side, with as much notice as the weather allows); confidentiality and its limits;
      what records I keep, where and for how long; what the stakeholder will hear; and a
      no-fault ending. The confidentiality clause reads: "What is said in sessions stays between
      coach and coachee. The stakeholder will hear only attendance and whether the agreed goals
      have been reached, in the coachee's own words. The coach will break confidentiality only
      where there is a risk to the safety of the vessel, crew or passengers, a breach of the law
      or of the ISM Code, and will tell the coachee first." In the three-way conversations the
      Master and the Head of Port Operations both agreed not to ask me how sessions were going,
      and I agreed not to report on them. My tutor checked the agreement before I used it."""),

    H(1, "AC 2.1 Diagnostic and assessment tools"),
    P("""C1: Strengths Profile. C1 completed the online questionnaire before session 2 and we
      went through his report together. His realised strengths were Detail, Personal
      Responsibility and Resilience, and his learned behaviour was Doing it Myself, something he
      is good at but which drains him. That gave us the language for Goal 1: his habit of
      handling lines himself is a learned behaviour, not a strength, and it gets in the way of
      supervising. He had an Insights Discovery profile from his cadetship, which said much the
      same in colours, but he found the Strengths Profile more useful."""),
    P("""C2: a supervisor wheel and a 360. C2 scored herself from 1 to 10 on eight parts of her
      role (safety, rota planning, team morale, customers, paperwork, relationships with the
      ships, budgets, her own development). Rota planning scored 3 and became Goal 1. We also
      wrote six questions for a short 360 on Microsoft Forms, sent to her team, two ship's
      officers and her manager. The 360 showed that her team rated her highly for fairness but
      said she changed the rota too late, which backed up her own score, and she took that to
      session 3. I also used a quick SWOT with C2 in session 4 to test whether she was ready to
      apply for Port Manager."""),

    H(1, "AC 2.2 The coaching model"),
    P("""I used GROW (Whitmore, 2017) with the extra T for Topic that Downey (2003) adds, because
      both coachees tended to arrive with several topics and we needed to choose one. Each
      session went Topic, Goal for this session, Reality, Options and Will, with the Will part
      written down by the coachee on our action sheet. For the middle and final reviews I used
      Hawkins's CLEAR model (Contract, Listen, Explore, Action, Review), because the Review
      stage made us look back at what had changed since contracting. With C1's exam nerves I
      borrowed Gallwey's idea that performance is potential minus interference, which helped
      him see that he already knew the material. GROW supported the goals directly: in C2's
      third session the Options stage produced the idea of a fixed four-week rota published in
      advance, which is what brought her overtime down."""),

    H(1, "AC 2.3 Knowledge, skills and behaviours of an effective and ethical coach"),
    P("""Knowledge: of TGROW and CLEAR and when to use each, of the two diagnostic tools, of the
      EMCC code and the company coaching policy, and of the limits of what I know about
      navigation and port operations, which I was open about."""),
    P("""Skills: questioning and listening above all. With C1 I used open questions ("What would
      it look like if the Bosun ran the mooring?"), scaling questions and hypothetical questions
      ("If you were already Chief Officer, what would you do about this?"). I listened for what
      was not said: in session 3 he talked about rest hours three times without being asked.
      With C2 I used summarising and reflecting back her own words, and a lot of silence, in the
      spirit of Kline's Thinking Environment. I tried to listen at the level Rogers describes,
      for feelings as well as facts."""),
    P("""Behaviours: being non-judgemental, keeping to the contract and acting with integrity. The
      hardest moment was ethical. In his third session C1 told me that crew hours-of-rest records
      on his watch were sometimes filled in to match the rules rather than what happened. That
      is a safety and legal matter and sits outside confidentiality under our contract. I told
      him so, reminded him of the clause, and asked what he wanted to do. He chose to raise it
      with the Master himself before his next trip, and did, and I took the dilemma to
      supervision. Handling it openly, rather than reporting behind his back, kept the coaching
      relationship intact."""),

    H(1, "AC 2.4 Auditable record of the coaching process"),
    P("""From first contact to completion, every contact is in the logs below. Each numbered
      session also has a session record (TGROW notes, actions, feedback score), stored with the
      signed agreements in a password-protected OneDrive folder that only I can open, and each
      coachee has a copy of their own records."""),
    H(2, "C1 – Second Officer, MV Catriona"),
    T(
        ["No.", "Date", "Format / venue", "Length", "Running total", "Notes"],
        ["1", "Tue 8 Oct 2024", "Officers' mess, alongside Oban", "60 min", "1:00", "Contracting, three-way with the Master for the last part, goals"],
        ["2", "Tue 22 Oct 2024", "Teams, ship's office", "90 min", "2:30", "Strengths Profile debrief, Goal 1"],
        ["3", "Tue 5 Nov 2024", "Officers' mess", "75 min", "3:45", "Goal 3, the Bosun; rest-hours disclosure"],
        ["–", "Fri 22 Nov 2024", "–", "(90 min planned)", "–", "Cancelled: ship storm-bound during Storm Bert"],
        ["4", "Tue 26 Nov 2024", "Teams", "90 min", "5:15", "Rearranged; mid-point review with CLEAR"],
        ["5", "Tue 10 Dec 2024", "Officers' mess", "60 min", "6:15", "Goal 2, exam preparation"],
        ["6", "Tue 14 Jan 2025", "Officers' mess", "60 min", "7:15", "Final review, feedback form, ending"],
        ["", "", "Total C1", "7 hrs 15 min", "", "6 sessions"],
    ),
    H(2, "C2 – Port Supervisor, North Pier"),
    T(
        ["No.", "Date", "Format / venue", "Length", "Running total", "Notes"],
        ["–", "Wed 9 Oct 2024", "Terminal café", "30 min", "–", "Chemistry meeting – not counted towards my hours"],
        ["1", "Wed 16 Oct 2024", "Meeting room, North Pier", "60 min", "1:00", "Contracting, three-way with Head of Port Operations, goals"],
        ["2", "Wed 30 Oct 2024", "Meeting room", "60 min", "2:00", "Supervisor wheel, Goal 1"],
        ["3", "Wed 13 Nov 2024", "Meeting room", "75 min", "3:15", "360 results, four-week rota idea"],
        ["4", "Wed 27 Nov 2024", "Meeting room", "60 min", "4:15", "Observed by my tutor; SWOT"],
        ["5", "Wed 11 Dec 2024", "Meeting room", "45 min", "5:00", "Cut short – C2 called to a linkspan fault"],
        ["6", "Wed 15 Jan 2025", "Meeting room", "60 min", "6:00", "Final review, feedback form, ending"],
        ["", "", "Total C2", "6 hrs", "", "6 sessions"],
    ),
    P("""Total coaching: 13 hours 15 minutes over 12 sessions with two coachees. The chemistry
      meeting with C2 is in the log because it was the first contact, but my tutor and I agreed
      the hours should start at contracting, so it is not included."""),

    H(1, "AC 3.1 Reflection on each session and key learning"),
    T(
        ["Session", "What I noticed", "Key learning / CPD action"],
        ["C1-1", "I talked too much explaining coaching.", "Send a one-page explanation beforehand next time."],
        ["C1-2", "He lit up when the report named Doing it Myself.", "Diagnostics work best when the coachee interprets them, not me."],
        ["C1-3", "The rest-hours disclosure threw me and I rushed.", "Re-read the contract's limits before every session; take dilemmas to supervision."],
        ["C1-4", "CLEAR review felt more equal than GROW.", "Use CLEAR for all mid-point reviews."],
        ["C1-5", "I slipped into teaching exam content.", "Stay with his thinking; the MCA syllabus is not my job."],
        ["C1-6", "A good ending: he named what he would keep doing.", "Build the ending in from session 1."],
        ["C2-1", "The three-way was tense until the confidentiality clause was read out.", "Read the clause aloud in every three-way."],
        ["C2-2", "The wheel got her talking faster than questions had.", "Offer a visual tool early with reflective coachees."],
        ["C2-3", "She found the rota answer herself after a long silence.", "Trust silence; count to ten in my head."],
        ["C2-4", "Being observed made me stiff for ten minutes.", "Ask to be observed more often so it becomes normal."],
        ["C2-5", "We lost the last part to a linkspan fault.", "Agree what happens to a session interrupted by operations."],
        ["C2-6", "She asked for coaching to continue.", "Have a plan for what happens after the contract ends."],
    ),
    P("""The pattern across both coachees is that my learning was mostly about restraint: talking
      less, teaching less and letting the tools and the silences do the work. That is the main
      thread in my CPD plan for unit 303."""),

    H(1, "AC 3.2 Ongoing feedback on the effectiveness of my coaching"),
    P("""At the end of every session I asked each coachee two questions: "How useful was today,
      from 1 to 10?" and "What should I do more or less of?". Their answers are below, followed
      by what I did with them."""),
    T(
        ["Session", "C1 score and comment", "C2 score and comment"],
        ["1", "6 – 'bit of a lecture at the start'", "7 – 'good to have it in writing'"],
        ["2", "9 – 'the report was spot on'", "8 – 'the wheel was easier than talking'"],
        ["3", "7 – 'glad you didn't go running to the Master'", "9 – 'I came up with the rota, not you'"],
        ["4", "8", "7 – 'you were quieter with the observer there'"],
        ["5", "6 – 'felt like a tutorial'", "6 – 'sorry about the linkspan'"],
        ["6", "9 – 'I'm delegating, the Bosun's happier'", "9 – 'can we keep going?'"],
    ),
    P("""I used the feedback straight away. After C1's comment on session 1 I cut my introduction
      for C2 to two minutes. C1's 6 for session 5 told me the same thing my reflection did, so I
      went back to questions in session 6. The final feedback forms (both rated the coaching 9
      out of 10 overall) and the stakeholders' comments back this up: the Master said C1 now
      supervises the mooring from the bridge wing on most calls, and the Head of Port
      Operations said C2's winter plan was the clearest she had seen."""),

    H(1, "AC 3.3 Review of my communication skills"),
    P("""Questioning: my strongest questions were hypothetical and scaling ones, which moved both
      coachees from problems to options. My weakest were the long, double-barrelled questions I
      asked when I was nervous, for example during the observed session, when my tutor counted
      three questions that were really two questions each. Listening: I am good at listening for
      facts and repeating them back, and I got better at listening for feeling, such as C1
      mentioning rest hours three times. I still sometimes listen while planning my next
      question, which is the level of listening Kline warns against. Feedback: I gave specific,
      evidence-based feedback, using the coachee's own words wherever I could, but I gave C2
      less challenge than C1 because I liked her and did not want to spoil the rapport. That is
      a blind spot I will carry into unit 303. Overall, the review shows my communication
      improved most where I did less: shorter questions and longer silences."""),

    H(1, "AC 3.4 Outcomes of supervision"),
    P("""Supervision 1 – Wednesday 20 November 2024, 1 hour on Teams with my supervisor, Dr Eilidh
      Paterson. We discussed the rest-hours disclosure, the contract and whether I had acted
      correctly. Outcomes: I had handled it within the contract; I should write a short note of
      what was said and what C1 decided; I should add a line to future agreements naming the
      safety limits even more plainly; and I should use CLEAR for the mid-point review with C1,
      which I did in the rearranged session."""),
    P("""Observation and debrief – Wednesday 27 November 2024. My supervisor observed C2's fourth
      session in person (with C2's agreement) and gave me a 20-minute debrief straight
      afterwards. Outcome: cut my questions down to one idea each."""),
    P("""Supervision 2 – Wednesday 18 December 2024, 1 hour on Teams. We reviewed both logs, the
      feedback scores and my tendency to go easier on C2. Outcomes: contract with C2 for a
      little more challenge in the final session; read de Haan on the coaching relationship; plan
      the endings properly; and keep a supervision log for unit 303. Hawkins and Smith's point
      that supervision is partly about resourcing the coach also made me admit I had been
      running the programme on top of a full winter workload."""),

    H(1, "Appendix – Feedback on the learner's coaching (tutor observation)"),
    T(
        ["Name of coach", "Morven Drummond"],
        ["Observation/Recording", "Observation, in person"],
        ["Length of session observed", "60 minutes (C2, session 4)"],
        ["Name of supervisor/tutor", "Dr Eilidh Paterson"],
        ["Date", "27 November 2024"],
    ),
    T(
        ["Skills and knowledge observed", "Comment on the coaching practice observed"],
        ["Building a rapport", "Warm, relaxed start; coachee clearly trusts the coach."],
        ["Following a process", "Clear TGROW, SWOT used well in the Reality stage."],
        ["Listening", "Good summaries; occasional interruption early on."],
        ["Questioning", "Some questions carried two ideas at once."],
        ["Giving feedback", "Specific and kind; could challenge more."],
        ["Asking for feedback", "Asked at the end and wrote it down."],
        ["Areas for development", "One idea per question; more challenge."],
    ),

    H(1, "Afterword"),
    P("""C1 has his Chief Officer oral booked for March, and C2 has applied for the Port Manager job at
      Craignure. She and I marked the end of her sessions with a drink at Aulay's Bar, which is
      about as far from the North Pier as either of us gets in winter, and a walk up to McCaig's
      Tower.
      C1, a Queen of the South supporter from Dumfries, has promised to stop wearing the scarf on
      the bridge when they play St Mirren."""),

    H(1, "References"),
    P("de Haan, E. (2008) Relational Coaching. Chichester: Wiley."),
    P("Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."),
    P("EMCC Global (2021) Global Code of Ethics for Coaches, Mentors and Supervisors."),
    P("Gallwey, W.T. (2000) The Inner Game of Work. New York: Random House."),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."),
    P("Kline, N. (1999) Time to Think. London: Cassell."),
    P("Rogers, C. (1961) On Becoming a Person. Boston: Houghton Mifflin."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="nr_302_island_ferries_clean_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("M Drummond 302 coaching portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "never coach him on his leave weeks",
        "1.2": "testing each goal with the stakeholder in the three-way",
        "1.3": "both agreed not to ask me how sessions were going",
        "2.1": "his learned behaviour was Doing it Myself",
        "2.2": "produced the idea of a fixed four-week rota",
        "2.3": "rather than reporting behind his back",
        "2.4": "every contact is in the logs below",
        "3.1": "my learning was mostly about restraint",
        "3.2": "I cut my introduction for C2 to two minutes",
        "3.3": "less challenge than C1 because I liked her",
        "3.4": "add a line to future agreements naming the safety limits",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # C1 log: 8 Oct 60, 22 Oct 90, 5 Nov 75, 26 Nov 90, 10 Dec 60, 14 Jan 60
        #   60 + 90 = 150, + 75 = 225, + 90 = 315, + 60 = 375, + 60 = 435 (her 7 hrs 15 min)
        # C2 log: 16 Oct 60, 30 Oct 60, 13 Nov 75, 27 Nov 60 (observed), 11 Dec 45, 15 Jan 60
        #   60 + 60 = 120, + 75 = 195, + 60 = 255, + 45 = 300, + 60 = 360 (her 6 hrs)
        # 435 + 360 = 795 (her 13 hours 15 minutes)
        "minutes": 795,
        "sessions": 12,
        "individuals": 2,
        # Supervision 1, 20 Nov, 1 hour = 60; observation debrief 27 Nov = 20; Supervision 2, 18 Dec,
        # 1 hour = 60. 60 + 20 + 60 = 140.
        "supervision_minutes": 140,
        # Not: C2's 30 min chemistry meeting on 9 Oct (she says not counted); 22 Nov cancelled for
        # Storm Bert ("(90 min planned)"); running totals 1:00 ... 7:15 and 1:00 ... 6:00; "Total C1
        # 7 hrs 15 min", "Total C2 6 hrs" and the cover's and closing "13 hours 15 minutes"; the
        # plan's "60-90 minutes", "60 minutes", "about 7 hours", "about 6 hours"; "two weeks on and two
        # weeks off", "a spare fortnight"; "five minutes" getting her head clear; "two minutes"
        # introduction; the observation form's "60 minutes (C2, session 4)" (the same session as C2-4 in
        # the log); "ten minutes" stiff when observed; "count to ten"; "four-week rota"; "thirty
        # years at sea", "eight months", "six months".
    },
    about="Ferry operator's fleet training adviser's 302, PDF with own AC headings, clean: ships named like people (MV Catriona, MV Flora MacDonald, Sir Walter Scott, Waverley), Storm Bert, McCaig's Tower, Aulay's Bar, Queen of the South/St Mirren, Voith Schneider, Strengths Profile/Insights, GROW/TGROW/CLEAR/Gallwey/Kline/Rogers/de Haan, C1/C2, roles (the Master, the Bosun), tutor-supervisor on cover; chemistry meeting not counted, storm cancellation, running totals, observation debrief.",
)
