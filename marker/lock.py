"""Two people opening one session cannot overwrite each other.

A lock file beside the session (``<session>.toml.lock``, JSON) says who has it open,
on which host, in which process, since when. A second opener gets the session
read-only and is told who has it. The holder keeps an exclusive ``flock`` on the lock
file for as long as it has the session open; the kernel drops it when the process
dies, however it dies. So on this host a lock whose ``flock`` can be taken was left
by a dead process and is taken over — which, unlike asking whether its process id is
alive, cannot be fooled by the id being reused. A lock from another host (a shared
folder) is always respected: we cannot see that machine's processes.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import stat
import socket
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from marker.session import now


@dataclass(frozen=True)
class Holder:
    """Who a lock file says has the session open."""

    who: str = ""
    host: str = ""
    pid: int | None = None
    since: str = ""
    """ISO-8601 UTC."""

    def __str__(self) -> str:
        return f"{self.who or 'someone'} has it open on {self.host or 'another computer'} since {_local(self.since)}"


@dataclass
class Lock:
    """A session held open by this process; ``release()`` (or leaving a ``with`` block) ends it."""

    path: Path
    token: str
    fd: int | None = field(default=None, repr=False)

    @property
    def held(self) -> bool:
        return self.fd is not None

    def release(self) -> None:
        """Remove the lock file if it is still ours, and drop the ``flock``."""
        if self.fd is None:
            return
        try:
            if _same_file(self.fd, self.path) and _read(self.fd).get("token") == self.token:
                self.path.unlink()
        except OSError:
            pass  # the file is gone already: nothing of ours is left to remove
        finally:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_path(session_path: Path) -> Path:
    """The lock file of a session file."""
    session_path = Path(session_path)
    return session_path.with_name(session_path.name + ".lock")


def acquire(session_path: Path, who: str) -> tuple[Lock | None, str]:
    """Lock the session for ``who``: ``(lock, "")``, or ``(None, why not)`` to open it read-only.

    The reason reads after "opened read-only: ", e.g. "Ann Assessor has it open on
    laptop-3 since 2025-03-01 09:30".
    """
    path = lock_path(session_path)
    for _ in range(5):  # each retry means another process changed the lock file meanwhile
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR | _NOFOLLOW, 0o600)
        except FileExistsError:
            lock, reason = _take_over_if_stale(path, who)
            if lock is not None or reason:
                return lock, reason
            continue
        except OSError as exc:
            return None, f"its lock file {path} cannot be created ({exc.strerror}), so it is not safe to edit"
        if _flock(fd) is False:
            os.close(fd)  # another opener took our new file over before we locked it: ask again
            continue
        return _claim(fd, path, who), ""
    return None, "another marker is opening it at this moment; try again"


def holder(session_path: Path) -> Holder | None:
    """Who has the session open, if anyone (a lock left by a dead process on this host is no one)."""
    path = lock_path(session_path)
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | os.O_NONBLOCK)  # a planted FIFO must not block the home screen
    except OSError:
        return None
    try:
        found = _holder(_read(fd))
        if found.host and found.host != socket.gethostname():
            return found
        return None if _flock(fd, shared=True) else found
    finally:
        os.close(fd)


def _take_over_if_stale(path: Path, who: str) -> tuple[Lock | None, str]:
    """``(lock, "")`` if the lock was stale and is now ours, ``(None, reason)`` if held, ``(None, "")`` to retry."""
    try:
        fd = os.open(path, os.O_RDWR | _NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        return None, ""  # released meanwhile
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, f"its lock file {path} is a symbolic link, which marker never makes; {_NOT_OURS}"
        return None, f"its lock file {path} cannot be read ({exc.strerror})"
    if problem := _not_ours(fd):
        os.close(fd)  # never truncate what marker did not create
        return None, f"its lock file {path} {problem}; {_NOT_OURS}"
    record = _read(fd)
    current = _holder(record)
    if current.host and current.host != socket.gethostname():
        os.close(fd)  # we cannot see another machine's processes: only a person can tell it is stale
        return None, f"{current}; if it is not open there, delete {path}"
    locked = _flock(fd)
    if locked is None and _pid_alive(current.pid):  # no flock on this filesystem: trust the process id
        locked = False
    if locked is False:
        os.close(fd)
        return None, str(current) if record else f"another marker has it open (see {path.name})"
    if not _same_file(fd, path):
        os.close(fd)  # released and replaced while we looked: start again
        return None, ""
    return _claim(fd, path, who), ""  # a dead process's lock on this host: ours now


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NOT_OURS = ("it is opened read-only and the file is left alone: if nobody has the session open, "
             "delete the lock file and open it again")


def _not_ours(fd: int) -> str:
    """Why an existing lock file is not one marker made for this user ("" if it may be), checked on the open file."""
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file"
    if info.st_uid != os.geteuid():
        return "belongs to another user"
    if info.st_nlink != 1:
        return "is linked to another file"  # a hard link to a session would be overwritten with it
    return ""


def _claim(fd: int, path: Path, who: str) -> Lock:
    token = uuid.uuid4().hex
    record = {"who": who, "host": socket.gethostname(), "pid": os.getpid(), "since": now(), "token": token}
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(record).encode("utf-8"), 0)
    return Lock(path, token, fd)


def _flock(fd: int, shared: bool = False) -> bool | None:
    """True if we got the lock, False if another process holds it, None if the filesystem cannot lock."""
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError:
        return None


def _read(fd: int) -> dict:
    try:
        data = json.loads(os.pread(fd, 64 * 1024, 0).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}  # empty (being written) or damaged (or nested past the decoder): no holder to name
    return data if isinstance(data, dict) else {}


def _holder(record: dict) -> Holder:
    pid = record.get("pid")
    return Holder(who=str(record.get("who", "")), host=str(record.get("host", "")),
                  pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
                  since=str(record.get("since", "")))


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk, ours = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    return (on_disk.st_dev, on_disk.st_ino) == (ours.st_dev, ours.st_ino)


def _pid_alive(pid: int | None) -> bool:
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, someone else's
    return True


def _local(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp or "an unknown time"
