"""8584-201 Developing Mentoring Skills: a nursery's PDF portfolio, names in narrow table cells.

Shazia Bibi, a nursery room leader, mentors a level 2 apprentice. Her account says "my
mentee", but her PDF's narrow session table wraps the apprentice's full name over two lines
of a cell, the mentee's own line manager is named, the feedback form is signed by the mentee
with an initial and surname, and her first name alone appears in the review.

Traps: the learner's tutor in the handbook's tutor-meeting form, her own room manager by
role, weekdays short, months, Ofsted, the EYFS, Tiny Steps Nursery, the Early Years
Foundation Stage, Kolb.
"""

from .case import Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 201 Portfolio – Developing Mentoring Skills"),
    T(
        ["Learner name", "Shazia Bibi"],
        ["Registration number", "R8845102"],
        ["Centre", "Brightpath Training"],
    ),
    P("Declaration: I confirm that this is my own work. Signed: Shazia Bibi"),
    H(1, "1.1 My mentoring plan"),
    P("""Tiny Steps Nursery takes two apprentices a year. I planned six weekly sessions of
      thirty minutes at nap time on Wednesdays for our newest apprentice, agreed with her
      line manager, Mrs Ogunleye, who runs the baby room."""),
    H(1, "1.2 Agreed goals"),
    P("""We agreed she would lead a circle time on her own by half term, complete her EYFS
      observations on time, and feel able to speak to parents at collection."""),
    H(1, "2.1 Session records"),
    T(
        ["No.", "Day", "Who", "Mins", "Notes"],
        ["1", "Wed", "Kayleigh-Ann Fairbrother (apprentice)", "30", "Contract and goals; what worries her about parents"],
        ["2", "Wed", "Kayleigh-Ann Fairbrother (apprentice)", "30", "Planning a circle time"],
        ["3", "Wed", "Kayleigh-Ann Fairbrother (apprentice)", "25", "Observations backlog"],
    ),
    H(1, "2.2 Questioning and listening"),
    P("""I asked her what a good collection conversation sounded like, and listened for what
      she left out: she never mentioned the parents' names, only the children's."""),
    H(1, "2.3 Feedback"),
    P("""After her first circle time I gave feedback on one strength and one change, and used
      Kolb's cycle to help her plan the second."""),
    H(1, "2.4 Building trust"),
    P("""I kept our sessions away from the room and never passed on what she told me about
      college, which she was finding hard."""),
    P("""Trust took longer than I expected. For the first two sessions she answered every
      question with what she thought I wanted to hear, because I am a room leader and she
      worried that anything she said would reach the nursery manager. I went back over the
      agreement with her in the third session and we wrote down together what I would and
      would not pass on: attendance, and anything about a child's safety, and nothing else.
      After that she began to talk about college, the travel from Rotherham on two buses and
      the money, and we could work on the things that were really stopping her. I also
      changed where we met, from the staff room, where anyone could walk in, to the sensory
      room during nap time on a Wed, which was quiet and ours. Kayleigh-Ann told me at the
      end that the agreement was the moment she decided the sessions were for her and not
      for the nursery, which I had not realised at the time. Looking back, I would agree the
      boundaries in writing at the very first session, not wait until things felt stuck."""),
    H(1, "2.5 Mentoring log"),
    T(
        ["Date", "Mins", "Covered"],
        ["05/03/2025", "30", "Contract and goals"],
        ["12/03/2025", "30", "Circle time plan"],
        ["19/03/2025", "25", "Observations backlog"],
        ["26/03/2025", "30", "Talking to parents"],
    ),
    H(1, "3.1 Review of my performance"),
    P("""Kayleigh-Ann said the sessions helped most when I let her practise the words she
      would use with parents. My room manager watched one session and said I rushed the
      ending. Ofsted visit in March meant one session moved to a Thu."""),
    H(1, "3.2 Meeting with my tutor"),
    T(
        ["Record of meeting with tutor", ""],
        ["Name of tutor", "Mrs Whitlock"],
        ["Date", "Mon 17 March 2025"],
        ["Discussed", "Ending sessions well; next steps"],
    ),
    H(1, "3.3 Future development"),
    P("""I will mentor next September's apprentice and ask Brightpath about the Level 3."""),
    T(
        ["Mentee feedback", ""],
        ["What helped?", "Practising what to say to parents"],
        ["Signed (mentee)", "K. Fairbrother"],
        ["Date", "26/03/2025"],
    ),
]

CASE = Case(
    name="nq_wrapped_cells_201",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Bibi portfolio 201.pdf", PORTFOLIO)],
    labels={
        "1.1": "nap time on Wednesdays",
        "1.2": "lead a circle time on her own",
        "2.1": "Planning a circle time",
        "2.2": "only the children's",
        "2.3": "plan the second",
        "2.4": "which she was finding hard",
        "2.5": "Talking to parents",
        "3.1": "I rushed the ending",
        "3.2": "Ending sessions well",
        "3.3": "next September's apprentice",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Mrs Ogunleye", "Kayleigh-Ann Fairbrother", "Kayleigh-Ann", "K. Fairbrother"],
    },
    about="Nursery PDF portfolio; the apprentice's full name wraps in a narrow cell, her line manager named, an initial and surname under her feedback form, her first name alone; tutor in the handbook's form.",
)
