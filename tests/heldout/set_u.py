"""Set u, written at stop 32 by two writers who read no marker code, after the PDF table reader's first
changes of that stop and before its last, so the held-out set measures the code as it stands on work
nobody tuned it to (sets a to t had been measured, and one of their figures used to choose between
two versions of a change, earlier in the stop).

Twelve submissions: 8584-200 (a garden centre PDF with criteria as headings and a barrier table),
8584-201 twice (a bakery PDF with a Start/Finish/Duration log and a two-column tutor support form;
a bakery prose diary in plain text, every time in words), 8587-301 (a clean plain-text essay),
8587-302 twice (a vets' PDF portfolio with a cover sheet and a log over two pages; a bus depot DOCX
log with a Type column and a footnoted row), 8587-303 (a water company PDF with two planted names),
8587-304 twice (a theatre DOCX with session record forms; a record office PDF whose notes cells
wrap), 8587-305 (a clean DOCX essay), D2.02 (a salon PDF diary with sessions and reviews tables)
and MD36 (a teaching labs PDF log with subtotals, a running total and group sessions).
"""

from __future__ import annotations

from . import (
    u_8584_200_garden_centre_pdf,
    u_8584_201_bakery_diary_txt,
    u_8584_201_bakery_pdf,
    u_8587_301_water_essay_txt,
    u_8587_302_bus_depot_docx,
    u_8587_302_vets_pdf,
    u_8587_303_water_utility_pdf,
    u_8587_304_record_office_pdf,
    u_8587_304_theatre_docx,
    u_8587_305_national_park_docx,
    u_d202_salon_pdf,
    u_md36_teaching_labs_pdf,
)

CASES: list = [
    u_8584_200_garden_centre_pdf.CASE,
    u_8584_201_bakery_diary_txt.CASE,
    u_8584_201_bakery_pdf.CASE,
    u_8587_301_water_essay_txt.CASE,
    u_8587_302_bus_depot_docx.CASE,
    u_8587_302_vets_pdf.CASE,
    u_8587_303_water_utility_pdf.CASE,
    u_8587_304_record_office_pdf.CASE,
    u_8587_304_theatre_docx.CASE,
    u_8587_305_national_park_docx.CASE,
    u_d202_salon_pdf.CASE,
    u_md36_teaching_labs_pdf.CASE,
]
