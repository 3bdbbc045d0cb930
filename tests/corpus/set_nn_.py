"""Anonymisation tuning cases for round nn, by a writer who read no marker code.

Six whole submissions, every criterion labelled, across 8584-200, 8584-201, 8587-301,
8587-303, 8587-305 and D2.01. Three are clean (identifying=[]) but crowded with things
that look like names and are not: theorists with citations, models (GROW, OSKAR, SOLER,
Johari), organisations, brands and software, places and buildings named after people
(Liverpool John Lennon Airport, the Rosalind Franklin Building, the Jessica Ennis-Hill
track), pubs, sports teams, capitalised job titles, pseudonyms ("Apprentice B", "Coachee 2",
"'Jay' (not his real name)"), the learner's own name, number and sign-off, and the tutor,
supervisor or assessor a form asks to name. Three carry realistic slips (3 or 4 each): a
mentee's full name in an agreement-table cell, her first name alone later, "Mr Okafor" and
"Mrs Kaur", an initial and surname ("D. Whitlock"), a mentee signing a pasted feedback form,
a mentee's line manager named, a personal e-mail and a mobile number.
"""

from . import (
    nn_200_swim_school_planted_docx,
    nn_201_university_grounds_clean,
    nn_301_housing_repairs_planted_pdf,
    nn_303_airport_security_journal_clean_txt,
    nn_305_bus_garage_journal_planted_docx,
    nn_d201_parkrun_volunteer_clean_txt,
)

CASES = [
    nn_200_swim_school_planted_docx.CASE,
    nn_201_university_grounds_clean.CASE,
    nn_301_housing_repairs_planted_pdf.CASE,
    nn_303_airport_security_journal_clean_txt.CASE,
    nn_305_bus_garage_journal_planted_docx.CASE,
    nn_d201_parkrun_volunteer_clean_txt.CASE,
]
