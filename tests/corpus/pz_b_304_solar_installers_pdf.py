"""8587-304 mentoring log as PDF: a solar installer's per-mentee tables with planned and actual times, a cumulative-hours column that adds a cancelled session, wrong subtotal and grand total, a joint session listed once under the tables, and two sessions again as records.

Tom Albright, installations operations lead at a solar PV and battery installer in Cornwall,
mentors two newly promoted team leads, M1 (roof installation crew) and M2 (electrical and
battery crew), October to December 2024. He keeps one table per mentee: Date | Planned |
Actual | Duration | Cum. hrs | Notes, with the durations written "1h10", "1.5 hrs",
"75 mins", "70 mins", "90 mins", "1h 20", "1.25 hrs", "45 minutes", "an hour and a half",
"1h 15", "half an hour", "1h 40", "2 hrs", "1h"; the Planned column holds clock times.

Tricky: M1's cumulative column adds the hour planned for a storm-cancelled session (20/11),
so his M1 subtotal (10.17) is an hour high, while M2's (10.17) is right; a joint session with
both mentees is a line under the tables, "put here once"; his GRAND TOTAL line ("22.34 hours,
17 sessions") is wrong on both counts; a no-show and a rebooked session, a rescheduled row;
a three-way meeting with M1 and his contracts manager that he says was the manager's meeting
and not counted; records for M1's session 4 and M2's session 6 repeat two log rows; a coffee
with M2 after his exam he calls social, not counted. Supervision and tutorials in a table,
one tutorial booked.

Practice truth: M1 550 (7) + M2 610 (8) + joint 120 (1) = 1280 minutes (21 h 20) in 16
sessions with two mentees; supervision 60 + 40 + 75 + 90 = 265.
"""

from .case import Case, H, P, SourceFile, T

HEADER = ["Date", "Planned", "Actual", "Duration", "Cum. hrs", "Notes"]

BLOCKS = [
    H(0, "Unit 304 – Mentoring portfolio"),
    P("Tom Albright · Installations Operations Lead · ILM Level 3 Certificate in Effective Coaching and Mentoring · Kernow Training Partnership"),
    P("""Both mentees are referred to as M1 and M2. They are team leads I promoted from the crews in
      the summer, and both asked to be part of this."""),

    H(1, "1.1 Plan"),
    P("""Plan: 12+ hours between two mentees, fortnightly to weekly depending on the install
      calendar, at the depot training bay before the vans go out (08:00) or after they come back
      (14:00). One joint session on battery storage commissioning, which both of them asked for."""),
    H(1, "1.2 Goals"),
    P("""M1 – run the morning toolbox talk himself and cut roof snagging call-backs. M2 – hand over
      the battery commissioning paperwork to his crew and pass his 18th Edition exam in December."""),
    H(1, "1.3 Contract"),
    P("""Each mentee signed the agreement at the first session; the contracts manager signed for M1
      and the electrical manager for M2, agreeing that they are told dates only, never content,
      unless someone's safety on a roof is at risk."""),
    H(1, "2.1 Diagnostic tools"),
    P("""A SWOT with each, and a confidence scale from 1 to 10 against each goal at every session,
      which M2 started filling in on his phone before we met."""),
    H(1, "2.2 Model"),
    P("I used the CLEAR model (contract, listen, explore, action, review)."),

    H(1, "2.4 Mentoring log – M1"),
    T(
        HEADER,
        ["02/10/24", "08:00-09:00", "08:00-09:10", "1h10", "1.17", "Contracting, agreement signed"],
        ["09/10/24", "08:00-09:00", "08:00-09:30", "1.5 hrs", "2.67", "Goals, SWOT"],
        ["16/10/24", "08:00-09:00", "–", "0", "2.67", "No-show – van broke down on the A30, rebooked"],
        ["18/10/24", "–", "07:30-08:45", "75 mins", "3.92", "Rebooked. Planning his first toolbox talk"],
        ["23/10/24", "–", "–", "(45 mins)", "3.92", "3-way with M1 and his contracts manager about the supervisor role – manager's meeting, not counted"],
        ["30/10/24", "14:00-15:00", "14:00-15:10", "70 mins", "5.08", "Snagging call-backs – walked through three jobs"],
        ["06/11/24", "14:00-15:30", "14:00-15:30", "90 mins", "6.58", "Toolbox talk went well; next goal"],
        ["20/11/24", "14:00-15:00", "CANCELLED", "–", "7.58", "Storm – all crews stood down"],
        ["27/11/24", "14:00-15:00", "14:00-15:20", "1h 20", "8.92", "Giving feedback to a roofer who cuts corners"],
        ["04/12/24", "08:00-09:15", "08:00-09:15", "1.25 hrs", "10.17", "Final review with M1, feedback form"],
        ["Subtotal M1", "", "", "", "10.17 hrs", ""],
    ),
    H(1, "2.4 Mentoring log – M2"),
    T(
        HEADER,
        ["03/10/24", "08:00-09:00", "08:00-08:45", "45 minutes", "0.75", "First meeting, contracting"],
        ["10/10/24", "08:00-09:30", "08:00-09:30", "an hour and a half", "2.25", "Goals, SWOT, exam plan"],
        ["17/10/24", "08:00-09:00", "08:00-09:15", "1h 15", "3.5", "Commissioning paperwork – who does what"],
        ["24/10/24", "–", "–", "half an hour", "4.0", "In the van between jobs – goals review"],
        ["31/10/24", "14:00-15:00", "14:00-15:40", "1h 40", "5.67", "Ran over – a battery design problem"],
        ["07/11/24", "14:00-15:30", "Rescheduled", "–", "5.67", "M2 on a rush job – moved to 12/11"],
        ["12/11/24", "–", "13:00-14:30", "90 mins", "7.17", "Handing the paperwork to his crew"],
        ["21/11/24", "14:00-15:30", "14:00-16:00", "2 hrs", "9.17", "Exam revision plan; nerves"],
        ["05/12/24", "08:00-09:00", "08:00-09:00", "1h", "10.17", "Final review with M2, feedback form"],
        ["Subtotal M2", "", "", "", "10.17 hrs", ""],
    ),
    P("""Joint session, M1 and M2 together, 13/11/24, 10:00-12:00 (2 hrs) – battery storage
      commissioning walk-through at the training bay. Put here once, not in either table."""),
    P("GRAND TOTAL: M1 10.17 + M2 10.17 + joint 2.00 = 22.34 hours (17 sessions)."),
    P("""I also met M2 for a coffee on 19/12 after he passed his 18th Edition exam – that was social,
      not mentoring, so I haven't counted it."""),

    H(2, "Mentoring record – M1, session 4"),
    T(["Date", "30/10/2024"], ["Duration", "70 mins"], ["Focus", "Snagging call-backs"],
      ["Progress", "Call-backs down from 6 to 4 in October"],
      ["Actions", "M1 to check flashing on every job before the scaffold comes down"]),
    H(2, "Mentoring record – M2, session 6"),
    T(["Date", "12/11/2024"], ["Duration", "1 hr 30"], ["Focus", "Handing the commissioning paperwork to his crew"],
      ["Progress", "Crew completed two sets without him"],
      ["Actions", "Checklist laminated and kept in each van"]),

    H(1, "3.1 Reflection"),
    P("""I learnt most from the storm week: with M1 I had let sessions become a catch-up on jobs, and
      the gap made me go back to his goals. I need to protect the time better."""),
    H(1, "3.2 Feedback"),
    P("""M1's form said the snagging walk-through was the best session; M2 said the joint session
      helped him see what the roofers need from his crew."""),
    H(1, "3.3 Communication"),
    P("I summarise too early – my supervisor noticed I finish M1's sentences."),

    H(1, "3.4 Supervision and tutorials"),
    T(
        ["Date", "Who", "What", "Length"],
        ["14/10/24", "Jo Trevail, coaching supervisor (external)", "Supervision", "1 hr"],
        ["11/11/24", "ILM tutor", "Tutorial", "40 mins"],
        ["25/11/24", "Jo Trevail", "Supervision", "1.25 hrs"],
        ["09/12/24", "ILM tutor", "Group tutorial on Teams, six learners", "1h30"],
        ["13/01/25", "ILM tutor", "Tutorial – booked", ""],
    ),
    P("""Supervision outcomes: keep each session to the mentee's goals, not the job list; stop
      finishing sentences; ask M2 what he needs from the joint session before booking it."""),
    P("Declaration: I confirm this portfolio is my own work. T. Albright, 16/12/2024"),
]

CASE = Case(
    name="pz_b_304_solar_installers_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("Albright_304_mentoring_portfolio.pdf", BLOCKS)],
    labels={},  # a practice log: its figures are measured, not the finder (its few criterion labels were dropped)
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # M1 and M2; managers by role; supervisor is the learner's own
        # M1: 02/10 "1h10" 70 + 09/10 "1.5 hrs" 90 + 18/10 "75 mins" 75 + 30/10 "70 mins" 70
        #     + 06/11 "90 mins" 90 + 27/11 "1h 20" 80 + 04/12 "1.25 hrs" 75
        #     = 70 + 90 = 160; + 75 = 235; + 70 = 305; + 90 = 395; + 80 = 475; + 75 = 550 (7) = 9.17 h
        #     Not: 16/10 no-show; 23/10 three-way "(45 mins)" (his word: not counted); 20/11 CANCELLED.
        #     His Cum. hrs adds 1.00 on 20/11 (6.58 -> 7.58), so his "Subtotal M1 10.17 hrs" is 610, 60 high.
        # M2: 03/10 "45 minutes" 45 + 10/10 "an hour and a half" 90 + 17/10 "1h 15" 75
        #     + 24/10 "half an hour" 30 + 31/10 "1h 40" 100 + 12/11 "90 mins" 90 + 21/11 "2 hrs" 120
        #     + 05/12 "1h" 60 = 45 + 90 = 135; + 75 = 210; + 30 = 240; + 100 = 340; + 90 = 430;
        #     + 120 = 550; + 60 = 610 (8) = 10.17 h (his subtotal right). Not 07/11 Rescheduled.
        # Joint 13/11 "10:00-12:00 (2 hrs)" 120 (1, once).
        # 550 + 610 = 1160; + 120 = 1280 = 21h20 = 21.33 h; 7 + 8 + 1 = 16.
        # His GRAND TOTAL "22.34 hours (17 sessions)" is wrong (a total row, not counted).
        # Records: M1 session 4 = 30/10 row ("70 mins"); M2 session 6 = 12/11 row ("1 hr 30"): not again.
        # Not the 19/12 coffee (his word: social, not counted).
        "minutes": 1280,
        "sessions": 16,
        "individuals": 2,  # M1, M2
        # 14/10 supervision "1 hr" 60 + 11/11 tutorial "40 mins" 40 + 25/11 supervision "1.25 hrs" 75
        # + 09/12 group tutorial "1h30" 90 = 60 + 40 = 100; + 75 = 175; + 90 = 265. Not 13/01 (booked).
        "supervision_minutes": 265,
    },
    about="Solar installer operations lead; 304 PDF with a table per mentee (planned/actual clock times, Duration '1h10', '1.5 hrs', '45 minutes', 'an hour and a half', 'half an hour'), Cum. hrs column that adds a storm-cancelled hour, wrong M1 subtotal and grand total with a wrong session count, joint session listed once below the tables, no-show/rebooked/rescheduled rows, an uncounted three-way with a manager, two sessions repeated as records, a social coffee not counted, supervision table with a booked tutorial.",
)
