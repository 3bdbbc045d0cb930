"""8587-303 Reflecting on Coaching Skills: a university IT service desk team leader, as text.

Niamh Gallagher leads the IT service desk at a university and coached three analysts for
unit 302. Her plain text journal is laid out on Gibbs' reflective cycle, with his stage
names as lines of their own ("Description", "Feelings", "Evaluation", "Analysis",
"Conclusion", "Action plan"), which do not line up with the criteria: her strengths and
areas for improvement sit under "Evaluation", the evidence-based judgement of how effective
her coaching was is under "Analysis" (over two paragraphs, the first the fuller), her
development opportunities (questioning and listening first) are under "Conclusion", and
only the six-month plan matches its line. "Feelings" already admits a weakness in passing
and "Description" mentions her records and supervisor. The introduction names every
topic. Coachees are "Coachee 1" to "Coachee 3"; the ICF competencies are cited.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Reflective journal - coaching on the service desk"),
    P("Niamh Gallagher, IT Service Desk Team Leader"),
    P("""This journal looks back over the coaching I did for unit 302 using Gibbs' reflective cycle,
      which my tutor recommended. I have tried to judge honestly how well my coaching worked,
      using my records, what my coachees said and what my supervisor saw; to pick out what I am
      good at and where I fall short; to work out what development would help, especially with
      questioning and listening; and to set myself a plan for the next six months."""),
    P("Description"),
    P("""Between October and April I coached three analysts on the university's IT service desk:
      Coachee 1, who hoped to move across to the second-line infrastructure team; Coachee 2, who
      wanted to handle angry callers without getting upset; and Coachee 3, who had been asked to
      start training new starters. I used GROW, met each of them roughly every two weeks for about
      an hour, and logged thirty-eight hours in total. I kept a coaching log and a short record of
      every session, asked each coachee to fill in a feedback form at the midpoint and the end,
      and met my supervisor, a qualified coach in the staff development team, four times. She also
      sat in on one session with Coachee 2, with his permission."""),
    P("Feelings"),
    P("""I started out nervous. I have run the desk for six years and I am used to being the person
      who knows the answer, and in the first sessions I felt almost guilty for not telling people
      what to do. Part of me still thinks it would be quicker. By the spring I felt more relaxed,
      and I enjoyed the moments when a coachee worked something out that I would never have
      suggested. I also felt frustrated with myself, because I could see myself slipping back into
      fixing things, the way you close a ticket."""),
    P("Evaluation"),
    P("""What went well says a lot about my strengths. I know the service desk inside out, and I
      know the university's structure, so I could help coachees think about who to talk to and
      what a route into another team really looks like. I am organised: every session was booked,
      recorded and followed up, and nobody had a session cancelled at short notice. I build
      rapport easily, and all three coachees said they felt comfortable being honest with me. I am
      calm, which helped Coachee 2 when he described calls that had upset him. What went less
      well shows where I need to improve. Too many of my questions are closed, or leading ('Wouldn't it be worth
      asking the infrastructure manager?'), which is advice dressed up as a
      question. I interrupt, especially once I have guessed the end of someone's sentence. My knowledge
      of coaching itself is thin beyond GROW, so when a session got stuck I had nothing else to
      try. And in terms of behaviour, I can be impatient with silence and I sometimes let my view
      of what a good analyst looks like steer the conversation, which is not my place as a
      coach."""),
    P("Analysis"),
    P("""Whether any of it worked is harder to say than I expected. The records give a mixed answer. Coachee 1 reached his
      goal: he was seconded to the infrastructure team in March. Coachee 3 has now trained two new
      starters using a checklist she designed herself in one of our sessions. Coachee 2 scored his
      confidence on difficult calls at three out of ten at the start and seven at the end, and his
      call quality scores went up. But when I read my session records back to back, the actions
      column tells another story. In the early sessions almost half of the actions were things I
      had suggested, and in four sessions with Coachee 1 the 'options' stage had only one option,
      mine. Measured against the ICF core competencies, I was doing well on establishing
      agreements and cultivating trust, but much less well on evoking awareness, because I was
      providing the awareness myself. The results were good, but I am not sure how much of that
      was coaching and how much was a helpful team leader."""),
    P("""The feedback backs this up. All three rated the sessions as useful, and Coachee 3 wrote
      that I 'made time when there wasn't any'. But Coachee 1 wrote that he sometimes felt 'the
      answer was already decided', and my supervisor's notes from the observed session say that I
      asked eleven questions in the opening ten minutes and that six of them were closed."""),
    P("Conclusion"),
    P("""What I take from this is that the next step for me is less about knowing more and more
      about talking less. I need to get much better at open questions and at listening to the end
      of what someone says. The staff development team runs a peer coaching group that meets
      monthly, where coaches practise on each other and get feedback, and my supervisor has
      suggested I join it, because it is the one room at work where I am not the team leader.
      I would like to read more widely than GROW, starting with solution-focused approaches,
      which might suit a service desk where people are good at fixing things. Joining the
      Association for Coaching would give me access to webinars, a code of ethics I can refer to,
      and coaches outside IT. Recording a session (with the coachee's consent) and listening back
      to it would show me my habits more clearly than anything else. And I should keep having
      regular supervision rather than fitting it in when there is a crisis."""),
    P("Action plan"),
    P("""I went through this plan with my supervisor at our last meeting and we will review it every
      two months. From May to June I will join the peer coaching group and attend every meeting;
      success is being observed there twice and asking twice as many open questions as closed ones, which my peers will count. By the end of July I will read two books on
      solution-focused coaching and try a scaling question and a 'best hopes' question in at least
      four sessions; success is writing up how each one went in my log. Between August and
      September I will audio-record two sessions (with consent) and listen back; success is my
      interruptions falling to no more than two in an hour, counted from the recordings. By
      October I will have joined the Association for Coaching and attended one of its webinars,
      and I will coach two new coachees from outside the service desk, so I cannot fall back on
      technical advice; success is their end-of-coaching feedback saying the ideas were theirs. My
      supervisor will check progress against each of these at our bi-monthly meetings, and I will
      rewrite the plan in November."""),
    P("""Looking back over the whole cycle, I think I have been an effective organiser of coaching
      and a less effective coach, and I know what to do about it."""),
]

CASE = Case(
    name="ek_303_helpdesk_txt",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("gallagher_303_journal.txt", BLOCKS)],
    labels={
        "1.1": "The records give a mixed answer",
        "1.2": "What went well says a lot about my strengths",
        "2.1": "less about knowing more and more about talking less",
        "2.2": "From May to June I will join",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Service desk coaching reflection as text under Gibbs' stage names that do not match the criteria: strengths under Evaluation, effectiveness under Analysis over two paragraphs, development under Conclusion, plan by months.",
)
