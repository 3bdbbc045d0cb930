"""MD36 36-hour workplace mentoring diary: dated entries in prose, a running total now and then.

Grace Whitfield, a housing support manager, mentors three support workers (Clients A, B and
C). Each diary entry is a heading with its number and date and a paragraph that says who it
was with and for how long, in words or figures ("two hours", "2 hrs", "1½ hours"); she
notes the preparation she did, keeps a running total in some entries ("Running total: 14
hours"), meets A and C together twice, and records two tutorials as entries of their own.

Practice truth: twenty sessions, 2,160 minutes (36 h), three clients; tutorials 60 + 60 =
120 minutes in two sessions.
"""

from .case import Case, H, P, SourceFile

ENTRIES = [
    ("6 October 2025", "I met Client A for two hours to agree our contract and her goals.", 120),
    ("7 October 2025", "Client B, 2 hrs: contract and goals. I spent 30 minutes preparing the paperwork beforehand.", 120),
    ("8 October 2025", "First session with Client C, lasting an hour and a half.", 90),
    ("13 October 2025", "Client A and I spent 2 hours on her caseload priorities.", 120),
    ("14 October 2025", "With Client B for 1½ hours on a difficult tenancy visit.", 90),
    ("15 October 2025", "Client C for two hours: her first safeguarding referral.", 120),
    ("16 October 2025", "Tutorial with my ILM tutor for 1 hour about the diary. Running total: 11 hours.", 60),
    ("20 October 2025", "Clients A and C together for 1½ hours on boundaries with tenants.", 90),
    ("21 October 2025", "Client B for 2 hours: rehearsing a conversation with a landlord.", 120),
    ("27 October 2025", "Client A, two hours, reviewing her goals.", 120),
    ("28 October 2025", "Client B, 2 hours. The session was meant to be 1 hour but she asked to carry on.", 120),
    ("29 October 2025", "Client C, 1 hr 30 mins: time management.", 90),
    ("3 November 2025", "Client A for 2 hours. Running total: 22 hours.", 120),
    ("4 November 2025", "Clients A and C together, 2 hours, peer case discussion.", 120),
    ("5 November 2025", "Client B for an hour and a half.", 90),
    ("10 November 2025", "Client C for two hours.", 120),
    ("11 November 2025", "Tutorial with my ILM tutor, 1 hour, reviewing my reflective log.", 60),
    ("12 November 2025", "Client A, 2 hours: her application for senior worker.", 120),
    ("17 November 2025", "Client B, 2 hours: ending and next steps.", 120),
    ("18 November 2025", "Client C, 2 hours: ending and next steps.", 120),
    ("19 November 2025", "Client A, 1 hour 30 minutes: our final session.", 90),
    ("24 November 2025", "Final joint review with Clients A and C, 1 hour. Running total: 36 hours.", 60),
]

BLOCKS = [
    H(0, "36-Hour Mentoring Diary"),
    P("Candidate: Grace Whitfield. Centre: Pennine Housing Training. This diary is my own work."),
]
for number, (date, text, _) in enumerate(ENTRIES, start=1):
    BLOCKS += [H(2, f"Entry {number} – {date}"), P(text)]
BLOCKS += [
    H(1, "Summary"),
    P("""In all I mentored three people for 36 hours over twenty sessions, with two tutorials as well."""),
]

CASE = Case(
    name="pr_md36_entries",
    unit="MD36",
    kind="structured-docx",
    files=[SourceFile("grace-whitfield-md36.docx", BLOCKS)],
    labels={},
    expected_checks={
        "minutes": 2160,
        "sessions": 20,
        "individuals": 3,
        "supervision_minutes": 120,
    },
    about="Housing support manager; a heading per dated entry, durations in words and figures, running totals, joint sessions, tutorials.",
)
