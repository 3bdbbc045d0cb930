"""Practice logs written without reading the code: shapes learners produce that no case modelled before."""

from . import (
    pw_201_duration_in_notes,
    pw_201_evening_diary,
    pw_302_spreadsheet_minutes_hours,
    pw_302_teams_brackets,
    pw_304_contract_emails,
    pw_304_reverse_carried_forward,
    pw_d202_paired_mentees,
    pw_md36_cumulative_only,
)

CASES = [
    pw_302_spreadsheet_minutes_hours.CASE,
    pw_304_reverse_carried_forward.CASE,
    pw_201_duration_in_notes.CASE,
    pw_304_contract_emails.CASE,
    pw_d202_paired_mentees.CASE,
    pw_302_teams_brackets.CASE,
    pw_md36_cumulative_only.CASE,
    pw_201_evening_diary.CASE,
]
