"""Set t, written at stop 31 before round 12's changes by two writers who read no marker code.

Thirteen submissions: 8584-200 (an essay-like DOCX under the learner's own themed headings),
8584-201 twice (a leisure centre portfolio whose every session is in a log and its own record;
a school kitchen PDF with tutor support in prose and a pasted feedback form), 8587-300 (a clean
names case full of authors and places), 8587-301 (a Google Docs PDF with a contents list),
8587-302 twice (a claims team DOCX with chemistry meetings and records repeating the log; a vets'
PDF log of start and finish times with a running total), 8587-303 (a PDF journal with two
planted names), 8587-304 twice (a library portfolio with a Type column in decimal hours; a
repairs team prose diary with spoken times), 8587-305 (numbered plain text), D2.02 (a peer
mentor's diary on a school template) and MD36 (a bus depot PDF log with a running total).
"""

from __future__ import annotations

from . import (
    t_8584_200_bakery_b_docx,
    t_8584_201_leisure_b_docx,
    t_8584_201_school_kitchen_pdf,
    t_8587_300_machining_plant_docx,
    t_8587_301_housing_b_pdf,
    t_8587_302_claims_team_docx,
    t_8587_302_vets_b_pdf,
    t_8587_303_builders_merchant_pdf,
    t_8587_304_library_b_docx,
    t_8587_304_repairs_team_txt,
    t_8587_305_college_b_txt,
    t_d202_music_dept_docx,
    t_md36_bus_depot_pdf,
)

CASES: list = [
    t_8584_200_bakery_b_docx.CASE,
    t_8584_201_leisure_b_docx.CASE,
    t_8584_201_school_kitchen_pdf.CASE,
    t_8587_300_machining_plant_docx.CASE,
    t_8587_301_housing_b_pdf.CASE,
    t_8587_302_claims_team_docx.CASE,
    t_8587_302_vets_b_pdf.CASE,
    t_8587_303_builders_merchant_pdf.CASE,
    t_8587_304_library_b_docx.CASE,
    t_8587_304_repairs_team_txt.CASE,
    t_8587_305_college_b_txt.CASE,
    t_d202_music_dept_docx.CASE,
    t_md36_bus_depot_pdf.CASE,
]
