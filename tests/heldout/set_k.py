"""Held-out cases, set k: five practical submissions (MD36, 8584-201, 8587-304, 8587-302, D2.02)."""

from __future__ import annotations

from . import k_8584_201_pdf, k_8587_302_docx, k_8587_304_docx, k_d202_diary, k_md36_txt

CASES: list = [
    k_md36_txt.CASE,
    k_8584_201_pdf.CASE,
    k_8587_304_docx.CASE,
    k_8587_302_docx.CASE,
    k_d202_diary.CASE,
]
