"""Blocks of a submission that answer nothing: the cover sheet and the declaration of authenticity.

Both count for the checks (a declaration must be present) but are never evidence: a cover
table names the learner and unit, and a declaration shares the words of every criterion
about the learner's own mentoring.
"""

from __future__ import annotations

import re

from marker.submission.model import Block

COVER = re.compile(
    r"\b(learner|candidate|student)\s*(name|reg|number|no)|registration|centre\s*(name|number|no)|"
    r"unit\s*(title|number|no)|word\s*count|date\s*(of\s*)?submi|assessor|tutor\s*name|cohort",
    re.IGNORECASE,
)
DECLARATION = re.compile(
    r"\b(?:is|are|being)?\s*(?:entirely\s+)?my\s+own\s+(?:original\s+|unaided\s+)?work|declaration\s+of\s+authenticity|"
    r"authenticity\s+(?:statement|declaration)|\bI\s+(?:hereby\s+)?declare\b|^\s*(?:learner(?:'s)?\s+)?declaration\s*[:\-–]|"
    r"\bI\s+confirm\s+that\b[^.]{0,80}\b(?:is|are)\s+(?:all\s+)?my\s+own\b",
    re.IGNORECASE,
)
DECLARATION_WORDS = 80
"""A declaration is a few sentences; a longer block that says "my own work" is an answer."""
COVER_ROW_WORDS = 10
"""A cover table's rows are a label and a short value each."""


def is_cover(block: Block) -> bool:
    """A cover sheet's table or line ("Learner name | Priya Shah"), or a declaration."""
    if block.kind == "table":
        return bool(COVER.search(block.text))
    return len(block.text.split()) <= 25 and (bool(COVER.search(block.text)) or is_declaration(block))


def is_declaration(block: Block) -> bool:
    lowered = block.text.lower()
    # Every wording above holds one of these: most blocks are passed over without the regex.
    return ("own" in lowered or "declar" in lowered or "authentic" in lowered) and bool(DECLARATION.search(block.text))


def answers_nothing(block: Block) -> bool:
    """Never the learner's evidence: a cover table of short rows, or a short declaration."""
    if block.kind == "table":
        rows = block.text.split("\n")
        return bool(COVER.search(block.text)) and all(len(row.split()) <= COVER_ROW_WORDS for row in rows)
    return len(block.text.split()) <= DECLARATION_WORDS and is_declaration(block)
