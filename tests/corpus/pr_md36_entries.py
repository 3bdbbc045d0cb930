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
    H(1, "Section 1 Planning and organising mentoring sessions"),
    H(2, "1. Preparing and planning"),
    P("""I drew up a seven-week timetable around the support workers' visit
      rotas and booked the interview room at the Halifax office."""),
    H(2, "2. Contracting"),
    P("""each client agreed the scope in writing – their own practice, not tenants'
      cases in detail – and that my notes would use initials only."""),
    H(2, "3. Goals"),
    P("""Client A wanted promotion to senior worker, Client B confidence with landlords, and
      Client C to manage her safeguarding referrals without checking every one with me."""),
    H(1, "Section 2 Undertake mentoring sessions"),
    H(2, "4. Diagnostic tools"),
    P("""a competency self-rating against the support worker framework and a
      confidence scale from one to ten at every session."""),
    H(2, "5. Questioning and listening"),
    P("""I used the TED prompts (tell me, explain, describe) and let
      silences run; Client C said she noticed I never finished her sentences."""),
    H(2, "6. Mentoring three clients for thirty six hours"),
    P("""the diary entries below record every session."""),
]
for number, (date, text, _) in enumerate(ENTRIES, start=1):
    BLOCKS += [H(3, f"Entry {number} – {date}"), P(text)]
BLOCKS += [
    H(2, "7. Records, progress and impact"),
    P("""by the last entry Client A had applied for the senior post and
      Client B had negotiated a repair with a landlord on her own."""),
    H(1, "Section 3 Feedback and reflections of effectiveness of mentoring activity"),
    H(2, "8. Feedback"),
    P("""all three clients and their team leader returned feedback forms; the team leader
      said Client C now referred cases the same day."""),
    H(2, "9. Different mentoring programmes"),
    P("""the joint sessions for A and C worked as peer learning, while B needed
      one-to-one because her goal was personal confidence."""),
    H(2, "10. My own performance"),
    P("""I mentored best when I prepared least and listened most, and worst when I
      slipped into supervising their caseloads."""),
    H(1, "Section 4 Tutorial reflections of effectiveness of mentoring activity"),
    H(2, "11. Tutorial support"),
    P("""my tutor questioned why I ran joint sessions, which made me write down
      a reason for each one instead of doing it for convenience."""),
    H(2, "12. Supervision in future"),
    P("""I will ask for a supervisor outside my own team, meeting every six
      weeks, so that someone can challenge me without a line relationship."""),
    H(1, "Summary"),
    P("""In all I mentored three people for 36 hours over twenty sessions, with two tutorials as well."""),
]

CASE = Case(
    name="pr_md36_entries",
    unit="MD36",
    kind="legacy-questions",
    files=[SourceFile("grace-whitfield-md36.docx", BLOCKS)],
    labels={
        "section-1": "Planning and organising mentoring sessions",
        "section-2": "Undertake mentoring sessions",
        "section-3": "Feedback and reflections of effectiveness of mentoring activity",
        "section-4": "Tutorial reflections of effectiveness of mentoring activity",
        "q1": "interview room at the Halifax office",
        "q2": "my notes would use initials only",
        "q3": "without checking every one with me",
        "q4": "competency self-rating",
        "q5": "never finished her sentences",
        "q6": "the diary entries below record every session",
        "q7": "negotiated a repair with a landlord",
        "q8": "referred cases the same day",
        "q9": "worked as peer learning",
        "q10": "slipped into supervising their caseloads",
        "q11": "write down a reason for each one",
        "q12": "a supervisor outside my own team",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 2160,
        "sessions": 20,
        "individuals": 3,
        "supervision_minutes": 120,
    },
    about="Housing support manager; a heading per dated entry, durations in words and figures, running totals, joint sessions, tutorials.",
)
