"""Structured submissions for round sm, by a writer who read no marker code.

Six whole submissions, one each for 8584-200, 8587-300, 8587-301, 8587-303, 8587-305 and
D2.01, every criterion labelled, in shapes the earlier rounds did not use: a Google Docs
PDF whose contents table maps ACs to sections and pages, with headings ending "(AC 1.3 &
1.4)" that wrap onto a second line and its own order of answers; a centre's Word template
saved as PDF with a printed prompt row above each answer row and long answers carried over
a page as continuation rows, one box left "not finished yet" (3.3 None); an unstyled Word
file whose answer lines are a pasted criterion with no number, "1.2)", "Q3 -", "AC1.4",
"Task 2 (b)" before "Task 2 (a)" and two lines covering two criteria each, with a pasted
e-mail and an agreement appendix that leak the pilot mentee's name and mobile; a reflective
journal in Word with the handbook's evidence matrix pointing at paragraph numbers and a PDF
of appendices that alone holds the CPD plan; a journal answered under pasted criterion
wording with no numbers in the order 1.1, 2.1, 1.2, 2.2; and a young helper's D2.01 as a
Google Docs PDF with Q4/Q5 as one table, Q8 before Q7, bare "Q14" headings and Q20 missing
(None). Labels sit in 3rd and 4th paragraphs, continuation rows, table cells and appendices.
"""

from . import (
    sm_200_school_catering_pdf,
    sm_300_motorway_services_template_pdf,
    sm_301_bookshops_unstyled,
    sm_303_language_school_portfolio,
    sm_305_snow_centre_docx,
    sm_d201_riding_school_pdf,
)

CASES = [
    sm_200_school_catering_pdf.CASE,
    sm_300_motorway_services_template_pdf.CASE,
    sm_301_bookshops_unstyled.CASE,
    sm_303_language_school_portfolio.CASE,
    sm_305_snow_centre_docx.CASE,
    sm_d201_riding_school_pdf.CASE,
]
