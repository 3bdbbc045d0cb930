"""Each criterion's passages cached by what decides them, so a reopened submission shows
its evidence without running the finder, or even loading it.

An entry is keyed by the submission's files (their digests and names, in order), the
rubric as parsed, and the finder itself: the content of its code, marker's version, the
Python version and which stemmer is installed. Change any of them and the passages are
found afresh. Entries live beside the cached text (``cache``), in the same private folder
under the same rules: written for the user only, never trusted from a folder others can
write to, swept by age, and a damaged or foreign entry is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from functools import cache as once
from pathlib import Path

from marker.fileio import atomic_write_text, open_regular
from marker.rubric import Rubric
from marker.submission import cache
from marker.submission.evidence import Candidate, Passage
from marker.submission.model import Block, Document

FOUND_VERSION = 1
"""Bump when the entry's shape changes; a change to how passages are found is seen by itself."""
FINDER_CODE = ("submission/*.py", "submission/*.pyc", "rubric.py", "rubric.pyc", "items.py", "items.pyc")
"""The code that decides what the finder offers: all of the submission package, to be safe
(its compiled files too, for an installation that ships no sources)."""

Found = dict[str, list[Candidate]]


@once
def finder_version() -> str:
    """FOUND_VERSION, the content of the finder's code, and what else its output depends on.

    By content, not modification time: Nix, ``cp -p``, ``rsync -a`` and ``tar`` keep or fix
    file times, and an edit of the same size would then have kept the key (4 ms, once a process).
    """
    import importlib.util
    import sys

    from marker import __version__

    stemmer = importlib.util.find_spec("Stemmer") is not None  # bm25's stemmer in C, else snowballstemmer's
    code = hashlib.sha256(f"{FOUND_VERSION}\n{__version__}\n{sys.version}\n{stemmer}\n".encode())
    package = Path(__file__).resolve().parents[1]
    for pattern in FINDER_CODE:
        for path in sorted(package.glob(pattern)):
            code.update(f"{path.relative_to(package)}\n".encode())
            try:
                code.update(path.read_bytes())
            except OSError:
                code.update(b"unreadable\n")
    return code.hexdigest()


def key(documents: Sequence[Document], rubric: Rubric) -> str:
    """What decides the passages, as one digest."""
    # The rubric as parsed, not only its file's digest: a rubric built in memory has none.
    parts = [finder_version(), repr(rubric)] + [f"{d.sha256}/{d.name}" for d in documents]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def located(documents: Sequence[Document], rubric: Rubric, *, keep: bool = True) -> Found:
    """Every criterion's candidate passages: as cached, else found and, when ``keep``, cached.

    ``keep`` is False for text that must not outlive its reading (a file opened with a
    password, a submission with files that could not be read): nothing is read or written.
    """
    if keep and documents:
        found = load(documents, rubric)
        if found is not None:
            return found
    from marker.submission.locate import locate  # loaded only when the passages must be found

    found = locate(documents, rubric)
    if keep and documents:
        store(documents, rubric, found)
    return found


def _entry(extract: Path, documents: Sequence[Document], rubric: Rubric) -> tuple[Path, str]:
    digest = key(documents, rubric)
    return extract / f"{digest}-found.json", digest


def load(documents: Sequence[Document], rubric: Rubric) -> Found | None:
    """The cached passages for this submission and rubric, if a trustworthy entry exists."""
    extract, _ = cache.folder()
    if extract is None:
        return None
    entry, digest = _entry(extract, documents, rubric)
    try:
        with open_regular(entry) as handle:
            info = os.fstat(handle.fileno())
            if info.st_uid != os.geteuid() or info.st_size > cache.MAX_ENTRY or info.st_mtime < time.time() - cache.max_age():
                return None
            raw = json.loads(handle.read().decode("utf-8"))
        if raw.get("key") != digest:
            return None  # not written for these files, this rubric and this finder
        return {_text(ref): [_candidate(c) for c in candidates] for ref, candidates in raw["found"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None  # RecursionError: JSON nested deeper than the decoder goes


def store(documents: Sequence[Document], rubric: Rubric, found: Found) -> None:
    """Cache the passages; a cache that cannot be used or written costs only speed."""
    extract, _ = cache.folder()
    if extract is None:
        return
    entry, digest = _entry(extract, documents, rubric)
    payload = {"key": digest, "found": {ref: [_plain(c) for c in candidates] for ref, candidates in found.items()}}
    try:
        atomic_write_text(entry, json.dumps(payload, ensure_ascii=False))
    except OSError:
        pass


def _plain(candidate: Candidate) -> dict:
    passage = candidate.passage
    return {"blocks": [asdict(b) for b in passage.blocks], "heading": passage.heading,
            "own": None if passage.own is None else list(passage.own),
            "score": candidate.score, "reason": candidate.reason, "confidence": candidate.confidence}


def _candidate(raw: dict) -> Candidate:
    """A candidate as stored, each field of the type it must have (else ValueError: not used)."""
    blocks = tuple(_block(b) for b in raw["blocks"])
    own = raw["own"]
    if not blocks or (own is not None and (len(own) != len(blocks) or not all(isinstance(o, bool) for o in own))):
        raise ValueError("passage")
    passage = Passage(blocks, _text(raw["heading"]), None if own is None else tuple(own))
    return Candidate(passage, _number(raw["score"]), _text(raw["reason"]), _number(raw["confidence"]))


def _block(raw: dict) -> Block:
    optional: Callable[[object], int | None] = lambda v: None if v is None else _whole(v)  # noqa: E731
    return Block(file=_text(raw["file"]), kind=_text(raw["kind"]), text=_text(raw["text"]), number=_whole(raw["number"]),
                 level=optional(raw["level"]), page=optional(raw["page"]), row=optional(raw["row"]))


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("text")
    return value


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError("number")
    return value


def _number(value: object) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise ValueError("number")
    return float(value)
