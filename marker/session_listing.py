"""The `[listing]` table at the head of a session file: what a listing reads, so it reads nothing more.

A session file is mostly feedback and audit log, which no listing row needs. Marker
writes, after the top-level keys and before every other table, a copy of the rest of
the session's brief (``marker.session_brief``): each decision, mark, the QA outcome, the
signatures without their parts and the audit entries the status depends on. Every value
in the head is also JSON, so the head is read as one JSON object rather than by a TOML
parser over the whole file (a tenth of the time, for a 40 KB session).

The copy is never believed over the file: its last line, ``check``, is the SHA-256 of
the file without that line, so a file changed by anything but marker's writer (an
editor, a merge, a truncated copy) fails the check and is read in full. Files written
before the table existed have none and are read in full as well. The check guards
against accidents, not forgery: anyone can compute it, and what proves a record is
the signatures, which cover the session itself and not its text (``marker.record``).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from marker.session import Session, is_status_entry

TABLE = "[listing]"
NOTE = "# A copy of what a listing shows; the tables below are the truth (`check` covers the whole file)."
_CHECK = re.compile(rb'check = "sha256:([0-9a-f]{64})"')
_KEY = re.compile(r"[a-z_]+")
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_START = b"\n" + TABLE.encode() + b"\n"
_ROOT = ("id", "unit", "rubric_digest", "learner_name", "learner_reg", "attempt", "previous", "centre_number",
         "centre_name", "assessor", "created", "updated")
"""The session's own top-level values: a brief keeps them all."""


def listing_of(session: Session) -> dict[str, Any]:
    """The table's values, in plain data (lists, text, numbers, booleans), for ``marker.session_toml`` to write."""
    return {
        "criteria": [[ref, e.decision.value, e.carried] for ref, e in session.criteria.items()],
        "sections": [[ref, e.carried, [[q, m] for q, m in e.question_marks.items()],
                      *([] if e.mark is None else [e.mark])] for ref, e in session.sections.items()],
        "qa": [session.qa.outcome, session.qa.date, session.qa.signer],
        "signatures": [[s.name, s.role, s.date, s.digest, s.signed_at, s.key, s.signature, s.audit_entries]
                       for s in session.signatures],
        "audit": [[e.at, e.who, e.what] for e in session.audit if is_status_entry(e)],
    }


def sealed(before: str, after: str) -> str:
    """The file's text: ``before`` (up to the table's last value), the check line, then ``after``."""
    digest = hashlib.sha256(before.encode("utf-8"))
    digest.update(after.encode("utf-8"))
    return f'{before}check = "sha256:{digest.hexdigest()}"\n{after}'


def head_record(raw: bytes) -> dict[str, dict] | None:
    """The file's top-level values and its table (``{"root": …, "listing": …}``) when the check holds, else None.

    None when there is no table, the check fails or anything in the head is not as the
    writer makes it: the caller then reads the file in full.
    """
    start = raw.find(_START)
    if start < 0 or b"\n[" in raw[:start]:
        return None  # no table, or not the first: written before the table existed, or by hand
    check_at = raw.find(b"\ncheck = ", start) + 1
    end = raw.find(b"\n", check_at)
    if check_at <= 0 or end < 0 or b"\n[" in raw[start + len(_START) - 1:check_at]:
        return None
    match = _CHECK.fullmatch(raw, check_at, end)
    digest = hashlib.sha256(raw[:check_at])
    digest.update(raw[end + 1:])
    if match is None or digest.hexdigest() != match[1].decode():
        return None
    try:
        root, listing = _values(raw[:start].decode("utf-8")), _values(raw[start + len(_START):check_at].decode("utf-8"))
    except (ValueError, RecursionError):
        return None  # the full read says what is wrong
    return {"root": root, "listing": listing} if root is not None and listing is not None else None


def record_of(session: Session, format: int) -> dict[str, dict]:
    """``head_record``'s answer for a session read in ``format`` some other way (a file written before the table)."""
    return {"root": {"format": format, **{key: getattr(session, key) for key in _ROOT}},
            "listing": listing_of(session)}


def _values(text: str) -> dict[str, Any] | None:
    """``key = value`` lines whose values are JSON, comments and blank lines skipped; None on anything else.

    Read as one JSON object, many times faster than a value at a time.
    """
    pairs = [line.partition(" = ") for line in text.split("\n") if line and line[0] != "#"]
    if not all(sep and _KEY.fullmatch(key) for key, sep, _ in pairs):
        return None
    if "\\u" in text and _SURROGATE.search(text):
        return None  # JSON takes a lone "\ud800", TOML does not, and it could not be written out again
    values = json.loads("{" + ",".join([f'"{key}":{value}' for key, _, value in pairs]) + "}")
    return values if len(values) == len(pairs) else None
