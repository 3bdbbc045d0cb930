"""8584-201 Developing Mentoring Skills: practice told only in sentences, with the learner's subtotals.

Gemma Price, a dental practice receptionist, mentors one new receptionist, R, and writes
her account as paragraphs under the task numbers. Each session is a sentence with its date
and length ("lasted 45 minutes", "an hour and ten minutes", "1.5 hours", "50 minutes");
one session is a range she did not record exactly ("somewhere between 60-90 mins"); she adds
up as she goes ("that made 1 hour 55 minutes so far") and at the end; she planned weekly
hours; supervision is with her practice manager and a tutorial with her ILM tutor.

Practice truth: four sessions with a length she recorded, 45+70+90+50 = 255 minutes, one
mentee; the 16 June session is uncertain and not counted. Supervision 30 + 40 = 70
minutes in two sessions.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Unit 201 – Developing Mentoring Skills"),
    P("Learner: Gemma Price. Registration: R1184520. Centre: Severn Vale Skills."),
    P("""This account is my own work. I mentored one individual, R, a receptionist who joined
      our dental practice in May; she agreed to be named only by her initial."""),
    H(1, "Task 1 – Plan"),
    P("""I planned to meet R every Monday after the morning surgery for about an hour over five
      weeks, in the staff room, and we agreed she would bring one question about the booking
      system to each session."""),
    H(1, "Task 2 – The sessions"),
    P("""Our first session was on Monday 2 June and lasted 45 minutes: we agreed the ground rules
      and R chose her goal, to manage the emergency list without asking the dentist."""),
    P("""On 9 June we met for an hour and ten minutes, because R had brought three difficult
      phone calls to talk through, which made 1 hour 55 minutes so far."""),
    P("""The session on 16 June ran for somewhere between 60-90 mins; I forgot to write the finish
      time down, so I have not claimed a figure for it."""),
    P("""On 23 June we spent 1.5 hours on the emergency list itself, with R running it while I
      watched and then giving her own feedback first."""),
    P("""Our final session, on 30 June, took 50 minutes and was a review of her goal. Altogether
      I mentored R for 4 hours 15 minutes plus the session I could not time."""),
    H(1, "Task 3 – Supervision and review"),
    P("""My practice manager, Mrs Dale, supervises my mentoring. We met on 20 June for half an
      hour to talk about my habit of finishing R's sentences for her."""),
    P("""I also had a 40-minute tutorial with my ILM tutor on 25 June, where we looked at my
      records and she suggested I time every session with my phone."""),
    P("""Next time I will keep a proper log with start and finish times, and I will ask R to
      score each session out of ten."""),
]

CASE = Case(
    name="pr_201_prose",
    unit="8584-201",
    kind="numbered-unstyled",
    files=[SourceFile("gemma-price-201.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "minutes": 255,
        "sessions": 4,
        "individuals": 1,
        "supervision_minutes": 70,
    },
    about="Dental receptionist; prose-only practice with running subtotals, an untimed session as a range, supervision and a tutorial in prose.",
)
