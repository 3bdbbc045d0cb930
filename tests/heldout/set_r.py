"""Held-out cases, set r: six practice records (a canal charity, a water treatment works, a
distillery, an orchestra, a village cricket club, a limestone quarry: clock ranges with a planned
and a cancelled row, durations only in prose with the learner's own running subtotals, a two-file
portfolio whose matrix points at pages and sections of a records PDF, subtotal and
brought-forward rows, '(not counted)', did-not-attend and rained-off rows, an observed session
logged and recorded with its tutor debrief, a three-mentee group session, durations in every
format in plain text, tutorial rows with a running-total column, weekly tables with week totals
and a grand total) and four knowledge or reflective submissions (an opticians' essay with no
headings answering out of order in its own words, a courier hub's Google Docs PDF with pasted
questions and drifting numbering, a wind farm journal under the learner's own headings, a
confectioner's answer template with answers in table cells). Planted: a mentee's full then first
name, a line manager's name, a mentee as initial and surname, a colleague's e-mail and phone
number, a coachee's full then first name, a signature under a feedback form."""

from __future__ import annotations

from . import (
    r_8584_200_opticians_essay_docx,
    r_8584_201_canal_docx,
    r_8587_301_courier_gdocs_pdf,
    r_8587_302_waterworks_pdf,
    r_8587_303_windfarm_journal_docx,
    r_8587_304_distillery_portfolio,
    r_8587_304_orchestra_txt,
    r_8587_305_chocolate_template_docx,
    r_d202_cricket_pdf,
    r_md36_quarry_docx,
)

CASES: list = [
    r_8584_201_canal_docx.CASE,
    r_8587_302_waterworks_pdf.CASE,
    r_8587_304_distillery_portfolio.CASE,
    r_8587_304_orchestra_txt.CASE,
    r_d202_cricket_pdf.CASE,
    r_md36_quarry_docx.CASE,
    r_8584_200_opticians_essay_docx.CASE,
    r_8587_301_courier_gdocs_pdf.CASE,
    r_8587_303_windfarm_journal_docx.CASE,
    r_8587_305_chocolate_template_docx.CASE,
]
