"""A PDF's table rebuilt from where its words sit, so a log's cells reach the reader as a DOCX's do.

pypdf's text keeps a table row as one line of words ("Tue 04/02/25 14:00 15:00 Workroom Session 1,")
and each wrapped line of a cell as a line of its own, not always in order. Every piece of text it
draws has a place on the page, though. A header line of three or more short pieces, then lines
whose pieces start where the header's do (none running across into the next column), are a
table; so are three or more "label | value" lines, a record of fields (dated entries in two
columns are a diary, and stay lines). Rows are told apart by the borders drawn between them, else
by the wider gap a cell's padding leaves (with neither, by a filled first column or a cell above
with room left), and each cell's lines are joined top to bottom. A table that reaches a page's
foot carries its header on to the rows at the top of the next.

    rebuilt(pieces, carried, rules) -> (the page's text, each table row one line of cells joined
                                        by CELL; the table that runs on to the next page)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

CELL = "\ue000"
"""Joins a rebuilt row's cells in the page text: a private-use character, which clean() keeps."""

_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                   re.IGNORECASE)
_SLACK = 3.0
"""Points a cell's text may sit left of its column's header (a border's width, rounding)."""
_CHAR = 0.5
"""A character's average width in ems, to tell a cell's text from a line across the page."""


class Piece(NamedTuple):
    x: float | None
    y: float | None
    size: float
    text: str


def piece(text: str, cm: list[float], tm: list[float], size: float) -> Piece:
    """What pypdf's ``visitor_text`` is given, as a place on the page and a font size in points."""
    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
    return Piece(x, y, size * scale, text)


class Table(NamedTuple):
    """A table that ran to the foot of its page: where its columns start, and its header's cells."""

    anchors: list[float]
    header: list[str]


def rebuilt(pieces: list[Piece], carried: Table | None = None,
            rules: Callable[[], list[float]] = list) -> tuple[str, Table | None]:
    """The page's text as pypdf wrote it, with each table found written as rows of cells; and
    the table that runs on to the next page, if one reaches this page's foot. ``carried``, the
    one that ran on to this page, is looked for at its top, its header repeated. ``rules``: the
    heights of the page's horizontal lines, asked for only once a table is found."""
    lines = _lines(pieces)
    ruled: list[list[float]] = []

    def heights() -> list[float]:
        if not ruled:
            ruled.append(rules())
        return ruled[0]

    out: list[str] = []
    at = 0
    last: tuple[int, Table] | None = None
    while at < len(lines):
        found = _table_at(lines, at, None, heights) or (carried and at < 3 and _table_at(lines, at, carried, heights))
        pairs = None if found else _pairs_at(lines, at, heights)
        if found:
            at, rows, table = found
            out += [CELL.join(row) for row in rows] + [""]  # a blank line ends it: a table straight after is another
            last = (at, table)
        elif pairs:
            at, rows = pairs
            out += [CELL.join(row) for row in rows] + [""]
            last = None
        else:
            out.append("".join(p.text for p in lines[at]))
            at += 1
    # a page's number or a footer may follow a table that runs on
    if last and sum(any(p.text.strip() for p in line) for line in lines[last[0]:]) <= 2:
        return "\n".join(out), last[1]
    return "\n".join(out), None


def horizontal_rules(operations: list[tuple[list, bytes]]) -> list[float]:
    """The heights of the lines drawn across a page (a stroked line, or a rectangle a few points
    high), as a table's borders are drawn: in Word's PDFs, LibreOffice's and most others."""
    matrix, saved, heights, start = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), [], [], None
    for operands, operator in operations:
        if operator == b"q":
            saved.append(matrix)
        elif operator == b"Q":
            matrix = saved.pop() if saved else matrix
        elif operator == b"cm" and len(operands) == 6:
            a, b, c, d, e, f = (float(v) for v in operands)
            m = matrix
            matrix = (a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2], c * m[1] + d * m[3],
                      e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5])
        elif operator == b"m" and len(operands) == 2:
            start = _on_page(matrix, float(operands[0]), float(operands[1]))
        elif operator == b"l" and len(operands) == 2 and start:
            end = _on_page(matrix, float(operands[0]), float(operands[1]))
            if abs(end[1] - start[1]) < 1 and abs(end[0] - start[0]) > 20:
                heights.append((start[1] + end[1]) / 2)
            start = end
        elif operator == b"re" and len(operands) == 4:
            x, y, w, h = (float(v) for v in operands)
            low, high = _on_page(matrix, x, y), _on_page(matrix, x + w, y + h)
            if abs(high[1] - low[1]) < 3 and abs(high[0] - low[0]) > 20:
                heights.append((low[1] + high[1]) / 2)
    return heights


def _on_page(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


def _lines(pieces: list[Piece]) -> list[list[Piece]]:
    """The pieces line by line as pypdf's text breaks them; text after a break inside a piece has no place."""
    lines: list[list[Piece]] = [[]]
    for p in pieces:
        for n, part in enumerate(p.text.split("\n")):
            if n:
                lines.append([])
            if part:
                lines[-1].append(p._replace(text=part) if n == 0 else Piece(None, None, p.size, part))
    return lines


def _width(p: Piece) -> float:
    return len(p.text.strip()) * p.size * _CHAR


_FIGURE = re.compile(r"(?<![A-Za-z])\d")
"""A figure, not the number of a code ("M1 running", "Q3")."""


def _header(line: list[Piece]) -> list[float] | None:
    """Where a header line's columns start: three or more short pieces of words left to right, apart.
    Pieces of one cell (a bold word, then a plain one) are taken as one."""
    shown = [p for p in line if p.text.strip()]
    if len(shown) < 3 or any(p.x is None for p in shown):
        return None
    anchors: list[float] = []
    end = float("-inf")
    for p in shown:
        if p.x < end - p.size:  # back to the left: not a row
            return None
        if p.x > end + p.size:
            anchors.append(p.x)
        end = p.x + _width(p)
    if len(anchors) < 3 or any(len(p.text.split()) > 6 or _FIGURE.search(p.text) for p in shown):
        return None  # a header names its columns: a line with figures in it is a row (a code such as "M1" is a name)
    return anchors


def _placed(line: list[Piece], anchors: list[float]) -> list[tuple[int, Piece]] | None:
    """The line's pieces with their columns, or None if the line is not a row of this table."""
    placed = []
    for p in line:
        if not p.text.strip():
            continue
        if p.x is None or p.x < anchors[0] - _SLACK:
            return None
        column = max(n for n, a in enumerate(anchors) if a <= p.x + _SLACK)
        if column + 1 < len(anchors) and p.x + _width(p) > anchors[column + 1] + p.size:
            return None  # runs across the next column: a paragraph under the table
        placed.append((column, p))
    return placed or None


def _table_at(lines: list[list[Piece]], at: int, carried: Table | None,
              rules: Callable[[], list[float]]) -> tuple[int, list[list[str]], Table] | None:
    """(the line after it, its rows, itself) for a table whose header is line ``at``, or
    whose rows carry on from the last page's table there."""
    anchors = carried.anchors if carried else _header(lines[at])
    if not anchors:
        return None
    if not carried:
        anchors = _with_later_cells(lines, at, anchors)
    placed = [] if carried else [_placed(lines[at], anchors)]
    placed, end = _following(lines, at + (0 if carried else 1), anchors, placed)
    body = placed if carried else placed[1:]
    if (not carried and placed[0] is None) or sum(len({c for c, _ in row}) >= 2 for row in body) < (1 if carried else 2):
        return None
    rows = _rows([p for row in placed for p in row], anchors, rules())
    header = carried.header if carried else rows[0]
    return end, ([header] if carried else []) + rows, Table(anchors, header)


def _with_later_cells(lines: list[list[Piece]], at: int, anchors: list[float]) -> list[float]:
    """The header's columns with those whose words pypdf puts on a later line: Word writes a table cell by
    cell, so after a header cell of three lines ("M1 / running / (h:mm)") the next cell ("M2"), though level
    with the first, comes three lines down."""
    top = [p for p in lines[at] if p.text.strip() and p.y is not None]
    if not top:
        return anchors
    level, size = max(p.y for p in top), max(p.size for p in top)
    end = max(p.x + _width(p) for p in top)
    found = list(anchors)
    for line in lines[at + 1:at + 12]:
        for p in line:
            if p.text.strip() and p.x is not None and p.y is not None and abs(p.y - level) < size / 2 and p.x > end + size:
                found.append(p.x)
                end = p.x + _width(p)
    return found


def _following(lines: list[list[Piece]], end: int, anchors: list[float], placed: list,
               fits: Callable[[list[tuple[int, Piece]]], bool] = lambda row: True) -> tuple[list, int]:
    """The rows so far and the lines from ``end`` that carry on the table, and the line after them."""
    lowest = min((p.y for _, p in placed[0] or []), default=None) if placed else None
    widest = 0.0
    while end < len(lines):
        row = _placed(lines[end], anchors)
        if row is None or not fits(row):
            break
        if lowest is not None:
            gap, size = lowest - max(p.y for _, p in row), max(p.size for _, p in row)
            if gap > max(1.3 * widest, 2.5 * size) if widest else gap > 4 * size:
                break  # further below than any row so far: the next table, or the page's footer
            widest = max(widest, gap)
        lowest = min(p.y for _, p in row) if lowest is None else min(lowest, *(p.y for _, p in row))
        placed.append(row)
        end += 1
    return placed, end


def _pairs_at(lines: list[list[Piece]], at: int, rules: Callable[[], list[float]]) -> tuple[int, list[list[str]]] | None:
    """(the line after it, its rows) for a record of labels and values at line ``at``
    ("Date | Wednesday 12 February", "Start | 1600", …): three rows or more, each label a few words."""
    shown = [p for p in lines[at] if p.text.strip()]
    if len(shown) != 2 or shown[0].x is None or shown[1].x is None or shown[1].x - shown[0].x < 3 * shown[0].size:
        return None
    anchors = [shown[0].x, shown[1].x]

    def labelled(row: list[tuple[int, Piece]]) -> bool:
        # a label alone is no field of the record: the heading or short line after it
        label = " ".join(p.text for c, p in row if c == 0).strip()
        return not label or len(label.split()) <= 4 and not label.endswith((".", ",", ";")) and any(c == 1 for c, _ in row)

    placed, end = _following(lines, at, anchors, [], labelled)
    if sum(len({c for c, _ in row}) == 2 for row in placed) < 3:
        return None
    if sum(_an_entry(row) for row in placed) >= 2:
        return None  # dated entries in two columns: a diary, read line by line as before, not one record
    return end, _rows([p for row in placed for p in row], anchors, rules())


def _an_entry(row: list[tuple[int, Piece]]) -> bool:
    """"12/03/25 | Supervision, 1 hour" or "Supervision 2 | 17 March, 45 minutes": a diary's entry, where a
    record's field is labelled in words ("Date | 12 March")."""
    label = " ".join(p.text for c, p in row if c == 0)
    return bool(_DATE.search(label) or re.search(r"\d", label) and _DATE.search(" ".join(p.text for _, p in row)))


def _rows(placed: list[tuple[int, Piece]], anchors: list[float], rules: list[float]) -> list[list[str]]:
    """Lines into rows. Where the table is ruled, a row starts below each line drawn across it.
    Else lines further apart than a wrapped line of a cell could be are each a row; else, where
    a cell's padding leaves a wider gap than a wrapped line's, a row starts at each such gap;
    where every gap is the same (no padding), a row starts at a filled first column, or at a
    line with text under a cell above that had room left (so did not wrap)."""
    levels = _levels(sorted({p.y for _, p in placed}, reverse=True))
    lines: list[dict[int, list[Piece]]] = [{} for _ in levels]
    for column, p in placed:
        lines[_level(p.y, levels)].setdefault(column, []).append(p)
    gaps = [above - below for above, below in zip(levels, levels[1:])]
    leading = min(gaps, default=0.0)
    wider = leading + max(0.8, 0.08 * leading)
    size = sorted(p.size for _, p in placed)[len(placed) // 2]
    ruled = [n for n in range(1, len(levels)) if any(levels[n] < y < levels[n - 1] for y in rules)]
    if len(ruled) >= 2:
        starts = ruled
    elif leading > 1.5 * size:
        starts = list(range(1, len(levels)))
    elif any(g > wider for g in gaps):
        starts = [n + 1 for n, g in enumerate(gaps) if g > wider]
    else:
        rights = [*anchors[1:], max(p.x + _width(p) for _, p in placed)]
        starts = [n for n in range(1, len(levels)) if 0 in lines[n] or not all(
            _filled(lines[n - 1].get(c, []), anchors[c], rights[c]) for c in lines[n])]
    starts = [0, *starts]
    rows: list[list[list[str]]] = [[[] for _ in anchors] for _ in starts]
    for n, line in enumerate(lines):
        row = rows[sum(s <= n for s in starts) - 1]
        for column, pieces in line.items():
            row[column].append("".join(p.text for p in pieces).strip())  # one line of a cell, spaced as pypdf spaced it
    return [[_joined(cell) for cell in row] for row in rows]


def _filled(pieces: list[Piece], left: float, right: float) -> bool:
    """A cell's line that reaches most of the way across its column: the next line may be its text wrapped."""
    return bool(pieces) and max(p.x + _width(p) for p in pieces) >= left + 0.6 * (right - left)


def _levels(heights: list[float]) -> list[float]:
    """Heights closer than a point and a half are one line (a superscript, a rounding)."""
    levels: list[float] = []
    for y in heights:
        if not levels or levels[-1] - y > 1.5:
            levels.append(y)
    return levels


def _level(y: float, levels: list[float]) -> int:
    return min(range(len(levels)), key=lambda n: abs(levels[n] - y))


_HYPHENATED = re.compile(r"\w[-\u00ad]$")


def _joined(parts: list[str]) -> str:
    """A cell's lines as one text, a word hyphenated at a line's end made whole again."""
    text = ""
    for part in parts:
        if text and _HYPHENATED.search(text) and part[:1].isalpha():
            text = text[:-1] + part
        else:
            text = f"{text} {part}" if text else part
    return text
