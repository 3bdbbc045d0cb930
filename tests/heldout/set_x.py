"""Set x, written at stop 34 by two writers who read no marker code, before round 16's changes, so the
held-out set measures round 16 on work nobody tuned it to.

Twelve submissions: 8584-200 (a creamery PDF under "Question N (1.1)" headings, one criterion unanswered,
a colleague named), 8584-201 twice (a bakery plain-text set of prose session notes, one video call cut
short; a garden centre PDF of session forms two fields to a line plus a summary log), 8587-300 (a clean
builders' merchant PDF essay under numbered headings that do not quote the criteria), 8587-301 (a fire
alarm installer's DOCX template of criterion and answer cells, a mobile in an appendix), 8587-302 (a grain
merchant PDF log printed from a spreadsheet, hours in decimals, a three-way meeting not counted), 8587-303
(a council DOCX with "AC 1.1" lines as plain paragraphs, two planted details), 8587-304 twice (a pharmacy
DOCX log of mixed durations with a postponed session; a record office PDF group programme with
supervision in prose), 8587-305 (a clean bus depot plain-text reflection numbered "1.1)"), D2.02 (a
transition buddy PDF log of clock ranges, a session observed) and MD36 (a bakery depot plain-text weekly
diary of bullet entries with a running total that slips).

Round 16's practice tuning cases (``corpus/pp_*``) were asked for from much the same list of shapes of
evidence as this set's brief (mixed durations, a postponed row, forms two fields to a line, bullet diaries, a
spreadsheet export, a three-way meeting, a call cut short), by other writers who never saw this set. So after
round 16 this set measures fixes to shapes the round was told about, written by other hands: a weaker check
than set w was for round 15.
"""

from __future__ import annotations

from . import (
    x_8584_200_creamery_questions_pdf,
    x_8584_201_craft_bakery_notes_txt,
    x_8584_201_garden_centre_forms_pdf,
    x_8587_300_builders_merchant_essay_pdf,
    x_8587_301_fire_alarm_template_docx,
    x_8587_302_grain_merchant_log_pdf,
    x_8587_303_council_benefits_ac_lines_docx,
    x_8587_304_pharmacy_postponed_docx,
    x_8587_304_record_office_group_pdf,
    x_8587_305_bus_depot_reflection_txt,
    x_d202_transition_buddy_log_pdf,
    x_md36_bakery_depot_weekly_txt,
)

CASES: list = [
    x_8584_200_creamery_questions_pdf.CASE,
    x_8584_201_craft_bakery_notes_txt.CASE,
    x_8584_201_garden_centre_forms_pdf.CASE,
    x_8587_300_builders_merchant_essay_pdf.CASE,
    x_8587_301_fire_alarm_template_docx.CASE,
    x_8587_302_grain_merchant_log_pdf.CASE,
    x_8587_303_council_benefits_ac_lines_docx.CASE,
    x_8587_304_pharmacy_postponed_docx.CASE,
    x_8587_304_record_office_group_pdf.CASE,
    x_8587_305_bus_depot_reflection_txt.CASE,
    x_d202_transition_buddy_log_pdf.CASE,
    x_md36_bakery_depot_weekly_txt.CASE,
]
