"""Tuning cases for round 22, written at stop 41 by a writer who read no marker code and no held-out case.

- r22a_201_ferry_docx: ferry ticket office, 8584-201 Word portfolio; evidence matrix, planned/actual log with a DNA row and a TOTAL adding it, each session again as a record page, observed session and tutor debrief; mentee's full name in the signature box.
- r22a_201_paintball_txt: paintball centre, 8584-201 plain-text weekly log; running totals (one wrong), watching time and a second marshal not counted, last session and both tutor contacts only in the reflection; clean.
- r22a_302_laundry_pdf: NHS hospital laundry, 8587-302 PDF; one planned/actual table per coachee, cancelled/rearranged, DNA, carried/brought forward over a page break, a wrong subtotal, supervision table with group tutorial; clean.
- r22a_302_callcentre_portfolio: bank contact centre, 8587-302 two files; Word log that is a pasted Outlook list (other meetings, Declined/Canceled, a booked hour that ran over) and a PDF of records repeating sessions plus a phone session; coachee's mobile planted.
- r22a_304_cathedral_md: cathedral gift shop, 8587-304 Markdown; monthly tables with b/f and running totals (one wrong, carried on), leaver and replacement, group session, supervision call only in the reflection; mentee's first name slips in.
- r22a_304_canalboats_docx: narrowboat hire yard, 8587-304 Word; weekly coded timesheet with all his other work, decimal and h:mm hours, a no-show keeping its hours, shadowing coded as mentoring, tutorial only in prose; clean.
- r22a_d202_hospiceshop_pdf: children's hospice charity shop, D2.02 PDF diary; agreeing meeting not counted, DNA redone, supervision short, combined and with tutor feedback, Total row "6 x 30"; clean.
- r22a_md36_removals_txt: removals and storage firm, MD36 plain-text diary by mentee; leaver and replacement, group session in three subtotals, a wrong subtotal, notebook sessions only in the reflections, shadowing; clean.
"""

from . import (
    r22a_201_ferry_docx,
    r22a_201_paintball_txt,
    r22a_302_callcentre_portfolio,
    r22a_302_laundry_pdf,
    r22a_304_canalboats_docx,
    r22a_304_cathedral_md,
    r22a_d202_hospiceshop_pdf,
    r22a_md36_removals_txt,
)

CASES = [
    r22a_201_ferry_docx.CASE,
    r22a_201_paintball_txt.CASE,
    r22a_302_laundry_pdf.CASE,
    r22a_302_callcentre_portfolio.CASE,
    r22a_304_cathedral_md.CASE,
    r22a_304_canalboats_docx.CASE,
    r22a_d202_hospiceshop_pdf.CASE,
    r22a_md36_removals_txt.CASE,
]
