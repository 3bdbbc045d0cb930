"""Practice logs written without reading the code, round 10 (issue 13): eight more learners' own
shapes, in shapes the earlier rounds did not use: 12-hour ranges typed every which way (across noon
and one o'clock), sessions held in two parts on one day, a Mode column of Teams/phone/in person,
decimal-hours logs per coachee with a joint session in both, a planned table followed by a separate
actual table of "start, length" cells, an Actual column written only as differences from the booking,
h:mm "Time spent" with an evidence matrix, and an MD36 diary of dated prose paragraphs. Mentees are
named by first name, initials, role or pseudonym, so, as in round 9, these cases set no "identifying"
expectation: they measure the practice figures only."""

from . import (
    pk_201_garage_apprentice_pdf,
    pk_201_salon_hmm_portfolio,
    pk_302_kitchen_two_logs_txt,
    pk_302_student_services_modes,
    pk_304_museum_planned_then_actual_pdf,
    pk_304_ot_booked_vs_actual,
    pk_d202_lunchtime_split,
    pk_md36_dated_prose_pdf,
)

CASES = [
    pk_201_garage_apprentice_pdf.CASE,
    pk_201_salon_hmm_portfolio.CASE,
    pk_302_kitchen_two_logs_txt.CASE,
    pk_302_student_services_modes.CASE,
    pk_304_museum_planned_then_actual_pdf.CASE,
    pk_304_ot_booked_vs_actual.CASE,
    pk_d202_lunchtime_split.CASE,
    pk_md36_dated_prose_pdf.CASE,
]
