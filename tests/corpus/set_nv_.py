"""Anonymisation tuning cases (issue 19, written without reading the checker): five clean
submissions from sectors not modelled before (vet nursing, cabin crew, police custody,
theatre, dairy farming), dense with capitals that are not people, and three with a
mentee's details left in one form each: a pasted contract and first name, an e-mail header,
a signed feedback form with a mobile number."""

from . import (
    nv_building_society_303,
    nv_cabin_crew_303,
    nv_custody_coaching_300,
    nv_dairy_farm_301,
    nv_dental_305,
    nv_games_studio_301,
    nv_theatre_200,
    nv_vet_practice_305,
)

CASES = [
    nv_vet_practice_305.CASE,
    nv_cabin_crew_303.CASE,
    nv_custody_coaching_300.CASE,
    nv_theatre_200.CASE,
    nv_dairy_farm_301.CASE,
    nv_building_society_303.CASE,
    nv_dental_305.CASE,
    nv_games_studio_301.CASE,
]
