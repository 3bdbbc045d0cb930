"""A log kept as a grid with a column of minutes for each mentee ("Date | Aled | Bryony | Callum | Day total | Notes"):
each figure under a mentee's name is a session with them; a group session, marked in every attendee's column
("90G"), is one session, counted once.
"""

from __future__ import annotations

import re

from marker.submission.durations import read_length
from marker.submission.model import Block
from marker.submission.name_lists import FIRST_NAMES
from marker.submission.practice_columns import H_DATE, H_NOTES
from marker.submission.practice_people import PSEUDONYM
from marker.submission.practice_rules import (
    CANCELLED, NOT_COUNTED, SESSION, SUPERVISION, TOTAL_ROW, TUTORIAL, PracticeRow, date_in, key_of, kind_of,
)

_GROUP = re.compile(r"\s*(\d{1,3})\s*G\s*", re.IGNORECASE)
"""'90G': the attendee's share of a group session, the whole session's length."""
_CODE = re.compile(r"[A-Z]{1,2}\d{1,2}")


def grid_rows(block: Block, header: list[str], body: list[list[str]], first: int) -> list[PracticeRow] | None:
    """The grid's sessions, or None when ``header`` is not a grid of mentees' columns."""
    people = [i for i, name in enumerate(header) if _a_mentee(name)]
    if len(people) < 2 or not all(_minutes_or_mark(r[i]) for r in body for i in people if i < len(r) and r[i].strip()):
        return None
    date = next((i for i, name in enumerate(header) if H_DATE.search(name) and not TOTAL_ROW.search(name)), 0)  # not "Day total"
    notes = next((i for i, name in enumerate(header) if i not in people and H_NOTES.search(name)), None)
    support = [(i, kind) for i, name in enumerate(header) if i not in people and (kind := kind_of(name)) in (SUPERVISION, TUTORIAL)]
    out: list[PracticeRow] = []
    for number, cells in enumerate(body, start=first):
        cells = cells + [""] * (len(header) - len(cells))
        text = " | ".join(c for c in cells if c)
        location = f"{block.location} row {number}"
        when = date_in(cells[date])
        said = cells[notes] if notes is not None else ""
        if not when or TOTAL_ROW.search(cells[date]):
            continue  # "Sept–Oct totals": the learner's sums
        group: list[str] = []
        group_minutes = 0
        for i in people:
            cell = cells[i].strip()
            if not cell:
                continue
            if grouped := _GROUP.fullmatch(cell):
                group.append(header[i])
                group_minutes = max(group_minutes, int(grouped.group(1)))
                continue
            length = read_length(cell, "minutes")
            if length is None or CANCELLED.search(cell) or not length.minutes:
                out.append(PracticeRow(f"{header[i]}: {text}"[:160], location, None, False, "cancelled or did not happen",
                                       "cancelled", when, header[i], 0, key_of(block)))
                continue
            counted = not NOT_COUNTED.search(said)
            out.append(PracticeRow(f"{header[i]}: {text}"[:160], location, length.minutes, counted,
                                   "counted" if counted else "learner marked not counted",
                                   SESSION if counted else "not counted", when, header[i], 0, key_of(block)))
        if group:
            out.append(PracticeRow(f"{', '.join(group)}: {text}"[:160], location, group_minutes, True,
                                   "counted (a group session, once)", SESSION, when, ", ".join(group), 0, key_of(block)))
        for i, kind in support:
            length = read_length(cells[i], "minutes") if cells[i].strip() else None
            if length is not None and length.minutes:
                said_kind = kind_of(said) or kind  # "Supervision – Head of People" under "Tutor / sup (mins)"
                out.append(PracticeRow(f"{header[i]}: {text}"[:160], location, length.minutes, True, f"counted as {said_kind}",
                                       said_kind, when, None, 0, key_of(block)))
    return out


def _a_mentee(name: str) -> bool:
    """ "Aled", "Mentee A", "M1": a column named for one person."""
    name = name.strip()
    return name in FIRST_NAMES or bool(PSEUDONYM.fullmatch(name)) or bool(_CODE.fullmatch(name))


def _minutes_or_mark(cell: str) -> bool:
    cell = cell.strip()
    return bool(_GROUP.fullmatch(cell) or re.fullmatch(r"\d{1,3}", cell) or CANCELLED.search(cell)
                or re.fullmatch(r"canc\.?|–|-|n/?a", cell, re.IGNORECASE))
