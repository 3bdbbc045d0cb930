"""Parsed documents cached by content digest, so a second open is instant.

Entries are JSON in the user cache folder, readable by the user only (learner text is
confidential), and removed once older than ``cache_days`` (config, default 90). A cache
is only as trustworthy as its folder: anyone who can write there can plant "evidence",
so the cache is used only from a folder owned by the user and not writable by others —
otherwise reading goes on without it and says so. Each entry must name the file's
digest and this reader's version before it is trusted. A damaged entry is ignored and
rewritten; a cache that cannot be written never fails a read. A file opened with a
password is never cached (``marker.submission.read``).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from dataclasses import asdict
from functools import cache as once
from pathlib import Path

from marker.config import cache_dir, load_config
from marker.errors import ConfigError
from marker.fileio import atomic_write_text, open_regular, private_dir
from marker.submission.model import Block, Document

READER_VERSION = 4
"""Bump when the entry's shape changes; a change to how files are read is seen by itself."""
READER_MODULES = ("read", "docx", "pdf", "pdf_tables", "text", "altchunk", "zipsalvage", "model", "budget", "paths")
"""The modules whose code decides what a cached document holds."""
MAX_ENTRY = 256 << 20
"""An entry larger than this is not read (the reader's limits keep real ones far smaller)."""
DAY = 86_400
_swept: set[Path] = set()


def folder() -> tuple[Path | None, str]:
    """The cache folder if it is safe to use, else ``(None, notice)``; ``(None, "")`` when cache_days is 0."""
    root = cache_dir()
    extract = root / "extract"
    try:
        problem = _not_private(os.stat(private_dir(root)), root)  # checked before anything is made inside it
        problem = problem or _not_private(os.lstat(private_dir(extract)), extract)
    except OSError as exc:
        return None, f"the cache folder {extract} cannot be used ({exc.strerror or exc}); reading goes on without it"
    if problem:
        return None, (f"the cache folder {problem}, so it was not used (anyone able to write there could plant text); "
                      "make it yours and private (chmod 700), or set MARKER_CACHE_DIR")
    _sweep(extract)
    if max_age() <= 0:
        return None, ""  # cache_days = 0 keeps nothing: what was kept is swept, nothing new is written
    return extract, ""


def _not_private(info: os.stat_result, path: Path) -> str:
    if not stat.S_ISDIR(info.st_mode):
        return f"{path} is not a folder"
    if info.st_uid != os.geteuid():
        return f"{path} belongs to another user"
    if info.st_mode & 0o022:
        return f"{path} is writable by others"
    return ""


def max_age() -> float:
    """Seconds an entry is kept: ``cache_days`` from the config (90 if the config cannot be read)."""
    try:
        return load_config().cache_days * DAY
    except (ConfigError, OSError):
        return 90 * DAY


def _sweep(extract: Path) -> None:
    """Remove entries past their age, once per process and folder."""
    if extract in _swept:
        return
    _swept.add(extract)
    oldest = time.time() - max_age()
    try:
        entries = list(os.scandir(extract))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.name.endswith(".json") and entry.stat(follow_symlinks=False).st_mtime < oldest:
                os.unlink(entry.path)
        except OSError:
            continue  # removed meanwhile by another marker


@once
def reader_version() -> str:
    """READER_VERSION and a digest of the reading code, so an entry written by an older reader
    is never reused: a hand-kept number was forgotten twice, and the stale entries changed
    which passages were found."""
    code = hashlib.sha256()
    for module in READER_MODULES:
        try:
            code.update((Path(__file__).parent / f"{module}.py").read_bytes())
        except OSError:
            code.update(module.encode())  # installed without sources: the version number alone decides
    return f"{READER_VERSION}-{code.hexdigest()[:12]}"


def _entry(extract: Path, digest: str) -> Path:
    return extract / f"{digest}-plain-v{reader_version()}.json"


def load(digest: str, name: str, path: Path) -> Document | None:
    """The cached document for these bytes, if a trustworthy entry exists."""
    extract, _ = folder()
    if extract is None:
        return None
    entry = _entry(extract, digest)
    try:
        with open_regular(entry) as handle:
            info = os.fstat(handle.fileno())
            if info.st_uid != os.geteuid() or info.st_size > MAX_ENTRY or info.st_mtime < time.time() - max_age():
                return None
            raw = json.loads(handle.read().decode("utf-8"))
        if raw.get("sha256") != digest or raw.get("reader") != reader_version():
            return None  # not written by this reader for these bytes
        rename = lambda b: Block(**{**b, "file": name})  # noqa: E731 - the same bytes may arrive under another name
        document = Document(name=name, path=path, sha256=digest,
                            blocks=tuple(rename(b) for b in raw["blocks"]),
                            kept_apart=tuple(rename(b) for b in raw["kept_apart"]),
                            pages=raw["pages"], notices=tuple(raw["notices"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None  # RecursionError: JSON nested deeper than the decoder goes
    texts = [b.text for b in document.blocks + document.kept_apart] + list(document.notices)
    return document if all(isinstance(t, str) for t in texts) else None


def store(document: Document) -> str:
    """Cache the document; a notice if the cache folder could not be used, else ""."""
    extract, notice = folder()
    if extract is None:
        return notice
    payload = {"sha256": document.sha256, "reader": reader_version(),
               "blocks": [asdict(b) for b in document.blocks], "kept_apart": [asdict(b) for b in document.kept_apart],
               "pages": document.pages, "notices": list(document.notices)}
    try:
        atomic_write_text(_entry(extract, document.sha256), json.dumps(payload, ensure_ascii=False))
    except OSError:
        pass  # a full disk or read-only cache costs speed next time, nothing else
    return ""
