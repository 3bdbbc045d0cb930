"""How much work reading one file may cost, enforced by the readers themselves.

A learner's file can come from anywhere, and a hostile one lies: a zip directory that
says a part is 100 bytes when it inflates to 190 MB, a PDF with a hundred thousand
pages, XML nested fifty thousand deep. So every reader counts what it actually does —
bytes inflated, parts, pages, seconds — against these limits, and reaching one is a
one-line refusal naming the file and the limit (nothing is cached from it). The limits
sit far above any real submission: a 300-page portfolio inflates to a few megabytes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from marker.submission.errors import SubmissionError

MB = 1 << 20
MAX_PART = 24 * MB
"""Bytes one XML part of a DOCX may inflate to: lxml holds about five times this while
parsing, and the text read from it as much again (24 MB of XML peaks near 350 MB)."""
MAX_INFLATED = 32 * MB
"""Bytes all the parts read from one DOCX may inflate to, together."""
MAX_PARTS = 10_000
"""Members of one zip (a DOCX with a picture on every page has a few hundred)."""
MAX_PAGES = 5_000
"""Pages of one PDF."""
MAX_TEXT = 20 * MB
"""Bytes of one plain-text or Markdown file (about three million words)."""
MAX_SECONDS = 30.0
"""Seconds reading one file may take."""
_SUGGESTION = "this is not an ordinary document; ask the learner to re-save it from Word or export it again"


class ReadingCancelled(Exception):
    """The reader was asked to stop (the app is closing): not a problem with the file."""


def size_text(n: int) -> str:
    """``32 MB``, ``10 KB``: a limit as people say it."""
    return f"{n // MB} MB" if n >= MB else f"{max(1, n // 1024)} KB"


def refusal(name: str, what: str) -> SubmissionError:
    """The one-line error for a file that reached a limit."""
    return SubmissionError(name, "too_large", what, _SUGGESTION)


@dataclass
class Budget:
    """The work left for reading one file; each ``spend_*`` raises ``SubmissionError`` past a limit."""

    name: str
    """The file, as shown to the user."""
    inflated: int = 0
    seconds: float = field(default_factory=lambda: MAX_SECONDS)
    started: float = field(default_factory=time.monotonic)
    cancelled: Callable[[], bool] | None = None
    """Asked as often as the clock: True stops reading (``ReadingCancelled``) so ctrl+q is answered at once."""

    def spend_inflated(self, part: str, part_bytes: int, more: int) -> None:
        """``more`` bytes were inflated from ``part``, which has now given ``part_bytes`` in all."""
        self.inflated += more
        if part_bytes > MAX_PART:
            raise refusal(self.name, f"its part {part} inflates past the {size_text(MAX_PART)} limit for one part")
        if self.inflated > MAX_INFLATED:
            raise refusal(self.name, f"inflates past the {size_text(MAX_INFLATED)} limit for one document")
        self.check_time()

    def count_parts(self, parts: int) -> None:
        if parts > MAX_PARTS:
            raise refusal(self.name, f"holds {parts:,} parts, over the {MAX_PARTS:,} limit")

    def count_pages(self, pages: int) -> None:
        if pages > MAX_PAGES:
            raise refusal(self.name, f"has {pages:,} pages, over the {MAX_PAGES:,} page limit")

    def count_text(self, size: int) -> None:
        if size > MAX_TEXT:
            raise refusal(self.name, f"is {size_text(size)} of plain text, over the {size_text(MAX_TEXT)} limit")

    def check_time(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReadingCancelled(self.name)
        if time.monotonic() - self.started > self.seconds:
            raise refusal(self.name, f"took longer than the {self.seconds:.0f} s limit to read")
