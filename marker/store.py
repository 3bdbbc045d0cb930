"""Session files: saved by atomic replace, readable by the user only, under safe names.

A kill at any instant leaves the last good file (``marker.fileio``): the new text goes
to a temporary file in the same folder, is flushed to disk, and replaces the old file
in one rename. Temporary files never count as sessions and the next save of the same
session removes them. The text format is ``marker.session_toml``; the unit outcome is
never stored, always derived again (``marker.outcome``).
"""

from __future__ import annotations

import re
import time
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marker.errors import SessionError
from marker.fileio import (NotARegularFile, atomic_write_text, is_temp_file, open_regular, private_dir, read_at_most,
                           remove_stray_temps)
from marker.session import Session
from marker.session_toml import FORMAT, FormatProblem, dumps, loads, plain_data

__all__ = ["FORMAT", "MIN_SAVE_INTERVAL", "Saver", "StoredSession", "dumps", "list_sessions", "load",
           "plain_data", "safe_part", "save", "session_filename"]

MIN_SAVE_INTERVAL = 1.0
"""Typing is saved at most this often; a crash loses at most this much."""
STRAY_TEMP_AGE = 600
"""Seconds after which a temporary file left by a killed save is removed by ``list_sessions``."""


@dataclass(frozen=True)
class StoredSession:
    """A session and the file it was read from."""

    path: Path
    session: Session


# --- file names ------------------------------------------------------------------------------


def safe_part(text: str, limit: int = 40) -> str:
    """Letters, digits, dot, dash and underscore only: a learner's details never make an unsafe path.

    Accents are dropped (``Zoë`` → ``Zoe``), other runs become one dash, there is no
    leading dot and no ``..``, and the result is at most ``limit`` characters (it may be empty).
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if unicodedata.category(c)[0] in "LN" or c in "._- ")
    text = re.sub(r"[^A-Za-z0-9._-]+", "-", text.encode("ascii", "ignore").decode())
    text = re.sub(r"\.{2,}", ".", text).strip(".-_")
    return text[:limit].strip(".-_")


def session_filename(session: Session) -> str:
    """``<registration>_<unit>_attempt<n>.toml``, made safe: ``A123456_8584-200_attempt1.toml``."""
    reg = safe_part(session.learner_reg) or "unregistered"
    return f"{reg}_{safe_part(session.unit) or 'unit'}_attempt{session.attempt}.toml"


# --- saving and loading ----------------------------------------------------------------------


def save(session: Session, folder: Path, path: Path | None = None) -> Path:
    """Write the session by atomic replace (file 0600, folder 0700 when created); its path.

    A session saved for the first time (``path`` None) gets a safe name from its
    registration number, unit and attempt, with a short id suffix if another session
    already has that name. Pass the returned path on later saves.

    Raises:
        SessionError: the file could not be written (disk full, no permission), in one line.
    """
    folder = Path(folder)
    try:
        private_dir(folder)
        if path is None:
            path = folder / session_filename(session)
            if path.exists() and _id_in(path) != session.id:
                path = folder / f"{path.stem}_{session.id[:8]}.toml"
        atomic_write_text(path, dumps(session))
    except OSError as exc:
        where = path or folder
        raise SessionError(f"{where}: could not be saved ({exc.strerror or exc}); free disk space or fix the "
                           "folder's permissions, and your changes are saved at the next edit") from None
    remove_stray_temps(path)  # left by a save killed part-way, of this session only
    return path


def _id_in(path: Path) -> str | None:
    try:
        return load(path).id
    except SessionError:
        return None


MAX_SESSION_BYTES = 64 << 20
"""A session file larger than this is refused (a year of typing makes a few megabytes)."""


def load(path: Path) -> Session:
    """Read a session file: a regular file only, within a size and nesting limit.

    Raises:
        SessionError: one line naming the file, what is wrong and what to do.
    """
    try:
        with open_regular(path) as handle:
            raw = read_at_most(handle, MAX_SESSION_BYTES)
        if len(raw) > MAX_SESSION_BYTES:
            raise SessionError(f"{path}: is over {MAX_SESSION_BYTES >> 20} MB, far larger than any session; "
                               "restore it from a backup")
    except FileNotFoundError:
        raise SessionError(f"{path}: no such session file; `marker list` shows the sessions") from None
    except NotARegularFile as exc:
        if exc.what == "a folder":
            raise SessionError(f"{path}: is a folder, not a session file; `marker list` shows the sessions") from None
        raise SessionError(f"{path}: is {exc.what}, not a session file; remove it from the sessions folder") from None
    except OSError as exc:
        raise SessionError(f"{path}: cannot be read ({exc.strerror or exc}); check the file's permissions") from None
    return session_from_bytes(raw, path)


def session_from_bytes(raw: bytes, path: Path) -> Session:
    """A session parsed from its file's bytes (read from disk, or from a bundle zip's member), ``path`` naming it.

    Raises:
        SessionError: one line naming ``path``, what is wrong and what to do.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SessionError(f"{path}: is not a marker session (not UTF-8 text); restore it from a backup") from None
    try:
        return loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SessionError(f"{path}: is not valid TOML ({exc}); restore it from a backup") from None
    except FormatProblem as exc:
        raise SessionError(f"{path}: {exc}") from None
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        # a shape the field checks did not foresee: still this file's problem, in one line
        raise SessionError(f"{path}: is not a session marker can read ({exc.__class__.__name__}); "
                           "restore it from a backup") from None


def list_sessions(folder: Path) -> tuple[list[StoredSession], list[str]]:
    """Every session in the folder, and one line for each ``.toml`` file that could not be read.

    One bad file never stops the others being listed. Temporary files of interrupted
    saves are not sessions; those older than ``STRAY_TEMP_AGE`` seconds are removed.
    """
    folder = Path(folder)
    found: list[StoredSession] = []
    problems: list[str] = []
    try:
        if not folder.is_dir():
            return found, problems
        entries = sorted(folder.iterdir())
    except OSError as exc:
        return found, [f"{folder}: the sessions folder cannot be read ({exc.strerror or exc}); check its permissions"]
    for path in entries:
        if is_temp_file(path):
            _remove_if_old(path)
        elif path.suffix == ".toml" and not path.name.startswith("."):
            try:
                found.append(StoredSession(path, load(path)))
            except SessionError as error:
                problems.append(str(error))
    return found, problems


def _remove_if_old(path: Path) -> None:
    try:
        if time.time() - path.stat().st_mtime > STRAY_TEMP_AGE:
            path.unlink()
    except OSError:
        pass  # removed by its own writer meanwhile; it is never read as a session either way


# --- saving while the assessor works ---------------------------------------------------------


class Saver:
    """Saves a session on change, at most once a second while the assessor types.

    ``changed()`` saves at once when the last save was at least ``interval`` ago;
    otherwise the change waits for ``tick()`` — the app calls it from a timer on its
    own thread, so a save never races an edit — or ``flush()``. A save takes a few
    milliseconds, so this is safe on the UI thread.

    A failed save (disk full) keeps the change pending and is retried on the next
    ``changed()``/``tick()``. With ``on_error`` the error is handed to it (once per
    distinct message) instead of raised from ``changed()``/``tick()``; ``flush()``
    always raises.
    """

    def __init__(self, session: Session, path: Path, interval: float = MIN_SAVE_INTERVAL,
                 on_error: Callable[[SessionError], None] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.session, self.path, self.interval = session, Path(path), interval
        self.on_error = on_error
        self.clock = clock
        self.dirty = False
        """A change is waiting to be saved."""
        self.last = float("-inf")
        """When the last save happened, by ``clock``."""
        self.error = ""
        """The last save's error, "" once a save succeeds."""
        self.saves = 0
        """How many times the file was written."""
        self._reported = ""

    @property
    def pending(self) -> bool:
        """Whether a change has not reached the disk yet."""
        return self.dirty

    def changed(self) -> None:
        """The session changed: save now if a second has passed since the last save, else soon."""
        self.dirty = True
        self.tick()

    def tick(self) -> None:
        """Save a pending change once it is due (called by a timer)."""
        if self.dirty and self.clock() - self.last >= self.interval:
            try:
                self.flush()
            except SessionError as error:
                if self.on_error is None:
                    raise
                if str(error) != self._reported:
                    self._reported = str(error)
                    self.on_error(error)

    def flush(self) -> None:
        """Save a pending change now.

        Raises:
            SessionError: the save failed; the change stays pending.
        """
        if not self.dirty:
            return
        self.last = self.clock()  # a failing disk is retried a second later, not on every key
        try:
            save(self.session, self.path.parent, self.path)
        except SessionError as error:
            self.error = str(error)
            raise
        self.dirty, self.error, self._reported = False, "", ""
        self.saves += 1
