"""Two people opening one session cannot overwrite each other."""

import os
import signal
import subprocess
import sys

from conftest import REPO
from marker.lock import acquire, lock_path

HOLDER = """
import sys, time
sys.path.insert(0, {repo!r})
from pathlib import Path
from marker.lock import acquire
lock, _ = acquire(Path(sys.argv[1]), "Other Assessor")
print("held" if lock else "refused", flush=True)
time.sleep(60)
"""


def test_second_opener_is_told_who_has_it_and_a_dead_holders_lock_is_taken_over(tmp_path):
    session_path = tmp_path / "s.toml"
    session_path.write_text("", encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", HOLDER.format(repo=str(REPO)), str(session_path)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        lock, holder = acquire(session_path, "Me")
        assert lock is None and "Other Assessor has it open on" in holder
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    lock, holder = acquire(session_path, "Me")
    assert lock is not None and holder == ""
    lock.release()
    assert not lock_path(session_path).exists()


def test_release_leaves_someone_elses_lock(tmp_path):
    session_path = tmp_path / "s.toml"
    lock, _ = acquire(session_path, "Me")
    lock_path(session_path).write_text('{"token": "theirs"}', encoding="utf-8")
    lock.release()
    assert lock_path(session_path).exists()
