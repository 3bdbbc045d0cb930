"""Held-out cases, set c: practical units with practice logs, written before the change.

Each module's docstring says who the learner is and how its practice figures were
counted by hand, so a reader can check ``expected_checks`` without running marker.
"""

from __future__ import annotations

from . import c_8584_201_docx, c_8587_302_pdf, c_8587_304_docx, c_8587_304_prose, c_d202_diary

CASES: list = [
    c_8584_201_docx.CASE,
    c_8587_302_pdf.CASE,
    c_8587_304_prose.CASE,
    c_d202_diary.CASE,
    c_8587_304_docx.CASE,
]
