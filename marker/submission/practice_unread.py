"""Cross-checks on what the practice reader did not read, or read as the wrong kind.

A log the reader has never seen may be misread wholesale: its durations written in a way it
does not know ("1:30" in an "h:mm" column), its two length columns taken for one session and
its running total, its mentoring taken for supervision. The figures then look sure and are
wrong. These checks name the lines to look at instead:

- dated lines with figures that no row read: a log the reader passed over;
- supervision counted with no mentoring session at all, or a supervision row that names a
  mentee in its own "Mentee:" field: the kinds of a log's columns or records were misread.
"""

from __future__ import annotations

import re

from marker.submission.durations import durations_in
from marker.submission.model import Block
from marker.submission.practice_doubts import Doubt
from marker.submission.practice_tables import NO_LENGTH_WHY, TITLED_WHY
from marker.submission.practice_rules import (
    DATE, NO_MONTH, SESSION, SUPERVISION, TUTORIAL, PracticeRow, date_of, key_of, kind_of,
)

__all__ = ["unread_doubts"]

_MIN_UNREAD = 2
"""Dated lines of a log no row read: one may be a note ("11/03 – cancelled, 2 pupils ill")."""

_MENTEE_FIELD = re.compile(r"\b(?:mentee|coachee|client)\s*(?:name)?\s*:\s*\S", re.IGNORECASE)


def unread_doubts(blocks: list[Block], rows: list[PracticeRow]) -> tuple[Doubt, ...]:
    """One line per kind of doubt found; empty when the rows account for the log."""
    return tuple(dict.fromkeys([*_unread_dated_lines(blocks, rows), *_dated_rows_with_figures(rows),
                                *_length_fields_unread(blocks, rows), *_implausible_lengths(rows), *_twice_in_a_day(rows),
                                *_kinds_misread(rows), *_lengths_across(rows),
                                *_supervision_passed_over(blocks, rows), *_mentee_column_as_supervision(rows)]))


def _lengths_across(rows: list[PracticeRow]) -> list[Doubt]:
    """One line read with three or more lengths, all but one left out as the same entry's: a grid
    with its sessions across ("Week 1 Week 2 Week 3" over "40 mins 35 mins 30 mins")."""
    by_block: dict[tuple, list[PracticeRow]] = {}
    for r in rows:
        if r.minutes:
            by_block.setdefault(r.block, []).append(r)
    return [Doubt(f"{same[0].location} gives {len(same)} lengths on one line, read as one session: "
                  "a grid with its sessions across?")
            for same in by_block.values()
            if len(same) > 2 and sum(r.counted for r in same) == 1
            and sum("same entry" in r.why for r in same) >= 2]


def _supervision_passed_over(blocks: list[Block], rows: list[PracticeRow]) -> list[Doubt]:
    """No supervision counted, yet a length left out for want of a date stands in a paragraph
    about supervision or a tutor ("We met for one hour at the college. My tutor said …"), or
    the submission holds a record of it whose time was not read ("Tutor meeting record", then
    "Start 1600" and "Finish 1700" on lines of their own)."""
    if any(r.counted and r.kind in (SUPERVISION, TUTORIAL) for r in rows):
        return []
    text = {key_of(b): b.text for b in blocks}
    told = [Doubt(f"{r.location} gives {r.minutes} min in a paragraph about {kind}, left out ({r.why})", True)
            for r in rows if not r.counted and r.why.startswith("no date") and r.minutes and r.minutes >= 30
            for kind in [kind_of(text.get(r.block, r.text))] if kind][:1]
    record = next((b for b in blocks if _SUPPORT_RECORD.match(b.text)), None)
    return told or ([Doubt(f"{record.location} holds a record of {kind_of(record.text)}, but no time for it was read", True)]
                    if record else [])


_SUPPORT_RECORD = re.compile(r"^\W*(?:tutor(?:ial)?\s+(?:meeting|session)|supervision(?:\s+(?:meeting|session))?|tutorial)"
                             r"\s+(?:record|log|notes?|form)\b.{0,40}$", re.IGNORECASE)
""""Tutor meeting record", "Supervision log", "Tutorial notes – 12 Feb": a title over the learner's own support."""


def _mentee_column_as_supervision(rows: list[PracticeRow]) -> list[Doubt]:
    """A row counted as supervision whose first word after its date is the mentee the log's
    sessions name there ("07/04 SVN Ending …" under "03/03 SVN Contracting …")."""
    def who(r: PracticeRow) -> str | None:
        match = DATE.search(r.text)
        words = r.text[match.end():].split() if match and match.start() < 12 else []
        while words and words[0].lower() in _LABELS:
            words = words[1:]  # "07/04 with Mentee SVN …": the flattened log's label before the person
        word = words[0].strip(",.:;|()").lower() if words else ""
        return word if word.isalpha() else None  # a name or initials, not the year or a time
    mentees = [who(r) for r in rows if r.counted and r.kind == SESSION]
    named = {w for w in mentees if w and mentees.count(w) > 1}
    return [Doubt(f"{r.location} counted as {r.kind}, but it opens like the sessions with {who(r).upper()}", True)
            for r in rows if r.counted and r.kind in (SUPERVISION, TUTORIAL) and who(r) in named
            and not kind_of(r.text.split(".")[0][:60])]


_LABELS = {"with", "mentee", "coachee", "client", "pupil", "-", "–", "|"}


_BARE_DECIMAL = re.compile(r"(?<![\d/.:])\d{1,2}\.\d{1,2}(?![\d/.:])")


def _dated_lengths_within(block: Block) -> list[tuple[int, int]]:
    """The dates inside a line that each start a length ("… goals 16/09 Tutorial 1.0 … 18/09 Mentee A
    1.75 …"): a PDF's log rows run together into one line, each still a row."""
    if block.kind == "table" or len(block.text) > 2000:
        return []
    matches = list(DATE.finditer(block.text))
    out = []
    for match, after in zip(matches, matches[1:] + [None]):
        segment = block.text[match.end():after.start() if after else len(block.text)]
        date = date_of(match)
        if date and (durations_in(segment) or _BARE_DECIMAL.search(segment)):
            out.append(date)
    return out if len(out) >= 2 else []


def _unread_dated_lines(blocks: list[Block], rows: list[PracticeRow]) -> list[Doubt]:
    """A line that opens with a date and carries another figure is a log's row; when no row was
    read from it or from its date, the reader did not follow that log."""
    held_dates = {r.date for r in rows if r.date}
    held_blocks = {r.block for r in rows}
    unread: dict[tuple[int, int], str] = {}
    for block in blocks:
        match = DATE.search(block.text[:24])
        if not match or block.text[:match.start()].strip(" |") or key_of(block) in held_blocks:
            # "Tue 14th" under "w/c 13 January": the day alone is held when a row holds that day of some month
            held_days = {d[0] for d in held_dates}
            unread.update({d: block.location for d in _dated_lengths_within(block)
                           if d not in held_dates and not (d[1] == NO_MONTH and d[0] in held_days) and d not in unread})
            continue
        date = date_of(match)
        rest = block.text[match.end():]
        if date and date not in held_dates and re.search(r"\d", rest):
            unread.setdefault(date, block.location)
    if len(unread) < _MIN_UNREAD:
        return []
    where = sorted(set(unread.values()))
    return [Doubt(f"{len(unread)} dated lines with figures were not read as sessions or left out "
                  f"({', '.join(where[:3])}): check the log by hand")]


def _dated_rows_with_figures(rows: list[PracticeRow]) -> list[Doubt]:
    """A log's dated rows left out for want of a length, yet holding figures besides their date
    ("14/01 | First meeting | Dean | 0:45 | 0:30"): a length column the reader did not recognise."""
    unread = [r for r in rows if not r.counted and r.why == NO_LENGTH_WHY and r.date
              and re.search(r"\d", DATE.sub(" ", r.text))]
    if len(unread) < _MIN_UNREAD:
        return []
    where = ", ".join(r.location for r in unread[:3])
    return [Doubt(f"{len(unread)} dated rows hold figures but no length was read ({where}): "
                  "check the log's length column by hand")]


_LENGTH_FIELD = re.compile(r"\b(?:duration|length|time\s+spent|how\s+long)\s*:\s*\d[^\s;|]*", re.IGNORECASE)


def _length_fields_unread(blocks: list[Block], rows: list[PracticeRow]) -> list[Doubt]:
    """Lines with a length field ("Duration: 01:15") from which no row was read: records the
    reader did not take as records (an export's fields run together on a PDF's page)."""
    held = {r.block for r in rows}
    read = " ".join(r.text.casefold() for r in rows)  # a record's row is keyed by its first line, its text is "Duration: 1:15"
    unread = [b.location for b in blocks for m in _LENGTH_FIELD.finditer(b.text)
              if key_of(b) not in held and m.group(0).casefold() not in read]
    if len(unread) < _MIN_UNREAD:
        return []
    return [Doubt(f"{len(unread)} length fields were not read ({', '.join(sorted(set(unread))[:3])}): "
                  "check the records by hand")]


_LONGEST_SESSION = 4 * 60
"""Longer than one mentoring or coaching session runs: a day's time, a total, or two lengths read as one."""
_SHORTEST_SESSION = 10
"""Shorter than any session the handbooks' logs hold: a test call, a dropped connection, or a length misread."""


def _implausible_lengths(rows: list[PracticeRow]) -> list[Doubt]:
    long = [r for r in rows if r.counted and r.minutes and r.minutes // max(r.count, 1) > _LONGEST_SESSION]
    # "Test meeting | 1", "Mentoring - Y | 4" where a dropped call split a session: counted, and no session is so short
    short = [r for r in rows if r.counted and r.kind == SESSION and r.minutes and r.minutes // max(r.count, 1) < _SHORTEST_SESSION]
    return [Doubt(f"{r.location} counts one session of {r.minutes // 60} h {r.minutes % 60:02d} min, longer than a "
                  "session runs: check it is not a total or a day", r.kind != SESSION) for r in long[:3]] + [
            Doubt(f"{r.location} counts a session of {r.minutes} min, shorter than a session runs: a test, a dropped "
                  "call or a length misread?") for r in short[:3]]


def _twice_in_a_day(rows: list[PracticeRow]) -> list[Doubt]:
    """The same mentee in two counted sessions on one day, from two rows: one may be the other told again."""
    seen: dict[tuple, PracticeRow] = {}
    out = []
    for r in rows:
        if not (r.counted and r.kind == SESSION and r.person and r.date and r.date[1]):
            continue
        key = (r.date, r.person.casefold())
        if key in seen and seen[key].block != r.block:
            out.append(Doubt(f"{r.location} and {seen[key].location} both count a session with {r.person} on "
                             f"{r.date[0]}/{r.date[1]}: the same one twice?"))
        seen.setdefault(key, r)
    return out


def _kinds_misread(rows: list[PracticeRow]) -> list[Doubt]:
    # one supervision sentence alone is plausible; a log of them and no session is not
    counted = [r for r in rows if r.counted]
    support = [r for r in counted if r.kind in (SUPERVISION, TUTORIAL)]
    out = []
    if len(support) > 1 and not any(r.kind == SESSION for r in counted):
        out.append(Doubt(f"supervision counted ({support[0].location}) but no mentoring session: "
                         "the log's columns or records may be read as the wrong kind", True))
    out += [Doubt(f"{r.location} counted as {r.kind}, but it names a mentee in its own field", True)
            for r in support if _MENTEE_FIELD.search(r.text)]
    # a log's row and a record of the same day and length, one taken for supervision by no word of
    # its own and one a session: one is read as the wrong kind (a log's two length columns, in turn)
    sessions = {(r.date, r.minutes): r for r in counted if r.kind == SESSION and r.date}
    out += [Doubt(f"{r.location} counted as {r.kind}, but {twin.location} counts a session of the same "
                  f"day and length", True)
            for r in support if r.date and (twin := sessions.get((r.date, r.minutes))) and twin.block != r.block
            and not kind_of(r.text)  # "Supervision: 30 mins" after "Mentoring: 30 mins" says what it is
            and TITLED_WHY not in r.why  # a table titled "Review with supervisor after each session"
            and not (twin.rank and twin.number)]  # "Session 1, 6 March: 1.30 to 2.00" told, and the review after it
    return out
