"""Tuning cases for round 20, written at stop 40 by a writer who read no marker code and no held-out case.

Eight practice-log cases (labels={}), figures worked row by row in each module's docstring:

- r20a_201_vineyard_docx: Sussex vineyard; Word log with Planned/Actual and a running total 10 minutes out, rained-off and DNA rows, a tractor-cab chat not counted, a 2am phone session only in prose, a pasted Google Calendar agenda; mentee's full and first name planted.
- r20a_201_tattoo_studio_md: tattoo studio; Markdown booking-app export (mentoring as £0 appointments, Cancelled/No-show/Booked, a shadowed paying cover-up, app summary) with session notes correcting two lengths; clean.
- r20a_302_air_ambulance_pdf: air ambulance charity; PDF log split across pages with carried/brought-forward rows, chemistry "not in my hours" but totalled, a session stood down when tasked, joint observed session; clean.
- r20a_302_recording_studio_txt: recording studio; text log kept week by week as typed lines, a coachee leaving (WhatsApp paste) and replaced, joint session added to both coachees in the summary; names planted.
- r20a_304_florist_pdf: two florist's shops; PDF diary by month with a pen-note column changing two lengths, a subtotal built on the old figures, final review repeated as a session record, phone session in prose; clean.
- r20a_304_sawmill_docx: sawmill; Word record as weekly timesheet extracts in decimal hours by cost code, week totals mixing codes, observed session and tutor feedback on one line, a mentee off sick and replaced; clean.
- r20a_d202_young_farmers_txt: Young Farmers' Club; D2.02 text diary with a summary grid whose review total assumes six reviews, two reviews held together, one lost, leader's judging practice not counted; clean.
- r20a_md36_hatchery_md: broiler hatchery; MD36 Markdown diary whose record is a pasted Outlook CSV export (Canceled: rows, DNA slot, overrun note), leaver and replacement, ride-along counted, summary double-counting groups; names planted.
"""

from . import (
    r20a_201_tattoo_studio_md,
    r20a_201_vineyard_docx,
    r20a_302_air_ambulance_pdf,
    r20a_302_recording_studio_txt,
    r20a_304_florist_pdf,
    r20a_304_sawmill_docx,
    r20a_d202_young_farmers_txt,
    r20a_md36_hatchery_md,
)

CASES: list = [
    r20a_201_vineyard_docx.CASE,
    r20a_201_tattoo_studio_md.CASE,
    r20a_302_air_ambulance_pdf.CASE,
    r20a_302_recording_studio_txt.CASE,
    r20a_304_florist_pdf.CASE,
    r20a_304_sawmill_docx.CASE,
    r20a_d202_young_farmers_txt.CASE,
    r20a_md36_hatchery_md.CASE,
]
