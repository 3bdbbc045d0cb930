"""8584-201 Developing Mentoring Skills: an FE college portfolio as one scanned-to-text PDF.

Sophie Turnbull, a curriculum team leader at a further education college, mentors a new
lecturer. She writes "my mentee" throughout, but the mentee signed the feedback form
with his full name, a photo caption gives his first name, his head of department is
named, and his mobile number is in the contact section. The mentee's feedback thanks
Sophie by her first name (the learner's own name is never a finding), and the tutor
meeting names the tutor the form asks for.

Traps: Kolb, Honey and Mumford, the GROW model, Clutterbuck, Ofsted, the college and
the town, a Monday-to-Friday timetable full of capitalised words.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 201 Portfolio – Developing Mentoring Skills"),
    T(
        ["Learner name", "Sophie Turnbull"],
        ["Registration number", "R4410678"],
        ["Centre", "Calder Valley College"],
        ["Tutor/assessor", "Martin Greaves"],
    ),
    P("""Declaration: this portfolio is my own work and the sessions took place as recorded."""),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Page"],
        ["1.1", "Mentoring plan", "2"],
        ["1.2", "Agreed goals", "2"],
        ["2.1", "Session log", "3"],
        ["2.2 2.3 2.4", "Reflective account", "4"],
        ["2.5", "Records", "4"],
        ["3.1 3.2 3.3", "Review, tutor meeting, development plan", "5"],
    ),
    H(1, "AC 1.1 Mentoring plan"),
    P("""My mentee joined the engineering department in September as a lecturer after twenty
      years in industry. The plan was four sessions of an hour over six weeks in the
      staffroom annexe after Wednesday classes finish, following the GROW model, with his
      head of department, Karen Whitlock, agreeing the time off timetable."""),
    T(
        ["Mentee contact", "Mobile 07700 900527, staff room E14"],
        ["Venue", "Staffroom annexe, Block E"],
        ["Planned sessions", "Four, one hour each"],
    ),
    H(1, "AC 1.2 Agreed goals"),
    P("""We agreed three goals: to plan a lesson that gets every learner talking within ten
      minutes; to use the college's learning platform for homework by half term; and to
      be observed at 'good' by Christmas, ahead of the Ofsted visit."""),
    H(1, "AC 2.1 Session log"),
    P("""The log below records four sessions of one hour, four hours in all, each one agreed
      with my mentee at the end of the session."""),
    T(
        ["Date", "Mentee", "Duration", "Notes"],
        ["17/09/2025", "My mentee", "1 hour", "Goals; what teaching feels like after industry"],
        ["24/09/2025", "My mentee", "1 hour", "Planning the starter activity"],
        ["08/10/2025", "My mentee", "1 hour", "Learning platform set-up together"],
        ["22/10/2025", "My mentee", "1 hour", "Review after the mock observation"],
    ),
    P("Photo 1: Liam trying out the starter activity with the Level 2 group"),
    H(1, "AC 2.2 Questioning and listening"),
    P("""I used open questions at each stage of GROW and summarised before moving on. When he
      said his first class 'went fine' I asked what fine looked like, and he admitted half
      the group had been on their phones."""),
    H(1, "AC 2.3 Feedback"),
    P("""After the mock observation I asked for his view first, then gave two specific
      strengths and one development point about checking understanding."""),
    H(1, "AC 2.4 Trust"),
    P("""Trust came from confidentiality and from admitting my own first-year mistakes; I
      told him about the lesson where the projector failed and I had nothing else planned."""),
    H(1, "AC 2.5 Records"),
    P("""I kept the log above, brief notes after each session and the signed feedback form,
      stored in my locked drawer and on my password-protected college account."""),
    H(1, "AC 3.1 Review of my performance"),
    P("""I used Kolb's cycle to review each session. My questioning was stronger than my
      listening; as a strong activist on Honey and Mumford's questionnaire I wanted to move
      to options too quickly."""),
    T(
        ["Mentee feedback form", ""],
        ["What helped?", "Thanks Sophie – the starter ideas worked straight away"],
        ["What would you change?", "Longer sessions"],
        ["Mentee signature", "Liam Doherty"],
        ["Date", "22/10/2025"],
    ),
    H(1, "AC 3.2 Meeting with my tutor"),
    P("""I met Martin for an hour on 29 October to review my mentoring. He suggested I hold
      back my own solutions for longer and read Clutterbuck on the mentor's role."""),
    H(1, "AC 3.3 Future development"),
    P("""I will mentor a second new lecturer next term, record one session with permission
      to check how much I talk, and ask my mentee to set the agenda for every meeting."""),
]

CASE = Case(
    name="n201_college_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("portfolio-201.pdf", PORTFOLIO)],
    labels={
        "1.1": "staffroom annexe after Wednesday classes finish",
        "1.2": "every learner talking within ten minutes",
        "2.1": "four hours in all",
        "2.2": "what fine looked like",
        "2.3": "two specific strengths and one development point",
        "2.4": "the projector failed",
        "2.5": "stored in my locked drawer",
        "3.1": "move to options too quickly",
        "3.2": "hold back my own solutions for longer",
        "3.3": "check how much I talk",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Karen Whitlock", "07700 900527", "Liam", "Liam Doherty"],
    },
    about="FE college portfolio in one PDF; the mentee signs a feedback form, appears in a photo caption; the learner thanked by first name.",
)
