"""Set zc, written at stop 40 by one writer who read no marker code, before that stop's changes.
One line per case:

- zc_a_8584_201_coffee_roastery_pdf: a coffee roastery's head roaster, 201 as a Google Docs PDF with details table, matrix and own headings; a Planned/Actual log ("40 mins", "1 hr 5", "09:15–10:05", "35'", "1h20"), a cancelled row, a TOTAL whose actual is added wrong, the observed session again as a record with the tutor's debrief as a clock range, the last session in prose only, team cupping and shadowing not counted, a tutor meeting cancelled then held; clean.
- zc_a_8587_302_digital_agency_md: a digital agency's client services director, 302 in Markdown with a time-tracking export as the log: decimal hours, a Task column mixing sessions with prep, portfolio writing and supervision, an uncounted chemistry row, a no-show row holding the minutes he waited, a right software Total, his own subtraction that keeps the no-show, a train phone session in prose only, group supervision; a full name, first name and personal e-mail planted.
- zc_a_8587_304_theme_park_docx: a theme park's ride operations manager, 304 portfolio in two DOCX (AC-headed main file with signed cover and matrix; appendices with plan, log, records, supervision, scores); a Booked/Held clock-range log with a running total that goes 10 too high, cancelled, DNA and booked rows, a joint session with both mentees, two sessions again as records, a drill and shadowing not counted, a line-manager 1-2-1 not supervision; clean.
- zc_a_d202_air_cadets_txt: a 17-year-old air cadet sergeant, D2.02 as plain text under the brief's section lines; clock ranges and "mins", a no-parade week moved, a mentee away with the review still held, a review cut short, a phone review, an uncounted inspection, an extra seventh session with no review, a field day not counted, a right mentoring total and a wrong reviews line; clean (supervisor named in the header).
- zc_a_md36_cabin_crew_docx: an airline base's cabin crew manager, MD36 DOCX diary under the task's sub-headings with monthly block-time (h:mm) log tables, subtotal, brought-forward and running rows, an "(n/c)" coffee folded into a subtotal so the grand total runs high, cancelled and 0:00 DNA rows, two group sessions, a line check where only the debrief counts, a mentee who leaves and his replacement, a hotel session in prose only; a mobile and two full names planted.
- zc_a_8584_201_bike_workshop_docx: an independent bike shop's workshop manager, 201 Word diary under his own headings with a heading per date and each length written differently, a stocktake week, a no-show, a course day not counted, the last session again as a pasted signed record, a right total, a tutor call plus a meeting cancelled then held; no matrix or declaration; full name, first name and initial+surname planted.

Base, measured on the code before stop 40's changes (0a7220c), sets zc and zd together: practice 0/6 exact (none
wrong with nothing marked uncertain; minutes right in 1/6), identifying 17/17, false findings 2/12, structured
102/118, confident 86/92 (no essays). Figures only: nobody looked at marker's misses on them.
"""

from __future__ import annotations

from . import (
    zc_a_8584_201_bike_workshop_docx,
    zc_a_8584_201_coffee_roastery_pdf,
    zc_a_8587_302_digital_agency_md,
    zc_a_8587_304_theme_park_docx,
    zc_a_d202_air_cadets_txt,
    zc_a_md36_cabin_crew_docx,
)

CASES: list = [
    zc_a_8584_201_coffee_roastery_pdf.CASE,
    zc_a_8587_302_digital_agency_md.CASE,
    zc_a_8587_304_theme_park_docx.CASE,
    zc_a_d202_air_cadets_txt.CASE,
    zc_a_md36_cabin_crew_docx.CASE,
    zc_a_8584_201_bike_workshop_docx.CASE,
]
