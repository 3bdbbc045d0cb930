"""Cut a document into passages: something sensible for an assessor to read.

A passage is a heading's section (up to the next heading of its level or above), a
table, or — where the learner used no headings — a group of paragraphs of readable
length. Never a lone line and never the whole file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marker.submission.model import Block, Document

GROUP_WORDS = 120
"""Paragraphs without headings are grouped until a group has about this many words."""

# A paragraph that opens with a criterion or question label acts as a heading even
# when the learner typed it in body style: "1.1 The role ...", "Task 2.3:", "AC 1.2 -".
# Bare question numbers ("7. Explain ...") count only in marked units, where answers are
# numbered questions; elsewhere "1. Time" is just a list item.
CRITERION_LABEL = re.compile(
    r"^\s*(?:(?:task|ac|assessment criteri(?:on|a)|criteri(?:on|a))\s*\.?\s*)?"
    r"(\d{1,2}\.\d{1,2})(?!\.?\d)\s*(?:[.):\-–—]|\s|$)",
    re.IGNORECASE,
)
QUESTION_LABEL = re.compile(
    r"^\s*(?:(?:question|q)\s*\.?\s*)?(\d{1,2}[a-z]?)\s*(?:[.):\-–—]|\s)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Passage:
    """A run of blocks from one file, with the heading that introduces it, if any."""

    blocks: tuple[Block, ...]
    heading: str = ""

    @property
    def file(self) -> str:
        return self.blocks[0].file

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

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


def label_pattern(questions: bool) -> re.Pattern[str]:
    """The label that opens an answer: numbered questions in marked units, ACs otherwise."""
    return QUESTION_LABEL if questions else CRITERION_LABEL


def is_pseudo_heading(block: Block, label: re.Pattern[str]) -> bool:
    """A short body paragraph that starts with a label works as a heading.

    Legacy learners restate the question on its own line ("9. Give two examples ...
    (6 marks)"), so a labelled question or mark line counts even when longer.
    """
    if block.kind not in ("paragraph", "list") or not label.match(block.text):
        return False
    words = len(block.text.split())
    restated = block.text.rstrip().endswith("?") or re.search(r"\(\s*\d+\s*marks?\s*\)\s*$", block.text)
    return words <= 14 or (bool(restated) and words <= 45)


def heading_level(block: Block, label: re.Pattern[str]) -> int | None:
    if block.kind == "heading":
        return block.level or 1
    if is_pseudo_heading(block, label):
        return 9  # below any styled heading: it never closes a styled section
    return None


def passages(document: Document, questions: bool = False) -> list[Passage]:
    """Every passage of a document: heading sections, tables and paragraph groups.

    Args:
        document: the document read.
        questions: the unit is marked, so bare numbers ("7.") open answers.
    """
    label = label_pattern(questions)
    blocks = document.blocks
    found: list[Passage] = []
    found += _sections(blocks, label)
    found += [_table(b, label) for b in blocks if b.kind == "table"]
    found += _labelled_paragraphs(blocks, label)
    found += _groups(blocks, label)
    return _unique(found)


def _sections(blocks: tuple[Block, ...], label: re.Pattern[str]) -> list[Passage]:
    found = []
    for i, block in enumerate(blocks):
        level = heading_level(block, label)
        if level is None:
            continue
        end = i + 1
        while end < len(blocks):
            other = heading_level(blocks[end], label)
            if other is not None and other <= level:
                break
            end += 1
        body = blocks[i:end]
        if len(body) > 1 or block.kind != "heading":
            found.append(Passage(tuple(body), heading=block.text.strip()))
    return found


def _table(block: Block, label: re.Pattern[str]) -> Passage:
    """A table; answer templates print the AC in the first row, which then labels it."""
    first = block.text.split("\n", 1)[0]
    return Passage((block,), heading=first[:120] if label.match(first) else "")


def _labelled_paragraphs(blocks: tuple[Block, ...], label: re.Pattern[str]) -> list[Passage]:
    """A long paragraph that opens with its label ("1.1 A mentor is ...") starts a passage
    that runs on to the next label or heading: the answer often continues below it."""
    found = []
    for i, block in enumerate(blocks):
        match = label.match(block.text) if block.kind in ("paragraph", "list") else None
        if not match or is_pseudo_heading(block, label):
            continue
        end = i + 1
        while end < len(blocks) and blocks[end].kind in ("paragraph", "list") and not label.match(blocks[end].text):
            end += 1
        found.append(Passage(blocks[i:end], heading=match.group(0).strip()))
    return found


def _groups(blocks: tuple[Block, ...], label: re.Pattern[str]) -> list[Passage]:
    """Consecutive paragraphs between headings and tables, grouped to a readable length."""
    found: list[Passage] = []
    run: list[Block] = []
    words = 0

    def flush() -> None:
        nonlocal run, words
        if run:
            found.append(Passage(tuple(run)))
        run, words = [], 0

    for block in blocks:
        if block.kind in ("heading", "table") or is_pseudo_heading(block, label):
            flush()
            continue
        if run and block.page is not None and run[-1].page != block.page and words >= GROUP_WORDS // 2:
            flush()
        run.append(block)
        words += len(block.text.split())
        if words >= GROUP_WORDS:
            flush()
    flush()
    return found


def _unique(found: list[Passage]) -> list[Passage]:
    seen: set[tuple] = set()
    unique = []
    for passage in found:
        key = tuple((b.file, b.kind, b.page, b.number) for b in passage.blocks)
        if key not in seen:
            seen.add(key)
            unique.append(passage)
    return unique
