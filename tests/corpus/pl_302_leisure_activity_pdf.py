"""8587-302 practice log as PDF: a leisure centre's activity table, Start/Finish only, mixing coaching, shadowing, group training, an observed session and supervision.

Dominic Ashworth, assistant centre manager at a council leisure centre, coaches two
colleagues coded C1 (a duty manager) and C2 (a fitness instructor). One table saved as PDF:
Date, Activity, With, Start, Finish, Notes; no length column, so each row's minutes come
from the clock times. Activity mixes "Coaching (chemistry)", "Coaching", "Coaching –
observed", "Shadowing" (he shadowed the Head of Fitness coaching her own coachee: not his
coaching), "Group training" (a customer service refresher for eight receptionists he
marks "training, not coaching – not counted"), "Supervision" and "Tutor debrief" (after
the observed session). Tricky: a rescheduled row with no times; a DNA; a learner summary
line (right, 14 hrs 20).

Practice truth: C1 30 + 90 + 90 + 80 + 90 + 60 = 440, C2 30 + 75 + 90 + 90 + 75 + 60 =
420; 860 minutes in twelve sessions with two coachees; supervision 60 + 30 + 75 = 165.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "8587-302 Coaching Activity Log"),
    P("Dominic Ashworth – Assistant Centre Manager, Riverside Leisure Centre. Coachees are coded C1 and C2 in line with our data protection policy."),
    P("""Everything I did for the unit is in this one table, taken from my Outlook calendar.
      I have put start and finish times rather than hours. Only rows marked Coaching count
      towards my 12 hours."""),
    T(
        ["Date", "Activity", "With", "Start", "Finish", "Notes"],
        ["03/03/25", "Coaching (chemistry)", "C1", "09:00", "09:30", "Expectations, how coaching differs from supervision"],
        ["04/03/25", "Coaching (chemistry)", "C2", "12:30", "13:00", "As above, in the gym office"],
        ["10/03/25", "Coaching", "C1", "09:00", "10:30", "Contract signed. GROW, goal: lead the Saturday shift without calling me"],
        ["11/03/25", "Coaching", "C2", "12:15", "13:30", "Contract signed. Strengths questionnaire"],
        ["14/03/25", "Shadowing", "Head of Fitness + her coachee", "10:00", "11:00", "I observed her coaching – learning, not my session"],
        ["17/03/25", "Supervision", "ILM tutor", "16:00", "17:00", "Supervision 1"],
        ["24/03/25", "Coaching", "C1", "08:45", "10:15", "Reality – rota problems"],
        ["25/03/25", "Coaching", "C2", "", "", "Rescheduled to 27/03 – pool plant failure, all hands"],
        ["27/03/25", "Coaching", "C2", "14:00", "15:30", "Options for her PT client base"],
        ["31/03/25", "Group training", "8 receptionists", "10:00", "12:00", "Customer service refresher. Training, not coaching – not counted"],
        ["07/04/25", "Coaching – observed", "C1 (tutor observing)", "09:00", "10:20", "Observed by my tutor for the unit"],
        ["07/04/25", "Tutor debrief", "ILM tutor", "10:30", "11:00", "Feedback on the observed session"],
        ["08/04/25", "Coaching", "C2", "12:30", "14:00", "Wheel of work; goal review"],
        ["22/04/25", "Coaching", "C1", "09:00", "10:30", "Way forward – Saturday shift plan"],
        ["23/04/25", "Coaching", "C2", "", "", "DNA – forgot, covering a class"],
        ["24/04/25", "Coaching", "C2", "12:30", "13:45", "Rebooked from 23/04"],
        ["06/05/25", "Coaching", "C1", "09:00", "10:00", "Final review and feedback form"],
        ["07/05/25", "Coaching", "C2", "12:30", "13:30", "Final review and feedback form"],
        ["13/05/25", "Supervision", "ILM tutor", "15:00", "16:15", "Supervision 2"],
    ),
    P("""Coaching total: 14 hrs 20 mins over 12 sessions (6 each). Supervision: 2 sessions plus
      the debrief after my observation."""),
    P("Declaration: I confirm this is my own work. D. Ashworth, 16 May 2025"),
]

CASE = Case(
    name="pl_302_leisure_activity_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Ashworth_8587-302_activity_log.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # coachees coded; Head of Fitness by role only
        # Coaching rows, Finish - Start:
        # C1: 03/03 09:00-09:30 30 + 10/03 09:00-10:30 90 + 24/03 08:45-10:15 90
        #   + 07/04 observed 09:00-10:20 80 + 22/04 09:00-10:30 90 + 06/05 09:00-10:00 60
        #   = 30 + 90 = 120; + 90 = 210; + 80 = 290; + 90 = 380; + 60 = 440
        # C2: 04/03 12:30-13:00 30 + 11/03 12:15-13:30 75 + 27/03 14:00-15:30 90
        #   + 08/04 12:30-14:00 90 + 24/04 12:30-13:45 75 + 07/05 12:30-13:30 60
        #   = 30 + 75 = 105; + 90 = 195; + 90 = 285; + 75 = 360; + 60 = 420
        # 440 + 420 = 860 (= 14 hrs 20, his summary, right).
        # Not: 14/03 shadowing 60; 31/03 group training 120 ("not counted"); 25/03 rescheduled;
        # 23/04 DNA; supervision and debrief rows.
        "minutes": 860,
        "sessions": 12,
        "individuals": 2,  # C1, C2
        # 17/03 16:00-17:00 60 + 07/04 debrief 10:30-11:00 30 + 13/05 15:00-16:15 75 = 165
        "supervision_minutes": 165,
    },
    about="Leisure centre assistant manager; 302 activity table as PDF with Start/Finish only and an Activity column mixing chemistry, coaching, observed coaching, shadowing, uncounted group training, supervision and a tutor debrief; rescheduled and DNA rows with blank times.",
)
