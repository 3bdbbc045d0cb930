"""Two people opening one session cannot overwrite each other.

A lock file beside the session says who has it open, on which host, since when. A
second opener gets the session read-only and is told who has it; a lock left by a
process that died on this host is taken over.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from marker.session import now


@dataclass
class Lock:
    path: Path
    token: str

    def release(self) -> None:
        """Remove the lock if it is still ours."""
        try:
            if json.loads(self.path.read_text(encoding="utf-8")).get("token") == self.token:
                self.path.unlink()
        except (OSError, ValueError):
            pass  # already gone or replaced: nothing of ours to remove

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def lock_path(session_path: Path) -> Path:
    return session_path.with_name(session_path.name + ".lock")


def acquire(session_path: Path, who: str) -> tuple[Lock | None, str]:
    """(our lock, "") or (None, who holds it) for the app's read-only message."""
    path = lock_path(session_path)
    token = f"{socket.gethostname()}:{os.getpid()}:{now()}"
    record = {"who": who, "host": socket.gethostname(), "pid": os.getpid(), "since": now(), "token": token}
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            holder = _holder(path)
            if holder is None or _is_stale(holder):
                path.unlink(missing_ok=True)  # a dead process's lock on this host: take it over
                continue
            return None, f"{holder.get('who', 'someone')} has it open on {holder.get('host', '?')} since {holder.get('since', '?')}"
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle)
        return Lock(path, token), ""
    return None, "its lock file could not be taken; try again"


def _holder(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # unreadable lock: treat as stale


def _is_stale(holder: dict) -> bool:
    if holder.get("host") != socket.gethostname():
        return False  # another machine's process: we cannot tell, so respect it
    pid = holder.get("pid")
    if not isinstance(pid, int):
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
