"""8587-302 Extended coaching: a log with Planned and Actual columns, in every format she types.

Aisha Rahman, a hospital pharmacy team leader, coaches two pharmacy technicians she calls
Coachee 1 and Coachee 2. Her log has "Planned" and "Actual" columns; the actual times are
written as they came ("1 hr 15", "1:30", "1h30m", "1.30", "2½ hours", "10:00–11:30"), one
session's actual time is a range she could not pin down ("60-90 mins"), one was cancelled,
the last is booked, there is a January subtotal and a Total row; one session had both
coachees together. Supervision is two dated paragraphs with her named supervisor, short of
the unit's two hours; an observation of a colleague she says she has not included.

Practice truth: eight sessions with a readable actual time, 75+45+90+90+120+90+150+90 =
750 minutes, two coachees; the "60-90 mins" session is listed as uncertain, not counted.
Supervision 60 + 45 = 105 minutes in two sessions.
"""

from .case import Case, H, P, SourceFile, T

LOG = [
    ["1", "12/01/2026", "Coachee 1", "60 mins", "1 hr 15", "Contracting; goals agreed for the dispensary rota"],
    ["2", "14/01/2026", "Coachee 2", "60 mins", "45 mins", "Contracting; left early for an urgent delivery"],
    ["3", "19/01/2026", "Coachee 1", "90 mins", "1:30", "GROW on the weekend rota"],
    ["4", "21/01/2026", "Coachee 2", "90 mins", "–", "Cancelled: short-staffed on the wards"],
    ["5", "26/01/2026", "Coachee 2", "90 mins", "1h30m", "Confidence on the ward round"],
    ["", "January subtotal", "", "6 hrs 30", "5 hrs", ""],
    ["6", "02/02/2026", "Coachee 1 & Coachee 2", "2 hrs", "2 hrs", "Joint session: designing the morning huddle together"],
    ["7", "09/02/2026", "Coachee 1", "90 mins", "1.30", "Practising a feedback conversation"],
    ["8", "11/02/2026", "Coachee 2", "90 mins", "60-90 mins", "I forgot to note the finish time"],
    ["9", "16/02/2026", "Coachee 2", "2 hrs", "2½ hours", "She brought the controlled drugs audit results"],
    ["10", "23/02/2026", "Coachee 1", "90 mins", "10:00–11:30", "Review of goals"],
    ["11", "02/03/2026", "Coachee 2", "90 mins", "", "Final review – booked"],
    ["", "Total", "", "16 hrs", "12 hrs 30 + session 8", ""],
]

BLOCKS = [
    H(0, "Unit 302 Extended Coaching Portfolio"),
    T(["Learner", "Aisha Rahman"], ["Registration number", "R6637210"], ["Centre", "Northgate Healthcare Academy"]),
    P("""Declaration: I confirm that this portfolio is my own work and that the coaching sessions
      recorded here took place."""),
    H(1, "1.1 Coaching plan"),
    P("""I planned to coach two pharmacy technicians for at least 12 hours between them, meeting
      each one every week or fortnight for 60 to 90 minutes in the quiet room behind the
      aseptic unit, with a joint session in February when both wanted to redesign the morning
      huddle. I booked the room for the whole of January and February and agreed cover with
      the dispensary manager so that neither coachee would be called away."""),
    H(1, "1.2 Topics and goals"),
    P("""Coachee 1 wanted to produce a weekend rota that the team would accept without
      complaint. Coachee 2 wanted to speak up confidently on the consultant ward round, where
      she felt that her suggestions were ignored."""),
    H(1, "1.3 Contract"),
    P("""We signed a coaching agreement covering confidentiality, the limits of my role as their
      line manager and what I would tell the chief pharmacist, who agreed to hear only that
      sessions had happened and never what was said in them."""),
    H(1, "2.1 Diagnostic tools"),
    P("""Both coachees completed a strengths questionnaire at the start, and I used a confidence
      scaling line from one to ten at the start and end of each session; Coachee 2 moved from
      three to seven on speaking up by the end."""),
    H(1, "2.2 Model of coaching"),
    P("""I used GROW for most sessions. For the rota, the Options stage was the longest: Coachee 1
      listed six ways to share the weekend shifts before choosing a rotating pairs system."""),
    H(1, "2.3 Knowledge, skills and behaviours"),
    P("""I kept to open questions and paraphrased before moving on. When Coachee 2 cried after a
      difficult ward round I paused the session and asked what she needed, rather than pushing
      on with the plan for the day."""),
    H(1, "2.4 Coaching log"),
    P("""Each row shows what was planned and what actually happened; the actual column is what
      I have claimed."""),
    T(["Session", "Date", "Coachee", "Planned", "Actual", "Notes"], *LOG),
    P("""On 5 February I observed a senior colleague's coaching session for 1 hour to see how she
      used scaling questions, which I have not included in my hours."""),
    H(1, "3.1 Reflection on each session"),
    P("""The joint session taught me that two coachees in one room need a clear contract of their
      own: Coachee 2 deferred to Coachee 1 until I asked her directly. After the cancelled
      session I learned to confirm bookings the day before."""),
    H(1, "3.2 Feedback from the coachees"),
    P("""At the end of every session each coachee wrote one thing that helped and one thing to
      change on a feedback slip; the most common change asked for was fewer notes taken by me."""),
    H(1, "3.3 Communication skills"),
    P("""My listening was strongest when I stopped writing; my feedback became more specific after
      supervision, naming exactly what the coachee did rather than saying 'well done'."""),
    H(1, "3.4 Supervision"),
    P("""Supervision 1 – 29 January 2026 – with Dr Helen Marsh, my coaching supervisor – 1 hour.
      Helen helped me see that I slipped into managing rather than coaching when the rota came
      up."""),
    P("""Supervision 2 – 24 February 2026 – with Dr Helen Marsh – 45 minutes. We looked at how I
      would close the relationships without leaving either of them dependent on me."""),
]

CASE = Case(
    name="pr_302_planned_actual",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("aisha-rahman-302.docx", BLOCKS)],
    labels={
        "1.1": "quiet room behind the aseptic unit",
        "1.2": "speak up confidently on the consultant ward round",
        "1.3": "agreed to hear only that sessions had happened",
        "2.1": "moved from three to seven on speaking up",
        "2.2": "rotating pairs system",
        "2.3": "asked what she needed",
        "2.4": "the actual column is what I have claimed",
        "3.1": "confirm bookings the day before",
        "3.2": "fewer notes taken by me",
        "3.3": "rather than saying 'well done'",
        "3.4": "managing rather than coaching",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 750,
        "sessions": 8,
        "individuals": 2,
        "supervision_minutes": 105,
    },
    about="Pharmacy team leader; Planned/Actual log in mixed formats, a 60-90 range, subtotal and total, joint session, supervision short.",
)
