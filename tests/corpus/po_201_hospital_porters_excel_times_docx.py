"""8584-201 practice evidence in Word: a portering team leader's rota-spreadsheet log pasted from Excel with hh:mm:ss times.

Dean Whitlock, portering team leader at a hospital, mentors Kacper, a porter taken on from
the agency. He logged his sessions on the team's rota spreadsheet and pasted the table into
Word, so Start, End and Duration all show Excel's time format with seconds ("13:30:00",
"00:45:00"). Tricky: a night-shift session from 23:15:00 to 00:05:00 whose Duration cell shows
"########" (Excel's negative time), the 50 minutes written only in the Comments; a DNA row with
Start = End and "00:00:00"; a manual handling refresher for eight porters including Kacper,
which Dean delivered and marks not mentoring, not counted (3 hours); his one-hour Teams tutor
call as a row in the same table ("Tutor call"); a TOTAL row (right: 05:45:00, mentoring only);
a tutor meeting booked for after the log ends (planned, not supervision delivered).

Practice truth: 45 + 60 + 50 + 70 + 55 + 65 = 345 minutes in six sessions with one mentee;
supervision 60.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 201 – Appendix 2: Mentoring log"),
    P("""Dean Whitlock, Portering Team Leader, Facilities Department, St Aidan's Hospital. Mentee:
      Kacper (porter, made permanent from the agency in February 2025)."""),
    P("""I keep all my team's hours on the rota spreadsheet so I logged my mentoring there as well
      and have copied the table into Word. The times came across with the seconds on, sorry.
      Duration is worked out by the sheet (End minus Start)."""),
    T(
        ["Date", "Start", "End", "Duration", "Activity", "Comments"],
        ["03/03/2025", "13:30:00", "14:15:00", "00:45:00", "Mentoring",
         "First meeting in the porters' lodge. Mentoring agreement signed, talked about what he wants from it"],
        ["10/03/2025", "13:30:00", "14:30:00", "01:00:00", "Mentoring",
         "Goals: learn the theatres and wards route without the map, get his average bleep response down"],
        ["13/03/2025", "09:00:00", "12:00:00", "03:00:00", "Training",
         "Manual handling refresher, 8 porters incl. Kacper, delivered by me. Training not mentoring – not counted"],
        ["17/03/2025", "14:00:00", "14:00:00", "00:00:00", "Mentoring",
         "DNA – K stuck on a transfer to CT. Rebooked on nights"],
        ["19/03/2025", "23:15:00", "00:05:00", "########", "Mentoring",
         "Night shift, in the lodge. 50 mins (sheet won't do past midnight)"],
        ["24/03/2025", "13:30:00", "14:40:00", "01:10:00", "Mentoring",
         "Walked the theatres route with him then talked it through over a brew"],
        ["26/03/2025", "16:00:00", "17:00:00", "01:00:00", "Tutor call",
         "Teams call with my ILM tutor about how the mentoring is going"],
        ["31/03/2025", "13:30:00", "14:25:00", "00:55:00", "Mentoring",
         "Bleep times – his average is down from 12 to 7 mins. Talked about the porter who was rude to him"],
        ["07/04/2025", "13:30:00", "14:35:00", "01:05:00", "Mentoring",
         "Review of both goals, feedback sheet done, agreed to finish the formal sessions"],
        ["", "", "TOTAL", "05:45:00", "", "Mentoring only"],
    ),
    P("""The TOTAL is only the Mentoring lines – I took out the manual handling morning, which was
      training for the whole shift, and my tutor call. I added the night one in by hand because
      the sheet shows hashes for it."""),
    P("""Supervision: the tutor call on 26/03 (on the log) is the only supervision I've had so far.
      My one-hour meeting with my tutor for 3.2 is booked for 15/04/2025, after this log was
      printed."""),
    P("I confirm this log is my own work and a true record of my mentoring. Dean Whitlock 08/04/2025"),
]

CASE = Case(
    name="po_201_hospital_porters_excel_times_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("Whitlock D - 201 appendix 2 mentoring log.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Kacper"],  # the mentee's real first name ("K" alone is not listed)
        # Mentoring rows, Duration hh:mm:ss:
        # 03/03 00:45:00 = 45; 10/03 01:00:00 = 60; 19/03 23:15:00 -> 00:05:00 (cell "########",
        # "50 mins" in Comments) = 50; 24/03 01:10:00 = 70; 31/03 00:55:00 = 55; 07/04 01:05:00 = 65.
        # 45 + 60 = 105; + 50 = 155; + 70 = 225; + 55 = 280; + 65 = 345 = 5:45 (TOTAL row right).
        # Not: 13/03 manual handling training 03:00:00 ("not counted"); 17/03 DNA 00:00:00;
        # 26/03 tutor call (supervision); TOTAL row.
        "minutes": 345,
        "sessions": 6,
        "individuals": 1,  # Kacper
        # 26/03 tutor call 16:00:00-17:00:00 = 60. The 15/04 tutor meeting is booked, not held.
        "supervision_minutes": 60,
    },
    about="Hospital portering team leader; 201 log pasted from Excel into Word with hh:mm:ss Start/End/Duration, a night session across midnight showing ######## with 50 mins in Comments, DNA 00:00:00, uncounted group manual handling training, tutor call as a row, right TOTAL, booked tutor meeting.",
)
