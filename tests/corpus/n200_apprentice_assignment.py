"""8584-200 Understanding Mentoring: an assignment that uses a real mentee as its example.

Daniel Price, a site supervisor for a housebuilder, answers the unit 200 tasks from his
experience mentoring an apprentice. He names her in full once, then by first name; her
father is "Mr Hussain" in one answer; everywhere else she is "my apprentice". The rest
of the assignment is ordinary theory: Whitmore's GROW model, Clutterbuck, Egan,
Megginson, a reference list, the Construction Industry Training Board, Bristol.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 200 Understanding Mentoring"),
    T(
        ["Learner name", "Daniel Price"],
        ["Learner registration number", "R3067715"],
        ["Centre", "South West Skills Partnership"],
    ),
    P("Authenticity: I declare that this assignment is my own work."),
    H(1, "Task 1.1 The role of an effective mentor"),
    P("""A mentor is a more experienced colleague who helps someone learn and grow, sharing
      experience without taking over. On our sites in Bristol the mentor is usually a
      supervisor who is not the apprentice's line manager. The role is to listen, to
      encourage, to challenge and to be a role model for safe working."""),
    H(1, "Task 1.2 How mentoring benefits those mentored"),
    P("""Mentoring helps apprentices settle in, new supervisors lead their first team and
      people returning after injury rebuild confidence. Last year I mentored Aaliyah
      Hussain, a first-year bricklaying apprentice who was thinking of leaving. Having
      someone outside her gang to talk to kept her on the course; she passed her
      Level 2 in June."""),
    H(1, "Task 1.3 Potential barriers"),
    P("""Barriers include time pressure on site, the mentee not wanting to look weak in front
      of the gang, a mentor who is also the mentee's boss, and the noise and weather of a
      site, which make a proper conversation hard."""),
    H(1, "Task 1.4 Overcoming the barriers"),
    P("""We book the site cabin for half an hour a fortnight, meet away from the gang, and the
      contract says the mentor does not report to the line manager. When Aaliyah's father,
      Mr Hussain, rang to ask how she was doing, I explained that I could not discuss the
      sessions and suggested he speak to her."""),
    H(1, "Task 2.1 Key skills of a mentor"),
    B("Active listening"),
    B("Open questioning"),
    B("Giving constructive feedback"),
    B("Building rapport and trust"),
    B("Goal setting and reviewing"),
    H(1, "Task 2.2 A mentoring model"),
    P("""I use the GROW model (Whitmore, 2017): Goal, Reality, Options, Will. With my
      apprentice the goal was to stay on the course; reality was that she felt picked on
      by one labourer; options ranged from moving gang to talking to him; she chose to
      talk to him with me nearby."""),
    H(1, "Task 2.3 Questioning and listening"),
    P("""Open questions ('What happened next?') get the mentee talking, probing questions get
      to detail, and reflecting back shows I have listened. Egan's SOLER reminds me to
      face the person, keep an open posture and lean in, which on a building site means
      taking my ear defenders off and putting the phone away. Chloe, the apprentice
      coordinator at the college, says most apprentices who leave never felt listened to."""),
    H(1, "Task 2.4 Giving feedback"),
    P("""Feedback should be specific, timely and balanced, and it works best when the mentee
      assesses themselves first. I tell my apprentice exactly what she did well on a wall
      ('your perpends are level all the way up') and one thing to work on."""),
    H(1, "Task 2.5 Developing trust"),
    P("""Trust grows from confidentiality, keeping promises and being honest about my own
      mistakes. Clutterbuck and Megginson describe the mentor as a critical friend: someone
      you trust because they tell you the truth."""),
    H(1, "Task 3.1 Planning effective sessions"),
    P("""Plan a quiet venue, a regular time, a clear purpose for each session, and a check at
      the end of what will happen before the next one. I send a text to confirm the day
      before, because site plans change."""),
    H(1, "Task 3.2 Examples of goals"),
    B("To pass the Level 2 bricklaying practical by June."),
    B("To speak up at the morning toolbox talk at least once a week for a month."),
    B("To complete the CITB health and safety test before the end of the first year."),
    H(1, "Task 3.3 Records"),
    P("""A mentor keeps a signed agreement, a brief note of each session with actions and the
      date of the next one, and a record of progress against goals. Records are kept
      securely and shared only with the mentee."""),
    H(1, "References"),
    P("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."),
    P("Egan, G. (2014) The Skilled Helper. Belmont: Brooks/Cole."),
    P("Whitmore, J. (2017) Coaching for Performance. London: Nicholas Brealey."),
]

CASE = Case(
    name="n200_apprentice_assignment",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("unit200-assignment.docx", BLOCKS)],
    labels={
        "1.1": "a role model for safe working",
        "1.2": "kept her on the course",
        "1.3": "not wanting to look weak in front of the gang",
        "1.4": "book the site cabin for half an hour",
        "2.1": "Giving constructive feedback",
        "2.2": "felt picked on by one labourer",
        "2.3": "taking my ear defenders off",
        "2.4": "your perpends are level all the way up",
        "2.5": "because they tell you the truth",
        "3.1": "send a text to confirm the day before",
        "3.2": "toolbox talk at least once a week",
        "3.3": "a signed agreement, a brief note of each session",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Aaliyah Hussain", "Aaliyah", "Mr Hussain", "Chloe"],
    },
    about="Assignment with a real mentee as the example: full name, first name alone, a parent by title; theory otherwise.",
)
