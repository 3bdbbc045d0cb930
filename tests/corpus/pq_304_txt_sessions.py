"""8587-304 mentoring: a plain text file, one paragraph per session headed "Session N (length)".

Bernie Walsh, a fire service watch manager, mentors two firefighters (FF1 and FF2). Each
session is a short paragraph starting "Session 3 (1¼ hours) - 14 Feb - FF1:", followed by
what happened. One paragraph is a session that was stood down for a shout. He ends with a
sentence giving his total and his supervision with the station manager.

Practice truth: 75 + 90 + 75 + 60 + 120 + 90 + 90 + 60 + 90 + 60 = 810 minutes in ten
sessions with two mentees; supervision 1 hour + 1 hour = 120 minutes in two.
"""

from .case import Case, H, P, SourceFile

SESSIONS = [
    ("Session 1 (1¼ hours) - 10 Jan - FF1:", "agreed goals around the crew commander process."),
    ("Session 2 (1½ hours) - 12 Jan - FF2:", "agreed goals about confidence on the radio."),
    ("Session 3 (1¼ hours) - 24 Jan - FF1:", "worked through the assessment centre tasks."),
    ("Session 4 (1 hour) - 26 Jan - FF2:", "listened back to a recorded incident message."),
    ("Session 5 (stood down - we were called to a shout) - 7 Feb - FF1:", "no session."),
    ("Session 5 (2 hours) - 9 Feb - FF1:", "mock interview and feedback."),
    ("Session 6 (1½ hours) - 9 Feb - FF2:", "radio role play in the appliance bay."),
    ("Session 7 (1½ hours) - 21 Feb - FF1:", "in-tray exercise."),
    ("Session 8 (1 hour) - 23 Feb - FF2:", "talked about the drill she led."),
    ("Session 9 (1½ hours) - 7 Mar - FF1:", "final review before his assessment."),
    ("Session 10 (1 hour) - 9 Mar - FF2:", "final review and what next."),
]

BLOCKS = [H(1, "Unit 304 mentoring sessions"), P("Candidate: Bernie Walsh"),
          P("My own work - declaration signed on the cover sheet.")]
BLOCKS += [P(f"{head} {what}") for head, what in SESSIONS]
BLOCKS += [
    P("""That makes 13 and a half hours of mentoring across the two firefighters. I had supervision
      with the station manager on 30 January and on 2 March, an hour each time."""),
    H(2, "Reflection"),
    P("""The stood-down session showed me that I need a back-up slot in every rota block."""),
]

CASE = Case(
    name="pq_304_txt_sessions",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("walsh-304-sessions.txt", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 810,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 120,
    },
    about="Fire service watch manager; text file, 'Session N (1¼ hours) - date - FF1:', a stood-down session, a closing total sentence.",
)
