"""D2.02 (legacy, marked) Mentoring diary: a college student mentors a boy at a boxing club charity.

Aaron Mistry, 17, a Level 3 sport student, volunteers at a community boxing gym run by a
youth charity and mentors a 13-year-old member ("M"). One DOCX in a teenager's voice: the
sections typed as "Section 1 –" headings, the questions numbered inconsistently ("2a)",
"Q3b.", "Question 3c –", "3 d."), and one activity log for the whole diary with a
Running total column (mentoring only) and two college tutorial rows.

Practice, as an assessor counts it (the activity log, checked against the write-ups):
    mentoring:   "30 mins" 30, "45 mins" 45, "18:10–18:40" 30, "40 mins" 40, "30 mins" 30,
                 "30 mins" 30                                           = 205, 6 sessions
    supervision: reviews 1–6: 30, 30, 30, 30, "45 mins" 45, 30          = 195
                 plus the two tutorial rows (a 1-hour group tutorial at college and a
                 20-minute diary check with his course tutor): tutorials count with
                 supervision, 195 + 60 + 20                             = 275
    Not counted as mentoring: the tutorial and review rows, the half-term row (no session),
    the running totals, and the write-ups "Session 1 – 30 mins" ... which repeat the log.
    => minutes 205, sessions 6, individuals 1, supervision 275.

Anonymisation slips: M's first name in his answer to 3a, M's mum's mobile in section 1,
and the full name of the older boy who was picking on M. Not identifying: Aaron's own
name and candidate number, the supervisor Karen Oduya named and signing where the diary
asks for the supervisor, his course tutor Mr Pryce, Riverside ABC, Salford, England
Boxing, the GROW model.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary – D2.02 Undertaking supervised mentoring"),
    T(
        ["Candidate name", "Aaron Mistry"],
        ["Candidate number", "YLM-26-1187"],
        ["Centre", "Irwell Valley Sixth Form College"],
        ["Where I mentored", "Riverside ABC (community boxing gym, youth charity), Salford"],
    ),
    P("""I have been a member at Riverside ABC since I was 11 and now I help coach the juniors on
      Thursday nights. For this diary I mentored one of the juniors who is 13. I call him M.
      The club's welfare officer was my supervisor."""),

    H(1, "Section 1 – Identify and agree overall outcomes for mentoring sessions"),
    P("""The head coach asked me to mentor M because he kept walking out of training and had
      been in trouble at school for fighting, and the club was worried he would get banned
      from competing. Before the first session I talked to my supervisor about what the
      mentoring was for, and she rang his mum to get permission. She gave me his mum's number
      (07700 900815) in case a session had to be moved, which I only used once."""),
    P("""In session 1 I asked M what he wanted to get out of boxing and what was stopping him. He
      said he wanted his first skills bout and that he walks out 'when people take the mick'.
      We agreed three outcomes for the six sessions:"""),
    P("""1. To stop walking out of training when he loses a sparring round, and instead take a
      two-minute breather on the bench and come back (measured by the coach's register
      notes)."""),
    P("""2. To get signed off for his first skills bout by the head coach before the Easter
      show."""),
    P("""3. To have a plan for what to do at school when someone winds him up, that he can tell
      me in his own words."""),
    P("""We wrote these on a card he keeps in his kit bag, and my supervisor checked them and
      said they were realistic and could be measured."""),

    H(1, "Section 2 – Undertake supervised mentoring"),
    P("""All my mentoring happened at the club in the quiet bit by the weights racks, before
      Thursday juniors, and then I had my review with my supervisor in the club office after
      the session. Below is my activity log for the whole diary. The running total is only my
      mentoring time. The tutorial rows are my college tutorials for the course, not
      mentoring and not my club reviews, but my tutor said to put everything in."""),
    T(
        ["Date", "What", "Time", "Running total (mentoring)"],
        ["13/01/2026", "Tutorial – group tutorial at college, intro to the diary", "1 hr", "–"],
        ["15/01/2026", "Mentoring session 1", "30 mins", "0 h 30"],
        ["15/01/2026", "Supervision review 1", "30 mins", "–"],
        ["22/01/2026", "Mentoring session 2", "45 mins", "1 h 15"],
        ["22/01/2026", "Supervision review 2", "30 mins", "–"],
        ["29/01/2026", "Mentoring session 3", "18:10–18:40", "1 h 45"],
        ["29/01/2026", "Supervision review 3", "30 mins", "–"],
        ["03/02/2026", "Tutorial – diary check with Mr Pryce (course tutor)", "20 mins", "–"],
        ["05/02/2026", "Mentoring session 4", "40 mins", "2 h 25"],
        ["05/02/2026", "Supervision review 4", "30 mins", "–"],
        ["12/02/2026", "Mentoring session 5", "30 mins", "2 h 55"],
        ["12/02/2026", "Supervision review 5", "45 mins", "–"],
        ["19/02/2026", "Half term – club shut, no session", "–", "2 h 55"],
        ["26/02/2026", "Mentoring session 6", "30 mins", "3 h 25"],
        ["26/02/2026", "Supervision review 6", "30 mins", "–"],
    ),
    P("2a) Carry out six mentoring sessions of 30 minutes each with one mentee."),
    P("""Session 1 – 30 mins. Got to know each other and agreed the outcomes (Section 1). He was
      quiet at first so I asked him about his favourite boxers and he opened up. Action: write
      the outcomes card."""),
    P("""Session 2 – 45 mins. Went over because he walked out of sparring earlier that night and
      I wanted to talk about it while it was fresh. We worked out what happens in his head
      just before he walks out (he goes hot and thinks everyone is laughing). Action: try the
      bench breather once."""),
    P("""Session 3 – 30 mins. He had used the bench once and came back to finish the round. He
      told me an older lad at school, Dean Whitcombe, keeps starting on him at the bus stop.
      We talked about options, not just fighting back. Action: walk to the other bus stop for
      a week and see."""),
    P("""Session 4 – 40 mins. We did pad work together while we talked, because he talks more
      when he is moving. I held the pads and asked him to tell me his school plan between
      rounds. Action: tell his head of year about the bus stop."""),
    P("""Session 5 – 30 mins. Head coach watched him spar and said he is nearly ready for a skills
      bout. No walk-outs for three weeks. Action: practise his routine for the sign-off."""),
    P("""Session 6 – 30 mins. Signed off for the Easter show skills bout. Looked at the card and he
      has done all three outcomes. He said he wants to help with the little ones next year,
      which is how I started."""),
    P("2b) Meet with your supervisor after each mentoring session for 30 minutes to review and reflect"),
    P("""Review 1 – 30 mins. Karen said I did well getting him talking with the boxers question.
      I said I didn't know what to do when he went quiet. She said to let it be quiet."""),
    P("""Review 2 – 30 mins. We talked about me going over time. She said it was right because he
      needed it, but I should tell the coach next time so they know where he is."""),
    P("""Review 3 – 30 mins. I told her about the older lad at the bus stop because I wasn't sure if
      it was a safeguarding thing. She explained what she has to pass on and said she would
      speak to his mum, and that I did the right thing telling her and not trying to sort it
      myself."""),
    P("""Review 4 – 30 mins. She liked the idea of mentoring on the pads. Learning: mentoring
      doesn't have to be sitting down facing each other."""),
    P("""Review 5 – 45 mins. Longer because we planned how to finish the mentoring so he doesn't
      feel dumped after the show."""),
    P("""Review 6 – 30 mins. Went through my whole diary. She said my records were clear and I had
      kept to what I said I would do."""),
    T(
        ["Supervisor", "Karen Oduya, Welfare Officer, Riverside ABC"],
        ["Signature", "K Oduya – I confirm the six reviews took place"],
    ),

    H(1, "Section 3 – Review own progress"),
    P("""I had six reviews with Karen after my sessions which was 3 hours 15 mins altogether, and
      I kept this diary and my log up to date every Thursday night when I got home. These are
      my answers to the questions."""),
    P("3a) Think about your own performance as a mentor and what worked well"),
    P("""I think I did alright. What worked best was that I'm not much older than him and I know
      the club, so he trusted me more than an adult. Tyler said I was 'the only one who
      doesn't lecture me'. Using the bench breather was his idea not mine which is why he
      actually did it. I also turned up every week, even when I had a mock the next day."""),
    P("Q3b. What did you learn about yourself?"),
    P("""That I am more patient than I thought, because at home I am not. I also learned I like
      it when someone else does well, which I didn't know, and I might do youth work at uni."""),
    P("Question 3c – What might you do differently as a result of your reflection"),
    P("""I would ask more questions and give less advice at the start, because in session 2 I
      basically told him what to do and he ignored it. I would also tell the coach where we
      are so nobody comes looking for him in the middle of a session."""),
    P("3 d. What skills do you still need to develop further?"),
    P("""Listening without thinking of what to say next. Also knowing what is a safeguarding
      thing and what isn't, because I wasn't sure in session 3 and I want to do the England
      Boxing safeguarding course so I know."""),
    P("I confirm this diary is all my own work and the sessions happened. Aaron Mistry 02/03/2026"),
]

CASE = Case(
    name="c_d202_diary",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Aaron Mistry D202 diary.docx", BLOCKS)],
    labels={
        "section-1": "take a two-minute breather on the bench",
        "section-2": "the quiet bit by the weights racks",
        "q2a": "I held the pads and asked him",
        "q2b": "let it be quiet",
        "section-3": "up to date every Thursday night",
        "q3a": "the only one who doesn't lecture me",
        "q3b": "I might do youth work at uni",
        "q3c": "I basically told him what to do",
        "q3d": "England Boxing safeguarding course",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # 30 + 45 + 30 + 40 + 30 + 30 = 205 from the log; tutorial rows, half-term row,
        # running totals and the session write-ups (repeats) excluded
        "minutes": 205,
        "sessions": 6,
        "individuals": 1,
        # reviews 30 + 30 + 30 + 30 + 45 + 30 = 195, plus tutorials (which count with
        # supervision): group tutorial 60 + diary check with Mr Pryce 20 = 275
        "supervision_minutes": 275,
        "identifying": ["Tyler", "07700 900815", "Dean Whitcombe"],
    },
    about="Student volunteer at a boxing club charity; D2.02 diary with one log (running-total column, tutorial rows); mixed question numbering; three planted details.",
)
