"""8587-302 coaching: a log typed as dashed lines in Word, supervision and a tutorial in prose.

Tom Reilly, a warehouse shift manager, coaches two team leaders he calls TL1 and TL2. He
typed his notebook into Word line by line ("14 Jan – TL1 – 1hr – …"), not as a table. One
session was cancelled for a stock take and rebooked; a joint close-out is still planned.
An informal canteen chat is marked not counted. His reflection retells one session with
its length. Supervision (two calls) and a group tutorial are told in sentences.

Practice truth: 60 + 60 + 90 + 105 + 90 + 90 + 75 + 90 + 90 + 90 = 840 minutes in ten
sessions with TL1 and TL2; supervision 45 + 60 and the tutorial 120 = 225 minutes.
"""

from .case import Case, H, P, SourceFile

LOG = [
    "14 Jan – TL1 – 1hr – chemistry session, agreed our contract and confidentiality",
    "16 Jan – TL2 – 1hr – chemistry session and contract",
    "28 Jan – TL1 – 1hr 30 – GROW on her handover briefings",
    "30 Jan – TL2 – 1hr 45 – goal: cut picking errors by half",
    "11 Feb – TL1 – 1.5 hrs – practised a difficult conversation",
    "13 Feb – TL2 – cancelled (stock take) – rebooked for 18 Feb",
    "18 Feb – TL2 – 1hr 30 – went through the error data together",
    "25 Feb – TL1 – 1hr 15 – feedback on her briefing",
    "27 Feb – TL2 – 1hr 30 – scaling question on confidence",
    "11 Mar – TL1 – 1hr 30 – final review",
    "13 Mar – TL2 – 1hr 30 – final review",
    "20 Mar – TL1 & TL2 – 1hr – joint close-out session (planned)",
]

BLOCKS = [
    H(0, "Unit 302 – Coaching practice"),
    P("Name: Tom Reilly"),
    P("Declaration: this is my own work."),
    H(1, "Coaching log"),
    P("I kept my log in a notebook and typed it up here. Date – coachee – time – what we worked on."),
    *[P(line) for line in LOG],
    P("6 Mar – TL2 – informal chat in the canteen, about 20 mins – not counted"),
    P("Total: 14 hours over 10 sessions."),
    H(1, "Supervision and tutorials"),
    P("""I had two supervision calls with my coach supervisor: 45 minutes on 4 February, and an
      hour on 4 March when we talked about ending the coaching well."""),
    P("""My tutor also ran a group tutorial on 20 February (2 hours) on ethics and contracting,
      which I attended with three other learners."""),
    H(1, "Reflection"),
    P("""The session on 30 January ran to 1 hr 45 because TL2 wanted to go through every error
      report line by line. Next time I will agree a finish time at the start."""),
]

CASE = Case(
    name="px_302_typed_lines",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("reilly-302-coaching.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 840,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 225,
    },
    about="Warehouse shift manager; a log typed as dashed lines, a cancelled and rebooked session, a planned joint "
          "session, a not-counted chat, supervision and a group tutorial in sentences, a session retold.",
)
