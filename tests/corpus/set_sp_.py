"""Structured submissions for round sp, by a writer who read no marker code.

Six whole submissions, one each for 8584-200, 8587-300, 8587-301, 8587-303, 8587-305 and
D2.01, every criterion labelled, in shapes the earlier rounds did not use: a laundry night
team leader's Word-as-PDF whose headings run "Question N: <own title> (AC)" with her own
running numbers out of step with the criteria (2.5 before 2.4, 3.2 before 3.1), some wrapping
onto two lines, a two-column skills table with a plain two-cell header; an unstyled Word
file whose answer lines are "1.1)" plus the learner's paraphrase of the criterion, 1.4
before 1.3 and one "2.1 and 2.2)" line over rapport then contracting; an essay in Word with
sections "1." to "11." under titles of her own that never name a criterion (the numbers
mean nothing rubric-wise) and no answer on records (4.1 None); a reflective journal PDF
whose answers follow bare bold "AC 1.1" lines, with the handbook matrix pointing at PDF
pages, an "AC 2.1 and 2.2" line over a review and a plan, and a DOCX appendix that answers
nothing; a centre template PDF with a "Question" / "Your answer" row per criterion whose
long answers carry on in rows with an empty question cell, a separate plan table and an
unsigned declaration; and a young coach's D2.01 answered in paragraphs that start with a
bare question number, Q15 before Q14 and Q18 promised but missing (None). Labels sit in
3rd and 4th paragraphs, continuation rows, bullets and table cells.
"""

from . import (
    sp_200_commercial_laundry_pdf,
    sp_300_national_park_unstyled,
    sp_301_builders_merchant_essay,
    sp_303_trading_standards_portfolio,
    sp_305_blood_service_template_pdf,
    sp_d201_table_tennis_club_docx,
)

CASES = [
    sp_200_commercial_laundry_pdf.CASE,
    sp_300_national_park_unstyled.CASE,
    sp_301_builders_merchant_essay.CASE,
    sp_303_trading_standards_portfolio.CASE,
    sp_305_blood_service_template_pdf.CASE,
    sp_d201_table_tennis_club_docx.CASE,
]
