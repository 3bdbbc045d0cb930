"""Structured submissions for round 12 (prefix sl), by a writer who read no marker code.

Eight whole submissions that test whether the evidence finder puts the right passage first
for each criterion when the structure is there but irregular: a tyre centre supervisor's 200
with pasted criterion text as headings, no numbers and answers out of order; an optician's
201 in two files, a Word portfolio with an evidence matrix and the plan, log and tutor
meeting only in PDF appendices; a housebuilder's 300 as unstyled DOCX with typed numbers in
mixed forms and "1.3 & 1.4" / "3.2 & 3.3" lines over separate answers; a cricket academy's
301 on a centre template saved as PDF, a prompt row and an answer row per task ("Task 1 (a)")
with answers carried on below the box; a recruitment manager's 303 with a matrix pointing
at sections and paragraphs, long answers whose labels sit in the 3rd or 4th paragraph, and
appendices; a prison education lead's 305 as plain text with 2.2 unanswered (plan "in a
separate spreadsheet"); an athletics club young leader's D2.01 with every kind of question
heading, shared headings, Q12 before Q11 and Q13 skipped; and a recycling depot manager's 304
PDF with a contents page, combined headings, a reflection/feedback table and the log only in
an appendix. 201 and 304 carry hand-counted practice figures; three cases plant identifying
details, the rest are clean.
"""

from . import (
    sl_200_tyre_centre_docx,
    sl_201_opticians_portfolio,
    sl_300_housebuilder_unstyled,
    sl_301_cricket_academy_pdf,
    sl_303_recruitment_docx,
    sl_304_recycling_depot_pdf,
    sl_305_prison_education_txt,
    sl_d201_athletics_club_docx,
)

CASES = [
    sl_200_tyre_centre_docx.CASE,
    sl_201_opticians_portfolio.CASE,
    sl_300_housebuilder_unstyled.CASE,
    sl_301_cricket_academy_pdf.CASE,
    sl_303_recruitment_docx.CASE,
    sl_304_recycling_depot_pdf.CASE,
    sl_305_prison_education_txt.CASE,
    sl_d201_athletics_club_docx.CASE,
]
