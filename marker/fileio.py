"""Writing files so that a crash never leaves half of one, readable by the user only."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) with mode 0700 where it is new."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: a kill at any instant leaves old or new."""
    private_dir(path.parent)
    fd, temp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=_TEMP_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


_TEMP_SUFFIX = ".tmp"


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def is_temp_file(path: Path) -> bool:
    """Whether ``path`` is a half-written file that an atomic write left behind."""
    return path.name.startswith(".") and path.name.endswith(_TEMP_SUFFIX)


def remove_stray_temps(path: Path) -> int:
    """Remove the temporary files a killed write of ``path`` left beside it; how many.

    Only for a file this process alone writes (a session it holds the lock of): another
    writer's temporary file could be in use.
    """
    prefix, removed = _temp_prefix(path), 0
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(_TEMP_SUFFIX):
            try:
                os.unlink(entry.path)
                removed += 1
            except OSError:
                pass  # gone already, or not ours to remove: it is never read as a session
    return removed


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems refuse directory fsync; the rename is still atomic
    finally:
        os.close(fd)
