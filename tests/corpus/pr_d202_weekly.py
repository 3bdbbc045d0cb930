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
    H(1, "Section 1 – Identify and agree overall outcomes for mentoring sessions"),
    P("""My supervisor is Mr Evans, head of Year 7, who met me after most sessions. T was referred
      because he kept forgetting homework. In our first meeting we agreed one outcome: a full
      week of homework handed in on time by half term, checked on his planner every Tuesday."""),
    H(1, "Section 2 – Undertake supervised mentoring"),
    H(2, "2a Mentoring sessions"),
]
for title, time, who, what, supervision in WEEKS:
    BLOCKS += [
        H(3, title),
        P(f"Mentoring: {time}"),
        P(f"Mentee: {who}"),
        P(f"What happened: {what}"),
        P(f"Supervision: {supervision}"),
    ]
BLOCKS += [
    P("""On 20 November I had a 10 minute chat with L in the corridor about her new club (not
      counted)."""),
    H(2, "2b Supervision"),
    P("""Mr Evans always began by asking what I was proud of from the session. When he was away on a
      course I wrote my reflections down and we went through them the following week, which is
      why that week has no supervision of its own."""),
    H(1, "Section 3 – Review own progress"),
    H(2, "3a What worked well"),
    P("""Looking back, the joint session worked better than I expected: T and L encouraged each
      other and I talked less."""),
    H(2, "3b What I learned about myself"),
    P("""I found out that I like to be liked, so I avoided telling T when his planner was a mess."""),
    H(2, "3c What I would do differently"),
    P("""I would agree at the start what happens if a session is cancelled, so a school trip does
      not leave a two-week gap."""),
    H(2, "3d Skills to develop"),
    P("""I want to get better at silences: I still fill them with my own ideas before the mentee
      has had a chance to think."""),
]

CASE = Case(
    name="pr_d202_weekly",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("chloe-barnes-diary.docx", BLOCKS)],
    labels={
        "section-1": "Identify and agree overall outcomes for mentoring sessions",
        "section-2": "Undertake supervised mentoring",
        "section-3": "Review own progress",
        "q2a": "got to know each other and agreed to meet at lunchtimes",
        "q2b": "began by asking what I was proud of",
        "q3a": "T and L encouraged each other",
        "q3b": "I like to be liked",
        "q3c": "a two-week gap",
        "q3d": "I still fill them with my own ideas",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 240,
        "sessions": 7,
        "individuals": 2,
        "supervision_minutes": 150,
    },
    about="Sixth-form peer mentor; weekly diary of label lines, '2 x 30 mins', a joint session, missing supervisions, a cancelled week.",
)
