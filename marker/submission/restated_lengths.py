"""One length said twice: a hedge the learner pins down, or a figure glossed in other units.

"just over an hour — call it 65 minutes", "about an hour (65 mins)", "65 minutes (just over an
hour)", "90 mins (1.5 hrs)": the learner gives one session's length twice, and the exact figure
is the one that counts. Two lengths side by side with nothing that restates ("1 hour, then 30
mins later") stay two.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

__all__ = ["restated"]

_HEDGE = re.compile(r"(?:\b(?:about|around|roughly|approx(?:imately|\.)?|nearly|almost|(?:just|a\s+(?:little|bit))\s+(?:over|under)|"
                    r"over|under|at\s+least|at\s+most|maybe|perhaps|c\.|circa)|~)\s*$", re.IGNORECASE)
_RESTATING = re.compile(r"\s*(?:[-–—,;:(]|\.{3}|…)?\s*(?:(?:so\s+|or\s+|well,?\s+)?(?:call\s+it|say|i\.e\.?|that\s+is|to\s+be\s+"
                        r"(?:exact|precise)|exactly|precisely|in\s+fact|actually)\s*,?\s*)?(?:[-–—(]\s*)?$", re.IGNORECASE)
""""just over an hour — call it 65 minutes", "about an hour (65 minutes)": the learner's own exact figure follows."""


_GLOSS = re.compile(r"\s*(?:\(|/|=|\bi\.e\.?,?|\bor\b|\bthat\s+is\b|\bcall\s+it\b)\s*$", re.IGNORECASE)
""""90 mins (1.5 hrs)", "1.5 hrs / 90 mins": the same length in two units (a comma between two equal
lengths may be two sessions: "1 hr, 1 hr, 45 mins")."""

L = TypeVar("L")


_CLOCK_SPAN = re.compile(r"\d\s*(?:am|pm)?\s*(?:-|–|—|to)\s*\d", re.IGNORECASE)
"""Two spans on the clock are two times of day ("9.00-9.40am / 1.15-1.55pm"), even of one length: never a gloss."""


def restated(found: list[L], text: str) -> list[L]:
    """A hedged length ("just over an hour") the learner pins down at once ("— call it 65 minutes",
    "(65 mins)"), or an exact one glossed with a hedge ("65 minutes (just over an hour)"): one
    length, the exact figure. Two lengths side by side with no hedge stay two."""
    out: list = []
    for d in found:
        last = out[-1] if out else None
        gap = text[last.end:d.start] if last else ""
        hedge = _HEDGE.search(gap)
        if last and not last.uncertain and not d.uncertain and last.count == d.count and len(gap) <= 12 \
                and abs(last.minutes - d.minutes) <= 1 and _GLOSS.match(gap) \
                and not (_CLOCK_SPAN.search(text, last.start, last.end) and _CLOCK_SPAN.search(text, d.start, d.end)):
            # one length in two units: the two readings agree, so neither was a guess
            out[-1] = replace(last, end=d.end, guessed=False)
            continue
        if last and not last.uncertain and not d.uncertain and last.count == d.count == 1 and len(gap) <= 20 \
                and _RESTATING.match(gap[:hedge.start()] if hedge else gap):
            if hedge:
                continue  # the exact length first, a hedged gloss after it
            if _HEDGE.search(text, 0, last.start):
                out[-1] = d  # the hedged length first, the exact one after it: the exact one stands
                continue
        out.append(d)
    return out


