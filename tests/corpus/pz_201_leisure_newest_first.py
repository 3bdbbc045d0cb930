"""8584-201 mentoring: a leisure centre log kept newest-first, plus separate session records.

Carl, a duty manager at a council leisure centre, mentors Josh, a newly qualified pool
lifeguard. His log (a Word table) lists the newest entry at the top, as he added rows to the
top each week, with dates as dd.mm.yy and a running-total column. The top row is a session
booked but not yet held; one row is a did-not-attend; his tutor's tutorial and her feedback
after observing him sit in the same table. A second file (PDF) holds the session record
forms for the four sessions that took place, repeating the same dates and times; the
observed session's record repeats the 20-minute feedback.

Practice truth: 30 + 90 + 60 + 75 = 255 minutes in four sessions with one mentee (Josh);
supervision and tutorial 60 + 20 = 80 minutes.
"""

from .case import Case, H, P, SourceFile, T

LOG = [
    H(0, "Mentoring Log - Unit 8584-201"),
    P("Mentor: Carl, Duty Manager, Northgate Leisure Centre"),
    P("Mentee: Josh (pool lifeguard, qualified February 2025)"),
    P("""Newest entries are at the top. Running total is my mentoring time with Josh only; tutor
      time is shown but not added in."""),
    T(
        ["Date", "Entry", "Time", "Length", "Running total"],
        ["01.05.25", "Session 5 - final review of goals", "10:00 (booked)", "1 hr planned", "-"],
        ["24.04.25", "Session 4 - handling difficult customers (observed by my tutor Priti)", "09:30-10:45", "1h15m", "4h15m"],
        ["24.04.25", "Feedback from Priti on the observed session", "10:50-11:10", "20 mins", "(tutor)"],
        ["17.04.25", "Session 3 - DNA, Josh rang in sick", "09:30", "0", "3h00m"],
        ["10.04.25", "Tutorial with Priti (ILM tutor) - plan and goals check", "14:00-15:00", "1 hr", "(tutor)"],
        ["03.04.25", "Session 2 - radio procedure and confidence on poolside", "09:30-10:30", "60 mins", "3h00m"],
        ["27.03.25", "Session 1 - goals, rota worries, first SMART goal", "09:00-10:30", "1h30m", "2h00m"],
        ["20.03.25", "Introduction and agreement", "15:00-15:30", "30 mins", "0h30m"],
    ),
    P("Total mentoring with Josh to date: 4 hours 15 minutes (4 sessions held)."),
    H(1, "Declaration"),
    P("""I confirm that this log is a true record of the mentoring I carried out and that the
      work in this portfolio is my own. Signed: Carl   Date: 28.04.25"""),
    H(1, "Looking back"),
    P("""Josh is very capable in the water but quiet on poolside, and his first goal was to use
      the radio without hesitating. Putting the log newest-first meant I always saw what we had
      just agreed before each session, which kept me honest about following up."""),
    P("""Session 3 being missed knocked our plan back a week. Rather than cram two sessions
      together I agreed with Josh to carry the goal over, which Priti thought was sensible."""),
]

RECORDS = [
    H(0, "Mentoring Session Records"),
    P("Mentor: Carl   Mentee: Josh   Unit 8584-201"),
    H(1, "Record 1 - Introduction and agreement"),
    P("Date: Thursday 20 March 2025   Start/finish: 15:00-15:30   Duration: 30 minutes"),
    P("""Purpose: get to know each other, explain mentoring, agree confidentiality and when we
      meet. Outcome: Thursday mornings before the 11:00 shift; Josh signed the agreement."""),
    H(1, "Record 2 - Session 1"),
    P("Date: Thursday 27 March 2025   Start/finish: 09:00-10:30   Duration: 1 hour 30 minutes"),
    P("""Goals agreed: (1) use the radio confidently during a busy session by the end of April;
      (2) lead one pool clear drill. Questioning: I asked Josh to rate his confidence from 1 to
      10 and what would move it up one point. Listening: he said the rota worried him more than
      the radio, so we spent twenty minutes on that first."""),
    H(1, "Record 3 - Session 2"),
    P("Date: Thursday 3 April 2025   Start/finish: 09:30-10:30   Duration: 1 hour"),
    P("""Practised radio calls in the plant room with a spare handset, then on poolside with me
      standing next to him. Action: Josh to make the 10:00 call on Saturdays."""),
    H(1, "Record 4 - Session 4 (observed)"),
    P("Date: Thursday 24 April 2025   Start/finish: 09:30-10:45   Duration: 1 hour 15 minutes"),
    P("""Topic: dealing with an angry parent at the poolside. My tutor Priti sat in to observe me
      for my assessment. Afterwards Priti gave me 20 minutes of feedback (10:50-11:10): good open
      questions, but I summarised too early and cut Josh off once."""),
    P("Session 3 (17 April) did not take place - Josh was off sick - so there is no record for it."),
]

CASE = Case(
    name="pz_201_leisure_newest_first",
    unit="8584-201",
    kind="portfolio",
    files=[
        SourceFile("Carl mentoring log.docx", LOG),
        SourceFile("Carl session records.pdf", RECORDS),
    ],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Log (newest first): 24.04 session 4 75 ("1h15m", 09:30-10:45) + 03.04 session 2 60
        # ("60 mins") + 27.03 session 1 90 ("1h30m") + 20.03 intro 30 ("30 mins") = 255.
        # Not: 01.05 booked, 17.04 DNA, the running-total column, the total line, and the
        # records file (same four sessions again).
        "minutes": 255,
        "sessions": 4,
        "individuals": 1,  # Josh
        # 10.04 tutorial with Priti 60 + 24.04 Priti's feedback on the observation 20 = 80
        # (the records file repeats the 20 minutes; counted once)
        "supervision_minutes": 80,
    },
    about="Leisure centre duty manager; newest-first Word log with running totals, booked and DNA rows, tutor rows in the table, plus a PDF of session records repeating the sessions.",
)
