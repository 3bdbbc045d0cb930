"""A list of paths typed on one line, where a path may contain spaces.

Learners name files "Unit 200 assignment FINAL v2.docx". In the new-marking field a path
with spaces may be quoted ("..." or '...', as a file manager pastes it); unquoted, words
are joined into the longest path that exists, so a typed or suggested path is kept whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Word:
    """One space-separated word of the line, or one quoted path."""

    text: str
    quoted: bool
    start: int
    """Where the word (or its opening quote) begins in the line."""


def words(line: str) -> tuple[list[Word], str | None]:
    """The line's words, and the quote still open at its end (``None`` if all are closed)."""
    found: list[Word] = []
    i = 0
    while i < len(line):
        if line[i].isspace():
            i += 1
            continue
        if line[i] in "\"'":
            quote, start = line[i], i
            end = line.find(quote, i + 1)
            if end < 0:
                found.append(Word(line[i + 1:], True, start))
                return found, quote
            found.append(Word(line[i + 1:end], True, start))
            i = end + 1
            continue
        start = i
        while i < len(line) and not line[i].isspace() and line[i] not in "\"'":
            i += 1
        found.append(Word(line[start:i], False, start))
    return found, None


def _exists(text: str) -> bool:
    return Path(text).expanduser().exists()


def split_paths(line: str, exists: Callable[[str], bool] = _exists) -> list[str]:
    """The paths named on the line: quoted ones whole, unquoted words joined into the longest existing path."""
    found, _open = words(line)
    paths: list[str] = []
    i = 0
    while i < len(found):
        if found[i].quoted:
            paths.append(found[i].text)
            i += 1
            continue
        run_end = i
        while run_end < len(found) and not found[run_end].quoted:
            run_end += 1
        # The longest run of words from here that names something on disk; a lone word otherwise.
        j = next((j for j in range(run_end, i + 1, -1) if exists(" ".join(w.text for w in found[i:j]))), i + 1)
        paths.append(" ".join(w.text for w in found[i:j]))
        i = j
    return [p for p in paths if p]


def quote_path(path: str | Path) -> str:
    """A path as it should be put into the line: quoted when it holds a space."""
    text = str(path)
    if not any(c.isspace() for c in text) and not any(q in text for q in "\"'"):
        return text
    return f"'{text}'" if '"' in text else f'"{text}"'


def suggest(line: str) -> str | None:
    """The line with its last path completed from the file system, or None.

    The last path is what follows an open quote, or else the longest tail of unquoted
    words that a file or folder name continues ("~/inbox/Unit 2" -> "Unit 200 final.docx").
    """
    found, open_quote = words(line)
    if not found or (open_quote is None and line[-1:].isspace()):
        return None
    if open_quote is not None:
        tails = [found[-1].text]
    else:
        first = len(found)
        while first > 0 and not found[first - 1].quoted:
            first -= 1
        tails = [line[w.start:] for w in found[first:]]
    for tail in tails:
        completed = _complete(tail)
        if completed is not None:
            # A file completed inside a quote closes it, so the next path can follow.
            close = open_quote if open_quote and not completed.endswith("/") else ""
            return line + completed[len(tail):] + close
    return None


def _complete(typed: str) -> str | None:
    """``typed`` continued to the first name in its folder that starts with what was typed."""
    stem = typed.rsplit("/", 1)[-1]
    folder = Path(typed[: len(typed) - len(stem)] or ".").expanduser()
    try:
        names = sorted(p.name + ("/" if p.is_dir() else "") for p in folder.iterdir()
                       if p.name.startswith(stem) and not p.name.startswith("."))
    except OSError:
        return None
    return typed + names[0][len(stem):] if names else None
