"""What the assessor checked of the practice figures, kept in the session: rows corrected, figures confirmed.

Kept apart from the practice reader so a session loads without it; ``marker.submission.practice_corrected``
adds the figures up again from these corrections.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

CORRECTION = re.compile(r"(practice|supervision|left out)(?: ([1-9]\d{0,3}) min)?")
"""A row's correction: how the assessor counts it, with the length they gave where it differs from the reading."""
ROW_KEY = re.compile(r"[0-9a-f]{16}")
MOST_INDIVIDUALS = 999
ADDED = re.compile(r"(practice|supervision) ([1-9]\d{0,3}) min: (.{1,200})")
"""A session the reader missed, as the assessor adds it: its kind, length and what it was ("12 Mar with Mentee A")."""
FIGURES = re.compile(r"\d{1,6} min in \d{1,6} sessions with \d{1,4} individuals; supervision \d{1,6} min in \d{1,6}")
"""The figures the assessor confirmed, as ``practice_corrected.figures_line`` writes them."""


def is_added(row: str) -> bool:
    """A session the assessor added, in ``ADDED``'s words, with nothing a terminal would act on in it."""
    return ADDED.fullmatch(row) is not None and row.isprintable()


def is_figures(text: str) -> bool:
    return text == "" or FIGURES.fullmatch(text) is not None


@dataclass
class PracticeCheck:
    """The assessor's corrections by row key, the sessions they added, and the figures they confirmed ("" until they do)."""

    rows: dict[str, str] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)
    """Sessions the reader missed, added by the assessor (``ADDED``)."""
    individuals: int | None = None
    """How many individuals the assessor counts, where the reading named another number (None: as read)."""
    confirmed: str = ""


def row_key(location: str, text: str, seen: int = 0) -> str:
    """A practice row's key in the session: its location and text, so the same files give the same key;
    ``seen``: how many rows before it had the same location and text (one paragraph can give two rows)."""
    told_apart = f"\n#{seen}" if seen else ""
    return hashlib.sha256(f"{location}\n{text}{told_apart}".encode("utf-8", "replace")).hexdigest()[:16]
