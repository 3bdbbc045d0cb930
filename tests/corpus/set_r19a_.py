"""Tuning cases for round 19 (writer a), written at stop 39 by a writer who read no marker code and no held-out case.

Eight practice-log cases (labels={}), figures worked row by row in each module's docstring:

- r19a_201_salmon_farm_docx: sea-loch salmon farm; Word log in five length habits, a gale-cancelled row, a check-in "not counting" but in her TOTAL, pasted e-mails with the mentee's name and mobile.
- r19a_201_crematorium_pdf: council crematorium; PDF diary newest first with a "still to do for my 3 hrs" countdown column, DNA, observed session with debrief in the row; clean.
- r19a_201_circus_school_md: youth circus; Markdown timer-app export (hh:mm:ss) mixing work and tutor calls, a session split by a fire alarm, a late-started timer; first name and e-mail planted.
- r19a_302_auction_house_txt: auction house; text log as two sale catalogues (Estimate/Hammer, PASSED, WITHDRAWN), chemistry not counted yet totalled, joint lot in both sales; clean.
- r19a_302_tram_control_docx: tram control centre; Excel paste with negative formula minutes past midnight, a planned row still filled, a resigning coachee replaced, joint session; names planted.
- r19a_304_arborist_pdf: tree surgery contractor; mentoring inside weekly site-diary tables with toolbox-talk and on-site columns, week totals, a Sunday phone session only in a record; clean.
- r19a_304_bsl_interpreting_md: interpreting co-op; two-page Planned/Actual log with c/f and b/f, a phone session only in pasted e-mails, a Zoom usage report with test, supervision, split and no-show rows; name and e-mail planted.
- r19a_d202_astronomy_society_txt: astronomy society junior group; D2.02 text diary newest first under a wrong total line, reviews made up later, observed session; clean pseudonym Orion.
"""

from . import (
    r19a_201_circus_school_md,
    r19a_201_crematorium_pdf,
    r19a_201_salmon_farm_docx,
    r19a_302_auction_house_txt,
    r19a_302_tram_control_docx,
    r19a_304_arborist_pdf,
    r19a_304_bsl_interpreting_md,
    r19a_d202_astronomy_society_txt,
)

CASES: list = [
    r19a_201_salmon_farm_docx.CASE,
    r19a_201_crematorium_pdf.CASE,
    r19a_201_circus_school_md.CASE,
    r19a_302_auction_house_txt.CASE,
    r19a_302_tram_control_docx.CASE,
    r19a_304_arborist_pdf.CASE,
    r19a_304_bsl_interpreting_md.CASE,
    r19a_d202_astronomy_society_txt.CASE,
]
