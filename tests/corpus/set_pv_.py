"""Practice logs written without reading the code, round 4: shapes no earlier case modelled."""

from . import (
    pv_201_night_codes_pdf,
    pv_201_volunteer_timesheet,
    pv_302_hours_mins_columns,
    pv_302_outlook_calendar,
    pv_304_eportfolio_export,
    pv_304_per_mentee_rows,
    pv_d202_clock_words,
    pv_md36_attendance_register,
)

CASES = [
    pv_201_volunteer_timesheet.CASE,
    pv_201_night_codes_pdf.CASE,
    pv_302_outlook_calendar.CASE,
    pv_302_hours_mins_columns.CASE,
    pv_304_eportfolio_export.CASE,
    pv_304_per_mentee_rows.CASE,
    pv_d202_clock_words.CASE,
    pv_md36_attendance_register.CASE,
]
