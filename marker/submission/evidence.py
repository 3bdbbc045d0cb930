"""What the finder offers as evidence: passages and how sure it is of each.

Apart from the finder so a reopened submission's cached passages (``found_cache``) come
back without loading it before the first criterion is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from marker.submission.model import Block

CONFIDENT = 0.7
"""A candidate this sure or surer is shown as the evidence; below it, as a guess."""


@dataclass(frozen=True)
class Passage:
    """A run of blocks from one file, with the heading that introduces it, if any."""

    blocks: tuple[Block, ...]
    heading: str = ""
    own: tuple[bool, ...] | None = field(default=None, compare=False, repr=False)
    """Which blocks are the learner's own words, for matching (None: all of them)."""

    @property
    def file(self) -> str:
        return self.blocks[0].file

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    @cached_property
    def words(self) -> str:
        """What is matched against a criterion: the learner's words, not pasted wording."""
        if self.own is None:
            return self.text
        return "\n\n".join(b.text for b, mine in zip(self.blocks, self.own) if mine)

    @property
    def location(self) -> str:
        """``essay.docx ¶12–15``, ``log.pdf pp. 3–4``, ``diary.docx table 2``."""
        first, last = self.blocks[0], self.blocks[-1]
        if len(self.blocks) == 1:
            return first.location
        if first.page is not None:
            pages = f"p. {first.page}" if first.page == last.page else f"pp. {first.page}–{last.page}"
            return f"{first.file} {pages}"
        paragraphs = [b.number for b in self.blocks if b.kind != "table"]
        if paragraphs:
            span = f"¶{paragraphs[0]}" if len(paragraphs) == 1 else f"¶{paragraphs[0]}–{paragraphs[-1]}"
            return f"{first.file} {span}"
        return first.location


@dataclass(frozen=True)
class Candidate:
    """A passage offered as evidence, with how sure we are and why it was chosen."""

    passage: Passage
    score: float
    reason: str
    confidence: float = 1.0
    """0–1: how likely this passage is the evidence."""

    @property
    def confident(self) -> bool:
        """Shown as the evidence (else as a guess: "no clear evidence found")."""
        return self.confidence >= CONFIDENT
