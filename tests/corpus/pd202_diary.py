"""D2.02 Undertaking supervised mentoring: a young learner's diary with a record per session.

Kieran Doyle, a sixth-former, mentors one Year 8 pupil (J) through six 30-minute sessions,
each followed by a 30-minute review with his supervisor. His diary has a summary log whose
rows carry both times ("Mentoring" and "Supervision review" columns), then one record
table per session repeating the date and the time as he wrote it then ("3.45–4.15pm",
"half an hour", "35 mins"), and a seventh session that was cancelled.

Practice truth: six sessions, 30+30+35+30+40+30 = 195 minutes, one mentee; supervision
30+30+30+30+30+40 = 190 minutes in six reviews. The session records are the same
sessions as the log's rows, not more.
"""

from .case import Case, H, P, SourceFile, T

RECORDS = [
    ("1", "14/10/2025", "3.45–4.15pm", "30 mins", "We agreed the outcomes: J wants to hand homework in on time"),
    ("2", "21/10/2025", "3.45–4.15pm", "half an hour", "Made a homework timetable together on his planner"),
    ("3", "04/11/2025", "3.40–4.15pm", "35 mins", "He handed in 4 of 5 pieces; talked about the one he missed"),
    ("4", "11/11/2025", "3.45–4.15pm", "30 minutes", "Talked about asking for help in maths"),
    ("5", "18/11/2025", "3.45–4.25pm", "40 mins", "He asked his maths teacher for help himself"),
    ("6", "25/11/2025", "3.45–4.15pm", "30 mins", "Review of the outcomes and ending"),
]

SUPERVISION = ["30 mins", "30 mins", "half an hour", "30 mins", "30 minutes", "40 mins"]

BLOCKS = [
    H(0, "Mentoring Diary – D2.02 Undertaking supervised mentoring"),
    T(
        ["Candidate name", "Kieran Doyle"],
        ["Candidate registration no", "YL-25-3381"],
        ["Centre", "St Aidan's Sixth Form"],
    ),
    P("""I confirm that this diary is my own work and that the sessions happened as I have
      written them. Signed Kieran Doyle."""),

    H(1, "Section 1 – Identify and agree overall outcomes for mentoring sessions"),
    P("""My mentee is a Year 8 boy who I call J. His head of year asked for him to have a mentor
      because he was getting detentions for missing homework. Before the first session I
      talked to my supervisor, Mrs Patel, about what outcomes might be realistic. In our first
      session J and I agreed two outcomes: to hand in every homework on time for three weeks
      in a row, and to ask a teacher for help when he is stuck instead of giving up. Mrs Patel
      agreed these were realistic for six sessions."""),

    H(1, "Section 2 – Undertake supervised mentoring"),
    H(2, "2a Mentoring sessions"),
    P("""I met J six times in the library study room after school on Tuesdays. The log below
      shows each mentoring session and the supervision review I had with Mrs Patel straight
      after it. Session 7 was planned but J was off ill."""),
    T(
        ["Session", "Date", "Mentoring", "Supervision review"],
        *[[n, date, minutes, sup] for (n, date, _, minutes, _), sup in zip(RECORDS, SUPERVISION)],
        ["7", "02/12/2025", "cancelled – J was ill", ""],
    ),
    *[block for n, date, clock, minutes, note in RECORDS for block in (
        P(f"Session record {n}"),
        T(["Date", date], ["Time", clock], ["Mentee", "J"], ["What we did", note]),
    )],

    H(2, "2b Supervision reviews"),
    P("""After every session I had a review with Mrs Patel in her office. She asked me what went
      well, what I found difficult and what I would try next time. In the third review she
      pointed out that I had done most of the talking, so in session four I tried counting
      to five in my head before I said anything, and J started talking more. In the last
      review we talked about how to end the mentoring so J did not feel dropped."""),

    H(1, "Section 3 – Review own progress"),
    H(2, "3a My performance and what worked well"),
    P("""What worked best was making the homework timetable on his own planner, because it was
      his plan and not mine. I was reliable and always turned up on time, which J said was
      different from other people."""),
    H(2, "3b What I learned about myself"),
    P("""I learned that I am impatient. I wanted to fix things for J and I kept giving him the
      answer, which did not help him at all. I also learned I am better at listening than I
      thought when I slow down."""),
    H(2, "3c What I would do differently"),
    P("""Next time I would spend the first session just getting to know the mentee and not rush
      into outcomes, and I would write my diary the same evening instead of at the weekend."""),
    H(2, "3d Skills I still need to develop"),
    P("""I still need to get better at open questions, because I still ask questions that
      start with 'did you'. I also want to learn how to give feedback that is honest without
      sounding like a teacher."""),
]

CASE = Case(
    name="pd202_diary",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("kieran-doyle-mentoring-diary.docx", BLOCKS)],
    labels={
        "section-1": "Identify and agree overall outcomes for mentoring sessions",
        "section-2": "Undertake supervised mentoring",
        "section-3": "Review own progress",
        "q2a": "library study room after school",
        "q2b": "counting to five in my head",
        "q3a": "his plan and not mine",
        "q3b": "I learned that I am impatient",
        "q3c": "same evening instead of at the weekend",
        "q3d": "sounding like a teacher",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 195,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 190,
    },
    about="Sixth-former mentoring one pupil; summary log with mentoring and supervision columns, a record per session, a cancelled session.",
)
