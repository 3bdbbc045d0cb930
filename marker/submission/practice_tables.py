"""Practice kept in tables: a session log with a header row, one record per session, or rows alone.

Once ``practice_columns`` has said which column holds the duration (and in what unit), the
date, the person, a running total to ignore and the notes that do not speak for the row,
each row is read here: counted, or left out with why. A table of "label | value" pairs is one session's record
(``practice_records``); who a cell names is ``practice_people``'s to say.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marker.submission.durations import TOTAL_MINUTES, Duration, durations_in, in_parts, read_length, unread_times
from marker.submission.model import Block
from marker.submission.practice_rules import (
    CANCELLED, MONTH_ONLY, WEEK_OF, NOT_COUNTED, OWN_LEARNING, SESSION, SESSION_CELL, SUPERVISION, TOTAL_ROW, TUTORIAL, UNCERTAIN, UNREAD_WHY, WATCHED, PracticeRow,
    NO_MONTH, date_in, judge, key_of, kind_of, leading_kind, persons_in, said_of_another, section_person, session_number,
    subject_persons, support_kind, with_month,
)
from marker.submission.practice_grid import grid_rows
from marker.submission.practice_people import people_in
from marker.submission.practice_records import UNREAD_TIME_WHY, record_rows, start_to_finish
from marker.submission.practice_columns import (
    H_ANY, Columns, columns_of, header_index, hours_beside_minutes, lengths_from_running, side_by_side_records, total_minutes, turned_to_rows,
    unread_length_column, weekday_cells,
)
from marker.submission.practice_text import line_rows

_STRONG_PLANNED = re.compile(r"\(planned\)|\s[-–—]\s*planned\s*$|^\W*planned\b(?!\s+(?:her|his|their|the|a|an|our|my|what|how|with)\b)|"
                             r"not\s+yet\s+(?:held|happened|taken\s+place)|^\W*(?:booked|scheduled|provisional|tbc)\W*$", re.IGNORECASE)
""""(planned)", "Planned – final review", notes that say only "Booked"; not "Planned her first visit
script", what the session did."""
_CAPTION_PERSON = re.compile(r"^\W*(?i:mentee|coachee|client)\s*[:–—-]\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s*\([^()]{1,20}\))?)\s*$")
""""Mentee: Ola" as a table's caption: whose sessions the table holds."""
_NOTES_NAME_IT = re.compile(r"^\W*(?:observation|shadowing|(?:(?:group|peer|coaching|mentoring)\s+)?supervision|tutorial|"
                            r"sat\s+in\s+(?:on|while))\b", re.IGNORECASE)
"""Notes whose first words say what the row was: "Observation of …", "Supervision with …", "Group supervision",
"Sat in while Huw mentored …"."""
_NOTES_TUTOR = re.compile(r"^\W*tutor\s+(?:call|meeting|catch[- ]?up)\b", re.IGNORECASE)
""""Tutor call - Deb" in a row that names no mentee: the learner's tutorial (not "Tutor session with B", a school's
tutor time with a mentee)."""
_WITH_A_CODE = re.compile(r"\bwith\s+(?:(?:mentee|coachee|client|student|pupil|apprentice|learner)\s+)?[A-Z]\d?(?![\w'’])")
_PLAN_TITLE = re.compile(r"\bplan(?:ned)?\b|\bschedule\b|\bforthcoming\b|\bfuture\b", re.IGNORECASE)
_LOG_TITLE = re.compile(r"\blog\b|\brecord|\bdiary\b|\bdelivered\b|\bheld\b|\bactual", re.IGNORECASE)


TITLED_WHY = "the table's title"
"""Why a table's rows are support: its caption says so ("2b Review with supervisor after each session")."""


_DATE_FIELD = re.compile(r"^\W*(?:date|day)\b", re.IGNORECASE)
_TIME_FIELD = re.compile(r"^\W*(?:time|times|duration|length|how\s+long|start|hours?)\b", re.IGNORECASE)


def _fields_of_a_record(lines: list[list[str]]) -> list[tuple[str, str]] | None:
    """A record's fields in label | value pairs, one a Date and one a Time or Length: one session's record, as its
    pairs. Two columns ("Mentee | R." over "Date | Monday 3 February"), or two pairs a row ("Client Ref/ID | A |
    Session No. | 3" over "Date of Session | 13/01/2025 | Duration | 70 mins"), whose labels are no dates or times
    and whose first values no log's headings."""
    if not lines or any(len(r) % 2 for r in lines) or len(lines) < (3 if len(lines[0]) == 2 else 2):
        return None
    pairs = [(r[i], r[i + 1]) for r in lines for i in range(0, len(r), 2)]
    if len(lines[0]) > 2 and (any(date_in(k) or durations_in(k) for k, _ in pairs)
                              or any(H_ANY.search(v) and not persons_in(v) for v in lines[0][1::2])):
        return None  # "Date | Length | Time | Notes": a log's header, not two pairs
    if any(_DATE_FIELD.match(k) for k, _ in pairs) and any(_TIME_FIELD.match(k) for k, _ in pairs):
        return pairs
    return None


def table_rows(block: Block, caption: str = "", carried: list[list[str]] | None = None) -> list[PracticeRow]:
    """Every row of ``block`` that gives a duration. ``caption``: the heading above the table;
    ``carried``: holds the last log's header, for a log that runs on into a table of its own
    (a new page) without one; updated here."""
    lines = [[c.strip() for c in line.split("|")] for line in block.text.split("\n") if line.strip()]
    if not lines:
        return []
    if (days := weekday_cells(lines)) is not None:
        return [r for number, day, text in days
                for r in line_rows(lambda at: block, text, rank=1, one_per_line=True, location=f"{block.location} row {number} {day}")]
    turned = turned_to_rows(lines)
    lines, line = turned, "row" if turned is lines else "column"
    header = header_index(lines)
    fields = _fields_of_a_record(lines)
    if header is not None and fields:
        header = None  # "Mentee | R. (front desk host)" over "Date | Monday 3 February": a record's fields, not a log's header
    if header is None and carried and sum(len(r) == len(carried[0]) for r in lines) == len(lines) and len(carried[0]) > 2:
        lines, header = [carried[0]] + lines, 0  # the log carries on: its header holds here too
        first = 1
    else:
        first = 2 + (header or 0)
    if header is not None:
        lines = hours_beside_minutes(lines, header) or lines
        if (grid := grid_rows(block, lines[header], lines[header + 1:], first)) is not None:
            if carried is not None:
                carried[:] = [lines[header]]
            return grid  # a column of minutes for each mentee
        cols = columns_of(lines[header], lines[header + 1:])
        if (risen := lengths_from_running(lines, header, cols)) is not None:
            lines = risen
            cols = columns_of(lines[header], lines[header + 1:])
        if carried is not None and (cols.lengths or cols.clocks or cols.start is not None):
            carried[:] = [lines[header]]
        if cols.lengths or cols.clocks or cols.start is not None:
            # what the table holds, by its caption and its header (a "Supervisor comments" column says nothing of it)
            above = " ".join(c for i, c in enumerate(lines[header]) if i not in cols.notes) + " " + \
                " ".join(" ".join(r) for r in lines[:header])
            if cols.planned_only or (_PLAN_TITLE.search(caption) and not _LOG_TITLE.search(caption)):
                default = "planned"  # "Planned sessions", "Mentoring plan": every row is still to come
            else:
                default = leading_kind(caption) or kind_of(above) or SESSION
            # "Mentee A – session log" above a log with no column for who: every row is with Mentee A
            named = persons_in(caption) if cols.person is None else set()
            whose = next(iter(named)) if len(named) == 1 else None
            if cols.person is None and whose is None and (said := _CAPTION_PERSON.match(caption)):
                whose = said.group(1).strip()  # "Mentee: Ola", "Mentee: Chris (Mentee C)" above the mentee's own table
            elif cols.person is None and whose is None:
                whose = section_person(caption)  # "C2 – Port Supervisor, North Pier" above C2's own log
            rows = _log_rows(block, lines[header], lines[header + 1:], cols, first, default, whose, line,
                             month_from=date_in(caption) if WEEK_OF.search(caption) else None)
            if default in (SUPERVISION, TUTORIAL) and leading_kind(caption) == default:
                # said where the assessor reads it, and what the doubt of a session's twin read as support asks
                rows = [replace(r, why=f"{r.why} ({TITLED_WHY}: {caption[:50]})") if r.counted and r.kind == default else r
                        for r in rows]
            return rows
        unread = unread_length_column(lines[header], lines[header + 1:], cols)
        if unread is not None:
            return [PracticeRow(f"{lines[header][unread]}: " + ", ".join(r[unread] for r in lines[header + 1:] if unread < len(r))[:120],
                                f"{block.location} column {unread + 1}", None, False, UNREAD_COLUMN_WHY, UNCERTAIN, rank=0,
                                block=key_of(block))]
    if (columns := side_by_side_records(lines)) is not None:
        return [r for i, pairs in enumerate(columns, start=1)
                for r in record_rows(block, pairs, f"{block.location} column {i}", caption)]
    pairs = fields or [(r[0], " | ".join(r[1:])) for r in lines]
    timed = start_to_finish(pairs)
    if not durations_in(block.text) and not timed:
        return []
    # "12/03/25 | Supervision, 1 hour" or "Supervision 2 | 17 March, 45 minutes", row after row: entries, not one record
    dated = sum(len(r) == 2 and len(r[0].split()) <= 4 and date_in(" ".join(r)) is not None
                and bool(durations_in(" ".join(r))) for r in lines)  # not a record's "Next session | 10/02"
    if fields or sum(len(r) == 2 for r in lines) >= max(2, len(lines) * 0.6) and dated < 2:
        rows = record_rows(block, pairs + timed, block.location, caption)
        if _PLAN_TITLE.search(caption) and not _LOG_TITLE.search(caption):
            # "Appendix A – Mentoring plan" over "When and where | Tuesdays 1.15 to 2.00": a plan's times, to come
            rows = [replace(r, counted=False, kind="planned", why="planned") if r.counted and r.kind == SESSION else r for r in rows]
        return rows
    # "12/03/25 | Supervision with Jane, 1 hour", row after row: a diary in two columns, each row its entry,
    # of the kind its caption says where the row does not say
    titled = lines[0] if date_in(lines[0][0]) is None else []  # "Date | Supervision" over the rows
    default = (leading_kind(caption) or leading_kind(" ".join(titled))) if dated >= 2 else None
    out: list[PracticeRow] = []
    for number, cells in enumerate(lines, start=1):
        location = f"{block.location} row {number}"
        out += [replace(r, kind=default, why=f"counted as {default}") if default and r.counted and r.kind == SESSION else r
                for r in line_rows(lambda at: block, " | ".join(cells), rank=1, one_per_line=True, location=location)]
    return out


NOTES_ONLY_WHY = "uncertain: a length written only in the notes (check the row)"
NO_LENGTH_WHY = "no duration given"
UNREAD_COLUMN_WHY = "uncertain: a log whose length column could not be identified (check the figures by hand)"


def _log_rows(block: Block, header: list[str], body: list[list[str]], cols: Columns, first: int,
              default: str, whose: str | None = None, line: str = "row",
              month_from: tuple[int, int] | None = None) -> list[PracticeRow]:
    """Each of a log's rows (``line`` "column" for a grid turned on its side), counted or left out;
    ``month_from``: the caption's date ("w/c 3 March"), which gives a row's "Mon 3" its month."""
    kinds = {k for _, _, k in cols.lengths}
    length_columns = {c for c, _, _ in cols.lengths}
    out: list[PracticeRow | None] = []
    numbers: dict[str, int | None] = {}
    totalled = False
    """A total row has been passed: the undated rows after it sum the log, they are not sessions."""
    last_date = None
    for number, cells in enumerate(body, start=first):
        cells = cells + [""] * (len(header) - len(cells))
        if not any(cells) or [c.strip().lower() for c in cells] == [h.strip().lower() for h in header]:
            continue  # the header again, where the log runs on over a page
        location = f"{block.location} {line} {number}"
        text = " | ".join(c for c in cells if c)
        own = [_LENGTH_HEDGE.sub(" ", c) if i in length_columns else c for i, c in enumerate(own_cells_of(cells, cols)) if c]
        said = _decisive(own)
        if re.match(r"\W*(?:sub-?\s?|grand\s+)?totals?\b", " ".join(own), re.IGNORECASE):
            said = f"Total {said}"  # "Total number of hours completed": a long first cell that says what the row is
        notes = " ".join(cells[i] for i in cols.notes if i < len(cells))
        date = date_in(cells[cols.date]) if cols.date is not None else date_in(said)
        # "Mon 10" under "w/c 10 March" is 10 March, not a 10th of any month
        date = with_month(date, last_date if last_date and last_date[1] != NO_MONTH else month_from)
        if cols.date is not None and _DITTO.fullmatch(cells[cols.date]):
            date = last_date  # '"' or "ditto" under "Tue 3 June": the second session of that day
        last_date = date or last_date
        person = cells[cols.person] if cols.person is not None and cells[cols.person].strip(" -–—/?") else whose
        if person is None and len(named := subject_persons(said)) == 1:
            person = named.pop()  # "Coaching - K (chemistry) | 06/05/2025 14:00 | …": a calendar's subject says who
        if support_kind(person):
            said, person = f"{said} {support_kind(person)}", None  # "Line manager" in the "With" column: supervision
        elif person and cols.person is not None and (kind := kind_of(header[cols.person])):
            said, person = f"{said} {kind}", None  # "Alun Pritchard" under "Supervision with": the supervisor
        numbers[location] = int(cells[cols.number]) if cols.number is not None and cells[cols.number].isdigit() else session_number(said)
        listed, at = next(((parts, c) for c, _, _ in cols.lengths if c < len(cells) for parts in [_dated_entries(cells[c])]
                           if parts), (None, None))
        if listed:
            # "9 Jan - 20 min (chemistry coffee); 16 Jan - 1 hr; …" in Femi's row: each entry a session with Femi
            for k, part in enumerate(listed, start=1):
                for r in line_rows(lambda at: block, part, rank=0, one_per_line=True, location=f"{location} entry {k}"):
                    r = replace(r, kind=default if r.kind == SESSION and default != SESSION else r.kind)
                    out.append(replace(r, person=person) if r.kind == SESSION and person and not r.person else r)
            # "Total for mentee | 4 hrs 20": the learner's sum of that person's sessions, to check them against
            out += [PracticeRow(f"{person or ''}: {header[c]}: {cells[c]}", location, found[0].minutes, False,
                                "the learner's total for the row", "total", None, None, 0, key_of(block))
                    for c, _, _ in cols.lengths if c != at and c < len(cells)
                    for found in [durations_in(cells[c], TOTAL_MINUTES)] if found]
            continue
        if person and _EVERYONE.match(person) and not date:
            # "All mentees | 14 sessions | 12 hrs 35": the learner's summary of the rows above
            found = durations_in(text, TOTAL_MINUTES)
            out.append(PracticeRow(" ".join(text.split())[:160], location, found[-1].minutes if found else None, False,
                                   "a summary of the sessions, not a session", "total", None, None, 0, key_of(block)))
            continue
        if len(kinds) > 1:
            # one row, several kinds of time: "Mentoring | Supervision review"
            for column, unit, kind in cols.lengths:
                value = cells[column] if column < len(cells) else ""
                above = body[number - first - 1][column] if number > first and column < len(body[number - first - 1]) else ""
                if _DITTO.fullmatch(value) and _SHARED.search(above):
                    continue  # "see above" under "30 mins (both pairs)": the one review the row above counts
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
        shared = len(people_in(person)) if person and length and length.count == 1 else 0
        if shared > 1 and any(re.search(r"\beach\b", cells[c], re.IGNORECASE) for c in length_columns if c < len(cells)):
            # "Mentee A / Mentee B | 1 hr each": a session with each of them, not one together
            length = replace(length, minutes=length.minutes * shared, count=shared)
        if length is None and TOTAL_ROW.search(said) and not date_in(said):
            # "Total | 12 hrs 30": longer than any one session, read in the length column only
            length = next((d for c, _, _ in cols.lengths if c < len(cells)
                           for d in durations_in(cells[c], TOTAL_MINUTES)[:1]), None)
            # "TOTAL | 12:45" under "Contact time" (h:mm): the column's unit, past any one session's length
            # (an "h:mm" figure only: a bare "870" at a spreadsheet's foot may sum only the cells it could read)
            length = length or next((Duration(0, 0, m) for c, unit, _ in cols.lengths if c < len(cells) and unit
                                     and ":" in cells[c] for m in [total_minutes(cells[c], unit)] if m), None)
            if length is None and not any(cells[c].strip() for c in length_columns if c < len(cells)):
                # "June sub-total | | | | 8 h 25": the figure written under another column
                length = next((d for c, cell in enumerate(cells) if c not in length_columns
                               for d in durations_in(cell, TOTAL_MINUTES)[-1:]), None)
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
        separate = _SEPARATE.search(notes)
        if separate and length is not None and length.count == 1:
            # "two separate sessions: 45 mins before opening and 45 mins at 3pm": one row, two sessions
            length = replace(length, count=_SMALL_COUNTS.get(separate.group(1).lower()) or int(separate.group(1)))
        row = _classified(block, location, text, said, notes, length, date, person, kind, unreadable)
        if row is not None and row.counted and cols.attended is not None and _ABSENT.match(cells[cols.attended]):
            row = replace(row, counted=False, kind="cancelled", why="did not attend (the register's Attended column)")
        if row is not None and row.counted and totalled and date is None and numbers[location] is None:
            # "Supervision and tutorial | 1 | 40" under "Coaching total (this log)": a summary at the log's foot
            row = replace(row, counted=False, kind="total", why="a summary below the log's total")
        totalled = totalled or row is not None and row.kind == "total" and date is None
        out.append(row)
        unread = [t for c, _, _ in cols.lengths if c < len(cells) for t in unread_times(cells[c])]
        if unread and out[-1] is not None and out[-1].counted:
            out.append(PracticeRow(" ".join(text.split())[:160], location, None, False,
                                   f"{UNREAD_TIME_WHY}: {', '.join(unread)}", UNCERTAIN, date, person, 0, key_of(block)))
        elif out[-1] is not None and out[-1].counted and (support := _SUPPORT_IN_NOTES.search(notes)) and durations_in(support.group(0)):
            # "Tutor debrief with me 13:45 – 14:00": the tutor's time, counted as such; "her feedback to me
            # afterwards took 30 min", whose no word says: asked about
            minutes, said = durations_in(support.group(0))[0].minutes, kind_of(support.group(0))
            out.append(PracticeRow(" ".join(notes.split())[:160], location, minutes, bool(said),
                                   f"counted as {said} (in the row's notes)" if said else NOTES_SUPPORT_WHY,
                                   said or UNCERTAIN, date, None, 0, key_of(block)))
    if cols.attended is not None and cols.person is not None:
        out = _one_per_group(out, body, cols, first, f"{block.location} {line} ")
    out += _running_totals(block, header, body, cols, first)
    return [replace(r, number=numbers.get(r.location)) for r in out if r is not None]


_SAYS_MENTORING = re.compile(r"(?:^|\|)\W*(?:mentoring|coaching|mentor|coach|ment(?=[-\s]*[A-Z0-9]))\b", re.IGNORECASE)
""""Mentoring J | 00:50:00" in a tracker; "Tue | MENT-A | 1.0" on a timesheet by cost code."""
_PRACTICE_WORDS = re.compile(r"mentor|coach|chemistry|session|review|contract|1:1|one[- ]to[- ]one|three[- ]way|"
                             r"catch[- ]?up|call|meeting|observ|group", re.IGNORECASE)
OTHER_WORK_WHY = "no mentoring or coaching named, where the log's other sessions say it (the learner's other work?)"


def other_work(rows: list[PracticeRow]) -> list[PracticeRow]:
    """A time tracker's export or a timesheet mixes the learner's other work in ("Mentoring J | 00:50:00", "Rigging
    check studio 2 | 00:40:00"; "Tue | MENT-A | 1.0", "Fri | TBT | 0.5 | Toolbox talk"): where at least four of a
    document's logged sessions say they were mentoring or coaching and at most a third do not, a logged row that names
    no mentoring, no one and no kind of support is left out. ``rows``: one document's."""
    sessions = [r for r in rows if r.counted and r.kind == SESSION and r.rank == 0]
    said = [r for r in sessions if _SAYS_MENTORING.search(r.text)]
    if len(said) < 4 or 3 * (len(sessions) - len(said)) > len(sessions):
        return rows
    unnamed = {id(r) for r in sessions} - {id(r) for r in said}
    return [replace(r, counted=False, kind="other", why=OTHER_WORK_WHY)
            if id(r) in unnamed and not r.person and not persons_in(r.text) and not _PRACTICE_WORDS.search(r.text)
            else r for r in rows]


def _of_a_part(notes: str, at: int) -> bool:
    """Is the word at ``at`` said in brackets that time a part of the row ("(tutor feedback to me afterwards,
    20 mins – supervision, not in total)"): of that part, not of the row?"""
    opened = notes.rfind("(", 0, at)
    if opened == -1 or notes.rfind(")", 0, at) > opened:
        return False  # not within brackets
    closed = notes.find(")", at)
    return bool(durations_in(notes[opened + 1:closed if closed != -1 else len(notes)]))


def _of_the_row(notes: str, at: int, cancelled: bool, minutes: int | None, added: list[re.Match]) -> bool:
    """Is the word at ``at`` in a row's notes said of the row: not of a part timed in brackets, not of an
    earlier session ("Talked about the DNA"), not of a call added to it ("Plus 15 mins … not counted")?"""
    return (not _of_a_part(notes, at) and not (cancelled and said_of_another(notes, at, minutes))
            and not any(a.start() <= at < a.end() for a in added))


_ACTUAL = re.compile(r"\bactual(?:ly)?(?:\s+(?:length|time|duration))?\s*(?:[:=–—-]\s*)?(?:was\s+|took\s+|should\s+(?:say|be|read)\s+)?|"
                     r"\bran\s+(?:on\s+)?(?:to\s+|for\s+)?", re.IGNORECASE)
"""A row's notes that give the time actually taken, where its length column gives the time booked ("Ran to 90m",
"Actual was 1:15")."""
def _held(notes: str) -> int | None:
    """The minutes a row's notes say were actually taken, if they say so."""
    for said in _ACTUAL.finditer(notes):
        after = notes[said.end():said.end() + 24]
        held = durations_in(after)
        if held and held[0].start < 3 and not held[0].uncertain and not _BY_SO_MUCH.match(after, held[0].end):
            return held[0].minutes
        first = after.split()[0].rstrip(".,;") if after.split() else ""
        if said.group(0).lower().startswith("actual") and ":" in first and (clock := read_length(first, "hours")):
            return clock.minutes  # "Actual was 1:15": hours and minutes, as the column has them
    return None


_BY_SO_MUCH = re.compile(r"\s*(?:over|longer|late|early|extra|more|less|short|under)\b", re.IGNORECASE)
""""Ran 10 minutes over": by how much, not how long."""


_ADDED_PART = re.compile(r"\b(?:plus|\+)\s+[^.;]{0,15}?\b(?:follow[- ]?up|phone|call|check[- ]in|catch[- ]up)\b[^.;]*", re.IGNORECASE)
"""A row's notes that add a part to its session: "Plus 15 mins follow-up call after the 9pm show". Its clause
says whether the learner counted it ("… he rang to check the rota, not counted")."""
_SUPPORT_IN_NOTES = re.compile(r"(?:\b(?:tutor|supervisor|assessor)(?:['’]s)?\s+)?\b(?:feedback|debrief|supervision|tutorial)\b"
                               r"[^.;]{0,40}?(?:\b(?:took|lasted|for|of)\b[^.;]{0,12}|"
                               r"\d{1,2}[:.]\d{2}\s*(?:[–—-]|to)\s*\d{1,2}[:.]\d{2})", re.IGNORECASE)
"""A feedback or supervision timed in a row's notes: "Tutor debrief with me 13:45 – 14:00", "her feedback took 30 min"."""
NOTES_SUPPORT_WHY = "uncertain: the notes give the length of a feedback or supervision of its own: support time? (check the row)"

_ABSENT = re.compile(r"\s*(?:n|no|absent|dna)\b", re.IGNORECASE)


def _one_per_group(rows: list[PracticeRow | None], body: list[list[str]], cols: Columns, first: int,
                   prefix: str) -> list[PracticeRow | None]:
    """A register, one row per attendee: the rows of one date, length and session (all but who) are one
    group session, counted once; the others are the same session, their attendee among its people."""
    cells_at = {f"{prefix}{n}": cells for n, cells in enumerate(body, start=first)}
    apart = {cols.person, cols.attended, *cols.notes}
    kept: dict[tuple, PracticeRow] = {}
    out = []
    for row in rows:
        cells = cells_at.get(row.location) if row is not None else None
        if row is None or not row.counted or row.kind != SESSION or cells is None:
            out.append(row)
            continue
        key = (row.date, row.minutes, tuple(c for i, c in enumerate(cells) if i not in apart))
        if key in kept:
            row = replace(row, counted=False, why=f"same session as {kept[key].location} (another attendee)")
        else:
            kept[key] = row
        out.append(row)
    return out


def _running_totals(block: Block, header: list[str], body: list[list[str]], cols: Columns, first: int) -> list[PracticeRow]:
    """A running-total column's last value: the learner's own total, to check the rows against.
    Only a column that grows row by row: "Total hours" may be each session's length."""
    unit = cols.lengths[0][1] if cols.lengths else "guess"
    out = []
    for column in sorted(cols.running):
        read = [(n, cells[column], total_minutes(cells[column], unit)) for n, cells in enumerate(body, start=first)
                if column < len(cells) and cells[column].strip(" -–—")]
        values = [minutes for _, _, minutes in read if minutes is not None]
        if len(values) < 3 or len(values) < len(read) or any(b < a for a, b in zip(values, values[1:])):
            continue
        number, value, minutes = read[-1]
        out.append(PracticeRow(f"{header[column]}: {value}", f"{block.location} row {number}", minutes, False,
                               "the learner's running total", "total", None, None, 0, key_of(block)))
    return out


def own_cells_of(cells: list[str], cols: Columns) -> list[str]:
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
            strong = [m.group(0) for p in (NOT_COUNTED, CANCELLED, _STRONG_PLANNED, _NOTES_NAME_IT, OWN_LEARNING, TOTAL_ROW)
                      for m in p.finditer(cell)]
            # no label: its first words, where they say what it was ("Group supervision with Rhian and …")
            opening = " ".join(words[:3])
            head = label.group(1) if label else opening if kind_of(opening) else None
            said.append(" ".join(([head] if head else []) + strong))
    return " | ".join(said)


def _row_length(cells: list[str], cols: Columns) -> tuple[Duration | None, bool]:
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
        cell = cells[column] if column < len(cells) else ""
        found = durations_in(cell)
        if found:
            return in_parts(cell, found) or found[0], False
    return None, written


_SO_FAR = re.compile(r"^\W*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|term|month|week|year|hours?|hrs|time|"
                     r"mentoring|coaching|minutes|mins)[a-z]*\W+){1,3}(?:so\s+far|to\s+date)\b", re.IGNORECASE)
"""A row with no date or person labelled "Jan/Feb so far" or "Hours to date": a subtotal (not "Progress so far")."""


_ANOTHERS = re.compile(r"\b(?:her|his|their|[A-Z]\w*['’]s)\s+(?:\w+\s+)?(?:tutor|assessor|supervisor|line\s+manager)", re.IGNORECASE)
"""'Priya (her assessor observing)': someone else's session watched, not the learner's."""


def _month_subtotal(text: str) -> bool:
    """"February | 3 hrs 45": a month's name and lengths, nothing else (not "June | 1 hr | goals", a mentee June's)."""
    cells = text.split(" | ")
    return len(cells) >= 2 and bool(MONTH_ONLY.fullmatch(cells[0])) and all(
        (found := durations_in(c)) and found[0].start <= 1 and found[-1].end >= len(c.rstrip()) - 1 for c in cells[1:])


def _classified(block: Block, location: str, text: str, said: str, notes: str, length: Duration | None, date, person,
                kind: str, unreadable: bool) -> PracticeRow | None:
    """A log's row: its own cells say what it is; its notes only when they say it was not counted or did not happen."""
    shown = " ".join(text.split())
    minutes = length.minutes if length else None
    if (re.match(r"\W*(?:sub-?\s?|grand\s+)?totals?\b", said, re.IGNORECASE)
            or (TOTAL_ROW.search(said) or _SO_FAR.search(said) and not person) and not date_in(said)
            or date is None and _month_subtotal(text)):
        return PracticeRow(shown[:160], location, minutes, False, "total row", "total", date, None, 0, key_of(block))
    if kind == "planned":
        return PracticeRow(shown[:160], location, minutes, False, "planned", "planned", date, person, 0, key_of(block))
    added = [m for m in _ADDED_PART.finditer(notes) if durations_in(m.group(0))]
    strong = " ".join(m.group(0) for p in (NOT_COUNTED, CANCELLED, _STRONG_PLANNED, _NOTES_NAME_IT) for m in p.finditer(notes)
                      if _of_the_row(notes, m.start(), p is CANCELLED, minutes, added))
    if not person and (tutor := _NOTES_TUTOR.match(notes)) and not _WITH_A_CODE.search(notes):
        strong = f"{strong} {tutor.group(0)}"
    if any(SESSION_CELL.fullmatch(c) for c in said.split(" | ")):
        kind = SESSION  # a Type cell that says "Mentoring" outweighs the caption above the table
    if person and (watched := WATCHED.search(person)) and not WATCHED.search(said) and not _ANOTHERS.search(person):
        said = f"{said} {watched.group(0)}"  # "Observation | J (tutor observing)": the learner's session, watched
    row = judge(block, location, shown, f"{said} {strong}", "", minutes, date, person, 0, kind_of(f"{said} {strong}") or kind,
                in_log=True, count=length.count if length else 1, uncertain=bool(length and length.uncertain))
    if row.counted and unreadable:
        return replace(row, counted=False, why=UNREAD_WHY, kind=UNCERTAIN)
    if row.counted and minutes and (more := sum(durations_in(a.group(0))[0].minutes for a in added
                                                if not NOT_COUNTED.search(a.group(0)))):
        return replace(row, minutes=minutes + more)  # "Plus 15 mins follow-up call (same session)": its time too
    if row.counted and minutes and (held := _held(notes)):
        return replace(row, minutes=held)  # "Ran over – actual 75 mins" beside the 60 booked
    if row.counted and minutes and (less := _BREAK_TAKEN_OFF.search(notes)) and 0 < int(less.group(1)) < minutes:
        return replace(row, minutes=minutes - int(less.group(1)))  # "Less 20 min tea break": the time mentoring
    if row.counted and minutes is None:
        # a dated row with no time is worth listing; an empty or ruled-off row is not
        if durations_in(notes) and row.kind in (SUPERVISION, TUTORIAL):
            # "ILM tutor | Tutorial, 1 hr | -": support kept out of the mentoring hours column, its length in its words
            return replace(row, minutes=durations_in(notes)[0].minutes)
        if durations_in(notes):
            # "approx 45 mins" in the notes, the length column empty: a session whose time is not where the log keeps it
            return replace(row, counted=False, why=NOTES_ONLY_WHY, kind=UNCERTAIN)
        return replace(row, counted=False, why=NO_LENGTH_WHY, kind="other") if date else None
    return row


_EVERYONE = re.compile(r"\s*(?:all|every|both|total)\b", re.IGNORECASE)
_ENTRY_SEPARATOR = re.compile(r"\s*[;\n]\s*")


def _dated_entries(cell: str) -> list[str] | None:
    """A cell listing several sessions, each with its date ("9 Jan - 20 min; 16 Jan - 1 hr; …"): the entries."""
    parts = [p for p in _ENTRY_SEPARATOR.split(cell) if p.strip()]
    dated = [p for p in parts if date_in(p)]
    return parts if len(dated) >= 2 and len(dated) == len(parts) and sum(bool(durations_in(p)) for p in parts) >= 2 else None


_SMALL_COUNTS = {"two": 2, "three": 3, "four": 4}
_SEPARATE = re.compile(r"\b([2-4]|two|three|four)\s+separate\s+(?:sessions|meetings|calls)\b", re.IGNORECASE)
_BREAK_TAKEN_OFF = re.compile(r"\b(?:less|minus|excluding|not\s+counting|deduct(?:ed|ing)?)\s+(?:a\s+|the\s+)?(\d{1,3})\s*"
                              r"(?:min(?:ute)?s?)\b(?:\s+(?:for\s+)?(?:a\s+|the\s+)?(?:tea\s+|lunch\s+|coffee\s+)?"
                              r"(?:break|lunch|interruption))?", re.IGNORECASE)
""""Less 20 min tea break" in a row's notes: taken off the clock's span (the session is the rest)."""
_DITTO = re.compile(r"\s*(?:(?:see|as|same\s+as)\s+above|ditto|\"|〃|(?:included|covered)\s+above)\W*", re.IGNORECASE)
_SHARED = re.compile(r"\b(?:both|all|covering|covered|together|each\s+of)\b", re.IGNORECASE)
_LENGTH_HEDGE = re.compile(r"\beach\b|\bat\s+least\b|\bapprox(?:imately|\.)?|\babout\b|\baround\b|\broughly\b", re.IGNORECASE)
""""1 hr (at least)", "1 hr each" in a length cell: how the learner rounded or shared it, not a requirement."""
