"""Set w, written at stop 33 by two writers who read no marker code, after round 14's changes to the practice
checks and before round 15's, so the held-out set measures round 15 on work nobody tuned it to.

Twelve submissions: 8584-200 (a clean plain-text answer set numbered "AC 1.1"), 8584-201 twice (a golf club
PDF diary of dated entries with lengths in words and a tutorial table; a recycling centre DOCX of session
record forms only, one for a session that did not happen), 8587-300 (a wafer fab PDF essay under headings
that paraphrase the criteria, two planted details), 8587-301 (a poultry plant DOCX with shared headings,
a manager named), 8587-302 (a moulding factory DOCX log in hrs:mins with coachees C1/C2 and supervision
records), 8587-303 (a recruitment DOCX template of prompt and answer cells, a planted mobile), 8587-304 (a
building society PDF log of Start and Finish times with a Type column, a session over two rows), 8587-305
(a clean PDF journal answering out of order), D2.01 (a plain-text Q1-Q20 answer set), D2.02 (a young
farmers DOCX diary with sessions and reviews tables) and MD36 (a cider mill PDF log over three pages with
weekly subtotals).
"""

from __future__ import annotations

from . import (
    w_8584_200_advice_centre_txt,
    w_8584_201_golf_greenkeeper_pdf,
    w_8584_201_recycling_centre_docx,
    w_8587_300_wafer_fab_pdf,
    w_8587_301_poultry_plant_docx,
    w_8587_302_moulding_shifts_docx,
    w_8587_303_recruitment_template_docx,
    w_8587_304_building_society_pdf,
    w_8587_305_trail_centre_journal_pdf,
    w_d201_peer_mentor_txt,
    w_d202_young_farmers_docx,
    w_md36_cider_mill_pdf,
)

CASES: list = [
    w_8584_200_advice_centre_txt.CASE,
    w_8584_201_golf_greenkeeper_pdf.CASE,
    w_8584_201_recycling_centre_docx.CASE,
    w_8587_300_wafer_fab_pdf.CASE,
    w_8587_301_poultry_plant_docx.CASE,
    w_8587_302_moulding_shifts_docx.CASE,
    w_8587_303_recruitment_template_docx.CASE,
    w_8587_304_building_society_pdf.CASE,
    w_8587_305_trail_centre_journal_pdf.CASE,
    w_d201_peer_mentor_txt.CASE,
    w_d202_young_farmers_docx.CASE,
    w_md36_cider_mill_pdf.CASE,
]
