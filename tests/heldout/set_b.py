"""Held-out cases, set b: assignments, essays, legacy questions and reflective journals."""

from __future__ import annotations

from . import b_200_essay, b_200_unstyled, b_300_pdf, b_301_essay, b_301_headed, b_303_template, b_305_journal, b_d201_legacy

CASES: list = [
    b_200_essay.CASE,
    b_301_essay.CASE,
    b_305_journal.CASE,
    b_200_unstyled.CASE,
    b_300_pdf.CASE,
    b_301_headed.CASE,
    b_303_template.CASE,
    b_d201_legacy.CASE,
]
