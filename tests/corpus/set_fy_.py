"""Tuning essays written for the evidence finder's essay round (essay6), before the finder was
changed: continuous first-person prose with no criterion labels, the learner's own themed
lines in place of headings, criteria answered out of order and in the learner's own words,
one answer split over two separated paragraphs, a paragraph answering two criteria, an
introduction and conclusion that name every topic, and a references list."""

from . import (
    fy_200_depot_essay,
    fy_300_library_pdf,
    fy_301_control_room,
    fy_303_planning_txt,
    fy_305_hospice_pdf,
    fy_d201_boxing_gym,
)

CASES = [
    fy_200_depot_essay.CASE,
    fy_300_library_pdf.CASE,
    fy_301_control_room.CASE,
    fy_303_planning_txt.CASE,
    fy_305_hospice_pdf.CASE,
    fy_d201_boxing_gym.CASE,
]
