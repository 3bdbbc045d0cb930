"""Cross-checks that catch the practice reader's own mistakes: a figure it cannot vouch for.

The reader may misread a log it has never seen. Where the submission itself says what the
figures should be, or gives conflicting cues, the figures are marked uncertain and the rows
to check are named, so an assessor is never shown a wrong figure as if it were sure:

- the learner's own total, subtotal or running total disagrees with the rows counted;
- the same session in a log and in its own record with different lengths;
- a session counted as supervision only because of the heading or caption above it,
  though its own words name a mentee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marker.submission.practice_lines import hours as as_hours
from marker.submission.practice_people import person_key, supervisors_named
from marker.submission.practice_rules import (
    PLANNED, SESSION, SUPERVISION, TUTORIAL, UNCERTAIN, PracticeRow, count_class, kind_of, persons_in, total_words,
)

__all__ = ["Doubt", "doubts"]


@dataclass(frozen=True)
class Doubt:
    """A disagreement that makes the practice (or, ``supervision``, the supervision) figure doubtful."""

    text: str
    supervision: bool = False

_SLACK = 1
"""Minutes either way: "12.33 hrs" for 12 h 20 min is the learner rounding, not a disagreement."""
_BOTH_SUPPORTS = re.compile(r"supervis.*\btutorial|\btutorial.*supervis", re.IGNORECASE | re.DOTALL)
"""A total that names supervision and a tutorial apart ("2.5 hours of supervision and an hour's tutorial")."""
_PROSE_SLACK = 15
"""In a sentence ("So in total I have mentored for 3 hours 45 minutes"), as ``practice_agree`` and
``practice_stated`` allow: a learner summing up in words rounds."""
_SENTENCE = re.compile(r"^[A-Z][\w']*(?:\s+[^\s:]+){5,}[.!?]$")
"""A whole sentence of the learner's, not a log's "Total | 4 h 55" read from a PDF's line or a "Total time: …" field."""


def doubts(rows: list[PracticeRow], twins: dict[int, PracticeRow] | None = None) -> tuple[Doubt, ...]:
    """One line per disagreement, naming the row to check; empty when nothing disagrees.
    ``twins``: a row's index -> the row counted for the same session."""
    found = [*_totals_disagree(rows), *_twins_disagree(rows, twins or {}), *_kind_from_heading(rows),
             *_records_beside_the_log(rows), *_review_column(rows)]
    return tuple(dict.fromkeys(found))


def _totals_disagree(rows: list[PracticeRow]) -> list[Doubt]:
    """A learner's total agrees when it is the whole of its kind (or of everything), the sum
    so far, the sum since the learner's previous total (a weekly subtotal), or the sessions
    with the person it names ("Mentee A | 5 | 6.5"). A total of planned time is not compared."""
    counted = [r for r in rows if r.counted]
    by_person: dict[str, int] = {}
    for r in counted:
        if r.kind == SESSION and r.person:
            by_person[r.person] = by_person.get(r.person, 0) + (r.minutes or 0)
    grand = {SESSION: sum(r.minutes or 0 for r in counted if r.kind == SESSION),
             SUPERVISION: sum(r.minutes or 0 for r in counted if r.kind in (SUPERVISION, TUTORIAL))}
    apart = {kind: sum(r.minutes or 0 for r in counted if r.kind == kind) for kind in (SUPERVISION, TUTORIAL)}
    """Supervision and tutorials each on its own: "two and a half hours of supervision and an hour's tutorial"."""
    count = {SESSION: sum(r.count for r in counted if r.kind == SESSION),
             SUPERVISION: sum(r.count for r in counted if r.kind in (SUPERVISION, TUTORIAL))}
    out = []
    brought = 0
    so_far = {SESSION: 0, SUPERVISION: 0}
    since = {SESSION: 0, SUPERVISION: 0}
    joint = {SESSION: 0, SUPERVISION: 0}
    held = {SESSION: [0, 0], SUPERVISION: [0, 0]}
    """Sessions counted so far, and since the learner's last total."""
    for at, row in enumerate(rows):
        if row.why.startswith("same session") and row.minutes:
            # a joint session left out of the second mentee's table is still in that table's subtotal
            joint[count_class(row.kind)] += row.minutes
        if row.counted:
            so_far[count_class(row.kind)] += row.minutes or 0
            since[count_class(row.kind)] += row.minutes or 0
            held[count_class(row.kind)][0] += row.count
            held[count_class(row.kind)][1] += row.count
            continue
        if row.kind != "total" or PLANNED.search(total_words(row.text)):
            continue
        if _BROUGHT.search(row.text) and row.minutes:
            brought += row.minutes  # sessions before this log: not its rows to add up, but in a later "incl. b/f"
            continue
        # "10 hours of coaching … and 2 hours of supervision": a sentence of both is checked against either
        # "That makes three hours of reviews altogether" names neither: it may be the whole of either
        whats = (([SESSION, SUPERVISION] if _MENTORING.search(row.text) else [SUPERVISION]) if kind_of(row.text)
                 else [SESSION] if _MENTORING.search(row.text) or row.rank < 2 else [SESSION, SUPERVISION])
        ahead = _until_next_total(rows[at + 1:])
        for said in _SESSIONS_SAID.finditer(row.text):
            kinds = [SUPERVISION] if kind_of(said.group(0)) else whats
            number = int(count_of(said.group(1)))
            if not any(number in {count[k], *held[k], ahead[1][k]} for k in kinds):
                out.append(Doubt(f"the learner says {said.group(0)} ({row.location}); {count[kinds[0]]} counted",
                                 kinds[0] == SUPERVISION))
        for what in whats:
            held[what][1] = 0
        if not row.minutes:
            continue
        sums = {grand[w] for w in whats} | {so_far[w] for w in whats} | {since[w] for w in whats} | {ahead[0][w] for w in whats}
        sums |= {since[w] + joint[w] for w in whats}
        sums |= {sum(grand.values()), sum(so_far.values())}
        sums |= set(apart.values()) if _BOTH_SUPPORTS.search(row.text) else set()
        sums |= {m for person, m in by_person.items() if person in row.text}
        sums |= {m + brought for m in sums} if brought else set()
        since = {SESSION: 0, SUPERVISION: 0}
        joint = {SESSION: 0, SUPERVISION: 0}
        slack = _PROSE_SLACK if row.rank == 2 and _SENTENCE.search(row.text) else _SLACK
        if not any(abs(row.minutes - s) <= slack for s in sums):
            out.append(Doubt(f"the learner's total {as_hours(row.minutes)} ({row.location}) is not the {as_hours(grand[whats[0]])} counted",
                             whats[0] == SUPERVISION))
    return out


def _until_next_total(rows: list[PracticeRow]) -> tuple[dict[str, int], dict[str, int]]:
    """Minutes and sessions counted from here to the next total: what a total heading a log kept
    newest first ("Carried forward from page 1" above page 1's rows) adds up."""
    minutes, sessions = {SESSION: 0, SUPERVISION: 0}, {SESSION: 0, SUPERVISION: 0}
    for row in rows:
        if row.kind == "total":
            break
        if row.counted:
            minutes[count_class(row.kind)] += row.minutes or 0
            sessions[count_class(row.kind)] += row.count
    return minutes, sessions


_BROUGHT = re.compile(r"\bb/f\b|\bbrought\s+forward\b", re.IGNORECASE)
_MENTORING = re.compile(r"\bmentor|\bcoach(?!\s+supervis)|\bsessions?\s+with\s+(?:my\s+)?(?:mentee|coachee)", re.IGNORECASE)
COUNT_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                          "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
"""Numbers as learners write a count of sessions in words."""
NUMBER = r"(\d{1,3}(?:\.\d{1,2})?|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + r")"
"""A count or an amount, in figures or in words ("8", "12.5", "eight")."""


def count_of(text: str) -> float:
    """``"eight"`` -> 8, ``"12.5"`` -> 12.5: what ``NUMBER`` matched."""
    return float(COUNT_WORDS.get(text.lower(), text))


_SESSIONS_SAID = re.compile(r"\b(\d{1,2}|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + r")\s+(?:(?:mentoring|coaching|supervision|tutorial|"
                            r"individual|one[- ]to[- ]one|group|separate|face[- ]to[- ]face)\s+)?(?:sessions|meetings)\b",
                            re.IGNORECASE)
""""across 10 sessions", "six coaching sessions": the number of sessions a learner's total says."""


def _records_beside_the_log(rows: list[PracticeRow]) -> list[Doubt]:
    """A session record or a sentence beside a log should be one of the log's sessions: on a
    date the log holds, with the person the log names that day, and not one the log says
    did not happen. Otherwise one of the two leaves something out or names someone else."""
    log: dict[tuple[int, int], list[PracticeRow]] = {}
    for r in rows:
        if r.rank == 0 and r.date and r.kind not in ("total", UNCERTAIN) and r.date[1]:
            log.setdefault(r.date, []).append(r)
    if sum(r.kind == SESSION and r.counted for day in log.values() for r in day) < 2:
        return []
    out = []
    for r in rows:
        if not (r.counted and r.kind == SESSION and r.rank > 0 and r.date and r.date[1]):
            continue
        day = log.get(r.date, [])
        held = [k for k in day if k.counted and k.kind == SESSION]
        when = f"{r.date[0]}/{r.date[1]}"
        if not day:
            out.append(Doubt(f"{r.location} counts a session on {when} that the log does not hold"))
        elif not held:
            out.append(Doubt(f"{r.location} counts a session on {when} that the log leaves out ({day[0].why})"))
        elif r.person and all(k.person and person_key(k.person) != person_key(r.person) for k in held):
            out.append(Doubt(f"{r.location} names {r.person} on {when}; the log names {held[0].person}"))
    return out


def _twins_disagree(rows: list[PracticeRow], twins: dict[int, PracticeRow]) -> list[Doubt]:
    out = []
    for i, row in enumerate(rows):
        twin = twins.get(i)
        if twin is not None and row.minutes and twin.minutes and abs(row.minutes - twin.minutes) > _SLACK:
            out.append(Doubt(f"{row.location} gives {as_hours(row.minutes)} for the session {twin.location} counts as "
                             f"{as_hours(twin.minutes)}", twin.kind != SESSION))
    return out


_REVIEW_CELL = re.compile(r"\W*reviews?\b[^:|]{0,20}:", re.IGNORECASE)


def _review_column(rows: list[PracticeRow]) -> list[Doubt]:
    """A diary's "Mentoring | Review" read as the reviews with the supervisor that D2.02 asks for: a guess from a
    column's name, which a learner may use for their own write-up or a review meeting with the mentee."""
    read = [r for r in rows if r.counted and r.kind == SUPERVISION and r.rank == 0 and " | " in r.text and _REVIEW_CELL.match(r.text)
            and not kind_of(r.text.split(":", 1)[0])]
    return [Doubt(f"{read[0].location}: the 'Review' column is read as reviews with the supervisor; check it is not "
                  "time with the mentee or the learner's own write-up", True)] if read else []


def _kind_from_heading(rows: list[PracticeRow]) -> list[Doubt]:
    """Counted as supervision though its own words say nothing of supervision or a tutor and
    name a mentee: the heading above decided it, a weak cue."""
    supporters = supervisors_named(rows)  # "an hour with Gwen" after "Gwen, my supervisor": named as support, not a mentee
    return [Doubt(f"{r.location} counted as {r.kind} from the heading, but names "
                  f"{r.person or sorted(persons_in(r.text))[0]}", True)
            for r in rows if r.counted and r.kind in (SUPERVISION, TUTORIAL) and not kind_of(r.text)
            and ({r.person} - {None} or persons_in(r.text)) - supporters and not kind_of(r.person or "")]
