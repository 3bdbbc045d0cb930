"""Line numbers for keys in a TOML file, so rubric errors can say where to look.

tomlkit keeps comments and layout but not positions, so this scans the text: it follows
``[table]`` and ``[[array.of.tables]]`` headers, counting array entries, and records
the line of every ``key =``. Paths look like ``("outcomes", 0, "criteria", 2, "ref")``;
a table's own header line is recorded under its path without a key.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]+"|'[^']+'|[A-Za-z0-9_-]+)\s*=""")


def key_lines(text: str) -> dict[tuple, int]:
    """Map each key's path to its 1-based line number."""
    lines: dict[tuple, int] = {}
    counts: dict[tuple, int] = {}  # array-of-tables path -> entries seen so far
    current: tuple = ()
    in_multiline: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if line.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        header = _HEADER.match(line)
        if header:
            current = _table_path(header.group(1) == "[[", header.group(2), current, counts)
            lines.setdefault(current, number)
            continue
        key = _KEY.match(line)
        if key:
            lines.setdefault(current + (key.group(1).strip("\"'"),), number)
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 == 1:
                    in_multiline = quote
    return lines


def _table_path(is_array: bool, dotted: str, current: tuple, counts: dict[tuple, int]) -> tuple:
    """Resolve a header like ``outcomes.criteria`` against the entries opened so far."""
    path: tuple = ()
    names = [n.strip().strip("\"'") for n in dotted.split(".")]
    for depth, name in enumerate(names):
        named = path + (name,)
        last = depth == len(names) - 1
        if last and is_array:
            index = counts.get(named, -1) + 1
            counts[named] = index
            path = named + (index,)
        elif named in counts:
            path = named + (counts[named],)
        else:
            path = named
    return path
