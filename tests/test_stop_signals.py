"""A terminal that goes away (SIGHUP) or a shutdown (SIGTERM) while marking loses nothing.

Typing is saved at most once a second, so the last second of it waits in memory: these
run `marker mark` on a real pseudo-terminal, type, and stop it inside that second.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import struct
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals and signals")

DEMO = Path(__file__).resolve().parents[1] / "marker" / "demo" / "jordan-ellis-8584-200.docx"


def _read_until(fd: int, wanted: bytes, seconds: float) -> bytes:
    seen = b""
    end = time.monotonic() + seconds
    while wanted not in seen:
        left = end - time.monotonic()
        if left <= 0:
            raise AssertionError(f"{wanted!r} never reached the terminal; it showed: {seen[-400:]!r}")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def _drain(fd: int) -> None:
    """Keep reading so the app's writes to the terminal never block."""
    while select.select([fd], [], [], 0)[0]:
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def _exit_status(pid: int, seconds: float, fd: int | None = None) -> int:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if fd is not None:
            _drain(fd)
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    raise AssertionError(f"marker was still running {seconds} s after the signal")


def _marking(tmp_path: Path) -> tuple[int, int, Path]:
    """`marker mark` on a 120x40 pseudo-terminal, with feedback typed whose last part is not yet saved."""
    import fcntl
    import pty
    import termios

    submission = tmp_path / "jo.docx"
    shutil.copy(DEMO, submission)
    (tmp_path / "config.toml").write_text('assessor = "Test Assessor"\n', encoding="utf-8")
    env = dict(os.environ, MARKER_CONFIG=str(tmp_path / "config.toml"), MARKER_SESSIONS=str(tmp_path / "sessions"),
               MARKER_CACHE_DIR=str(tmp_path / "cache"), TERM="xterm-256color", COLUMNS="120", LINES="40")
    pid, fd = pty.fork()
    if pid == 0:  # the child: marker, as an assessor starts it, from a folder of their own
        os.chdir(tmp_path)
        os.execve(sys.executable, [sys.executable, "-m", "marker", "mark", str(submission), "--unit", "8584-200",
                                   "--learner", "Jo Ellis", "--reg", "R1"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    _read_until(fd, b"Assessor feedback", 60)
    _read_until(fd, b"identifying details", 30)  # the checks are in: start-up is over
    os.write(fd, b"e")  # into the feedback box
    time.sleep(0.5)
    _drain(fd)
    os.write(fd, b"A")  # saved at once: the first change in a second
    _read_until(fd, b"A", 5)
    time.sleep(0.2)
    os.write(fd, b"nd the last words xyz")  # within a second of that save: held in memory
    _read_until(fd, b"xyz", 10)
    return pid, fd, tmp_path / "sessions" / "R1_8584-200_attempt1.toml"


def test_a_closed_terminal_saves_the_last_typing_and_unlocks(tmp_path):
    pid, fd, session = _marking(tmp_path)
    os.close(fd)  # the window closes: the kernel hangs up the terminal (SIGHUP)
    status = _exit_status(pid, 10)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 128 + signal.SIGHUP
    assert 'feedback = "And the last words xyz"' in session.read_text(encoding="utf-8")
    assert not session.with_name(session.name + ".lock").exists()


def test_a_shutdown_saves_the_last_typing_and_gives_the_terminal_back(tmp_path):
    pid, fd, session = _marking(tmp_path)
    try:
        os.kill(pid, signal.SIGTERM)
        status = _exit_status(pid, 10, fd)
    finally:
        os.close(fd)
    assert os.WIFEXITED(status)  # it quit, not killed where it stood
    assert os.WEXITSTATUS(status) == 128 + signal.SIGTERM  # and says it was stopped, as a killed command does
    assert 'feedback = "And the last words xyz"' in session.read_text(encoding="utf-8")
    assert not session.with_name(session.name + ".lock").exists()
