"""The submission as one text for the evidence viewer, and where each block sits in it."""

from __future__ import annotations

from dataclasses import dataclass

from marker.submission.model import Block, Document


def block_key(block: Block) -> tuple:
    return (block.file, block.page, block.kind, block.number)


@dataclass(frozen=True)
class TextMap:
    """Rows of the joined text, and each block's first and last row."""

    text: str
    rows: dict[tuple, tuple[int, int]]

    def span(self, blocks: tuple[Block, ...]) -> tuple[int, int] | None:
        """First and last row of a run of blocks (a passage), if they are shown."""
        found = [self.rows[block_key(b)] for b in blocks if block_key(b) in self.rows]
        if not found:
            return None
        return found[0][0], found[-1][1]


def build_text_map(documents: tuple[Document, ...] | list[Document]) -> TextMap:
    """Join every document's blocks, a rule and the file name before each file."""
    lines: list[str] = []
    rows: dict[tuple, tuple[int, int]] = {}
    for document in documents:
        if lines:
            lines.append("")
        lines.append(f"━━━ {document.name} " + "━" * max(3, 60 - len(document.name)))
        page = None
        for block in document.blocks:
            if block.page is not None and block.page != page:
                page = block.page
                lines += ["", f"— p. {page} —"]
            lines.append("")
            start = len(lines)
            text = block.text
            if block.kind == "heading":
                text = "#" * min(block.level or 1, 6) + " " + text
            lines += text.split("\n")
            rows[block_key(block)] = (start, len(lines) - 1)
    return TextMap("\n".join(lines), rows)


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every (row, column) where ``query`` starts in ``text``, ignoring case, in reading order."""
    needle = query.lower()
    if not needle:
        return []
    found = []
    for row, line in enumerate(text.lower().split("\n")):
        col = line.find(needle)
        while col >= 0:
            found.append((row, col))
            col = line.find(needle, col + 1)
    return found
