"""Held-out cases, set o: a template, a Google Docs PDF, legacy questions, an e-portfolio export and an essay."""

from __future__ import annotations

from . import o_200_site_gdocs, o_301_water_template, o_303_bank_portfolio_txt, o_305_hospice_essay, o_d201_college_numbered

CASES: list = [
    o_301_water_template.CASE,
    o_200_site_gdocs.CASE,
    o_d201_college_numbered.CASE,
    o_303_bank_portfolio_txt.CASE,
    o_305_hospice_essay.CASE,
]
