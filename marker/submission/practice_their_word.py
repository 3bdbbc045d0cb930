"""Where the learner's own words elsewhere in the submission settle a row: a note that a day's session did not
happen ("the slot is still in the calendar"), that a session's record is right and the log wrong, or that one
mentee's sessions are not counted. Each rule reads the learner's word; none guesses past it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from marker.submission.durations import durations_in
from marker.submission.model import Block
from marker.submission.practice_people import person_key
from marker.submission.practice_rules import (
    CANCELLED, DATE, NOT_COUNTED, SESSION, SMALL_NUMBERS, PracticeRow, count_class, date_of, key_of, kind_of, persons_in,
    same_day, same_day_or_number,
)


_SAYS_BUT = re.compile(r"\b(?:app|calendar|booking|system|diary|outlook|sheet|export|log|it)\s+(?:says|said|shows|showed)\b"
                       r"(?P<said>[^.;]{0,40}?)\bbut\b", re.IGNORECASE)


def as_their_note_corrects(rows: list[PracticeRow], twins: dict[int, PracticeRow],
                            blocks: Sequence[Block] = ()) -> list[PracticeRow]:
    """A session's own record gives a length other than the log's, and the learner's note says the log's figure is
    wrong: beside the record ("Session 3 - 19 March (40 mins)", "The app says 18:00-19:00 but a walk-in came … so we
    stopped"), or anywhere, naming the session ("Note on session 5: the log says 1.5 but the session record is
    right"). The record's length is the session's. ``twins`` follows the row kept."""
    record_right = {int(m["n"]) for b in blocks for m in _RECORD_IS_RIGHT.finditer(b.text)}
    out = list(rows)
    for i, twin in list(twins.items()):
        row = rows[i]
        if not (row.minutes and twin.minutes and row.minutes != twin.minutes and twin.kind == SESSION):
            continue
        noted = any(r.block[0] == row.block[0] and 0 <= r.block[1] - row.block[1] <= 2
                    and any(d.minutes == twin.minutes for m in _SAYS_BUT.finditer(r.text) for d in durations_in(m["said"]))
                    for r in rows) or twin.number in record_right
        kept = next((k for k, r in enumerate(out) if r is twin), None)
        if noted and kept is not None:
            out[kept] = twins[i] = replace(twin, minutes=row.minutes)
    return out


_RECORD_IS_RIGHT = re.compile(r"\bsession\s+(?P<n>\d{1,2})\b[^.;]{0,12}?\b(?:the\s+)?(?:log|table|summary)\s+(?:says|said|shows|has)\b"
                              r"(?:[^.;]|(?<=\d)\.(?=\d)){0,30}?\bbut\s+the\s+(?:session\s+)?record\s+is\s+(?:right|correct)\b",
                              re.IGNORECASE)

NOT_HELD_WHY = "the learner says elsewhere that it did not happen"


def not_held_elsewhere(rows: list[PracticeRow], blocks: Sequence[Block] = ()) -> list[PracticeRow]:
    """A line of a pasted calendar or plan on a day the learner says the session did not happen, in the log ("Tue 15
    Apr | Rained off" beside the calendar's "Tue 15 Apr · 10:00 – 11:00 · Mentoring T") or in a note of their own
    ("09/10 Y - she didn't come … The slot is still in the calendar", "The 06/01 supervision is booked - it hasn't
    happened yet"): the same date, the same kind of time, the same person or none named, in another part of the
    submission, and nothing else of theirs held that day to be it. A session's own record says it was held, and
    stays counted for the doubts to ask about."""
    off = [(r.date, r.person or next(iter(sorted(persons_in(r.text))), None), count_class(kind_of(r.text) or SESSION), r.block)
           for r in rows
           if r.kind == "cancelled" and r.date is not None and r.why != NOT_HELD_WHY]
    off += [(date_of(dates[0]), next(iter(sorted(persons_in(sentence))), None), count_class(kind_of(sentence) or SESSION),
             key_of(block)) for block in blocks
            if block.kind != "table" and (CANCELLED.search(block.text) or _NOT_YET.search(block.text))
            for sentence in _SENTENCES.split(block.text) if not durations_in(sentence) and not _HELD_AFTER_ALL.search(sentence)
            for said in [_NOT_YET.search(sentence) or next((m for m in CANCELLED.finditer(sentence)
                                                            if not _MOVED.match(m.group(0))), None)] if said
            # a note of its own on one day, opening with it: "The 06/01 supervision is booked", "12 March - C did not
            # attend" (not "In our session on 12 March she told me her last mentor cancelled", nor "Moved to Thu 27th")
            for dates in [list(DATE.finditer(sentence))] if len(dates) == 1 and dates[0].end() < said.start()
            and len(sentence[:dates[0].start()].split()) <= 2 and date_of(dates[0])]
    if not off:
        return rows
    out = []
    for row in rows:
        kind = count_class(row.kind)
        if row.counted and row.date is not None and row.rank != 1 and any(
                block != row.block and kind == their_kind and same_day(date, row.date)
                and _one_person(person, row.person)
                for date, person, their_kind, block in off) and not any(
                k is not row and k.counted and count_class(k.kind) == kind and same_day_or_number(k, row) and _same_person(k, row)
                for k in rows):
            row = replace(row, counted=False, kind="cancelled", why=NOT_HELD_WHY)
        out.append(row)
    return out


_NOT_COUNTED_BY_THE_LEARNER = re.compile(r"^[^;:]{0,80}?\b(?:are|were|have\s+not\s+been|aren['’]t|weren['’]t)\s+(?:not\s+)?counted"
                                         r"\b(?!\s+(?:towards|toward|by|for|as\s+formal)\b(?!\s+my\b))")
""""… are in the log …, but they are not counted as she left": the sessions left out of the learner's own hours (not
"not counted towards her own CPD hours", "not counted by HR")."""
_THEIR_SESSIONS = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:(?P<n>\d{1,2}|one|two|three|four|five|six)\s+)?"
                             r"(?:\w+\s+)?sessions\b")
""""Her two sessions", "B's sessions": the sessions of one person, whom the learner may say are not counted."""


def persons_not_counted(rows: list[PracticeRow], blocks: Sequence[Block]) -> list[PracticeRow]:
    """"B handed her notice in … Her two sessions are in the log so the record is complete, but they are not counted
    as she left": every session with the one person the paragraph opens by naming, where the learner says their
    sessions are not counted (and as many as the learner says, where they give a number)."""
    people = {r.person for r in rows if r.counted and r.kind == SESSION and r.person}
    out = rows
    for block in blocks:
        if block.kind == "table" or not NOT_COUNTED.search(block.text) or "sessions" not in block.text.lower():
            continue
        opening = _SENTENCES.split(block.text, maxsplit=1)[0]
        named = [p for p in people if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", opening)]
        if len(named) != 1:
            continue
        theirs = [r for r in out if r.counted and r.kind == SESSION and person_key(r.person) == person_key(named[0])]
        for sentence in _SENTENCES.split(block.text):
            said = _THEIR_SESSIONS.search(sentence)
            after = sentence[said.end():] if said else ""
            if not (said and _NOT_COUNTED_BY_THE_LEARNER.search(after) and not durations_in(sentence) and not DATE.search(sentence)
                    and not re.match(r"\s+with\s+(?!me\b)", after)):
                continue
            number = said["n"] and (SMALL_NUMBERS.get(said["n"].lower()) or int(said["n"]))
            if theirs and (not number or number == len(theirs)):
                out = [replace(r, counted=False, kind="not counted", why=f"the learner does not count {named[0]}'s sessions")
                       if any(r is t for t in theirs) else r for r in out]
                break
    return out


_NOT_YET = re.compile(r"\bis\s+(?:only\s+)?booked\b|\b(?:tutorial|supervision|session|review)\s+(?:is\s+)?booked\b|\bhas\s*n[o'’]?t\s+(?:happened|taken\s+place)\s+yet\b|"
                      r"\bnot\s+(?:happened|taken\s+place|been\s+held)\s+yet\b", re.IGNORECASE)
""""The 06/01 supervision is booked - it hasn't happened yet": a slot in a calendar that was not held."""
_MOVED = re.compile(r"moved|rescheduled|postponed", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
"""A note's sentences: a short note of the learner's ("12 March - Mentee C did not attend. The slot is still …") split
at every stop, unlike a log's text, whose initials ("27/01 R. Thorne") practice_text keeps whole."""
_HELD_AFTER_ALL = re.compile(r"\binstead\b|\blater\b|\brearranged\b|\bso\s+we\s+(?:met|did)\b|\bnext\b", re.IGNORECASE)


def _same_person(a: PracticeRow, b: PracticeRow) -> bool:
    return _one_person(a.person, b.person)


def _one_person(a: str | None, b: str | None) -> bool:
    """The same person, or one of the two names no one."""
    return person_key(a) is None or person_key(b) is None or person_key(a) == person_key(b)
