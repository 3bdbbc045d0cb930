"""Held-out cases, set g: written independently before the next change, by a writer who read no code."""

from __future__ import annotations

from . import g_200_dental_template, g_300_control_essay, g_301_rdc_numbering, g_303_theatre_journal, g_305_housing_gdocs

CASES: list = [
    g_300_control_essay.CASE,
    g_301_rdc_numbering.CASE,
    g_200_dental_template.CASE,
    g_303_theatre_journal.CASE,
    g_305_housing_gdocs.CASE,
]
