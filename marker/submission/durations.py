"""Mentoring time as learners write it in diaries and logs.

"60 minutes", "1 hour 15 mins", "1 hr 15", "1h30m", "2½ hours", "an hour and a half",
"forty-five minutes", "09:00-10:30", "9.30am – 11am", "2 x 30 mins" (two sessions), and
bare numbers in a column headed "Hours" ("1.5", "1:30", "1.30"). A range of lengths ("60-90
mins") is found but marked uncertain: it is never guessed. Nothing here raises: text that
holds no duration gives none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from marker.submission.restated_lengths import restated
from marker.submission.spoken_clocks import as_digits

MAX_MINUTES = 12 * 60
"""Longer than any one session: "within 24 hours", "48 hours' notice" are not durations."""
TOTAL_MINUTES = 99 * 60
"""Longest a learner's own total may be ("36 and a half hours"), for ``durations_in(…, TOTAL_MINUTES)``."""

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "ninety": 90,
}
_NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|"
                + "|".join(sorted(set(_WORDS) - {"twenty", "thirty", "forty", "fifty"}, key=len, reverse=True)) + ")")
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_FRACTION = r"(?:[½¼¾]|[13]⁄[24])"
""""½", or "1⁄2" as a PDF's text gives the glyph back ("11⁄2 hours" is 1½ hours)."""
_HOURS = r"(?:hours?|hrs?|h)"
_TYPED_FRACTION = r"(?:[13]/[24])"
""""1 1/2 hours", "3/4 hr": the fraction typed with a slash, read only before an hour's unit."""
_DIGITS = (rf"(?:\d{{1,2}}(?:[.,]\d{{1,2}})?(?:\s?{_FRACTION}|\s{_TYPED_FRACTION}(?=\s?{_HOURS}))?|{_FRACTION}"
           rf"|{_TYPED_FRACTION}(?=\s?{_HOURS}))")

_MINUTES = r"(?:minutes?|mins?|(?-i:m))"  # a lone capital "M" after a figure is a code ("1 M Luke"), not minutes
_AND_A = r"(?:\s+and\s+(?:a\s+)?(?P<part>half|quarter|three\s+quarters))?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_MINUTE_WORD = (r"(?:(?:twenty|thirty|forty|fifty)(?:[- ]five)?|fifteen|ten|five)")
""""one hour fifteen": the minutes people say after the hours, in words."""


def _trailing(suffix: str = "") -> str:
    """Minutes after the hours: "1 hr 15" (a bare number, as people round them: fives), never a date,
    a clock time or the next duration; "an hour and ten minutes"; "one hour fifteen" (words, no unit).
    ``suffix`` names the groups apart where two branches of one pattern use it."""
    # "1h15 of it": minutes written straight after the "h" are minutes, whatever word follows
    return (rf"(?:\s*(?:and\s*)?(?:(?:(?<=[hH])|(?<=[hH][rR]))(?P<hg{suffix}>[0-5]\d)(?![\w%/]|[:.]\d)"
            rf"|(?P<hm{suffix}>\d{{1,2}}|{_NUMBER_WORD})\s*{_MINUTES}(?![a-z])"
            rf"|(?P<hb{suffix}>[1-5][05]|0?5|{_MINUTE_WORD})(?![\w%/-]|:\d|\.\d|\s*(?:am|pm|st|nd|rd|th|h|hrs?|hours?|"
            rf"days?|weeks?|months?|years?|people|sessions?|times|mentees?|coachees?|of|minutes?)\b|\s*{_MONTH})))?")


_TRAILING_MINUTES = _trailing()

_DURATION = re.compile(
    # "half an hour", "a quarter of an hour", "three quarters of an hour"
    r"(?<![\w.:])(?P<frac>half|a\s+quarter|quarter|three[\s-]quarters)\s+(?:of\s+)?an?\s+hour\b"
    # "a half-hour session", "half hour"
    r"|(?<![\w.:])(?P<halfhour>half)[- ]hour\b"
    # "1 hr 15", "1h30m", "2½ hours", "1:30 hrs"
    rf"|(?<![\w.:,/½¼¾])(?P<h>{_DIGITS})(?::(?P<hc>\d{{2}}))?[\s-]?{_HOURS}(?![a-z])\.?{_AND_A}{_TRAILING_MINUTES}"
    # "an hour and a half", "one and a half hours", "two hours"
    rf"|(?<![\w.:])(?P<hw>{_NUMBER_WORD}|\d{{1,2}}(?=\s+and\s+a\s))(?:\s+and\s+a\s+(?P<pre>half|quarter))?(?:\s+(?:full|whole))?[\s-](?:hours?|hrs?)(?![a-z])"
    rf"{_AND_A.replace('part', 'part2')}{_trailing('2')}"
    # "45 mins", "90min", "a 60-minute session"
    rf"|(?<![\w.:,/])(?P<m>\d{{1,3}})[\s-]?{_MINUTES}(?![a-z])"
    # "45'", "90’": minutes as a timetable or a sports log writes them (a quote mark closing "'90s" is not)
    r"|(?<![\w.:,/'’])(?P<mp>\d{1,3})['’′](?![\w'’])"
    # "forty-five minutes", "a ten-minute call"
    rf"|(?<![\w.:])(?P<mw>{_NUMBER_WORD})[\s-](?:minutes?|mins?)(?![a-z])",
    re.IGNORECASE,
)
_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|noon)?"
_DIGIT = re.compile(r"[\d½¼¾]|hour|minute|\bhrs?\b|\bmins?\b", re.IGNORECASE)
_FIGURE = re.compile(r"[\d½¼¾]")
_WORD_UNIT = re.compile(r"\bhrs?\b|\bmins?\b")
""""one hr fifteen", "twenty mins": a unit's short form after a number in words."""
_MAYBE_NUMERIC = re.compile(r"\d{4}\s*(?:hrs?|h)?\s*[-–—]\s*\d{4}|\d(?:\s?-?\s?[hm]|[:.]\d\d|\s?(?:am|pm|noon)|['’](?!s)|\s(?:till|until)\s\d)|[½¼¾]", re.IGNORECASE)
_LENGTH_RANGE = re.compile(
    # "60-90 mins", "1-1½ hrs", "60 to 90 minutes", "between 45 and 60 minutes": a length the learner did not pin down
    r"(?<![\w.:/])(?P<lo>\d{1,3}(?:\.\d{1,2})?(?:\s?[½¼¾])?)\s*(?:-|–|—|to|or|and)\s*"
    rf"(?P<hi>\d{{1,3}}(?:\.\d{{1,2}})?(?:\s?[½¼¾])?|[½¼¾])\s*(?P<unit>{_HOURS}|{_MINUTES})(?![a-z])",
    re.IGNORECASE,
)
_NUMBERED_BEFORE = re.compile(r"(?:mentee|coachee|client|individual|pupil|learner|session|meeting|week|wk|day|entry|"
                              r"record|group|no\.?|number|#)\s*$", re.IGNORECASE)
""""Mentee 1 - 45 mins", "Session 2 – 1.5 hrs": a label's number and a length, not a range of lengths."""
_TIMES = re.compile(r"(?<![\w.])(?P<n>[2-9]|two|three|four|five|six)\s*"
                    # "2 x", "two sessions of", "two supervision sessions of", "three one-to-one meetings of"
                    r"(?:x|×|\*|times|(?:[a-z-]+\s+){0,2}?(?:sessions|meetings|calls|tutorials|supervisions)\s+of)\s*$",
                    re.IGNORECASE)
_TIMES_AFTER = re.compile(r"\s*(?:x|×|\*)\s*(?P<n>[2-9])(?![\d:.])", re.IGNORECASE)
""""30 mins x 2": the number of sessions after a length."""
""""2 x 30 mins": the number of sessions before a length."""
_BARE_FIELD = re.compile(r"(?:^|(?<=\s[-–—|]\s)|(?<=\|))\s*(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?=\s[-–—|]\s|\||\s*$|\.(?:\s|$))")
""""1:30" or "1.30" alone between a log line's dashes or bars, or ending its sentence ("25/03 - 1:45. His first
survey …"): a length with its unit left off."""
_RANGE = re.compile(rf"(?<![\d:./]){_CLOCK}\s*(-|–|—|to|until|till|and)\s*{_CLOCK}(?![\d:])", re.IGNORECASE)
_STARTED_FINISHED = re.compile(rf"\b(?:start(?:ed)?|began|begun)\s+(?:at\s+)?{_CLOCK}\s*,?\s*(and)\s+(?:we\s+|I\s+)?"
                               rf"(?:finish(?:ed)?|end(?:ed)?|stopped|wrapped\s+up)\s+(?:at\s+)?{_CLOCK}(?![\d:])", re.IGNORECASE)
""""we started at 1.40 and finished at 2.10": a span told as its start and its finish (groups as ``_RANGE``'s)."""
_RANGE_24 = re.compile(r"(?<![\d:./£$€-])([01]\d|2[0-3])([0-5]\d)\s*(?:hrs?|h)?\s*(?:-|–|—|to|until|till)\s*"
                       r"([01]\d|2[0-3])([0-5]\d)(?P<unit>\s*(?:hrs?|h)\b)?(?![\d:/]|\.\d)", re.IGNORECASE)
""""1400-1530", "0930hrs – 1045hrs": a twenty-four-hour clock written without its colon."""
_UNIT_NEXT = re.compile(r"\s*(?:hours?|hrs?|h\b|minutes?|mins?|sessions?|weeks?|days?|times|people)", re.IGNORECASE)


@dataclass(frozen=True)
class Duration:
    """A duration found in text: where it is and how long."""

    start: int
    end: int
    minutes: int
    """The whole time: both sessions of "2 x 30 mins"; the low end of an uncertain range."""
    count: int = 1
    """Sessions it stands for: 2 for "2 x 30 mins"."""
    uncertain: bool = False
    """A range ("60-90 mins"): listed for the assessor, never counted as if it were known."""
    guessed: bool = False
    """Counted, but the reader chose between two readings ("1.15 hrs": 1 h 15 or 1.15 hours?):
    the row is named for the assessor to check."""


_PART_JOIN = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*|(?:before|after|at|during)\s+[a-z]+\s+)?(?:and|&|\+|,|/)\s*(?:then\s+|again\s+)?",
                        re.IGNORECASE)
"""Between two parts: a joining word, after a word on the first in brackets ("10.50-11.05am (break) and ...") or of
when it was ("8.05 to 8.15 before training and 9.50 to 10.10 after")."""


def in_parts(text: str, found: list[Duration]) -> Duration | None:
    """ "10.00-10.25am and 3.40-4.05pm", "9.00-9.40am / 1.15-1.55pm": one session held in parts, each
    on the clock and nothing but a joining word between them, as one length; None for anything else."""
    if len(found) < 2:
        return None
    for first, then in zip(found, found[1:]):
        if not (_PART_JOIN.fullmatch(text[first.end:then.start])
                and _a_span(text[first.start:first.end].strip()) and _a_span(text[then.start:then.end].strip())):
            return None
    return replace(found[0], end=found[-1].end, minutes=sum(d.minutes for d in found))


def _a_span(written: str) -> bool:
    """ "10.00-10.25am", "0215-0250": a length told by the clock."""
    return bool(_RANGE.fullmatch(written) or _RANGE_24.fullmatch(written))


_LEADING = re.compile(r"^\W{0,3}")


def leading_clock_span(text: str) -> str | None:
    """ "09.30-10.45 mentoring session 1 with CW": the span of the clock a line begins with, as written;
    None when the line begins otherwise."""
    match = _RANGE.match(text, _LEADING.match(text).end())
    return " ".join(match.group(0).split()) if match and _range_minutes(match) else None


def minutes_in(text: str) -> list[int]:
    """Every duration written in ``text``, in minutes, in order of appearance."""
    return [d.minutes for d in durations_in(text)]


def might_hold_a_duration(text: str) -> bool:
    """A quick look for a unit or a clock time: a long text is searched in full only where one is."""
    text = as_digits(text)
    lowered = text.lower()
    if "hour" in lowered or "minute" in lowered or _WORD_UNIT.search(lowered):
        return True
    first = _FIGURE.search(text)
    return first is not None and bool(_MAYBE_NUMERIC.search(text, first.start()))


_FOOTNOTE_MARK = re.compile(r"(?<=\d)\s*[*†‡¹²³]+\s*$")
_SECONDS = re.compile(r"(?<=\b\d\d:\d\d):00\b|(?<=\b\d:\d\d):00\b")


def without_seconds(text: str) -> str:
    """A spreadsheet's "13:30:00" and "00:45:00" as "13:30" and "00:45", every other character where it was;
    a clocking-in log's "in 10:00 out 10:30" as "   10:00 -   10:30"."""
    text = _SECONDS.sub("   ", text) if ":00" in text else text
    return _IN_OUT.sub(_as_span, text) if " out " in text or " Out " in text or " OUT " in text else text


_IN_OUT = re.compile(r"\bin(\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?)(\s*,?\s+)out\b(?=\s+\d{1,2}[:.]\d{2})", re.IGNORECASE)


def _as_span(match: re.Match) -> str:
    """ "in 10:00 out" as "   10:00 -   ": the same length, so every place after it stays where it was."""
    gap = match[2] + "out"
    return "  " + match[1] + " -" + " " * (len(gap) - 2)


def durations_in(text: str, longest: int = MAX_MINUTES) -> list[Duration]:
    """Every duration written in ``text``, with its place, in order of appearance; none longer
    than ``longest`` (a session's length unless the caller reads a learner's total). A length
    said twice ("about an hour (65 mins)") is one."""
    found = restated(_every_duration(text, longest), text)
    if "ctually" in text or "eally" in text:
        found = [_put_right(d, text) for d in found]
    if " bit" in text:
        # "an hour and a bit": more than the hour, by how much the learner does not say (a running total's cell would
        # be one figure; this is a guess's): listed, never counted as if it were known
        found = [replace(d, uncertain=True) if _AND_A_BIT.match(text, d.end) else d for d in found]
    return found


_PUT_RIGHT = re.compile(r"\s*[-–—,;(]?\s*(?:actually|really|in\s+fact)\s+(\d{1,3}(?:\.\d{1,2})?)(?![\d:.]|\s*(?:%|am\b|pm\b|[a-z]))",
                        re.IGNORECASE)
""""45 mins - actually 50, see note": the learner putting their own figure right, in the same unit."""


def _put_right(d: Duration, text: str) -> Duration:
    said = _PUT_RIGHT.match(text, d.end)
    if not said or d.uncertain or d.count != 1:
        return d
    written = text[d.start:d.end].lower()
    number = float(said.group(1))
    if re.search(r"\bmins?\b|minutes?|['’′]", written) and number == int(number):
        minutes = int(number)
    elif re.search(r"\bh(?:ou)?rs?\b|\bh\b", written) and number <= 8:
        minutes = round(number * 60)
    else:
        return d
    return replace(d, end=said.end(), minutes=minutes) if 0 < minutes <= MAX_MINUTES else d


_AND_A_BIT = re.compile(r"\s*(?:and|&)\s+a\s+(?:little\s+)?bit\b(?!\s+of\b)", re.IGNORECASE)


def _every_duration(text: str, longest: int) -> list[Duration]:
    """Every length written, a length said twice still twice."""
    if not text:
        return []
    clocks = without_seconds(as_digits(text))  # "ten to two until half past two" as "1:50 until 2:30", each in its place
    if not _DIGIT.search(clocks) or not might_hold_a_duration(text):
        return []  # no number and no "hour": most lines of an essay
    found: list[Duration] = []
    taken: list[range] = []
    at = 0
    while (match := _RANGE.search(clocks, at)) is not None:
        minutes = _range_minutes(match)
        if minutes:
            found.append(Duration(match.start(), match.end(), minutes))
            taken.append(range(match.start(), match.end()))
        # "Session 3 - 14:00 to 15:00": a span that is no length ("3 - 14:00") may hide the one after it
        at = match.end() if minutes else match.start() + 1
    for match in _STARTED_FINISHED.finditer(clocks):
        minutes = _range_minutes(match)
        if minutes and not _overlaps(match, taken):
            found.append(Duration(match.start(), match.end(), minutes))
            taken.append(range(match.start(), match.end()))
    for match in _RANGE_24.finditer(clocks):
        start, end = int(match.group(1)) * 60 + int(match.group(2)), int(match.group(3)) * 60 + int(match.group(4))
        # "2019-2020", "2010–2015": years, unless the learner wrote "hrs" after them (a span of minutes no session is);
        # "2000-2030" might be either: listed, never counted as time
        years = all(1950 <= int(match.group(i) + match.group(i + 1)) <= 2099 for i in (1, 3)) and not match.group("unit")
        if _overlaps(match, taken) or not (15 if years else 0) <= end - start <= 8 * 60 or end <= start:
            continue
        found.append(Duration(match.start(), match.end(), end - start, uncertain=years))
        taken.append(range(match.start(), match.end()))
    for match in _LENGTH_RANGE.finditer(text):
        low, high = _bounds(match)
        if (low is not None and high is not None and 0 < low < high <= MAX_MINUTES and high <= 4 * low
                and not _NUMBERED_BEFORE.search(text, 0, match.start()) and not _overlaps(match, taken)):
            found.append(Duration(match.start(), match.end(), low, uncertain=True))
            taken.append(range(match.start(), match.end()))
    for match in _DURATION.finditer(text):
        if _overlaps(match, taken):
            continue
        minutes = _minutes(match)
        guessed = bool(_H_DOT_MM.fullmatch((match.group("h") or "").strip()))
        if minutes is not None and 0 < minutes <= longest:
            times = _TIMES.search(text, 0, match.start())
            after = _TIMES_AFTER.match(text, match.end())
            if times:
                count = int(_number(times.group("n")) or 1)
                found.append(Duration(times.start(), match.end(), minutes * count, count=count))
            elif after:
                count = int(after.group("n"))
                found.append(Duration(match.start(), after.end(), minutes * count, count=count))
            else:
                found.append(Duration(match.start(), match.end(), minutes, guessed=guessed))
    for match in _THE_HOUR.finditer(text):
        if not _overlaps(match, [range(d.start, d.end) for d in found]) and not _NOT_THE_HOUR.search(text, 0, match.start()) \
                and not _NOT_THE_HOUR_AFTER.match(text, match.end()):
            found.append(Duration(match.start(), match.end(), 60 + {"half": 30, "quarter": 15}.get(match.group("part") or "", 0)))
    return _joined(sorted(found, key=lambda d: d.start), text)


_H_DOT_MM = re.compile(r"\d{1,2}[.,](?!25|50|75)[0-5][05]")
""""1.15 hrs", "1.30 h": read as hours and minutes, but 1.15 hours is a reading too."""
_THE_HOUR = re.compile(r"(?<![\w.:])(?:our|the)\s+hour(?:\s+and\s+a\s+(?P<part>half|quarter))?\b(?!s)", re.IGNORECASE)
""""our hour on the reviewers' comments", "the hour and a half today": a session's length said without a number."""
_NOT_THE_HOUR = re.compile(r"\b(?:on|within|per|by|past|after|before|every|of|to|than|until|till)\s+$", re.IGNORECASE)
_NOT_THE_HOUR_AFTER = re.compile(r"\s+(?:before|after|later|earlier|long|of|when|that|we\s+(?:had|have)\s+left)\b", re.IGNORECASE)


def _joined(found: list[Duration], text: str) -> list[Duration]:
    """"an hour and ten minutes": whole hours, "and", then minutes, is one duration."""
    out: list[Duration] = []
    for d in found:
        last = out[-1] if out else None
        if (last and not last.uncertain and last.count == 1 and last.minutes % 60 == 0 and d.minutes < 60
                and re.fullmatch(r"\s*,?\s+(?:and\s+)?|\s*,\s*", text[last.end:d.start])):
            out[-1] = Duration(last.start, d.end, last.minutes + d.minutes)
        else:
            out.append(d)
    return out


def bare_lengths(line: str) -> list[Duration]:
    """"1:30" or "1.30" standing alone as a field of a log line ("2 Feb – Mentee J – 1:30 – …"):
    a length whose unit the learner left off, or the time of day it started. Found so that it
    is listed, but uncertain: nothing says which it is."""
    out = []
    for match in _BARE_FIELD.finditer(line):
        minutes = _hours_and_minutes(int(match.group("h")), match.group("m"), match.group(0).strip()[len(match.group("h"))])
        if minutes:
            out.append(Duration(match.start("h"), match.end("m"), minutes, uncertain=True))
    return out


def _overlaps(match: re.Match, taken: list[range]) -> bool:
    return any(match.start() in span or match.end() - 1 in span for span in taken)


def _bounds(match: re.Match) -> tuple[int | None, int | None]:
    unit = match.group("unit").lower()
    scale = 60 if unit.startswith("h") else 1
    low, high = _number(match.group("lo")), _number(match.group("hi"))
    if low is None or high is None:
        return None, None
    return round(low * scale), round(high * scale)


def _hours_and_minutes(hours: int, digits: str, separator: str) -> int | None:
    """"1:30" is 90; "1.30" too (people write hours.minutes), but "1.25", "1.50", "1.75" are
    decimal hours; None for what is neither (minutes of 60 or more)."""
    minutes = int(digits)
    if separator == "." and digits in ("25", "50", "75"):
        total = round((hours + minutes / 100) * 60)
    elif minutes < 60:
        total = hours * 60 + minutes
    else:
        return None
    return total if 0 < total <= MAX_MINUTES and hours <= 8 else None


def read_duration(text: str, unit: str | None = None) -> int | None:
    """The minutes of ``read_length``; None when the cell holds none that can be read."""
    found = read_length(text, unit)
    return found.minutes if found else None


def read_length(text: str, unit: str | None = None) -> Duration | None:
    """The one duration in a log's cell: written out, or a bare number in the column's
    ``unit``: "hours", "minutes", "h.mm" (1.30 is an hour and a half), or "guess" (a
    "Duration" column that names none: 1.5 is hours, 45 is minutes, 1:30 and 1.30 are
    hours and minutes). None when the cell holds none that can be read."""
    found = durations_in(text)
    if found:
        return in_parts(text, found) or found[0]
    minutes = _bare_minutes(text, unit)
    return Duration(0, len(text or ""), minutes) if minutes else None


def _bare_minutes(text: str, unit: str | None) -> int | None:
    text = _FOOTNOTE_MARK.sub("", without_seconds(text or ""))  # "90*": a footnote's mark on the figure
    clock = re.fullmatch(r"\s*(\d{1,2})([:.])(\d{2})\s*", text)
    if unit and clock and (clock.group(2) == ":" or unit in ("h.mm", "guess")):
        separator = ":" if unit == "h.mm" else clock.group(2)  # a column in hours and minutes: 1.50 is 1 h 50
        return _hours_and_minutes(int(clock.group(1)), clock.group(3), separator)
    if unit == "h.mm":
        unit = "hours"
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
    if match.group("halfhour"):
        return 30
    if match.group("frac"):
        frac = match.group("frac").lower()
        return 30 if frac == "half" else 45 if frac.startswith("three") else 15
    if match.group("m") or match.group("mw") or match.group("mp"):
        value = _number(match.group("m") or match.group("mw") or match.group("mp"))
        return None if value is None else round(value)
    hours = _number(match.group("h") or match.group("hw"))
    if hours is None:
        return None
    dotted = re.fullmatch(r"(\d{1,2})[.,](\d{2})", (match.group("h") or "").strip())
    if dotted and dotted.group(2) not in ("25", "50", "75") and int(dotted.group(2)) % 5 == 0 and int(dotted.group(2)) < 60:
        # "1.30 hrs", "1.15 hrs": hours and minutes, as people write them, far more often than 1.3 hours
        hours = int(dotted.group(1)) + int(dotted.group(2)) / 60
    extra = {"half": 0.5, "quarter": 0.25}.get((match.group("pre") or "").lower(), 0.0)
    part = (match.group("part") or match.group("part2") or "").lower()
    extra += {"half": 0.5, "quarter": 0.25}.get(part, 0.75 if part.startswith("three") else 0.0)
    minutes = round((hours + extra) * 60)
    if match.group("hc"):
        minutes += int(match.group("hc"))
    said = next((g for g in (match.group(k) for k in ("hg", "hm", "hb", "hg2", "hm2", "hb2")) if g), None)
    if said:
        trailing = int(_number(said) or 0)
        if trailing >= 60:
            return None
        minutes += trailing
    return minutes


def _number(text: str) -> float | None:
    text = text.strip().lower().replace(",", ".")
    for typed, glyph in (("1⁄2", "½"), ("1⁄4", "¼"), ("3⁄4", "¾"), ("1/2", "½"), ("1/4", "¼"), ("3/4", "¾")):
        text = text.replace(typed, glyph)
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


_SPAN_NEXT = re.compile(r"\s*(?:-|–|—|to)\s*\d")


def _range_minutes(match: re.Match) -> int | None:
    """``09:00-10:30`` -> 90. Needs minutes or am/pm on a side, so "1-2" is not a time."""
    h1, m1, ap1, joined, h2, m2, ap2 = match.groups()
    if not (m1 or ap1) and _SPAN_NEXT.match(match.string, match.end()):
        return None  # "Week 2 - 9:30-10:15", "C1 - 10:00-10:30": a number, then the span ("session 2-3pm" is a span)
    if not (m1 or m2 or ap1 or ap2):
        # "2 till 3": whole hours, said as a span of the clock's ("till", "until"), not "1-2" or "2 to 3 hours"
        if joined.lower() not in ("till", "until") or _UNIT_NEXT.match(match.string, match.end()):
            return None
    ap1, ap2 = (_meridiem(ap1), _meridiem(ap2))
    start = _clock(int(h1), int(m1 or 0), ap1 or (ap2 if ap2 != "noon" else None))
    end = _clock(int(h2), int(m2 or 0), ap2 or (ap1 if ap1 != "noon" else None))  # "7pm–7.40": both pm
    if start is None or end is None:
        return None
    minutes = end - start
    if minutes <= 0 and not ap2:
        # "23:40–00:25": past midnight on a night shift; "11:30-1:00" on a twelve-hour habit, "11am-1"
        # (only a 24-hour clock's "00:25", "01:05" is past midnight: "12.30 – 1.00" is half an hour at lunch)
        minutes += 24 * 60 if start >= 12 * 60 and h2.startswith("0") else 12 * 60
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


_UNIT_AFTER_NUMBER = re.compile(rf"(?<![\w.:/])(?:\d{{1,3}}(?:[.,:]\d{{1,2}})?|{_NUMBER_WORD}\s)\s?(?:hours?|hrs?|h|minutes?|mins?|mns|mts|m|['’])(?![a-z])",
                                re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"\s(\d{1,2})(?=\s*(?:[–—|,;)]|-\s|$))")
""""1 hr 12 –": minutes after the hours that no pattern read ("1 hr 15" is read, "1 hr 12" was not)."""


def unread_times(text: str) -> list[str]:
    """Times written in ``text`` that ``durations_in`` did not read: a number with an hour's or a
    minute's unit outside every duration found ("75'"), or minutes left after one ("1 hr 12").
    A log's row holding one is not read for sure, whatever was counted from it."""
    if not text or not _DIGIT.search(text):
        return []
    spans = [range(d.start, d.end) for d in _every_duration(text, TOTAL_MINUTES)]  # a hedge restated was read
    found = durations_in(text, TOTAL_MINUTES)
    out = [m.group(0) for m in _UNIT_AFTER_NUMBER.finditer(text) if not any(m.start() in s for s in spans)]
    for d in found:
        after = _NUMBER_AFTER.match(text, d.end)
        if after and not d.uncertain:
            out.append(text[d.start:after.end(1)])
    return out
