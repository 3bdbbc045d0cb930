"""Essays for round 7, by a writer who read no marker code.

Continuous first-person essays and reports in fresh settings, kind "unstructured": the
learner's own lines or none at all, criteria answered out of order and in the learner's own
words, one answer split across two paragraphs, barriers and remedies in one paragraph,
plans as prose or as a table, an introduction and conclusion that name every topic, a quote
from a theorist and reference lists."""

from . import (
    ez_200_brewery_docx,
    ez_300_fire_station_docx,
    ez_301_law_firm_pdf,
    ez_303_car_showroom,
    ez_303_newsroom_docx,
    ez_305_food_bank_txt,
    ez_305_scaffolding_pdf,
    ez_d201_skatepark_docx,
)

CASES = [
    ez_200_brewery_docx.CASE,
    ez_300_fire_station_docx.CASE,
    ez_301_law_firm_pdf.CASE,
    ez_303_car_showroom.CASE,
    ez_303_newsroom_docx.CASE,
    ez_305_food_bank_txt.CASE,
    ez_305_scaffolding_pdf.CASE,
    ez_d201_skatepark_docx.CASE,
]
