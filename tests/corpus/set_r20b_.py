"""Tuning cases for round 20, written at stop 40 by a writer who read no marker code and no held-out case.

- r20b_200_bridal_boutique_docx: bridal consultant's 200; 'Summer Hathaway-Briggs' then 'Summer', owner 'Bill', a bride 'T. Adebayo', personal e-mail.
- r20b_201_dog_grooming_md: senior groomer's 201 Markdown; apprentice's name on the agreement, WhatsApp mobile, 'jade', 'Jadey', her nan 'Grace'.
- r20b_301_heritage_railway_txt: steam railway coordinator's 301; 'Mark Young' then 'Mark', wife 'Mair', 'Dai Pritchard' ('Sparky'), a mobile.
- r20b_305_cheese_dairy_pdf: cheese dairy manager's 305; 'Tiago Gonçalves' in a caption, 'Tiago', 'Gonzo', 'Hope Castellanos'/'Hope' in an e-mail, a mobile.
- r20b_d202_judo_club_md: sixth-former's D2.02 judo diary; 'Kacper', 'Kaz', brother 'Rich', head of year 'Mrs Bello-Hartley'.
- r20b_300_race_circuit_pdf: race circuit track operations manager's clean 300; corners named after drivers, tutor, Coachee A/B, theorists.
- r20b_303_opera_wardrobe_docx: opera deputy head of wardrobe's clean 303; supervisor on the form, operas and characters, composers, costumiers.
- r20b_d201_gymnastics_club_txt: gymnastics junior helper's clean D2.01; assessor in the header, skills named after gymnasts, Mentee A.
"""

from . import (
    r20b_200_bridal_boutique_docx,
    r20b_201_dog_grooming_md,
    r20b_300_race_circuit_pdf,
    r20b_301_heritage_railway_txt,
    r20b_303_opera_wardrobe_docx,
    r20b_305_cheese_dairy_pdf,
    r20b_d201_gymnastics_club_txt,
    r20b_d202_judo_club_md,
)

CASES = [
    r20b_200_bridal_boutique_docx.CASE,
    r20b_201_dog_grooming_md.CASE,
    r20b_301_heritage_railway_txt.CASE,
    r20b_305_cheese_dairy_pdf.CASE,
    r20b_d202_judo_club_md.CASE,
    r20b_300_race_circuit_pdf.CASE,
    r20b_303_opera_wardrobe_docx.CASE,
    r20b_d201_gymnastics_club_txt.CASE,
]
