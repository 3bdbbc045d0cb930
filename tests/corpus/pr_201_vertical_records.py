"""8584-201 Developing Mentoring Skills: one vertical record table per session, start and finish apart.

Joel Mensah, a supermarket section leader, mentors a new colleague (Mentee 1). Each session
is a two-column table ("Session number | 1", "Date | Monday 6th January 2025", "Start time |
10.00", "Finish time | 11.15", …) with no length written anywhere; the tutor meeting is a
record of the same shape; he closes with his own total.

Practice truth: three sessions, 75 + 60 + 90 = 225 minutes, one mentee; the tutor meeting
60 minutes.
"""

from .case import Case, H, P, SourceFile, T

RECORDS = [
    ("1", "Monday 6th January 2025", "10.00", "11.15", "Contracting and her goal of running the chilled section alone"),
    ("2", "Monday 13th January 2025", "10.00", "11.00", "Stock rotation and date checks; she led the walk-round"),
    ("3", "Monday 20th January 2025", "9.30", "11.00", "Review, and planning the first shift she will run alone"),
]

BLOCKS = [
    H(0, "Unit 201 Mentoring Portfolio"),
    T(["Learner", "Joel Mensah"], ["ILM number", "R4408813"], ["Centre", "Eastgate Retail Training"]),
    P("Declaration: I confirm that this portfolio is all my own work."),
    H(1, "1.1 My mentoring plan"),
    P("""I planned three weekly sessions of about an hour on Monday mornings before the delivery
      arrives, in the staff canteen, which is empty until eleven. Before the first session I asked
      the store manager to take Mentee 1 off the rota for those hours, and I prepared a short
      checklist of the section's daily routines so that we could choose together where to start.
      I also planned to end each session with one action she would try before we next met."""),
    H(1, "1.2 Agreed goals"),
    P("""Mentee 1 agreed the goal of running the chilled section on a Saturday without calling me,
      including the temperature checks and the reduced-to-clear labels."""),
    H(1, "2.1 Session records"),
]
for number, date, start, finish, what in RECORDS:
    BLOCKS += [
        T(["Session number", number], ["Date", date], ["Start time", start], ["Finish time", finish],
          ["Mentee", "Mentee 1"], ["Discussed", what]),
    ]
BLOCKS += [
    P("Total: 3 hours 45 minutes over three sessions."),
    H(1, "2.2 Questioning and listening"),
    P("""I let Mentee 1 talk me through the walk-round instead of pointing things out, and asked
      'what would you check next?' whenever she stopped."""),
    H(1, "2.3 Feedback"),
    P("""I told her straight after the walk-round that her date checks were faster than mine, and
      that the one gap was the milk fridge at the back."""),
    H(1, "2.4 Trust"),
    P("""She trusted me once she saw that I did not report her first mistake to the store manager
      but helped her put it right."""),
    H(1, "2.5 Records"),
    P("""The records are kept in a folder in the section office that only the two of us use."""),
    H(1, "3.1 Review of my performance"),
    P("""Her feedback form said I explained things clearly but gave too many tips in one go, so in
      the last session I limited myself to one. Looking back at my records, the second session was
      the best: she led the walk-round, found two out-of-date products I had missed, and I only
      spoke when she asked me something. The first session was the weakest, because I talked about
      my own first year on the section for far too long before asking about hers."""),
    H(1, "3.2 Meeting with my tutor"),
    T(["Meeting", "Tutor meeting"], ["Date", "3 February 2025"], ["Start time", "2pm"], ["Finish time", "3pm"],
      ["With", "My ILM tutor"], ["What we discussed", "How I hand over control to the mentee"]),
    H(1, "3.3 Development plan"),
    P("""I want to mentor a second colleague next quarter and practise asking before telling,
      starting with the weekly planning meeting."""),
]

CASE = Case(
    name="pr_201_vertical_records",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("joel-mensah-201.docx", BLOCKS)],
    labels={
        "1.1": "empty until eleven",
        "1.2": "reduced-to-clear labels",
        "2.1": "Contracting and her goal of running the chilled section alone",
        "2.2": "what would you check next?",
        "2.3": "the milk fridge at the back",
        "2.4": "did not report her first mistake",
        "2.5": "only the two of us use",
        "3.1": "limited myself to one",
        "3.2": "How I hand over control to the mentee",
        "3.3": "asking before telling",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 225,
        "sessions": 3,
        "individuals": 1,
        "supervision_minutes": 60,
    },
    about="Supermarket section leader; vertical record tables with start and finish times only, a tutor meeting in the same shape.",
)
