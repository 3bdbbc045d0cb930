"""Held-out cases, set m: an essay, a Google Docs reflection, a Word template, a question-numbered text file and a headed PDF."""

from __future__ import annotations

from . import m_200_theatre_txt, m_300_windfarm_essay, m_301_planning_pdf, m_303_prison_gdocs, m_305_vet_template

CASES: list = [
    m_300_windfarm_essay.CASE,
    m_303_prison_gdocs.CASE,
    m_305_vet_template.CASE,
    m_200_theatre_txt.CASE,
    m_301_planning_pdf.CASE,
]
