"""The shape of a labelled submission: plain data, no I/O.

A case is one learner's submission for one unit, written as blocks that ``build.py``
turns into real DOCX, PDF or text files, and the ground truth the evidence locator is
measured against: for each criterion ref (``"1.1"``; ``"q7"`` and ``"section-2"`` for
marked units), a short phrase found only in the passage that answers it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

Heading = tuple[str, int, str]
"""``("heading", level, text)``: a Word heading (level 0 is the Title style)."""
Paragraph = tuple[str, str]
"""``("paragraph", text)``: a body paragraph in Normal style."""
Bullet = tuple[str, str]
"""``("bullet", text)``: a bulleted list item (List Bullet style)."""
Table = tuple[str, list[list[str]]]
"""``("table", rows)``: a table, first row the header."""
Block = Union[Heading, Paragraph, Bullet, Table]

KINDS = ("structured-docx", "structured-pdf", "numbered-unstyled", "unstructured", "portfolio", "legacy-questions")


@dataclass(frozen=True)
class SourceFile:
    """One file of a submission: its name (the extension decides the format) and blocks."""

    name: str
    blocks: list[Block]


@dataclass(frozen=True)
class Case:
    """One labelled learner submission."""

    name: str
    unit: str
    kind: str
    files: list[SourceFile]
    labels: dict[str, str]
    """Criterion ref -> a phrase that occurs once, inside the passage answering it."""
    expected_checks: dict = field(default_factory=dict)
    """What the checks should find: ``declaration`` (bool), ``evidence_matrix`` (bool, or
    None where the unit expects none), ``identifying`` (the planted details, as written),
    and for practical units ``minutes``, ``sessions``, ``individuals`` and
    ``supervision_minutes``:

    - ``minutes``: mentoring/coaching delivered to mentees/coachees: a chemistry or
      contracting session counts, a session delivered while observed counts, a group session
      counts its length once; never planned, cancelled or did-not-attend rows, total,
      subtotal, running-total or brought-forward rows, supervision or tutorials, shadowing
      someone else, the same session twice (a log row and its record), or anything the
      learner marks as not counted (their word wins, a chemistry session included).
    - ``sessions``: how many of those (a group session is one).
    - ``individuals``: distinct mentees/coachees in them (a pseudonym and a first name for
      the same person are one).
    - ``supervision_minutes``: supervision and tutorials together, the handbooks' "tutorial
      support/supervision" (a tutor's debrief on an observed session included), delivered only."""
    about: str = ""
    """One line: who the fictional learner is and what the case exercises."""


def H(level: int, text: str) -> Heading:
    return ("heading", level, text)


def P(text: str) -> Paragraph:
    return ("paragraph", " ".join(text.split()))


def B(text: str) -> Bullet:
    return ("bullet", " ".join(text.split()))


def T(*rows: list[str]) -> Table:
    return ("table", [[" ".join(cell.split()) for cell in row] for row in rows])


def block_text(block: Block) -> str:
    """The words of a block, as a reader would see them."""
    if block[0] == "heading":
        return block[2]
    if block[0] == "table":
        return "\n".join(" | ".join(row) for row in block[1])
    return block[1]
