"""Set y, written at stop 35 by writers who read no marker code, before round 17's changes, so the
held-out set measures round 17 on work nobody tuned it to. Each writer was asked for real learners in
different sectors, not for any particular shape. One line per case:

- y_8584_201_salon_diary_pdf: a hair salon's senior stylist, PDF on the ILM diary pages, one small table per session ("55 mins", "1 hr 10 mins"), a floor observation and a model night not counted, a tutor phone call and a 1-hour tutor meeting; the mentee's surname on the signature line. Labelled.
- y_8587_302_hotel_front_office_docx: a city hotel's front office manager, DOCX with two per-coachee logs of clock ranges (night sessions from 07:15), a cancelled row, a session stopped by a fire alarm, supervision lengths in words; a personal e-mail and a first name planted. Labelled.
- y_8587_304_aerospace_graduates_txt: an aerospace plant's senior quality engineer, plain-text diary of one paragraph per session ("1hr15", "55 min"), a planned row that moved, shadowing and a coffee chat not counted, a running total, a group mentor circle and a tutorial; no declaration, clean.
- y_d202_vehicle_apprentice_docx: a car dealership's second-year apprentice, D2.02 DOCX of field tables per session and per supervision review ("12.30 till 1.00"), a session cut short, a sick day rearranged, an extra seventh session; the mentee's first name slips once.
- y_md36_fire_station_pdf: a fire station watch manager, MD36 PDF with one record table per mentee in decimal hours, an abandoned row, a joint 3-hour workshop for all three, a summary with a Total, tutorials and Station Manager supervision in one table; clean.
- y_8584_201_software_apprentice_md: an agri-tech software engineer, Markdown portfolio with a session table ("1h", "45m", "1h 15m"), a skipped week whose Slack huddle is not counted, pairing not counted, a tutor meeting that overran; clean.
- y_8584_200_nursery_essay_txt: a day nursery room leader, 8584-200 as one headingless plain-text essay in task order with a pipe-typed skills table; a former apprentice's first name and the manager by title and surname planted. Labelled.
- y_8587_300_control_room_report_pdf: a police control room supervisor, 8587-300 proposal report as PDF under own numbered headings with the AC in brackets, bullets and two tables, no declaration; his personal mobile, a call handler's full name and an inspector by title and surname planted. Labelled.
- y_8587_301_accountancy_portfolio_docx: an accountancy firm's audit senior, clean two-file DOCX portfolio (assignment plus appendices), cover table naming her tutor, AC 4.1 answered by a records guidance note in the appendices file, authors and a firm named after people. Labelled.
- y_8587_303_physio_journal_docx: an NHS community physiotherapy team lead, clean 303 journal in styled DOCX with a front sheet naming assessor and coaching supervisor, a filled evidence matrix signed with his initial and surname, SWOT and six-month plan tables, references. Labelled.
- y_8587_305_newsroom_reflection_pdf: a regional newspaper's deputy news editor, 305 journal PDF under her own unnumbered headings, no evidence matrix; a mentee's first name slipping past the pseudonym, a figure caption with initial and surname, a pasted Teams message signed with a first name. Labelled.
- y_d201_animal_care_questions_docx: a land-based college animal management student, D2.01 template DOCX with section headings and typed question lines, q20 left unanswered, no declaration; the mentee's and technician's first names and her own mobile planted. Labelled.

On the code before round 17 (ea2e4ac): practice 0/6 exact (one wrong with nothing marked uncertain), identifying
8/15, structured 71/76, essays 12/12, confident 77/79, false findings 0/12. The engineer tuning round 17 read the
writers' one-line summaries above (not the files, and never marker's misses on them) before its changes.
"""

from __future__ import annotations

from . import (
    y_8584_200_nursery_essay_txt,
    y_8584_201_salon_diary_pdf,
    y_8584_201_software_apprentice_md,
    y_8587_300_control_room_report_pdf,
    y_8587_301_accountancy_portfolio_docx,
    y_8587_302_hotel_front_office_docx,
    y_8587_303_physio_journal_docx,
    y_8587_304_aerospace_graduates_txt,
    y_8587_305_newsroom_reflection_pdf,
    y_d201_animal_care_questions_docx,
    y_d202_vehicle_apprentice_docx,
    y_md36_fire_station_pdf,
)

CASES: list = [
    y_8584_200_nursery_essay_txt.CASE,
    y_8584_201_salon_diary_pdf.CASE,
    y_8584_201_software_apprentice_md.CASE,
    y_8587_300_control_room_report_pdf.CASE,
    y_8587_301_accountancy_portfolio_docx.CASE,
    y_8587_302_hotel_front_office_docx.CASE,
    y_8587_303_physio_journal_docx.CASE,
    y_8587_304_aerospace_graduates_txt.CASE,
    y_8587_305_newsroom_reflection_pdf.CASE,
    y_d201_animal_care_questions_docx.CASE,
    y_d202_vehicle_apprentice_docx.CASE,
    y_md36_fire_station_pdf.CASE,
]
