"""Anonymisation tuning cases (issue 19, second round): names in every form, across files,
and clean work full of authors, references, codes, places, months and job titles."""

from . import (
    nm_care_home_201,
    nm_clean_portfolio_304,
    nm_engineering_assignment_301,
    nm_housing_coaching_302,
    nm_pseudonyms_303,
    nm_references_300,
    nm_school_journal_305,
)

CASES = [
    nm_care_home_201.CASE,
    nm_housing_coaching_302.CASE,
    nm_references_300.CASE,
    nm_pseudonyms_303.CASE,
    nm_school_journal_305.CASE,
    nm_clean_portfolio_304.CASE,
    nm_engineering_assignment_301.CASE,
]
