"""Parsed documents cached by content digest, so a second open is instant.

Entries are JSON in the user cache folder, readable by the user only (learner text is
confidential). A damaged entry is ignored and rewritten; a cache that cannot be written
never fails a read.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from marker.config import cache_dir
from marker.fileio import atomic_write_text
from marker.submission.model import Block, Document

READER_VERSION = 2
"""Bump when reading changes, so old entries are not reused."""


def _entry(digest: str, with_password: bool) -> Path:
    return cache_dir() / "extract" / f"{digest}-{'pw' if with_password else 'plain'}-v{READER_VERSION}.json"


def load(digest: str, name: str, path: Path, with_password: bool) -> Document | None:
    try:
        raw = json.loads(_entry(digest, with_password).read_text(encoding="utf-8"))
        rename = lambda b: Block(**{**b, "file": name})  # noqa: E731 - the same bytes may arrive under another name
        return Document(name=name, path=path, sha256=digest,
                        blocks=tuple(rename(b) for b in raw["blocks"]),
                        kept_apart=tuple(rename(b) for b in raw["kept_apart"]),
                        pages=raw["pages"], notices=tuple(raw["notices"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(document: Document, with_password: bool) -> None:
    payload = {"blocks": [asdict(b) for b in document.blocks], "kept_apart": [asdict(b) for b in document.kept_apart],
               "pages": document.pages, "notices": list(document.notices)}
    try:
        atomic_write_text(_entry(document.sha256, with_password), json.dumps(payload, ensure_ascii=False))
    except OSError:
        return  # a full disk or read-only cache costs speed next time, nothing else
