"""A session's brief: everything a listing, sampling or export selection reads, and nothing more.

The audit log and the feedback are most of a session file, and a listing needs neither
in full: the status follows from the signatures and from only three kinds of audit
entry (the assessor signing, the IQA's entries, a referral back), so the brief keeps
those entries, in order, and drops the rest. Rows, sampling figures and export
selection are then computed from the brief by the same code as from the full session
(``Session.status``, ``unit_outcome``, ``assessor_of``), so they cannot differ.

Reading a brief takes the file's `[listing]` table when its check holds
(``marker.session_listing``): the first few lines, read without a TOML parser. A file
written before that table existed skips parsing the audit log when that is provably
safe: the file's tail is exactly the audit tables marker writes (checked by one strict
pattern), so the head is parsed as ``marker.session_toml`` parses it and only the three
kinds of entry are picked out of the tail. Anything else — a hand-edited tail, a
multi-line string, an unusual escape — is read in full by ``marker.store.load``, with
its one-line error when it cannot be read.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from marker.fileio import open_regular, read_at_most
from marker.session import QA, AuditEntry, CriterionEntry, Decision, SectionEntry, Session, Signature, is_status_entry
from marker.session_listing import head_record, record_of
from marker.session_toml import FORMAT, from_data, parse

_STRING = r'"(?:[^"\\\x00-\x08\x0a-\x1f\x7f]|\\[btnfr"\\])*"'
"""A TOML basic string whose escapes mean the same in JSON (no \\u: it could name a surrogate)."""
_ENTRY = (rf"\n\[\[audit\]\]\nat = {_STRING}\nwho = {_STRING}\nwhat = {_STRING}\n"
          rf"(?:old = {_STRING}\n)?(?:new = {_STRING}\n)?(?:prev = {_STRING}\n)?")
_TAIL = re.compile(rf"(?:{_ENTRY})*")
"""The audit log exactly as ``marker.session_toml.dumps`` writes it, and nothing else."""
_KEPT = re.compile(rf'\n\[\[audit\]\]\nat = ({_STRING})\nwho = ({_STRING})\n'
                   r'what = ("QA (?:[^"\\\x00-\x08\x0a-\x1f\x7f]|\\[btnfr"\\])*"'
                   r'|"signed by assessor"|"referred back to the assessor")\n')
"""The audit entries the status and the people on a session depend on."""
_AUDIT_START = "\n[[audit]]\n"


def brief_of(session: Session) -> Session:
    """The session without feedback, comments, files, signature parts and the audit entries no listing reads."""
    return replace(
        session,
        files=[],
        criteria={ref: CriterionEntry(decision=e.decision, carried=e.carried) for ref, e in session.criteria.items()},
        lo_comments={},
        sections={ref: SectionEntry(mark=e.mark, question_marks=dict(e.question_marks), carried=e.carried)
                  for ref, e in session.sections.items()},
        qa=QA(outcome=session.qa.outcome, date=session.qa.date, signer=session.qa.signer),
        signatures=[replace(s, parts={}) for s in session.signatures],
        audit=[AuditEntry(e.at, e.who, e.what) for e in session.audit if is_status_entry(e)],
    )


def read_brief(path: Path) -> Session:
    """The brief of the session file at ``path``.

    Raises:
        SessionError: the file cannot be read as a session, in one line (from ``marker.store.load``).
    """
    return read_brief_record(path)[0]


def read_brief_record(path: Path) -> tuple[Session, dict | None]:
    """The brief of the session file at ``path``, and its record (``marker.session_listing``) for an index to keep.

    The record is None when the file's `[listing]` table gave the brief: reading it again is as quick.

    Raises:
        SessionError: the file cannot be read as a session, in one line (from ``marker.store.load``).
    """
    from marker.store import MAX_SESSION_BYTES, load

    try:
        with open_regular(path) as handle:  # never a FIFO or a device: a listing must not hang
            raw = read_at_most(handle, MAX_SESSION_BYTES)
        found = _brief_from_bytes(raw) if len(raw) <= MAX_SESSION_BYTES else None
    except (OSError, UnicodeDecodeError):
        found = None
    if found is None:
        brief = brief_of(load(path))  # load names the problem, if any
        found = brief, record_of(brief, FORMAT)
    return found


def brief_from_record(record: dict) -> Session:
    """The brief a record keeps, every value checked as ``marker.session_toml.from_data`` checks it.

    Built directly rather than through ``from_data``'s tables: a cold listing does this
    for every file, and it is most of the time a listing takes.

    Raises:
        ValueError, TypeError, KeyError: not a record (a damaged index); ``FormatProblem`` is a ``ValueError``.
    """
    listing = record["listing"]
    session = from_data({**record["root"], **_NO_TABLES})  # the top-level values, checked; the tables follow
    outcome, date, signer = listing["qa"]
    session.qa = QA(outcome=_text(outcome), date=_text(date), signer=_text(signer))
    session.criteria = {_text(ref): CriterionEntry(decision=Decision(_text(decision)), carried=_flag(carried))
                        for ref, decision, carried in listing["criteria"]}
    session.sections = {_text(ref): SectionEntry(mark=_whole(mark[0]) if mark else None, carried=_flag(carried),
                                                 question_marks={_text(q): _whole(m) for q, m in marks})
                        for ref, carried, marks, *mark in map(_section_row, listing["sections"])}
    session.signatures = [_signature(*row) for row in listing["signatures"]]
    session.audit = [AuditEntry(_text(at), _text(who), _text(what)) for at, who, what in listing["audit"]]
    return session


_NO_TABLES = {"files": [], "criteria": {}, "lo_comments": {}, "sections": {}, "qa": {}, "signatures": [], "audit": []}


def _text(value: object) -> str:
    if type(value) is not str:
        raise TypeError(f"{value!r:.40} is not text")
    return value


def _whole(value: object) -> int:
    if type(value) is not int:
        raise TypeError(f"{value!r:.40} is not a whole number")
    return value


def _flag(value: object) -> bool:
    if type(value) is not bool:
        raise TypeError(f"{value!r:.40} is not true or false")
    return value


def _section_row(row: list) -> list:
    if not 3 <= len(row) <= 4:  # ref, carried, question marks, and the mark once entered
        raise ValueError(f"a listing section row has {len(row)} values")
    return row


def _signature(name: str, role: str, date: str, digest: str, signed_at: str, key: str, signature: str,
               audit_entries: int) -> Signature:
    return Signature(_text(name), _text(role), _text(date), _text(digest), _text(signed_at), key=_text(key),
                     signature=_text(signature), audit_entries=_whole(audit_entries))


def _brief_from_bytes(raw: bytes) -> tuple[Session, dict | None] | None:
    """The brief from the file's `[listing]` table, else by the quick path over its text; None: read in full."""
    record = head_record(raw)
    if record is not None:
        try:
            return brief_from_record(record), None
        except (ValueError, TypeError, KeyError, AttributeError):
            pass  # checked yet unreadable: the full read names the problem
    brief = _brief_from_text(raw.decode("utf-8"))
    return (brief, record_of(brief, FORMAT)) if brief is not None else None


def _brief_from_text(text: str) -> Session | None:
    """The brief by the quick path, or None when the quick path cannot be sure (read in full)."""
    start = text.find(_AUDIT_START)
    if start < 0 or '"""' in text or "'''" in text:
        return None
    tail = text[start:]
    if _TAIL.fullmatch(tail) is None:
        return None
    try:
        data = parse(text[:start + 1])
        if "audit" in data:
            return None
        data["audit"] = [{"at": _decoded(at), "who": _decoded(who), "what": _decoded(what)}
                         for at, who, what in _KEPT.findall(tail)]
        return brief_of(from_data(data))
    except (ValueError, TypeError, KeyError, AttributeError):  # the full read names the problem
        return None


def _decoded(raw: str) -> str:
    return json.loads(raw) if "\\" in raw else raw[1:-1]
