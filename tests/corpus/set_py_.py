"""Practice logs for round 7, by a writer who read no marker code."""

from . import (
    py_201_clock_times_pdf,
    py_201_newest_first,
    py_302_eportfolio_export,
    py_302_log_and_records,
)

CASES = [
    py_201_newest_first.CASE,
    py_201_clock_times_pdf.CASE,
    py_302_eportfolio_export.CASE,
    py_302_log_and_records.CASE,
]
