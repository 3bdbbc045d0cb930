"""D2.02 supervised mentoring: a young leader at a village cricket club, PDF diary with tutorial rows and a running total.

Ellie Marsh, 17, a young leader at her village cricket club, mentors a 13-year-old junior she
calls "Kit" (she says it is not his real name). Her diary table puts a tutorial with her
supervisor (the club's coaching lead) on the row after each mentoring session, and a
"Running total" column that adds up the mentoring only. One Saturday was rained off. Nothing
to flag: the mentee is pseudonymised and the supervisor named only by role.

Assessor's arithmetic, row by row:
   4 May mentoring 1, 30 min (running 0:30)  -> 30;  tutorial 30 -> supervision 30
  11 May mentoring 2, 35 min (running 1:05)  -> 35;  tutorial 30 -> supervision 30
  18 May mentoring 3, 30 min (running 1:35)  -> 30;  tutorial 25 -> supervision 25
  25 May mentoring, rained off, no session (running 1:35) -> excluded
   1 Jun mentoring 4, 30 min (running 2:05)  -> 30;  tutorial 30 -> supervision 30
   8 Jun mentoring 5, 40 min (running 2:45)  -> 40;  tutorial 30 -> supervision 30
  15 Jun mentoring 6, 30 min (running 3:15)  -> 30;  tutorial 30 -> supervision 30
  Running-total column -> never added; its last figure 3:15 agrees.
  minutes 30+35+30+30+40+30 = 195; sessions 6; individuals 1;
  supervision 30+30+25+30+30+30 = 175.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "D2.02 Undertaking supervised mentoring - Mentoring Diary"),
    P("Name: Ellie Marsh. Centre: Ashby Magna Cricket Club Young Leaders programme."),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""My mentee is 13 and plays in the under-14s. I am calling him Kit in this diary, which is
      not his real name. The coaching lead asked me to mentor him because he had stopped coming to
      Friday nets after being dropped. At our first meeting we sat on the pavilion steps and I asked
      him what he wanted from the summer. We agreed three outcomes: come to nets every week, learn to
      bowl a slower ball, and be able to talk to the coach about selection instead of walking off."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""The diary below has my six sessions and the tutorial I had with the coaching lead straight
      after each one. The last column keeps a running total of mentoring time only."""),
    T(["Date", "What", "Time", "Running total", "Notes"],
      ["4 May", "Mentoring 1", "30 min", "0:30", "Outcomes agreed. He was quiet."],
      ["4 May", "Tutorial", "30 min", "", "Coaching lead said I should ask more about him, less about cricket."],
      ["11 May", "Mentoring 2", "35 min", "1:05", "Slower ball in the nets, he tried it 10 times."],
      ["11 May", "Tutorial", "30 min", "", "Talked about praising effort not results."],
      ["18 May", "Mentoring 3", "30 min", "1:35", "He came to nets on Friday!"],
      ["18 May", "Tutorial", "25 min", "", "Short one, match starting."],
      ["25 May", "Mentoring", "-", "1:35", "Rained off, no session."],
      ["1 Jun", "Mentoring 4", "30 min", "2:05", "Practised what to say to the coach about selection."],
      ["1 Jun", "Tutorial", "30 min", "", "Role play of me being the coach."],
      ["8 Jun", "Mentoring 5", "40 min", "2:45", "He spoke to the coach himself. Ran over."],
      ["8 Jun", "Tutorial", "30 min", "", "How to end mentoring well."],
      ["15 Jun", "Mentoring 6", "30 min", "3:15", "Looked back at the three outcomes."],
      ["15 Jun", "Tutorial", "30 min", "", "Final review with the coaching lead."]),
    H(2, "Issues, outcomes and actions from each session"),
    P("""Session 1: outcomes agreed, action to come to Friday nets. Session 2: slower ball grip, action
      to bowl six in every net. Session 3: he turned up, action to keep a note of wickets. Session 4:
      what to say about selection, action to ask the coach after Tuesday practice. Session 5: he did
      it and was picked for Sunday. Session 6: review, he wants to be a young leader himself."""),
    H(2, "Tutorials"),
    P("""The most useful tutorial was the first one, when the coaching lead pointed out I had spent
      the whole half hour on his bowling. After that I started every session by asking about school
      and his week before we got anywhere near a ball."""),
    H(1, "Section 3 - Review own progress"),
    H(2, "My performance and what worked well"),
    P("""Meeting by the nets worked because he was more relaxed with a ball in his hand. Writing the
      three outcomes on the back of his scorebook meant he saw them every match."""),
    H(2, "What I learned about myself"),
    P("""I found out I am bossier than I thought. When he was slow to answer I answered for him, and
      I only noticed because the coaching lead told me."""),
    H(2, "What I would do differently"),
    P("""I would agree at the start what happens if it rains, because losing a week broke the run
      of Fridays and it took him a while to come back to nets after that."""),
    H(2, "Skills I still need to develop"),
    P("""Waiting after a question, and giving feedback that says exactly what was good rather than
      just 'well bowled'. I will keep practising both with the under-11s next season."""),
    P("""Confidentiality: this diary is kept by the coaching lead and only uses the name Kit."""),
    P("Declaration: this is my own work. Ellie Marsh"),
]

CASE = Case(
    name="r_d202_cricket_pdf",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Ellie_Marsh_D202.pdf", BLOCKS)],
    labels={
        "section-1": "be able to talk to the coach about selection instead of walking off",
        "section-2": "keeps a running total of mentoring time only",
        "q2a": "bowl six in every net",
        "q2b": "spent the whole half hour on his bowling",
        "section-3": "only uses the name Kit",
        "q3a": "on the back of his scorebook",
        "q3b": "I am bossier than I thought",
        "q3c": "agree at the start what happens if it rains",
        "q3d": "just 'well bowled'",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 195,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 175,
    },
    about="Village cricket club young leader; PDF diary with a tutorial row after each session and a running-total column for mentoring only, a rained-off row; mentee pseudonymised ('Kit', not his real name); nothing to flag.",
)
