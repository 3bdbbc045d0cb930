"""Held-out cases, set p: five practice records (mixed duration habits, cancelled and
did-not-attend rows, carried-forward and total rows, a group session, a log row and its own
session record, pseudonyms beside first names) and five knowledge submissions (questions
pasted above answers, a Google Docs PDF, a portfolio with an evidence matrix, essays
answering out of order)."""

from __future__ import annotations

from . import (
    p_200_foodbank_txt,
    p_300_fintech_gdocs_pdf,
    p_301_charityshops_docx,
    p_303_fire_portfolio_pdf,
    p_305_library_essay_docx,
    p_8584_201_leisure_docx,
    p_8587_302_hotel_pdf,
    p_8587_304_pharmacy_txt,
    p_d202_sixthform_docx,
    p_md36_housing_pdf,
)

CASES: list = [
    p_8584_201_leisure_docx.CASE,
    p_8587_302_hotel_pdf.CASE,
    p_8587_304_pharmacy_txt.CASE,
    p_d202_sixthform_docx.CASE,
    p_md36_housing_pdf.CASE,
    p_200_foodbank_txt.CASE,
    p_300_fintech_gdocs_pdf.CASE,
    p_301_charityshops_docx.CASE,
    p_303_fire_portfolio_pdf.CASE,
    p_305_library_essay_docx.CASE,
]
