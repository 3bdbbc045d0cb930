"""Tuning cases for round 20, written at stop 40 by a writer who read no marker code and no held-out case.

Six whole labelled submissions (writer c, the evidence finder), one per unit, all clean (identifying: []):

- r20c_200_tattoo_studio_pdf: tattoo studio senior artist; Google Docs PDF, dotted contents list, each AC and its guidance pasted above the answer, 1.3+1.4 under one heading, 3.2 deferred to 'Additional notes'.
- r20c_300_container_terminal_docx: container terminal training manager; Word report with heading styles, contents table, 'AC 2.1, 2.2 and 2.3' under one heading, barriers table, 3.3 before 3.2.
- r20c_301_sugar_factory_docx: sugar beet factory shift manager; unstyled Word, lines 'Q1.1'/'Question 1.2 -'/'1.3)'/'2.1/2.2'/'AC2.3'/'LO4 AC1', 3.2 by wording alone, 1.4 answered after 2.3.
- r20c_303_building_control_pdf: council building control team leader; first-person journal PDF under own unnumbered titles, effectiveness over two sections, plan table, evidence matrix at the end.
- r20c_305_machinery_dealer_docx: farm machinery dealership parts manager; Word essay with no headings or numbers, development before strengths, plan table, 'Additional notes' paragraph.
- r20c_d201_surf_lifesaving_docx: surf life saving club junior helper; Word, unnumbered question headings, Q4+Q5 in one Do/Don't table, Q17+Q18 joined, Q13 under 'Additional notes'.
"""

from . import (
    r20c_200_tattoo_studio_pdf,
    r20c_300_container_terminal_docx,
    r20c_301_sugar_factory_docx,
    r20c_303_building_control_pdf,
    r20c_305_machinery_dealer_docx,
    r20c_d201_surf_lifesaving_docx,
)

CASES: list = [
    r20c_200_tattoo_studio_pdf.CASE,
    r20c_300_container_terminal_docx.CASE,
    r20c_301_sugar_factory_docx.CASE,
    r20c_303_building_control_pdf.CASE,
    r20c_305_machinery_dealer_docx.CASE,
    r20c_d201_surf_lifesaving_docx.CASE,
]
