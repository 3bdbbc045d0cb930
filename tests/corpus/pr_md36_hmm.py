"""MD36 36-hour workplace mentoring diary: times in h:mm, a cumulative column, weekly totals.

Priya Nair, a call-centre team manager, mentors five advisers (Clients A to E) and meets
three of them together as a group. Her log is two Word tables (the second begins on a new
page with "Brought forward"); times are written "1:30", "0:20", the cumulative column the
same way; every week ends in a "Week n total" row. Tutorials with her ILM tutor sit in the
same log; she observed a senior mentor once; one session was postponed; a phone call she
marked not counted.

Practice truth: twenty-two sessions, 2,310 minutes (38 h 30), five clients; tutorials
60 + 90 = 150 minutes in two sessions.
"""

from .case import Case, H, P, SourceFile, T

WEEKS = [
    [("08/09/2025", "Client A", "Introductory meeting and contracting", "1:30"),
     ("09/09/2025", "Client B", "Introductory meeting and contracting", "1:30"),
     ("10/09/2025", "Client C", "Introductory meeting and contracting", "1:00"),
     ("11/09/2025", "ILM tutor", "Tutorial: setting up the diary", "1:00")],
    [("15/09/2025", "Client A", "Call handling goals", "2:00"),
     ("16/09/2025", "Client B", "Dealing with abusive callers", "1:45"),
     ("17/09/2025", "Client D", "Introductory meeting and contracting", "1:15"),
     ("18/09/2025", "Client E", "Introductory meeting and contracting", "1:15")],
    [("22/09/2025", "Clients C, D & E", "Group session: managing call wrap time", "2:30"),
     ("23/09/2025", "Client A", "Listening to his recorded calls", "2:00"),
     ("24/09/2025", "Client B", "Postponed to 1 October – team meeting overran", "2:00"),
     ("25/09/2025", "Client A", "Phone call to move a session (not counted)", "0:20")],
    [("29/09/2025", "Client C", "Confidence on escalations", "2:00"),
     ("01/10/2025", "Client B", "Dealing with abusive callers, part two", "2:00"),
     ("02/10/2025", "Senior mentor", "Observation of an experienced mentor's session", "1:30"),
     ("03/10/2025", "Client D", "Quality scores", "1:30")],
    [("06/10/2025", "Client E", "Career conversation", "1:45"),
     ("07/10/2025", "Client A", "Review of goals", "2:00"),
     ("08/10/2025", "Clients C, D & E", "Group session: peer feedback", "2:30"),
     ("09/10/2025", "ILM tutor", "Tutorial: reviewing my mentoring style", "1:30")],
    [("13/10/2025", "Client B", "Review of goals", "2:00"),
     ("14/10/2025", "Client C", "Review of goals", "1:30"),
     ("15/10/2025", "Client D", "Review of goals", "1:30"),
     ("16/10/2025", "Client E", "Applying for team leader", "1:30")],
    [("20/10/2025", "Client A", "Final session and ending", "2:00"),
     ("21/10/2025", "Client B", "Final session and ending", "1:30"),
     ("22/10/2025", "Clients C, D & E", "Group closing session", "2:00")],
]
LEFT_OUT = ("Tutorial", "Postponed", "(not counted)", "Observation")


def _hmm(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _tables() -> list:
    header = ["Date", "Client(s)", "Activity", "Time (h:mm)", "Cumulative"]
    tables, rows, total = [], [header], 0
    for week, entries in enumerate(WEEKS, start=1):
        if week == 4:
            tables.append(T(*rows))
            rows = [header, ["Brought forward", "", "", "", _hmm(total)]]
        week_minutes = 0
        for date, who, activity, time in entries:
            h, m = time.split(":")
            minutes = int(h) * 60 + int(m)
            if not any(word in activity for word in LEFT_OUT):
                week_minutes += minutes
                total += minutes
            rows.append([date, who, activity, time, _hmm(total)])
        rows.append([f"Week {week} total", "", "", _hmm(week_minutes), _hmm(total)])
    rows.append(["Total mentoring hours", "", "", "", _hmm(total)])
    tables.append(T(*rows))
    return tables


BLOCKS = [
    H(0, "Workplace Mentoring Diary (36 hours)"),
    P("Candidate name: Priya Nair"),
    P("Centre: Humber Contact Centre Academy"),
    P("""Declaration: this diary is my own work and records mentoring I carried out myself."""),
    H(1, "Section 1: My mentoring log"),
    P("""All times are in hours and minutes. Tutorials with my ILM tutor are in the log but are
      not part of my mentoring hours."""),
    *_tables(),
    H(1, "Section 2: Reflections"),
    P("""Meeting Clients C, D and E as a group saved time but I had to work harder to bring Client
      D in, as she let the others speak for her."""),
]

CASE = Case(
    name="pr_md36_hmm",
    unit="MD36",
    kind="structured-docx",
    files=[SourceFile("priya-nair-md36.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "minutes": 2310,
        "sessions": 22,
        "individuals": 5,
        "supervision_minutes": 150,
    },
    about="Call-centre manager; h:mm times, cumulative column, weekly totals, brought forward, group sessions of three, tutorials.",
)
