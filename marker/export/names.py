"""Learner details and file names made into safe, distinct path parts for a bundle.

A bundle is opened on other people's machines (the EQA's, often Windows), so a name
never becomes a separator, ``..``, a control or bidi character (which can disguise a
file's real extension), a reserved Windows device name, or an over-long part.
"""

from __future__ import annotations

import unicodedata
from pathlib import PurePosixPath

from marker.store import safe_part

NAME_LIMIT = 60
"""Characters kept of a learner's name in a folder name."""
FILE_LIMIT = 100
"""Characters kept of a submission file's name (stem and extension)."""

_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}


def safe_name(text: str, limit: int = NAME_LIMIT, fallback: str = "unnamed") -> str:
    """ASCII letters, digits, ``.``, ``-`` and ``_`` only, at most ``limit`` long, never empty.

    ``marker.store.safe_part`` does the work (accents dropped, ``Zoë`` → ``Zoe``; every
    other run, bidi marks and control characters included, gone or one dash).
    """
    part = safe_part(text, limit) or fallback
    head, dot, rest = part.partition(".")
    if head.upper() in _WINDOWS_DEVICES:  # Windows reserves LPT9 whatever follows the first dot: LPT9.docx too
        part = f"{head}_{dot}{rest}"[:max(limit, len(head) + 1)].rstrip(".")
    return part


def safe_filename(name: str, limit: int = FILE_LIMIT) -> str:
    """A submission file's name, safe, keeping its extension: ``../My essay (v2).docx`` → ``My-essay-v2.docx``."""
    pure = PurePosixPath(name.replace("\\", "/")).name
    stem, dot, suffix = pure.rpartition(".")
    if not dot or not stem:
        return safe_name(pure, limit, fallback="file")
    suffix = safe_part(suffix, 10)
    stem = safe_name(stem, max(1, limit - len(suffix) - 1), fallback="file")
    return f"{stem}.{suffix}" if suffix else stem


def safe_relative(name: str) -> str:
    """A submission name that may hold folders (``week 1/diary.pdf``): each part made safe."""
    parts = [p for p in name.replace("\\", "/").split("/") if p.strip(". ")]
    if not parts:
        return "file"
    return "/".join([safe_name(p, 40, fallback="folder") for p in parts[:-1]] + [safe_filename(parts[-1])])


def display_text(text: str) -> str:
    """Text for a terminal or a plain-text file: control and format (bidi) characters removed.

    Keeps accents and other scripts; drops what could move the cursor, reorder the
    line or hide part of a name.
    """
    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Co", "Cn")
                   or c in "\t")


class UniqueNames:
    """Hands out names that differ case-insensitively (macOS and Windows fold case).

    A name already given gets ``-2``, ``-3`` … before its extension: ``alice`` →
    ``alice-2``; ``essay.docx`` → ``essay-2.docx``.
    """

    def __init__(self, taken: list[str] | tuple[str, ...] = ()) -> None:
        self._taken = {t.casefold() for t in taken}

    def claim(self, name: str, *, extension: bool = True) -> str:
        """``name``, or the first free numbered variant of it; taken from now on.

        ``extension=False`` for folder names, where a dot (``J.-Smith``) is not an extension.
        """
        candidate, number = name, 1
        head, dot, suffix = name.rpartition(".")
        if not extension or not head or "/" in suffix:
            head, dot, suffix = name, "", ""
        while candidate.casefold() in self._taken:
            number += 1
            candidate = f"{head}-{number}{dot}{suffix}"
        self._taken.add(candidate.casefold())
        return candidate
