"""The files a session judges, each with the SHA-256 of the bytes as judged."""

from __future__ import annotations

import hashlib
from pathlib import Path

from marker.session import SubmissionFile
from marker.submission.paths import expand


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def submission_files(paths: list[Path]) -> list[SubmissionFile]:
    """Folders expanded to their documents; paths made absolute so sessions can be reopened."""
    return [SubmissionFile(name, str(path.resolve()), sha256_of(path)) for path, name in expand(paths) if path.exists()]
