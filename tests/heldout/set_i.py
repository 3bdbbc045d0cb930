"""Held-out cases, set i: a signature-block PDF, a planned-versus-actual log with supervision rows,
legacy questions answered by number only, and a journal with two ACs under one heading."""

from __future__ import annotations

from . import i_8584_201_pdf, i_8587_304_docx, i_8587_305_docx, i_d201_legacy

CASES: list = [
    i_8584_201_pdf.CASE,
    i_8587_304_docx.CASE,
    i_d201_legacy.CASE,
    i_8587_305_docx.CASE,
]
