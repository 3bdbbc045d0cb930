"""Practice logs for round pz18 (round 18), written at stop 38 by two writers who read no marker code and no
held-out case, after held-out set z was written and before round 18's practice changes.

Ten practice cases whose figures a careful assessor can check by hand: 8584-201 (three), 8587-302 (three),
8587-304 (two), D2.02 and MD36, as DOCX, PDF, Markdown and plain text. Shapes asked for: mixed lengths
("1 hr 15", "1h20", "10:00–11:30", "2½ hours", "an hour and a bit" given later), Planned/Actual columns,
cancelled, DNA and rescheduled rows, subtotal, TOTAL and running-total rows the learner added wrong, a
session written up twice (its log row and its own record), the last session only in prose after the log,
observed sessions with a tutor's debrief, a joint session in two mentees' logs, three-way meetings counted or
not as the learner says, a coachee who leaves and one who replaces her, supervision only booked.
"""

from . import (
    pz_a_201_cider_mill_md,
    pz_a_201_locksmiths_docx,
    pz_a_302_toy_factory_txt,
    pz_a_304_community_transport_pdf,
    pz_a_d202_chess_club_pdf,
    pz_b_201_pottery_docx,
    pz_b_302_textile_mill_txt,
    pz_b_302_tv_production_docx,
    pz_b_304_solar_installers_pdf,
    pz_b_md36_canal_trust_md,
)

CASES = [
    pz_a_201_cider_mill_md.CASE,
    pz_a_201_locksmiths_docx.CASE,
    pz_a_302_toy_factory_txt.CASE,
    pz_a_304_community_transport_pdf.CASE,
    pz_a_d202_chess_club_pdf.CASE,
    pz_b_201_pottery_docx.CASE,
    pz_b_302_textile_mill_txt.CASE,
    pz_b_302_tv_production_docx.CASE,
    pz_b_304_solar_installers_pdf.CASE,
    pz_b_md36_canal_trust_md.CASE,
]
