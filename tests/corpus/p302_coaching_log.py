"""8587-302 Extended coaching: a portfolio whose coaching log has a running-total column.

Dev Malhotra, a warehouse shift manager, coaches two supervisors (C1 and C2) for 12 hours
and logs every contact in one table: a clock time and a duration on most rows, written
as he types them ("1 hr 30", "2½ hours", "1h30m", "90 mins"), a "Running total" column,
two supervision rows, a final review still to come ("PLANNED") and a Total row.

Practice truth: nine delivered sessions, 90+75+150+90+75+45+75+90+60 = 750 minutes,
two coachees; supervision 60 + 75 = 135 minutes in two sessions. The contract's
"Length of each session | 1 hour" and the AC 3.4 prose about the same two supervisions
are not further time.
"""

from .case import Case, H, P, SourceFile, T

COVER = [
    H(0, "Unit 302 Undertaking an Extended Period of Coaching – Portfolio"),
    T(
        ["Learner name", "Dev Malhotra"],
        ["ILM registration number", "R5120774"],
        ["Centre", "Northgate Logistics Training Academy"],
        ["Unit", "8587-302"],
    ),
    H(1, "Declaration"),
    P("""I declare that this portfolio is my own work and that the coaching recorded in it took
      place as described. Both coachees agreed to their anonymised records being assessed."""),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Where"],
        ["1.1", "Coaching plan", "Section AC 1.1"],
        ["1.2", "Goals agreed with each coachee", "Section AC 1.2"],
        ["1.3", "Coaching contract", "Section AC 1.3"],
        ["2.1", "Diagnostic tools used", "Section AC 2.1"],
        ["2.2", "Coaching model", "Section AC 2.2"],
        ["2.3", "Skills and ethics", "Section AC 2.3"],
        ["2.4", "Coaching log", "Section AC 2.4"],
        ["3.1 – 3.4", "Reflections, feedback, review and supervision", "Sections AC 3.1 – 3.4"],
    ),
]

PORTFOLIO = [
    H(1, "AC 1.1 Coaching plan"),
    P("""The coaching took place at the Daventry distribution centre between January and March.
      I planned twelve hours of coaching with two new shift supervisors, referred to here as
      C1 and C2, booked in the training room on the mezzanine because it is quiet during the
      night shift changeover and away from the pick faces. Sessions were fortnightly for each
      coachee so that there was time to try actions on shift between meetings."""),
    T(
        ["Coaching plan", ""],
        ["Coachees", "C1 (night shift supervisor) and C2 (weekend supervisor)"],
        ["Length of each session", "1 hour, longer for the first sessions"],
        ["Number of sessions", "10 in total, 5 each"],
        ["Total planned", "12 hours"],
        ["Review points", "After session 3 and at the end"],
    ),

    H(1, "AC 1.2 Goals agreed"),
    P("""C1 wanted to stop doing the pickers' work for them when the shift fell behind and to
      delegate the recovery instead. We agreed a goal of running three late-shift recoveries
      by the end of February without picking himself. C2 wanted to handle absence return
      conversations without dreading them, with a goal of holding every return-to-work
      meeting within 24 hours and recording it the same day."""),

    H(1, "AC 1.3 Coaching contract"),
    P("""Each coachee signed a three-way contract with me and their operations manager. It
      sets out confidentiality, with the one exception of a health and safety risk, what the
      manager will and will not be told (attendance and the goals only), the cancellation
      rule of 48 hours' notice, and that either side can end the coaching. The operations
      manager agreed not to ask me about the content of sessions."""),

    H(1, "AC 2.1 Diagnostic tools"),
    P("""At the first session each coachee completed a 360 pulse survey from their team and a
      wheel of work life. C1 scored himself ten on task delivery and three on delegation,
      which opened the conversation about picking. C2 used a confidence scale before every
      absence meeting so we could see the change over the weeks."""),

    H(1, "AC 2.2 Coaching model"),
    P("""I used the GROW model throughout. With C1 the Reality stage took most of the second
      session, because he first described the late shifts as the pickers' fault and only
      later saw his own pattern. With C2 the Options stage produced a script of opening
      questions for absence meetings that she wrote herself on the back of a rota sheet."""),

    H(1, "AC 2.3 Skills and ethics of an effective coach"),
    P("""I used open and probing questions, summarised at each stage and kept silence when a
      coachee was thinking. Ethically, I declared at the start that I had been C2's
      supervisor before her promotion, and we agreed that she could ask for another coach
      at any point. I kept to the contract when her manager asked how she was doing and
      only confirmed that sessions were happening."""),

    H(1, "AC 2.4 Coaching log"),
    P("""This log records every contact from the first session to the last. The running total
      column is the coaching time so far."""),
    T(
        ["Date", "Coachee", "Time", "Duration", "Running total", "Notes"],
        ["08/01/2026", "C1", "10:00–11:30", "1 hr 30", "1 hr 30", "Contracting, pulse survey, goal on delegation"],
        ["15/01/2026", "C2", "14:00–15:15", "1 hr 15", "2 hr 45", "Contracting, confidence scale, goal on absence meetings"],
        ["22/01/2026", "C1", "", "2½ hours", "5 hr 15", "Reality stage: the late shift of 19 January replayed step by step"],
        ["29/01/2026", "C2", "", "1h30m", "6 hr 45", "Options for opening an absence meeting; she wrote her own script"],
        ["05/02/2026", "Supervision – Helen Ward, coach supervisor", "", "1 hr", "–", "Supervision: my habit of rescuing C1"],
        ["12/02/2026", "C1", "09:30–10:45", "75 mins", "8 hrs", "First recovery delegated to a team leader"],
        ["19/02/2026", "C2", "", "45 mins", "8 hrs 45", "Reviewed two return-to-work meetings"],
        ["26/02/2026", "C1", "", "1 hr 15", "10 hrs", "Second and third recoveries delegated; goal met"],
        ["05/03/2026", "C2", "13:00–14:30", "90 mins", "11 hrs 30", "Role play of a difficult return; goal met"],
        ["12/03/2026", "C1", "", "1h", "12 hrs 30", "Final review and ending"],
        ["19/03/2026", "Supervision – group supervision via Teams", "", "1 hr 15 mins", "–", "Supervision: ending well"],
        ["26/03/2026", "C2", "PLANNED", "1 hr", "", "Final review booked"],
        ["Total coaching", "", "", "12 hrs 30", "", ""],
    ),

    H(1, "AC 3.1 Reflection on each session"),
    P("""After every session I wrote a short reflection. After the third session I noticed I
      had offered C1 my own recovery plan within ten minutes, which is exactly the rescuing
      he was trying to stop doing with his pickers. From then on I wrote 'ask, don't tell'
      on the top of my notebook, and my key learning for my own development was to slow down
      in the Options stage."""),

    H(1, "AC 3.2 Feedback on each session"),
    P("""At the end of each session I asked two questions on a card: what was most useful today,
      and what should I do differently next time. C2 wrote after the fourth session that the
      role play felt awkward but was the most useful thing we had done, so I kept role play
      for her final sessions. The cards are kept with the log."""),

    H(1, "AC 3.3 Review of my communication skills"),
    P("""Reviewing my questioning, listening and feedback, my listening improved most: in the
      later sessions the coachees spoke for far longer than I did. My feedback was specific
      but I tended to soften it with C2, who told me she would rather I was blunt, which
      changed how I facilitate her learning."""),

    H(1, "AC 3.4 Outcomes of supervision"),
    P("""I had two supervision sessions. In the first, with Helen Ward on 5 February, which
      lasted an hour, we explored why I rescue C1; the outcome was a plan to count to ten
      before offering any idea. The second was group supervision on 19 March, for an hour
      and a quarter, about endings; the outcome was to agree the ending a session in advance
      so the last meeting is a review, not a surprise."""),
]

CASE = Case(
    name="p302_coaching_log",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("cover.docx", COVER), SourceFile("coaching-portfolio.docx", PORTFOLIO)],
    labels={
        "1.1": "training room on the mezzanine",
        "1.2": "three late-shift recoveries",
        "1.3": "three-way contract",
        "2.1": "wheel of work life",
        "2.2": "on the back of a rota sheet",
        "2.3": "supervisor before her promotion",
        "2.4": "from the first session to the last",
        "3.1": "ask, don't tell",
        "3.2": "the role play felt awkward",
        "3.3": "she would rather I was blunt",
        "3.4": "count to ten before offering any idea",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        "minutes": 750,
        "sessions": 9,
        "individuals": 2,
        "supervision_minutes": 135,
    },
    about="Shift manager coaching two supervisors; log table with clock times, running total, supervision, planned and total rows.",
)
