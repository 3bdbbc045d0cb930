"""Two people opening one session cannot overwrite each other."""

import json
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from marker.lock import Holder, acquire, holder, lock_path

HOLDER = """
import sys, time
sys.path.insert(0, {repo!r})
from pathlib import Path
from marker.lock import acquire
go = Path(sys.argv[2]) if len(sys.argv) > 2 else None
while go is not None and not go.exists():  # start together
    time.sleep(0.001)
lock, why = acquire(Path(sys.argv[1]), "Other Assessor")
print("held" if lock else "refused: " + why, flush=True)
sys.stdin.read()  # hold it until the test closes our stdin (or kills us)
"""


def start_holder(session_path, go=None):
    args = [sys.executable, "-c", HOLDER.format(repo=str(REPO)), str(session_path)] + ([str(go)] if go else [])
    return subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def kill(child):
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


@pytest.fixture
def session_path(tmp_path):
    path = tmp_path / "R1_8584-200_attempt1.toml"
    path.write_text("", encoding="utf-8")
    return path


def test_second_opener_is_told_who_has_it_and_a_dead_holders_lock_is_taken_over(session_path):
    child = start_holder(session_path)
    try:
        assert child.stdout.readline().strip() == "held"
        lock, why = acquire(session_path, "Me")
        assert lock is None
        assert re.fullmatch(rf"Other Assessor has it open on {re.escape(socket.gethostname())} "
                            r"since \d{4}-\d\d-\d\d \d\d:\d\d", why), why
        assert holder(session_path) == Holder("Other Assessor", socket.gethostname(), child.pid,
                                              holder(session_path).since)
    finally:
        kill(child)
    assert lock_path(session_path).exists(), "SIGKILL left the lock file behind"
    assert holder(session_path) is None, "a dead process holds nothing"
    lock, why = acquire(session_path, "Me")
    assert lock is not None and why == ""
    record = json.loads(lock_path(session_path).read_text(encoding="utf-8"))
    assert (record["who"], record["pid"]) == ("Me", os.getpid())
    lock.release()
    assert not lock_path(session_path).exists()


def test_a_live_holder_keeps_it_until_it_closes(session_path):
    child = start_holder(session_path)
    try:
        assert child.stdout.readline().strip() == "held"
        assert acquire(session_path, "Me")[0] is None
        assert acquire(session_path, "Me")[0] is None, "asking again changes nothing"
    finally:
        child.stdin.close()  # the holder exits normally…
        child.wait()
    lock, _ = acquire(session_path, "Me")  # …and its lock is free
    assert lock is not None
    lock.release()


def test_one_process_opening_twice_gets_it_read_only_the_second_time(session_path):
    with acquire(session_path, "Me")[0] as first:
        second, why = acquire(session_path, "Me")
        assert first.held and second is None and why.startswith("Me has it open")
    assert not lock_path(session_path).exists(), "leaving the with block releases it"


def test_a_lock_from_another_host_is_respected(session_path):
    lock_path(session_path).write_text(json.dumps(
        {"who": "Bob Assessor", "host": "office-pc-7", "pid": 1, "since": "2025-03-01T09:30:00+00:00"}),
        encoding="utf-8")
    lock, why = acquire(session_path, "Me")
    assert lock is None and why.startswith("Bob Assessor has it open on office-pc-7 since 2025-03-01")
    assert why.endswith(f"; if it is not open there, delete {lock_path(session_path)}")
    assert holder(session_path).host == "office-pc-7"


@pytest.mark.parametrize("content", [
    "",
    "{not json",
    '{"token": "no host named"}',
    # a process id that now belongs to another live process (here: this one) holds no lock
    json.dumps({"who": "Old", "host": socket.gethostname(), "pid": os.getpid(), "since": "2025-01-01T00:00:00+00:00"}),
])
def test_a_lock_nobody_holds_on_this_host_is_taken_over(session_path, content):
    lock_path(session_path).write_text(content, encoding="utf-8")
    lock, why = acquire(session_path, "Me")
    assert lock is not None and why == ""
    lock.release()


def test_release_leaves_someone_elses_lock(session_path):
    lock, _ = acquire(session_path, "Me")
    lock_path(session_path).unlink()  # someone removed ours by hand and opened it themselves
    lock_path(session_path).write_text('{"token": "theirs"}', encoding="utf-8")
    lock.release()
    assert lock_path(session_path).read_text(encoding="utf-8") == '{"token": "theirs"}'
    lock.release()  # twice is harmless


def test_a_lock_that_cannot_be_created_says_so(tmp_path):
    lock, why = acquire(tmp_path / "missing-folder" / "s.toml", "Me")
    assert lock is None and "cannot be created" in why and "not safe to edit" in why


@pytest.mark.parametrize("stale", [False, True])
def test_many_openers_at_once_exactly_one_wins(session_path, tmp_path, stale):
    if stale:  # racing to take over a dead process's lock
        dead = start_holder(session_path)
        assert dead.stdout.readline().strip() == "held"
        kill(dead)
    go = tmp_path / "go"
    children = [start_holder(session_path, go) for _ in range(8)]
    try:
        go.touch()
        results = [c.stdout.readline().strip() for c in children]
    finally:
        for c in children:
            kill(c)
    assert results.count("held") == 1, results
    assert all(r.startswith("refused: Other Assessor has it open on") or r == "held"
               or r.startswith("refused: another marker") for r in results), results


# --- issue 16: a planted lock never makes marker write where it should not -------------------


@pytest.fixture
def other_session(tmp_path):
    path = tmp_path / "R2_8584-200_attempt1.toml"
    path.write_text('id = "session B"\n', encoding="utf-8")
    return path


def test_a_lock_planted_as_a_symlink_to_another_session_is_refused_and_that_session_untouched(session_path, other_session):
    lock_path(session_path).symlink_to(other_session.name)  # ln -s B.toml A.toml.lock
    lock, why = acquire(session_path, "Me")
    assert lock is None and "is a symbolic link, which marker never makes" in why
    assert other_session.read_text(encoding="utf-8") == 'id = "session B"\n'
    assert holder(session_path) is None


def test_a_lock_planted_as_a_hard_link_is_refused(session_path, other_session):
    os.link(other_session, lock_path(session_path))
    lock, why = acquire(session_path, "Me")
    assert lock is None and "is linked to another file" in why
    assert other_session.read_text(encoding="utf-8") == 'id = "session B"\n'


def test_a_lock_planted_as_a_fifo_blocks_nothing(session_path):
    os.mkfifo(lock_path(session_path))
    assert holder(session_path) is None
    lock, why = acquire(session_path, "Me")
    assert lock is None and "is not a regular file" in why


def test_marker_sign_through_a_planted_lock_leaves_the_other_session_alone(session_path, other_session):
    lock_path(session_path).symlink_to(other_session)
    Path(os.environ["MARKER_CONFIG"]).write_text('assessor = "Ann Assessor"\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "marker", "sign", str(session_path)], capture_output=True,
                            text=True, cwd=REPO, timeout=60)
    assert result.returncode == 2 and "symbolic link" in result.stderr and "Traceback" not in result.stderr
    assert other_session.read_text(encoding="utf-8") == 'id = "session B"\n'
