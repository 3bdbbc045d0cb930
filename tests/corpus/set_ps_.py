"""Practice logs for round ps, by a writer who read no marker code.

Six practice-only cases (labels={}) whose figures a careful assessor can check by hand:
coaching/mentoring minutes delivered, sessions, distinct individuals and supervision/tutorial
minutes. Units 8584-201, 8587-302 (twice), 8587-304, D2.02 and MD36; three PDFs, two Word
submissions (each two .docx files) and one plain text file. Shapes: a 302 e-portfolio
practice-log export printed to PDF (Status, Booked, Actual, Notes) whose Notes correct a
locked Actual ("Ran to 90m", "Actual was 1:15"), cancelled rows still showing 60 in Actual
and a wrong system summary; a 302 night-shift Word log with only 24-hour spans crossing
midnight ("23:30-00:45"), a three-way review with the coachee's line manager counted as a
session and supervision in a separate file with a group-webinar tutorial; a 304 two-sheet
template with "Total c/f" and "b/f" rows, hours as "0.75", "45'" and "1¼ hrs", and a mentee
who left and was replaced ("Mentee 2" in the log, "my second mentee, Kai" in the prose); a
201 log ("an hour-ish", "90m", "1:15") with separate session records for the same meetings,
one meeting only in the records and one held as two 30-minute phone calls on the same day; a
D2.02 Notepad log of mentoring/supervision pairs with a cancelled row keeping its 30' and a
group-webinar tutorial; and an MD36 night-shift diary with spans across midnight and c/f and
b/f rows at each page of the table. Planted identifying details in four; two are clean.
"""

from . import (
    ps_201_bowling_centre_log_and_records_docx,
    ps_302_dental_practices_booking_export_pdf,
    ps_302_night_bakery_supervision_file_docx,
    ps_304_garden_centre_replaced_mentee_pdf,
    ps_d202_sixth_form_peer_mentor_txt,
    ps_md36_breakdown_centre_nights_pdf,
)

CASES = [
    ps_201_bowling_centre_log_and_records_docx.CASE,
    ps_302_dental_practices_booking_export_pdf.CASE,
    ps_302_night_bakery_supervision_file_docx.CASE,
    ps_304_garden_centre_replaced_mentee_pdf.CASE,
    ps_d202_sixth_form_peer_mentor_txt.CASE,
    ps_md36_breakdown_centre_nights_pdf.CASE,
]
