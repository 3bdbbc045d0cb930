"""Set zb, written at stop 39 by a second writer who read no marker code, before that stop's changes.
Real learners in sectors not yet used, practice records as messy as real logs are. One line per case:

- za_b_8587_304_snack_factory_pdf: a crisp and snack factory's operations manager, PDF with a cover claiming 15 hrs 05, a matrix and her own headings, a Planned/Actual log over two tables with a right c/f and b/f and a TOTAL that adds a booked row, cancelled and DNA rows, a joint session, an observed session on the tutor's form with a debrief, a phone session only in her reflections, shadowing not counted, a supervision the tutor cancelled; a mentee's full name and first name and a signature-table name planted.
- za_b_8587_302_lift_engineers_docx: a lift and escalator maintenance firm's service operations manager, two DOCX (portfolio with cover and matrix; appendices with plan, log, supervision and feedback tables), Start/Finish/Mins log with one wrong Mins cell, chemistry rows with minutes marked not counted, an entrapment call-out cancellation, an on-call-swap DNA, a counted three-way review, a van session waiting for a part only in the reflections, a TOTAL row, group supervision as a clock range and one only booked; clean.
- za_b_md36_casino_md: a city-centre casino's operations manager, MD36 Markdown with each of four mentees recorded in a different shape (a running total that slips 20 minutes into a wrong summary table, a bulleted diary with "90'" and "2½ hours", a paragraph, a mixed table), a mentee who leaves after two sessions and her replacement, a joint floor walk, cancelled, DNA and moved entries, an observed session recorded twice, shadowing, check-ins and a chat not counted, supervision cancelled by snow; initial+surname, a mobile and a personal e-mail planted.
- za_b_8584_201_heritage_roofing_txt: a heritage roofing contractor's senior roofer, Notepad text with a dot-leader matrix, a slash-separated booked/actual log ("7.50-8.30 (she was late)"), a session that didn't happen, a TOTAL added wrong, a van session only in 2.1, the ILM diary page repeating a logged session, shadowing and toolbox talks not counted, a tutor call and "2pm till 3.05"; no declaration; clean.
- za_b_8587_301_gas_emergency_pdf: a gas network's emergency team manager, 301 essay PDF proposing mentoring for newly qualified first call operatives under her own headings with no numbers, criteria out of order (contracting before initiating, records before monitoring, barriers last), references, no declaration; a former mentor's full name and a new operative's first name planted.
- za_b_8587_305_pest_control_docx: a pest control branch service manager, 305 journal DOCX under his own headings, 1.1 spread over records, supervision and feedback with a pasted tutor's-comments box, a strengths/improvements table, a seven-month plan table, the evidence matrix filled in at the end, signed declaration; clean.

Base, measured on the code before stop 39's changes (a3d5c87), sets za and zb together: practice 0/9 exact (none
wrong with nothing marked uncertain; minutes right in 1/9), identifying 16/18, false findings 2/12, structured
79/91, essays 10/12, confident 78/82. Figures only: nobody looked at marker's misses on them.
"""

from __future__ import annotations

from . import (
    za_b_8584_201_heritage_roofing_txt,
    za_b_8587_301_gas_emergency_pdf,
    za_b_8587_302_lift_engineers_docx,
    za_b_8587_304_snack_factory_pdf,
    za_b_8587_305_pest_control_docx,
    za_b_md36_casino_md,
)

CASES: list = [
    za_b_8587_304_snack_factory_pdf.CASE,
    za_b_8587_302_lift_engineers_docx.CASE,
    za_b_md36_casino_md.CASE,
    za_b_8584_201_heritage_roofing_txt.CASE,
    za_b_8587_301_gas_emergency_pdf.CASE,
    za_b_8587_305_pest_control_docx.CASE,
]
