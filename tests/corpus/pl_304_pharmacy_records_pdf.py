"""8587-304 practice evidence as PDF: a hospital pharmacy's summary log in decimal hours, a record for every session with clock times, and a wrong total.

Tamsin Greaves, dispensary team leader in a hospital pharmacy, mentors two newly qualified
pharmacy technicians, coded Mentee 1 and Mentee 2. Her PDF has a summary log (Date, Mentee,
Activity, Hours in decimals: "1.25", "1.5") and then a one-page-style record per session
with Start and Finish times, which are the same sessions again. Tricky: a "Shadowing" row
where Mentee 2 shadowed her on the ward round for 2.0 hours, marked "not a mentoring
session – not counted"; a rescheduled row with no hours; her Total row says 14.25 but the
rows add up to 14.75 (her slip: true figures win); supervision rows in a separate table in
decimals.

Practice truth: Mentee 1 60 + 90 + 75 + 90 + 60 + 60 = 435, Mentee 2 60 + 75 + 90 + 90 +
75 + 60 = 450; 885 minutes in twelve sessions with two mentees; supervision 60 + 75 = 135.
"""

from .case import Case, H, P, SourceFile, T

# (date, mentee, session no., start, finish, focus)
RECORDS = [
    ("01/04/25", "Mentee 1", "1", "10:00", "11:00", "Initial meeting. Agreement and confidentiality; what she wants from mentoring"),
    ("02/04/25", "Mentee 2", "1", "13:00", "14:00", "Initial meeting. Agreement; he wants to get signed off for aseptics"),
    ("15/04/25", "Mentee 1", "2", "10:00", "11:30", "Skills self-assessment against the technician competency framework"),
    ("16/04/25", "Mentee 2", "2", "13:00", "14:15", "Skills self-assessment; learning styles questionnaire"),
    ("29/04/25", "Mentee 1", "3", "14:00", "15:15", "Handling a difficult call from a ward sister"),
    ("07/05/25", "Mentee 2", "3", "13:00", "14:30", "Rescheduled from 30/04. Aseptic sign-off plan"),
    ("13/05/25", "Mentee 1", "4", "09:30", "11:00", "Accuracy checking – building her own checklist"),
    ("21/05/25", "Mentee 2", "4", "12:45", "14:15", "Reflection on the ward round; speaking up to doctors"),
    ("27/05/25", "Mentee 1", "5", "14:00", "15:00", "Progress against goals"),
    ("04/06/25", "Mentee 2", "5", "13:00", "14:15", "Progress against goals; first aseptic session booked"),
    ("10/06/25", "Mentee 1", "6", "10:00", "11:00", "Final review, feedback form, next steps"),
    ("11/06/25", "Mentee 2", "6", "13:30", "14:30", "Final review, feedback form, next steps"),
]

BLOCKS = [
    H(0, "Unit 304 Mentoring – Log and Session Records"),
    P("Tamsin Greaves, Dispensary Team Leader, St Aldhelm's Hospital Pharmacy"),
    P("""Both mentees are newly qualified pharmacy technicians. I have called them Mentee 1 and
      Mentee 2 throughout. Hours are decimal (1.25 = 1 hour 15 minutes)."""),
    H(1, "Summary log"),
    T(
        ["Date", "Mentee", "Activity", "Hours"],
        ["01/04/25", "Mentee 1", "Mentoring", "1.0"],
        ["02/04/25", "Mentee 2", "Mentoring", "1.0"],
        ["15/04/25", "Mentee 1", "Mentoring", "1.5"],
        ["16/04/25", "Mentee 2", "Mentoring", "1.25"],
        ["29/04/25", "Mentee 1", "Mentoring", "1.25"],
        ["30/04/25", "Mentee 2", "Rescheduled", "", ],
        ["07/05/25", "Mentee 2", "Mentoring", "1.5"],
        ["13/05/25", "Mentee 1", "Mentoring", "1.5"],
        ["14/05/25", "Mentee 2", "Shadowing", "2.0"],
        ["21/05/25", "Mentee 2", "Mentoring", "1.5"],
        ["27/05/25", "Mentee 1", "Mentoring", "1.0"],
        ["04/06/25", "Mentee 2", "Mentoring", "1.25"],
        ["10/06/25", "Mentee 1", "Mentoring", "1.0"],
        ["11/06/25", "Mentee 2", "Mentoring", "1.0"],
        ["Total", "", "", "14.25"],
    ),
    P("""30/04: moved to 07/05 because the aseptic unit was short. 14/05: Mentee 2 shadowed me on
      the ward round to see how I handle queries from prescribers. That was not a mentoring
      session – not counted in the total; we talked about it in session 4."""),
    H(1, "Supervision"),
    T(
        ["Date", "Supervisor", "Hours", "Focus"],
        ["22/04/25", "ILM tutor (Teams)", "1.0", "Setting boundaries when I also allocate their rota"],
        ["03/06/25", "ILM tutor (face to face)", "1.25", "Ending the relationship well; my habit of giving answers"],
    ),
    H(1, "Session records"),
]

for date, mentee, number, start, finish, focus in RECORDS:
    BLOCKS += [
        H(2, f"Session record – {mentee}, session {number}"),
        T(
            ["Date", date],
            ["Start", start],
            ["Finish", finish],
            ["Focus", focus],
            ["Mentee's comment", "Signed – see paper copy"],
        ),
    ]

BLOCKS += [
    P("Declaration: I confirm this is my own work and an accurate record. T. Greaves 20/06/2025"),
]

CASE = Case(
    name="pl_304_pharmacy_records_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("TGreaves 304 log and records.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # mentees coded throughout
        # Summary log, Mentoring rows (decimal hours), each matching its record's Start/Finish:
        # Mentee 1: 1.0 (10:00-11:00) 60 + 1.5 (10:00-11:30) 90 + 1.25 (14:00-15:15) 75
        #   + 1.5 (09:30-11:00) 90 + 1.0 (14:00-15:00) 60 + 1.0 (10:00-11:00) 60
        #   = 60 + 90 = 150; + 75 = 225; + 90 = 315; + 60 = 375; + 60 = 435
        # Mentee 2: 1.0 (13:00-14:00) 60 + 1.25 (13:00-14:15) 75 + 1.5 (13:00-14:30) 90
        #   + 1.5 (12:45-14:15) 90 + 1.25 (13:00-14:15) 75 + 1.0 (13:30-14:30) 60
        #   = 60 + 75 = 135; + 90 = 225; + 90 = 315; + 75 = 390; + 60 = 450
        # 435 + 450 = 885 = 14.75 hrs. Her Total row says 14.25 (her slip).
        # Not: 14/05 shadowing 2.0 ("not counted"); 30/04 rescheduled; the Total row; the twelve
        # session records (same sessions).
        "minutes": 885,
        "sessions": 12,
        "individuals": 2,
        # Supervision table: 1.0 (60) + 1.25 (75) = 135
        "supervision_minutes": 135,
    },
    about="Hospital pharmacy team leader; 304 summary log in decimal hours plus a record per session with Start/Finish (same sessions), a mentee shadowing row marked not counted, a rescheduled row, a wrong learner total (14.25 for a true 14.75), supervision table in decimals.",
)
