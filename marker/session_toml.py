"""The session file format: a session to TOML text and back, every field checked on reading.

Writing is a small emitter for this one fixed shape rather than tomlkit's document
model: a session with a long audit log is saved every second while the assessor
types, on the UI thread, and tomlkit takes a third of a second for a 1 MB session
where this takes milliseconds. Reading uses the standard library's ``tomllib`` (five
times faster than tomlkit, which matters when the home screen lists a cohort). The
format is documented in ``docs/session-format.md``.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import asdict
from enum import Enum
from typing import Any

from marker import session_listing as listing
from marker.practice_check import CORRECTION, MOST_INDIVIDUALS, ROW_KEY, PracticeCheck, is_added, is_figures
from marker.session import (QA, AuditEntry, CriterionEntry, Decision, Review, SectionEntry, Session, Signature, Status,
                            SubmissionFile, Verdict)

FORMAT = 1
"""Bumped when a change to the format would be misread by an older marker."""

HEADER = (
    "# marker session: one learner, one unit, one attempt. Edit it with marker, not by hand:\n"
    "# a signed session's digest detects any change made outside the app.\n"
)


class FormatProblem(ValueError):
    """What is wrong with a session file's contents, naming the field, and what to do."""

    def __init__(self, problem: str, advice: str = "restore it from a backup if it was changed by hand"):
        super().__init__(f"{problem}; {advice}")


# --- writing ---------------------------------------------------------------------------------


def dumps(session: Session) -> str:
    """The session as TOML text (valid for any TOML 1.0 reader)."""
    data: dict[str, Any] = {"format": FORMAT}
    for key, value in plain_data(asdict(session)).items():
        data[key] = value
        if key == "assessor":  # derived (``Session.status``): written for other readers, never read back as truth
            data["status"] = session.status.value
    tables = {k: v for k, v in data.items() if _is_nested(v)}
    head = [HEADER.rstrip("\n"), *(f"{_key(k)} = {_value(v)}" for k, v in data.items() if k not in tables),
            "", listing.TABLE, listing.NOTE, *(f"{k} = {_value(v)}" for k, v in listing.listing_of(session).items())]
    rest: list[str] = []
    _table(rest, [], tables)
    return listing.sealed("\n".join(head) + "\n", "\n".join(rest) + "\n")


def plain_data(value: Any) -> Any:
    """Enums to their values, None dropped (TOML has no null)."""
    if isinstance(value, dict):
        return {str(k): plain_data(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [plain_data(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _is_nested(value: Any) -> bool:
    """Written as a table of its own (``[name]``, ``[[name]]``) rather than on its key's line."""
    return (isinstance(value, dict) and bool(value)) or _is_table_array(value)


def _table(lines: list[str], path: list[str], table: dict, *, array_item: bool = False) -> None:
    nested = {k: v for k, v in table.items() if _is_nested(v)}
    scalars = {k: v for k, v in table.items() if k not in nested}
    if path and not array_item and (scalars or not table):
        lines += ["", f"[{_dotted(path)}]"]
    lines += [f"{_key(k)} = {_value(v)}" for k, v in scalars.items()]
    for key, value in nested.items():
        if isinstance(value, dict):
            _table(lines, [*path, key], value)
        else:
            for item in value:
                lines += ["", f"[[{_dotted([*path, key])}]]"]
                _table(lines, [*path, key], item, array_item=True)


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _dotted(path: list[str]) -> str:
    return ".".join(_key(part) for part in path)


def _string(text: str) -> str:
    # JSON's escapes (\" \\ \n \t \uXXXX for controls) are all valid TOML basic-string
    # escapes; TOML also forbids a raw DEL, and neither allows a lone surrogate.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):  # an empty table, written inline: `question_marks = {}`
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} to a session file")


# --- reading ---------------------------------------------------------------------------------

_REQUIRED = object()
_KIND_NAMES = {str: "text", int: "a whole number", bool: "true or false", list: "a list", dict: "a table"}


MAX_DEPTH = 32
"""Arrays and inline tables nested deeper than this are refused (a session nests three deep)."""
_TOO_DEEP = re.compile(r"[\[{](?:\s*[\[{]){%d}" % MAX_DEPTH)


def parse(text: str) -> dict[str, Any]:
    """TOML text to data, within a nesting limit.

    ``tomllib`` recurses once per level, so a file nested fifty thousand deep crashed
    every command that listed the sessions folder. A run of openers past the limit is
    refused before parsing; any other shape deep enough to exhaust the stack is caught.

    Raises:
        tomllib.TOMLDecodeError: not TOML at all.
        FormatProblem: nested past the limit.
    """
    too_deep = FormatProblem(f"nests values more than {MAX_DEPTH} deep, which no marker session does")
    if _TOO_DEEP.search(text):
        raise too_deep
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise too_deep from None


def loads(text: str) -> Session:
    """A session from TOML text.

    Raises:
        tomllib.TOMLDecodeError: not TOML at all.
        FormatProblem: TOML, but not a session this marker can read, naming the field.
    """
    return from_data(parse(text))


def from_data(data: dict) -> Session:
    """A session from the tables ``parse`` read (``loads`` without the text step).

    Raises:
        FormatProblem: not a session this marker can read, naming the field.
    """
    version = data.get("format")
    if version is None:
        raise FormatProblem("has no `format = 1` line, so it is not a marker session")
    if version != FORMAT:
        raise FormatProblem(f"is in session format {version!r}, and this marker reads format {FORMAT}",
                            "update marker to open it")
    session = Session(
        id=_nonempty(data, "id"), unit=_nonempty(data, "unit"), rubric_digest=_nonempty(data, "rubric_digest"),
        learner_name=_get(data, "learner_name", str), learner_reg=_get(data, "learner_reg", str),
        attempt=_get(data, "attempt", int, 1), previous=_get(data, "previous", str, ""),
        centre_number=_get(data, "centre_number", str, ""), centre_name=_get(data, "centre_name", str, ""),
        assessor=_get(data, "assessor", str, ""),
        created=_get(data, "created", str, ""), updated=_get(data, "updated", str, ""),
    )
    _enum(Status, data, "status", "draft")  # checked, but the status is derived, never believed
    if session.attempt < 1:
        raise FormatProblem(f"attempt must be 1 or more, not {session.attempt}")
    session.files = [SubmissionFile(**_strings(t, f"files[{i}]", "name", "path", "sha256"))
                     for i, t in enumerate(_tables(data, "files"))]
    session.criteria = {ref: _criterion(t, f"criteria.{ref}") for ref, t in _table_of_tables(data, "criteria").items()}
    session.lo_comments = _mapping(data, "lo_comments", str)
    session.sections = {ref: _section(t, f"sections.{ref}") for ref, t in _table_of_tables(data, "sections").items()}
    qa = _get(data, "qa", dict, {})
    session.qa = QA(lo_comments=_mapping(qa, "lo_comments", str, "qa."),
                    section_marks=_mapping(qa, "section_marks", int, "qa."),
                    reviews={ref: _review(t, f"qa.reviews.{ref}") for ref, t in _table_of_tables(qa, "reviews").items()},
                    **{k: _get(qa, k, str, "", "qa.")
                       for k in ("outcome", "date", "signer", "comments", "referred_back")})
    if "not_identifying" in data:
        keys = _get(data, "not_identifying", list)
        if not all(isinstance(k, str) and ROW_KEY.fullmatch(k) for k in keys):
            raise FormatProblem("not_identifying must list details' keys (16 hex digits each)")
        session.not_identifying = list(keys)
    if "practice" in data:
        session.practice = _practice(_get(data, "practice", dict))
    session.signatures = [Signature(**_strings(t, f"signatures[{i}]", "name", "role", "date", "digest", "signed_at"),
                                    parts=_mapping(t, "parts", str, f"signatures[{i}]."),
                                    key=_get(t, "key", str, "", f"signatures[{i}]."),
                                    signature=_get(t, "signature", str, "", f"signatures[{i}]."),
                                    audit_entries=_get(t, "audit_entries", int, 0, f"signatures[{i}]."))
                          for i, t in enumerate(_tables(data, "signatures"))]
    session.audit = [AuditEntry(**_strings(t, f"audit[{i}]", "at", "who", "what"),
                                old=_get(t, "old", str, "", f"audit[{i}]."), new=_get(t, "new", str, "", f"audit[{i}]."),
                                prev=_get(t, "prev", str, "", f"audit[{i}]."))
                     for i, t in enumerate(_tables(data, "audit"))]
    return session


def _criterion(table: dict, where: str) -> CriterionEntry:
    evidence = _get(table, "evidence", list, [], where + ".")
    if not all(isinstance(e, str) for e in evidence):
        raise FormatProblem(f"{where}.evidence must be a list of text")
    return CriterionEntry(decision=_enum(Decision, table, "decision", "unmarked", where + "."),
                          feedback=_get(table, "feedback", str, "", where + "."),
                          evidence=list(evidence), carried=_get(table, "carried", bool, False, where + "."))


def _practice(table: dict) -> PracticeCheck:
    rows = _mapping(table, "rows", str, "practice.")
    for key, value in rows.items():
        if not ROW_KEY.fullmatch(key) or not CORRECTION.fullmatch(value):
            raise FormatProblem(f"practice.rows.{key!r:.20} = {value!r:.40} is not a row's correction "
                                "(practice, supervision or left out, with '45 min' at most)")
    added = _get(table, "added", list, [], "practice.")
    for row in added:
        if not isinstance(row, str) or not is_added(row):
            raise FormatProblem(f"practice.added holds {row!r:.40}, which is not a session the assessor added "
                                "(practice or supervision, its length in minutes, then what it was)")
    individuals = _get(table, "individuals", int, None, "practice.")
    if individuals is not None and not 0 <= individuals <= MOST_INDIVIDUALS:
        raise FormatProblem(f"practice.individuals {individuals} is not a number of individuals (0 to {MOST_INDIVIDUALS})")
    confirmed = _get(table, "confirmed", str, "", "practice.")
    if not is_figures(confirmed):
        raise FormatProblem(f"practice.confirmed {confirmed!r:.60} is not the practice figures as marker writes them")
    return PracticeCheck(rows=rows, added=list(added), individuals=individuals, confirmed=confirmed)


def _review(table: dict, where: str) -> Review:
    p = where + "."
    return Review(verdict=_enum(Verdict, table, "verdict", "agree", p), reason=_get(table, "reason", str, "", p),
                  answer=_get(table, "answer", str, "", p))


def _section(table: dict, where: str) -> SectionEntry:
    p = where + "."
    return SectionEntry(mark=_get(table, "mark", int, None, p), strengths=_get(table, "strengths", str, "", p),
                        weaknesses=_get(table, "weaknesses", str, "", p),
                        question_marks=_mapping(table, "question_marks", int, p),
                        carried=_get(table, "carried", bool, False, p))


def _get(table: dict, key: str, kind: type, default: Any = _REQUIRED, where: str = "") -> Any:
    if key not in table:
        if default is _REQUIRED:
            raise FormatProblem(f"{where}{key} is missing")
        return default
    value = table[key]
    if (kind is not bool and isinstance(value, bool)) or not isinstance(value, kind):
        raise FormatProblem(f"{where}{key} must be {_KIND_NAMES[kind]}, not {value!r:.40}")
    return value


def _nonempty(table: dict, key: str) -> str:
    value = _get(table, key, str)
    if not value.strip():
        raise FormatProblem(f"{key} is empty")
    return value


def _enum(kind: type[Enum], table: dict, key: str, default: str, where: str = "") -> Any:
    value = _get(table, key, str, default, where)
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)  # type: ignore[attr-defined]
        raise FormatProblem(f"{where}{key} {value!r} is not one of {allowed}") from None


def _strings(table: dict, where: str, *keys: str) -> dict[str, str]:
    return {k: _get(table, k, str, _REQUIRED, where + ".") for k in keys}


def _tables(data: dict, key: str) -> list[dict]:
    items = _get(data, key, list, [])
    if not all(isinstance(t, dict) for t in items):
        raise FormatProblem(f"{key} must be a list of tables ([[{key}]])")
    return items


def _table_of_tables(data: dict, key: str) -> dict[str, dict]:
    table = _get(data, key, dict, {})
    for ref, value in table.items():
        if not isinstance(value, dict):
            raise FormatProblem(f"{key}.{ref} must be a table")
    return table


def _mapping(data: dict, key: str, kind: type, where: str = "") -> dict:
    table = _get(data, key, dict, {}, where)
    for ref, value in table.items():
        _get({_named(ref): value}, _named(ref), kind, _REQUIRED, f"{where}{key}.")
    return dict(table)


def _named(key: str) -> str:
    """A table's key as a problem names it: quoted and escaped unless it is a plain bare key, so a
    hostile file's key never reaches a terminal as control characters."""
    return key if _BARE_KEY.fullmatch(key) else repr(key)
