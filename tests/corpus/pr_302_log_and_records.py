"""8587-302 Extended coaching: a log in one file, the same sessions' records in another.

Owen Hughes, an IT service desk manager, coaches two analysts under the pseudonyms Mark
and Dana. His portfolio is three files: a log (DOCX) whose "Hours" column holds decimals
("1.25", "0.75") beside start and end times; the session records (PDF), one per session,
that give each date another way ("Tuesday 3rd February 2026") and the length in words
("1 hr 15"); and his supervision and tutorial records (DOCX), each a two-column table with
his supervisor's name. The log's last row is a session still to come; a record for a
session Dana cancelled.

Practice truth: nine sessions, 75+60+90+45+90+75+120+90+90 = 735 minutes, two coachees;
supervision 60 + 60 + 45 (tutorial) = 165 minutes in three sessions.
"""

from .case import Case, H, P, SourceFile, T

SESSIONS = [
    ("1", "13/01/2026", "Tuesday 13th January 2026", "Mark", "10:00", "11:15", "1.25", "1 hr 15"),
    ("2", "15/01/2026", "Thursday 15th January 2026", "Dana", "14:00", "15:00", "1", "1 hour"),
    ("3", "20/01/2026", "Tuesday 20th January 2026", "Mark", "10:00", "11:30", "1.5", "90 minutes"),
    ("4", "22/01/2026", "Thursday 22nd January 2026", "Dana", "14:00", "14:45", "0.75", "45 mins"),
    ("5", "27/01/2026", "Tuesday 27th January 2026", "Mark", "10:00", "11:30", "1.5", "1½ hours"),
    ("6", "03/02/2026", "Tuesday 3rd February 2026", "Dana", "14:00", "15:15", "1.25", "1 hr 15"),
    ("7", "10/02/2026", "Tuesday 10th February 2026", "Mark", "10:00", "12:00", "2", "2 hours"),
    ("8", "12/02/2026", "Thursday 12th February 2026", "Dana", "14:00", "15:30", "1.5", "1 hour 30 minutes"),
    ("9", "17/02/2026", "Tuesday 17th February 2026", "Mark", "10:00", "11:30", "1.5", "an hour and a half"),
]
TOPICS = [
    "Contract, confidentiality and Mark's goal of running the change board",
    "Contract and Dana's goal of moving into the security team",
    "Mark prepared his first change board agenda",
    "Dana mapped the skills the security role asks for",
    "Mark reviewed how the change board went; he spoke too quickly",
    "Dana's study plan for the certification",
    "Mark rehearsed saying no to a senior manager's urgent change",
    "Dana practised her interview answers",
    "Mark's final review and ending",
]

LOG = [
    H(1, "2.4 Coaching log – Unit 302"),
    P("Owen Hughes – R7745012 – Cardiff Digital Academy"),
    P("I declare that this log and the records with it are my own work. Coachees' names are pseudonyms."),
    T(
        ["No.", "Date", "Coachee", "Start", "End", "Hours"],
        *[[n, date, who, start, end, hours] for n, date, _, who, start, end, hours, _ in SESSIONS],
        ["10", "24/02/2026", "Dana", "14:00", "15:30", "1.5 (planned)"],
        ["", "Total", "", "", "", "12.25"],
    ),
]

RECORDS = [H(0, "Session records"), P("Both coachees are named by pseudonyms throughout.")]
for (n, _, long_date, who, _, _, _, length), topic in zip(SESSIONS, TOPICS):
    RECORDS += [
        H(2, f"Session {n} – {long_date}"),
        P(f"With {who} for {length}."),
        P(f"{topic}."),
    ]
RECORDS += [
    H(2, "Thursday 29th January 2026"),
    P("Dana's session was cancelled on the day – a major incident on the network."),
]

SUPERVISION = [
    H(1, "3.4 Supervision and tutorial records"),
    T(["Date", "6 February 2026"], ["Supervisor", "Rachel Moore, external coach supervisor"], ["Duration", "1 hour"],
      ["Focus", "My urge to fix Mark's technical problems for him"]),
    T(["Date", "20 February 2026"], ["Supervisor", "Rachel Moore"], ["Duration", "60 mins"],
      ["Focus", "Ending well with both coachees"]),
    T(["Date", "9 February 2026"], ["Tutor", "ILM tutor, Cardiff Digital Academy"], ["Duration", "45 mins"],
      ["Focus", "Tutorial on the portfolio and my reflective log"]),
]

ACCOUNT = [
    H(0, "Unit 302 – Reflective account"),
    P("Owen Hughes – R7745012 – Cardiff Digital Academy. This account is my own work."),
    P("""Mark and Dana are pseudonyms; both analysts agreed to their sessions being used for my
      qualification on that basis."""),
    H(1, "1.1 Plan"),
    P("""My plan set out nine sessions, alternating Tuesday mornings for Mark and Thursday
      afternoons for Dana, in the small meeting room away from the service desk noise, with
      a tenth session in reserve in case an incident wiped one out."""),
    H(1, "1.2 Goals"),
    P("""Mark wanted to chair the weekly change advisory board without deferring to the senior
      engineers; Dana wanted to move into the security team within a year."""),
    H(1, "1.3 Contract"),
    P("""Our contract, also signed by the head of IT, said what was discussed stayed between us,
      except that the head of IT could ask whether the sessions were happening."""),
    H(1, "2.1 Diagnostic tools"),
    P("""Dana mapped herself against the cyber security skills framework, and Mark completed a
      Thomas-Kilmann conflict questionnaire, which showed he avoids conflict almost every time."""),
    H(1, "2.2 Coaching model"),
    P("""I used the OSKAR solution-focused model, asking each coachee to scale where they were
      from zero to ten and what one point higher would look like."""),
    H(1, "2.3 Skills and ethics"),
    P("""Because I manage them both, I was careful to separate coaching from appraisal: I never
      used anything said in a session in their performance reviews."""),
    H(1, "3.1 Reflection on each session"),
    P("""After each session I wrote one learning point; the most repeated was that I jumped to
      technical fixes, so from session four I kept my laptop closed."""),
    H(1, "3.2 Feedback"),
    P("""Each coachee sent me a two-line message after every session; Dana's best-rated session was
      the interview practice because the questions felt real."""),
    H(1, "3.3 Communication skills"),
    P("""Recording two sessions (with consent) showed me that I interrupted Mark eleven times in one
      hour; by the last recording it was twice."""),
]

CASE = Case(
    name="pr_302_log_and_records",
    unit="8587-302",
    kind="portfolio",
    files=[
        SourceFile("hughes-reflective-account.docx", ACCOUNT),
        SourceFile("hughes-coaching-log.docx", LOG),
        SourceFile("hughes-session-records.pdf", RECORDS),
        SourceFile("hughes-supervision.docx", SUPERVISION),
    ],
    labels={
        "1.1": "away from the service desk noise",
        "1.2": "without deferring to the senior engineers",
        "1.3": "whether the sessions were happening",
        "2.1": "avoids conflict almost every time",
        "2.2": "what one point higher would look like",
        "2.3": "never used anything said in a session",
        "2.4": "No. | Date | Coachee | Start | End | Hours",
        "3.1": "kept my laptop closed",
        "3.2": "the questions felt real",
        "3.3": "interrupted Mark eleven times",
        "3.4": "My urge to fix Mark's technical problems",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 735,
        "sessions": 9,
        "individuals": 2,
        "supervision_minutes": 165,
    },
    about="IT service desk manager; decimal-hours log, the same sessions as PDF records with long dates, supervision/tutorial record tables.",
)
