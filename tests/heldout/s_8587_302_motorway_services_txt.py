"""8587-302 coaching practice only: a motorway service area's general manager, plain text log kept week by week.

Declan Moss runs a motorway service area and coaches two of his duty managers, "Coachee 1"
(nights) and "Coachee 2" (days). His log is a plain text file kept one week at a time: a
"WEEK n" line, then one bullet per thing that happened that week (coaching, supervision,
cancellations), then his own "Running total (coaching only)" line. It opens with two short
chemistry meetings, which he counts and calls coaching; has a joint session with both duty
managers in week 4 (90 minutes, once); a cancelled session (Coachee 2 off sick); Coachee 2's
session in week 6 observed by his ILM tutor, with the tutor's 30-minute debrief afterwards;
and two sessions with his coaching supervisor. Practice figures only (labels={}).

Assessor's arithmetic, week by week:
  Wk1  C1 chemistry 30, C2 chemistry 25                    -> 30 + 25       (running 0h55)
  Wk2  C1 contracting 1h, C2 contracting 1h                -> 60 + 60       (running 2h55)
  Wk3  C1 1h15; C2 cancelled, off sick                     -> 75            (running 4h10)
  Wk4  joint session C1 + C2 1h30 (once); C2 catch-up 45   -> 90 + 45       (running 6h25)
  Wk5  supervision 1h (not coaching); C1 1h                -> 60; sup 60    (running 7h25)
  Wk6  C2 1h10 observed by tutor; tutor debrief 30 min     -> 70; sup 30    (running 8h35)
  Wk7  C1 1h, C2 1h                                        -> 60 + 60       (running 10h35)
  Wk8  C1 45, C2 50                                        -> 45 + 50       (running 12h10)
  Wk9  C1 closing 40, C2 closing 45; supervision 1h15      -> 40 + 45; sup 75 (running 13h35)
  Running-total lines and the closing "TOTAL" line -> never added (they agree: 13h35).
  minutes 30+25+60+60+75+90+45+60+70+60+60+45+50+40+45 = 815;
  sessions: Coachee 1 seven, Coachee 2 seven, joint one = 15; individuals 2;
  supervision 60 + 30 + 75 = 165.
"""

from corpus.case import B, Case, H, P, SourceFile

BLOCKS = [
    P("COACHING LOG - ILM 8587-302 - Declan Moss, General Manager, Hawthorn Moor Services (M6)"),
    P("""Kept weekly on the office PC. Coachee 1 = duty manager, nights. Coachee 2 = duty manager,
      days. Times are actual not booked. Running total at the end of each week is coaching only,
      supervision is not in it."""),
    H(1, "WEEK 1 (w/c 8 Sept)"),
    B("Tue - Coachee 1 - chemistry meeting, 30 mins. Is coaching for him, does he want me as coach or someone off site. He wants me. Counting this."),
    B("Thu - Coachee 2 - chemistry meeting, 25 mins. Same conversation. Keen but worried it is a performance thing. Explained it is not."),
    P("Running total (coaching only): 0h55"),
    H(1, "WEEK 2 (w/c 15 Sept)"),
    B("Mon - Coachee 1 - contracting, 1 hr. Agreement signed, confidentiality, what goes to the area manager (nothing unless safety/fraud)."),
    B("Wed - Coachee 2 - contracting, 1 hr. Agreement signed. Three-way email to area manager agreed for outcomes only."),
    P("Running total (coaching only): 2h55"),
    H(1, "WEEK 3 (w/c 22 Sept)"),
    B("Tue - Coachee 1 - 1 hr 15. GROW, goal = handle the 2am coach-party rush without calling me. Strengths questionnaire done before."),
    B("Fri - Coachee 2 - CANCELLED, off sick. Rebooked to next week."),
    P("Running total (coaching only): 4h10"),
    H(1, "WEEK 4 (w/c 29 Sept)"),
    B("Mon - JOINT session Coachee 1 + Coachee 2 together - 1 hr 30. Handover between shifts, both wanted it. Counted once."),
    B("Thu - Coachee 2 - catch-up for the sick week, 45 mins. Wheel of work done, lowest score = delegating to till supervisors."),
    P("Running total (coaching only): 6h25"),
    H(1, "WEEK 5 (w/c 6 Oct)"),
    B("Tue - SUPERVISION with my coaching supervisor (Teams) - 1 hr. Talked about being their boss and their coach. Not coaching."),
    B("Wed - Coachee 1 - 1 hr. Reviewed the rush nights, he managed two out of three without ringing."),
    P("Running total (coaching only): 7h25"),
    H(1, "WEEK 6 (w/c 13 Oct)"),
    B("Thu - Coachee 2 - 1 hr 10, OBSERVED by my ILM tutor sitting in (coachee agreed beforehand). Delegation options."),
    B("Thu - tutor debrief straight after, 30 mins. Too many of my questions were closed ones. Supervision not coaching."),
    P("Running total (coaching only): 8h35"),
    H(1, "WEEK 7 (w/c 20 Oct)"),
    B("Mon - Coachee 1 - 1 hr. Feedback from his team, 360 light version."),
    B("Fri - Coachee 2 - 1 hr. She has handed cash-up to the till supervisors."),
    P("Running total (coaching only): 10h35"),
    H(1, "WEEK 8 (w/c 27 Oct)"),
    B("Tue - Coachee 1 - 45 mins. Short, fuel tanker delivery came in early."),
    B("Wed - Coachee 2 - 50 mins. Scaling 1-10 on confidence, now a 7."),
    P("Running total (coaching only): 12h10"),
    H(1, "WEEK 9 (w/c 3 Nov)"),
    B("Mon - Coachee 1 - closing session, 40 mins. Looked back at goal, evaluation form filled in."),
    B("Tue - Coachee 2 - closing session, 45 mins. Same. Wants to carry on informally."),
    B("Fri - SUPERVISION - 1 hr 15. Ending well, and what I would change next time. Not coaching."),
    P("Running total (coaching only): 13h35"),
    P("""TOTAL coaching 13h35 over 15 sessions (7 with Coachee 1, 7 with Coachee 2, 1 joint).
      Supervision 2h45 including the tutor debrief."""),
    P("I confirm this log is a true record of my coaching. Declan Moss, 10 November."),
]

CASE = Case(
    name="s_8587_302_motorway_services_txt",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("Moss coaching log 302.txt", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 815,
        "sessions": 15,
        "individuals": 2,
        "supervision_minutes": 165,
    },
    about="Motorway services GM; plain-text log kept per week with running-total lines, counted chemistry meetings, a joint session counted once, a sick cancellation, an observed session with tutor debrief and two supervisions; practice only, nothing to flag.",
)
