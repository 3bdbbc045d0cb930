"""8584-201 Developing Mentoring Skills: practice told only in sentences, with the learner's subtotals.

Gemma Price, a dental practice receptionist, mentors one new receptionist, R, and writes
her account as paragraphs under the task numbers. Each session is a sentence with its date
and length ("lasted 45 minutes", "an hour and ten minutes", "1.5 hours", "50 minutes");
one session is a range she did not record exactly ("somewhere between 60-90 mins"); she adds
up as she goes ("that made 1 hour 55 minutes so far") and at the end; she planned weekly
hours; supervision is with her supervisor (the practice manager) and a tutorial with her ILM tutor.

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
    H(1, "1.1 Plan"),
    P("""I planned to meet R every Monday after the morning surgery for about an hour over five
      weeks, in the staff room, and we agreed she would bring one question about the booking
      system to each session."""),
    H(1, "1.2 Goals"),
    P("""R chose her goal in the first session: to manage the emergency list on her own without
      asking the dentist which patient to fit in first."""),
    H(1, "2.1 The sessions"),
    P("""Our first session was on Monday 2 June and lasted 45 minutes: we agreed the ground rules
      and talked about what a good day on reception looks like."""),
    P("""On 9 June we met for an hour and ten minutes, because R had brought three difficult
      phone calls to talk through, which made 1 hour 55 minutes so far."""),
    P("""The session on 16 June ran for somewhere between 60-90 mins; I forgot to write the finish
      time down, so I have not claimed a figure for it."""),
    P("""On 23 June we spent 1.5 hours on the emergency list itself, with R running it while I
      watched and then giving her own feedback first."""),
    P("""Our final session, on 30 June, took 50 minutes and was a review of her goal. Altogether
      I mentored R for 4 hours 15 minutes plus the session I could not time."""),
    H(1, "2.2 Questioning and listening"),
    P("""I asked R what she had already tried before offering anything, and I repeated back what
      she said about the angry caller so she could hear how calm she had actually been."""),
    H(1, "2.3 Feedback"),
    P("""After she ran the emergency list I told her that triaging by pain first was exactly right,
      and that the one thing to change was to tell the waiting patients how long they had left."""),
    H(1, "2.4 Trust"),
    P("""R trusted me more after I admitted that I once double-booked the practice owner's own
      appointment in my first week."""),
    H(1, "2.5 Records"),
    P("""I kept short notes after each session in a notebook locked in the reception drawer, and R
      read and initialled each page."""),
    H(1, "3.1 Review of my performance"),
    P("""R said I was patient but sometimes jumped in too soon; looking back, the sessions where I
      said least were the ones where she made most progress."""),
    H(1, "3.2 Supervision and my tutor"),
    P("""My supervisor, Mrs Dale, is also our practice manager. We met on 20 June for half an
      hour to talk about my habit of finishing R's sentences for her, which I had not noticed
      until she pointed out that I did it with patients too."""),
    P("""I also had a 40-minute tutorial with my ILM tutor on 25 June, where we looked at my
      records and she suggested I time every session with my phone."""),
    H(1, "3.3 Development plan"),
    P("""Next time I will keep a proper log with start and finish times, and I will ask my mentee
      to score each session out of ten."""),
]

CASE = Case(
    name="pr_201_prose",
    unit="8584-201",
    kind="numbered-unstyled",
    files=[SourceFile("gemma-price-201.docx", BLOCKS)],
    labels={
        "1.1": "one question about the booking system",
        "1.2": "without asking the dentist which patient",
        "2.1": "so I have not claimed a figure for it",
        "2.2": "how calm she had actually been",
        "2.3": "triaging by pain first was exactly right",
        "2.4": "double-booked the practice owner",
        "2.5": "locked in the reception drawer",
        "3.1": "the sessions where I said least",
        "3.2": "finishing R's sentences for her",
        "3.3": "keep a proper log with start and finish times",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 255,
        "sessions": 4,
        "individuals": 1,
        "supervision_minutes": 70,
    },
    about="Dental receptionist; prose-only practice with running subtotals, an untimed session as a range, supervision and a tutorial in prose.",
)
