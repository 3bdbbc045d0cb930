"""Held-out cases, set j: a themed essay, a reflective text, an unstyled question paper, a
numbered PDF in its own order and a Google Docs PDF grouped by task."""

from __future__ import annotations

from . import j_200_cafe_questions, j_300_airport_essay, j_301_bus_gdocs, j_303_lab_reflection, j_305_archive_numbered

CASES: list = [
    j_300_airport_essay.CASE,
    j_303_lab_reflection.CASE,
    j_200_cafe_questions.CASE,
    j_305_archive_numbered.CASE,
    j_301_bus_gdocs.CASE,
]
