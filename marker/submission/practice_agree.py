"""Where the learner's own figure says the same as the practice time counted.

A learner who sums up ("Total | 12.5 hrs", "I have mentored for twelve and a half hours") gives
a second reading of the log. Where it agrees with the rows counted, the assessor has two
readings that meet; where nothing of the learner's says a whole figure, the count is the
reader's alone and is the one to check first. Agreement is not proof: a learner's total can
take in a supervision or a cancelled session as readily as the reader can.
"""

from __future__ import annotations

import re

from marker.submission.model import Block
from marker.submission.practice_rules import PLANNED, PracticeRow, kind_of, total_words
from marker.submission.practice_stated import stated_lengths

__all__ = ["agreeing"]

_ROW_SLACK = 1
"""Minutes either way in a total row: "12.33 hrs" for 12 h 20 min."""
_PROSE_SLACK = 15
"""Minutes either way in a sentence: "twelve hours" for 12 h 10 min is the learner rounding."""
_BROUGHT = re.compile(r"\bb/f\b|\bbrought\s+forward\b|\bcarried\s+forward\b|\bc/f\b", re.IGNORECASE)


def agreeing(rows: list[PracticeRow], blocks: list[Block], minutes: int) -> tuple[str, ...]:
    """Where the learner's own whole figure for practice time is ``minutes``: their total rows
    first, then their summing-up in prose. Empty when nothing of theirs gives the whole."""
    if not minutes:
        return ()
    found = [r.location for r in rows
             if r.kind == "total" and r.minutes and not kind_of(r.text) and abs(r.minutes - minutes) <= _ROW_SLACK
             and not PLANNED.search(total_words(r.text)) and not _BROUGHT.search(r.text)]
    found += [at for _, said, at in stated_lengths(blocks) if abs(said - minutes) <= _PROSE_SLACK]
    return tuple(dict.fromkeys(found))
