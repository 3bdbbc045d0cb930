"""Cross-checks on what the reader itself chose: a guessed reading, a stray date, a figure far off.

The other doubts compare the figures with what the submission says. These look at the reader's
own choices, which no sentence of the learner's contradicts yet may be wrong:

- a counted length the reader chose between two readings ("1.15 hrs", "our hour");
- a counted session dated far outside the span of the other sessions: a row of another log,
  an example or a date misread;
- a counted session with no date among sessions that all have one: a summary or a note
  read as a session;
- a figure an order of magnitude off the unit's requirement: a log read wholesale wrong
  (minutes taken for hours, a running total added as sessions).

Each names the row (or the figure) to check.
"""

from __future__ import annotations

from marker.submission.durations import durations_in
from marker.submission.practice_doubts import Doubt
from marker.submission.practice_lines import hours as as_hours
from marker.submission.practice_rules import NO_MONTH, SESSION, SUPERVISION, TUTORIAL, PracticeRow

__all__ = ["sanity_doubts", "requirement_doubts"]

_APART_DAYS = 75
"""A session this far from every other, while the others keep closer together, is not one of theirs."""
_OFF = 5
"""A figure this many times over or under the unit's requirement was not read from the log as written."""


def sanity_doubts(rows: list[PracticeRow]) -> tuple[Doubt, ...]:
    return tuple(dict.fromkeys([*_guessed(rows), *_dated_apart(rows), *_undated_among_dated(rows), *_on_a_weak_cue(rows)]))


def _on_a_weak_cue(rows: list[PracticeRow]) -> list[Doubt]:
    """A sentence counted as a session though it names no date, no session number and no one:
    a length in passing ("it took an hour to set up") may have been taken for a session."""
    return [Doubt(f"{r.location} is counted as a session on its length alone (no date, session or mentee named): "
                  "check it is a session") for r in rows
            if r.counted and r.kind == SESSION and r.rank == 2 and not r.date and r.number is None and not r.person]


def _guessed(rows: list[PracticeRow]) -> list[Doubt]:
    out = []
    for r in rows:
        if r.counted and r.minutes and any(d.guessed and d.minutes == r.minutes for d in durations_in(r.text)):
            out.append(Doubt(f"{r.location}: {r.minutes} min is one reading of the length written; check it",
                             r.kind != SESSION))
    return out


def _day(date: tuple[int, int]) -> int:
    return (date[1] - 1) * 30 + date[0]


def _dated_apart(rows: list[PracticeRow]) -> list[Doubt]:
    dated = [r for r in rows if r.counted and r.kind == SESSION and r.date and r.date[1] != NO_MONTH]
    if len(dated) < 4:
        return []
    out = []
    for r in dated:
        others = sorted({_day(o.date) for o in dated if o is not r})
        # a year's dates wrap (September to June): distances go round the calendar
        near = min(min(abs(_day(r.date) - d), 360 - abs(_day(r.date) - d)) for d in others)
        gaps = [b - a for a, b in zip(others, others[1:])] + [360 - others[-1] + others[0]]
        widest_inside = sorted(gaps)[-2] if len(gaps) > 1 else 0  # the largest gap is the year's wrap
        if near > _APART_DAYS and near > 2 * widest_inside:
            out.append(Doubt(f"{r.location} is dated {r.date[0]}/{r.date[1]}, far from every other session counted: "
                             "check it belongs to this log"))
    return out


def _undated_among_dated(rows: list[PracticeRow]) -> list[Doubt]:
    logged = [r for r in rows if r.counted and r.kind == SESSION and r.rank == 0]
    dated = [r for r in logged if r.date]
    undated = [r for r in logged if not r.date and r.number is None]
    if len(dated) < 3 or not undated or len(undated) * 3 > len(logged):
        return []  # a log without dates, or one that gives them now and then: nothing stands out
    return [Doubt(f"{r.location} is counted as a session but has no date, though the log's other sessions have one: "
                  "check it is a session, not a note or a subtotal") for r in undated]


def requirement_doubts(minutes: int, sessions: int, supervision_minutes: int, hours: float | None,
                       wanted_sessions: int | None, supervision_hours: float | None) -> tuple[Doubt, ...]:
    """A figure five times over or under what the unit asks: read the log as written, it is seldom so."""
    out = []
    for got, wanted, what, of_supervision, said in (
            (minutes / 60, hours, "practice", False, as_hours(minutes)),
            (sessions, wanted_sessions, "sessions", False, str(sessions)),
            (supervision_minutes / 60, supervision_hours, "supervision", True, as_hours(supervision_minutes))):
        if wanted and got and not wanted / _OFF <= got <= wanted * _OFF:
            wanted_said = f"{wanted:g} h" if what != "sessions" else f"{wanted:g}"
            out.append(Doubt(f"{what} {said} against the unit's {wanted_said}: check the log was read as written",
                             of_supervision))
    return tuple(out)
