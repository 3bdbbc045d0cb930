"""Plain text and Markdown: UTF-8, or cp1252 with a notice; blank lines part paragraphs."""

from __future__ import annotations

import re

from marker.submission.model import Block

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """The text and any notice about its encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), ("not UTF-8: read as Windows-1252 (cp1252)",)


def text_blocks(name: str, text: str, markdown: bool) -> list[Block]:
    """Headings (Markdown ``#``), tables (``|`` rows), list items and paragraphs."""
    blocks: list[Block] = []
    tables = 0
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.rstrip() for line in chunk.strip("\n").split("\n") if line.strip()]
        if not lines:
            continue
        heading = _HEADING.match(lines[0]) if markdown else None
        if heading:
            blocks.append(Block(name, "heading", heading.group(2), len(blocks) + 1, level=len(heading.group(1))))
            lines = lines[1:]
            if not lines:
                continue
        if _pipe_rows(lines, markdown):
            rows = [" | ".join(c.strip() for c in line.strip().strip("|").split("|")) for line in lines
                    if not re.fullmatch(r"[\s|:\-]+", line)]
            tables += 1
            blocks.append(Block(name, "table", "\n".join(rows), tables))
            continue
        if all(re.match(r"\s*([-*•]|\d+[.)])\s+", line) for line in lines) and len(lines) > 1:
            for line in lines:
                blocks.append(Block(name, "list", re.sub(r"^\s*[-*•]\s+", "", line), len(blocks) + 1))
            continue
        blocks.append(Block(name, "paragraph", " ".join(line.strip() for line in lines), len(blocks) + 1))
    return _renumber(blocks)


def _pipe_rows(lines: list[str], markdown: bool) -> bool:
    """A table: Markdown's rows, or lines a learner typed as "| cell | cell |" into a text file."""
    if markdown:
        return all(line.lstrip().startswith("|") for line in lines)
    return len(lines) > 1 and all(line.strip().startswith("|") and line.strip().endswith("|") for line in lines)


def _renumber(blocks: list[Block]) -> list[Block]:
    """¶ numbers count the non-table blocks; tables count on their own."""
    out, paragraph = [], 0
    for block in blocks:
        if block.kind == "table":
            out.append(block)
        else:
            paragraph += 1
            out.append(Block(block.file, block.kind, block.text, paragraph, level=block.level))
    return out
