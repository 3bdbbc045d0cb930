"""Anonymisation cases for round 7, by a writer who read no marker code."""

from . import (
    nw_200_fire_station,
    nw_201_bakery,
    nw_300_housing_association,
    nw_301_hospital_ward,
    nw_302_software_coaching,
    nw_303_probation_journal,
    nw_304_school_portfolio,
    nw_305_vet_practice,
    nw_d201_youth_club,
    nw_d202_leisure_centre,
)

CASES = [
    nw_200_fire_station.CASE,
    nw_201_bakery.CASE,
    nw_300_housing_association.CASE,
    nw_301_hospital_ward.CASE,
    nw_302_software_coaching.CASE,
    nw_303_probation_journal.CASE,
    nw_304_school_portfolio.CASE,
    nw_305_vet_practice.CASE,
    nw_d201_youth_club.CASE,
    nw_d202_leisure_centre.CASE,
]
