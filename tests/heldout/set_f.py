"""Held-out cases, set f: written after the latest change by a writer who read no code."""

from __future__ import annotations

from . import f_8584_201_docx, f_8587_302_pdf, f_8587_303_journal, f_8587_304_docx, f_md36_docx

CASES: list = [
    f_md36_docx.CASE,
    f_8584_201_docx.CASE,
    f_8587_302_pdf.CASE,
    f_8587_304_docx.CASE,
    f_8587_303_journal.CASE,
]
