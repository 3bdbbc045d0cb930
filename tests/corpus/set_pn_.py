"""Practice logs for round pn, by a writer who read no marker code.

Six practice cases whose figures a careful assessor can check by hand: coaching/mentoring
minutes delivered, sessions, distinct individuals and supervision/tutorial minutes. Units
8584-201 (twice), 8587-302 (twice), 8587-304 and MD36; five PDFs and one Word file. Shapes:
a Word log in minutes whose Notes add a 15-minute follow-up call to one session (counted,
same session) and to another (marked not counted); an Excel sheet printed to PDF with Type,
Start and Finish columns only, a session in two parts round lunchtime and total rows whose
SUM stops before the last rows; an h:mm summary log followed by a two-column Field | Detail
record form for every session, chemistry, rescheduled and DNA forms and a fire-alarm
session given as two time ranges; a Google Docs diary of dated paragraphs with lengths in a
dozen forms and a closing total that counts a joint session twice; an activity log with
coded mentees, decimal hours and one "1:15", observed, shadowing and group-training rows, a
wrong total and reflections that slip into a first name; and an MD36 spreadsheet printed one
month per table in minutes, with two workshops naming all four mentees. One is a whole
submission (201, every criterion labelled); the rest are practice only (labels={}).
"""

from . import (
    pn_201_cinema_follow_up_calls_docx,
    pn_201_record_office_spreadsheet_pdf,
    pn_302_golf_club_dated_paragraphs_pdf,
    pn_302_physio_clinic_session_forms_pdf,
    pn_304_engineering_workshop_pseudonym_pdf,
    pn_md36_nursery_monthly_minutes_pdf,
)

CASES = [
    pn_201_cinema_follow_up_calls_docx.CASE,
    pn_201_record_office_spreadsheet_pdf.CASE,
    pn_302_physio_clinic_session_forms_pdf.CASE,
    pn_302_golf_club_dated_paragraphs_pdf.CASE,
    pn_304_engineering_workshop_pseudonym_pdf.CASE,
    pn_md36_nursery_monthly_minutes_pdf.CASE,
]
