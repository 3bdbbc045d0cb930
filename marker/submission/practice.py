"""Mentoring or coaching practice as learners log it: every row counted or left out, and why.

Learners keep their practice in session logs (tables with a duration, a clock time, a
running total, a "Mentee" column), in one record table per session, in sentences ("On 6
January we met for an hour and a half"), or several of these at once. Only sessions
actually delivered count; supervision and tutorials are counted apart; planned and
cancelled sessions, totals, the learner's own subtotals, observations, contacts the
learner marked "not counted" and a session recorded twice are listed with the reason they
were left out, so the assessor can check every figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from marker.submission.durations import Duration, durations_in, read_duration
from marker.submission.finding import Finding
from marker.submission.model import Block, Document

SESSION, SUPERVISION, TUTORIAL = "session", "supervision", "tutorial"
"""The kinds of row that are counted: a session in the practice figure, the other two in supervision."""


@dataclass(frozen=True)
class PracticeRow:
    """One row of a log, one record or one sentence that gives a duration."""

    text: str
    location: str
    minutes: int | None
    """None when the duration could not be read."""
    counted: bool
    why: str
    """"counted", or why it was left out: "planned", "total row", "same session as …"."""
    kind: str
    """session, supervision, tutorial, observation, planned, cancelled, total, not counted, other."""
    date: tuple[int, int] | None = None
    person: str | None = None
    rank: int = 2
    """Where it came from: 0 a log's row, 1 a record table, 2 text. A session recorded twice keeps the first."""
    block: tuple[str, int, int | None] = ("", 0, None)


@dataclass(frozen=True)
class Practice:
    """Mentoring or coaching time logged in the submission."""

    minutes: int
    sessions: int
    individuals: tuple[str, ...]
    supervision_minutes: int
    supervision_sessions: int
    sources: tuple[Finding, ...]
    """Each counted session ("60 min: …", location), so the assessor can check the sum."""
    rows: tuple[PracticeRow, ...] = field(default_factory=tuple)
    """Every row counted or left out, in document order."""
    session_minutes: tuple[int, ...] = ()
    """Each counted session's length, for a unit that sets a minimum per session."""
    supervision_each: tuple[int, ...] = ()


# --- words that decide what a row is ------------------------------------------------------

_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH.replace('mon', 'm1')}\b"
    rf"|\b{_MONTH.replace('mon', 'm2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)"
    r"|(?<![\d.:/])(?P<d3>\d{1,2})/(?P<m3>\d{1,2})(?:/\d{2,4})?(?![\d/])"
    r"|(?<![\d.:])(?P<d4>\d{1,2})[.-](?P<m4>\d{1,2})[.-](?:\d{4}|\d{2})(?![\d.])",
    re.IGNORECASE,
)
_SESSION_NUMBER = re.compile(r"\b(?:session|meeting|sesh)\s*(?:no\.?\s*)?\d{1,2}\b", re.IGNORECASE)

_NOT_COUNTED = re.compile(r"not\s+(?:been\s+)?(?:counted|included)|n[o']t\s+count|not\s+part\s+of\s+the\s+(?:hours|total)|"
                          r"\bexcluded\b|(?:do|did)\s+not\s+count", re.IGNORECASE)
_CANCELLED = re.compile(r"\bcancel+ed\b|\bdid\s*n[o']?t\s+attend|\bDNA\b|\bno[- ]show\b|\bpostponed\b|\bre-?arranged\b(?!\s+for)|\bmissed\b", re.IGNORECASE)
_PLANNED = re.compile(r"\bplanned\b|\bto\s+be\s+(?:held|arranged|confirmed)|\bbooked\b|\bprovisional|\bscheduled\b|\bTBC\b|"
                      r"not\s+yet\s+(?:held|happened|taken\s+place)|\bfuture\b", re.IGNORECASE)
"""A log's row that has not happened yet."""
_PLANNED_TEXT = re.compile(_PLANNED.pattern + r"|\bplan\b|\bplans\b|\bnext\s+session\b|\bwill\s+(?:meet|be|take|last|run)|\bintend|\baim\s+to\b",
                           re.IGNORECASE)
"""A sentence about sessions to come."""
_REQUIRED = re.compile(r"\bminimum\b|\bat\s+least\b|\brequire|\bmust\b|\bneed\s+to\b|\btarget\b|\basks\s+for\b|\bexpected\b|"
                       r"\beach\b|\bper\s+(?:session|week|month)|\bevery\s+(?:week|fortnight|month)|\bup\s+to\b|\bmaximum\b", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:sub-?\s?)?totals?\b|\bin\s+all\b|\baltogether\b|\boverall\b|\bso\s+far\b|\bto\s+date\b|\bcumulative\b|"
                    r"\bby\s+the\s+end\s+of\b|\bthat\s+(?:makes|made|brings|brought)\b|\bwhich\s+(?:makes|made|came)\b|\bcame\s+to\b|"
                    r"\bin\s+summary\b|\bsumm(?:ary|arise)", re.IGNORECASE)
_SUPERVISION = re.compile(r"supervis", re.IGNORECASE)
_TUTORIAL = re.compile(r"\btutor(?:ial|s)?\b", re.IGNORECASE)
_OBSERVATION = re.compile(r"\bobservation\b|\bshadow(?:ed|ing)?\b|\bsat\s+in\s+on\b|\bobserved\s+(?:an?|the|my)\s+(?:experienced|senior|other|colleague)",
                          re.IGNORECASE)
_NOT_A_LENGTH = re.compile(r"(?:within|after|before|first|last|every|each|per|than|under|about\s+the|later|nearly\s+every)\s*$", re.IGNORECASE)
_FREQUENCY_AFTER = re.compile(r"^\s*(?:a|per|each|every)\s+(?:day|week|month|fortnight|night)\b", re.IGNORECASE)
_PERSON = re.compile(r"\b(mentee|coachee|client|individual|learner)\s+([A-Z]{1,2}|\d{1,2})\b(?![a-z])", re.IGNORECASE)
_STATED_INDIVIDUALS = re.compile(
    r"\b(?:mentored|coached|worked\s+with|supported)\s+(\d|one|two|three|four|five|six)\s+(?:different\s+)?"
    r"(?:individuals|mentees|coachees|clients|people|colleagues)\b", re.IGNORECASE)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

# log table headers
_H_DATE = re.compile(r"\bdate\b|\bday\b|\bwhen\b|\bweek\b|\bwk\b", re.IGNORECASE)
_H_PERSON = re.compile(r"mentee|coachee|client|individual|\bwho\b|\bwith\b|\bname\b|person|learner|\bclient", re.IGNORECASE)
_H_RUNNING = re.compile(r"running|cumulative|\btotal\b|to\s+date|so\s+far|accumulated", re.IGNORECASE)
_H_LENGTH = re.compile(r"duration|length|how\s+long|time\s+(?:spent|taken)|\bhours?\b|\bhrs?\b|\bmins?\b|minutes", re.IGNORECASE)
_H_CLOCK = re.compile(r"\btime\b|\bstart|\bfinish|\bend\b|\bfrom\b|\bto\b|\bbegan", re.IGNORECASE)
_H_NOTES = re.compile(r"note|summary|comment|discuss|covered|what\s+we|action|outcome|reflect|content|topic|detail|description|agreed|progress|learning",
                      re.IGNORECASE)
_H_ANY = re.compile("|".join(p.pattern for p in (_H_DATE, _H_PERSON, _H_RUNNING, _H_LENGTH, _H_CLOCK, _H_NOTES))
                    + r"|session|activity|type|purpose|venue|where|signed|no\.?$|#", re.IGNORECASE)


def practice(documents: Iterable[Document], body: Callable[[Document], list[Block]] | None = None) -> Practice:
    """Every row, record and sentence that gives a duration, each counted or left out with why."""
    rows: list[PracticeRow] = []
    for document in documents:
        blocks = body(document) if body else list(document.blocks)
        rows += _document_rows(blocks)
    rows = _without_repeats(rows)
    return _figures(rows)


def _document_rows(blocks: list[Block]) -> list[PracticeRow]:
    rows: list[PracticeRow] = []
    run: list[Block] = []
    for block in blocks:
        if block.kind == "table":
            rows += _text_rows(run)
            run = []
            rows += _table_rows(block)
        elif block.page is not None:
            run.append(block)  # a PDF's lines: a log's row may run over several, so they are read together
        else:
            rows += _text_rows([block])
    rows += _text_rows(run)
    return rows


# --- tables -------------------------------------------------------------------------------

def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split(" | ")]


def _table_rows(block: Block) -> list[PracticeRow]:
    lines = [_cells(line) for line in block.text.split("\n") if line.strip()]
    if not lines or not any(durations_in(line) for line in block.text.split("\n")) and not _has_bare_hours(lines):
        return []
    header = _header_index(lines)
    if header is not None:
        cols = _columns(lines[header], lines[header + 1:])
        if cols.lengths or cols.clocks or cols.start is not None:
            return _log_rows(block, lines[header], lines[header + 1:], cols)
    if sum(len(r) == 2 for r in lines) >= max(2, len(lines) * 0.6):
        return _record_rows(block, lines)
    out = []
    for cells in lines:
        out += _line_rows(lambda at: block, " | ".join(cells), rank=1, one_per_line=True)
    return out


def _has_bare_hours(lines: list[list[str]]) -> bool:
    return any(_H_LENGTH.search(c) for c in lines[0]) if lines else False


def _header_index(lines: list[list[str]]) -> int | None:
    for index, cells in enumerate(lines[:3]):
        if len(cells) < 3:
            continue
        named = [c for c in cells if c and _H_ANY.search(c) and len(c.split()) <= 5]
        if len(named) >= 2 and not any(durations_in(c) or _DATE.search(c) for c in cells):
            return index
    return None


@dataclass
class _Columns:
    date: int | None = None
    person: int | None = None
    lengths: list[tuple[int, str | None, str]] = field(default_factory=list)
    """(column, unit for bare numbers, kind): durations, best first."""
    clocks: list[int] = field(default_factory=list)
    start: int | None = None
    finish: int | None = None
    running: set[int] = field(default_factory=set)
    notes: set[int] = field(default_factory=set)


def _columns(header: list[str], body: list[list[str]]) -> _Columns:
    cols = _Columns()
    for i, name in enumerate(header):
        kind = SUPERVISION if _SUPERVISION.search(name) else TUTORIAL if _TUTORIAL.search(name) else SESSION
        if _H_RUNNING.search(name) and not re.search(r"duration|length", name, re.IGNORECASE):
            cols.running.add(i)
        elif _H_LENGTH.search(name):
            unit = "minutes" if re.search(r"\bmins?\b|minutes", name, re.IGNORECASE) else "hours" if re.search(r"\bhours?\b|\bhrs?\b", name, re.IGNORECASE) else None
            cols.lengths.append((i, unit, kind))
        elif cols.date is None and _H_DATE.search(name):
            cols.date = i
        elif re.search(r"\bstart|\bfrom\b|\bbegan", name, re.IGNORECASE):
            cols.start = i
        elif re.search(r"\bfinish|\bend\b|\bto\b", name, re.IGNORECASE):
            cols.finish = i
        elif _H_CLOCK.search(name):
            cols.clocks.append(i)
        elif cols.person is None and _H_PERSON.search(name):
            cols.person = i
        elif _H_NOTES.search(name):
            cols.notes.add(i)
        else:
            # a column of durations under a name of its own ("Mentoring", "Supervision review")
            values = [r[i] for r in body if i < len(r) and r[i]]
            readable = [v for v in values if read_duration(v) is not None]
            if values and len(readable) >= max(1, len(values) // 2):
                cols.lengths.append((i, None, kind))
    return cols


def _log_rows(block: Block, header: list[str], body: list[list[str]], cols: _Columns) -> list[PracticeRow]:
    kinds = {k for _, _, k in cols.lengths}
    out: list[PracticeRow] = []
    for cells in body:
        cells = cells + [""] * (len(header) - len(cells))
        if not any(cells):
            continue
        text = " | ".join(c for c in cells if c)
        said = " | ".join(c for i, c in enumerate(cells) if i not in cols.notes and i not in cols.running)
        notes = " | ".join(cells[i] for i in cols.notes if i < len(cells))
        date = _date(cells[cols.date]) if cols.date is not None else _date(said)
        person = cells[cols.person] if cols.person is not None and cells[cols.person] else None
        if len(kinds) > 1:
            # one row, several kinds of time: "Mentoring | Supervision review"
            for column, unit, kind in cols.lengths:
                value = cells[column] if column < len(cells) else ""
                if not value:
                    continue
                minutes = read_duration(value, unit)
                out.append(_classified(block, f"{header[column]}: {text}", said, notes, minutes, date, person, rank=0,
                                       kind=kind, unreadable=minutes is None))
            if not any(cells[c] for c, _, _ in cols.lengths if c < len(cells)):
                out.append(_classified(block, text, said, notes, None, date, person, rank=0, kind=SESSION, unreadable=False))
            continue
        minutes, unreadable = _row_minutes(cells, cols)
        kind = next(iter(kinds)) if kinds else SESSION
        out.append(_classified(block, text, said, notes, minutes, date, person, rank=0, kind=kind, unreadable=unreadable))
    return [r for r in out if r is not None]


def _row_minutes(cells: list[str], cols: _Columns) -> tuple[int | None, bool]:
    """The row's duration, from the best column that holds one; and whether one was written but unreadable."""
    written = False
    for column, unit, _ in cols.lengths:
        value = cells[column] if column < len(cells) else ""
        if value.strip(" -–—"):
            written = True
            minutes = read_duration(value, unit)
            if minutes is not None:
                return minutes, False
    if cols.start is not None and cols.finish is not None:
        span = f"{cells[cols.start]} – {cells[cols.finish]}"
        found = durations_in(span)
        if found:
            return found[0].minutes, False
        written = written or bool(cells[cols.start].strip())
    for column in cols.clocks:
        value = cells[column] if column < len(cells) else ""
        found = durations_in(value)
        if found:
            return found[0].minutes, False
    return None, written


def _record_rows(block: Block, lines: list[list[str]]) -> list[PracticeRow]:
    """A table of "label | value" pairs: one session's record, or a plan, or a cover sheet."""
    pairs = [(cells[0], " | ".join(cells[1:])) for cells in lines]
    text = "; ".join(f"{k}: {v}" if v else k for k, v in pairs)
    date = next((_date(v) for k, v in pairs if _date(v)), None)
    person = next((v for k, v in pairs if v and _H_PERSON.search(k) and not _H_LENGTH.search(k)), None)
    whole = " ".join(k for k, _ in pairs[:1])
    out: list[PracticeRow] = []
    counted_one = False
    for key, value in pairs:
        found = durations_in(value) or durations_in(key)
        if not found:
            if _H_LENGTH.search(key) and value.strip(" -–—") and not _PLANNED.search(key) and not _TOTAL.search(key):
                out.append(PracticeRow(f"{key}: {value}"[:120], block.location, None, False, "duration not read", "other",
                                       date, person, 1, _key(block)))
            continue
        minutes = found[0].minutes
        row = _classified(block, f"{key}: {value}", f"{whole} {key} {value}", "", minutes, date, person, rank=1,
                          kind=SESSION, unreadable=False)
        if row.counted and (counted_one or not (date or _SESSION_NUMBER.search(text) or re.search(r"session|meeting|record", text, re.I))):
            row = replace(row, counted=False, kind="other",
                          why="another figure in the same record" if counted_one else "not a dated session record")
        counted_one = counted_one or row.counted
        out.append(row)
    return out


# --- text ---------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'‘“(])")
_WHOLE_SENTENCE_TOTAL = re.compile(r"^\W*(?:in\s+total|in\s+all|altogether|overall|so\s+far|to\s+date|by\s+the\s+end|total|sub-?total|"
                                   r"this\s+(?:makes|made|brings|gives)|that\s+(?:makes|made|brings|gives))", re.IGNORECASE)


def _text_rows(blocks: list[Block]) -> list[PracticeRow]:
    if not blocks:
        return []
    text = " ".join(b.text for b in blocks)
    if not durations_in(text):
        return []
    starts, at = [], 0
    for b in blocks:
        starts.append(at)
        at += len(b.text) + 1

    def owner(offset: int) -> Block:
        return blocks[max(i for i, s in enumerate(starts) if s <= offset)]

    out: list[PracticeRow] = []
    offset = 0
    for sentence in _SENTENCE_END.split(text):
        begin = text.find(sentence, offset)
        offset = begin + len(sentence)
        if durations_in(sentence):
            out += _line_rows(lambda at, b=begin: owner(b + at), sentence, rank=2, one_per_line=False)
    return out


def _line_rows(block_at: Callable[[int], Block], line: str, rank: int, one_per_line: bool) -> list[PracticeRow]:
    """A sentence, or a table's row that has no header: each date starts a new entry.

    ``block_at(offset)`` is the block that holds the line's character at ``offset``.
    """
    found = durations_in(line)
    if not found:
        return []
    dates = [(m.start(), _date_of(m)) for m in _DATE.finditer(line)]
    whole_total = bool(_WHOLE_SENTENCE_TOTAL.search(line))
    head = line[: dates[0][0]] if dates else ""
    out: list[PracticeRow] = []
    counted_segments: set[int] = set()
    for index, duration in enumerate(found):
        previous_end = found[index - 1].end if index else 0
        next_start = found[index + 1].start if index + 1 < len(found) else len(line)
        segment = _segment(dates, found, index)
        seg_start = dates[segment][0] if segment is not None else 0
        seg_end = next((at for at, _ in dates if at > max(seg_start, duration.start)), len(line))
        before = line[max(previous_end, seg_start if seg_start <= duration.start else previous_end):duration.start]
        after = line[duration.end:min(next_start, seg_end)]
        date = dates[segment][1] if segment is not None else None
        entry = line[min(seg_start, duration.start) if segment is not None else 0:seg_end] if dates else line
        persons = {f"{m.group(1).capitalize()} {m.group(2).upper()}" for m in _PERSON.finditer(entry)}
        person = persons.pop() if len(persons) == 1 else None
        kind = _kind(before + after) or _kind(head) or _kind(line if not dates else entry) or SESSION
        row = _judge(block_at(duration.start), " ".join(entry.split()), before, after, duration.minutes, date, person, rank, kind)
        if row.counted and whole_total:
            row = replace(row, counted=False, kind="total", why="the learner's own total")
        if row.counted and (one_per_line and index > 0 or segment is not None and segment in counted_segments):
            row = replace(row, counted=False, kind="other", why="another figure for the same entry (a running total or the time written twice)")
        if row.counted and not (date or _SESSION_NUMBER.search(entry)):
            row = replace(row, counted=False, kind="other", why="no date or session number: not taken as a session")
        if row.counted and segment is not None:
            counted_segments.add(segment)
        out.append(row)
    return out


def _segment(dates: list[tuple[int, tuple | None]], found: list[Duration], index: int) -> int | None:
    """The date a duration belongs to: the last before it, or one just after it in the same clause."""
    at = found[index].start
    before = [i for i, (start, _) in enumerate(dates) if start <= at]
    if before:
        return before[-1]
    if dates and dates[0][0] - found[index].end < 40 and not (index + 1 < len(found) and found[index + 1].start < dates[0][0] + 40):
        return 0
    return None


# --- judging one row ----------------------------------------------------------------------

def _classified(block: Block, text: str, said: str, notes: str, minutes: int | None, date, person, rank: int, kind: str,
                unreadable: bool) -> PracticeRow | None:
    """A log's row: its own cells say what it is; its notes only when they say it was not counted or did not happen."""
    shown = " ".join(text.split())
    if re.match(r"\W*(?:sub-?\s?|grand\s+)?totals?\b", said, re.IGNORECASE) or (_TOTAL.search(said) and not _date(said)):
        return PracticeRow(shown[:160], block.location, minutes, False, "total row", "total", date, person, rank, _key(block))
    kind = _kind(said) or kind
    row = _judge(block, shown, said + " " + _strong(notes), "", minutes, date, person, rank, kind, in_log=True)
    if row.counted and unreadable:
        return replace(row, counted=False, why="duration not read", kind="other")
    if row.counted and minutes is None:
        return replace(row, counted=False, why="no duration given", kind="other") if date else None
    return row


_STRONG_PLANNED = re.compile(r"\(planned\)|^\W*planned\b|not\s+yet\s+(?:held|happened|taken\s+place)", re.IGNORECASE)
_PLANNED_AFTER = re.compile(r"^\W{0,3}\(?\s*(?:planned|booked|provisional|to\s+be\s+(?:held|confirmed)|TBC|scheduled)\b", re.IGNORECASE)


def _strong(notes: str) -> str:
    """What a log's notes may say about the row itself."""
    return " ".join(m.group(0) for p in (_NOT_COUNTED, _CANCELLED, _STRONG_PLANNED) for m in p.finditer(notes))


def _judge(block: Block, shown: str, before: str, after: str, minutes: int | None, date, person,
           rank: int, kind: str, in_log: bool = False) -> PracticeRow:
    """Why a duration is left out, checked in order; counted when nothing says otherwise.

    In a log's row every cell but the notes speaks for the row (``before``). In text only
    the words near the duration do: the rest of a sentence may be about another session.
    """
    def left(why: str, as_kind: str) -> PracticeRow:
        return PracticeRow(shown[:160], block.location, minutes, False, why, as_kind, date, person, rank, _key(block))

    around = f"{before} {after}"
    if _NOT_COUNTED.search(around):
        return left("learner marked not counted", "not counted")
    if _CANCELLED.search(around):
        return left("cancelled or did not happen", "cancelled")
    if _OBSERVATION.search(around):
        return left("observation", "observation")
    if not in_log and (_NOT_A_LENGTH.search(before) or _FREQUENCY_AFTER.search(after)):
        return left("part of a session, not its length", "other")
    if not in_log and (_TOTAL.search(before[-30:]) or re.match(r"\W*(?:in\s+total|in\s+all|altogether|total)\b", after, re.IGNORECASE)):
        return left("the learner's own total", "total")
    if (_PLANNED.search(before) if in_log else _PLANNED_TEXT.search(before[-80:])) or _PLANNED_AFTER.search(after):
        return left("planned", "planned")
    if _REQUIRED.search(before if in_log else f"{before[-60:]} {after[:30]}"):
        return left("a requirement or a plan, not a session", "planned")
    why = "counted" if kind == SESSION else f"counted as {kind}"
    return PracticeRow(shown[:160], block.location, minutes, True, why, kind, date, person, rank, _key(block))


def _kind(text: str) -> str | None:
    if _SUPERVISION.search(text):
        return SUPERVISION
    if _TUTORIAL.search(text):
        return TUTORIAL
    return None


def _key(block: Block) -> tuple[str, int, int | None]:
    return (block.file, block.number, block.page)


def _date(text: str) -> tuple[int, int] | None:
    match = _DATE.search(text or "")
    return _date_of(match) if match else None


def _date_of(match: re.Match) -> tuple[int, int] | None:
    g = match.groupdict()
    if g.get("d1"):
        day, month = int(g["d1"]), _MONTHS.index(g["m1"][:3].lower()) + 1
    elif g.get("d2"):
        day, month = int(g["d2"]), _MONTHS.index(g["m2"][:3].lower()) + 1
    elif g.get("d3"):
        day, month = int(g["d3"]), int(g["m3"])
    else:
        day, month = int(g["d4"]), int(g["m4"])
    return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


# --- the same session twice, and the figures ----------------------------------------------

def _person_key(person: str | None) -> str | None:
    if not person:
        return None
    words = re.sub(r"[^\w\s]", " ", person.lower()).split()
    kept = [w for w in words if w not in {"mentee", "coachee", "client", "individual", "learner", "the", "with", "my", "mr", "mrs", "ms", "miss"}]
    return " ".join(kept) or None


def _without_repeats(rows: list[PracticeRow]) -> list[PracticeRow]:
    """A session in a log and again in its own record or a sentence is one session: the log's row is kept."""
    order = sorted(range(len(rows)), key=lambda i: (rows[i].rank, i))
    kept: list[PracticeRow] = []
    result = list(rows)
    for i in order:
        row = rows[i]
        if not row.counted or row.date is None:
            if row.counted:
                kept.append(row)
            continue
        twin = next((k for k in kept if k.date == row.date and k.block != row.block
                     and (_class(k.kind) == _class(row.kind) or k.minutes == row.minutes)
                     and (_person_key(k.person) is None or _person_key(row.person) is None
                          or _person_key(k.person) == _person_key(row.person))), None)
        if twin is not None:
            result[i] = replace(row, counted=False, why=f"same session as {twin.location}", kind=twin.kind)
        else:
            kept.append(row)
    return result


def _class(kind: str) -> str:
    return SESSION if kind == SESSION else SUPERVISION


def _figures(rows: list[PracticeRow]) -> Practice:
    sessions = [r for r in rows if r.counted and r.kind == SESSION]
    supervision = [r for r in rows if r.counted and r.kind in (SUPERVISION, TUTORIAL)]
    people: dict[str, str] = {}
    for row in rows:
        if row.kind == SESSION and (row.counted or row.why.startswith("same session")):
            key = _person_key(row.person)
            if key:
                people.setdefault(key, row.person.strip())
    individuals = tuple(people.values())
    if not individuals:
        individuals = _named_in(sessions)
    sources = tuple(Finding(f"{r.minutes} min: {r.text[:70]}", r.location) for r in sessions)
    return Practice(
        minutes=sum(r.minutes or 0 for r in sessions),
        sessions=len(sessions),
        individuals=individuals,
        supervision_minutes=sum(r.minutes or 0 for r in supervision),
        supervision_sessions=len(supervision),
        sources=sources,
        rows=tuple(rows),
        session_minutes=tuple(r.minutes or 0 for r in sessions),
        supervision_each=tuple(r.minutes or 0 for r in supervision),
    )


def _named_in(sessions: list[PracticeRow]) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for row in sessions:
        for kind, label in _PERSON.findall(row.text):
            found.setdefault(f"{kind.capitalize()} {label.upper()}", None)
    return tuple(found)
