"""Identifying details, round 11: ten whole submissions written by a writer who read no marker code.

Every case answers every criterion of its unit and is labelled, and tests the check for
details that identify third parties. Six plant one to three details the way real slips
happen: a first name that is also a word (Grace, Dawn, Sandy, Frank, Hope), a first name
in possessive form (Kieran's), a title and surname (Mrs Szymanska, Mr Bhattacharya, Mr
Pilkington), a full name only in a table cell (Bethany Marchbanks, Tom Ashworth), a
mentee's personal mobile number and personal email address, and a name signing a quoted
feedback comment. Four are clean but full of traps: the learner's own name on the cover and
in the declaration, the assessor or tutor named where the cover asks, declared pseudonyms
("I'll call her Ruby", "I will call Sam", "Coachee A"), theorists cited in many styles and
reference lists, book titles, job titles, brands, products, organisations made of surnames,
places, months and weekdays at sentence starts, named storms, vessels and animals, and
public figures. The settings are new to the corpus: a county music hub, a wildlife park, a
hearing care clinic, a racing yard, an estate agency, an offshore wind base, a bike shop
workshop, a registration service, a canoe club and a library code club; the kinds are mixed
(structured Word and PDF, unstyled numbered Word, essays and a journal with no headings).
"""

from . import (
    nj_200_music_hub_unstyled,
    nj_201_wildlife_park_pdf,
    nj_300_hearing_centre_essay,
    nj_301_racing_yard,
    nj_302_estate_agency_pdf,
    nj_303_wind_farm_txt,
    nj_304_bike_workshop_numbered,
    nj_305_registrars_pdf,
    nj_d201_canoe_club,
    nj_d202_code_club,
)

CASES = [
    nj_200_music_hub_unstyled.CASE,
    nj_201_wildlife_park_pdf.CASE,
    nj_300_hearing_centre_essay.CASE,
    nj_301_racing_yard.CASE,
    nj_302_estate_agency_pdf.CASE,
    nj_303_wind_farm_txt.CASE,
    nj_304_bike_workshop_numbered.CASE,
    nj_305_registrars_pdf.CASE,
    nj_d201_canoe_club.CASE,
    nj_d202_code_club.CASE,
]
