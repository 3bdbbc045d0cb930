"""Held-out cases, set q: six practice records (a garden centre, a plant bakery, a ferry port,
a zoo, a Sea Cadets unit, a car dealership: clock ranges, decimal hours, durations only in
prose, running-total, subtotal and brought-forward rows, cancelled, did-not-attend and
'(not counted)' rows, an observed session with its tutor debrief, a group session, a log row
and its own record, supervision and tutorials recorded apart) and four knowledge submissions
(questions pasted above answers with mixed numbering, an essay answering out of order, a
Google Docs PDF, a two-file portfolio whose evidence matrix points at pages)."""

from __future__ import annotations

from . import (
    q_8584_200_salon_txt,
    q_8584_201_gardencentre_docx,
    q_8587_301_gamesstudio_docx,
    q_8587_302_bakery_pdf,
    q_8587_303_itdesk_gdocs_pdf,
    q_8587_304_ferry_docx,
    q_8587_304_zoo_txt,
    q_8587_305_brewery_pdf,
    q_d202_seacadets_docx,
    q_md36_dealership_pdf,
)

CASES: list = [
    q_8584_201_gardencentre_docx.CASE,
    q_8587_302_bakery_pdf.CASE,
    q_8587_304_ferry_docx.CASE,
    q_8587_304_zoo_txt.CASE,
    q_d202_seacadets_docx.CASE,
    q_md36_dealership_pdf.CASE,
    q_8584_200_salon_txt.CASE,
    q_8587_301_gamesstudio_docx.CASE,
    q_8587_303_itdesk_gdocs_pdf.CASE,
    q_8587_305_brewery_pdf.CASE,
]
