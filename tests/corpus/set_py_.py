"""Practice logs for round 7, by a writer who read no marker code.

Not labelled for the anonymisation check: their mentees go by first name alone, which the
writer left unflagged, and whether a lone first name must be anonymised is the assessor's call.
"""

from . import (
    py_201_clock_times_pdf,
    py_201_newest_first,
    py_302_eportfolio_export,
    py_302_log_and_records,
    py_304_diary_txt,
    py_304_group_shadowing,
    py_304_weekly_running_pdf,
    py_d202_paired_supervision,
    py_md36_decimal_months_pdf,
    py_md36_log_and_records,
)

CASES = [
    py_201_newest_first.CASE,
    py_201_clock_times_pdf.CASE,
    py_302_eportfolio_export.CASE,
    py_302_log_and_records.CASE,
    py_304_weekly_running_pdf.CASE,
    py_304_group_shadowing.CASE,
    py_304_diary_txt.CASE,
    py_d202_paired_supervision.CASE,
    py_md36_decimal_months_pdf.CASE,
    py_md36_log_and_records.CASE,
]
