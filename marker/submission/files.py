"""The files a session judges, each with the SHA-256 of the bytes as judged."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from marker.fileio import NotARegularFile, open_regular
from marker.session import SubmissionFile
from marker.submission.errors import SubmissionError
from marker.submission.paths import expand


def sha256_of(path: Path, name: str | None = None) -> str:
    """The SHA-256 of a regular file (a link is followed only to one).

    Raises:
        SubmissionError: a pipe, device, socket or folder, or a file that cannot be read, in one line.
    """
    name = name or Path(path).name
    digest = hashlib.sha256()
    try:
        with open_regular(path) as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except NotARegularFile as exc:
        if exc.what == "a folder":  # expand() returns only the folders it could not list
            raise SubmissionError(name, "missing", "is a folder that cannot be read", "check the folder's permissions") from None
        raise SubmissionError(name, "unsupported", f"is {exc.what}, not a regular file",
                              "name the document itself (a file saved from Word or a PDF)") from None
    except FileNotFoundError:
        raise SubmissionError(name, "missing", "not found", "check the path, or ask the learner for the file") from None
    except OSError as exc:
        raise SubmissionError(name, "missing", f"cannot be read ({exc.strerror or exc})",
                              "check the file's permissions") from None
    return digest.hexdigest()


def submission_files(paths: list[Path]) -> list[SubmissionFile]:
    """Folders expanded to their documents; paths made absolute so sessions can be reopened.

    Raises:
        SubmissionError: a file that is not a regular file or cannot be read (the session
            would record a file it cannot check later).
    """
    return [SubmissionFile(name, str(path.resolve()), sha256_of(path, name))
            for path, name in expand(paths) if os.path.lexists(path)]
