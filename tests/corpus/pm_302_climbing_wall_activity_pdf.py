"""8587-302 coaching log as PDF: a climbing centre's activity table mixing chemistry, coaching, supervision, observation, shadowing and group training.

Marcus Obi, assistant manager at an indoor climbing centre, coaches two instructors, Ellie
and Raj, for his ILM Level 3 coaching unit. Practice evidence only: an Excel activity sheet
printed to PDF, with Activity, With, Start, Finish and Hrs (decimal) columns. Tricky: two
30-minute chemistry sessions (count); a session observed by his tutor (counts) followed by a
separate 20-minute "Tutor feedback" row (supervision); a row where Marcus shadowed the head
coach at the group's other centre (not his coaching); a three-hour belay refresher he ran
for six new instructors, marked "Training – not coaching, not in total"; a DNA; a cancelled
row rebooked two days later; a peer supervision row; decimals "1.25", "0.75"; the Totals row
(11.75 coaching, 2.08 supervision) is right.

Practice truth: Ellie 375 + Raj 330 = 705 minutes in 12 sessions with two coachees;
supervision 60 + 20 + 45 = 125.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 302 – Coaching activity log"),
    P("Marcus Obi, Assistant Manager, Crag Street Climbing Centre. Coachees: Ellie and Raj (instructors). February – April 2025."),
    P("""I kept this sheet in Excel through the coaching period and have printed it to PDF.
      Hrs is worked out from the start and finish times. Only rows with Activity "Chemistry",
      "Coaching" or "Review" go into my coaching total; supervision is totalled separately."""),
    T(
        ["Date", "Activity", "With", "Start", "Finish", "Hrs", "Comments"],
        ["03/02/25", "Chemistry", "Ellie", "17:00", "17:30", "0.5", "Expectations, how coaching differs from line management"],
        ["04/02/25", "Chemistry", "Raj", "17:00", "17:30", "0.5", "As above. Both agreed to go ahead"],
        ["10/02/25", "Coaching", "Ellie", "17:00", "18:15", "1.25", "Contract signed. Goal: lead route-setting for the kids' wall"],
        ["11/02/25", "Coaching", "Raj", "17:00", "18:00", "1.0", "Contract signed. Goal: cut accident-book entries in his sessions"],
        ["13/02/25", "Supervision", "Coach supervisor (Helen)", "10:00", "11:00", "1.0", "Contracting with two people who report to me"],
        ["17/02/25", "Coaching", "Ellie", "17:00", "18:30", "1.5", "GROW on route-setting plan"],
        ["18/02/25", "Coaching", "Raj", "", "", "0", "DNA – covering a birthday party, forgot to tell me"],
        ["20/02/25", "Shadowing", "Head coach, Leeds centre", "14:00", "15:30", "1.5", "I shadowed her coaching a route setter. Not my coaching"],
        ["24/02/25", "Coaching (observed)", "Raj", "17:00", "18:00", "1.0", "Observed by my ILM tutor for assessment"],
        ["24/02/25", "Tutor feedback", "ILM tutor", "18:00", "18:20", "0.33", "Debrief on the observed session"],
        ["03/03/25", "Training", "6 new instructors", "09:00", "12:00", "3.0", "Belay refresher. Training – not coaching, not in total"],
        ["03/03/25", "Coaching", "Ellie", "17:00", "18:15", "1.25", "First route set; what went wrong with grading"],
        ["10/03/25", "Coaching", "Raj", "", "", "–", "Cancelled – centre closed (power cut). Rebooked 12/03"],
        ["12/03/25", "Coaching", "Raj", "17:15", "18:30", "1.25", "Pre-session safety talk, his own checklist"],
        ["17/03/25", "Coaching", "Ellie", "17:00", "17:45", "0.75", "Confidence with the senior setters"],
        ["19/03/25", "Coaching", "Raj", "17:00", "18:00", "1.0", "Accident-book figures for Feb/Mar"],
        ["24/03/25", "Supervision", "Peer – Kate (ILM group)", "19:00", "19:45", "0.75", "Peer supervision by phone"],
        ["31/03/25", "Review", "Ellie", "17:00", "18:00", "1.0", "Final review, feedback form"],
        ["01/04/25", "Review", "Raj", "17:00", "17:45", "0.75", "Final review, feedback form"],
        ["Totals", "", "", "", "", "11.75", "Coaching only. Supervision 2.08 hrs"],
    ),
    P("""Note on the 3 March training: I ran the belay refresher as part of my normal job.
      It was instructing, not coaching, so I have kept it out of my hours, the same as the
      shadowing on 20 February."""),
    P("Declaration: I confirm this log is accurate and my own work. Marcus Obi, 4 April 2025"),
]

CASE = Case(
    name="pm_302_climbing_wall_activity_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("M Obi 302 activity log.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Ellie: 03/02 chemistry 30 + 10/02 75 + 17/02 90 + 03/03 75 + 17/03 45 + 31/03 review 60
        #   = 30 + 75 = 105; + 90 = 195; + 75 = 270; + 45 = 315; + 60 = 375 (6 sessions)
        # Raj: 04/02 chemistry 30 + 11/02 60 + 24/02 observed 60 + 12/03 75 + 19/03 60 + 01/04 review 45
        #   = 30 + 60 = 90; + 60 = 150; + 75 = 225; + 60 = 285; + 45 = 330 (6 sessions)
        # 375 + 330 = 705 = 11.75 hrs (the Totals row, right).
        # Not: 18/02 DNA; 20/02 shadowing; 03/03 training (not in total); 10/03 cancelled; Totals row.
        "minutes": 705,
        "sessions": 12,
        "individuals": 2,  # Ellie, Raj
        # 13/02 supervision 10:00-11:00 60 + 24/02 tutor feedback 18:00-18:20 20 + 24/03 peer 19:00-19:45 45
        # = 125 (2.08 hrs, right)
        "supervision_minutes": 125,
    },
    about="Climbing centre assistant manager; 302 Excel activity sheet as PDF with Activity column (Chemistry/Coaching/Coaching (observed)/Tutor feedback/Supervision/Shadowing/Training/Review), Start/Finish and decimal Hrs, DNA, cancelled+rebooked, not-counted shadowing and group training, right totals.",
)
