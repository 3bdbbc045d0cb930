"""Anonymisation tuning cases (round 9, issue 19: written by a writer who read no marker code, before the round's changes): six clean
submissions dense with capitals that are not people (heritage trust, water treatment works,
theatre, veterinary group, airport ramp, co-operative bakery: theorists with and without
first names in prose and references, titles of plays, films and songs that are first
names, rooms, bursaries, awards and vessels named after people, places, brands, software,
the learner's own name and signature, supervisors and tutors named where the form asks,
centre info@/enquiries@ addresses), and four with details left in: a mentee's full name in
a session record form, her first name and her line manager (fulfilment centre); an
initial-and-surname log row, a named countersignature and a personal mobile (dental
practice); a first name in a photo caption, a personal e-mail and a line manager (shipyard
PDF); a coachee's full and first name in worked examples and a line manager (contact
centre)."""

from . import (
    ny_200_heritage_trust,
    ny_201_bakery_numbered,
    ny_300_contact_centre_planted,
    ny_301_water_works_pdf,
    ny_302_dental_planted_txt,
    ny_302_vet_practice,
    ny_303_playhouse_journal,
    ny_304_warehouse_planted,
    ny_305_airport_journal_pdf,
    ny_305_shipyard_planted_pdf,
)

CASES = [
    ny_200_heritage_trust.CASE,
    ny_301_water_works_pdf.CASE,
    ny_303_playhouse_journal.CASE,
    ny_302_vet_practice.CASE,
    ny_305_airport_journal_pdf.CASE,
    ny_201_bakery_numbered.CASE,
    ny_304_warehouse_planted.CASE,
    ny_302_dental_planted_txt.CASE,
    ny_305_shipyard_planted_pdf.CASE,
    ny_300_contact_centre_planted.CASE,
]
