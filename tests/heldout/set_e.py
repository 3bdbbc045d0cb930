"""Held-out cases, set e: practical units with practice records in four log shapes."""

from __future__ import annotations

from . import e_8584_201_pdf, e_8587_302_docx, e_8587_304_txt, e_d202_diary

CASES: list = [
    e_8587_302_docx.CASE,
    e_8584_201_pdf.CASE,
    e_8587_304_txt.CASE,
    e_d202_diary.CASE,
]
