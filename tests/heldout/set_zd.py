"""Set zd, written at stop 40 by one writer who read no marker code, before that stop's changes.
The writer was asked for six cases mostly for the evidence finder (every criterion labelled, names planted in
three), in sectors not yet used. One line per case:

- zd_b_8584_200_hospital_switchboard_docx: an NHS trust switchboard team leader, 200 in the centre's Word template with every printed prompt, Task and 'Guidance (delete this text...)' line and some '[Type your answer here]' placeholders left in, 1.3 and 1.4 answered together with the 1.4 box 'See 1.3', trust inside the 2.4 box, a skills table; signed; a new telephonist's full name then first name planted.
- zd_b_8587_300_glassworks_pdf: a glass bottle works shift production manager, 300 report PDF with cover table and contents, his own headings '1.'-'12.' whose numbers clash with AC numbers, 1.2/1.3 and '2.2 / 2.1' under shared headings, barriers late under an unnumbered title, 4.2 finished in the Conclusion; clean (OSKAR, IS machines, Barnsley), no declaration.
- zd_b_8587_301_farriery_docx: a farriery practice's master farrier, 301 DOCX with no heading styles, answers numbered 1-12 in mixed styles ('Q1.', 'Question 2', '3)', 'Q8. and Q9.', '12.') that are not AC numbers, 1.4 under its pasted task text; an apprentice's mobile in a pasted agreement, a former apprentice's first name and a livery owner as initial and surname planted; signed.
- zd_b_8587_303_drainage_contractor_pdf: a drainage contractor's operations manager, 303 journal PDF with a signed authentication sheet and the handbook matrix filled in, headings without AC numbers, 1.1 across records/feedback/supervision paragraphs, a strengths/areas table, the seven-month plan before the review that leads to it; clean.
- zd_b_8587_305_day_spa_txt: a country house hotel spa manager, 305 journal in Notepad with a typed dotted-line matrix, 1.1 split by an off-topic paragraph and resumed '(1.1 cont.)', a pasted feedback form signed with a mentee's real name and her e-mail with a personal address, the first name in 1.2, '1.2 and 2.1' under one label, a pipe-typed plan; no declaration.
- zd_b_d201_karate_club_docx: a sixteen-year-old karate club brown belt, D2.01 DOCX with section headings and questions typed in her own mixed numbering, Q9 + Q10 and Q17 & Q18 answered together, Q12 before Q11, kata names that read like names; clean (Student B, sensei and welfare officer by role), signed.

Base, measured on the code before stop 40's changes (0a7220c), sets zc and zd together: practice 0/6 exact (none
wrong with nothing marked uncertain; minutes right in 1/6), identifying 17/17, false findings 2/12, structured
102/118, confident 86/92 (no essays). Figures only: nobody looked at marker's misses on them.
"""

from __future__ import annotations

from . import (
    zd_b_8584_200_hospital_switchboard_docx,
    zd_b_8587_300_glassworks_pdf,
    zd_b_8587_301_farriery_docx,
    zd_b_8587_303_drainage_contractor_pdf,
    zd_b_8587_305_day_spa_txt,
    zd_b_d201_karate_club_docx,
)

CASES: list = [
    zd_b_8584_200_hospital_switchboard_docx.CASE,
    zd_b_8587_300_glassworks_pdf.CASE,
    zd_b_8587_301_farriery_docx.CASE,
    zd_b_8587_303_drainage_contractor_pdf.CASE,
    zd_b_8587_305_day_spa_txt.CASE,
    zd_b_d201_karate_club_docx.CASE,
]
