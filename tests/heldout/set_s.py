"""Set s, written at stop 30 after round 11's changes by a writer who read no marker code.

Six submissions in new settings: a lifeboat station's 8584-201 portfolio (DOCX) with a
transposed session log (one column per session, a shout-cancelled column, a Total column),
shadowing left out and a separate tutor table; a motorway service area's 8587-302 coaching
log in plain text kept week by week with running-total lines, counted chemistry meetings, a
joint session, a sick cancellation, an observed session with its tutor debrief and two
supervisions (practice only); a young bell ringer's D2.02 diary as a PDF of dated prose
entries with durations in words, a did-not-attend week, a phone review and a shadowed Sunday;
an auction house's 8587-300 structured PDF, clean, with the assessor on the cover, theorists
and brands as traps; a university halls' 8584-200 essay with no headings or numbers (a
past mentee's first name and a colleague's full name planted); and a community interpreting
agency's 8587-305 plain text journal with a plan table and an evidence matrix (a mentee's
full name planted once).
"""

from __future__ import annotations

from . import (
    s_8584_200_halls_essay_docx,
    s_8584_201_lifeboat_docx,
    s_8587_300_auction_house_pdf,
    s_8587_302_motorway_services_txt,
    s_8587_305_interpreting_agency_txt,
    s_d202_bellringers_pdf,
)

CASES: list = [
    s_8584_201_lifeboat_docx.CASE,
    s_8587_302_motorway_services_txt.CASE,
    s_d202_bellringers_pdf.CASE,
    s_8587_300_auction_house_pdf.CASE,
    s_8584_200_halls_essay_docx.CASE,
    s_8587_305_interpreting_agency_txt.CASE,
]
