"""Held-out cases, set l: practice logs in five shapes (durations in mixed formats, time ranges
with a page sub-total, e-portfolio session blocks with wrong stated totals, prose durations
restated in a table, a week-by-week minutes grid)."""

from __future__ import annotations

from . import l_8584_201_docx, l_8587_302_pdf, l_8587_304_txt, l_d202_diary, l_md36_pdf

CASES: list = [
    l_8584_201_docx.CASE,
    l_8587_302_pdf.CASE,
    l_8587_304_txt.CASE,
    l_d202_diary.CASE,
    l_md36_pdf.CASE,
]
