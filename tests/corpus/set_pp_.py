"""Practice logs for round pp, by a writer who read no marker code.

Six practice cases whose figures a careful assessor can check by hand: coaching/mentoring
minutes delivered, sessions, distinct individuals and supervision/tutorial minutes. Units
8584-201 (twice), 8587-302, 8587-304, D2.02 and MD36; three PDFs, two Word files and one plain
text file. Shapes: a 201 diary typed as phone-notes bullets ("Tue 4th Feb - 1 hr with J.")
with a postponed bullet and the moved session logged later, supervision only in the
reflective prose; a 201 hours log in h:mm followed by a printed session record per meeting
with two fields to a line ("Date: 3/2/25 Duration: 1 hr"), a tutor-observed session and
tutor support records; a 302 Google Sheets export with the header repeated on every page, a
minutes column, Postponed rows held later as "rescheduled from", a 3-way meeting typed
"(45)" and marked not coaching, a Total row and a supervision tab; a 304 Notepad log of
dash-separated lines whose lengths mix "50m", "1h 10m", "90 min" and "1.5 hrs", with group
sessions of two pseudonymous apprentices and a running total that slips by ten minutes; a
D2.02 online mentoring diary with a call lost after 25 minutes, an extra session because of
it and reviews with the tutor the next day; and an MD36 diary of prose notes grouped by
mentee ("just over an hour (65 mins)"), with tutorials and supervision only in the
reflection. One is a whole submission (201, every criterion labelled); the rest are practice
only (labels={}).
"""

from . import (
    pp_201_farm_shop_session_forms_pdf,
    pp_201_soft_play_bullet_diary_docx,
    pp_302_donor_centre_sheets_export_pdf,
    pp_304_scenic_workshop_running_total_txt,
    pp_d202_online_mentoring_dropped_call_docx,
    pp_md36_seafood_plant_per_mentee_prose_pdf,
)

CASES = [
    pp_201_soft_play_bullet_diary_docx.CASE,
    pp_201_farm_shop_session_forms_pdf.CASE,
    pp_302_donor_centre_sheets_export_pdf.CASE,
    pp_304_scenic_workshop_running_total_txt.CASE,
    pp_d202_online_mentoring_dropped_call_docx.CASE,
    pp_md36_seafood_plant_per_mentee_prose_pdf.CASE,
]
