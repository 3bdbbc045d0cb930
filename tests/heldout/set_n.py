"""Held-out cases, set n: practice logs in five shapes (spaced Excel PDF, session forms,
a text diary, time ranges with a duplicate row, a month-by-month table)."""

from __future__ import annotations

from . import n_8584_201_docx, n_8587_302_docx, n_8587_304_pdf, n_d202_diary, n_md36_docx

CASES: list = [
    n_8587_304_pdf.CASE,
    n_8584_201_docx.CASE,
    n_d202_diary.CASE,
    n_8587_302_docx.CASE,
    n_md36_docx.CASE,
]
