"""Anonymisation tuning cases (issue 19, names6; written before reading the name finder):
four clean submissions dense with capitals that are not people (rail, ambulance, department
store, bus depot: theorists in prose and references, organisations and brands, towns,
software, programmes, job titles, months and days at sentence starts, song and book titles,
the learner's own manager where the template asks), and three with a mentee left in a form:
a session record table and first name (hotel), an initial-and-surname log and a signed
feedback form (library), a photo caption and first name (garden centre)."""

from . import (
    nz_200_bus_depot,
    nz_201_garden_centre,
    nz_300_rail_coaching,
    nz_302_library_coaching,
    nz_303_ambulance_reflection,
    nz_304_hotel_portfolio,
    nz_305_retail_journal,
)

CASES = [
    nz_300_rail_coaching.CASE,
    nz_303_ambulance_reflection.CASE,
    nz_305_retail_journal.CASE,
    nz_200_bus_depot.CASE,
    nz_304_hotel_portfolio.CASE,
    nz_302_library_coaching.CASE,
    nz_201_garden_centre.CASE,
]
