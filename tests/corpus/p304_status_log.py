"""8587-304 Extended mentoring: a log with start and finish times and a status column.

Marcus Webb, a retail store manager, mentors two assistant managers he calls Sam and Ruth
(pseudonyms). His log has "Start" and "Finish" columns in twelve-hour times, a "Status"
column (Held, Planned, Cancelled, Did not attend), a sub-total row per mentee and a grand
total; supervision is in a table of its own under a "Supervision record" heading, whose
columns never say "supervision". His reflections retell two sessions with their dates.

Practice truth: eight sessions held, 60+90+75+80+60+90+45+60 = 560 minutes, two mentees;
supervision 60 + 90 = 150 minutes in two sessions.
"""

from .case import Case, H, P, SourceFile, T

LOG = [
    ["06/01/2026", "Sam", "2.00pm", "3.00pm", "Held", "Contracting and goals"],
    ["08/01/2026", "Ruth", "9.30am", "11.00am", "Held", "Contracting and goals"],
    ["13/01/2026", "Sam", "2.00pm", "3.15pm", "Held", "Rota planning with GROW"],
    ["15/01/2026", "Ruth", "9.30am", "10.50am", "Held", "Difficult conversation rehearsal"],
    ["20/01/2026", "Sam", "2.00pm", "3.00pm", "Cancelled", "Store audit – moved to 27th"],
    ["22/01/2026", "Ruth", "9.30am", "", "Did not attend", "Off sick"],
    ["27/01/2026", "Sam", "2.00pm", "3.00pm", "Held", "Review of the rota trial"],
    ["29/01/2026", "Ruth", "9.30am", "11.00am", "Held", "Feedback from her team"],
    ["03/02/2026", "Sam", "2.00pm", "2.45pm", "Held", "Short session before the delivery"],
    ["05/02/2026", "Ruth", "9.30am", "10.30am", "Held", "Final review"],
    ["10/02/2026", "Sam", "2.00pm", "3.00pm", "Planned", "Final review"],
]

BLOCKS = [
    H(0, "Extended Mentoring Portfolio – Unit 304"),
    T(
        ["Learner", "Marcus Webb"],
        ["Registration no.", "R4410287"],
        ["Centre", "Fenland Retail Academy"],
    ),
    P("""Declaration: this portfolio is my own work and the sessions took place as recorded.
      Both mentees agreed to their records being used under pseudonyms."""),

    H(1, "AC 1.1 Plan for twelve hours of mentoring"),
    P("""I planned weekly sessions with each mentee in the stock office after the lunchtime
      rush, alternating days so the shop floor was never short of a manager. The plan allowed
      for one session each to be lost to store visits or audits."""),
    H(1, "AC 1.2 Topics and goals"),
    P("""Sam wanted to build a rota that respects staff preferences without breaking the labour
      budget. Ruth wanted to hold a difficult conversation about lateness without backing down
      or becoming defensive."""),
    H(1, "AC 1.3 Contract"),
    P("""We agreed a written contract with the area manager as a third party, who accepted that
      she would only be told whether sessions took place. Confidentiality had one exception:
      anything that broke the law or put a colleague at risk."""),
    H(1, "AC 2.1 Diagnostic tools"),
    P("""Both mentees completed a Belbin team role questionnaire and a labour budget quiz I wrote
      myself. Sam scored as a plant and completer finisher, which explained his endless rota
      drafts."""),
    H(1, "AC 2.2 Mentoring model"),
    P("""I used Clutterbuck and Megginson's seven steps, and the step of building rapport took far
      longer with Ruth, who had been passed over for promotion twice."""),
    H(1, "AC 2.3 Skills and ethics"),
    P("""I kept what each mentee said to myself even when the area manager asked about Ruth's
      lateness problem. I used open questions, summarised and let silences run."""),
    H(1, "AC 2.4 Mentoring log"),
    P("""The log below records every contact from the first session to the last; the status
      column shows what happened to each booking."""),
    T(
        ["Date", "Mentee", "Start", "Finish", "Status", "Focus"],
        *LOG,
        ["Sub-total Sam", "", "", "", "", "4 hrs"],
        ["Sub-total Ruth", "", "", "", "", "5 hrs 20 mins"],
        ["Grand total", "", "", "", "", "9 hrs 20 mins"],
    ),
    H(2, "Supervision record"),
    T(
        ["Date", "With", "Length", "What we looked at"],
        ["21/01/2026", "Jo Patel (mentor supervisor)", "1 hour", "My habit of fixing rota problems for Sam"],
        ["11/02/2026", "Jo Patel (mentor supervisor)", "1½ hours", "Ending the relationships well"],
    ),
    H(1, "AC 3.1 Reflections"),
    P("""Our session on 13 January ran to 1 hr 15 because Sam brought three rota drafts. My key
      learning was to ask him to choose one before we started. On 29 January Ruth and I spent
      an hour and a half on her team's feedback, which showed me she needed the praise as much
      as the challenge."""),
    H(1, "AC 3.2 Feedback on each session"),
    P("""Each mentee scored every session out of five on a sticky note before leaving. Ruth gave
      the rehearsal session a five and wrote 'scary but useful'."""),
    H(1, "AC 3.3 Communication skills"),
    P("""My listening improved once I stopped taking notes during the session and wrote them up
      afterwards; Sam said I seemed more present."""),
    H(1, "AC 3.4 Outcomes of supervision"),
    P("""Supervision with Jo helped me stop fixing things: she asked me to count how many
      solutions I offered in a session, and the count fell from six to one."""),
]

CASE = Case(
    name="p304_status_log",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("marcus-webb-304.docx", BLOCKS)],
    labels={
        "1.1": "stock office after the lunchtime rush",
        "1.2": "without breaking the labour budget",
        "1.3": "area manager as a third party",
        "2.1": "Belbin team role questionnaire",
        "2.2": "seven steps",
        "2.3": "let silences run",
        "2.4": "what happened to each booking",
        "3.1": "choose one before we started",
        "3.2": "scary but useful",
        "3.3": "stopped taking notes during the session",
        "3.4": "the count fell from six to one",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 560,
        "sessions": 8,
        "individuals": 2,
        "supervision_minutes": 150,
    },
    about="Store manager; log with start/finish times, status column, per-mentee sub-totals; supervision table under a heading.",
)
