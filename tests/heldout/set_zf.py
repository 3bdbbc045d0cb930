"""Set zf, written at stop 41 by one writer who read no marker code, before that stop's changes. One line per case:

- zf_b_8584_200_opticians_docx: opticians' branch manager's 200 report, unstyled DOCX, mixed numbering ('Q1.1', 'Question 1.2 and 1.3', '1.4)', 'AC2.1'), 1.2+1.3 together, 2.5 deferred to the end; 'G. Pemberton' and a mobile planted; signed.
- zf_b_8587_300_radiology_docx: CT superintendent radiographer's 300 as a first-person essay, styled DOCX with thematic headings and no AC labels, 4.2 answered in the Conclusion; clean but full of eponyms and theorists; no declaration.
- zf_b_8587_301_textile_pdf: textile recycling charity manager's 301 report to trustees, PDF from Word, own numbered sections clashing with AC numbers, a contents-and-assessment map, criteria out of order, 3.1 interrupted by a caption and an off-topic paragraph; a third party's name in a pasted e-mail and a first name in a caption.
- zf_b_8587_303_ice_rink_docx: ice rink skating development manager's 303 on the centre's styled Word template with its prompts and guidance left in; clean (Zamboni, Torvill and Dean, an award named after a coach, the tutor named where the form asks); matrix and signed declaration.
- zf_b_8587_305_plant_nursery_md: plant nursery production manager's 305 as a Markdown journal, matrix pointing at sections by name, dated entries, answers under pasted criterion text with no numbers; a mentee's full name in a session record and her first name later; no declaration.
- zf_b_d201_mosque_youth_pdf: seventeen-year-old mosque youth-programme volunteer's D2.01 as a Google Docs PDF, mixed numbering, Section 3 before Section 2, Q13 answered in a 'Last bit' conclusion; the mentee's nickname and his brother's first name planted; no declaration.

Base, measured on the code before stop 41's changes (91c9907), sets ze and zf together: practice 0/6 exact (none
wrong with nothing marked uncertain; minutes right in 1/6, sessions 1/6, individuals 3/6, supervision 0/6),
identifying 12/14, false findings 3/12, structured 84/103, essays 16/16, confident 87/93. Figures only: nobody
looked at marker's misses on them.
"""

from __future__ import annotations

from . import (
    zf_b_8584_200_opticians_docx,
    zf_b_8587_300_radiology_docx,
    zf_b_8587_301_textile_pdf,
    zf_b_8587_303_ice_rink_docx,
    zf_b_8587_305_plant_nursery_md,
    zf_b_d201_mosque_youth_pdf,
)

CASES: list = [
    zf_b_8584_200_opticians_docx.CASE,
    zf_b_8587_300_radiology_docx.CASE,
    zf_b_8587_301_textile_pdf.CASE,
    zf_b_8587_303_ice_rink_docx.CASE,
    zf_b_8587_305_plant_nursery_md.CASE,
    zf_b_d201_mosque_youth_pdf.CASE,
]
