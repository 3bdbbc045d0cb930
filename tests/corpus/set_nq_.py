"""Anonymisation tuning cases (issue 19, third round): the learner's own roles, forms from the
handbook, pseudonym notes, weekdays, wrapped PDF cells, and names split across files."""

from . import (
    nq_hr_journal_305,
    nq_pseudonym_log_303,
    nq_roles_clean_304,
    nq_supervision_form_305,
    nq_two_files_302,
    nq_wrapped_cells_201,
)

CASES = [
    nq_pseudonym_log_303.CASE,
    nq_supervision_form_305.CASE,
    nq_roles_clean_304.CASE,
    nq_wrapped_cells_201.CASE,
    nq_two_files_302.CASE,
    nq_hr_journal_305.CASE,
]
