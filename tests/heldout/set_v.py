"""Set v, written at stop 33 by two writers who read no marker code, before any of that stop's changes
to the evidence finder and the practice checks, so the held-out set measures them on work nobody tuned
them to (and stays over a third of the whole corpus as round 14's tuning cases are added).

Twelve submissions: 8584-200 (a clean marina DOCX with criteria in task headings), 8584-201 twice
(a bookshop DOCX with one two-column table per session and a summary; an exams office PDF log in h:mm
with a DNA row and the tutor meeting in prose), 8587-300 (an archaeology DOCX with two planted details),
8587-302 twice (a print works PDF log with Start/End columns, a supervision log and a cover sheet; a
climbing centre plain-text log of dated lines, one session in two parts), 8587-303 (a cold store PDF with
a planted mobile and first name), 8587-304 twice (an opera wardrobe PDF log with a Type column and a
running total; a dairy farm DOCX with a summary log and a record form per session), D2.01 (a clean PDF
essay), D2.02 (a city farm plain-text diary of dated paragraphs) and MD36 (an archaeology unit DOCX
diary in decimal hours whose written total is wrong).
"""

from __future__ import annotations

from . import (
    v_8584_200_marina_docx,
    v_8584_201_bookshop_docx,
    v_8584_201_exams_office_pdf,
    v_8587_300_field_archaeology_docx,
    v_8587_302_climbing_centre_txt,
    v_8587_302_print_works_pdf,
    v_8587_303_cold_store_pdf,
    v_8587_304_dairy_farm_docx,
    v_8587_304_opera_wardrobe_pdf,
    v_d201_climbing_wall_pdf,
    v_d202_city_farm_txt,
    v_md36_archaeology_unit_docx,
)

CASES: list = [
    v_8584_200_marina_docx.CASE,
    v_8584_201_bookshop_docx.CASE,
    v_8584_201_exams_office_pdf.CASE,
    v_8587_300_field_archaeology_docx.CASE,
    v_8587_302_climbing_centre_txt.CASE,
    v_8587_302_print_works_pdf.CASE,
    v_8587_303_cold_store_pdf.CASE,
    v_8587_304_dairy_farm_docx.CASE,
    v_8587_304_opera_wardrobe_pdf.CASE,
    v_d201_climbing_wall_pdf.CASE,
    v_d202_city_farm_txt.CASE,
    v_md36_archaeology_unit_docx.CASE,
]
