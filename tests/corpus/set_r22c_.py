"""Tuning cases for round 22, written at stop 41 by a writer who read no marker code and no held-out case.

- r22c_200_distribution_centre_docx: supermarket DC night team leader's 200 in the centre's Word template, prompts/guidance/placeholders left in, 2.1 in a table, 3.1 continued as "3.1 (cont.)" after 3.2; two planted names.
- r22c_300_hotel_spa_pdf: hotel spa manager's 300 as Word-to-PDF report whose own "2.1"/"4.1" section numbers clash with ACs, 1.2 and 1.3 together, 4.2 finished in the conclusion.
- r22c_301_harbour_txt: harbour authority senior pilot's 301 in plain text, answers under pasted AC or brief wording with no numbers, 1.2+1.3 joined, 2.2 before 2.1 and LO4 before LO3.
- r22c_303_careers_service_docx: university careers consultant's 303 as a headingless essay in unstyled Word, criteria in her own words and order, plan as prose.
- r22c_305_pharmacy_md: community pharmacy manager's 305 in Markdown, evidence matrix pointing "see section N", headings "LO1/AC1.1", "AC 1.2", "2.1)", "Question 2.2", plan table; a first name and a phone left in.
- r22c_d201_sailing_school_docx: sailing school senior instructor's D2.01 in styled Word, questions numbered "Q1.", "Question 2", "3)", Q2 & Q3 together, Q8 in a table, Q13 before Q12.
"""

from . import (
    r22c_200_distribution_centre_docx,
    r22c_300_hotel_spa_pdf,
    r22c_301_harbour_txt,
    r22c_303_careers_service_docx,
    r22c_305_pharmacy_md,
    r22c_d201_sailing_school_docx,
)

CASES = [
    r22c_200_distribution_centre_docx.CASE,
    r22c_300_hotel_spa_pdf.CASE,
    r22c_301_harbour_txt.CASE,
    r22c_303_careers_service_docx.CASE,
    r22c_305_pharmacy_md.CASE,
    r22c_d201_sailing_school_docx.CASE,
]
