"""The practice figures set against the unit's requirements, one line each, for the checks strip.

A figure that meets the requirement is shown as a reading ("as read: 12 h met"), never as a
verdict: on submissions nobody tuned the reader to, 5 of the 17 figures that no
cross-check doubted were still wrong (held-out, stop 25), so the assessor is pointed at the rows
rather than told "OK", and told whether the learner's own total says the same (``practice_agree``). A figure below the requirement is "SHORT" and says by how much. Where a
row's time could not be read for sure ("60-90 mins", a length that could not be read) or a
cross-check disagrees, the figure is "UNCERTAIN" and names the row to check.
"""

from __future__ import annotations

from collections import Counter

from marker.rubric import Requirements
from marker.submission.practice_rules import kind_of

ASSESSOR_WHY = "the assessor's correction"
"""Why a row is counted or left out where the assessor corrected the reader (``practice_corrected``)."""
ADDED_WHERE = "added by the assessor"
"""Where a session the reader missed is, once the assessor adds it."""


def hours(minutes: int) -> str:
    """``750`` -> ``12 h 30 min``."""
    return f"{minutes // 60} h {minutes % 60:02d} min"


def practice_lines(p, req: Requirements, short: bool = False, confirmed: bool = False) -> list[str]:
    """Practice, supervision and what was left out, against ``req``. ``p`` is a ``Practice``;
    ``short``: the rows in one count, for the app's strip, where a key lists them; ``confirmed``:
    the assessor has checked the rows and confirmed these figures, so they are no longer a reading."""
    wants = []
    if req.hours is not None:
        wants.append(_against(p.minutes, round(req.hours * 60), f"{req.hours:g} h", hours))
    if req.sessions is not None:
        counted = _long_enough(p.session_minutes, req.session_minutes)
        each = f" of {req.session_minutes} min or more" if req.session_minutes else ""
        wants.append(_against(counted, req.sessions, f"{req.sessions} sessions{each}", str))
    elif req.session_minutes:
        short = len(p.session_minutes) - _long_enough(p.session_minutes, req.session_minutes)
        if short:
            wants.append(f"{short} sessions SHORT of {req.session_minutes} min")
    people = len(p.individuals)
    if req.max_individuals is not None and people > req.max_individuals:
        wants.append(f"OVER the maximum of {req.max_individuals} individuals")
    if req.min_individuals is not None:
        wants.append(_against(people, req.min_individuals, f"{req.min_individuals} individuals", str))
    line = f"practice: {hours(p.minutes)} in {_n(p.sessions, 'session')} with {_n(people, 'individual') if people else 'unnamed individuals'}"
    if confirmed:
        verdict = " — confirmed by the assessor" + (": " + ", ".join(wants) if wants else "")
    else:
        verdict = _verdict(wants, [r for r in doubtful_rows(p) if not kind_of(r.text)],
                           [d.text for d in p.doubts if not d.supervision])
    lines = [line + verdict + (_second_reading(p, short) if verdict.startswith(" — as read") else "")]
    if req.supervision_hours or req.supervision_sessions or req.supervision_minutes or p.supervision_sessions:
        lines.append(_supervision_line(p, req, confirmed))
    lines.append(rows_line(p, short, confirmed))
    return lines


def _second_reading(p, short: bool) -> str:
    """Whether the learner's own total says the same: two readings that meet, or the reader's alone.
    The strip says it in a few words; where is in the list ``h`` opens."""
    if getattr(p, "agrees", ()):
        return "; their own total agrees" if short else f"; the learner's own total agrees ({p.agrees[0]})"
    if not p.minutes:
        return ""
    return "; no total of theirs to check" if short else "; no total of the learner's to check it against"


def _supervision_line(p, req: Requirements, confirmed: bool = False) -> str:
    wants = []
    if req.supervision_hours:
        wants.append(_against(p.supervision_minutes, round(req.supervision_hours * 60), f"{req.supervision_hours:g} h", hours))
    if req.supervision_sessions:
        counted = _long_enough(p.supervision_each, req.supervision_minutes)
        each = f" of {req.supervision_minutes} min or more" if req.supervision_minutes else ""
        wants.append(_against(counted, req.supervision_sessions, f"{req.supervision_sessions} sessions{each}", str))
    line = f"supervision and tutorials: {hours(p.supervision_minutes)} in {_n(p.supervision_sessions, 'session')}"
    if confirmed:
        return line + " — confirmed by the assessor" + (": " + ", ".join(wants) if wants else "")
    return line + _verdict(wants, [r for r in doubtful_rows(p) if kind_of(r.text)],
                           [d.text for d in p.doubts if d.supervision])


def doubtful_rows(p) -> list:
    """Rows whose time could not be read for sure: while any is there, the figures are UNCERTAIN."""
    return [r for r in p.rows if r.doubtful]


def _verdict(wants: list[str], doubtful: list, doubts: list[str] = ()) -> str:
    if not doubtful and not doubts:
        return " — as read: " + ", ".join(wants) if wants else ""
    read = wants
    if doubtful:
        what = "; ".join(r.location for r in doubtful[:2]) + (" …" if len(doubtful) > 2 else "")
        line = f" — UNCERTAIN: {_n(len(doubtful), 'row')} not read for sure ({what}), check the rows"
    else:
        line = f" — UNCERTAIN: {doubts[0]}" + (f" (and {len(doubts) - 1} more)" if len(doubts) > 1 else "") + ", check the rows"
    return line + (f"; on the rows read: {', '.join(read)}" if read else "")


def rows_line(p, short: bool = False, confirmed: bool = False) -> str:
    """How many rows were counted and why the others were left out: the list is a key away. Once the
    assessor confirmed the figures, the reader's doubts are answered: none is counted as UNCERTAIN."""
    counted = sum(r.counted for r in p.rows)
    added = sum(r.location == ADDED_WHERE for r in p.rows)
    corrected = sum(r.why.startswith(ASSESSOR_WHY) for r in p.rows) - added
    by_assessor = "".join(f", {n} {what} by the assessor" for n, what in ((corrected, "corrected"), (added, "added")) if n)
    if short:
        doubtful = 0 if confirmed else len(doubtful_rows(p)) + len(p.doubts)
        unsure = f", {doubtful} UNCERTAIN" if doubtful else ""
        return f"rows: {counted} counted, {len(p.rows) - counted} left out{by_assessor}{unsure} (h lists them)"
    reasons = Counter(_reason(r.why) for r in p.rows if not r.counted)
    left = ", ".join(f"{n} {why}" for why, n in reasons.most_common())
    return f"practice rows: {counted} counted, {len(p.rows) - counted} left out{by_assessor}" + (f" ({left})" if left else "")


def _reason(why: str) -> str:
    return "same session twice" if why.startswith("same session") else why.split(":")[0]


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _long_enough(each: tuple[int, ...], minimum: int | None) -> int:
    return sum(1 for m in each if not minimum or m >= minimum)


def _against(got: int, wanted: int, what: str, show) -> str:
    if got >= wanted:
        return f"{what} met"
    return f"SHORT of {what} ({show(wanted - got)} to go)"
