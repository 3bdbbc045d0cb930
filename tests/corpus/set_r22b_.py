"""Tuning cases for round 22, written at stop 41 by a writer who read no marker code and no held-out case.

- r22b_200_crisp_factory_pdf: crisp factory shift leader's 200 PDF answers; planted Nigerian mentee full/first name, "Mr Sandhu", partner "Will", Polish name in a table cell, nickname "Kuba".
- r22b_201_cycle_courier_docx: cycle courier ops lead's 201 Word portfolio with matrix; planted Somali mentee in agreement and From line, photo caption, gmail, mobile, buddy "Dawn".
- r22b_301_county_archive_txt: county archivist's clean 301 plain-text proposal; historical papers, "Mrs Gaskell", Brother Cadfael, person-named award, HMS Shropshire, theorists; no declaration.
- r22b_302_roller_derby_md: roller derby head coach's 302 Markdown portfolio; planted Polish coachee on contract, "Aga", "A. Kowalczyk" under a form, "Cerys" in a log cell, "Summer", "Hunter".
- r22b_303_youth_orchestra_pdf: youth orchestra assistant MD's clean 303 PDF journal with matrix; supervisor form, composers and works, Sir Henry Wood, person-named trophy and halls.
- r22b_304_hospital_chaplaincy_docx: lead chaplain's 304 Word portfolio with matrix; planted Somali mentee (signature, surname-first From line, first name), "Mrs Adeyemi", patient "Mr Chen", mobile.
- r22b_305_lighthouse_museum_md: lighthouse museum manager's clean 305 Markdown journal; supervisor "Sandy", Grace Darling, the Forfarshire, the Stevensons, Fresnel, a coble called the Hope; no declaration.
- r22b_d202_greyhound_rescue_txt: sixth-former's D2.02 plain-text diary at a greyhound rescue; planted Punjabi mentee full/first name, "Sim", mum "Rose", personal hotmail; dog "Mr Darcy" clean.
"""

from . import (
    r22b_200_crisp_factory_pdf,
    r22b_201_cycle_courier_docx,
    r22b_301_county_archive_txt,
    r22b_302_roller_derby_md,
    r22b_303_youth_orchestra_pdf,
    r22b_304_hospital_chaplaincy_docx,
    r22b_305_lighthouse_museum_md,
    r22b_d202_greyhound_rescue_txt,
)

CASES = [
    r22b_200_crisp_factory_pdf.CASE,
    r22b_201_cycle_courier_docx.CASE,
    r22b_301_county_archive_txt.CASE,
    r22b_302_roller_derby_md.CASE,
    r22b_303_youth_orchestra_pdf.CASE,
    r22b_304_hospital_chaplaincy_docx.CASE,
    r22b_305_lighthouse_museum_md.CASE,
    r22b_d202_greyhound_rescue_txt.CASE,
]
