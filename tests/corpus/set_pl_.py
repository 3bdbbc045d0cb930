"""Practice logs for round pl, by a writer who read no marker code.

Eight practice cases whose figures a careful assessor can check by hand: coaching/mentoring
minutes delivered, sessions, distinct individuals and supervision/tutorial minutes. Units
8584-201 (twice), 8587-302 (twice), 8587-304 (twice), D2.02 and MD36: a library log as PDF
with Start/Finish columns only, one session in two parts on one day and a learner total
that is wrong; a bus depot summary log in h:mm with a record form per session giving the
time in words (each session twice, counted once); a leisure centre activity table as PDF
with Start/Finish only, mixing chemistry, observed coaching, shadowing, uncounted group
training, supervision and a tutor debrief; a plain-text careers log in decimal hours with a
record per session in words, a chemistry call marked not counted and supervision only in
prose; a fire station 304 portfolio whose log says "Mentee B" and whose reflections slip to
his first name, with a joint session; a pharmacy 304 log in decimals plus a record per
session with clock times, a mentee shadowing row not counted and a wrong total; a D2.02
swimming club diary in plain text with a session in two parts and reviews in prose; and an
MD36 housing log with a Type column, group sessions, monthly sub-totals, shadowing and team
training. Two are whole submissions (304 and D2.02, every criterion labelled); the rest are
practice only (labels={}).
"""

from . import (
    pl_201_bus_depot_records,
    pl_201_library_start_finish_pdf,
    pl_302_college_careers_records_txt,
    pl_302_leisure_activity_pdf,
    pl_304_fire_station_pseudonym,
    pl_304_pharmacy_records_pdf,
    pl_d202_swimming_club_txt,
    pl_md36_housing_type_column,
)

CASES = [
    pl_201_library_start_finish_pdf.CASE,
    pl_201_bus_depot_records.CASE,
    pl_302_leisure_activity_pdf.CASE,
    pl_302_college_careers_records_txt.CASE,
    pl_304_fire_station_pseudonym.CASE,
    pl_304_pharmacy_records_pdf.CASE,
    pl_d202_swimming_club_txt.CASE,
    pl_md36_housing_type_column.CASE,
]
