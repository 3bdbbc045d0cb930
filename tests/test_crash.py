"""A kill at any instant leaves a session that loads with the last or the previous state."""

import os
import random
import signal
import subprocess
import sys
import time

from conftest import REPO
from marker.store import list_sessions, load, save
from sessionkit import rubric, session

KILLS = 200

WRITER = """
import sys
sys.path[:0] = [{repo!r}, {tests!r}]
from pathlib import Path
from marker.store import load, save
path = Path(sys.argv[1])
s = load(path)
n = int(s.criteria["1.1"].feedback or 0)
while True:
    n += 1
    s.criteria["1.1"].feedback = str(n)
    save(s, path.parent, path)
    print(n, flush=True)
"""


def test_sigkill_while_saving_never_corrupts(tmp_path):
    folder = tmp_path / "sessions"
    path = save(session(rubric(tmp_path)), folder)
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(repo=str(REPO), tests=str(REPO / "tests")), encoding="utf-8")
    rng = random.Random(7)
    last_seen = 0
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True)
        first = child.stdout.readline()  # the child is saving in its loop
        assert first, "writer did not start"
        time.sleep(rng.uniform(0, 0.01))
        os.kill(child.pid, signal.SIGKILL)
        printed = [int(x) for x in [first, *child.stdout.read().split()] if str(x).strip()]
        child.wait()
        value = int(load(path).criteria["1.1"].feedback)
        # the file holds the last completed save, or the one being written when killed
        assert max(printed) <= value <= max(printed) + 1
        assert value >= last_seen
        last_seen = value
    found, problems = list_sessions(folder)
    assert len(found) == 1 and not problems, "stray temporary files never count as sessions"
