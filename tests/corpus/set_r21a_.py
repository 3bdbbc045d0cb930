"""Tuning cases for round 21, written at stop 40 by a writer who read no marker code and no held-out case.

Six practice-log cases (labels={}), figures worked row by row in each module's docstring:

- r21a_201_watch_repairs_md: watch and clock repair workshop; Markdown log as a numbered prose list, a written-in correction, a cancelled-on-the-day session done by phone next day, tutor contacts between the items, own course and a watched service not counted; clean.
- r21a_302_distillery_docx: Speyside whisky distillery; Word table with both coachees side by side and a supervision column, tutor feedback and a joint session each written in two columns, Totals row counting the joint twice; clean.
- r21a_302_data_centre_txt: colocation data centre; text log copied from an Outlook thread of self-sent "ran for" notes, a forwarded duplicate, "Re: session Tuesday" cancellation done by phone, alarm-split session; no declaration; coachee's full name planted.
- r21a_304_chocolate_factory_pdf: bean-to-bar chocolate factory; PDF whose reflective account is the log (each reflection opens with date and length), uncounted first coffee, split-over-two-days session, supervision and tutor among the reflections; clean.
- r21a_d202_archery_club_docx: junior archery club; D2.02 Word diary by week, reviews worded three ways, tutor feedback, gales-closed range with a video call next day, two reviews together; mentee's first name and his mother planted.
- r21a_md36_trampoline_park_pdf: two-site trampoline park; MD36 PDF weekly diary with some weeks as totals only, two group sessions, a split session counted once, summary adding groups to every mentee; clean.
"""

from . import (
    r21a_201_watch_repairs_md,
    r21a_302_data_centre_txt,
    r21a_302_distillery_docx,
    r21a_304_chocolate_factory_pdf,
    r21a_d202_archery_club_docx,
    r21a_md36_trampoline_park_pdf,
)

CASES: list = [
    r21a_201_watch_repairs_md.CASE,
    r21a_302_distillery_docx.CASE,
    r21a_302_data_centre_txt.CASE,
    r21a_304_chocolate_factory_pdf.CASE,
    r21a_d202_archery_club_docx.CASE,
    r21a_md36_trampoline_park_pdf.CASE,
]
