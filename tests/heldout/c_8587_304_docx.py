"""8587-304 Extended mentoring: a bakery production manager's portfolio DOCX with appendices.

Gemma Hartley is a production shift manager at an industrial bakery in Wigan and mentors
three newly promoted line leaders. One styled DOCX: cover details, declaration, an
evidence matrix pointing at sections and appendices, an answer under each AC heading, then
Appendix A (the mentoring log, with Planned and Actual columns), Appendix B (two
supervision records) and Appendix C (feedback summary). Where the matrix points at an
appendix (2.4, 3.4) the label is in the appendix. Session 7 was a group session with all
three mentees.

Practice, as an assessor counts it (Appendix A, the Actual column):
    Mentee 1  #1 "1 h 10" 70, #4 "1 h 30" 90, #9 "1 h" 60, #12 "50 min" 50       = 270
    Mentee 2  #2 "55 min" 55, #5 "1 h 15" 75, #10 "1 h 05" 65, #13 "1 h" 60      = 255
    Mentee 3  #3 "1 h" 60, #8 "1 h 20" 80, #11 "1 h 15" 75, #14 "1 h 10" 70      = 285
    Group     #7 Mentees 1, 2 and 3 together "1 h 45" 105 (one session, its time counted once)
    -> 915 minutes (15 h 15), 13 sessions, 3 individuals.
    Not counted: the Planned column, #6 (planned 1 h, "Cancelled – line breakdown"), #15
    (planned for 24/03, after submission, no actual), the Total row ("17 h 00" planned,
    "15 h 15" actual), and the two supervision records: 1 hour (14/01) and 1 h 30 (25/02).
    => minutes 915, sessions 13, individuals 3, supervision 150.

Clean: Mentee 1, Mentee 2, Mentee 3 throughout. Not identifying: Gemma's own name and
registration number, her supervisor Dr Anjali Rao named on the supervision records, the
bakery, Wigan, BRCGS, Clutterbuck, Megginson, Kolb, Honey and Mumford, Revans, Luft and
Ingham, Hawkins and Shohet, Kadushin, Schön, SMED.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-304: Undertaking an Extended Period of Mentoring within an Organisational Context"),
    T(
        ["Learner", "Gemma Hartley"],
        ["ILM registration number", "GH-304-58820"],
        ["Centre", "Pennine Leadership Academy"],
        ["Organisation", "Millbrook Bakeries, Wigan site"],
        ["Submission date", "17/03/2025"],
    ),
    H(1, "Learner declaration"),
    P("""I declare that this portfolio is my own work, that the mentoring described took place,
      and that the mentees have agreed to their anonymised records being used."""),
    P("Signed: Gemma Hartley   Date: 17/03/2025"),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Location"],
        ["1.1", "Mentoring plan", "Section 1, AC 1.1"],
        ["1.2", "Agreed goals for each mentee", "Section 1, AC 1.2"],
        ["1.3", "Mentoring agreement", "Section 1, AC 1.3"],
        ["2.1", "Diagnostic tools", "Section 2, AC 2.1"],
        ["2.2", "Use of a mentoring model", "Section 2, AC 2.2"],
        ["2.3", "Knowledge, skills and behaviours", "Section 2, AC 2.3"],
        ["2.4", "Mentoring log, sessions 1–15", "Appendix A"],
        ["3.1", "Reflection on each session", "Section 3, AC 3.1"],
        ["3.2", "Feedback from mentees and others", "Section 3, AC 3.2 and Appendix C"],
        ["3.3", "Review of communication skills", "Section 3, AC 3.3"],
        ["3.4", "Supervision records 1 and 2", "Appendix B"],
    ),
    H(1, "Introduction"),
    P("""Millbrook Bakeries' Wigan site makes sliced bread and rolls for two supermarket chains on
      six lines, running 24 hours a day on a four-on, four-off shift pattern. I manage the
      night shift, about 70 operatives and three line leaders. Last autumn we promoted three
      operatives to line leader at the same time after a restructure, and none of them had
      managed people before. The site manager asked me to mentor them through their first
      three months in the role, which also gave me the practice for this unit. In this
      portfolio they are Mentee 1 (line 4, the roll plant), Mentee 2 (lines 1 and 2, the
      sandwich loaf lines) and Mentee 3 (hygiene and changeovers)."""),

    H(1, "Section 1 – Planning and contracting"),
    H(2, "AC 1.1 Produce a plan for effective mentoring to take place for 12 hours"),
    P("""I planned four one-to-one sessions with each mentee of about an hour, one longer
      session of 90 minutes each in the middle, and one group session with all three, which
      came to 17 hours planned. I deliberately planned more than 12 hours because on a night
      shift things go wrong and some sessions would be cut short or cancelled, which is what
      happened. Sessions were at the start of the shift at 22:00, before the lines were fully
      up, when I could get cover from the shift engineer. We used the mezzanine meeting room
      above the dispatch bay, which has a window onto the floor, so the mentees could see
      their lines were running and relax. The group session was planned for a Monday night
      when the roll plant is down for its weekly deep clean. Resources were the line leader
      competency framework from HR, the Learning Styles Questionnaire, a mentoring record
      template I adapted from the course pack, and the site's own data on changeovers and
      waste."""),
    H(2, "AC 1.2 Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being mentored"),
    P("""In the first session with each mentee we went through their skills gap analysis (see
      2.1) and I asked them which three gaps worried them most. From those we agreed one or
      two outcomes each, written up by the mentee in the record and checked at the group
      session. I pushed for measures that the mentee could influence, not site targets that
      depend on everyone."""),
    B("""Mentee 1: to cut changeover time on line 4 from 52 minutes to under 40 by the end of
      February, and to run a team briefing at the start of every shift without notes."""),
    B("""Mentee 2: to hold a return-to-work interview with every operative coming back from
      sickness absence within their first shift back, and to deal with lateness himself
      rather than passing it to me."""),
    B("""Mentee 3: to lead the BRCGS pre-audit walk-round for her area with no major
      non-conformances, and to delegate the weekly hygiene rota to a senior operative."""),
    P("""These are relevant because each is something a line leader has to do and that they had
      told me they were avoiding, and they tie into the site's targets for the year."""),
    H(2, "AC 1.3 Agree an appropriate and confidential contract with individual(s) and other stakeholders"),
    P("""Each mentee signed a tripartite agreement with me and the site production manager, who
      is the sponsor for the line leader programme. Before signing we met as three, so that
      the production manager could say what the business wanted and then step back; that
      short meeting was not a mentoring session and is not in my log. The
      agreement sets out the number and length of sessions, where they take place, the
      mentee's right to end the mentoring, how records are kept and who sees them, and
      confidentiality. The key clause for us was that I am also their shift manager, so the
      agreement separates the two roles: anything said in a mentoring session cannot be used
      in a disciplinary or a performance review, and if I ever need to act as their manager
      on something I hear, I will say so first and we will close the session. The
      production manager gets attendance and the mentee's own end-of-programme summary only.
      The group session had its own ground rules, agreed at its start, so that what one
      mentee said about their line stayed in the room."""),

    H(1, "Section 2 – Mentoring in practice"),
    H(2, "AC 2.1 Use diagnostic or assessment tools to effectively mentor within an organisational context"),
    P("""I used two tools. The first was a skills gap analysis against the line leader competency
      framework: each mentee rated themselves 1–5 on the twelve competencies and I rated them
      separately, and we compared the two in session 1. Mentee 2 rated himself 4 on 'managing
      attendance' and I had rated him 2; talking through the difference was what led to his
      return-to-work goal. The second was the Honey and Mumford Learning Styles
      Questionnaire. Mentee 1 came out as a strong Activist with a low Reflector score, which
      explained why he wanted to jump straight into changing the changeover and why his
      first attempt failed. We built a review step into his plan because of it. Mentee 3 was
      a strong Theorist, so I gave her the SMED method to read before we looked at her
      area."""),
    H(2, "AC 2.2 Use a recognised model of mentoring during the mentoring process which supports the individual(s) to achieve their goals"),
    P("""I followed Clutterbuck's model of developmental mentoring and its five stages of the
      relationship: building rapport, direction setting, progress making, winding down and
      moving on. Knowing the stages helped me see where each mentee was. With Mentee 2,
      direction setting became a session of its own, because after the skills gap analysis
      he was defensive and we needed a whole session to agree what he actually wanted to work
      on. With Mentee 1 we were into progress making by the second session. For winding down
      I planned the last one-to-ones as reviews against the goals, and the moving-on stage is
      the session planned for after submission (log #15). Within sessions I used GROW as a
      structure for single problems, for example Mentee 3's hygiene rota."""),
    P("""The group session (log #7) was run as an action learning set in Revans' style: each
      mentee brought one problem and the other two could only ask questions, not give
      advice. Mentee 3 brought the changeover clean-down problem and Mentee 1 realised half
      his changeover time was waiting for her team, which helped both of their goals."""),
    H(2, "AC 2.3 Demonstrate the knowledge, skills and behaviours of an effective and ethical mentor, including communication techniques of questioning and listening"),
    P("""Knowledge: I have used the course material on the mentor's role (Megginson and
      Clutterbuck), the difference between mentoring and line management, and the EMCC code
      of ethics. Skills: I used open and probing questions, and Socratic questions when a
      mentee had already decided on an answer, for example 'what would have to be true for
      that to work?', which made Mentee 1 see his new changeover sequence needed the
      engineers on board. I practised active listening: summarising at the end of each
      topic, reflecting feelings ('you sound fed up with it') and noticing what was not
      said. Behaviours: I kept every session even on the nights when the ovens were causing
      trouble, I did not take over problems that were theirs to solve, and I was honest about
      my own first year as a supervisor. The hardest ethical moment was when Mentee 2 told
      me in a session about an operative's drinking. I kept to the agreement: I told him
      that this was something I could not leave as mentor, and we agreed he would raise it
      with HR himself that night, which he did."""),
    H(2, "AC 2.4 Record an auditable mentoring process from initial contact to completion"),
    P("Please see Appendix A, the mentoring log, with a record for each session."),

    H(1, "Section 3 – Review"),
    H(2, "AC 3.1 Reflect on each session and identify key learning to support continuous professional development"),
    P("""After each session I wrote a short reflection on the record using Kolb's cycle:
      experience, reflection, conclusion, what I will try. Some key learning points:"""),
    B("""Session 1 (Mentee 1): I talked for most of it. Next time, ask and wait."""),
    B("""Session 2 (Mentee 2): he was defensive about the skills scores. I learned to show my
      scores as my opinion, not a verdict."""),
    B("""Session 6 was cancelled when line 2 broke down and I did not rebook it quickly enough.
      Learning: book a fallback slot in the agreement."""),
    B("""Session 7 (group): I had to stop myself giving advice three times. The action learning
      rules protected the session from me."""),
    B("""Session 11 (Mentee 3): she delegated the rota and was anxious about it. I realised
      I had been treating her as the most confident of the three because she is the
      quietest, which was wrong."""),
    P("""Using the Johari window (Luft and Ingham) to look at my own practice, the biggest thing
      in my blind area was that I rescue people: all three mentees said it in different
      words. My CPD action from this is in 3.3."""),
    H(2, "AC 3.2 Gather ongoing feedback on effectiveness of their mentoring for each session and show evidence of this"),
    P("""At the end of every session, including the group session, I asked the mentee(s) to score
      the session from 1 to 5 on a sticky note and write one thing to keep and one to change.
      I stuck the notes on the back of each record. I also asked the production manager for
      his view at the half-way point. Mentee 2's note after session 2 said 'felt like an
      appraisal', which changed how I ran every session after that. The scores and comments
      are summarised in Appendix C."""),
    H(2, "AC 3.3 Review and evidence own ability to use effective communication skills, including questioning, listening and giving feedback in order to facilitate mentoring practice"),
    P("""My questioning improved the most. In January my records show mainly closed and leading
      questions, such as 'have you thought about asking the engineers?'. By March I was
      mostly asking open questions and then a follow-up, and the mentees were doing about
      two-thirds of the talking, which I checked by timing one session with Mentee 3. My
      listening is stronger on the shop floor than in the meeting room: I realised I listen
      well when someone is showing me something, so in the later sessions with Mentee 1 we
      walked the line while we talked. Giving feedback is where I still need work. On the
      floor I give quick, direct feedback, which suits a night shift but not mentoring. I
      started asking the mentee to assess themselves first and only then adding my view,
      and linking it to what they said they wanted. My action is to ask for an observation
      of a mentoring session by my supervisor in the next quarter and to keep a simple tally
      of open and closed questions for my next three sessions."""),

    H(1, "Appendix A – Mentoring log"),
    P("""This log runs from my first e-mail on 2 January to the closing session, and each line
      has a matching mentoring record (date, times, goals, notes, actions, my reflection,
      feedback note) in the red lever-arch file in my office. I kept both Planned and Actual
      times so I could see where night shift had cut sessions short."""),
    T(
        ["No.", "Date", "Mentee", "Planned", "Actual", "Focus"],
        ["1", "06/01/2025", "Mentee 1", "1 h", "1 h 10", "Agreement, skills gap analysis, goals"],
        ["2", "08/01/2025", "Mentee 2", "1 h", "55 min", "Agreement, skills gap analysis"],
        ["3", "09/01/2025", "Mentee 3", "1 h", "1 h", "Agreement, skills gap analysis, goals"],
        ["4", "20/01/2025", "Mentee 1", "1 h 30", "1 h 30", "Changeover: first attempt reviewed"],
        ["5", "22/01/2025", "Mentee 2", "1 h", "1 h 15", "Direction setting; goals agreed"],
        ["6", "23/01/2025", "Mentee 3", "1 h", "Cancelled – line breakdown", "Rebooked as no. 8"],
        ["7", "03/02/2025", "Mentees 1, 2 and 3 (group)", "2 h", "1 h 45", "Action learning set"],
        ["8", "10/02/2025", "Mentee 3", "1 h 30", "1 h 20", "Pre-audit walk-round plan"],
        ["9", "17/02/2025", "Mentee 1", "1 h", "1 h", "Briefings without notes"],
        ["10", "19/02/2025", "Mentee 2", "1 h", "1 h 05", "Return-to-work interviews"],
        ["11", "24/02/2025", "Mentee 3", "1 h", "1 h 15", "Delegating the hygiene rota"],
        ["12", "03/03/2025", "Mentee 1", "1 h", "50 min", "Review against goals"],
        ["13", "05/03/2025", "Mentee 2", "1 h", "1 h", "Review against goals"],
        ["14", "10/03/2025", "Mentee 3", "1 h", "1 h 10", "Review against goals"],
        ["15", "24/03/2025", "Mentee 1", "1 h", "–", "Moving on – after submission"],
        ["Total", "", "", "17 h 00", "15 h 15", ""],
    ),
    P("""Outcomes at the end of the log: Mentee 1's changeover is down to 38 minutes; Mentee 2 has
      done every return-to-work interview since mid-February; Mentee 3's pre-audit had one
      minor and no major non-conformances, and the rota is delegated."""),

    H(1, "Appendix B – Supervision records"),
    T(
        ["Supervision record 1", ""],
        ["Supervisor", "Dr Anjali Rao, Pennine Leadership Academy"],
        ["Date / duration", "14/01/2025, 1 hour, Teams"],
        ["Topic", "Mentoring people I also line manage"],
    ),
    P("""We used Kadushin's three functions of supervision to structure the hour. The main
      issue I brought was the dual role. Outcome: I rewrote the confidentiality clause so it
      says in plain words what happens if I hear something as their manager, and re-agreed it
      with all three mentees before the group session. Dr Rao also suggested I keep my
      reflections separate from the mentees' records."""),
    T(
        ["Supervision record 2", ""],
        ["Supervisor", "Dr Anjali Rao, Pennine Leadership Academy"],
        ["Date / duration", "25/02/2025, 1 h 30, at the Academy"],
        ["Topic", "Rescuing; planning the endings"],
    ),
    P("""I brought the pattern I had seen in the feedback: I rescue mentees when they struggle.
      Using the process model of Hawkins and Shohet we looked at what was happening between
      me and Mentee 3, and I saw that I stepped in most when she was quiet. Outcome: in the
      last three sessions I agreed to hold back and let the mentee name the next step
      first, and to plan the moving-on session so the relationship ends on purpose rather
      than drifting. I will continue supervision every two months while I mentor."""),

    H(1, "Appendix C – Feedback summary"),
    T(
        ["Session(s)", "Average score (1–5)", "Keep", "Change"],
        ["1–3", "3.7", "Having time away from the line", "Less talking from Gemma; felt like an appraisal"],
        ["4–5", "4.0", "Using real line data", "Finish on time"],
        ["7 (group)", "4.7", "Hearing how the others do it", "Do it again"],
        ["8–11", "4.5", "Walking the line while talking", "—"],
        ["12–14", "4.8", "Seeing how far I've come", "Keep meeting after the course"],
        ["Production manager (mid-point)", "n/a", "Line leaders more confident on the radio at night",
         "Share the group session format with days"],
    ),
    P("""Reading this back, Schön's idea of reflection-on-action fits: the sticky notes only
      helped because I read them before the next session, not at the end of the programme."""),
]

CASE = Case(
    name="c_8587_304_docx",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("G Hartley Unit 304 portfolio.docx", BLOCKS)],
    labels={
        "1.1": "mezzanine meeting room above the dispatch bay",
        "1.2": "cut changeover time on line 4",
        "1.3": "signed a tripartite agreement",
        "2.1": "rated themselves 1–5 on the twelve competencies",
        "2.2": "direction setting became a session of its own",
        "2.3": "what would have to be true for that to work?",
        "2.4": "from my first e-mail on 2 January",
        "3.1": "action learning rules protected the session from me",
        "3.2": "score the session from 1 to 5 on a sticky note",
        "3.3": "walked the line while we talked",
        "3.4": "let the mentee name the next step",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # Actual column: 270 (Mentee 1) + 255 (Mentee 2) + 285 (Mentee 3) + 105 (group #7,
        # counted once) = 915; Planned column, cancelled #6, not-yet-held #15 and the Total
        # row excluded; the three-way meeting before signing is marked in the text as not a
        # mentoring session (made explicit in the audit)
        "minutes": 915,
        "sessions": 13,
        "individuals": 3,
        "supervision_minutes": 150,  # record 1: 60 + record 2: 90
        "identifying": [],
    },
    about="Bakery production manager; one styled DOCX with matrix and appendices; Planned/Actual log with a cancelled row and a three-mentee group session; supervision records; clean.",
)
