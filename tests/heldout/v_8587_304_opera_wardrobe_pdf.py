"""8587-304 Extended Period of Mentoring: an opera company's wardrobe supervisor, PDF portfolio.

Siobhan Garvey is Wardrobe Supervisor at a touring opera company in Leeds and mentors two
new members of the wardrobe team: a costume maker in her first job after a degree (M1) and
a cutter who has moved over from film and television (M2). Her mentoring log has a Type
column mixing "1:1 mentoring", "Observed 1:1" (her tutor watching her mentor), a "Group
workshop" with both mentees together, a "Shadowing" row (her sitting in on the Head of
Wardrobe mentoring someone else, marked not counted) and a DNA; an Hrs column in decimal
hours and a Running total column. Supervision is in prose in 3.4, with the two observation
debriefs noted in the log's Notes too. Headings are AC numbers in bold lines; a short
evidence matrix table at the end; signed declaration.

Planted (1): the designer of the autumn production by full name in a log note and again in
2.3 ("Marguerite Lacey").

Clean but tricky: her own name; Verdi and opera titles (La traviata, Tosca, Madama
Butterfly), costume terms that look like names (a Worth-style bodice, a Vionnet bias cut),
places (Holbeck, Leeds Grand Theatre, Newcastle, Salford), the Head of Wardrobe by title,
theorists (Megginson, Clutterbuck, Kolb), Belbin.

Practice arithmetic (Hrs column):
  09/01 1:1 M1 1.0 = 60 | 10/01 1:1 M2 1.0 = 60 | 23/01 1:1 M1 1.5 = 90 | 24/01 1:1 M2 1.25 = 75
  06/02 Group workshop M1+M2 2.0 = 120 (once, one session)
  20/02 Observed 1:1 M1 1.0 = 60 | 21/02 1:1 M2 DNA -> excluded
  27/02 Shadowing, "not counted" 1.0 -> excluded
  06/03 1:1 M2 1.5 = 90 | 13/03 1:1 M1 1.0 = 60 | 20/03 Observed 1:1 M2 1.25 = 75
  27/03 1:1 M1 1.0 = 60 | 28/03 1:1 M2 1.0 = 60
  60+60+90+75+120+60+90+60+75+60+60 = 810 (120, 210, 285, 405, 465, 555, 615, 690, 750, 810);
  11 sessions; 2 individuals. Running total column ends 13.5 = 810, never added.
Supervision (3.4): 14 Feb 1 hr 60 + 20 Feb debrief 20 + 20 Mar debrief 25 + 3 Apr 1 hr 15 = 75
  -> 60+20+25+75 = 180.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Type", "Mentee", "Hrs", "Running total", "Notes"],
    ["09/01", "1:1 mentoring", "M1", "1.0", "1.0", "First meeting, agreement, what she wants from the year"],
    ["10/01", "1:1 mentoring", "M2", "1.0", "2.0", "First meeting, agreement. Skills audit given"],
    ["23/01", "1:1 mentoring", "M1", "1.5", "3.5", "Skills audit results, goals set. Fitting nerves"],
    ["24/01", "1:1 mentoring", "M2", "1.25", "4.75", "Goals set. Theatre vs film pace"],
    ["06/02", "Group workshop", "M1 + M2", "2.0", "6.75", "Fittings workshop, both together, role play with the dresser"],
    ["20/02", "Observed 1:1", "M1", "1.0", "7.75", "Observed by my tutor, debrief after (20 min)"],
    ["21/02", "1:1 mentoring", "M2", "-", "7.75", "DNA - M2 called in sick"],
    ["27/02", "Shadowing", "-", "1.0", "7.75", "Sat in on Head of Wardrobe mentoring the dye room apprentice. Not counted"],
    ["06/03", "1:1 mentoring", "M2", "1.5", "9.25", "Costing the Tosca cloaks, speaking up in production meetings"],
    ["13/03", "1:1 mentoring", "M1", "1.0", "10.25", "Fitting with Marguerite Lacey went badly, talked it through"],
    ["20/03", "Observed 1:1", "M2", "1.25", "11.5", "Observed by my tutor, debrief after (25 min)"],
    ["27/03", "1:1 mentoring", "M1", "1.0", "12.5", "Final review and ending"],
    ["28/03", "1:1 mentoring", "M2", "1.0", "13.5", "Final review and ending"],
)

MATRIX = T(
    ["AC", "Where to find it"],
    ["1.1", "Section 1, plan"],
    ["1.2", "Section 1, goals"],
    ["1.3", "Section 1, agreements (signed copies in appendix)"],
    ["2.1", "Section 2, skills audit and Belbin"],
    ["2.2", "Section 2, model"],
    ["2.3", "Section 2, KSB"],
    ["2.4", "Log and session records"],
    ["3.1-3.4", "Section 3"],
)

BLOCKS = [
    H(0, "Unit 304: Undertaking an Extended Period of Mentoring within an Organisational Context"),
    P("Siobhan Garvey, Wardrobe Supervisor, Northern Lyric Opera (Holbeck, Leeds)"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring - submitted April 2025"),

    H(1, "Section 1 - Planning"),
    H(2, "1.1 Plan for 12 hours of mentoring"),
    P("""Our wardrobe builds and maintains the costumes for three touring productions a year. In
      January two new people started: M1 as a costume maker and M2 as a cutter. I planned to
      mentor both from January to the end of March, before the spring tour of Tosca and Madama
      Butterfly leaves Leeds Grand Theatre for Newcastle and Salford. For each of them: a first meeting, then a session every two weeks of an hour
      to an hour and a half, and a final review, about six hours each. I also planned one joint
      workshop on fittings because both had said fittings were what worried them most. Sessions
      would be in the small cutting room with the door shut, M1 on Thursday mornings and M2 on
      Friday afternoons, working round the build schedule for Tosca, and I blocked them in the
      wardrobe diary so nobody booked a fitting over them. I planned for two of my sessions to be
      observed by my tutor. Resources: the mentoring agreement, a wardrobe skills audit I wrote
      from the job descriptions, the Belbin report the company did last year, session record
      sheets and a reflective log."""),
    H(2, "1.2 Goals"),
    P("""Goals were agreed at the second meeting with each of them, after they had done the skills
      audit, and were written by the mentee, not by me."""),
    B("M1: to run a principal's fitting on her own by the end of March, including taking notes for the designer."),
    B("M1: to get her hand-finishing speed up so that a bodice lining takes a day, not two."),
    B("M2: to adapt to theatre timescales, where a costume has to survive eight weeks of a tour and quick changes, not one day on set."),
    B("M2: to speak up in production meetings when a design cannot be built in the time or the budget."),
    H(2, "1.3 Agreement"),
    P("""Each mentee signed an agreement with me and with the Head of Wardrobe as the stakeholder.
      It covers: sessions, where and how long; that either of us can rearrange with a day's
      notice, except in production week; confidentiality, and that the only things I would pass
      on are safety matters or a breach of the company's dignity at work policy; that mentoring
      is separate from probation and I would not use anything said in sessions in their
      probation reviews; record keeping (my notes in a locked drawer, theirs their own); and that
      the Head of Wardrobe only gets told whether sessions are happening, not what is said. The
      Head of Wardrobe signed to agree the goals fitted the department's needs and to release
      them for the time."""),

    H(1, "Section 2 - Mentoring"),
    H(2, "2.1 Diagnostic and assessment tools"),
    P("""The wardrobe skills audit lists 24 skills (from machining and hand finishing to fittings,
      costing and breaking down) and each mentee rated themselves 1 to 4 and then I rated what I
      had seen. The gaps between the two scores were the most useful part. M1 rated her fittings
      at 1 but I had her at 3, which told us the problem was nerves rather than skill, so her
      goal became running a fitting rather than learning to fit. M2 rated her hand finishing low
      and her pattern cutting high (she can drape a Vionnet bias cut or a Worth-style bodice
      from a photograph), which matched, but the audit also showed she had never
      costed a build. The Belbin report showed M2 as a Specialist and Completer Finisher, with
      almost nothing in Resource Investigator, which helped explain why she said nothing in
      production meetings and gave us a way to talk about it that wasn't personal."""),
    H(2, "2.2 Mentoring model"),
    P("""I used Megginson and Clutterbuck's five stages of the mentoring relationship: building
      rapport, setting direction, progression, winding up and moving on. Rapport in the first
      meetings (I brought them both in to the first session with tea and the costume bible for
      Verdi's La traviata to look through). Direction at the second session with the audit and goals.
      Progression in the middle sessions, where each session reviewed the goals. Winding up
      at the final reviews, where I told them in February that March would be the last formal
      meetings so it did not come as a surprise. Moving on: both now have a buddy in the team
      and M2 has joined the company's production meeting rota. The model helped because I could
      see M2 had stayed in rapport building longer than M1 and did not push her into goals."""),
    H(2, "2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: of the five stage model, of the two tools, and of how our department works,
      including who to go to for what. Skills: open questions ("what would a good fitting look
      like for you?"), active listening, paraphrasing, and challenge. When M1 came to the 13 March
      session upset after the fitting with Marguerite Lacey, the guest designer, I listened
      without defending either of them, repeated back what I had heard ("so it was being
      corrected in front of the singer that hurt"), and only then asked what she would do
      differently next time. Behaviours: patience, keeping confidences even when the Head of
      Wardrobe asked me how M1 was getting on, and being a role model, so I made sure I went to
      M2's first production meeting and raised a build problem myself before she had to."""),
    H(2, "2.4 Mentoring log"),
    P("""The log covers everything from the first meeting to the final reviews. Type shows what kind
      of session it was. The Hrs column counts only mentoring I delivered, and the
      running total is my own hours: the DNA and the afternoon I shadowed the Head of Wardrobe are not in it."""),
    LOG,
    P("""Every 1:1 and the workshop has a session record sheet (goal, discussion, actions, mentee
      feedback, my reflection) in the appendix."""),

    H(1, "Section 3 - Reviewing my practice"),
    H(2, "3.1 Reflection"),
    P("""I used a Kolb-style log after each session: what happened, what I noticed, what it means,
      what I'll try next time. From the log, the key learning points were: I am more directive
      than I thought (session 3 with M1 I gave her my own fitting checklist before she'd tried
      making one); joint sessions need more structure than 1:1s, as the workshop drifted when
      M2 and the dresser started talking about film; and I find it hard to let a mentee fail
      at something small when I can see it coming. For my CPD I have asked to go on the Level 5
      coaching course next year."""),
    H(2, "3.2 Feedback"),
    P("""I asked for feedback at the end of every session with the same three questions on the back
      of the session record: what was useful, what wasn't, what would you like next time. M1 wrote
      after the workshop that the role play with the dresser "was the first time I felt like I
      could do a fitting". M2 wrote after session 2 that she wanted less small talk at the start,
      which surprised me, and I changed how I opened her sessions. My tutor's written feedback from
      both observations is in the appendix."""),
    H(2, "3.3 Communication skills"),
    P("""My questioning has improved most: at the start I asked closed questions and then answered
      them myself. Listening: my tutor noticed in the first observation that I was already
      threading a needle while M1 was talking, and that this told her I was only half listening.
      I now put everything down in sessions. Feedback: I give feedback in the wardrobe all day,
      but it is usually quick and practical ("shorter stitches"); in mentoring I learnt to ask
      the mentee what they thought first and to say what I noticed rather than what was wrong."""),
    H(2, "3.4 Supervision"),
    P("""I had two supervision sessions with my ILM tutor, who is an experienced mentor. The first
      was on 14 February, an hour in the company's green room. The outcome was that I had been
      slipping into teaching costume skills in the sessions, which I can do at the bench, and we
      agreed mentoring time would be for the things that don't get talked about at the bench. She
      also debriefed me after each observation, for 20 minutes on 20 February and 25 minutes on
      20 March, mainly about listening and about letting silences run. The second session was on
      3 April, 1 hr 15, after the mentoring had ended, and was about endings and about mentoring
      the next intake. Outcomes: I will set the ending date at the first session next time, keep
      the teaching separate from the mentoring, and ask for supervision every six weeks."""),
    H(2, "Evidence matrix"),
    MATRIX,
    P("""Declaration: I confirm that this portfolio is my own work. Signed S. Garvey, 7 April 2025."""),
]

CASE = Case(
    name="v_8587_304_opera_wardrobe_pdf",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Garvey_304_portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "I blocked them in the wardrobe diary",
        "1.2": "to speak up in production meetings when a design cannot be built",
        "1.3": "I would not use anything said in sessions in their probation reviews",
        "2.1": "the problem was nerves rather than skill",
        "2.2": "had stayed in rapport building longer than M1",
        "2.3": "corrected in front of the singer that hurt",
        "2.4": "the running total is my own hours",
        "3.1": "joint sessions need more structure than 1:1s",
        "3.2": "she wanted less small talk at the start",
        "3.3": "I was already threading a needle while M1 was talking",
        "3.4": "set the ending date at the first session next time",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Marguerite Lacey"],
        # 60 + 60 + 90 + 75 + 120 + 60 + 90 + 60 + 75 + 60 + 60 = 810 (see docstring);
        # not: 21/02 DNA, 27/02 shadowing (not counted), the Running total column (13.5).
        "minutes": 810,
        "sessions": 11,
        "individuals": 2,
        # 14 Feb 60 + 20 Feb debrief 20 + 20 Mar debrief 25 + 3 Apr 75 = 180
        "supervision_minutes": 180,
    },
    about="Opera wardrobe supervisor's 304 PDF: log with a Type column (1:1, observed 1:1, joint group workshop, shadowing not counted, DNA), decimal Hrs and a Running total column, supervision and observation debriefs in prose; the guest designer's full name planted; matrix.",
)
