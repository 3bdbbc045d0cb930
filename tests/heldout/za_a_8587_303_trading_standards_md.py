"""8587-303 reflective journal: a county trading standards team leader, Markdown with a matrix.

Owain Brassington leads the fair trading and product safety team in a county council's Trading
Standards service. His 302 coaching was with two of his enforcement officers, "Officer 1" and
"Officer 2". He wrote the journal in a Markdown notes app and handed in the .md file: a short
details list, the 303 evidence matrix as a table (AC | Where in this journal | Evidence), then
headings of his own that carry the AC in brackets ("How effective was I? (1.1)", "Good at / not
good at (1.2)", "Looking forward (2.1)", "Six month plan (2.2)"). 1.1 is written as three dated
entries; 1.2 is a strengths/areas table plus a paragraph; 2.2 is a plan table with months,
actions and measures of success. No declaration.

Planted (3): Officer 1's full name in a quoted line of written feedback he pasted in, "Declan
Mulvey"; the first name alone later, "Declan"; Officer 2 as initial and surname in the
supervision paragraph, "R. Szymanska".
Not identifying: his own name; Officer 1/Officer 2; his tutor and his service manager by role;
the council, Trading Standards, the Consumer Protection from Unfair Trading Regulations, the
Primary Authority scheme; GROW, CLEAR, Hawkins, the seven-eyed model, Gibbs, Schön, the Johari
window, Kolb, the EMCC competence framework, Myers-Briggs.

No practice figures are expected for 303 (it reflects on the 302 coaching: "just over 13 hours"
with the two officers and three supervisions are mentioned in passing only).
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-303 Reflecting on Coaching Skills - Reflective Journal"),
    P("""Owain Brassington | Team Leader, Fair Trading and Product Safety, Trading Standards |
      ILM Level 3 Certificate in Effective Coaching and Mentoring"""),

    H(2, "Evidence matrix"),
    T(
        ["AC", "Where in this journal", "Evidence"],
        ["1.1 Examine the effectiveness of own coaching", "How effective was I? (1.1), entries 1-3",
         "302 log and session notes, feedback forms, supervision notes"],
        ["1.2 Strengths and areas for improvement", "Good at / not good at (1.2)",
         "Table, tutor observation comments, 360 comments"],
        ["2.1 Future development opportunities", "Looking forward (2.1)", "Recording review, EMCC self-assessment"],
        ["2.2 Development plan (6 months)", "Six month plan (2.2)", "Plan table"],
    ),

    H(1, "Background"),
    P("""I lead a team of seven officers who investigate rogue traders, doorstep crime, unsafe
      products and unfair trading. For unit 302 I coached two of them between October and
      February: Officer 1, who has two years in the service and wants to lead investigations,
      and Officer 2, who transferred from Licensing and was struggling with interviews under
      caution. Just over 13 hours with the two of them, and three supervisions with my tutor.
      This journal looks back at how well I coached and what I do next. I have used Gibbs'
      reflective cycle for the entries because it stops me jumping straight to conclusions."""),

    H(1, "How effective was I? (1.1)"),
    H(3, "Entry 1 - 2 November, after the first three sessions"),
    P("""What happened: I contracted with both officers, used GROW, and set goals. Feelings: I felt
      uncomfortable because I am their team leader and I kept slipping into case management,
      asking about deadlines on their files. Evaluation: looking at my session notes, in two of
      the three sessions more than half of what I wrote down was about casework, not about
      them. Analysis: Officer 2 scored the second session 2 out of 5 on my feedback form and
      wrote 'felt like a supervision meeting'. That was the most useful piece of evidence I
      had, and the most uncomfortable. Conclusion: the coaching was not effective yet, because
      I had not separated the two roles. Action: a different room, no case files on the table."""),
    H(3, "Entry 2 - 14 December, mid-point"),
    P("""After the change of room the scores went up (4s and 5s from both). Officer 2's interview
      planning improved; she ran her first interview under caution as lead officer in December.
      My tutor's first supervision had asked me whose goal 'get better at interviews' really was,
      and I realised it was mine, written for the service plan. We reset it with Officer 2 as
      'feel in control of the first five minutes of an interview', which she said was what
      actually scared her. Evidence that that mattered: her scores and her own comments. I
      think this was my most effective piece of coaching, because I noticed the goal was wrong
      and gave it back to her. Schön would call it reflection-in-action, but honestly it was
      reflection after supervision."""),
    H(3, "Entry 3 - 20 February, at the end"),
    P("""Officer 1's written feedback at the last session said: 'Owain asks good questions but
      sometimes he already knows the answer he wants, you can tell.' I pasted it in my notes as
      "Declan Mulvey, final feedback form" before I anonymised anything, and I have left the
      quote as he wrote it. He is right. In session 6 I steered him towards the Primary
      Authority project because I thought it would suit him, and I used CLEAR's 'explore'
      stage to do it, which is not what the stage is for. Against that, both officers met their
      goals and both asked to carry on, and my supervision notes show I raised my own
      steering twice before my tutor did. Overall I think I was effective for Officer 2 and
      only partly effective for Officer 1, because with him I had an agenda. The records are
      what showed me this: without the feedback forms I would have said both went well."""),

    H(1, "Good at / not good at (1.2)"),
    T(
        ["Strengths", "Areas for improvement"],
        ["Contracting clearly, including the confidentiality limits (anything that is evidence of an offence "
         "cannot stay in the room)", "Keeping my own agenda out of the session"],
        ["Structuring a session, keeping to time", "Silence: I fill gaps within about three seconds"],
        ["Building rapport quickly, people say I am easy to talk to", "Summarising in their words, not mine"],
        ["Reading what is not said, e.g. noticing Officer 2 was scared not incompetent",
         "Using feedback on their behaviour, not on outcomes of the case"],
    ),
    P("""Where these come from: the tutor's observation of session 4 ('strong rapport, lets the
      coachee talk, but summaries re-word the coachee into your language'), the officers'
      feedback forms, and a 360 I did at work last year, which said I am approachable but
      'tend to have decided'. On the Johari window the agenda problem was in my blind area until
      Declan wrote it down. My interpersonal skills are a strength in the room, but my
      communication has a habit I had not seen: I translate what people say into enforcement
      language (he says 'I'm worried about the trader kicking off' and I summarise it as 'you
      want a risk assessment'), which takes the feeling out of it. That is a skills gap, and it
      is also a behaviour, because it comes from wanting to get to the answer."""),

    H(1, "Looking forward (2.1)"),
    P("""To review my questioning and listening properly, in session 7 I recorded the session (with
      Officer 2's agreement, deleted afterwards) and counted my questions. 31 questions, of which
      12 were closed and 6 were what my tutor calls 'solutions with a question mark on the end'.
      I talked for about 40% of the time, and the EMCC competence framework self-assessment put
      me at 'foundation' on 'facilitating learning' and 'practitioner' on 'building the
      relationship'. The opportunities that follow from this: a coaching supervision group with
      other coaches in the council (it exists, I have never gone), co-coaching with a colleague
      in Environmental Health who has her Level 5 so we can observe each other, and coaching
      someone outside my own team, where I do not know the answers, so I cannot steer. I also
      want to look at Myers-Briggs, which the council's OD team offer, to understand why I
      always want to close things down."""),
    P("""My supervision also pointed me here. In our third supervision, when we used Hawkins'
      seven-eyed model on my sessions with R. Szymanska, my tutor asked what was going on in eye
      5, the relationship, and I said I wanted her to do well so the team's figures looked good.
      That was the moment I saw that coaching my own team will always have this pull, and that
      the best development for me is to coach where I have no stake."""),

    H(1, "Six month plan (2.2)"),
    T(
        ["When", "What I will do", "Measure of success"],
        ["March", "Join the council's coaching supervision group (meets monthly)",
         "Attended at least 2 of the first 3 meetings"],
        ["March - April", "Set up co-coaching with the Environmental Health colleague, observe each other once a month",
         "Two observations each way, written feedback on my questioning"],
        ["April - June", "Coach one person from outside Trading Standards (through the council coaching pool)",
         "6 sessions; their feedback scores 4+; no more than 1 in 5 of my questions closed"],
        ["May", "Record one session and count questions again",
         "Closed questions down from 12 of 31 to under 6; my talk time under 30%"],
        ["June - July", "Myers-Briggs session with the OD team, and a reflective entry on what it shows",
         "Entry written and one change tried in a session"],
        ["August", "Review the whole plan with my tutor or the supervision group, decide on the Level 5",
         "Decision made and, if yes, a place applied for by end of August"],
    ),
    P("""I will keep the plan in my one-to-one folder with my service manager so it is looked at
      every month, not just written for the journal. Success overall, at six months: a coachee
      outside my team says, without being asked, that the solutions were theirs."""),
]

CASE = Case(
    name="za_a_8587_303_trading_standards_md",
    unit="8587-303",
    kind="portfolio",
    files=[SourceFile("Brassington_303_journal.md", BLOCKS)],
    labels={
        "1.1": "without the feedback forms I would have said both went well",
        "1.2": "I translate what people say into enforcement language",
        "2.1": "coaching someone outside my own team, where I do not know the answers",
        "2.2": "a coachee outside my team says, without being asked, that the solutions were theirs",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": True,
        "identifying": ["Declan Mulvey", "Declan", "R. Szymanska"],
    },
    about="County trading standards team leader's 303 journal as a Markdown file: a details line, a pipe-table matrix, own headings with the AC in brackets, 1.1 as three Gibbs-style dated entries, a strengths/areas table, a recorded session's question count, a month-by-month plan table; a coachee's full name in a pasted quote, his first name later, and the other as initial and surname planted; no declaration.",
)
