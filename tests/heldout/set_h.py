"""Held-out cases, set h: practical units written fresh, before the next change, by a writer who read no code."""

from __future__ import annotations

from . import h_8584_201_docx, h_8587_302_pdf

CASES: list = [
    h_8584_201_docx.CASE,
    h_8587_302_pdf.CASE,
]
