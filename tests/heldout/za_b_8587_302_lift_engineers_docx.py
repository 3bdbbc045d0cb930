"""8587-302 extended coaching: a lift and escalator maintenance firm's service operations manager, two DOCX files.

Callum Reid is Service Operations Manager (North West) for a lift and escalator maintenance
company (Northlift), 48 engineers on a call-out rota looking after about 3,200 lifts and
escalators. He coaches "C1", a newly promoted Team Leader, and "C2", a senior lift engineer who
trains apprentices and wants the Technical Trainer job. Two Word files: the portfolio (cover
table, the 302 evidence matrix, answers under headings that mix "AC 1.1 Planning",
"Diagnostics (2.1)" and bare numbers, declaration) and the appendices (plan table, coaching log,
supervision table, feedback table).

The log (Appendix 2) has Booked / Start / Finish / Mins columns. Traps: two chemistry calls
with minutes written in (20 and 15) but marked "not counted (before contract)"; a cancellation
when C2 was called out to an entrapment and a DNA after an on-call swap; a three-way mid-point
review with C1's manager that he counts (C1 present); one row whose Mins cell is wrong
(09:40-10:55 written as 65; his 3.1 says it "ran on to 10:55, an hour and a quarter"); a TOTAL
row of 880 ("14 hrs 40"), which is the sum of his Mins cells; a session in the van while waiting
three hours for an escalator part, "about 40 minutes", only in his 3.1 reflections and counted by
him; the cover's "15 hrs 20" = his 880 + 40; C2's mid-point review said never to have happened.
Supervision in a table: two tutor supervisions, a tutor's feedback call on his audio-recorded
session, a two-hour cohort group supervision (a clock range) and a third supervision only booked.

Clean: Callum Reid (learner), Moira Blackwood (his tutor, on the cover and in the supervision
table), C1/C2, the Area Service Manager and Technical Services Manager by role, a main
contractor's site manager, Whitmore's GROW, Johari, VIA, DESC, LOLER, Hawkins and Smith, Otis,
Kone and Schindler, Salford, Stockport, Manchester, Microsoft Forms.

Practice truth (Appendix 2 plus his 3.1 reflections):
  06/01 C1 chemistry call 20 "not counted (before contract)" -> excluded (his word);
  07/01 C2 chemistry chat 15 "not counted" -> excluded.
  C1: 13/01 10:00-11:10 = 70; 27/01 09:30-10:45 = 75; 10/02 15:00-16:00 = 60;
      24/02 three-way mid-point review with C1 and her manager 14:30-15:00 = 30 (counted by him,
      coachee present); 10/03 11:00-12:20 = 80;
      19/03 in the van at a shopping centre waiting for a part, "about 40 minutes", 3.1 only,
      "I have added it to my hours" = 40;
      24/03 13:00-14:15 = 75; 04/04 10:00-11:00 = 60.
      70 + 75 = 145, + 60 = 205, + 30 = 235, + 80 = 315, + 40 = 355, + 75 = 430, + 60 = 490.
  C2: 14/01 14:00-15:00 = 60; 28/01 CANCELLED (called out to an entrapment) -> excluded;
      31/01 13:15-14:35 = 80; 14/02 09:40-10:55 = 75 (Mins cell says 65; the clock times and his
      3.1 "an hour and a quarter" say 75); 03/03 10:00-11:30 = 90 (audio-recorded for the tutor);
      17/03 DNA (on-call swap) -> excluded; 21/03 08:45-09:45 = 60; 07/04 10:00-11:15 = 75.
      60 + 80 = 140, + 75 = 215, + 90 = 305, + 60 = 365, + 75 = 440.
  minutes 490 + 440 = 930 (15 h 30); sessions 8 + 6 = 14; individuals 2.
  His TOTAL 880 (14 hrs 40) = his Mins cells: 70+60+75+80+60+65+30+90+80+60+75+60+75; + 40 in
  the van = his "15 hrs 20" (920); short by 10 through the 14/02 cell.
  Not: C2's mid-point review (never held); the 02/01 notice row.
  Supervision (Appendix 3): 17/01 Supervision 1 Teams "45 mins" = 45; 28/02 Supervision 2
  "1.25 hrs" = 75; 07/03 tutor's feedback call on the recording "approx 20 mins" = 20;
  11/03 cohort group supervision online "10:00-12:00" = 120; 25/04 Supervision 3 "booked" ->
  excluded.  45 + 75 = 120, + 20 = 140, + 120 = 260.
"""

from corpus.case import Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "ILM Level 3 - Unit 8587-302 Undertaking an Extended Period of Coaching"),
    T(
        ["Learner name", "Callum Reid"],
        ["Role", "Service Operations Manager (North West)"],
        ["Organisation", "Northlift Lift & Escalator Services"],
        ["Centre", "North West Coaching Academy"],
        ["Tutor", "Moira Blackwood"],
        ["Coachees", "C1 and C2 (see intro)"],
        ["Total coaching hours", "15 hrs 20"],
        ["Date submitted", "14/04/2025"],
    ),
    H(1, "Portfolio evidence matrix"),
    T(
        ["Unit 302", "Portfolio Evidence Title", "Reference Number"],
        ["AC 1.1 Produce a plan for effective coaching to take place for 12 hours", "Planning statement + coaching plan", "p.2, Appx 1"],
        ["AC 1.2 Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being coached", "Goals statement", "p.2"],
        ["AC 1.3 Agree an appropriate and confidential contract with individual(s) and other stakeholders", "Contracting statement", "p.3"],
        ["AC 2.1 Use diagnostic or assessment tools to effectively coach within an organisational context", "Diagnostics", "p.3"],
        ["AC 2.2 Use a recognised model of coaching during the coaching process", "GROW", "p.4"],
        ["AC 2.3 Demonstrate the knowledge, skills and behaviours of an effective and ethical coach", "KSB statement", "p.4"],
        ["AC 2.4 Record an auditable coaching process from initial contact to completion", "Coaching log", "Appx 2"],
        ["AC 3.1 Reflect on each session and identify key learning", "Reflections", "p.5"],
        ["AC 3.2 Gather ongoing feedback on effectiveness of their coaching for each session", "Feedback forms", "p.6, Appx 4"],
        ["AC 3.3 Review and evidence own ability to use effective communication skills", "Communication review", "p.6"],
        ["AC 3.4 Summarise the outcomes of on-going supervision for a minimum of two sessions", "Supervision", "p.7, Appx 3"],
    ),

    H(1, "Intro"),
    P("""I manage service operations for the North West - 48 lift and escalator engineers and 6 Team
      Leaders maintaining and repairing about 3,200 lifts and escalators in hospitals, shopping
      centres, tower blocks and offices, most of them Otis, Kone and Schindler units. Engineers
      work a planned maintenance schedule plus a call-out rota that changes every day, and an
      entrapment (someone stuck in a lift) beats everything else, which shaped everything about
      how I planned this. I coached two people. C1 is a Team Leader promoted in December after six
      years as an engineer, with eight engineers on the south Manchester patch. C2 is a senior
      lift engineer who mentors our apprentices and wants to become Technical Trainer. Neither
      reports to me directly; C1 reports to the Area Service Manager and C2 to the Technical
      Services Manager."""),

    H(1, "AC 1.1 Planning"),
    P("""12 hours needed, so I planned six one-hour sessions each, roughly fortnightly, January to
      early April, plus a mid-point review for each. The hard part is the rota. For each session I
      asked the scheduling team to take the coachee off the call-out rota for the morning, so they
      could not be sent to a breakdown halfway through, and I booked the small meeting room at
      the depot, which has no window into the stores. Sessions were mostly mornings before the
      planned maintenance visits start. Resources: session record form, GROW prompt sheet, VIA
      strengths survey (free online), our engineer competency framework, a Johari window sheet,
      and a Microsoft Form for feedback (see 3.2). I left two weeks of slack at the end for
      cancellations, which I needed. The full plan is Appendix 1."""),

    H(1, "AC1.2 goals"),
    P("""In the first session with each of them I asked what they wanted to be different in six
      months, then we worked the answers into goals together over the first two sessions. I
      asked them to write the goals in their own words and read them back to me so they were
      theirs and not mine."""),
    P("""C1: (1) lead the Monday toolbox talk for her team with confidence - measured by her own
      rating going from 4/10 to 8/10 and her engineers' feedback; (2) handle a difficult customer
      or resident during a breakdown using the de-escalation steps and complete the report the
      same day; (3) raise a safety concern with a main contractor's site manager on a new-install
      site using the DESC script (Describe, Express, Specify, Consequences) instead of waiting for
      someone else to."""),
    P("""C2: (1) deliver the annual safe isolation refresher module at the depot by the end of
      March, with an average trainee rating of 4 out of 5 or better; (2) give developmental
      feedback to apprentices using a structure instead of 'you were fine'; (3) be ready to
      apply for Technical Trainer when it is advertised."""),

    H(1, "1.3 contracting"),
    P("""Each coachee signed a coaching agreement at session 1: purpose, six sessions plus review,
      dates agreed around the rota, 24 hours notice to cancel unless there is an entrapment,
      notes kept by me on a locked drive and destroyed after my assessment, anonymised in my
      portfolio, and a no-blame ending. Confidentiality has one clear limit in our work: anything
      that is a lift safety matter goes through the normal reporting system, under LOLER and our
      safety policy, and I explained that it would be the same for anyone else. I also contracted
      with the stakeholders. I met C1's manager (Area Service Manager) and C2's manager (Technical
      Services Manager) separately before the first sessions and agreed the time off the rota,
      that they would get a mid-point review, and that they would not get a report of the
      content. Ethically the biggest issue was that I sit above both of them in the structure; I
      said in the agreement that nothing said in coaching would be used in their reviews or
      promotions and that they could stop at any time without it counting against them."""),

    H(1, "Diagnostics (2.1)"),
    P("""I used three. The VIA character strengths survey with C1 - her top strengths were fairness
      and kindness, and leadership came out near the bottom, which she used to explain why she
      struggled to run toolbox talks for engineers who used to be her mates. The engineer
      competency framework as a self-assessment with both. C1 scored herself lowest on the
      leading others element, which fed goal 1. C2 scored himself lowest on 'developing others'.
      The Johari window with C2: he asked three apprentices and his own manager to pick adjectives
      about him, which showed a blind spot - everyone else picked 'patient' but nobody picked
      'clear', and that became goal 2."""),

    H(1, "2.2 Model"),
    P("""GROW (Whitmore) in every session, with the prompt sheet on the table. Example: C1 on 10/02,
      after a resident in a Salford tower block shouted at one of her engineers during an
      entrapment release and she had to step in. Goal for the session - to know what she would do
      next time. Reality - what actually happened, what she did, what the engineer did, how she
      felt. Options - her Options list had seven things on it when she had said at the start there
      was nothing she could have done. Will - she chose two and practised the words out loud with
      me. Three weeks later she handled an angry housing officer on the phone and wrote the report
      the same day. GROW suited both of them because it is the same shape as the fault-finding
      they do on a lift: what should happen, what is happening, what could cause it, what will you
      try first."""),

    H(1, "2.3 knowledge, skills and behaviours"),
    P("""Knowledge: GROW, the tools, the coaching agreement, and the work itself. Knowing the work
      helped me ask good Reality questions but I had to stop myself giving the answer - I've been
      a Team Leader, I know what I'd do. Skills: open questions, scaling questions (how confident
      out of 10), summarising, reflecting back their exact words, and silence. I listened for what
      was not said - C2 never once mentioned his own manager in three sessions, and when I asked
      about it gently he told me they had clashed. Behaviours: when C1 talked about a site manager
      she found dismissive, I kept my own opinions about that site manager to myself and kept the
      focus on what she could do. I stayed non-judgemental about the DNA, and I kept to the
      agreement over confidentiality when C2's manager asked me how he was getting on."""),

    H(1, "2.4 records"),
    P("""The log is Appendix 2. It starts with the notice on the engineers' app on 2 January asking
      for two volunteers for coaching, then the chemistry calls, and goes through to the final
      review with each coachee in April. I also kept a session record form for every session
      (held on the locked drive, not included to keep them confidential), the two signed
      agreements, and the feedback form results (Appendix 4)."""),

    H(1, "3.1 - reflecting on each session"),
    P("""After each session I wrote three lines: what happened, what I did well, what I'll change.
      The main points:"""),
    P("""13/01 C1 and 14/01 C2 - first sessions. Spent too long on the agreement with C1. Learning:
      send the agreement beforehand so the session is about them."""),
    P("""27/01 C1 - VIA worked, she was surprised by leadership being low. Learning: let the
      coachee interpret the results first."""),
    P("""31/01 C2 - Johari was powerful but he was stung by the blind spot. Learning: prepare
      people for feedback before they collect it."""),
    P("""10/02 C1 - the GROW example above. Learning: Options is where I add most value by
      staying quiet."""),
    P("""14/02 C2 - he rehearsed the whole isolation module opening and it ran on to 10:55, an hour
      and a quarter. I should have stopped at 10:40 and didn't, because he was on a roll.
      Learning: agree at the start what happens if we run over."""),
    P("""24/02 C1 three-way review with her manager - 30 minutes, counted as coaching because C1
      led it and reviewed her own goals. Learning: the coachee should run the review, not me.
      C2's mid-point review with his manager never happened - his manager was on leave and then
      the rota got in the way - so there is no row for it."""),
    P("""03/03 C2 - recorded for my tutor. I was stiff for the first ten minutes. Learning: the
      recording showed I interrupt."""),
    P("""10/03 C1 - DESC and the site manager. Best session. Learning: role play works for her."""),
    P("""19/03 C1 - not in the log. We were both at a shopping centre in Stockport for three hours
      waiting for an escalator step chain part to arrive, and we used about 40 minutes of it in my
      van for a proper GROW session on her probation review. I have added it to my hours but it is
      not in the log. Learning: coaching doesn't always need a booked room, but I must still check
      it is private."""),
    P("""21/03 C2, 24/03 C1, 04/04 C1, 07/04 C2 - the final sessions. Learning: both endings were
      planned two sessions ahead and that made them feel finished rather than just stopping."""),

    H(1, "3.2 Feedback from each session"),
    P("""After every session both coachees filled in three questions on a Microsoft Form on their
      phones before leaving the room: how useful was today (1-5), what helped most, what should I
      do differently. Results are in Appendix 4. Scores were 3s and 4s at first and 4s and 5s by
      March. The one comment that changed what I did came from C2 after 31/01: 'you ask two
      questions at once'. I started writing my first question down before each session. I also
      got feedback from C1's manager at the three-way review (her toolbox talks are 'noticeably
      calmer') and from my tutor on the recording."""),

    H(1, "3.3 communication"),
    P("""Questioning - better open questions, but I ask two at once when nervous (C2's comment, and
      the recording showed it four times in 20 minutes). Listening - I interrupt when I think I know
      where it is going, which is most of the time with technical problems because I have done the
      job. On the recording my tutor counted six interruptions. By April C1 said in her form that I
      let her finish. Feedback - I used the same structure I was teaching C2 (what I saw, the
      effect, what next) when giving him feedback on his module rehearsal, which also showed him
      the structure working. I still soften feedback too much."""),

    H(1, "3.4 Supervision"),
    P("""Supervision details are in Appendix 3. In supervision 1 my tutor asked me who the coaching
      was really for, because I kept talking about what the company needed. Outcome: I rewrote my
      opening question to be about the coachee. In supervision 2 we talked about the power
      difference and the DNA; outcome - put on-call swaps into the agreement. The feedback call on
      the recording and the cohort group supervision gave me the interrupting and two-questions
      points above, and hearing five other learners' cases showed me that everyone struggles to
      keep quiet. I have a third supervision booked for after hand-in to plan my 303."""),

    H(1, "Declaration"),
    P("""I confirm that this portfolio is my own work. Callum Reid, 14/04/2025"""),
]

APPENDICES = [
    H(0, "Unit 302 - Appendices (Callum Reid)"),
    H(1, "Appendix 1 - coaching plan"),
    T(
        ["Coachee", "Sessions", "How often", "Where / when", "Planned hours"],
        ["C1", "6 x 1 hr + mid-point review", "Fortnightly", "Depot meeting room, mornings off the call-out rota", "6"],
        ["C2", "6 x 1 hr + mid-point review", "Fortnightly", "Depot meeting room, mornings off the call-out rota", "6"],
        ["Contingency", "2 weeks at the end", "", "", ""],
        ["Total", "", "", "", "12 hrs"],
    ),
    H(1, "Appendix 2 - coaching log"),
    T(
        ["Date", "Coachee", "Booked", "Start", "Finish", "Mins", "Comment"],
        ["02/01/25", "-", "-", "-", "-", "-", "Notice on engineers' app asking for 2 volunteers. C1 and C2 replied 03/01"],
        ["06/01/25", "C1", "chemistry call", "-", "-", "20", "Phone. Not counted (before contract)"],
        ["07/01/25", "C2", "chemistry", "-", "-", "15", "Depot canteen. Not counted (before contract)"],
        ["13/01/25", "C1", "60", "10:00", "11:10", "70", "Agreement signed, goals, first GROW"],
        ["14/01/25", "C2", "60", "14:00", "15:00", "60", "Agreement signed, goals"],
        ["27/01/25", "C1", "60", "09:30", "10:45", "75", "VIA strengths, competency self-assessment"],
        ["28/01/25", "C2", "60", "-", "-", "-", "CANCELLED - called out to an entrapment at a hospital"],
        ["31/01/25", "C2", "60", "13:15", "14:35", "80", "Rebooked from 28th. Johari window, feedback"],
        ["10/02/25", "C1", "60", "15:00", "16:00", "60", "GROW - the tower block resident"],
        ["14/02/25", "C2", "60", "09:40", "10:55", "65", "Isolation module rehearsal"],
        ["24/02/25", "C1 + her manager", "30", "14:30", "15:00", "30", "Three-way mid-point review. Counted"],
        ["03/03/25", "C2", "60", "10:00", "11:30", "90", "Audio recorded for tutor (C2 consented in writing)"],
        ["10/03/25", "C1", "60", "11:00", "12:20", "80", "DESC, speaking up to a site manager"],
        ["17/03/25", "C2", "60", "-", "-", "-", "DNA - swapped onto weekend on-call, didn't tell me"],
        ["21/03/25", "C2", "60", "08:45", "09:45", "60", "Rebooked. After the module - trainee scores"],
        ["24/03/25", "C1", "60", "13:00", "14:15", "75", "After her probation review"],
        ["04/04/25", "C1", "60", "10:00", "11:00", "60", "Final review and ending"],
        ["07/04/25", "C2", "60", "10:00", "11:15", "75", "Final review and ending"],
        ["TOTAL (coaching only)", "", "", "", "", "880", "= 14 hrs 40"],
    ),
    H(1, "Appendix 3 - supervision"),
    T(
        ["Date", "What", "With", "How long", "Outcome"],
        ["17/01/25", "Supervision 1", "Moira Blackwood (tutor), Teams", "45 mins", "Make my opening question about the coachee"],
        ["28/02/25", "Supervision 2", "Moira Blackwood, at the Academy", "1.25 hrs", "Power difference; add on-call swaps to agreement"],
        ["07/03/25", "Feedback call on my recorded session", "Moira Blackwood, phone", "approx 20 mins", "Interrupting (6 times), two questions at once"],
        ["11/03/25", "Cohort group supervision (online)", "Moira Blackwood + 5 learners", "10:00-12:00", "Case discussion; Hawkins and Smith seven-eyed model"],
        ["25/04/25", "Supervision 3", "Moira Blackwood", "booked", "-"],
    ),
    H(1, "Appendix 4 - feedback form results"),
    T(
        ["Session", "Useful (1-5)", "What helped most", "Do differently"],
        ["C1 13/01", "3", "Knowing it's confidential", "Less on the paperwork"],
        ["C2 14/01", "4", "Writing goals in my words", "-"],
        ["C1 27/01", "4", "VIA results", "-"],
        ["C2 31/01", "3", "Johari", "You ask two questions at once"],
        ["C1 10/02", "5", "Saying the words out loud", "-"],
        ["C2 14/02", "4", "Rehearsing", "Keep to time"],
        ["C1 24/02", "4", "Running my own review", "-"],
        ["C2 03/03", "4", "Feedback structure", "-"],
        ["C1 10/03", "5", "Role play", "-"],
        ["C1 19/03", "5", "Good use of a wasted afternoon!", "-"],
        ["C2 21/03", "5", "Looking at my scores", "-"],
        ["C1 24/03", "5", "-", "-"],
        ["C1 04/04", "5", "Seeing how far I've come", "-"],
        ["C2 07/04", "5", "Everything", "-"],
    ),
]

CASE = Case(
    name="za_b_8587_302_lift_engineers_docx",
    unit="8587-302",
    kind="portfolio",
    files=[
        SourceFile("Callum Reid 302 portfolio.docx", PORTFOLIO),
        SourceFile("Callum Reid 302 appendices.docx", APPENDICES),
    ],
    labels={
        "1.1": "asked the scheduling team to take the coachee off the call-out rota",
        "1.2": "deliver the annual safe isolation refresher module at the depot",
        "1.3": "anything that is a lift safety matter goes through the normal reporting system",
        "2.1": "C1 scored herself lowest on the leading others element",
        "2.2": "her Options list had seven things on it",
        "2.3": "I kept my own opinions about that site manager to myself",
        "2.4": "It starts with the notice on the engineers' app on 2 January",
        "3.1": "I should have stopped at 10:40 and didn't",
        "3.2": "I started writing my first question down before each session",
        "3.3": "I interrupt when I think I know where it is going",
        "3.4": "my tutor asked me who the coaching was really for",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        # C1 70+75+60+30 (three-way, counted)+80+40 (19/03 in the van, 3.1 only)+75+60 = 490;
        # C2 60+80+75 (14/02 09:40-10:55; Mins cell 65 wrong)+90+60+75 = 440.  930.
        # Not: chemistry 20 and 15 ("not counted"), 28/01 cancelled, 17/03 DNA, TOTAL row,
        # C2's mid-point review (never held).
        "minutes": 930,
        "sessions": 14,
        "individuals": 2,
        # 45 + 75 (1.25 hrs) + 20 (feedback call) + 120 (group supervision 10:00-12:00) = 260;
        # 25/04 booked only.
        "supervision_minutes": 260,
    },
    about="Lift and escalator maintenance firm's service operations manager; 302 as two DOCX (portfolio with cover and matrix, appendices with plan, log, supervision and feedback tables); log with Start/Finish/Mins where one Mins cell is wrong, chemistry rows with minutes marked not counted, an entrapment call-out cancellation, an on-call-swap DNA, a counted three-way review, a van session waiting for a part only in the reflections, a TOTAL row; group supervision as a clock range and one only booked; clean.",
)
