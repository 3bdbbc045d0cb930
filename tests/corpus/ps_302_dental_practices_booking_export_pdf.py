"""8587-302 coaching hours as an e-portfolio practice-log export printed to PDF: Status, Booked and Actual columns, with the true lengths in Notes.

Joanne Whitlock, group practice manager for three NHS/private dental practices in West
Yorkshire, coaches two reception team leaders, shown in the system as coachee codes C01
(Northgate practice) and C02 (Southfield practice). Her training provider's e-portfolio has
a "Practice hours" log: she books each session in it, the coachee signs it off, and the
Actual column can't be edited after sign-off. She printed the log to PDF with a short cover
note. Columns: Ref, Date, Coachee, Session type, Status, Booked (mins), Actual (mins), Notes.
Tricky: two completed sessions whose Notes give the real length ("ran to 90m", "Actual was
1:15") over a wrong Actual of 60; a Cancelled row whose Actual still shows 60 because the
system copies Booked into Actual; a Did not attend row with Actual 0; a Rescheduled row with
no Actual; a Planned follow-up after the export date; the system's summary line ("Actual:
16:45 hrs") that takes in the cancelled 60 and misses the two corrections. A second table is
the supervision/tutorial tab in the same layout, with its own cancelled row still showing 60
and a rebooked supervision whose Notes say it ran 90m. She slipped C01's full name into one
Notes cell and C02's mobile number into another.

Practice truth: C01 555 (8) + C02 435 (7) = 990 minutes in 15 sessions with two coachees;
supervision/tutorials 60 + 30 + 90 + 45 = 225.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 302 - Practice hours log (e-portfolio export)"),
    P("""Cover note: this is my practice log printed from the e-portfolio. Two things to know
      before you read it. The system won't let you change the Actual column once the coachee
      has signed the session off, so where a session ran over I've put what it really was in
      the Notes. And when you mark a session as cancelled it copies the booked time into
      Actual, so the 23/10 session shows 60 even though it didn't happen. My actual total is 16
      hours 30 minutes over 15 sessions, not the 16:45 in the summary at the bottom. Coachees
      are shown as C01 and C02 - C01 is the reception team leader at Northgate and C02 at
      Southfield. - Joanne Whitlock"""),
    P("Learner: Joanne Whitlock   Programme: ILM Level 3 Certificate in Coaching - Unit 8587-302   Log: Practice hours   Exported: 21/02/2025 08:47"),
    T(
        ["Ref", "Date", "Coachee", "Session type", "Status", "Booked (mins)", "Actual (mins)", "Notes"],
        ["PH-001", "07/10/2024", "C01", "Coaching - contracting", "Completed", "60", "60", "Contract and ground rules agreed and signed"],
        ["PH-002", "09/10/2024", "C02", "Coaching - contracting", "Completed", "60", "45", "Finished early, everything covered"],
        ["PH-003", "21/10/2024", "C01", "Coaching", "Completed", "60", "60", "GROW - goal: handle complaint calls without passing them to me"],
        ["PH-004", "23/10/2024", "C02", "Coaching", "Cancelled", "60", "60", "C02 on annual leave - NOT held (system fills Actual from Booked)"],
        ["PH-005", "30/10/2024", "C02", "Coaching", "Completed", "60", "60", "Rebooked from 23/10. Ran to 90m - put 60 by mistake, can't edit now"],
        ["PH-006", "04/11/2024", "C01", "Coaching", "Completed", "90", "90", "Wheel of life, then picked two areas to work on"],
        ["PH-007", "13/11/2024", "C02", "Coaching", "Did not attend", "60", "0", "Emergency patient at front desk. Texted her on 07723 418906, no reply till later"],
        ["PH-008", "18/11/2024", "C01", "Coaching", "Completed", "60", "60", "Actual was 1:15 - went over, coachee had already signed"],
        ["PH-009", "20/11/2024", "C02", "Coaching", "Completed", "60", "60", "Goal: delegating the daily recall list"],
        ["PH-010", "02/12/2024", "C01", "Coaching", "Completed", "60", "60", "Role play - upset patient about a bill"],
        ["PH-011", "04/12/2024", "C02", "Coaching - observed", "Completed", "60", "60", "Observed by tutor on Teams. Debrief after - see supervision tab"],
        ["PH-012", "16/12/2024", "C01", "Coaching", "Completed", "90", "90", "Mid-point review of goals, new goal on rota"],
        ["PH-013", "18/12/2024", "C02", "Coaching", "Completed", "60", "60", "Delegation going well, 2 of 3 tasks handed over"],
        ["PH-014", "08/01/2025", "C01", "Coaching", "Rescheduled", "60", "", "Hannah Greaves asked to move it - snow, couldn't get in. Moved to 13/01"],
        ["PH-015", "13/01/2025", "C01", "Coaching", "Completed", "60", "60", "Rota for February done on her own"],
        ["PH-016", "15/01/2025", "C02", "Coaching", "Completed", "60", "60", "Confidence chairing the team huddle"],
        ["PH-017", "29/01/2025", "C01", "Coaching", "Completed", "60", "60", "Review - both goals met, feedback form"],
        ["PH-018", "31/01/2025", "C02", "Coaching", "Completed", "60", "60", "Review and close, feedback form"],
        ["PH-019", "14/03/2025", "C01", "Coaching", "Planned", "60", "", "Optional follow-up check-in"],
    ),
    P("Summary: Sessions 19 | Completed 15 | Booked 20:00 hrs | Actual 16:45 hrs"),
    H(2, "Supervision and tutorials (exported from the same log)"),
    T(
        ["Ref", "Date", "With", "Session type", "Status", "Booked (mins)", "Actual (mins)", "Notes"],
        ["SU-001", "14/10/2024", "Tutor", "Tutorial (1:1, Teams)", "Completed", "60", "60", "Coaching plan, contracting, how to record sessions"],
        ["SU-002", "04/12/2024", "Tutor", "Observation feedback", "Completed", "30", "30", "Debrief straight after the observed session with C02"],
        ["SU-003", "08/01/2025", "Coaching supervisor", "Supervision", "Cancelled", "60", "60", "Supervisor off sick - NOT held"],
        ["SU-004", "22/01/2025", "Coaching supervisor", "Supervision", "Completed", "60", "60", "Rebooked from 08/01. Ran 90m - Actual should say 90"],
        ["SU-005", "10/02/2025", "Tutor", "Tutorial (1:1, Teams)", "Completed", "45", "45", "Final check of log and reflections before submitting"],
    ),
    P("Summary: Sessions 5 | Completed 4 | Booked 4:15 hrs | Actual 4:15 hrs"),
    P("""My coaching supervisor is our group clinical director, who did her coaching diploma
      two years ago and supervises the coaches in the group. In supervision we mostly talked
      about C02, who kept apologising for taking up my time, and about me jumping in with
      answers instead of waiting. The tutor's feedback after the observation was the same
      thing - leave the silence."""),
    P("I confirm that this log is a true record of my coaching practice. Joanne Whitlock 21/02/2025"),
]

CASE = Case(
    name="ps_302_dental_practices_booking_export_pdf",
    unit="8587-302",
    kind="unstructured",
    files=[SourceFile("Practice hours log export - J Whitlock.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # C01's full name slipped into PH-014's Notes; C02's mobile in PH-007's Notes.
        "identifying": ["Hannah Greaves", "07723 418906"],
        # Completed rows only, the Notes length where it corrects Actual:
        # C01: PH-001 60 + PH-003 60 + PH-006 90 + PH-008 75 ("Actual was 1:15", not the 60)
        #   + PH-010 60 + PH-012 90 + PH-015 60 + PH-017 60
        #   = 60 + 60 = 120; + 90 = 210; + 75 = 285; + 60 = 345; + 90 = 435; + 60 = 495; + 60 = 555 (8)
        # C02: PH-002 45 (Actual, not the booked 60) + PH-005 90 ("Ran to 90m", not the 60)
        #   + PH-009 60 + PH-011 60 (observed by tutor: counts) + PH-013 60 + PH-016 60 + PH-018 60
        #   = 45 + 90 = 135; + 60 = 195; + 60 = 255; + 60 = 315; + 60 = 375; + 60 = 435 (7)
        # 555 + 435 = 990 = 16 h 30 (matches her cover note).
        # Not: PH-004 Cancelled, Actual 60 still in its cell (system copies Booked); PH-007 Did
        # not attend (Actual 0); PH-014 Rescheduled (no Actual; held 13/01 as PH-015); PH-019
        # Planned (after the export date); every Booked figure where Actual/Notes differ (PH-002
        # booked 60, PH-005/PH-008 Actual 60); the summary line "Booked 20:00 hrs | Actual 16:45
        # hrs" (16:45 = 1005 = system Actual column incl. cancelled 60, without the corrections);
        # the supervision tab; "16 hours 30 minutes" in the cover note (a total); 07723 418906.
        "minutes": 990,
        "sessions": 15,
        "individuals": 2,  # C01, C02
        # SU-001 60 + SU-002 30 (tutor's observation debrief) + SU-004 90 ("Ran 90m", not the
        # Actual 60) + SU-005 45 = 60 + 30 = 90; + 90 = 180; + 45 = 225.
        # Not: SU-003 Cancelled with Actual 60 in its cell; the tab summary "4:15 hrs" (255,
        # the system's Actual column incl. the cancelled 60 and the uncorrected 60).
        "supervision_minutes": 225,
    },
    about="Dental group practice manager; 302 e-portfolio practice-log export printed to PDF (Ref, Status, Booked, Actual, Notes), true lengths in Notes over a locked Actual ('Ran to 90m', 'Actual was 1:15'), cancelled rows whose Actual still shows 60, DNA/rescheduled/planned rows, a wrong system summary, a supervision tab in the same layout, a coachee's full name and mobile in Notes.",
)
