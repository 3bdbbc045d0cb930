"""Practice kept in tables: a session log with a header row, one record per session, or rows alone.

A log's header says which column holds the duration (and in what unit, for bare numbers
under "Hours"), the date, the person, a running total to ignore and the notes that do not
speak for the row. A table of "label | value" pairs is one session's record
(``practice_records``); who a cell names is ``practice_people``'s to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from marker.submission.durations import TOTAL_MINUTES, Duration, durations_in, read_length, unread_times
from marker.submission.model import Block
from marker.submission.practice_rules import (
    CANCELLED, NOT_COUNTED, SESSION, TOTAL_ROW, UNCERTAIN, UNREAD_WHY, PracticeRow,
    OWN_LEARNING, WATCHED, date_in, judge, key_of, kind_of, persons_in, session_number, support_kind,
)
from marker.submission.practice_records import (
    H_FINISH, H_LENGTH, H_PERSON, H_START, UNREAD_TIME_WHY, record_rows, start_to_finish,
)
from marker.submission.practice_text import line_rows

_H_DATE = re.compile(r"\bdate\b|\bday\b|\bwhen\b|\bweek\b|\bwk\b", re.IGNORECASE)
_H_RUNNING = re.compile(r"running|cumulative|\btotal\b|to\s+date|so\s+far|accumulated|\bsum\b", re.IGNORECASE)
_H_PLANNED = re.compile(r"plann|expected|scheduled|intended|target", re.IGNORECASE)
_H_ACTUAL = re.compile(r"actual|delivered|held|real", re.IGNORECASE)
_H_CLOCK = re.compile(r"\btime\b|\btimes\b", re.IGNORECASE)
_H_NOTES = re.compile(r"note|summary|comment|discuss|covered|what\s+we|action|outcome|reflect|content|topic|detail|descri|"
                      r"agreed|progress|learning|focus|feedback|evidence|signature|signed", re.IGNORECASE)
_H_ANY = re.compile("|".join(p.pattern for p in (_H_DATE, H_PERSON, _H_RUNNING, H_LENGTH, _H_CLOCK, _H_NOTES, H_START))
                    + r"|session|activity|type|purpose|venue|where|status|mode|no\.?$|#|ref", re.IGNORECASE)
_STRONG_PLANNED = re.compile(r"\(planned\)|^\W*planned\b|not\s+yet\s+(?:held|happened|taken\s+place)", re.IGNORECASE)
_NOTES_NAME_IT = re.compile(r"^\W*(?:observation|shadowing|supervision|tutorial)\b", re.IGNORECASE)
"""Notes whose first word says what the row was: "Observation of …", "Supervision with …"."""
_H_COUNT = re.compile(r"(?:no\.?|number|count)\s+of\s+(?:sessions|meetings)|^\s*(?:total\s+)?sessions(?:\s+(?:held|completed|delivered))?\s*$",
                      re.IGNORECASE)
_H_NUMBER = re.compile(r"(?:session|sess\.?|meeting)?\s*(?:no\.?|number|#)?|session|meeting", re.IGNORECASE)
_PLAN_TITLE = re.compile(r"\bplan(?:ned)?\b|\bschedule\b|\bforthcoming\b|\bfuture\b", re.IGNORECASE)
_LOG_TITLE = re.compile(r"\blog\b|\brecord|\bdiary\b|\bdelivered\b|\bheld\b|\bactual", re.IGNORECASE)


def table_rows(block: Block, caption: str = "", carried: list[list[str]] | None = None) -> list[PracticeRow]:
    """Every row of ``block`` that gives a duration. ``caption``: the heading above the table;
    ``carried``: holds the last log's header, for a log that runs on into a table of its own
    (a new page) without one; updated here."""
    lines = [[c.strip() for c in line.split("|")] for line in block.text.split("\n") if line.strip()]
    if not lines:
        return []
    lines = _across(lines)
    header = _header_index(lines)
    if header is None and carried and sum(len(r) == len(carried[0]) for r in lines) == len(lines) and len(carried[0]) > 2:
        lines, header = [carried[0]] + lines, 0  # the log carries on: its header holds here too
        first = 1
    else:
        first = 2 + (header or 0)
    if header is not None:
        cols = _columns(lines[header], lines[header + 1:])
        if carried is not None and (cols.lengths or cols.clocks or cols.start is not None):
            carried[:] = [lines[header]]
        if cols.lengths or cols.clocks or cols.start is not None:
            above = " ".join(lines[header]) + " " + " ".join(" ".join(r) for r in lines[:header]) + " " + caption
            if cols.planned_only or (_PLAN_TITLE.search(caption) and not _LOG_TITLE.search(caption)):
                default = "planned"  # "Planned sessions", "Mentoring plan": every row is still to come
            else:
                default = kind_of(above) or SESSION
            # "Mentee A – session log" above a log with no column for who: every row is with Mentee A
            named = persons_in(caption) if cols.person is None else set()
            whose = next(iter(named)) if len(named) == 1 else None
            return _log_rows(block, lines[header], lines[header + 1:], cols, first, default, whose)
        unread = _unread_length_column(lines[header], lines[header + 1:], cols)
        if unread is not None:
            return [PracticeRow(f"{lines[header][unread]}: " + ", ".join(r[unread] for r in lines[header + 1:] if unread < len(r))[:120],
                                f"{block.location} column {unread + 1}", None, False, UNREAD_COLUMN_WHY, UNCERTAIN, rank=0,
                                block=key_of(block))]
    pairs = [(r[0], " | ".join(r[1:])) for r in lines]
    timed = start_to_finish(pairs)
    if not durations_in(block.text) and not timed:
        return []
    if sum(len(r) == 2 for r in lines) >= max(2, len(lines) * 0.6):
        return record_rows(block, pairs + timed, block.location, caption)
    out: list[PracticeRow] = []
    for number, cells in enumerate(lines, start=1):
        location = f"{block.location} row {number}"
        out += line_rows(lambda at: block, " | ".join(cells), rank=1, one_per_line=True, location=location)
    return out


NOTES_ONLY_WHY = "uncertain: a length written only in the notes (check the row)"
UNREAD_COLUMN_WHY = "uncertain: a log whose length column could not be identified (check the figures by hand)"
_NOT_A_LENGTH = re.compile(r"page|\bp\.?$|\bref|score|rating|confiden|scale|mark|grade|\bage\b|year|level|\bq\d|/\s*10|"
                           r"\d\s*[-–]\s*10|session|\bno\.?|number|#|count|room|cost|£", re.IGNORECASE)
"""Numbers that are not lengths: a page, a rating out of 10, a count of sessions."""
_BARE_NUMBER = re.compile(r"\s*\d{1,3}(?:[.:]\d{1,2})?\s*")


def _unread_length_column(header: list[str], body: list[list[str]], cols: _Columns) -> int | None:
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


def _across(lines: list[list[str]]) -> list[list[str]]:
    """A diary grid with a column per session ("| Week 1 | Week 2", then "Date | 15 Sept | 22
    Sept", "Time with my mentee | 40 mins | …"): turned so each session is a row, as in a log.
    Known by its first column of field names, a row of dates and a row of lengths."""
    if len(lines) < 3 or min(len(r) for r in lines) < 3:
        return lines
    labels = [r[0] for r in lines[1:]]
    dated = [r for r in lines if _H_DATE.search(r[0]) and sum(bool(date_in(c)) for c in r[1:]) >= max(2, (len(r) - 1) // 2)]
    timed = [r for r in lines if sum(bool(_written_length(c)) for c in r[1:]) >= max(2, (len(r) - 1) // 2)]
    if not dated or not timed or sum(bool(_H_ANY.search(c)) for c in labels) < 2:
        return lines
    width = max(len(r) for r in lines)
    padded = [r + [""] * (width - len(r)) for r in lines]
    return [list(column) for column in zip(*padded)]


_CLOCK_SPAN = re.compile(r"\d\s*[:.]\s*\d\d\s*(?:am|pm)?\s*(?:-|–|—|to)\s*\d|\d\s*(?:am|pm)\s*(?:-|–|—|to)", re.IGNORECASE)


def _written_length(cell: str) -> bool:
    """A cell that is a length and little else ("40 mins", "1 hr 15"), not a clock span or a note."""
    return len(cell.split()) <= 5 and bool(durations_in(cell)) and not _CLOCK_SPAN.search(cell)


def _header_index(lines: list[list[str]]) -> int | None:
    for index, cells in enumerate(lines[:3]):
        if len(cells) < 2:
            continue
        named = [c for c in cells if c and _H_ANY.search(c) and len(c.split()) <= 8]
        # two columns ("Date | Time spent") only when both are headings: else "label | value" pairs
        enough = (len(named) >= 2 if len(cells) > 2 else
                  len(named) == 2 and len(lines) - index > 2 and not any(persons_in(c) for c in cells))
        if enough and not any(durations_in(c) or date_in(c) for c in cells):
            return index
    return None


@dataclass
class _Columns:
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
    planned_date: int | None = None
    held_date: int | None = None
    """"Actual date" beside "Planned date": a row with none was not held (yet)."""


def _columns(header: list[str], body: list[list[str]]) -> _Columns:
    cols = _Columns()
    planned: list[tuple[int, str | None, str]] = []
    for i, name in enumerate(header):
        kind = kind_of(name) or SESSION
        values = [r[i] for r in body if i < len(r) and r[i]]
        whole_numbers = bool(values) and all(re.fullmatch(r"\d{1,3}", v) for v in values)
        if _H_COUNT.search(name) and whole_numbers:
            cols.count = i
        elif _H_NUMBER.fullmatch(name.strip()) and whole_numbers and cols.number is None:
            cols.number = i
        elif _H_RUNNING.search(name) and not re.search(r"duration|length", name, re.IGNORECASE) and _grows(values):
            cols.running.add(i)
        elif H_LENGTH.search(name) or _lengths_under(name, values):
            unit = ("h.mm" if re.search(r"h\s*[:.]\s*mm|hh\s*[:.]\s*mm", name, re.IGNORECASE)
                    else "minutes" if re.search(r"\bmins?\b|minutes", name, re.IGNORECASE)
                    else "hours" if re.search(r"\bhours?\b|\bhrs?\b", name, re.IGNORECASE) else "guess")
            entry = (i, _bare_unit(values, unit), kind)
            if _H_PLANNED.search(name) and not _H_ACTUAL.search(name):
                planned.append(entry)  # "Planned duration" beside "Actual": the actual counts
            elif _H_ACTUAL.search(name):
                cols.lengths.insert(0, entry)
            else:
                cols.lengths.append(entry)
        elif _H_DATE.search(name) and _H_PLANNED.search(name) and not _H_ACTUAL.search(name):
            cols.planned_date = i  # "Planned date" beside "Actual date": the actual one says it was held
        elif _H_DATE.search(name) and _H_ACTUAL.search(name):
            cols.date = cols.held_date = i
        elif cols.date is None and _H_DATE.search(name):
            cols.date = i
        elif H_START.search(name) and cols.start is None:
            cols.start = i
        elif H_FINISH.search(name) and cols.finish is None:
            cols.finish = i
        elif _H_CLOCK.search(name):
            cols.clocks.append(i)
        elif cols.person is None and H_PERSON.search(name) and not _H_NOTES.search(name):
            cols.person = i
        elif _H_NOTES.search(name):
            cols.notes.add(i)
        else:
            # durations under a name of their own: "Mentoring", "Supervision review", "Planned" beside "Actual"
            timed = bool(_H_PLANNED.search(name) or _H_ACTUAL.search(name))  # "Actual" may hold bare "1.30"
            readable = [v for v in values if read_length(v, "guess" if timed else None) is not None]
            if values and len(readable) >= max(1, len(values) // 2):
                entry = (i, _bare_unit(values, "guess") if timed else None, kind)
                if _H_PLANNED.search(name) and not _H_ACTUAL.search(name):
                    planned.append(entry)
                elif _H_ACTUAL.search(name):
                    cols.lengths.insert(0, entry)
                else:
                    cols.lengths.append(entry)
    if cols.date is None:
        cols.date = cols.planned_date
    if planned and not cols.lengths:
        cols.lengths, cols.planned_only = planned, True
    else:
        cols.planned = [c for c, _, _ in planned]
    return cols


def _grows(values: list[str]) -> bool:
    """A running total's column grows row by row; "Total time" whose values fall or stay level
    ("1 hr", "45 mins", "1 hr 30") is each session's own length."""
    read = [m for v in values for m in [_total_minutes(v, "guess")] if m is not None]
    if len(read) < 2:
        return True
    return not (any(b < a for a, b in zip(read, read[1:])) or len(set(read)) == 1)


def _lengths_under(name: str, values: list[str]) -> bool:
    """A column of written lengths under a name that does not say so ("Time with my mentee",
    "Mentoring"): known by its values. Clock spans stay clock times; dates and names never read so."""
    if _H_DATE.search(name) or _H_NOTES.search(name) or H_START.search(name) or H_FINISH.search(name):
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


def _log_rows(block: Block, header: list[str], body: list[list[str]], cols: _Columns, first: int,
              default: str, whose: str | None = None) -> list[PracticeRow]:
    kinds = {k for _, _, k in cols.lengths}
    out: list[PracticeRow | None] = []
    numbers: dict[str, int | None] = {}
    for number, cells in enumerate(body, start=first):
        cells = cells + [""] * (len(header) - len(cells))
        if not any(cells):
            continue
        location = f"{block.location} row {number}"
        text = " | ".join(c for c in cells if c)
        own = [c for c in own_cells_of(cells, cols) if c]
        said = _decisive(own)
        if re.match(r"\W*(?:sub-?\s?|grand\s+)?totals?\b", " ".join(own), re.IGNORECASE):
            said = f"Total {said}"  # "Total number of hours completed": a long first cell that says what the row is
        notes = " ".join(cells[i] for i in cols.notes if i < len(cells))
        date = date_in(cells[cols.date]) if cols.date is not None else date_in(said)
        person = cells[cols.person] if cols.person is not None and cells[cols.person].strip(" -–—/?") else whose
        if support_kind(person):
            said, person = f"{said} {support_kind(person)}", None  # "Line manager" in the "With" column: supervision
        numbers[location] = int(cells[cols.number]) if cols.number is not None and cells[cols.number].isdigit() else session_number(said)
        if len(kinds) > 1:
            # one row, several kinds of time: "Mentoring | Supervision review"
            for column, unit, kind in cols.lengths:
                value = cells[column] if column < len(cells) else ""
                if value.strip(" -–—"):
                    length = read_length(value, unit)
                    # "DNA" under "Time with mentee" says nothing of the supervision beside it
                    others = {c for c, _, _ in cols.lengths if c != column}
                    own_cells = _decisive([c for i, c in enumerate(own_cells_of(cells, cols)) if i not in others and c])
                    own_cells = f"Total {own_cells}" if said.startswith("Total ") else own_cells
                    out.append(_classified(block, location, f"{header[column]}: {text}", own_cells, notes, length, date,
                                           person, kind, unreadable=length is None))
            if not any(cells[c] for c, _, _ in cols.lengths if c < len(cells)):
                out.append(_classified(block, location, text, said, notes, None, date, person, SESSION, unreadable=False))
            continue
        length, unreadable = _row_length(cells, cols)
        if length is None and re.match(r"\W*(?:sub-?\s?|grand\s+)?totals?\b", said, re.IGNORECASE):
            # "Total | 12 hrs 30": longer than any one session, read in the length column only
            length = next((d for c, _, _ in cols.lengths if c < len(cells)
                           for d in durations_in(cells[c], TOTAL_MINUTES)[:1]), None)
        if cols.count is not None:
            out.append(PracticeRow(" ".join(text.split())[:160], location, length.minutes if length else None, False,
                                   "a summary of the sessions, not a session", "total", date, None, 0, key_of(block)))
            continue
        kind = next(iter(kinds)) if kinds and kinds != {SESSION} else default
        if (length is None and not unreadable and any(cells[c].strip(" -–—") for c in cols.planned if c < len(cells))
                and not CANCELLED.search(text)):
            kind = "planned"  # a planned time and no actual one: not held (yet)
        if cols.held_date is not None and cols.planned_date is not None and not cells[cols.held_date].strip(" -–—"):
            kind = "planned"  # a planned date and no actual one: not held (yet)
        out.append(_classified(block, location, text, said, notes, length, date, person, kind, unreadable))
        unread = [t for c, _, _ in cols.lengths if c < len(cells) for t in unread_times(cells[c])]
        if unread and out[-1] is not None and out[-1].counted:
            out.append(PracticeRow(" ".join(text.split())[:160], location, None, False,
                                   f"{UNREAD_TIME_WHY}: {', '.join(unread)}", UNCERTAIN, date, person, 0, key_of(block)))
    out += _running_totals(block, header, body, cols, first)
    return [replace(r, number=numbers.get(r.location)) for r in out if r is not None]


def _total_minutes(value: str, unit: str | None) -> int | None:
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


def _running_totals(block: Block, header: list[str], body: list[list[str]], cols: _Columns, first: int) -> list[PracticeRow]:
    """A running-total column's last value: the learner's own total, to check the rows against.
    Only a column that grows row by row: "Total hours" may be each session's length."""
    unit = cols.lengths[0][1] if cols.lengths else "guess"
    out = []
    for column in sorted(cols.running):
        read = [(n, cells[column], _total_minutes(cells[column], unit)) for n, cells in enumerate(body, start=first)
                if column < len(cells) and cells[column].strip(" -–—")]
        values = [minutes for _, _, minutes in read if minutes is not None]
        if len(values) < 3 or len(values) < len(read) or any(b < a for a, b in zip(values, values[1:])):
            continue
        number, value, minutes = read[-1]
        out.append(PracticeRow(f"{header[column]}: {value}", f"{block.location} row {number}", minutes, False,
                               "the learner's running total", "total", None, None, 0, key_of(block)))
    return out


def own_cells_of(cells: list[str], cols: _Columns) -> list[str]:
    """The cells that speak for the row (not its notes or running total), blanked in place so
    their columns keep their numbers."""
    return [c if i not in cols.notes and i not in cols.running else "" for i, c in enumerate(cells)]


def _decisive(cells: list[str]) -> str:
    """What a row's cells say about the row: short cells ("Held", "Supervision", "Mentee A") whole,
    a long description only by its label ("Observation: sat in …") and what it says of the
    row itself ("(not counted)"). "We planned her presentation" is a session's topic, not a plan."""
    said = []
    for cell in cells:
        cell = WATCHED.sub(" session observed ", cell)  # "Observation of my practice by my tutor": the learner's session
        words = cell.split()
        if len(words) <= 4:
            said.append(cell)
        else:
            label = re.match(r"\s*((?:\S+\s+){0,2}\S+?)\s*[:–—-]\s", cell)  # "Observation: sat in on …"
            strong = [m.group(0) for p in (NOT_COUNTED, CANCELLED, _STRONG_PLANNED, _NOTES_NAME_IT, OWN_LEARNING)
                      for m in p.finditer(cell)]
            said.append(" ".join(([label.group(1)] if label else []) + strong))
    return " | ".join(said)


def _row_length(cells: list[str], cols: _Columns) -> tuple[Duration | None, bool]:
    """The row's duration from the best column that holds one; and whether one was written but unreadable."""
    written = False
    for column, unit, _ in cols.lengths:
        value = cells[column] if column < len(cells) else ""
        if value.strip(" -–—?"):
            written = True
            length = read_length(value, unit)
            if length is not None:
                return length, False
    if cols.start is not None and cols.finish is not None:
        found = durations_in(f"{cells[cols.start]} – {cells[cols.finish]}")
        if found:
            return found[0], False
        written = written or bool(cells[cols.start].strip(" -–—"))
    for column in cols.clocks + ([cols.start] if cols.start is not None else []):
        found = durations_in(cells[column] if column < len(cells) else "")
        if found:
            return found[0], False
    return None, written


def _classified(block: Block, location: str, text: str, said: str, notes: str, length: Duration | None, date, person,
                kind: str, unreadable: bool) -> PracticeRow | None:
    """A log's row: its own cells say what it is; its notes only when they say it was not counted or did not happen."""
    shown = " ".join(text.split())
    minutes = length.minutes if length else None
    if re.match(r"\W*(?:sub-?\s?|grand\s+)?totals?\b", said, re.IGNORECASE) or (TOTAL_ROW.search(said) and not date_in(said)):
        return PracticeRow(shown[:160], location, minutes, False, "total row", "total", date, None, 0, key_of(block))
    if kind == "planned":
        return PracticeRow(shown[:160], location, minutes, False, "planned", "planned", date, person, 0, key_of(block))
    strong = " ".join(m.group(0) for p in (NOT_COUNTED, CANCELLED, _STRONG_PLANNED, _NOTES_NAME_IT) for m in p.finditer(notes))
    if any(_SESSION_CELL.fullmatch(c) for c in said.split(" | ")):
        kind = SESSION  # a Type cell that says "Mentoring" outweighs the caption above the table
    row = judge(block, location, shown, f"{said} {strong}", "", minutes, date, person, 0, kind_of(f"{said} {strong}") or kind,
                in_log=True, count=length.count if length else 1, uncertain=bool(length and length.uncertain))
    if row.counted and unreadable:
        return replace(row, counted=False, why=UNREAD_WHY, kind=UNCERTAIN)
    if row.counted and minutes is None:
        # a dated row with no time is worth listing; an empty or ruled-off row is not
        if durations_in(notes):
            # "approx 45 mins" in the notes, the length column empty: a session whose time is not where the log keeps it
            return replace(row, counted=False, why=NOTES_ONLY_WHY, kind=UNCERTAIN)
        return replace(row, counted=False, why="no duration given", kind="other") if date else None
    return row


_SESSION_CELL = re.compile(r"\s*(?:mentoring|coaching|one[- ]to[- ]one|1:1)(?:\s+session)?\s*", re.IGNORECASE)
