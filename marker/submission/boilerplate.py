"""Blocks of a submission that answer nothing: the cover sheet and the declaration of authenticity.

Both count for the checks (a declaration must be present) but are never evidence: a cover
table names the learner and unit, and a declaration shares the words of every criterion
about the learner's own mentoring.
"""

from __future__ import annotations

import re

from marker.submission.declaration import is_declaration as declares_own_work
from marker.submission.model import Block

COVER = re.compile(
    r"\b(learner|candidate|student)\s*(name|reg|number|no)|registration|centre\s*(name|number|no)|"
    r"unit\s*(title|number|no)|word\s*count|date\s*(of\s*)?submi|assessor|tutor\s*name|cohort",
    re.IGNORECASE,
)
QUALIFICATION = re.compile(r"\blevel\s*[1-7]\s+(?:award|certificate|diploma)\b|^\s*(?:ilm\s+)?unit\s+\d{3}\b", re.IGNORECASE)
"""A line naming the qualification or unit: a title or subtitle, whose words every criterion shares."""
TITLE_WORDS = 25
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
    return declares_own_work(block.text)


def answers_nothing(block: Block) -> bool:
    """Never the learner's evidence: a cover table of short rows, a line naming the
    qualification or unit, or a short declaration."""
    if block.kind == "table":
        rows = block.text.split("\n")
        return bool(COVER.search(block.text)) and all(len(row.split()) <= COVER_ROW_WORDS for row in rows)
    words = len(block.text.split())
    if words <= TITLE_WORDS and QUALIFICATION.search(block.text):
        return True
    return words <= DECLARATION_WORDS and is_declaration(block)
