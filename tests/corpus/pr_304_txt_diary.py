"""8587-304 Extended mentoring: a plain-text diary, one line per contact, typed as it came.

Rosa Delgado, an NHS project manager, mentors two junior project officers (Mentee 1 and
Mentee 2) and keeps her diary as a text file: "Mon 12 Jan 2026 - 10.00-11.30 - Mentee 1 -
…", "Teams call, 30 mins", "half-hour session", "1 and a half hours", "1hr 30min", "1.5h",
"90 min"; a session cancelled, one moved, one still planned, her running total at the end of
January; supervision lines with her supervisor, the second naming only "Mo again".

Practice truth: twelve sessions, 885 minutes (14 h 45), two mentees; supervision 90 + 45 =
135 minutes in two sessions.
"""

from .case import Case, H, P, SourceFile

LINES = [
    "Wed 7 Jan 2026 - 1hr - Mentee 2 - cancelled, she was on leave",
    "Mon 12 Jan 2026 - 10.00-11.30 - Mentee 1 - first meeting and contract",
    "Wed 14 Jan 2026 - 2pm-3pm - Mentee 2 - first meeting and contract",
    "Mon 19 Jan 2026 - 1hr 30min - Mentee 1 - mapping her stakeholders",
    "Wed 21 Jan 2026 - Teams call, 30 mins - Mentee 2 - quick check on her project plan",
    "Mon 26 Jan 2026 - half-hour session - Mentee 1 - she was called away to a ward",
    "Wed 28 Jan 2026 - 1 and a half hours - Mentee 2 - rehearsing her board presentation",
    "Running total at the end of January: 6 hrs 30",
    "Mon 2 Feb 2026 - moved to Tuesday because of a board meeting",
    "Tue 3 Feb 2026 - 2 hours - Mentee 1 - long session on her restructure proposal",
    "Wed 4 Feb 2026 - 90 min - Mentee 2 - feedback from the board",
    "Mon 9 Feb 2026 - 1.5h - Mentee 1 - review of goals",
    "Wed 11 Feb 2026 - 75 minutes - Mentee 2 - review of goals",
    "Mon 16 Feb 2026 - 1hr - Mentee 1 - ending",
    "Wed 18 Feb 2026 - 1hr - Mentee 2 - ending",
    "Next: Mon 23 Feb 2026 - 1hr - closing review with both (planned)",
]

BLOCKS = [
    H(1, "Unit 304 Mentoring Portfolio - Rosa Delgado - R6120934"),
    P("Declaration: I confirm that this is my own work."),
    H(2, "1.1 Plan"),
    P("""Plan: twelve sessions over six weeks, Mondays for Mentee 1 and Wednesdays for Mentee 2, in
      the project office or on Teams when one of us was on another site, about an hour each."""),
    H(2, "1.2 Goals"),
    P("""Mentee 1: present a restructure proposal to the directorate board. Mentee 2: run her own
      project board meeting without me in the room."""),
    H(2, "1.3 Contract"),
    P("""Agreed with both mentees and the head of the PMO: confidential, notes kept on my encrypted
      laptop, and the head of the PMO told only that we met."""),
    H(2, "2.1 Diagnostic tools"),
    P("""Both completed the project management competency self-assessment and a stakeholder map;
      Mentee 1's map had no clinicians on it at all."""),
    H(2, "2.2 Model"),
    P("""I used the CLEAR model (contract, listen, explore, action, review), which kept the Teams
      sessions from drifting."""),
    H(2, "2.3 Skills and ethics"),
    P("""When Mentee 2 criticised her own manager I listened without agreeing or passing it on, and
      brought her back to what she could change herself."""),
    H(2, "2.4 Diary of contacts"),
    *[P(line) for line in LINES],
    H(2, "3.1 Reflection"),
    P("""The short session on 26 January taught me to protect the time: from then on we met away
      from the wards so nobody could call her out."""),
    H(2, "3.2 Feedback"),
    P("""I asked both mentees for a score out of five by message after each contact; the Teams
      call scored lowest, which told me to keep video sessions for quick checks only."""),
    H(2, "3.3 Communication skills"),
    P("""My summarising improved most; my feedback was still too long and I now give it in two
      sentences, one strength and one change."""),
    H(2, "3.4 Supervision"),
    P("22 Jan 2026 - supervision with Mo, my supervisor - 1 and a half hours - my habit of rescuing"),
    P("12 Feb 2026 - Mo again - 45 mins - how to end without leaving them dependent"),
]

CASE = Case(
    name="pr_304_txt_diary",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("rosa-delgado-304.txt", BLOCKS)],
    labels={
        "1.1": "on Teams when one of us was on another site",
        "1.2": "without me in the room",
        "1.3": "notes kept on my encrypted laptop",
        "2.1": "no clinicians on it at all",
        "2.2": "CLEAR model",
        "2.3": "listened without agreeing or passing it on",
        "2.4": "Mon 12 Jan 2026 - 10.00-11.30 - Mentee 1",
        "3.1": "away from the wards so nobody could call her out",
        "3.2": "keep video sessions for quick checks only",
        "3.3": "one strength and one change",
        "3.4": "my habit of rescuing",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 885,
        "sessions": 12,
        "individuals": 2,
        "supervision_minutes": 135,
    },
    about="NHS project manager; a plain-text diary of one line per contact in every format, moved/cancelled/planned lines, 'Mo again'.",
)
