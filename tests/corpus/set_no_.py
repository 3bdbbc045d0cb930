"""Anonymisation tuning cases for round no, by a writer who read no marker code.

Six whole submissions, every criterion labelled, across 8584-201, 8587-300, 8587-302,
8587-304, 8587-305 and D2.02; DOCX (one styled, one typed without heading styles), PDF and
plain text. Three are clean (identifying=[]) but crowded with things that look like names
and are not: theorists and authors with citations (Whitmore, Downey, Kline, Kim Scott, Kram,
Schön, Rolfe), models and instruments (GROW, CLEAR, OSKAR, Thomas-Kilmann, Reason's Swiss
cheese, Dupont's Dirty Dozen), brands made of surnames (Rolls-Royce, Pratt & Whitney,
Snap-on, Berghaus), places and buildings named after people (Whittle House, the Amy Johnson
suite, the Wedgwood multi-storey, Gladstone Street, Jacob's Ladder, Sir William Hill road),
pubs (the Duke of Wellington, the Old Nag's Head), a village called Hope, football clubs,
software and apps, capitalised job titles, pseudonyms ("Coachee A", "'Marcus' (not his real
name)", "Tom" declared at the start), the learner's own name, number and sign-off, and the
tutor or supervisor a form or template asks to name (including "Mrs J. Barraclough").
Three carry realistic slips (3 or 4 each): an apprentice's full name in the agreement
table's Mentee cell and his first name later, a Workshop Manager as "Mr Hargreaves", a
personal e-mail written into a contract, a mentee's manager as "Mrs Doherty", "K. Brennan"
in a log row, a mentee's full name signing a pasted feedback form, a first name alone in a
journal, an area manager as "Mr Ahmed" and a mentee's mobile number. The four practice
units (201, 302, 304, D2.02) also carry hand-counted practice figures.
"""

from . import (
    no_201_boatyard_planted_docx,
    no_300_aero_hangar_clean_pdf,
    no_302_parking_services_clean_numbered,
    no_304_halls_of_residence_planted_pdf,
    no_305_fibre_engineers_planted_txt,
    no_d202_dofe_expedition_clean_txt,
)

CASES = [
    no_201_boatyard_planted_docx.CASE,
    no_300_aero_hangar_clean_pdf.CASE,
    no_302_parking_services_clean_numbered.CASE,
    no_304_halls_of_residence_planted_pdf.CASE,
    no_305_fibre_engineers_planted_txt.CASE,
    no_d202_dofe_expedition_clean_txt.CASE,
]
