"""Anonymisation cases for round 7, by a writer who read no marker code."""

from . import (
    nw_200_fire_station,
    nw_201_bakery,
    nw_300_housing_association,
    nw_302_software_coaching,
)

CASES = [
    nw_200_fire_station.CASE,
    nw_201_bakery.CASE,
    nw_300_housing_association.CASE,
    nw_302_software_coaching.CASE,
]
