"""Essays for round 10, by a writer who read no marker code (written before round 10's changes).

Continuous first-person essays, reports and reflective journals in fresh settings (a hair
salon, a mountain rescue team, a pharmaceutical QC laboratory, a county highways service, a
hospice's charity shops, a university IT service desk, a hotel kitchen, an air cadet
squadron), kind "unstructured": own headings that never name a criterion or none at all,
criteria answered out of order and in the learner's own words, answers spread over two
paragraphs, a criterion answered briefly inside a paragraph about another, barriers told
through a story, skills and a six-month plan as tables, reflective-cycle stage names as
misleading lines, introductions and conclusions that name every topic, theorists cited and
reference lists. The headings the writer gave as Word headings are typed as plain lines, as every
essay of the corpus is (``test_unstructured_has_no_headings_or_numbers``)."""

from . import (
    ek_200_mountain_rescue_pdf,
    ek_200_salon_docx,
    ek_300_pharma_lab_docx,
    ek_301_charity_shops_docx,
    ek_301_highways_pdf,
    ek_303_helpdesk_txt,
    ek_305_hotel_kitchen_docx,
    ek_d201_cadets_docx,
)

CASES = [
    ek_200_salon_docx.CASE,
    ek_200_mountain_rescue_pdf.CASE,
    ek_300_pharma_lab_docx.CASE,
    ek_301_highways_pdf.CASE,
    ek_301_charity_shops_docx.CASE,
    ek_303_helpdesk_txt.CASE,
    ek_305_hotel_kitchen_docx.CASE,
    ek_d201_cadets_docx.CASE,
]
