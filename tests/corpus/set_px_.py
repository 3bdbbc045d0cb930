"""Practice logs for issue 13 round 3: shapes the tuning set lacked (prac3)."""

from . import (
    px_302_table_pdf, px_302_typed_lines, px_304_assessor_review, px_d202_week_grid, px_md36_entry_headings,
    px_md36_weekly_bullets,
)

CASES = [
    px_304_assessor_review.CASE,
    px_302_typed_lines.CASE,
    px_d202_week_grid.CASE,
    px_md36_weekly_bullets.CASE,
    # written after the first fixes, as regression cases
    px_302_table_pdf.CASE,
    px_md36_entry_headings.CASE,
]
