"""Session files: TOML written by atomic replace, readable by the user only.

A kill at any instant leaves the last good file (see ``marker.fileio``). The unit
outcome is written as an informational copy for people reading the file, and is never
read back: it is always derived again from the decisions.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import tomlkit
from tomlkit.exceptions import ParseError

from marker.errors import SessionError
from marker.fileio import atomic_write_text, private_dir
from marker.session import (
    QA, AuditEntry, CriterionEntry, Decision, SectionEntry, Session, Signature, Status, SubmissionFile,
)

FORMAT = 1
MIN_SAVE_INTERVAL = 1.0
"""Typing is saved at most this often; a crash loses at most this much."""


@dataclass(frozen=True)
class StoredSession:
    path: Path
    session: Session


def safe_part(text: str, limit: int = 40) -> str:
    """Letters, digits, dot, dash and underscore only: a learner's details never make an unsafe path."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if unicodedata.category(c)[0] in "LN" or c in "._- ")
    text = re.sub(r"[^A-Za-z0-9._-]+", "-", text.encode("ascii", "ignore").decode()).strip(".-_")
    text = re.sub(r"\.{2,}", ".", text)
    return text[:limit].strip(".-_")


def session_filename(session: Session) -> str:
    reg = safe_part(session.learner_reg) or "unregistered"
    return f"{reg}_{safe_part(session.unit) or 'unit'}_attempt{session.attempt}.toml"


def save(session: Session, folder: Path, path: Path | None = None) -> Path:
    """Write the session; a new one gets a safe file name that is not already taken."""
    private_dir(folder)
    if path is None:
        path = folder / session_filename(session)
        if path.exists() and _id_in(path) != session.id:
            path = folder / f"{path.stem}_{session.id[:8]}.toml"
    atomic_write_text(path, dumps(session))
    return path


def _id_in(path: Path) -> str | None:
    try:
        return str(tomlkit.parse(path.read_text(encoding="utf-8")).get("id"))
    except (OSError, ParseError, UnicodeDecodeError):
        return None


def dumps(session: Session) -> str:
    data = plain_data(asdict(session))
    doc = tomlkit.document()
    doc.add(tomlkit.comment("marker session: one learner, one unit, one attempt. Edit with marker, not by hand:"))
    doc.add(tomlkit.comment("a signed session's digest detects any change made outside the app."))
    doc["format"] = FORMAT
    for key, value in data.items():
        doc[key] = value
    return tomlkit.dumps(doc)


def plain_data(value):
    """Enums to their values, None dropped (TOML has no null)."""
    if isinstance(value, dict):
        return {str(k): plain_data(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [plain_data(v) for v in value]
    if isinstance(value, (Decision, Status)):
        return value.value
    return value


def load(path: Path) -> Session:
    """Read a session file.

    Raises:
        SessionError: one line naming the file and what to do.
    """
    try:
        data = tomlkit.parse(Path(path).read_text(encoding="utf-8")).unwrap()
    except FileNotFoundError:
        raise SessionError(f"{path}: no such session file; `marker list` shows the sessions") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SessionError(f"{path}: cannot be read ({exc}); check the file's permissions") from None
    except ParseError as exc:
        raise SessionError(f"{path}: not a valid session file ({exc}); restore it from a backup") from None
    try:
        return _session(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise SessionError(f"{path}: session file is missing or has a bad field ({exc}); restore it from a backup") from None


def _session(data: dict) -> Session:
    if data.get("format") != FORMAT:
        raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
    simple = {f.name for f in fields(Session)} - {"files", "criteria", "sections", "qa", "signatures", "audit", "status"}
    session = Session(**{k: data[k] for k in simple if k in data}, status=Status(data.get("status", "draft")))
    for required in ("id", "unit", "rubric_digest"):
        if not data.get(required):
            raise KeyError(required)
    session.files = [SubmissionFile(**f) for f in data.get("files", [])]
    session.criteria = {ref: CriterionEntry(decision=Decision(e.get("decision", "unmarked")), feedback=e.get("feedback", ""),
                                            evidence=list(e.get("evidence", [])), carried=bool(e.get("carried", False)))
                        for ref, e in data.get("criteria", {}).items()}
    session.sections = {ref: SectionEntry(**e) for ref, e in data.get("sections", {}).items()}
    session.qa = QA(**data.get("qa", {}))
    session.signatures = [Signature(**s) for s in data.get("signatures", [])]
    session.audit = [AuditEntry(**a) for a in data.get("audit", [])]
    return session


def list_sessions(folder: Path) -> tuple[list[StoredSession], list[str]]:
    """Every session in the folder, and a line for each file that could not be read."""
    found, problems = [], []
    if not Path(folder).is_dir():
        return found, problems
    for path in sorted(Path(folder).glob("*.toml")):
        try:
            found.append(StoredSession(path, load(path)))
        except SessionError as error:
            problems.append(str(error))
    return found, problems


class Saver:
    """Saves a session on change, at most once a second while the assessor types.

    ``changed()`` saves at once if the last save was long enough ago; otherwise the
    change waits for ``tick()`` (the app calls it from a timer on its own thread, so a
    save never races an edit) or ``flush()``.
    """

    def __init__(self, session: Session, path: Path, interval: float = MIN_SAVE_INTERVAL):
        self.session, self.path, self.interval = session, path, interval
        self.dirty = False
        self.last = 0.0

    def changed(self) -> None:
        self.dirty = True
        self.tick()

    def tick(self) -> None:
        """Save a pending change once it is due (called by a timer)."""
        if self.dirty and time.monotonic() - self.last >= self.interval:
            self.flush()

    def flush(self) -> None:
        """Save a pending change now."""
        if self.dirty:
            save(self.session, self.path.parent, self.path)
            self.dirty = False
            self.last = time.monotonic()
