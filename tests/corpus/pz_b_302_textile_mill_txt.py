"""8587-302 as a plain-text file: a woollen mill quality manager's one-line-per-session log with a "total so far" that counts the joint session twice, a final review only in prose, and a stated total 45 minutes high.

Shona Baird, quality manager at a woollen mill in the Scottish Borders, coaches two shift
supervisors, C1 (weaving) and C2 (finishing). She typed everything in Notepad: each log
line is "day date – who – what – how long – total so far h:mm". Lengths are "1 hour",
"50 mins", "1h20", "an hour and a half", "13:45-15:00", "1.25 hrs", "2 hrs", "half an hour",
"90 mins", "1h 40", "1hr 10", "40 minutes", "10.00-11.30".

Tricky: one joint session with both coachees (2 hrs), which she adds to her total so far
twice ("2 hrs each"), so every total after it is two hours high; a cancelled line and a
did-not-show line; C2's final review is "booked" for 4 March in the log, but the prose below
says it moved to 6 March and took an hour and a quarter (counted; the log was never updated);
her stated total, 18 hours 10 minutes, is her last "total so far" (two hours high for the
joint session, 75 minutes short for 6 March). Supervision and tutorials are lines of their
own under 3.4, the final tutorial only booked.

Practice truth: C1 465 (6) + C2 460 (7) + joint 120 (1) = 1045 minutes (17 h 25) in 14
sessions with two coachees; supervision 60 + 45 + 75 = 180.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    P("UNIT 302 COACHING PORTFOLIO - SHONA BAIRD - ILM LEVEL 3 CERTIFICATE IN EFFECTIVE COACHING AND MENTORING"),
    P("Centre: Borders Workforce Development. Coachees are C1 and C2 throughout."),

    H(1, "1.1 Plan"),
    P("""12 hours minimum between two coachees, so I planned seven sessions each of 1 to 1.5 hours,
      Tuesdays for C1 and Thursdays for C2, in the quiet room above the mending flat, between
      January and early March. One joint session for the handover problem between weaving and
      finishing."""),
    H(1, "1.2 Goals"),
    P("""C1: cut the faults coming off loom 14 and stop fixing them herself. C2: get the night shift
      finishing team to use the new inspection sheet and feel confident with customer auditors."""),
    H(1, "1.3 Contract"),
    P("""Signed at the first session by each coachee and by the production manager as stakeholder.
      Confidential apart from health and safety; cancellations with as much notice as the looms
      allow; recording only in my notebook, anonymised."""),
    H(1, "2.1 Diagnostic tools"),
    P("""C2 did the Belbin team roles questionnaire (completer finisher, which explained a lot), and
      C1 did a SWOT on her first day of the programme."""),
    H(1, "2.2 Model"),
    P("GROW, written up in my notebook for each session under the four headings."),

    H(1, "2.4 Coaching log (day date - who - what - how long - total so far)"),
    P("Tue 07/01 - C1 - first meeting, contract signed, goals - 1 hour - total so far 1:00"),
    P("Thu 09/01 - C2 - first meeting, contract signed - 50 mins - total so far 1:50"),
    P("Tue 14/01 - C1 - GROW on goal 1, the faults from loom 14 - 1h20 - total so far 3:10"),
    P("Thu 16/01 - C2 - Belbin results, the night shift and the inspection sheet - an hour and a half - total so far 4:40"),
    P("Tue 21/01 - C1 - cancelled, loom 14 down all morning, rebooked for Thursday - total so far 4:40"),
    P("Thu 23/01 - C1 - fault log she started - 13:45-15:00 - total so far 5:55"),
    P("Tue 28/01 - C2 - options for the night shift - 1.25 hrs - total so far 7:10"),
    P("Tue 04/02 - C1 and C2 together - the handover between weaving and finishing - 2 hrs - total so far 11:10 (2 hrs each)"),
    P("Thu 06/02 - C2 - quick one before the customer audit - half an hour - total so far 11:40"),
    P("Tue 11/02 - C1 - fixing faults herself vs. asking the tuner - 90 mins - total so far 13:10"),
    P("Thu 13/02 - C2 - did not show, off sick - total so far 13:10"),
    P("Tue 18/02 - C2 - how the audit went - 1h 40 - total so far 14:50"),
    P("Thu 20/02 - C1 - goal 1 met, faults down by half - 1hr 10 - total so far 16:00"),
    P("Tue 25/02 - C2 - night shift using the sheet 4 nights out of 5 - 40 minutes - total so far 16:40"),
    P("Thu 27/02 - C1 - final review, feedback form - 10.00-11.30 - total so far 18:10"),
    P("Tue 04/03 - C2 - final review - booked"),
    P("""C2's final review didn't happen on the 4th because the dye house flooded, so we did it on
      Thursday 6 March instead, an hour and a quarter. I haven't gone back and changed the log."""),
    P("Total coaching: 18 hours 10 minutes, so well over the 12 hours."),

    H(1, "3.1 Reflection"),
    P("""The joint session was the best one: C1 and C2 had been blaming each other's shifts for
      months, and once they each drew the handover as they saw it they could see the gap. I found
      the one-to-ones with C1 harder because she wants me to tell her the answer."""),
    H(1, "3.2 Feedback"),
    P("""Both filled in the feedback form at their final review. C1: "made me stop and think before
      jumping in". C2: "wanted it to go on longer"."""),
    H(1, "3.3 Communication"),
    P("""I ask too many closed questions when I am tired; the Thursday sessions after the early
      shift were always worse."""),

    H(1, "3.4 Supervision"),
    P("Supervision 1 - Thu 30/01 - Zoom with my coaching supervisor, Morag Elliot - 1 hour - C1 wanting answers from me; letting silence do the work"),
    P("Tutorial - Wed 12/02 - with my ILM tutor at the college - 45 mins - going through this log and my reflections"),
    P("Supervision 2 - Wed 26/02 - Morag - 1h 15 - endings, and whether a joint session breaks confidentiality"),
    P("Final tutorial booked for Wed 19/03."),
    P("""What I am taking forward from supervision: ask permission before a joint session, and agree
      the ending at the start."""),

    P("I confirm that this is all my own work. Shona Baird 07/03/2025"),
]

CASE = Case(
    name="pz_b_302_textile_mill_txt",
    unit="8587-302",
    kind="unstructured",
    files=[SourceFile("shona baird 302.txt", BLOCKS)],
    labels={},  # a practice log: its figures are measured, not the finder (its few criterion labels were dropped)
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # C1 and C2 only; the production manager by role
        # C1: 07/01 "1 hour" 60 + 14/01 "1h20" 80 + 23/01 "13:45-15:00" 75 + 11/02 "90 mins" 90
        #     + 20/02 "1hr 10" 70 + 27/02 "10.00-11.30" 90 = 60 + 80 = 140; + 75 = 215; + 90 = 305;
        #     + 70 = 375; + 90 = 465 (6)
        # C2: 09/01 "50 mins" 50 + 16/01 "an hour and a half" 90 + 28/01 "1.25 hrs" 75
        #     + 06/02 "half an hour" 30 + 18/02 "1h 40" 100 + 25/02 "40 minutes" 40
        #     + 06/03 final review "an hour and a quarter" 75 (prose only)
        #     = 50 + 90 = 140; + 75 = 215; + 30 = 245; + 100 = 345; + 40 = 385; + 75 = 460 (7)
        # Joint 04/02 C1 and C2 "2 hrs" 120, once (1).
        # 465 + 460 = 925; + 120 = 1045 = 17h25; 6 + 7 + 1 = 14.
        # Not: 21/01 cancelled; 13/02 did not show; 04/03 booked (it became 06/03, counted once);
        # the "total so far" figures; her "18 hours 10 minutes" (= 1090: log 970 true + 120 joint
        # added a second time; it also misses 06/03).
        # Check of her totals: true 7:10 after 28/01 (430); + 120 = 550 = 9:10, she wrote 11:10.
        "minutes": 1045,
        "sessions": 14,
        "individuals": 2,  # C1, C2
        # 30/01 supervision "1 hour" 60 + 12/02 tutorial "45 mins" 45 + 26/02 supervision "1h 15" 75
        # = 60 + 45 = 105; + 75 = 180. Not 19/03 (booked).
        "supervision_minutes": 180,
    },
    about="Woollen mill quality manager; 302 Notepad .txt, one line per session with mixed lengths ('1h20', '13:45-15:00', '1.25 hrs', 'half an hour', '10.00-11.30'), a 'total so far' that adds the joint session twice, cancelled and did-not-show lines, final review booked in the log but held two days later in prose only, stated total 18 h 10 (truth 17 h 25), supervision and tutorial lines with a booked tutorial.",
)
