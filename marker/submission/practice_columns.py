"""Which column of a practice log holds what: found by the header's words and by the values under them.

A log's header names its columns ("Date", "Mentee", "Duration", "Running total"), but
learners name them their own way ("Time with my mentee", "Total hours" that is each
session's length), turn the grid on its side (a column per week) or leave the unit off
("Hours" over bare numbers). So each column is known by its name and checked against its
values: a column of written lengths is a length column, a "total" that does not grow row by
row is not a running total, a grid with a row of dates and a row of lengths is turned.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from marker.submission.durations import TOTAL_MINUTES, durations_in, read_length
from marker.submission.practice_records import H_FINISH, H_LENGTH, H_PERSON, H_START
from marker.submission.practice_rules import SESSION, SUPERVISION, date_in, kind_of, persons_in

H_DATE = re.compile(r"\bdate\b|\bday\b|\bwhen\b|\bweek\b|\bwk\b", re.IGNORECASE)
H_RUNNING = re.compile(r"running|cumulative|\btotal\b|to\s+date|so\s+far|accumulated|\bsum\b", re.IGNORECASE)
H_PLANNED = re.compile(r"plann|expected|scheduled|intended|target", re.IGNORECASE)
H_ACTUAL = re.compile(r"actual|delivered|held|real", re.IGNORECASE)
H_CLOCK = re.compile(r"\btime\b|\btimes\b", re.IGNORECASE)
H_NOTES = re.compile(r"note|summary|comment|discuss|covered|what\s+we|action|outcome|reflect|content|topic|detail|descri|"
                     r"agreed|progress|learning|focus|feedback|evidence|signature|signed", re.IGNORECASE)
H_ANY = re.compile("|".join(p.pattern for p in (H_DATE, H_PERSON, H_RUNNING, H_LENGTH, H_CLOCK, H_NOTES, H_START))
                   + r"|session|activity|type|purpose|venue|where|status|mode|no\.?$|#|ref", re.IGNORECASE)

_H_ATTENDED = re.compile(r"\s*(?:attended|attendance|present|did\s+(?:they|he|she)\s+attend)\s*\??\s*", re.IGNORECASE)
_H_COUNT = re.compile(r"(?:no\.?|number|count)\s+of\s+(?:sessions|meetings)|^\s*(?:total\s+)?sessions(?:\s+(?:held|completed|delivered))?\s*$",
                      re.IGNORECASE)
_H_NUMBER = re.compile(r"(?:session|sess\.?|meeting)?\s*(?:no\.?|number|#)?|session|meeting", re.IGNORECASE)

_NOT_A_LENGTH = re.compile(r"page|\bp\.?$|\bref|score|rating|confiden|scale|mark|grade|\bage\b|year|level|\bq\d|/\s*10|"
                           r"\d\s*[-–]\s*10|session|\bno\.?|number|#|count|room|cost|£", re.IGNORECASE)
"""Numbers that are not lengths: a page, a rating out of 10, a count of sessions."""
_H_REVIEW = re.compile(r"\W*reviews?(?:\s+(?:time|length|mins?|minutes|hrs?|hours|\((?:mins?|minutes|hrs?|hours)\)))?\W*",
                       re.IGNORECASE)
""""Review", "Review time", "Review (mins)": a column of the reviews' lengths, not "Review of goals"."""
_BARE_NUMBER = re.compile(r"\s*\d{1,3}(?:[.:]\d{1,2})?\s*")


def unread_length_column(header: list[str], body: list[list[str]], cols: Columns) -> int | None:
    """A log by its shape (a date and a person on each row) with a column of bare numbers
    under a name that says no unit ("Contact", "Amount"): its lengths, which no rule read."""
    if cols.date is None or cols.person is None or cols.count is not None or cols.number is not None:
        return None
    dated = [r for r in body if cols.date < len(r) and date_in(r[cols.date])]
    if len(dated) < 2:
        return None
    for i, name in enumerate(header):
        if i in (cols.date, cols.person) or i in cols.running or _H_NUMBER.fullmatch(name.strip()) or _NOT_A_LENGTH.search(name):
            continue
        values = [r[i] for r in dated if i < len(r) and r[i].strip()]
        if len(values) >= len(dated) * 0.8 and all(_BARE_NUMBER.fullmatch(v) for v in values):
            return i
    return None


def turned_to_rows(lines: list[list[str]]) -> list[list[str]]:
    """A diary grid with a column per session ("| Week 1 | Week 2", then "Date | 15 Sept | 22
    Sept", "Time with my mentee | 40 mins | …"): turned so each session is a row, as in a log.
    Known by its first column of field names, a row of dates and a row of lengths."""
    if len(lines) < 3 or min(len(r) for r in lines) < 3:
        return lines
    labels = [r[0] for r in lines[1:]]
    dated = [r for r in lines if H_DATE.search(r[0]) and sum(bool(date_in(c)) for c in r[1:]) >= max(2, (len(r) - 1) // 2)]
    timed = [r for r in lines if sum(bool(_written_length(c)) for c in r[1:]) >= max(2, (len(r) - 1) // 2)]
    if not dated or not timed or sum(bool(H_ANY.search(c)) for c in labels) < 2:
        return lines
    width = max(len(r) for r in lines)
    padded = [r + [""] * (width - len(r)) for r in lines]
    return [list(column) for column in zip(*padded)]


_CLOCK_SPAN = re.compile(r"\d\s*[:.]\s*\d\d\s*(?:am|pm)?\s*(?:-|–|—|to)\s*\d|\d\s*(?:am|pm)\s*(?:-|–|—|to)", re.IGNORECASE)


def _support_lengths(values: list[str]) -> bool:
    """A supervision column whose cells open with a length or a clock span, a note after it ("10 mins on the phone
    with Bernadette", "7.05-7.35pm with Bernadette"): how long each review took."""
    written = [v for v in values if v.strip(" -–—")]
    opening = [v for v in written for found in [durations_in(v)] if found and found[0].start <= 2]
    return len(written) >= 2 and len(opening) >= len(written) * 0.6


def _written_length(cell: str) -> bool:
    """A cell that is a length and little else ("40 mins", "1 hr 15"), not a clock span or a note."""
    return len(cell.split()) <= 5 and bool(durations_in(cell)) and not _CLOCK_SPAN.search(cell)


def header_index(lines: list[list[str]]) -> int | None:
    for index, cells in enumerate(lines[:3]):
        if len(cells) < 2:
            continue
        named = [c for c in cells if c and H_ANY.search(c) and len(c.split()) <= 8]
        # two columns ("Date | Time spent") only when both are headings: else "label | value" pairs
        enough = (len(named) >= 2 if len(cells) > 2 else
                  len(named) == 2 and len(lines) - index > 2 and not any(persons_in(c) for c in cells))
        if enough and not any(durations_in(c, TOTAL_MINUTES) or date_in(c) for c in cells):  # "12 hours 30" is a figure too
            return index
    return None


@dataclass
class Columns:
    """Which column of a log holds what (indexes into its header), as ``columns_of`` found them."""

    date: int | None = None
    person: int | None = None
    lengths: list[tuple[int, str | None, str]] = field(default_factory=list)
    """(column, unit of its bare numbers, kind of time): best first."""
    planned: list[int] = field(default_factory=list)
    """"Planned" beside "Actual": a time written only there is a session that has not happened."""
    planned_only: bool = False
    """The only durations are under "Planned duration": a plan of sessions, not a log of them."""
    clocks: list[int] = field(default_factory=list)
    start: int | None = None
    finish: int | None = None
    running: set[int] = field(default_factory=set)
    notes: set[int] = field(default_factory=set)
    number: int | None = None
    """"Session" or "No.": the session's number."""
    count: int | None = None
    """"No. of sessions": a summary of the log, one row per person, not a log."""
    attended: int | None = None
    """"Attended | Y / N - sick": a register's column saying whether the row's person came."""
    planned_date: int | None = None
    held_date: int | None = None
    """"Actual date" beside "Planned date": a row with none was not held (yet)."""


_WEEK_ONLY = re.compile(r"(?i:wk|week|week\s+no\.?|week\s+number)")
_NEXT = re.compile(r"\bnext\b|\bfollow|\bplann|\bbooked|\bdue\b", re.IGNORECASE)


def _holds_dates(body: list[list[str]], column: int) -> bool:
    return any(column < len(r) and date_in(r[column]) for r in body)


def columns_of(header: list[str], body: list[list[str]]) -> Columns:
    cols = Columns()
    planned: list[tuple[int, str | None, str]] = []
    dated = any(H_DATE.search(name) for name in header)
    for i, name in enumerate(header):
        kind = kind_of(name) or SESSION
        values = [r[i] for r in body if i < len(r) and r[i]]
        numbers = [v for v in values if re.fullmatch(r"\d{1,3}", v)]
        whole_numbers = bool(values) and len(numbers) == len(values)
        # "Sessions | 8 | 7 | chemistry only" in a table with no dates: a count in every row but one is still a count
        if _H_COUNT.search(name) and (whole_numbers or not dated and len(numbers) >= max(2, len(values) - 1)):
            cols.count = i
        elif _H_NUMBER.fullmatch(name.strip()) and whole_numbers and cols.number is None:
            cols.number = i
        elif H_RUNNING.search(name) and not re.search(r"duration|length", name, re.IGNORECASE) and _grows(values):
            cols.running.add(i)
        elif H_LENGTH.search(name) or _lengths_under(name, values) or kind != SESSION and _support_lengths(values):
            # "Review with supervisor | 10 mins on the phone …" beside "Time with S. | 35 mins": a D2.02 diary's
            # second length, the review's, not a column of people
            unit = ("h.mm" if re.search(r"h\s*[:.]\s*mm|hh\s*[:.]\s*mm", name, re.IGNORECASE)
                    else "minutes" if re.search(r"\bmins?\b|minutes", name, re.IGNORECASE)
                    else "hours" if re.search(r"\bhours?\b|\bhrs?\b", name, re.IGNORECASE) else "guess")
            entry = (i, _bare_unit(values, unit), kind)
            if H_PLANNED.search(name) and not H_ACTUAL.search(name):
                planned.append(entry)  # "Planned duration" beside "Actual": the actual counts
            elif H_ACTUAL.search(name):
                cols.lengths.insert(0, entry)
            else:
                cols.lengths.append(entry)
        elif _H_ATTENDED.fullmatch(name):
            cols.attended = i
        elif H_DATE.search(name) and H_PLANNED.search(name) and not H_ACTUAL.search(name):
            cols.planned_date = i  # "Planned date" beside "Actual date": the actual one says it was held
        elif H_DATE.search(name) and H_ACTUAL.search(name):
            cols.date = cols.held_date = i
        elif H_DATE.search(name) and (cols.date is None or _WEEK_ONLY.fullmatch(header[cols.date].strip())
                                      and not _NEXT.search(name) and _holds_dates(body, i)):
            cols.date = i  # "Wk | Day": the column whose cells are dates ("Mon 6 Jan"), not the week's number
        elif H_START.search(name) and cols.start is None and (not H_DATE.search(name) or H_CLOCK.search(name)):
            cols.start = i  # "Start date/time" too; not a calendar's "Start Date" beside its "Start Time"
        elif H_FINISH.search(name) and cols.finish is None and (not H_DATE.search(name) or H_CLOCK.search(name)):
            cols.finish = i  # "End Time", not the "End Date" of a calendar's export beside it
        elif H_CLOCK.search(name) and _hours_and_minutes(values):
            cols.lengths.append((i, "h.mm", kind))  # "Contact time" of "0:45", "1:30": lengths, not times of day
        elif H_CLOCK.search(name):
            cols.clocks.append(i)
        elif cols.person is None and H_PERSON.search(name) and not H_NOTES.search(name):
            cols.person = i
        elif H_NOTES.search(name):
            cols.notes.add(i)
        else:
            # durations under a name of their own: "Mentoring", "Supervision review", "Planned" beside "Actual"
            timed = bool(H_PLANNED.search(name) or H_ACTUAL.search(name))  # "Actual" may hold bare "1.30"
            readable = [v for v in values if read_length(v, "guess" if timed else None) is not None]
            if values and len(readable) >= max(1, len(values) // 2):
                entry = (i, _bare_unit(values, "guess") if timed else None, kind)
                if H_PLANNED.search(name) and not H_ACTUAL.search(name):
                    planned.append(entry)
                elif H_ACTUAL.search(name):
                    cols.lengths.insert(0, entry)
                else:
                    cols.lengths.append(entry)
    if cols.date is None:
        cols.date = cols.planned_date
    if len(cols.lengths) >= 2 and {k for _, _, k in cols.lengths} == {SESSION}:
        # "Mentoring | Review" in a D2.02 diary: the review with the supervisor after each session, its own time
        cols.lengths = [(c, unit, SUPERVISION if _H_REVIEW.fullmatch(header[c]) else kind) for c, unit, kind in cols.lengths]
    if planned and not cols.lengths:
        cols.lengths, cols.planned_only = planned, True
    else:
        cols.planned = [c for c, _, _ in planned]
    return cols


def _hours_and_minutes(values: list[str]) -> bool:
    """A column of "h:mm" values one of which starts at hour 0 ("0:45") and none past 4 hours: how long
    each thing took, not when it started (no meeting starts at a quarter to one in the morning and the
    next at 1 p.m. on a "1:00")."""
    # words in the column ("DNA", "cancelled") say a session did not happen: not a time either way
    times = [t for v in values for t in [re.fullmatch(r"\s*(\d{1,2}):(\d\d)\s*", v)] if t]
    short = [t for t in times if int(t.group(1)) <= 4 and int(t.group(2)) < 60]
    # the log's own total row ("12:45") may sit at the foot of the column
    return len(short) >= 2 and len(short) >= len(times) - 1 and any(int(t.group(1)) == 0 for t in short)


def _grows(values: list[str]) -> bool:
    """A running total's column grows row by row; "Total time" whose values fall or stay level
    ("1 hr", "45 mins", "1 hr 30") is each session's own length."""
    bare = [float(v) for v in values if re.fullmatch(r"\s*\d{1,4}(?:\.\d{1,2})?\s*", v)]
    read = bare if len(bare) == len([v for v in values if v.strip(" -–—")]) else \
        [m for v in values for m in [total_minutes(v, "guess")] if m is not None]  # "8" then "10": hours, both
    if len(read) < 2:
        return True
    return not (any(b < a for a, b in zip(read, read[1:])) or len(set(read)) == 1)


def _lengths_under(name: str, values: list[str]) -> bool:
    """A column of written lengths under a name that does not say so ("Time with my mentee",
    "Mentoring"): known by its values. Clock spans stay clock times; dates and names never read so."""
    if H_DATE.search(name) or H_NOTES.search(name) or H_START.search(name) or H_FINISH.search(name):
        return False
    written = [v for v in values if v.strip(" -–—")]
    return len(written) >= 2 and sum(_written_length(v) for v in written) >= len(written) * 0.6


def _bare_unit(values: list[str], unit: str) -> str:
    """A column's bare numbers read alike: "1.15" or "0.45" in it means hours and minutes, so
    "1.30" beside them is an hour and a half; ".25", ".75" or "1.5" mean decimal hours."""
    if unit == "minutes":
        return unit
    fractions = [m.group(1) for v in values for m in [re.fullmatch(r"\s*\d{1,2}\.(\d{1,2})\s*", v)] if m]
    if any(len(f) == 1 or f in ("25", "75") or int(f) >= 60 for f in fractions):
        return unit  # decimal hours: as the column's name says, or guessed per value
    if any(f not in ("30", "50", "00") for f in fractions):
        return "h.mm"
    return unit



def total_minutes(value: str, unit: str | None) -> int | None:
    """A total's cell: written out, or a bare number in the log's unit ("36.5" hours), which
    may run past any one session's length."""
    length = read_length(value, unit)
    bare = re.fullmatch(r"\s*(\d{1,4})(?:[.:](\d{1,2}))?\s*", value)
    if bare is None or length is not None and unit != "hours":
        return length.minutes if length else None
    whole, part = int(bare.group(1)), bare.group(2)
    if unit == "minutes":
        return whole if part is None else None
    if unit == "h.mm" or value.count(":"):
        return whole * 60 + int(part or 0)
    return round(float(f"{whole}.{part or 0}") * 60)


_HOURS_NAME = re.compile(r"\s*(?:hrs?|hours)\.?\s*", re.IGNORECASE)
_MINUTES_NAME = re.compile(r"\s*(?:mins?|minutes)\.?\s*", re.IGNORECASE)


def hours_beside_minutes(lines: list[list[str]], header: int) -> list[list[str]] | None:
    """A log that gives each length in two columns, "Hrs | Mins" ("1 | 15", " | 50"): the two
    written as one ("1 h 15 min") so the rows read as any log's. None where the log has no such pair."""
    names = lines[header]
    at = next((i for i in range(len(names) - 1) if _HOURS_NAME.fullmatch(names[i]) and _MINUTES_NAME.fullmatch(names[i + 1])),
              None)
    if at is None:
        return None

    def joined(cells: list[str]) -> list[str]:
        hours, minutes = (cells[at] if at < len(cells) else ""), (cells[at + 1] if at + 1 < len(cells) else "")
        if not (re.fullmatch(r"\s*\d{0,2}\s*", hours) and re.fullmatch(r"\s*\d{0,2}\s*", minutes)) \
                or not (hours.strip() or minutes.strip()):
            value = " ".join(v for v in (hours, minutes) if v.strip())  # "- | -", a note: as written
        else:
            value = " ".join(f"{v.strip()} {unit}" for v, unit in ((hours, "h"), (minutes, "min")) if v.strip())
        return cells[:at] + [value] + cells[at + 2:]
    return lines[:header] + [names[:at] + ["Length (hrs and mins)"] + names[at + 2:]] + [joined(c) for c in lines[header + 1:]]


def lengths_from_running(lines: list[list[str]], header: int, cols: Columns) -> list[list[str]] | None:
    """A log whose only time is a running total ("Hours (cumulative)": 2, 3.5, 5.5 …): each
    session's length is the rise from the row above, written out in a column of its own
    ("1 h 30 min") so the rows read as any log's. None where the log is not of that shape."""
    if cols.lengths or cols.clocks or cols.start is not None or not cols.running or cols.date is None:
        return None
    column = min(cols.running)
    name = lines[header][column]
    scale = 1 if re.search(r"\bmins?\b|minutes", name, re.IGNORECASE) else 60
    out = [lines[header] + ["Length (rise in the running total)"]]
    last = 0.0
    for cells in lines[header + 1:]:
        value = cells[column] if column < len(cells) else ""
        bare = re.fullmatch(r"\s*(\d{1,4}(?:\.\d{1,2})?)\s*", value)
        rise = round((float(bare.group(1)) - last) * scale) if bare else 0
        last = float(bare.group(1)) if bare else last
        out.append(cells + [f"{rise} mins" if rise > 0 else ""])
    return lines[:header] + out


_WEEKDAY = re.compile(r"\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*", re.IGNORECASE)
_DAYS = "mon tue wed thu fri sat sun".split()


def weekday_cells(lines: list[list[str]]) -> list[tuple[int, str, str]] | None:
    """A week-to-a-row calendar ("Week | Mon | Tue | Wed …", "w/c 6 Jan | Mentee A 1h | | …"):
    each filled day is an entry of its own, dated from the week's first day where the row gives
    one. (row number, day, "08/01 Mentee B 45m") for each; None for any other table."""
    if len(lines) < 2:
        return None
    days = {i: _DAYS.index(m.group(1).lower()) for i, c in enumerate(lines[0]) for m in [_WEEKDAY.fullmatch(c)] if m}
    if len(days) < 3:
        return None
    out = []
    for number, cells in enumerate(lines[1:], start=2):
        week = date_in(" ".join(c for i, c in enumerate(cells) if i not in days))
        for i, day in days.items():
            if i < len(cells) and cells[i].strip(" -–—"):
                date = _day_of(week, day)
                when = f"{date.day:02d}/{date.month:02d} " if date else ""
                out.append((number, lines[0][i].strip(), when + cells[i]))
    return out


def _day_of(week: tuple[int, int] | None, day: int) -> datetime.date | None:
    """The date ``day`` days after the week's first (any year will do: only day and month are kept)."""
    try:
        return datetime.date(2025, week[1], week[0]) + datetime.timedelta(days=day) if week and week[1] else None
    except ValueError:
        return None


_FIELD = re.compile(r"\s*([^:|]{2,40}?)\s*:\s*(.*)")


def side_by_side_records(lines: list[list[str]]) -> list[list[tuple[str, str]]] | None:
    """A template that sets sessions side by side ("Session date: 06/01 | Session date: 13/01",
    "Session length: 1 hour | Session length: 45 mins"): one record of (label, value) pairs per
    column. None unless every row repeats one label across its cells."""
    if len(lines) < 2 or min(len(r) for r in lines) < 2:
        return None
    fields = [[_FIELD.fullmatch(c) for c in row] for row in lines]
    labelled = [row for row in fields if all(row) and len({m.group(1).casefold() for m in row}) == 1]
    if len(labelled) < max(2, len(lines) - 1):
        return None
    width = max(len(r) for r in labelled)
    return [[(row[i].group(1), row[i].group(2)) for row in labelled if i < len(row)] for i in range(width)]
