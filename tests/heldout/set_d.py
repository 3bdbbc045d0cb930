"""Held-out cases, set d: a Word template, essays, a PDF without numbers, journals, pasted questions.

Written independently of the finder and the checks, before they were changed. Each
module's docstring says who the learner is, what the case exercises and what was planted.
"""

from __future__ import annotations

from . import d_200_template, d_300_essay, d_301_pdf, d_303_journal, d_305_gdocs, d_d201_pasted

CASES: list = [
    d_200_template.CASE,
    d_300_essay.CASE,
    d_301_pdf.CASE,
    d_303_journal.CASE,
    d_305_gdocs.CASE,
    d_d201_pasted.CASE,
]
