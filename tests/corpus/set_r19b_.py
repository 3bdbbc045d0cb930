"""Tuning cases for round 19 (writer b), written at stop 39 by a writer who read no marker code and no held-out case.

- r19b_200_jobcentre_docx: Jobcentre team leader's 200; new work coach in full then by first name, a claimant 'Chelsea', an unspaced mobile.
- r19b_201_organ_builders_docx: organ builder's 201 Mentoring Diary; apprentice's printed signature, mobile, first name, a colleague 'Rose'.
- r19b_302_podiatry_pdf: podiatry clinical lead's 302 appendices; 'H. Nguyen' in the log, her son 'Jordan', 'Mrs Adeyemi', typed signature.
- r19b_304_refugee_charity_txt: refugee charity team leader's 304; 'Mr Haddad's', pasted e-mail with full name, personal address, sign-off, +44 mobile.
- r19b_305_taxi_dispatch_md: taxi dispatch controller's 305 Markdown; 'Will Ashdown' caption then 'Will', line manager 'Mark Ridgway', dashed mobile.
- r19b_301_fine_art_shipping_pdf: fine art shipper's clean 301; firms, artists and makers, a cat, theorists, pseudonyms, tutor, centre e-mail.
- r19b_303_aquarium_txt: aquarium curator's clean 303; supervisor on the form, animals with people's names, Plymouth places, theorists.
- r19b_304_bespoke_tailor_docx: Savile Row head cutter's clean 304; tailoring houses, garments named after people, double-barrelled supervisor.
"""

from . import (
    r19b_200_jobcentre_docx,
    r19b_201_organ_builders_docx,
    r19b_301_fine_art_shipping_pdf,
    r19b_302_podiatry_pdf,
    r19b_303_aquarium_txt,
    r19b_304_bespoke_tailor_docx,
    r19b_304_refugee_charity_txt,
    r19b_305_taxi_dispatch_md,
)

CASES = [
    r19b_200_jobcentre_docx.CASE,
    r19b_201_organ_builders_docx.CASE,
    r19b_302_podiatry_pdf.CASE,
    r19b_304_refugee_charity_txt.CASE,
    r19b_305_taxi_dispatch_md.CASE,
    r19b_301_fine_art_shipping_pdf.CASE,
    r19b_303_aquarium_txt.CASE,
    r19b_304_bespoke_tailor_docx.CASE,
]
