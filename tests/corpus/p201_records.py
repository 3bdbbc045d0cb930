"""8584-201 Developing Mentoring Skills: a PDF portfolio whose sessions appear twice.

Tom Reilly, a library assistant, mentors two volunteers (Mentee X and Mentee Y). His
portfolio, saved from Word as PDF, has a session log (durations "1h30m", "45 mins",
"1 hr 15", "10:00–11:00", "60 mins"), an e-mail he marked "(not counted)", a planned
session and a "Total to date" row; then a short record of each session repeating its
date and length; a summary sentence ("I mentored 2 individuals ..."); and a one-hour
meeting with his tutor, found only in the text.

Practice truth: five delivered sessions, 90+45+75+60+60 = 330 minutes, two mentees;
supervision (the tutor meeting) 60 minutes.
"""

from .case import Case, H, P, SourceFile, T

SESSIONS = [
    ("1", "2 March 2026", "Mentee X", "1h30m",
     "We agreed the mentoring agreement and his goal of running a children's story time alone."),
    ("2", "9 March 2026", "Mentee Y", "45 mins",
     "She wants to learn the catalogue system so she can answer reservation queries."),
    ("3", "16 March 2026", "Mentee X", "1 hr 15",
     "He planned a story time and practised reading aloud to me with the puppets."),
    ("4", "23 March 2026", "Mentee Y", "10:00–11:00",
     "We went through the reservations screens and she made a crib sheet."),
    ("5", "30 March 2026", "Mentee X", "60 mins",
     "Review: he ran his first story time on Saturday and twelve children came."),
]

BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills"),
    P("Learner name: Tom Reilly"),
    P("Registration number: R8830146"),
    P("Centre: Westfield Community Learning"),
    P("""Declaration: I confirm this portfolio is my own work and that the mentoring took place
      as recorded."""),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Page"],
        ["1.1, 1.2", "Plan and goals", "2"],
        ["2.1, 2.5", "Session log and session records", "3"],
        ["2.2 – 2.4", "Reflections on skills", "4"],
        ["3.1 – 3.3", "Review, tutor meeting, development plan", "5"],
    ),

    H(1, "1.1 Mentoring plan"),
    P("""I am the volunteer coordinator at Westfield library, and I mentored two new volunteers. The plan
      was to meet each of them in the staff kitchen before opening, when the building is
      quiet, every week for about an hour, and to use a mentoring agreement and GROW. I
      planned four sessions with each of them, of about an hour."""),
    H(1, "1.2 Goals"),
    P("""Mentee X agreed to run a children's story time on his own by the end of March. Mentee Y
      agreed to handle reservation queries at the desk without calling a member of staff."""),

    H(1, "2.1 Session log"),
    P("The log shows every contact with the two volunteers, signed by each of them."),
    T(
        ["Date", "With", "Length", "What we covered"],
        *[[date.replace(" 2026", "/26"), who, length, text.split(".")[0]] for _, date, who, length, text in SESSIONS[:2]],
        ["11 March/26", "Mentee X", "15 mins (not counted)", "E-mail about the puppets"],
        *[[date.replace(" 2026", "/26"), who, length, text.split(".")[0]] for _, date, who, length, text in SESSIONS[2:]],
        ["13 April/26", "Mentee Y", "1 hour (planned)", "Final review"],
        ["Total to date", "", "5 hrs 30 mins", ""],
    ),
    H(2, "Session records"),
    *[P(f"Session {n} – {date} – {who} – {length}. {text}") for n, date, who, length, text in SESSIONS],
    P("""In all I mentored 2 individuals over 5 sessions, which came to 5 hours 30 minutes, more
      than the 3 hours the unit asks for."""),

    H(1, "2.2 Questioning and listening"),
    P("""I used open questions such as 'What would a good story time look like?' and I let
      Mentee X finish before I spoke. I noticed I nod too much, so I tried to keep still and
      just summarise what I had heard."""),
    H(1, "2.3 Feedback"),
    P("""After his practice reading I told Mentee X exactly what worked: his voices for the
      puppets made me laugh, and slowing down on the last page built the suspense."""),
    H(1, "2.4 Trust"),
    P("""Mentee Y was worried about looking stupid in front of the regular borrowers, so I shared
      that I once sent a reservation to the wrong branch for a month, which made her laugh."""),
    H(1, "2.5 Records"),
    P("""I kept the log and the records in a folder on the library's staff drive that only I can
      open, and each mentee read and agreed what I wrote."""),

    H(1, "3.1 Review of my performance"),
    P("""Both mentees filled in a short feedback form. They rated my listening highly, but Mentee
      Y said I sometimes rushed the end of sessions because of opening time."""),
    H(1, "3.2 Meeting with my tutor"),
    P("""On 8 April I met my tutor at the centre for 1 hour to review my mentoring. She helped me
      see that I was solving problems for Mentee Y instead of letting her try the screens
      herself, and we agreed I would ask her to drive the keyboard next time."""),
    H(1, "3.3 Development plan"),
    P("""Next I want to mentor a volunteer from the home library service, book sessions after
      closing so they are not rushed, and practise summarising instead of nodding."""),
]

CASE = Case(
    name="p201_records",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("tom-reilly-201-portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "staff kitchen before opening",
        "1.2": "without calling a member of staff",
        "2.1": "signed by each of them",
        "2.2": "I nod too much",
        "2.3": "puppets made me laugh",
        "2.4": "wrong branch for a month",
        "2.5": "staff drive that only I can open",
        "3.1": "rushed the end of sessions",
        "3.2": "drive the keyboard next time",
        "3.3": "home library service",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        "minutes": 330,
        "sessions": 5,
        "individuals": 2,
        "supervision_minutes": 60,
    },
    about="Library volunteer coordinator; PDF with a session log, the same sessions as records, a not-counted e-mail, a tutor meeting in prose.",
)
