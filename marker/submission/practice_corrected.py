"""The practice figures as the assessor corrected them: rows counted, left out or moved to supervision.

The reader's figures are a reading, and on logs nobody tuned it to they are often wrong. The
assessor looks down the rows (counted and left out, with why) and corrects the ones it read
wrong; the figures are then added up again from the corrected rows, so the strip shows what the
assessor checked rather than what the reader guessed. A correction is kept in the session by
the row's key (its location and text), so reading the same files again finds the same row.

A correction reads ``practice``, ``supervision`` or ``left out``, with the length the assessor
gave where the reader could not read one (``practice 45 min``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from marker.practice_check import ADDED, CORRECTION, is_added, row_key
from marker.submission.practice import Practice, PracticeRow, counted_totals
from marker.submission.practice_lines import ADDED_WHERE, ASSESSOR_WHY
from marker.submission.practice_people import person_key
from marker.submission.practice_rules import SESSION, SUPERVISION, TUTORIAL, UNCERTAIN, persons_in

__all__ = ["COUNTED_AS", "LEFT_OUT", "CORRECTION", "corrected", "correction", "figures_line", "key_of", "keys_of", "unmatched"]

PRACTICE, SUPERVISED, LEFT_OUT = "practice", "supervision", "left out"
NOT_COUNTED = "not counted"
ADDED_WHY = "the assessor's correction: a session the reader missed"
COUNTED_AS = {SESSION: PRACTICE, SUPERVISION: SUPERVISED, TUTORIAL: SUPERVISED}


def key_of(row: PracticeRow) -> str:
    """A row's key in the session where it is the only row with its location and text (``keys_of``)."""
    return row_key(row.location, row.text)


def keys_of(rows: Sequence[PracticeRow]) -> list[str]:
    """Each row's key in the session: rows that share a location and text (a paragraph's session and its
    plan) are told apart by their order, so a correction of one never touches the other."""
    seen: Counter[tuple[str, str]] = Counter()
    keys = []
    for row in rows:
        keys.append(row_key(row.location, row.text, seen[row.location, row.text]))
        seen[row.location, row.text] += 1
    return keys


def counted_as(row: PracticeRow) -> str:
    """How the reader counted the row: practice, supervision or left out."""
    return COUNTED_AS.get(row.kind, PRACTICE) if row.counted else LEFT_OUT


def correction(row: PracticeRow, state: str, minutes: int | None = None) -> str:
    """The value kept for a row the assessor counts as ``state`` (with the length they gave)."""
    length = minutes if minutes is not None and minutes != row.minutes else None
    return state + (f" {length} min" if length is not None and state != LEFT_OUT else "")


def corrected(found: Practice, corrections: Mapping[str, str], added: Sequence[str] = (),
              individuals: int | None = None) -> Practice:
    """The figures added up again with the assessor's corrections and the sessions they added
    (``marker.practice_check.ADDED``); ``found`` unchanged where there are none.

    A correction for a row no longer read (the files changed) is passed over. A row counted
    with no length read stays out until the assessor gives one. ``individuals``: how many the
    assessor counts, where the reading named another number.
    """
    found = _counted_individuals(found, individuals)
    if not corrections and not added:
        return found
    rows, changed = [], []
    for row, key in zip(found.rows, keys_of(found.rows)):
        value = corrections.get(key)
        match = CORRECTION.fullmatch(value) if value else None
        if match is None:
            rows.append(row)
            continue
        state, minutes = match.group(1), int(match.group(2)) if match.group(2) else row.minutes
        if state != LEFT_OUT and minutes is None:
            rows.append(row)
            continue
        if state == LEFT_OUT:  # a row the reader was unsure of is no longer in doubt: the assessor has read it
            fixed = replace(row, counted=False, kind=NOT_COUNTED if row.kind == UNCERTAIN else row.kind,
                            why=f"{ASSESSOR_WHY}: left out")
        else:
            kind = row.kind if COUNTED_AS.get(row.kind) == state else (SESSION if state == PRACTICE else SUPERVISION)
            fixed = replace(row, counted=True, minutes=minutes, kind=kind, why=ASSESSOR_WHY)
        rows.append(fixed)
        changed.append((row, fixed))
    for row in added:
        if is_added(row) and (match := ADDED.fullmatch(row)):
            kind = SESSION if match.group(1) == PRACTICE else SUPERVISION
            named = sorted(persons_in(match.group(3)))  # "with Mentee C": one of the individuals, as a row of a log would say
            rows.append(PracticeRow(match.group(3), ADDED_WHERE, int(match.group(2)), True, ADDED_WHY, kind,
                                    person=named[0] if len(named) == 1 and kind == SESSION else None))
            changed.append((rows[-1], rows[-1]))
    if not changed:
        return found
    individuals_now = found.individuals if individuals is not None else _people(found.individuals, rows, changed)
    # agrees: the learner's total agreed with the reader's count, not with this one
    return replace(found, individuals=individuals_now, agrees=(), **counted_totals(rows))


def _counted_individuals(found: Practice, count: int | None) -> Practice:
    """The individuals as the assessor counts them: the names read where the number is the same."""
    if count is None or count == len(found.individuals):
        return found
    return replace(found, individuals=tuple(f"individual {n} (as the assessor counts)" for n in range(1, count + 1)))


def _people(individuals: tuple[str, ...], rows: list[PracticeRow], changed) -> tuple[str, ...]:
    """The reader's individuals, with the person of a session the assessor counted, and without one
    whose every counted session the assessor left out."""
    people = {person_key(p) or p: p for p in individuals}
    still = {person_key(r.person) for r in rows if r.counted and r.kind == SESSION and r.person}
    for before, after in changed:
        key = person_key(after.person) if after.person else ""
        if not key:
            continue
        if after.counted and after.kind == SESSION:
            people.setdefault(key, after.person)
        elif before.counted and key not in still:
            people.pop(key, None)
    return tuple(people.values())


def unmatched(found: Practice, corrections: Mapping[str, str]) -> int:
    """Corrections that match no row read now: the files, or marker's reading of them, changed since."""
    return len(set(corrections) - set(keys_of(found.rows)))


def figures_line(p: Practice) -> str:
    """The figures in a line: what the assessor confirms, and what a later reading is compared with."""
    return (f"{p.minutes} min in {p.sessions} sessions with {len(p.individuals)} individuals; "
            f"supervision {p.supervision_minutes} min in {p.supervision_sessions}")
