"""A log's code letters spelled out by the learner's own key.

"Codes: M = mentoring session. S = supervision with my shift manager. O = observing another
mentor (not my session). X = cancelled. P = planned": a spreadsheet's Code column of "M", "S",
"X" says nothing to a reader until the key is applied. Each code in a log's row is written
as its meaning ("mentoring session"), so the row's own words say what it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marker.submission.model import Block

__all__ = ["with_codes_spelled"]

_PAIR = re.compile(r"(?<![\w=])([A-Z]{1,2})\s*[=:–-]\s*([a-z][^=.;]{2,80}?)(?=\s*[.;,]?\s+[A-Z]{1,2}\s*[=:–-]\s|\s*[.;]|\s*$)")
""""M = mentoring session (me with my mentee)": a code and what it stands for."""
_FEWEST = 3
"""A key explains several codes; one "A = …" is a sentence, not a key."""


def with_codes_spelled(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each table's code column, and each dated line's lone code, spelled out by the key."""
    key = _key(blocks)
    if not key:
        return blocks
    return [_spelled(b, key) for b in blocks]


def _key(blocks: list[Block]) -> dict[str, str]:
    for block in blocks:
        pairs = dict(_PAIR.findall(block.text)) if "=" in block.text else {}
        if len(pairs) >= _FEWEST:
            # "observing another mentor (not my session)": the words before the aside say what the row was
            return {code: re.split(r"\s*[(,]", meaning.strip())[0] for code, meaning in pairs.items()}
    return {}


def _spelled(block: Block, key: dict[str, str]) -> Block:
    if block.kind == "table":
        rows = [line.split(" | ") for line in block.text.split("\n")]
        columns = {i for i in range(max(len(r) for r in rows))
                   if sum(i < len(r) and r[i].strip() in key for r in rows[1:]) >= max(2, (len(rows) - 1) // 2)}
        if not columns:
            return block
        text = "\n".join(" | ".join(key[c.strip()] if i in columns and c.strip() in key else c
                                    for i, c in enumerate(r)) for r in rows)
        return replace(block, text=text)
    # a PDF's row: "03/02/25 22:30–23:15 0.75 M Lukasz first chat": the code stands alone after the figures
    match = re.match(r"(\s*\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b[\d\s:.–-]*?\s)([A-Z]{1,2})(\s)", block.text)
    if match and match.group(2) in key:
        return replace(block, text=f"{match.group(1)}({key[match.group(2)]}){match.group(3)}{block.text[match.end():]}")
    return block
