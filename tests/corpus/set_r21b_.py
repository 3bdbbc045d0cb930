"""Tuning cases for round 21, written at stop 40 by a writer who read no marker code and no held-out case.

Six practice-log cases (labels={}), figures worked row by row in each module's docstring:

- r21b_201_driving_school_docx: driving school; Word session-record form per meeting and no log, times in every style, a cancelled form, a Part 3 mock she says is training and not counted, tutor meeting on the same form; trainee's full and first name planted.
- r21b_201_dental_lab_md: dental laboratory; Markdown portfolio with one log carrying a Type column (Face to face/Phone/Teams/Observation/Tutorial/Supervision), lengths in nine formats, a shared webinar not counted, h:mm totals; clean.
- r21b_302_parcel_depot_txt: parcel delivery depot; Notepad log in decimal hours with one cell in minutes, a coachee who left (sessions not counted) and a replacement, a handover without the coachee, totals as "12:45"; clean.
- r21b_304_night_shelter_pdf: homeless night shelter; PDF log with wrapping rows, a session over midnight with no length, a joint session the total counts twice, separate supervision table with tutor feedback, peer-supervision group and a postponed tutorial; clean.
- r21b_304_iron_foundry_docx: iron foundry; Word portfolio with evidence matrix, summary log plus session records disagreeing on one session (record right, she says), a phone hour only in prose; mentee's names and his manager planted.
- r21b_d202_allotment_club_pdf: school allotment club; D2.02 PDF diary with wrapping rows, missed session rebooked, blank length beside a clock range, a stall not counted, a review that was only written comments, totals as "3.15 hrs"; clean.
"""

from . import (
    r21b_201_dental_lab_md,
    r21b_201_driving_school_docx,
    r21b_302_parcel_depot_txt,
    r21b_304_iron_foundry_docx,
    r21b_304_night_shelter_pdf,
    r21b_d202_allotment_club_pdf,
)

CASES: list = [
    r21b_201_driving_school_docx.CASE,
    r21b_201_dental_lab_md.CASE,
    r21b_302_parcel_depot_txt.CASE,
    r21b_304_night_shelter_pdf.CASE,
    r21b_304_iron_foundry_docx.CASE,
    r21b_d202_allotment_club_pdf.CASE,
]
