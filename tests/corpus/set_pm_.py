"""Practice logs for round pm, by a writer who read no marker code.

Six practice cases whose figures a careful assessor can check by hand: coaching/mentoring
minutes delivered, sessions, distinct individuals and supervision/tutorial minutes. Units
8584-201 (twice), 8587-302 (twice), 8587-304 and MD36; five PDFs and one Word file. Shapes:
a log with only Start and Finish columns, one session split by a breakdown into two rows on
one day and a wrong learner total; one record-of-fields form per session (lengths in words)
plus a summary log of the same sessions in decimal hours, "Mentee A" in the forms and a first
name in the reflections; an Excel activity sheet whose Activity column mixes chemistry,
coaching, observed coaching, tutor feedback, supervision, shadowing and group training; an
h:mm log with team and group sessions, footnoted rows and a wrong h:mm total; a two-column
Date | Diary entry table with every length in prose; and a three-page MD36 log in decimal hours
with repeated headers, page subtotals, footnotes, a split session, a final session reported
only in prose and a wrong closing total. One is a whole submission (201, every criterion
labelled); the rest are practice only (labels={}).
"""

from . import (
    pm_201_food_bank_records_pdf,
    pm_201_ice_rink_start_finish_pdf,
    pm_302_climbing_wall_activity_pdf,
    pm_302_hotel_front_office_hmm_docx,
    pm_304_school_two_column_diary_pdf,
    pm_md36_print_works_footnoted_pdf,
)

CASES = [
    pm_201_ice_rink_start_finish_pdf.CASE,
    pm_201_food_bank_records_pdf.CASE,
    pm_302_climbing_wall_activity_pdf.CASE,
    pm_302_hotel_front_office_hmm_docx.CASE,
    pm_304_school_two_column_diary_pdf.CASE,
    pm_md36_print_works_footnoted_pdf.CASE,
]
