"""Tuning cases for round 19 (writer c, the evidence finder), written at stop 39 by a writer who read no marker code and no held-out case.

Six whole labelled submissions, one per unit, all clean (identifying: []):

- r19c_200_removals_numbered_docx: removals firm crew supervisor; unstyled Word, brief's task text pasted above each answer under 'Q1.1'/'Question 1.2'/'AC 1.3/1.4'/'2.1)'/'AC2.5'/bare '3.1', Task lead-ins left in, skills table.
- r19c_300_cyber_soc_docx: SOC shift lead; kept template with contents pages, every AC as Heading 2 with pasted guidance and answer prompts, 1.3/1.4 under one heading, barriers table, 3.3 before 3.2.
- r19c_301_paper_mill_pdf: paper mill training coordinator; PDF under own titles that never quote a criterion, own order, three sections holding two ACs each, closing AC-to-section/page table.
- r19c_303_pensions_admin_txt: pensions admin team leader; Notepad journal with no headings or numbers, effectiveness split across two places, strengths mid-paragraph, unnumbered plan table, no matrix.
- r19c_305_marina_docx: marina operations supervisor; Word journal with a filled evidence matrix pasting every AC, mixed part numbering, typed sub-heading lines, SWOT table, plan table.
- r19c_d201_bell_ringers_txt: young bell ringer's D2.01; pasted questions numbered five ways, joint answers (Q9/Q10, Q17/Q18), Q13 before Q12, 'Looking back' section summaries, no declaration.
"""

from . import (
    r19c_200_removals_numbered_docx,
    r19c_300_cyber_soc_docx,
    r19c_301_paper_mill_pdf,
    r19c_303_pensions_admin_txt,
    r19c_305_marina_docx,
    r19c_d201_bell_ringers_txt,
)

CASES: list = [
    r19c_200_removals_numbered_docx.CASE,
    r19c_300_cyber_soc_docx.CASE,
    r19c_301_paper_mill_pdf.CASE,
    r19c_303_pensions_admin_txt.CASE,
    r19c_305_marina_docx.CASE,
    r19c_d201_bell_ringers_txt.CASE,
]
