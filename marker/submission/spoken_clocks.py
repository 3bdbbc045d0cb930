"""Times of day as people say them, written as a clock would show them.

"ten to two until half past two", "quarter past ten till quarter past eleven", "half one to
twenty past two", "9.15 until 10 o'clock", "twenty past nine to ten": a diary that gives its
sessions as spoken clock times. ``as_digits`` rewrites each as "1:50", "10:15", "10:00", padded
with spaces to the same length, so a span's place in the text is unchanged and the duration
reader reads it as any "13:50 – 14:30".
"""

from __future__ import annotations

import re

__all__ = ["as_digits"]

_HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_HOUR = r"(?:" + "|".join(_HOUR_WORDS) + r"|1[0-2]|[1-9])"
_MINUTE_WORDS = {"five": 5, "ten": 10, "quarter": 15, "a quarter": 15, "twenty": 20, "twenty five": 25,
                 "twenty-five": 25, "half": 30}
_NOT_A_TIME = r"(?!\s*(?:hours?|hrs?|minutes?|mins?|sessions?|meetings?|weeks?|days?|times|of\b|people|men|pupils))"

_PAST_TO = re.compile(r"(?<![\w-])(?P<m>twenty[- ]five|twenty|quarter|a\s+quarter|ten|five|half)\s+(?P<dir>past|to)\s+"
                      rf"(?P<h>{_HOUR})\b{_NOT_A_TIME}", re.IGNORECASE)
""""ten to two", "quarter past ten", "half past two"."""
_HALF_HOUR = re.compile(rf"(?<![\w-])(?<!and\sa\s)half\s+(?P<h>{'|'.join(_HOUR_WORDS)})\b{_NOT_A_TIME}", re.IGNORECASE)
""""half one": half past one, as it is said in Britain."""
_OCLOCK = re.compile(rf"(?<![\w-])(?P<h>{_HOUR})\s*o['’]?\s?clock\b", re.IGNORECASE)
_TO_HOUR = re.compile(rf"(?P<before>\d[:.]\d\d\s*(?:to|till|until|-|–)\s*)(?P<h>{'|'.join(_HOUR_WORDS)})\b{_NOT_A_TIME}",
                      re.IGNORECASE)
""""9:20 to ten": the hour a span ends on, once its start is a clock time."""
_LOOK = re.compile(r"\b(?:past|to|half|o['’]?\s?clock)\b", re.IGNORECASE)


def as_digits(text: str) -> str:
    """``text`` with its spoken clock times as "h:mm", every other character where it was."""
    if not _LOOK.search(text):
        return text  # most lines: nothing said as a clock would be
    text = _PAST_TO.sub(_past_to, text)
    text = _HALF_HOUR.sub(lambda m: _padded(f"{_hour(m.group('h'))}:30", m.group(0)), text)
    text = _OCLOCK.sub(lambda m: _padded(f"{_hour(m.group('h'))}:00", m.group(0)), text)
    return _TO_HOUR.sub(lambda m: m.group("before") + _padded(str(_hour(m.group("h"))), m.group("h")), text)


def _past_to(match: re.Match) -> str:
    minutes = _MINUTE_WORDS[" ".join(match.group("m").lower().split())]
    hour = _hour(match.group("h"))
    if match.group("dir").lower() == "to":
        hour, minutes = (hour - 2) % 12 + 1, 60 - minutes
    return _padded(f"{hour}:{minutes:02d}", match.group(0))


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOUR_WORDS.index(word.lower()) + 1


def _padded(digits: str, spoken: str) -> str:
    """The digits in the spoken words' place; unchanged where the words are shorter than the digits."""
    return digits.ljust(len(spoken)) if len(digits) <= len(spoken) else spoken
