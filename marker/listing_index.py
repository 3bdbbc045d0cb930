"""The listing index: each session's brief, kept beside the sessions so a listing reads one file, not thousands.

A centre keeps every session for years, often on a share several assessors use, and
parsing each file in full for every listing takes minutes. The index (``.marker-index.json``
in the sessions folder, or in the user cache when the folder is read-only) holds each
session's brief (``marker.session_brief``) keyed by file name, size and modification
time in nanoseconds; a file whose key differs is read again. The session files stay the
truth: an index that is stale, corrupt or not marker's is rebuilt, never believed over a
file; one that cannot be written is skipped with a notice. Writes are atomic, so two
machines writing it at once leave one whole index, and each entry is checked against
its file by the next reader anyway.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from marker.errors import SessionError
from marker.fileio import atomic_write_text, is_temp_file, open_regular
from marker.outcome import unit_outcome
from marker.people import assessor_of
from marker.rubric import Rubric
from marker.session import Session
from marker.session_brief import brief_from_record, read_brief, read_brief_record

INDEX_NAME = ".marker-index.json"
BRIEFS_NAME = ".marker-briefs.json"
"""The briefs of files written before the `[listing]` table (``marker.session_listing``), apart: a listing
reads only the rows, sampling and export read the briefs too. A file with the table is its own brief: its
head is read again, as fast as the kept brief would be, and rewriting the index stays small."""
INDEX_KIND = "marker listing index"
BRIEFS_KIND = "marker session briefs"
INDEX_VERSION = 2
"""Bumped when the brief changes shape: an index of another version is rebuilt (2: briefs kept as records,
``marker.session_listing``)."""
RECENT_NS = 2_000_000_000
"""A file changed this recently is not indexed: a second change within the file system's
timestamp granularity could keep its size and time (two seconds covers FAT and SMB)."""
STRAY_TEMP_AGE = 600
"""Seconds after which a temporary file left by a killed save is removed (as ``marker.store``)."""
BATCH = 250
"""Files read between two progress reports on a cold read."""
FIRST_BATCH = 20
"""Files read before the first report, so a cold home screen shows rows at once."""


FACTS = {"learner_name": str, "learner_reg": str, "unit": str, "attempt": int, "status": str, "assessor": str,
         "updated": str, "outcomes": dict}
"""What a row shows, as the index keeps it; the outcome under the digest of the rubric it was judged by."""


class Listed:
    """One session file as a listing sees it: what its row shows, its brief, or why it cannot be read."""

    def __init__(self, path: Path, facts: dict | None = None, brief: Session | Callable[[], Session | None] | None = None,
                 problem: str = "") -> None:
        self.path, self.facts, self.problem = path, facts or {}, problem
        self._brief = brief

    @property
    def session(self) -> Session | None:
        """The brief (``marker.session_brief``), not the whole session; None when unreadable."""
        if callable(self._brief):  # from the briefs file, read only when sampling or export asks
            self._brief = self._brief() or read_brief(self.path)  # none kept for this file: the file (SessionError)
        return self._brief

    def result(self, rubric: Rubric) -> str:
        """The unit outcome by ``rubric``: kept in the index when judged by this very rubric, else judged now."""
        kept = self.facts.get("outcomes", {}).get(rubric.digest)
        if isinstance(kept, str):
            return kept
        return unit_outcome(self.session, rubric).result.value


def facts_of(brief: Session, rubrics: dict[str, Rubric]) -> dict:
    """What the row shows, computed by the same code as from the whole session (status, outcome, assessor)."""
    rubric = rubrics.get(brief.unit)
    return {"learner_name": brief.learner_name, "learner_reg": brief.learner_reg, "unit": brief.unit,
            "attempt": brief.attempt, "status": brief.status.value, "assessor": assessor_of(brief),
            "updated": brief.updated,
            "outcomes": {rubric.digest: unit_outcome(brief, rubric).result.value} if rubric else {}}


@dataclass
class Progress:
    """What a scan has found so far."""

    listed: list[Listed] = field(default_factory=list)
    """This step's files, in name order within the step."""
    done: int = 0
    total: int = 0
    notice: str = ""
    """Set on the last step when the index could not be written (listing still works)."""


def index_paths(folder: Path, cache: Path | None = None) -> tuple[Path, Path]:
    """Where the index lives: in the sessions folder, else in the user cache under the folder's hash."""
    if cache is None:
        from marker.config import cache_dir

        cache = cache_dir()
    name = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:20]
    return Path(folder) / INDEX_NAME, Path(cache) / "listing" / f"{name}.json"


def scan(folder: Path, rubrics: dict[str, Rubric], cache: Path | None = None, batch: int = BATCH,
         first: int = FIRST_BATCH) -> Iterator[Progress]:
    """The sessions in ``folder``: first every file the index still knows, then the rest in batches.

    Each step yields the files found since the last one; the last step carries a notice
    if the index could not be written. Files that cannot be read are listed with their
    one-line reason and are not indexed.
    """
    folder = Path(folder)
    try:
        if not folder.is_dir():
            yield Progress()
            return
        files = _session_files(folder)
    except OSError as exc:
        problem = f"{folder}: the sessions folder cannot be read ({exc.strerror or exc}); check its permissions"
        yield Progress([Listed(folder, problem=problem)], 1, 1)
        return
    here, cached = index_paths(folder, cache)
    known = _read_index(here, INDEX_KIND) or _read_index(cached, INDEX_KIND)
    briefs = _Briefs(_briefs_path(here), _briefs_path(cached))
    entries: dict[str, dict] = {}
    new_briefs: dict[str, dict | None] = {}
    """The files read now: the record to keep, or None when the file's own `[listing]` table keeps it."""
    fresh, stale = [], []
    for name, (size, mtime) in files.items():
        entry = known.get(name)
        listed = _from_entry(folder / name, entry, size, mtime, briefs) if entry else None
        if listed is None or not _judged(listed.facts, rubrics):
            stale.append(name)
        else:
            fresh.append(listed)
            entries[name] = entry
    done = len(fresh)
    yield Progress(fresh, done, len(files))
    now = time.time_ns()
    bounds = sorted({0, *range(min(first, len(stale)), len(stale), batch), len(stale)})
    for start, end in zip(bounds, bounds[1:]):
        step = []
        for name in stale[start:end]:
            path = folder / name
            try:
                brief, record = read_brief_record(path)
            except SessionError as error:
                step.append(Listed(path, problem=str(error)))
                continue
            facts = facts_of(brief, rubrics)
            step.append(Listed(path, facts, brief))
            size, mtime = files[name]
            if now - mtime > RECENT_NS and _indexable(name):
                entries[name] = {"size": size, "mtime_ns": mtime, "facts": facts}
                new_briefs[name] = None if record is None else {"size": size, "mtime_ns": mtime, "record": record}
        done += len(step)
        yield Progress(step, done, len(files))
    notice = ""
    if entries != known:
        kept = briefs.entries()
        notice = _write_index(here, cached, entries,
                              {name: new_briefs[name] if name in new_briefs else kept.get(name) for name in entries})
    yield Progress([], done, len(files), notice)


def list_briefs(folder: Path, rubrics: dict[str, Rubric], cache: Path | None = None) -> tuple[list[Listed], str]:
    """Every session file's brief (or problem), in name order, and the index's notice if any."""
    listed: list[Listed] = []
    notice = ""
    for step in scan(folder, rubrics, cache):
        listed += step.listed
        notice = step.notice or notice
    listed.sort(key=lambda item: item.path.name)
    return listed, notice


def _session_files(folder: Path) -> dict[str, tuple[int, int]]:
    """Each session file's name with its size and modification time; stray temporary files removed when old."""
    found = {}
    for entry in os.scandir(folder):
        if is_temp_file(Path(entry.name)):
            _remove_if_old(entry)
        elif entry.name.endswith(".toml") and not entry.name.startswith("."):
            try:
                stat = entry.stat()
            except OSError:
                stat = None
            found[entry.name] = (stat.st_size, stat.st_mtime_ns) if stat else (-1, -1)
    return dict(sorted(found.items()))


def _remove_if_old(entry: os.DirEntry) -> None:
    try:
        if time.time() - entry.stat().st_mtime > STRAY_TEMP_AGE:
            os.unlink(entry.path)
    except OSError:
        pass  # removed by its own writer meanwhile; it is never read as a session either way


def _from_entry(path: Path, entry: dict, size: int, mtime: int, briefs: _Briefs) -> Listed | None:
    """The indexed row if the file is unchanged and the entry is whole; else None (read the file)."""
    if not isinstance(entry, dict) or entry.get("size") != size or entry.get("mtime_ns") != mtime or size < 0:
        return None
    facts = entry.get("facts")
    if not isinstance(facts, dict) or not all(type(facts.get(key)) is kind for key, kind in FACTS.items()):
        return None  # a damaged or foreign entry: the file decides
    return Listed(path, facts, lambda: briefs.brief(path.name, size, mtime))


class _Briefs:
    """The briefs file, read only when a brief is asked for or the index is rewritten."""

    def __init__(self, *paths: Path) -> None:
        self.paths = paths
        self._entries: dict[str, dict] | None = None

    def entries(self) -> dict[str, dict]:
        if self._entries is None:
            self._entries = next((e for e in (_read_index(p, BRIEFS_KIND) for p in self.paths) if e), {})
        return self._entries

    def brief(self, name: str, size: int, mtime: int) -> Session | None:
        """The kept brief of an unchanged file, else None."""
        entry = self.entries().get(name)
        if not isinstance(entry, dict) or entry.get("size") != size or entry.get("mtime_ns") != mtime:
            return None
        try:
            return brief_from_record(entry["record"])
        except (KeyError, ValueError, TypeError, AttributeError):
            return None  # damaged: the file decides


def _briefs_path(index: Path) -> Path:
    return index.with_name(BRIEFS_NAME if index.name == INDEX_NAME else f"{index.stem}-briefs.json")


def _indexable(name: str) -> bool:
    """Whether the name can be written in the index (a name in no known encoding is listed, never kept)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _judged(facts: dict, rubrics: dict[str, Rubric]) -> bool:
    """Whether the kept outcome is by the unit's rubric as it is now (a changed rubric: read the file again)."""
    rubric = rubrics.get(facts["unit"])
    return rubric is None or rubric.digest in facts["outcomes"]


def _read_index(path: Path, kind: str) -> dict[str, dict]:
    """The index's entries; empty when it is missing, damaged, another version or not marker's."""
    try:
        with open_regular(path) as handle:  # a FIFO planted under the index's name must not hang a listing
            data = json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("kind") != kind or data.get("version") != INDEX_VERSION:
        return {}
    entries = data.get("sessions")
    return entries if isinstance(entries, dict) else {}


def _write_index(here: Path, cached: Path, entries: dict[str, dict], briefs: dict[str, dict | None]) -> str:
    """Write the index and the briefs beside the sessions, else in the cache; a notice if neither can be."""
    def text(kind: str, sessions: dict) -> str:
        return json.dumps({"kind": kind, "version": INDEX_VERSION, "sessions": sessions}, ensure_ascii=False,
                          separators=(",", ":"))

    rows = text(INDEX_KIND, entries)
    kept = text(BRIEFS_KIND, {name: b for name, b in briefs.items() if b is not None})
    problem = None
    for index in (here, cached):
        try:
            atomic_write_text(_briefs_path(index), kept)  # briefs first: new rows never point at old briefs
            atomic_write_text(index, rows)
            return ""
        except OSError as exc:
            problem = problem or exc
    return (f"{here}: the listing index could not be written ({problem.strerror or problem}), nor in the "
            "cache; listing reads every session, which is slower")


def stored_briefs(folder: Path, rubrics: dict[str, Rubric]) -> tuple[list, list[str], str]:
    """``list_sessions``'s answer from the index: each session's brief with its file, the problems, the notice.

    For sampling and export selection, which read only what a brief keeps; export
    loads the chosen sessions in full (``marker.export.select.whole``).
    """
    from marker.store import StoredSession

    listed, notice = list_briefs(folder, rubrics)
    stored, problems = [], []
    for item in listed:
        try:
            session = item.session if not item.problem else None
        except SessionError as error:  # a damaged entry whose file cannot be read either
            item.problem = str(error)
            session = None
        if session is None:
            problems.append(item.problem)
        else:
            stored.append(StoredSession(item.path, session))
    return stored, problems, notice
