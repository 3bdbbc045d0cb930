"""Which sessions go to the EQA: by unit, date, status, learner and assessor.

By default only finished work goes: QA-confirmed and signed by both the assessor and
the IQA. Anything else is left out (and counted) unless asked for, and is then
exported marked DRAFT.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from marker.errors import MarkerError, SessionError
from marker.listing_index import stored_briefs
from marker.session import Role, Session, Status
from marker.store import StoredSession, load

@dataclass(frozen=True)
class Criteria:
    """What to export; every field left empty matches everything."""

    units: tuple[str, ...] = ()
    """Unit numbers, matched case-insensitively."""
    date_from: date | None = None
    date_to: date | None = None
    """Inclusive, on the assessor's signature date (the last change when unsigned)."""
    statuses: tuple[Status, ...] = ()
    """Empty: QA-confirmed only, or every status with ``include_unsigned``."""
    learner: str = ""
    """Part of the learner's name or registration number, any case."""
    assessor: str = ""
    """Part of the assessor's name, any case."""
    include_unsigned: bool = False
    """Export unfinished work too, marked DRAFT."""


@dataclass
class Selection:
    """The sessions chosen, in bundle order, and what was left out and why."""

    chosen: list[StoredSession] = field(default_factory=list)
    unfinished: int = 0
    """Not signed and QA-confirmed, so left out: how many ``include_unsigned`` would add."""
    problems: list[str] = field(default_factory=list)
    """Session files that could not be read, one line each."""

    def count_text(self) -> str:
        """"1 session selected", "2 sessions selected": the CLI and the Export screen say the same."""
        count = len(self.chosen)
        return f"{count} session{'' if count == 1 else 's'} selected"


def is_final(session: Session) -> bool:
    """Signed by the assessor and the IQA and QA-confirmed: exported without DRAFT."""
    return (session.status is Status.QA_CONFIRMED and session.signature(Role.ASSESSOR) is not None
            and session.signature(Role.IQA) is not None)


def signed_on(session: Session) -> date | None:
    """The assessor's signature date, else the day of the last change."""
    signed = session.signature(Role.ASSESSOR)
    for stamp in ((signed.date, signed.signed_at) if signed else ()) + (session.updated,):
        try:
            return date.fromisoformat(stamp.strip()[:10])
        except ValueError:
            continue
    return None


def parse_date(text: str, option: str) -> date:
    """``2025-03-01`` as a date.

    Raises:
        MarkerError: not a date, naming the option and the form wanted.
    """
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise MarkerError(f"{option} {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01") from None


def parse_status(text: str) -> Status:
    try:
        return Status(text.strip().lower())
    except ValueError:
        known = ", ".join(s.value for s in Status)
        raise MarkerError(f"--status {text!r} is not a status; use one of {known}") from None


def matches(session: Session, criteria: Criteria) -> bool:
    """Whether the session meets every criterion except finishedness."""
    c = criteria
    if c.units and session.unit.casefold() not in {u.strip().casefold() for u in c.units}:
        return False
    statuses = c.statuses or (tuple(Status) if c.include_unsigned else (Status.QA_CONFIRMED,))
    if session.status not in statuses:
        return False
    if c.date_from or c.date_to:
        day = signed_on(session)
        if day is None or (c.date_from and day < c.date_from) or (c.date_to and day > c.date_to):
            return False
    if c.learner and c.learner.casefold() not in f"{session.learner_name}\n{session.learner_reg}".casefold():
        return False
    if c.assessor:
        names = [session.assessor] + [s.name for s in session.signatures if s.role == Role.ASSESSOR]
        if not any(c.assessor.casefold() in n.casefold() for n in names):
            return False
    return True


def select_sessions(stored: list[StoredSession], criteria: Criteria) -> Selection:
    """The sessions meeting ``criteria``, sorted by learner, registration no., unit and attempt."""
    selection = Selection()
    widened = replace(criteria, include_unsigned=True)
    for item in stored:
        if matches(item.session, criteria) and (criteria.include_unsigned or is_final(item.session)):
            selection.chosen.append(item)
        elif not criteria.include_unsigned and matches(item.session, widened):
            selection.unfinished += 1  # what --include-unsigned would add
    selection.chosen.sort(key=lambda i: (i.session.learner_name.casefold(), i.session.learner_reg,
                                         i.session.unit, i.session.attempt, i.path.name))
    return selection


def choose_sessions(folder: Path, criteria: Criteria, rubrics: dict | None = None) -> Selection:
    """``select_sessions`` over the sessions folder through the listing index, the chosen loaded in full.

    Files that could not be read, and the index's notice if it could not be written, are
    in ``problems``.
    """
    stored, problems, notice = stored_briefs(folder, rubrics or {})
    selection = select_sessions(stored, criteria)
    selection.chosen, unreadable = whole(selection.chosen)
    selection.problems = problems + unreadable + ([notice] if notice else [])
    return selection


def whole(chosen: list[StoredSession]) -> tuple[list[StoredSession], list[str]]:
    """The chosen sessions read in full (a selection holds briefs); those that fail, one line each."""
    loaded, problems = [], []
    for item in chosen:
        try:
            loaded.append(StoredSession(item.path, load(item.path)))
        except SessionError as error:  # changed or removed since it was listed
            problems.append(str(error))
    return loaded, problems
