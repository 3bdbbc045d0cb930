"""Anonymisation cases for round nl, by a writer who read no marker code.

Eight whole submissions, every criterion labelled, for tuning the anonymisation check.
Four are clean (identifying=[]) but full of things that look like names and are not:
theorists and authors with citations, models (GROW, Johari window, SOLER, TGROW, OSKAR),
organisations and brands, buildings, wards, rooms and pubs named after people (Brunel House,
the Florence Nightingale ward, the Mary Seacole Building, the Turing Lab, the Lord Nelson,
the Duke of Wellington), towns like surnames, football clubs, software, capitalised job
titles, pseudonyms ("Mentee B", "Coachee 2", "'Jay' (not his real name)"), the learner's own
name and number, the tutor, assessor or supervisor a form asks to name, sign-offs, days and
months. Four carry 2-3 realistic slips each: a mentee's full name in an agreement table
cell and her first name alone later, a mentee's manager named, an initial and surname in a
log row, a coachee's full name signing a feedback form, "Mr Brannigan" style, a personal
e-mail and mobile, a first name in one table cell, a teacher by title and surname. Units
8584-200, 8584-201, 8587-300, 8587-302, 8587-303, 8587-305, D2.01 and D2.02; DOCX, PDF and
text. The three practice units (201, 302, D2.02) also carry hand-counted practice figures.
"""

from . import (
    nl_200_rail_depot_clean,
    nl_201_home_care_planted_docx,
    nl_300_hospital_wards_clean_pdf,
    nl_302_paint_shop_planted_pdf,
    nl_303_service_desk_journal_txt,
    nl_305_students_union_planted_txt,
    nl_d201_football_trust_clean_docx,
    nl_d202_reading_mentor_planted_docx,
)

CASES = [
    nl_200_rail_depot_clean.CASE,
    nl_201_home_care_planted_docx.CASE,
    nl_300_hospital_wards_clean_pdf.CASE,
    nl_302_paint_shop_planted_pdf.CASE,
    nl_303_service_desk_journal_txt.CASE,
    nl_305_students_union_planted_txt.CASE,
    nl_d201_football_trust_clean_docx.CASE,
    nl_d202_reading_mentor_planted_docx.CASE,
]
