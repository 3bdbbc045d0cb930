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
    H(1, "Section 1: Planning and organising mentoring sessions"),
    H(2, "1. Preparing and planning"),
    P("""I asked my operations manager to release each adviser from the phones for two hours a
      week and booked the training room on the mezzanine for seven weeks."""),
    H(2, "2. Contracting"),
    P("""Each client signed a one-page agreement: sessions are confidential, notes stay in my
      locked drawer, and call recordings are only played with the adviser's consent."""),
    H(2, "3. Goals"),
    P("""Client A wanted to cut his average handling time without rushing callers; Clients C, D
      and E shared a goal of finishing wrap-up within the thirty seconds allowed."""),
    H(1, "Section 2: Undertake mentoring sessions"),
    H(2, "4. Diagnostic tools"),
    P("""I used each adviser's quality scorecard and a listening skills self-assessment, then
      compared the two to find the gap they cared about most."""),
    H(2, "5. Questioning and listening"),
    P("""In the group sessions I used a round where each person spoke without interruption, and
      I summarised before asking the next question."""),
    H(2, "6. My mentoring log"),
    P("""All times are in hours and minutes. Tutorials with my ILM tutor are in the log but are
      not part of my mentoring hours."""),
    *_tables(),
    H(2, "7. Records, progress and impact"),
    P("""After every session I noted progress against each goal; by week five Client A's handling
      time had dropped by forty seconds with no fall in his quality score."""),
    H(1, "Section 3: Feedback and reflections of effectiveness of mentoring activity"),
    H(2, "8. Feedback"),
    P("""All five clients and their team leader completed a short feedback form; the team leader
      noticed fewer escalations from Client C."""),
    H(2, "9. Different mentoring programmes"),
    P("""Meeting Clients C, D and E as a group saved time but I had to work harder to bring Client
      D in, as she let the others speak for her; one-to-one suited the more personal goals."""),
    H(2, "10. My own performance"),
    P("""I was strongest with the advisers closest to my own old job and weakest with Client E,
      whose career goals I had to learn about from scratch."""),
    H(1, "Section 4: Tutorial reflections of effectiveness of mentoring activity"),
    H(2, "11. How tutorials were used"),
    P("""My tutor challenged me to stop solving call-handling problems in the group and to let the
      advisers coach each other instead."""),
    H(2, "12. Supervision in future"),
    P("""Next time I will book monthly supervision with another team manager who mentors, as well
      as the tutorials."""),
]

CASE = Case(
    name="pr_md36_hmm",
    unit="MD36",
    kind="legacy-questions",
    files=[SourceFile("priya-nair-md36.docx", BLOCKS)],
    labels={
        "section-1": "Planning and organising mentoring sessions",
        "section-2": "Undertake mentoring sessions",
        "section-3": "Feedback and reflections of effectiveness of mentoring activity",
        "section-4": "Tutorial reflections of effectiveness of mentoring activity",
        "q1": "training room on the mezzanine",
        "q2": "only played with the adviser's consent",
        "q3": "within the thirty seconds allowed",
        "q4": "find the gap they cared about most",
        "q5": "spoke without interruption",
        "q6": "not part of my mentoring hours",
        "q7": "dropped by forty seconds",
        "q8": "fewer escalations from Client C",
        "q9": "one-to-one suited the more personal goals",
        "q10": "learn about from scratch",
        "q11": "let the advisers coach each other",
        "q12": "monthly supervision with another team manager",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 2310,
        "sessions": 22,
        "individuals": 5,
        "supervision_minutes": 150,
    },
    about="Call-centre manager; h:mm times, cumulative column, weekly totals, brought forward, group sessions of three, tutorials.",
)
