"""Held-out cases, set h: practical units (8584-201, 8587-302, 8587-304, D2.02) written fresh,
before the next change, by a writer who read no code: log shapes a learner really types
(mixed duration formats, plain-line logs, prose-only sessions, a typed diary table, session
records behind an evidence matrix)."""

from __future__ import annotations

from . import h_8584_201_docx, h_8587_302_docx, h_8587_302_pdf, h_8587_304_txt, h_d202_diary

CASES: list = [
    h_8584_201_docx.CASE,
    h_8587_302_pdf.CASE,
    h_8587_304_txt.CASE,
    h_d202_diary.CASE,
    h_8587_302_docx.CASE,
]
