"""Set ze, written at stop 41 by one writer who read no marker code, before that stop's changes. One line per case:

- ze_a_8584_201_bowls_club_md: crown green bowls club, 201 in Markdown with bold numbered AC lines; week-by-week Planned/Held log whose running total swallows the tutor's feedback row (345 for 315), cancelled and DNA weeks, observed Saturday session, "an hour and a bit" timed in its record, bar chat not counted; consent line but no declaration; planted first name and treasurer's full name.
- ze_a_8587_302_aseptic_pharmacy_pdf: hospital aseptic unit, 302 as a PDF from Word; one log per coachee with a wrong subtotal feeding a wrong total (920 for 930), DNA and isolator cancellation rebooked, three-way contracting session, observed session and records repeating sessions, a tutor phone call only in prose; clean.
- ze_a_8587_304_tyre_exhaust_portfolio: tyre and exhaust centre, 304 as a DOCX plus an appendix PDF whose log is a branch timesheet with MENT rows among other work, decimal hours and week totals, a cancelled row still carrying 1.00 in his 17.5 hrs (16.5), a mentee who leaves and is replaced, a joint session; planted first name and a customer's mobile.
- ze_a_d202_rowing_club_docx: junior sculler, D2.02 in Word with a record table per session; mentee stops after two sessions and is replaced, outcomes meetings she doesn't count, a review with no session, a video review, a group erg session called coaching, a total that adds a row marked not counted (245 for 230); clean.
- ze_a_md36_waste_water_txt: waste water treatment works, MD36 diary in plain text from an Outlook calendar export (canceled, declined, tentative, moved and non-mentoring rows, tutor rows), notes repeating sessions, a Saturday session only in prose, two group sessions his summary counts per mentee (40 hrs 15 claimed, 35 hrs 45 true), a replacement mentee, a tutor call only in a reflection; planted attendee e-mail and first name.
- ze_a_8587_302_crematorium_docx: council crematorium, 302 in Word with no heading styles; month-by-month log with B/f, month total and C/f rows and a wrong March total carried to the end (17 hrs 10 for 17 hrs), a chemistry chat not counted, postponement, DNA, three-way review, observed session, a group tutorial as supervision, no evidence matrix; clean.

Base, measured on the code before stop 41's changes (91c9907), sets ze and zf together: practice 0/6 exact (none
wrong with nothing marked uncertain; minutes right in 1/6, sessions 1/6, individuals 3/6, supervision 0/6),
identifying 12/14, false findings 3/12, structured 84/103, essays 16/16, confident 87/93. Figures only: nobody
looked at marker's misses on them.
"""

from __future__ import annotations

from . import (
    ze_a_8584_201_bowls_club_md,
    ze_a_8587_302_aseptic_pharmacy_pdf,
    ze_a_8587_302_crematorium_docx,
    ze_a_8587_304_tyre_exhaust_portfolio,
    ze_a_d202_rowing_club_docx,
    ze_a_md36_waste_water_txt,
)

CASES: list = [
    ze_a_8584_201_bowls_club_md.CASE,
    ze_a_8587_302_aseptic_pharmacy_pdf.CASE,
    ze_a_8587_304_tyre_exhaust_portfolio.CASE,
    ze_a_d202_rowing_club_docx.CASE,
    ze_a_md36_waste_water_txt.CASE,
    ze_a_8587_302_crematorium_docx.CASE,
]
