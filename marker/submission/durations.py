"""Mentoring time as learners write it in diaries and logs.

"60 minutes", "1 hour 15 mins", "1h", "1.5 hrs", "45 mins", "09:00-10:30", "9.30am – 11am".
"""

from __future__ import annotations

import re

_HOURS = r"(?:hours?|hrs?|h)"
_MINUTES = r"(?:minutes?|mins?|m)"
_DURATION = re.compile(
    rf"(?<![\w.:])(?:(?P<h>\d{{1,2}}(?:\.\d{{1,2}})?)\s*{_HOURS}\b\.?"
    rf"(?:\s*(?:and\s*)?(?P<hm>\d{{1,2}})\s*{_MINUTES}\b)?"
    rf"|(?P<m>\d{{1,3}})\s*{_MINUTES}\b)",
    re.IGNORECASE,
)
_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?"
_DIGIT = re.compile(r"\d")
_RANGE = re.compile(rf"(?<![\d:.]){_CLOCK}\s*(?:-|–|—|to)\s*{_CLOCK}(?![\d:])", re.IGNORECASE)


def minutes_in(text: str) -> list[int]:
    """Every duration written in ``text``, in minutes, in order of appearance."""
    if not _DIGIT.search(text):
        return []  # no number, no duration: most lines of an essay
    found: list[tuple[int, int]] = []
    taken: list[range] = []
    for match in _RANGE.finditer(text):
        minutes = _range_minutes(match)
        if minutes:
            found.append((match.start(), minutes))
            taken.append(range(match.start(), match.end()))
    for match in _DURATION.finditer(text):
        if any(match.start() in span for span in taken):
            continue
        if match.group("m"):
            minutes = int(match.group("m"))
        else:
            minutes = round(float(match.group("h")) * 60) + int(match.group("hm") or 0)
        if 0 < minutes <= 12 * 60:
            found.append((match.start(), minutes))
    return [m for _, m in sorted(found)]


def _range_minutes(match: re.Match) -> int | None:
    """``09:00-10:30`` -> 90. Needs minutes or am/pm on a side, so "1-2" is not a time."""
    h1, m1, ap1, h2, m2, ap2 = match.groups()
    if not (m1 or m2 or ap1 or ap2):
        return None
    start = _clock(int(h1), int(m1 or 0), ap1 or ap2)
    end = _clock(int(h2), int(m2 or 0), ap2)
    if start is None or end is None:
        return None
    minutes = end - start
    if minutes <= 0 and not (ap1 or ap2):
        minutes += 12 * 60  # "11:30-1:00" on a twelve-hour habit
    return minutes if 0 < minutes <= 8 * 60 else None


def _clock(hour: int, minute: int, meridiem: str | None) -> int | None:
    if minute >= 60 or hour > 23:
        return None
    if meridiem:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if meridiem.lower() == "pm" else 0)
    return hour * 60 + minute
