"""8587-304 Undertaking an Extended Period of Mentoring: a rural GP practice manager's portfolio.

Siân Llewellyn manages a rural GP practice and mentored her new reception team lead (Mentee 1)
and her assistant practice manager (Mentee 2) for twelve and a half hours. Two files: a Word
cover with her signed declaration and a portfolio evidence matrix that repeats every
criterion and has a "Where evidenced" column pointing at parts and pages of the PDF; and the
portfolio itself as a PDF. In the PDF one heading introduces several criteria at once
("Part 1 - Planning and agreeing: AC 1.1, 1.2 and 1.3"; "Part 3 - Review: AC 3.1 to 3.4")
with each criterion's answer in its own paragraph or table below, while Part 2 has a
sub-heading per criterion but answers the model (2.2) before the tools (2.1). The session
log, per-session reflections and feedback are tables; an anonymised agreement is an
appendix at the end.
"""

from .case import B, Case, H, P, SourceFile, T

COVER = [
    H(0, "Unit 304 - Undertaking an Extended Period of Mentoring within an Organisational Context"),
    T(
        ["Learner", "Siân Llewellyn"],
        ["Job role", "Practice Manager, Afon Valley Medical Practice"],
        ["Centre", "Cymru Leadership and Management Centre"],
        ["Date", "18 July 2025"],
    ),
    P("""Authentication: I confirm that the mentoring described in this portfolio was carried out by
      me, that the evidence is my own work, and that the mentees have agreed to its use in
      anonymised form. Signed: Siân Llewellyn    18/07/2025"""),
    H(1, "Portfolio evidence matrix"),
    T(
        ["AC", "Assessment criterion", "Evidence", "Where evidenced"],
        ["1.1", "Produce a plan for effective mentoring to take place for 12 hours", "Mentoring plan",
         "01 Portfolio, Part 1, p. 1"],
        ["1.2", "Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being mentored",
         "Goals table", "01 Portfolio, Part 1, p. 1-2"],
        ["1.3", "Agree an appropriate and confidential contract with individual(s) and other stakeholders",
         "Statement; Appendix A agreement", "01 Portfolio, Part 1, p. 2 and Appendix A"],
        ["2.1", "Use diagnostic or assessment tools to effectively mentor within an organisational context",
         "Tools statement", "01 Portfolio, Part 2, p. 3"],
        ["2.2", "Use a recognised model of mentoring during the mentoring process which supports the individual(s) to achieve their goals",
         "Model statement", "01 Portfolio, Part 2, p. 2-3"],
        ["2.3", "Demonstrate the knowledge, skills and behaviours of an effective and ethical mentor, including communication techniques of questioning and listening",
         "Observation by tutor", "01 Portfolio, Part 2, p. 3"],
        ["2.4", "Record an auditable mentoring process from initial contact to completion", "Session log",
         "01 Portfolio, Part 2, p. 4"],
        ["3.1", "Reflect on each session and identify key learning to support continuous professional development",
         "Reflections table", "01 Portfolio, Part 3, p. 5"],
        ["3.2", "Gather ongoing feedback on effectiveness of their mentoring for each session and show evidence of this",
         "Feedback table", "01 Portfolio, Part 3, p. 5-6"],
        ["3.3", "Review and evidence own ability to use effective communication skills, including questioning, listening and giving feedback in order to facilitate mentoring practice",
         "Communication review", "01 Portfolio, Part 3, p. 6"],
        ["3.4", "Summarise the outcomes of on-going supervision for a minimum of two sessions of effective mentoring to improve practice",
         "Supervision summary", "01 Portfolio, Part 3, p. 6"],
    ),
]

PORTFOLIO = [
    H(1, "Mentoring portfolio - Afon Valley Medical Practice"),
    P("""Afon Valley is a dispensing practice with 9,400 patients across two sites, 34 staff and a
      lot of change: a new telephone system, a new appointments policy and two new people in
      key roles. I mentored both of them. Mentee 1 was promoted from receptionist to reception
      team lead in January. Mentee 2 joined us as assistant practice manager from a hospital
      admin background and had never worked in general practice."""),

    H(1, "Part 1 - Planning and agreeing: AC 1.1, 1.2 and 1.3"),
    P("""Plan. Twelve hours minimum across the two mentees, so I planned seven sessions of about an
      hour with each, fortnightly from February to June, allowing for one or two to be lost to
      winter pressures. Sessions were booked in the small meeting room at the branch surgery on
      Thursday afternoons, when there is no clinic there, so we would not be interrupted or
      overheard by colleagues. Each plan had four stages: a first meeting to contract and
      agree goals, diagnostic work in session two, working sessions using the model, and a
      closing review. I also arranged for my tutor to observe one session by video in April."""),
    P("""Goals. These were agreed with each mentee in session 1 and written in their own words:"""),
    T(
        ["Mentee", "Topic", "Goal agreed"],
        ["Mentee 1", "Leading her former peers", "Hold a monthly team huddle and one-to-ones with all six receptionists by May"],
        ["Mentee 1", "Handling difficult callers", "Take over escalated calls from the team without needing me, and feel calm doing it"],
        ["Mentee 2", "Understanding general practice", "Explain QOF, the enhanced services and our income streams to the partners by June"],
        ["Mentee 2", "Confidence with the partners", "Present the new appointments policy at the partners' meeting in April"],
    ),
    P("""Contract. I used the centre's template agreement, adapted for the practice. Before signing
      we talked through confidentiality and its limits, and I was open that, as their line
      manager's manager, I would never use anything from mentoring in appraisal. Because I
      am also Mentee 1's senior manager, the senior partner was asked to act as a stakeholder
      and agreed to the overall aims without seeing the content of sessions. The agreement
      covers confidentiality and when it would be broken (patient safety, safeguarding, fraud),
      the number and length of sessions, cancellations with 24 hours' notice by either side,
      what records I keep and that they can see them, and that either party could end it. It
      was signed and dated by both mentees, me and the senior partner. An anonymised copy is in
      Appendix A. This follows the EMCC Global Code of Ethics and the practice's
      confidentiality policy."""),

    H(1, "Part 2 - Mentoring"),
    H(2, "AC 2.2 The model I used"),
    P("""I used the CLEAR model (Hawkins): Contract, Listen, Explore, Action, Review. I chose it
      because the first step is contracting for each session, which suited two busy people who
      arrived with whatever the morning had thrown at them. In a typical session with Mentee 2
      we contracted for the hour ("today I want to get my head round QOF"), I listened to where
      she was, we explored through questions and a whiteboard diagram of our income, she chose
      actions, and we reviewed what she would take away. Because CLEAR builds in review at the
      end of every session, and I opened each one by reviewing the last actions, the goals
      moved forward steadily: Mentee 2 presented the policy to the partners on 24 April."""),
    H(2, "AC 2.1 Diagnostic tools"),
    P("""In session 2 each mentee completed the NHS Leadership Academy's Healthcare Leadership
      Model self-assessment, which scores nine leadership dimensions. For Mentee 1 it showed
      her lowest score was 'holding to account', which matched her worry about managing former
      friends, so we focused there. For Mentee 2 I also used a simple knowledge audit I wrote
      myself listing twenty things a practice manager needs to know, which she rated red, amber
      or green. We repeated both at the end to measure change."""),
    H(2, "AC 2.3 Knowledge, skills and behaviours: observed session"),
    P("""My tutor observed my fifth session with Mentee 1 by video on 10 April. Her written
      feedback said I used open questions well ("What would a good huddle look like for your
      team?"), summarised accurately, and let a long pause happen when Mentee 1 was deciding
      whether to raise a lateness problem with a friend, which led to her own decision to do
      it. She also noted I kept to the contract, checked consent before a tricky topic, and
      acted ethically by not commenting on the colleague being discussed. One point to improve
      was that I answered a question of my own when Mentee 1 hesitated."""),
    H(2, "AC 2.4 Session log"),
    T(
        ["No.", "Date", "Mentee", "Length", "Stage and what happened"],
        ["-", "20/01/2025", "Both", "15 mins each", "Initial contact: explained the offer, both agreed to take part"],
        ["1", "06/02/2025", "Mentee 1", "60 mins", "Contract signed, goals agreed"],
        ["1", "06/02/2025", "Mentee 2", "60 mins", "Contract signed, goals agreed"],
        ["2", "20/02/2025", "Mentee 1", "55 mins", "Leadership self-assessment; holding to account"],
        ["2", "20/02/2025", "Mentee 2", "60 mins", "Leadership self-assessment and knowledge audit"],
        ["3", "06/03/2025", "Mentee 1", "50 mins", "Planning first team huddle"],
        ["3", "06/03/2025", "Mentee 2", "60 mins", "QOF and income streams"],
        ["4", "20/03/2025", "Mentee 1", "45 mins", "Escalated caller role play"],
        ["4", "20/03/2025", "Mentee 2", "55 mins", "Drafting partners' presentation"],
        ["5", "10/04/2025", "Mentee 1", "60 mins", "Observed by tutor; lateness conversation"],
        ["5", "03/04/2025", "Mentee 2", "50 mins", "Rehearsal of presentation"],
        ["6", "08/05/2025", "Mentee 1", "50 mins", "One-to-ones progress"],
        ["6", "08/05/2025", "Mentee 2", "60 mins", "After the partners' meeting"],
        ["7", "05/06/2025", "Mentee 1", "55 mins", "Closing review, repeat self-assessment"],
        ["7", "05/06/2025", "Mentee 2", "60 mins", "Closing review, knowledge audit repeated"],
    ),
    P("Total 12 hours 50 minutes of mentoring, plus the two initial contact calls."),

    H(1, "Part 3 - Review: AC 3.1 to 3.4"),
    P("""Reflections after each session (key learning for my CPD):"""),
    T(
        ["Session", "What I learned"],
        ["1", "Contracting took longer than planned because Mentee 1 needed reassurance about my dual role"],
        ["2", "Self-assessments open conversations people find hard to start themselves"],
        ["3", "I talked too much with Mentee 2 because I know QOF so well"],
        ["4", "Role play works better when the mentee writes the caller's lines"],
        ["5", "Silence works; I still rescue when someone hesitates"],
        ["6", "Celebrating a success properly is part of the process, not a distraction"],
        ["7", "Ending needs planning as much as beginning does"],
    ),
    P("""Feedback. Both mentees completed a three-question card at the end of every session (what
      helped, what didn't, score out of 5). Examples:"""),
    T(
        ["Session", "Mentee 1", "Mentee 2"],
        ["1", "5 - felt safe to say I was nervous", "4 - clear what this is for"],
        ["3", "4 - good plan for huddle", "3 - too much info in one go"],
        ["5", "5 - you let me work it out", "5 - the rehearsal really helped"],
        ["7", "5 - I'm a different person from January", "5 - I finally get how the practice is funded"],
    ),
    P("""Communication review. My questioning improved over the sessions. Early on I asked
      several questions at once; by May I was asking one open question and waiting. Listening
      is a strength; both mentees said they felt heard, and my summaries helped Mentee 2
      organise her thinking. Feedback is where I am weakest: I soften it so much that it is
      sometimes unclear, which Mentee 2 pointed out when I commented on her slides. From
      session 5 I used 'what worked, what could be even better' and asked her to assess herself
      first, which made the feedback conversations more useful."""),
    P("""Supervision. I had two supervision sessions with my tutor. In the first (13 March) the
      outcome was to separate my roles more clearly: we agreed I would stop discussing rota
      issues in mentoring time and keep a 'parking' list for line management matters. In the
      second (15 May), after the observation, the outcome was a practice point to count to
      five before filling a silence, and to plan the endings of both relationships so they
      did not just stop. Both changes are visible in sessions 6 and 7."""),

    H(1, "Appendix A - Mentoring agreement (anonymised)"),
    T(
        ["Item", "Agreed"],
        ["Parties", "Mentor (Practice Manager), Mentee 1, Senior Partner as stakeholder"],
        ["Sessions", "Seven sessions of up to 60 minutes, fortnightly, February to June 2025"],
        ["Confidentiality", "Confidential except patient safety, safeguarding or fraud concerns"],
        ["Cancellation", "24 hours' notice by either party; rearranged within two weeks"],
        ["Records", "Mentor keeps brief notes, shared with mentee, stored securely, deleted after 12 months"],
        ["Ending", "Either party may end the agreement at any time"],
        ["Signatures", "Signed and dated by mentor, mentee and stakeholder, 06/02/2025"],
    ),
]

CASE = Case(
    name="sj_304_gp_surgery_portfolio",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("00 Cover and evidence matrix.docx", COVER), SourceFile("01 Portfolio.pdf", PORTFOLIO)],
    labels={
        "1.1": "allowing for one or two to be lost to winter pressures",
        "1.2": "Explain QOF, the enhanced services and our income streams",
        "1.3": "the senior partner was asked to act as a stakeholder",
        "2.1": "her lowest score was 'holding to account'",
        "2.2": "explored through questions and a whiteboard diagram",
        "2.3": "checked consent before a tricky topic",
        "2.4": "Initial contact: explained the offer, both agreed to take part",
        "3.1": "Role play works better when the mentee writes the caller's lines",
        "3.2": "you let me work it out",
        "3.3": "I soften it so much that it is sometimes unclear",
        "3.4": "keep a 'parking' list for line management matters",
    },
    expected_checks={"declaration": True, "evidence_matrix": True},
    about="GP practice manager's 304 in two files: Word cover with declaration and a full evidence matrix ('Where evidenced' pointing at PDF pages), PDF portfolio with one heading each for 1.1-1.3 and 3.1-3.4 over separate paragraphs and tables, 2.2 answered before 2.1, log and reflections as tables, anonymised agreement appendix.",
)
