"""Practice logs as learners nobody tuned the checks to keep them (issue 13, the practice half)."""

from . import (
    pr_201_prose,
    pr_201_template,
    pr_201_vertical_records,
    pr_302_gdocs_pdf,
    pr_302_log_and_records,
    pr_302_planned_actual,
    pr_304_bullets_md,
    pr_304_pdf_log,
    pr_304_session_diary,
    pr_304_txt_diary,
    pr_d202_minutes_log,
    pr_d202_weekly,
    pr_md36_entries,
    pr_md36_hmm,
)

CASES = [
    pr_302_planned_actual.CASE,
    pr_304_pdf_log.CASE,
    pr_201_prose.CASE,
    pr_d202_weekly.CASE,
    pr_md36_hmm.CASE,
    pr_302_log_and_records.CASE,
    pr_304_bullets_md.CASE,
    # a second set, written after the first fixes to see whether they generalise
    pr_201_template.CASE,
    pr_304_session_diary.CASE,
    pr_302_gdocs_pdf.CASE,
    pr_d202_minutes_log.CASE,
    pr_md36_entries.CASE,
    # a third set, written after the second set's fixes
    pr_201_vertical_records.CASE,
    pr_304_txt_diary.CASE,
]
