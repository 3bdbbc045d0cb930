"""8587-302 coaching: an e-portfolio export as plain text, odd headers, hh:mm, two coachees with one initial.

Nadia Farouk, a team leader in a bank's contact centre, coaches two agents she calls
"Coachee D1 (Dan)" and "Coachee D2 (Dee)" - both names made up, both starting with D. Her
centre's e-portfolio exports the activity log as a text table with its own headers
("Activity Date", "Activity Type", "Participant(s)", "Time Spent (hh:mm)", "Status"),
mixing chemistry meetings, coaching, a shadowing slot, supervision and a tutorial, with
cancelled and planned rows and the platform's "TOTAL" row.
"""

from .case import Case, H, P, SourceFile, T

LOG = T(
    ["Activity Date", "Activity Type", "Participant(s)", "Time Spent (hh:mm)", "Status", "Evidence Ref"],
    ["06/01/2026", "Chemistry meeting", "Coachee D1 (Dan)", "00:30", "Completed", "EV-01"],
    ["08/01/2026", "Chemistry meeting", "Coachee D2 (Dee)", "00:30", "Completed", "EV-02"],
    ["13/01/2026", "Coaching session", "Dan", "01:30", "Completed", "EV-03"],
    ["15/01/2026", "Coaching session", "Dee", "01:30", "Completed", "EV-04"],
    ["20/01/2026", "Shadowing", "Sat in on Mark (senior coach) with his coachee", "01:00", "Completed", "EV-05"],
    ["27/01/2026", "Coaching session", "Dan", "01:30", "Completed", "EV-06"],
    ["29/01/2026", "Coaching session", "Dee", "01:30", "Cancelled", "Dee on annual leave"],
    ["03/02/2026", "Coaching session", "Dee", "01:30", "Completed", "EV-07"],
    ["05/02/2026", "Supervision", "Coach supervisor", "01:00", "Completed", "EV-08"],
    ["10/02/2026", "Coaching session", "Dan", "01:15", "Completed", "EV-09"],
    ["17/02/2026", "Coaching session", "Dee", "01:15", "Completed", "EV-10"],
    ["24/02/2026", "Coaching session", "Dan", "01:30", "Completed", "EV-11"],
    ["26/02/2026", "Coaching session", "Dee", "01:30", "Completed", "EV-12"],
    ["03/03/2026", "Tutorial", "Tutor (Graham)", "01:00", "Completed", "EV-13"],
    ["10/03/2026", "Coaching session", "Dan", "01:00", "Completed", "EV-14"],
    ["12/03/2026", "Coaching session", "Dee", "01:00", "Completed", "EV-15"],
    ["19/03/2026", "Coaching session", "Dan", "00:45", "Completed", "EV-16"],
    ["24/03/2026", "Coaching session", "Dee", "00:45", "Planned", "-"],
    ["", "TOTAL", "", "20:30", "", ""],
)

BLOCKS = [
    P("=== PORTFOLIO EXPORT === Learner: Nadia Farouk | Qualification: ILM L3 Coaching and Mentoring | Unit: 8587-302"),
    P("Exported 31/03/2026 09:14 | Status: Submitted for assessment"),
    P("""[Learner declaration] I confirm that this submission is my own work and that the
      coachees are anonymised: Dan and Dee are not their real names."""),
    P("--- Section: Planning (AC 1.1) ---"),
    P("""Plan: two coachees from my team, about six hours each over ten weeks, 60-90 minute
      sessions every other week in the glass meeting room on the third floor, booked on
      Outlook and shown as 'offline' on the workforce plan so the floor is covered. A short
      chemistry meeting first with each of them. Resources: the GROW question sheet, the
      call quality scorecards, and a learning styles questionnaire."""),
    P("--- Section: Goals (AC 1.2) ---"),
    P("""Dan wants to move into the complaints team, so his goals were to bring his
      average handling time under seven minutes and to shadow a complaints handler by
      March. Dee wanted to feel ready to act up as team leader, so her goals were to run two
      team huddles and to handle one escalated call start to finish. We agreed these in the
      first coaching session using the GROW goal step, and checked they fitted the contact
      centre's own objectives."""),
    P("--- Section: Contracting (AC 1.3) ---"),
    P("""Each coachee signed a coaching agreement covering confidentiality, the limits of it
      (gross misconduct or risk to a customer), cancellation with 24 hours' notice, and that
      their line manager, which for both of them is me wearing another hat, would not use
      anything from coaching in their appraisal. The operations manager signed it too as
      sponsor."""),
    P("--- Section: Diagnostic tools (AC 2.1) ---"),
    P("""I used two tools. The Honey and Mumford learning styles questionnaire showed Dee is
      a strong reflector, so her actions were built around planning huddles in writing first.
      With Dan we did a SWOT of his readiness for complaints work, and his weakness column
      (rushing calls to hit targets) became his first goal."""),
    P("--- Section: Coaching model (AC 2.2) ---"),
    P("""I used GROW throughout, and the Reality stage was where most of the work happened:
      Dan found he was rushing because he misread the handling-time target as a maximum for
      every call, not an average."""),
    P("--- Section: Skills and ethics (AC 2.3) ---"),
    P("""I worked hard at not being their manager in the room. When Dee asked me to just tell
      her what to do on an escalated call, I turned it back: "What would a good outcome look
      like for the customer?" I took the dual-role issue to supervision as an ethical
      question before the first session."""),
    P("--- Section: Activity log (AC 2.4) ---"),
    P("Activity log from the platform, all activities logged against this unit:"),
    LOG,
    P("""Note from learner: the shadowing slot with Mark was for my own learning and is not
      coaching I delivered; supervision and the tutorial are logged here because the platform
      puts every activity in one list."""),
    P("--- Section: Reflection (AC 3.1) ---"),
    P("""After each session I filled in the reflection box on the platform. My key learning
      was that silence is a tool: the longest pause in session four produced Dee's best
      idea, running huddles on a whiteboard."""),
    P("--- Section: Feedback (AC 3.2) ---"),
    P("""I sent a three-question form after every session (what helped, what didn't, score
      out of ten). Scores went from 6 to 9 for Dan; Dee said early sessions felt like an
      appraisal, so I moved us out of the team area."""),
    P("--- Section: Communication skills review (AC 3.3) ---"),
    P("""Reviewing my questions on the session notes, I asked too many closed questions in
      January. By March I was summarising and reflecting back more, and giving feedback as
      observations rather than judgements."""),
    P("--- Section: Supervision (AC 3.4) ---"),
    P("""Two supervision conversations: with my coach supervisor in February, where the
      outcome was a clearer boundary between coaching and line management, and with Graham
      my tutor in March, where we agreed I should let coachees write their own actions."""),
]

CASE = Case(
    name="py_302_eportfolio_export",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("farouk_8587-302_export.txt", BLOCKS)],
    labels={
        "1.1": "shown as 'offline' on the workforce plan",
        "1.2": "bring his average handling time under seven minutes",
        "1.3": "cancellation with 24 hours' notice",
        "2.1": "his weakness column",
        "2.2": "misread the handling-time target as a maximum",
        "2.3": "I turned it back",
        "2.4": "all activities logged against this unit",
        "3.1": "silence is a tool",
        "3.2": "three-question form after every session",
        "3.3": "asked too many closed questions in January",
        "3.4": "a clearer boundary between coaching and line management",
    },
    # Rows of the export:
    #   06/01 chemistry D1 Dan 00:30  -> 30 counted (chemistry counts; not marked otherwise)
    #   08/01 chemistry D2 Dee 00:30  -> 30 counted
    #   13/01 Dan 01:30 -> 90; 15/01 Dee 01:30 -> 90
    #   20/01 shadowing Mark 01:00    -> excluded, shadowing someone else
    #   27/01 Dan 01:30 -> 90
    #   29/01 Dee 01:30 Cancelled     -> excluded
    #   03/02 Dee 01:30 -> 90
    #   05/02 supervision 01:00       -> supervision 60
    #   10/02 Dan 01:15 -> 75; 17/02 Dee 01:15 -> 75; 24/02 Dan 01:30 -> 90; 26/02 Dee 01:30 -> 90
    #   03/03 tutorial 01:00          -> supervision 60
    #   10/03 Dan 01:00 -> 60; 12/03 Dee 01:00 -> 60; 19/03 Dan 00:45 -> 45
    #   24/03 Dee 00:45 Planned       -> excluded
    #   TOTAL 20:30                   -> excluded, the platform's total (sums every row, even cancelled)
    # minutes 30+30+90+90+90+90+75+75+90+90+60+60+45 = 915
    #   (again: Dan 30+90+90+75+90+60+45 = 480, Dee 30+90+90+75+90+60 = 435, 480+435 = 915)
    # sessions 13 (Dan 7, Dee 6); individuals 2 (D1 = Dan, D2 = Dee); supervision 60+60 = 120.
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "minutes": 915,
        "sessions": 13,
        "individuals": 2,
        "supervision_minutes": 120,
    },
    about="Bank contact centre team leader; e-portfolio text export, hh:mm column, chemistry/shadowing/supervision/tutorial rows in one list, D1/D2 coachees.",
)
