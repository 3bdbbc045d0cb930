"""Practice logs for issue 13 round 2: formats not modelled before, and stated totals to cross-check."""

from . import (
    pq_201_time_spent,
    pq_302_monthly_pdf,
    pq_302_start_end,
    pq_304_plain_lines,
    pq_304_reflective_summary,
    pq_304_txt_sessions,
    pq_d202_minutes_words,
    pq_md36_group_running,
)

CASES = [
    pq_304_plain_lines.CASE,
    pq_302_start_end.CASE,
    pq_304_reflective_summary.CASE,
    pq_201_time_spent.CASE,
    pq_md36_group_running.CASE,
    pq_d202_minutes_words.CASE,
    # a second set, written after the first fixes
    pq_302_monthly_pdf.CASE,
    pq_304_txt_sessions.CASE,
]
