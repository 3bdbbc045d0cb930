"""Practice logs for round po, by a writer who read no marker code.

Six practice cases whose figures a careful assessor can check by hand: coaching/mentoring
minutes delivered, sessions, distinct individuals and supervision/tutorial minutes. Units
8584-201 (twice), 8587-302 (twice), 8587-304 and MD36; four PDFs, one Word file and one plain
text file. Shapes: a two-column When | What happened diary of clock ranges with a session in
two halves on one day, followed by a decimal hours summary of the same sessions whose total is
wrong; an Excel rota log pasted into Word with hh:mm:ss times, a night session across midnight
whose Duration shows "########" and a DNA of "00:00:00"; a coaching-platform export whose
Duration column is the booked length, actual times only in the notes, a coachee's full name
left in one row and a platform total of booked lengths; a Notepad log of 24-hour "HHMM-HHMM"
lines with a night session in two parts, a total wrong by taking it as one range, and a code
that slips to a first name in reflections; a log with a running-total column per mentee whose
closing line adds both and counts the joint session twice; and an MD36 grid with a minutes
column per mentee where group sessions sit in every attendee's column as "G". One is a whole
submission (201, every criterion labelled); the rest are practice only (labels={}).
"""

from . import (
    po_201_bookshop_diary_and_summary_pdf,
    po_201_hospital_porters_excel_times_docx,
    po_302_coastguard_watch_times_txt,
    po_302_zoo_coaching_platform_export_pdf,
    po_304_tribunal_centre_running_columns_pdf,
    po_md36_stadium_mentee_columns_pdf,
)

CASES = [
    po_201_bookshop_diary_and_summary_pdf.CASE,
    po_201_hospital_porters_excel_times_docx.CASE,
    po_302_zoo_coaching_platform_export_pdf.CASE,
    po_302_coastguard_watch_times_txt.CASE,
    po_304_tribunal_centre_running_columns_pdf.CASE,
    po_md36_stadium_mentee_columns_pdf.CASE,
]
