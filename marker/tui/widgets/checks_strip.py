"""The checks strip at the foot of the marking screen: words, practice, declaration, matrix…

Wrapped as one long line, it broke a check in the middle and could leave one word of it
("FOUND") alone on a line. Here each check is kept whole on a line where it fits; one
longer than a line wraps with its continuation indented, and never leaves a lone word; and
where the strip has fewer lines than the checks need (one line at 80x24), the details in
brackets are shortened, then dropped longest first, before anything is cut.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

SEPARATOR = " · "
INDENT = "  "
"""Before a long check's continuation lines: a line at the margin starts a check."""

_AFTER_FIRST_CLAUSE = re.compile(r"\(([^()]*?);[^()]*\)")
_BRACKETS = re.compile(r"\s*\([^()]*\)")


def trimmed(check: str) -> str:
    """The details in brackets cut to their first clause: "(below the advisory 2,500–3,500)"."""
    return _AFTER_FIRST_CLAUSE.sub(r"(\1)", check)


def head(check: str) -> str:
    """The check without its details in brackets: "authenticity declaration: present"."""
    return _BRACKETS.sub("", check)


def _cut(line: str, width: int) -> str:
    """The line cut to ``width`` cells, ending in an ellipsis when anything was cut."""
    if cell_len(line) <= width:
        return line
    while line and cell_len(line) > width - 1:
        line = line[:-1]
    return line.rstrip() + "…"


def _wrap_long(check: str, width: int) -> list[str]:
    """A check longer than a line, wrapped at spaces, its continuations indented; no lone last word."""
    lines: list[list[str]] = [[]]
    for word in check.split(" "):
        room = width - (cell_len(INDENT) if len(lines) > 1 else 0)
        if lines[-1] and cell_len(" ".join(lines[-1] + [word])) > room:
            lines.append([])
        lines[-1].append(word)
    room = width - cell_len(INDENT)
    if len(lines) > 1 and len(lines[-1]) == 1 and len(lines[-2]) > 1 \
            and cell_len(" ".join(lines[-2][-1:] + lines[-1])) <= room:
        lines[-1].insert(0, lines[-2].pop())  # a second word keeps the last one company
    return [(INDENT if i else "") + _cut(" ".join(words), width - (cell_len(INDENT) if i else 0))
            for i, words in enumerate(lines)]


def pack(checks: list[str], width: int) -> list[str]:
    """The checks as lines of ``width`` cells: whole checks side by side, a long one on lines of its own."""
    lines: list[str] = []
    for check in checks:
        if lines and not lines[-1].startswith(INDENT) and cell_len(lines[-1] + SEPARATOR + check) <= width:
            lines[-1] += SEPARATOR + check
        elif cell_len(check) <= width:
            lines.append(check)
        else:
            lines.extend(_wrap_long(check, width))
    return lines


def shorter_forms(checks: list[str]):
    """The checks, then shorter and shorter: brackets cut to their first clause, then the longest
    brackets dropped one by one (file locations before "(h lists them)")."""
    yield checks
    checks = [trimmed(c) for c in checks]
    yield checks
    while True:
        found = [(len(m.group()), i, m) for i, c in enumerate(checks) for m in _BRACKETS.finditer(c)]
        if not found:
            return
        _, i, match = max(found, key=lambda f: f[0])
        checks = checks[:i] + [checks[i][:match.start()] + checks[i][match.end():]] + checks[i + 1:]
        yield checks


def lay_out_checks(checks: list[str], width: int, max_lines: int) -> str:
    """The strip's text: the fullest form of the checks that fits ``max_lines``, else cut with "…"."""
    width = max(width, 10)
    for form in shorter_forms(checks):
        lines = pack(form, width)
        if len(lines) <= max_lines:
            return "\n".join(lines)
    # Too many even as heads: whole checks on all lines but the last, which has the rest cut.
    heads = [head(c) for c in checks]
    whole = 0
    while whole < len(heads) and len(pack(heads[:whole + 1], width)) < max_lines:
        whole += 1
    return "\n".join(pack(heads[:whole], width) + [_cut(SEPARATOR.join(heads[whole:]), width)])


class ChecksStrip(Static):
    """The checks, laid out for the strip's width and height, again on every resize."""

    def __init__(self, waiting: str, **kwargs) -> None:
        super().__init__(waiting, **kwargs)
        self.checks: list[str] = [waiting]
        self._rows: int | None = None
        """The rows the strip's text took last (None: not laid out yet)."""

    def show(self, checks: list[str]) -> None:
        self.checks = checks
        self._lay_out()

    def on_resize(self) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        width = self.content_region.width or self.app.size.width - 2
        maximum = self.styles.max_height
        lines = int(maximum.value) if maximum is not None and maximum.is_cells else 3
        text = lay_out_checks(self.checks, width, max(1, lines))
        # The strip's height is its lines held between its min- and max-height: the same
        # height repaints the strip alone, where a layout would go over the whole screen.
        minimum = self.styles.min_height
        rows = max(text.count("\n") + 1, int(minimum.value) if minimum is not None and minimum.is_cells else 0)
        self.update(Text(text), layout=rows != self._rows)  # names and the learner's lines as written, not markup
        self._rows = rows
