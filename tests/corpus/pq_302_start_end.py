"""8587-302 coaching: a log table with separate Start and End columns and a Type column.

Priya Nair, a hotel front-office manager, logs every contact in one table: Date, Coachee,
Type (Coaching / Supervision / Cancelled), Start, End and Notes. Supervision sits in the same
table. One session was cut short and she wrote the real end time; one was cancelled by the
coachee. The last row is her total.

Practice truth: coaching 09:00-10:30 (90), 14:00-15:00 (60), 09:30-11:00 (90),
13:00-14:30 (90), 10:00-11:15 (75), 09:00-10:30 (90), 15:00-16:30 (90), 10:00-11:30 (90),
14:00-15:00 (60) = 735 minutes in nine sessions with C1 and C2; supervision 11:00-12:00 (60)
and 16:00-17:00 (60) = 120 minutes in two.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Unit 302 - Coaching Practice Record"),
    P("Learner: Priya Nair"),
    P("I declare that this is my own work."),
    H(1, "AC 1.1 Plan"),
    P("""I offered each coachee a fortnightly slot on the late-shift handover day, when the lobby is
      quiet, and booked the small meeting room for the whole twelve weeks."""),
    H(1, "AC 2.4 Coaching log"),
    T(
        ["Date", "Coachee", "Type", "Start", "End", "Notes"],
        ["06/01", "C1", "Coaching", "09:00", "10:30", "Contracting, GROW goal on handling complaints"],
        ["08/01", "C2", "Coaching", "14:00", "15:00", "Contracting, goal: run the night audit alone"],
        ["13/01", "-", "Supervision", "11:00", "12:00", "With my tutor, reviewed first two sessions"],
        ["20/01", "C1", "Coaching", "09:30", "11:00", "Role play of an angry guest"],
        ["22/01", "C2", "Cancelled", "14:00", "15:00", "Coachee off sick"],
        ["27/01", "C2", "Coaching", "13:00", "14:30", "Night audit checklist"],
        ["03/02", "C1", "Coaching", "10:00", "11:15", "Cut short - fire alarm test"],
        ["10/02", "C2", "Coaching", "09:00", "10:30", "Debrief of her first solo audit"],
        ["17/02", "C1", "Coaching", "15:00", "16:30", "Wheel of life revisited"],
        ["19/02", "-", "Supervision", "16:00", "17:00", "With my tutor, ending well"],
        ["24/02", "C2", "Coaching", "10:00", "11:30", "Final review"],
        ["26/02", "C1", "Coaching", "14:00", "15:00", "Final review"],
        ["", "", "Total coaching", "", "", "12 hrs 15 mins"],
    ),
    H(1, "AC 3.2 Reflection"),
    P("""I realised I was rescuing C1 with my own answers about complaints; in the later sessions I
      counted to five before speaking and she found her own words."""),
]

CASE = Case(
    name="pq_302_start_end",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("nair-302-coaching.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 735,
        "sessions": 9,
        "individuals": 2,
        "supervision_minutes": 120,
    },
    about="Hotel front-office manager; Start/End columns, a Type column mixing coaching, supervision and a cancellation.",
)
