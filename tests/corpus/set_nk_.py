"""Anonymisation measurement cases (issue 19, written by a writer who read no marker code and
no held-out cases): four clean submissions dense with capitals that are not people (homelessness
hostel, museum, coffee roastery, Cub scouts: St Mungo's and Crisis, exhibitions, a café, a bridge
and a square named after people, Jungle Book titles for Cub leaders, a Chief Scout, a coffee
writer, origins and brands, theorists every way, a run-on reference list, declared pseudonyms,
supervisors and tutors where the forms ask), and six with details left in: a customer by title
and surname and a colleague by a wordlike first name (postal delivery office); a mentee's name
on the Signature of Mentee line and her wordlike first name (supermarket PDF); a pasted
agreement's name and personal e-mail in table cells and a training officer (pathology PDF); a
coachee's name inside an appendix file name and his wordlike first name (software sales); a
session record form's name and a patient by title and surname (hospital ward); a young mentee's
first name where the diary asks and his teacher by title and surname (reading buddies PDF)."""

from . import (
    nk_200_delivery_office,
    nk_201_supermarket_pdf,
    nk_300_hostel_unstyled,
    nk_301_pathology_lab_pdf,
    nk_302_software_sales,
    nk_303_museum_journal_txt,
    nk_304_ward_mentoring,
    nk_305_coffee_roastery_pdf,
    nk_d201_scout_leader,
    nk_d202_reading_buddy_pdf,
)

CASES = [
    nk_300_hostel_unstyled.CASE,
    nk_303_museum_journal_txt.CASE,
    nk_305_coffee_roastery_pdf.CASE,
    nk_d201_scout_leader.CASE,
    nk_200_delivery_office.CASE,
    nk_201_supermarket_pdf.CASE,
    nk_301_pathology_lab_pdf.CASE,
    nk_302_software_sales.CASE,
    nk_304_ward_mentoring.CASE,
    nk_d202_reading_buddy_pdf.CASE,
]
