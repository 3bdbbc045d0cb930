"""Mentoring time as learners write it in diaries and logs.

"60 minutes", "1 hour 15 mins", "1 hr 15", "1h30m", "2½ hours", "an hour and a half",
"forty-five minutes", "09:00-10:30", "9.30am – 11am", and bare numbers in a column headed
"Hours". Nothing here raises: text that holds no duration gives none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_MINUTES = 12 * 60
"""Longer than any one session: "within 24 hours", "48 hours' notice" are not durations."""

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "ninety": 90,
}
_NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|"
                + "|".join(sorted(set(_WORDS) - {"twenty", "thirty", "forty", "fifty"}, key=len, reverse=True)) + ")")
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_DIGITS = r"(?:\d{1,2}(?:\.\d{1,2})?(?:\s?[½¼¾])?|[½¼¾])"
_HOURS = r"(?:hours?|hrs?|h)"
_MINUTES = r"(?:minutes?|mins?|m)"
_AND_A = r"(?:\s+and\s+(?:a\s+)?(?P<part>half|quarter|three\s+quarters))?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_TRAILING_MINUTES = (
    # "1 hr 15": a bare number of minutes after the hours, never a date or a clock time
    # ("1 hr 15", "2 hours 30": fives, as people round them), never a date, a clock time or the next duration
    rf"(?:\s*(?:and\s*)?(?:(?P<hm>\d{{1,2}})\s*{_MINUTES}(?![a-z])"
    rf"|(?P<hb>[1-5][05]|0?5)(?![\d:%/]|\.\d|\s*(?:am|pm|st|nd|rd|th|h|hrs?|hours?)\b|\s*{_MONTH})))?"
)

_DURATION = re.compile(
    # "half an hour", "a quarter of an hour", "three quarters of an hour"
    r"(?<![\w.:])(?P<frac>half|a\s+quarter|quarter|three\s+quarters)\s+(?:of\s+)?an?\s+hour\b"
    # "1 hr 15", "1h30m", "2½ hours", "1:30 hrs"
    rf"|(?<![\w.:½¼¾])(?P<h>{_DIGITS})(?::(?P<hc>\d{{2}}))?[\s-]?{_HOURS}(?![a-z])\.?{_AND_A}{_TRAILING_MINUTES}"
    # "an hour and a half", "one and a half hours", "two hours"
    rf"|(?<![\w.:])(?P<hw>{_NUMBER_WORD})(?:\s+and\s+a\s+(?P<pre>half|quarter))?[\s-]hours?(?![a-z]){_AND_A.replace('part', 'part2')}"
    # "45 mins", "90min", "a 60-minute session"
    rf"|(?<![\w.:])(?P<m>\d{{1,3}})[\s-]?{_MINUTES}(?![a-z])"
    # "forty-five minutes", "a ten-minute call"
    rf"|(?<![\w.:])(?P<mw>{_NUMBER_WORD})[\s-]minutes?(?![a-z])",
    re.IGNORECASE,
)
_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|noon)?"
_DIGIT = re.compile(r"[\d½¼¾]|hour|minute", re.IGNORECASE)
_FIGURE = re.compile(r"[\d½¼¾]")
_MAYBE_NUMERIC = re.compile(r"\d(?:\s?-?\s?[hm]|[:.]\d\d|\s?(?:am|pm|noon))|[½¼¾]", re.IGNORECASE)
_RANGE = re.compile(rf"(?<![\d:.]){_CLOCK}\s*(?:-|–|—|to|until|till|and)\s*{_CLOCK}(?![\d:])", re.IGNORECASE)


@dataclass(frozen=True)
class Duration:
    """A duration found in text: where it is and how long."""

    start: int
    end: int
    minutes: int


def minutes_in(text: str) -> list[int]:
    """Every duration written in ``text``, in minutes, in order of appearance."""
    return [d.minutes for d in durations_in(text)]


def might_hold_a_duration(text: str) -> bool:
    """A quick look for a unit or a clock time: a long text is searched in full only where one is."""
    lowered = text.lower()
    if "hour" in lowered or "minute" in lowered:
        return True
    first = _FIGURE.search(text)
    return first is not None and bool(_MAYBE_NUMERIC.search(text, first.start()))


def durations_in(text: str) -> list[Duration]:
    """Every duration written in ``text``, with its place, in order of appearance."""
    if not text or not _DIGIT.search(text) or not might_hold_a_duration(text):
        return []  # no number and no "hour": most lines of an essay
    found: list[Duration] = []
    taken: list[range] = []
    for match in _RANGE.finditer(text):
        minutes = _range_minutes(match)
        if minutes:
            found.append(Duration(match.start(), match.end(), minutes))
            taken.append(range(match.start(), match.end()))
    for match in _DURATION.finditer(text):
        if any(match.start() in span or match.end() - 1 in span for span in taken):
            continue
        minutes = _minutes(match)
        if minutes is not None and 0 < minutes <= MAX_MINUTES:
            found.append(Duration(match.start(), match.end(), minutes))
    return sorted(found, key=lambda d: d.start)


def read_duration(text: str, unit: str | None = None) -> int | None:
    """The one duration in a log's cell: written out, or a bare number in the column's
    ``unit``: "hours", "minutes", or "guess" (a "Duration" column that names none: 1.5 is
    hours, 45 is minutes). None when the cell holds none that can be read."""
    found = durations_in(text)
    if found:
        return found[0].minutes
    if unit:
        bare = re.fullmatch(r"\s*(\d{1,3}(?:\.\d{1,2})?|\d{0,2}\s?[½¼¾])\s*", text or "")
        if bare:
            value = _number(bare.group(1))
            if unit == "guess" and value is not None:
                unit = "hours" if value <= 8 else "minutes" if value >= 10 else ""
            minutes = round(value * 60) if unit == "hours" and value is not None else value if unit else None
            if minutes is not None and 0 < minutes <= MAX_MINUTES:
                return int(round(minutes))
    return None


def _minutes(match: re.Match) -> int | None:
    if match.group("frac"):
        frac = match.group("frac").lower()
        return 30 if frac == "half" else 45 if frac.startswith("three") else 15
    if match.group("m") or match.group("mw"):
        value = _number(match.group("m") or match.group("mw"))
        return None if value is None else round(value)
    hours = _number(match.group("h") or match.group("hw"))
    if hours is None:
        return None
    extra = {"half": 0.5, "quarter": 0.25}.get((match.group("pre") or "").lower(), 0.0)
    part = (match.group("part") or match.group("part2") or "").lower()
    extra += {"half": 0.5, "quarter": 0.25}.get(part, 0.75 if part.startswith("three") else 0.0)
    minutes = round((hours + extra) * 60)
    if match.group("hc"):
        minutes += int(match.group("hc"))
    if match.group("hm") or match.group("hb"):
        trailing = int(match.group("hm") or match.group("hb"))
        if trailing >= 60:
            return None
        minutes += trailing
    return minutes


def _number(text: str) -> float | None:
    text = text.strip().lower()
    fraction = 0.0
    if text and text[-1] in _FRACTIONS:
        fraction, text = _FRACTIONS[text[-1]], text[:-1].strip()
        if not text:
            return fraction
    words = re.split(r"[- ]", text)
    if words[0] in _WORDS:
        return float(sum(_WORDS.get(w, 0) for w in words)) + fraction
    try:
        return float(text) + fraction
    except ValueError:
        return None


def _range_minutes(match: re.Match) -> int | None:
    """``09:00-10:30`` -> 90. Needs minutes or am/pm on a side, so "1-2" is not a time."""
    h1, m1, ap1, h2, m2, ap2 = match.groups()
    if not (m1 or m2 or ap1 or ap2):
        return None
    ap1, ap2 = (_meridiem(ap1), _meridiem(ap2))
    start = _clock(int(h1), int(m1 or 0), ap1 or (ap2 if ap2 != "noon" else None))
    end = _clock(int(h2), int(m2 or 0), ap2)
    if start is None or end is None:
        return None
    minutes = end - start
    if minutes <= 0 and not (ap1 or ap2):
        minutes += 12 * 60  # "11:30-1:00" on a twelve-hour habit
    return minutes if 0 < minutes <= 8 * 60 else None


def _meridiem(text: str | None) -> str | None:
    return text.lower() if text else None


def _clock(hour: int, minute: int, meridiem: str | None) -> int | None:
    if minute >= 60 or hour > 23:
        return None
    if meridiem == "noon":
        return 12 * 60 + minute if hour == 12 else None
    if meridiem:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    return hour * 60 + minute
