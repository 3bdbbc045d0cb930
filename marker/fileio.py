"""Writing files so that a crash never leaves half of one, readable by the user only."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) with mode 0700 where it is new."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


_SPECIAL = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device",
            stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder", stat.S_IFLNK: "a symbolic link"}


class NotARegularFile(OSError):
    """A path that is a pipe, device, socket or folder: reading it could block or never end."""

    def __init__(self, path: Path | str, mode: int) -> None:
        self.what = _SPECIAL.get(stat.S_IFMT(mode), "not a regular file")
        super().__init__(f"{path}: is {self.what}, not a regular file")
        self.strerror = f"it is {self.what}, not a regular file"


def open_regular(path: Path | str) -> BinaryIO:
    """Open a regular file for reading; a symbolic link is followed only to a regular file.

    A FIFO, device or socket is refused before it is opened for reading (opening a FIFO
    blocks until a writer comes; ``/dev/zero`` never ends). ``O_NONBLOCK`` keeps the open
    itself from blocking should the path be swapped for a FIFO after the check, and the
    open file is checked again.

    Raises:
        NotARegularFile: the path is not a regular file.
        OSError: it cannot be opened (missing, permission denied).
    """
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotARegularFile(path, mode)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise NotARegularFile(path, mode)
    return os.fdopen(fd, "rb")


def read_at_most(handle: BinaryIO, limit: int) -> bytes:
    """The file's bytes, at most ``limit`` + 1 of them (more than ``limit``: too large, the caller refuses it).

    ``handle.read(limit + 1)`` sets aside ``limit`` bytes before reading: for a 64 MB limit that
    took four times as long as reading a 40 KB session, on every file of a listing.
    """
    size = os.fstat(handle.fileno()).st_size
    raw = handle.read(min(size, limit) + 1)
    if size < len(raw) <= limit:  # grew while being read: the rest, within the limit
        raw += handle.read(limit + 1 - len(raw))
    return raw


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
