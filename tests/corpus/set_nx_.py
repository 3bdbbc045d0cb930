"""Anonymisation tuning cases (issue 19, round 3): clean work dense with traps (rooms, stands and
streets named after people, job titles, software, books, theorists without dates, letters, the
learner's own sign-off) and two submissions with planted names across two files."""

from . import (
    nx_housing_assignment_200,
    nx_pharmacy_305,
    nx_site_coaching_302,
    nx_sports_trust_305,
    nx_ward_reflection_303,
)

CASES = [
    nx_ward_reflection_303.CASE,
    nx_sports_trust_305.CASE,
    nx_housing_assignment_200.CASE,
    nx_pharmacy_305.CASE,
    nx_site_coaching_302.CASE,
]
