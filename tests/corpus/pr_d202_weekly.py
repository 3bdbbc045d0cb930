"""D2.02 Undertaking supervised mentoring: a weekly diary of short entries, two mentees, one group.

Chloe Barnes, a Year 12 peer mentor, mentors two Year 7 pupils she calls T and L. Each week
is a heading ("Week 2 – w/c 6 October") with short "label: value" lines: the mentoring
time as clock times or "2 x 30 mins" (two lunchtimes that week), who it was with (one week
both together), what happened, and her supervision with Mr Evans, the head of Year 7, which
did not happen every week. One week's session was cancelled; a corridor chat she marked
"(not counted)".

Practice truth: seven sessions, 30 + 30+30 + 40 + 35 + 30 + 45 = 240 minutes, two mentees
(T and L); supervision 30+30+30+30+30 = 150 minutes in five sessions.
"""

from .case import Case, H, P, SourceFile

WEEKS = [
    ("Week 1 – Tuesday 30 September", "12.30 – 1.00", "T",
     "We got to know each other and agreed to meet at lunchtimes in the library.", "30 mins with Mr Evans"),
    ("Week 2 – w/c 6 October", "2 x 30 mins (Tuesday and Thursday lunchtimes)", "T",
     "T made a list of the homework he keeps forgetting and we colour-coded his planner.", "30 mins with Mr Evans"),
    ("Week 3 – Tuesday 14 October", "40 mins", "T and L together",
     "L asked to join because she has the same worry about homework, so we had a joint session.",
     "none this week – Mr Evans was on a course"),
    ("Week 4 – Tuesday 21 October", "Cancelled – T was on the Year 7 trip", "T",
     "No session this week.", "none"),
    ("Week 5 – Tuesday 4 November", "12.30 – 1.05", "L",
     "L showed me her planner; she had handed everything in.", "half an hour with Mr Evans"),
    ("Week 6 – Tuesday 11 November", "30 mins", "T",
     "T wants to stop needing reminders from his mum.", "30 mins with Mr Evans"),
    ("Week 7 – Tuesday 18 November", "45 mins", "T and L",
     "Final session together: we looked back at what had changed and said goodbye properly.",
     "30 minutes with Mr Evans to review the whole diary"),
]

BLOCKS = [
    H(0, "D2.02 Mentoring Diary"),
    P("Candidate: Chloe Barnes"),
    P("Centre: St Anselm's Sixth Form"),
    P("""I declare that this diary is my own work. My mentees are called T and L here so they
      cannot be identified."""),
    P("""My supervisor is Mr Evans, head of Year 7, who met me after most sessions."""),
]
for title, time, who, what, supervision in WEEKS:
    BLOCKS += [
        H(2, title),
        P(f"Mentoring: {time}"),
        P(f"Mentee: {who}"),
        P(f"What happened: {what}"),
        P(f"Supervision: {supervision}"),
    ]
BLOCKS += [
    P("""On 20 November I had a 10 minute chat with L in the corridor about her new club (not
      counted)."""),
    H(1, "Review"),
    P("""Looking back, the joint session worked better than I expected: T and L encouraged each
      other and I talked less."""),
]

CASE = Case(
    name="pr_d202_weekly",
    unit="D2.02",
    kind="structured-docx",
    files=[SourceFile("chloe-barnes-diary.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "minutes": 240,
        "sessions": 7,
        "individuals": 2,
        "supervision_minutes": 150,
    },
    about="Sixth-form peer mentor; weekly diary of label lines, '2 x 30 mins', a joint session, missing supervisions, a cancelled week.",
)
