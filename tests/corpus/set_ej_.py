"""Essays for round 11, by a writer who read no marker code.

Eight whole submissions of kind "unstructured" (every criterion labelled), written as
continuous first-person essays, reports and reflective journals in fresh settings: a
hospital sterile services department (8584-200, PDF), a theme park's rides operations
(8587-300, DOCX), a travel agency branch (8587-300, TXT), a family funeral business
(8587-301, PDF), a corrugated packaging plant (8587-303, DOCX), a Lake District outdoor
education centre (8587-305, PDF), a cathedral's stone yard (8584-201, DOCX) and a community
radio station's youth show (D2.01, TXT). Only paragraphs and tables, no headings, bullets,
criterion numbers or the word for an assignment's parts: plain lines of the learner's own
that never name a criterion, criteria answered out of the unit's order and in the learner's
own words, answers spread over two paragraphs (the clearer one labelled), a criterion
answered in a sentence or two inside a paragraph about something else, a story carrying an
answer, introductions and conclusions that name every topic (never labelled), theorists
cited and reference lists; skills, plans and meetings as tables in some, a six-month plan in
prose in another. No identifying details or practice figures are set."""

from . import (
    ej_200_sterile_services_pdf,
    ej_201_cathedral_masons_docx,
    ej_300_theme_park_docx,
    ej_300_travel_agency_txt,
    ej_301_funeral_directors_pdf,
    ej_303_packaging_plant_docx,
    ej_305_outdoor_centre_pdf,
    ej_d201_community_radio_txt,
)

CASES = [
    ej_200_sterile_services_pdf.CASE,
    ej_300_theme_park_docx.CASE,
    ej_300_travel_agency_txt.CASE,
    ej_301_funeral_directors_pdf.CASE,
    ej_303_packaging_plant_docx.CASE,
    ej_305_outdoor_centre_pdf.CASE,
    ej_201_cathedral_masons_docx.CASE,
    ej_d201_community_radio_txt.CASE,
]
