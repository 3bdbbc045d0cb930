"""Practice logs for round pj, by a writer who read no marker code.

Eight practice cases whose figures a careful assessor can check by hand: coaching/mentoring
minutes delivered, sessions, distinct individuals and supervision/tutorial minutes. Units
8584-201 (twice), 8587-302 (twice), 8587-304 (twice), D2.02 and MD36, in shapes the earlier
rounds did not use: a Duration column mixing "50 min", "1h05", "one hour", "90'", "¾ hr",
"1 hr 20 mins" and a bare "1.5"; Start/Finish columns only, in five clock styles; one
activity table with a Type column (chemistry, coaching, tutor and peer supervision, an
uncounted 3-way review) and a decimal Cumulative column; a plain-text narrative diary with
every length in words; a From/To log with ditto marks for repeated dates, a tea break taken
off a joint session and monthly sub-totals; a D2.02 diary with a paragraph per session and a
review table; an MD36 log split over two PDF pages with the header row repeated and c/f and
b/f rows, a group session with a one-off attendee; and a day book typed up whole, mentoring
lines among ordinary work. Two are whole submissions (201 and D2.02, every criterion
labelled); the rest are practice only (labels={}).
"""

from . import (
    pj_201_ferry_clock_formats_pdf,
    pj_201_kennels_duration_mix,
    pj_302_archaeology_type_column,
    pj_302_distillery_narrative_txt,
    pj_304_botanic_garden_ditto,
    pj_304_estate_agent_day_book_txt,
    pj_d202_apprentice_work_taster,
    pj_md36_holiday_park_two_page_pdf,
)

CASES = [
    pj_201_kennels_duration_mix.CASE,
    pj_201_ferry_clock_formats_pdf.CASE,
    pj_302_archaeology_type_column.CASE,
    pj_302_distillery_narrative_txt.CASE,
    pj_304_botanic_garden_ditto.CASE,
    pj_304_estate_agent_day_book_txt.CASE,
    pj_d202_apprentice_work_taster.CASE,
    pj_md36_holiday_park_two_page_pdf.CASE,
]
