"""A kill at any instant leaves sessions that load, holding the last or the previous state.

A small script imports marker once, then for each round forks a writer that saves one
session in a loop (each save changes a counter in an AC's feedback, and the text's
length with it, so a torn write could not pass for a good one). The test SIGKILLs the
writer at a random moment, at least 200 times, and after every kill checks every file
in the folder.
"""

import os
import random
import signal
import subprocess
import sys
import threading
import time

from conftest import REPO
from marker.fileio import is_temp_file
from marker.store import list_sessions, load, save
from sessionkit import rubric, session

KILLS = 400

SCRIPT = """
import os, sys
sys.path[:0] = [{repo!r}]
from pathlib import Path
from marker.store import load, save
path = Path(sys.argv[1])
for _ in sys.stdin:  # one writer per line; the test kills it
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            s = load(path)
            n = int(s.criteria["1.1"].feedback.split("|")[0])
            while True:
                n += 1
                s.criteria["1.1"].feedback = f"{{n}}|" + "x" * (n * 37 % 4000)
                save(s, path.parent, path)
                os.write(1, f"{{n}}\\n".encode())
        finally:
            os._exit(1)
    os.write(1, f"pid {{pid}}\\n".encode())
    os.waitpid(pid, 0)
    os.write(1, b"reaped\\n")
"""


def counter(path) -> int:
    return int(load(path).criteria["1.1"].feedback.split("|")[0])


def test_sigkill_while_saving_never_corrupts(tmp_path):
    folder = tmp_path / "sessions"
    r = rubric(tmp_path)
    first = session(r, reg="R1")
    first.set_feedback("1.1", "0|", "Ann")
    path = save(first, folder)
    bystander = save(session(r, reg="R2"), folder)  # another session in the folder, never written
    script = tmp_path / "writer.py"
    script.write_text(SCRIPT.format(repo=str(REPO)), encoding="utf-8")
    zygote = subprocess.Popen([sys.executable, str(script), str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    watchdog = threading.Timer(60, zygote.kill)  # a hang fails the test instead of stalling the suite
    watchdog.start()
    rng = random.Random(20250301)
    started = time.monotonic()
    last, kills_mid_write = 0, 0
    try:
        for round_ in range(KILLS):
            zygote.stdin.write("go\n")
            pid, printed = None, []
            while pid is None or not printed:  # the writer is in its loop once it has saved once
                line = zygote.stdout.readline()
                assert line and line != "reaped\n", f"writer died by itself: {zygote.stderr.read()}"
                if line.startswith("pid "):
                    pid = int(line.split()[1])
                else:
                    printed.append(int(line))
            time.sleep(rng.uniform(0, 0.004))
            os.kill(pid, signal.SIGKILL)
            while (line := zygote.stdout.readline()) != "reaped\n":
                assert line, "the writer script stopped"
                printed.append(int(line))

            # Every file in the folder that is not a temporary file loads …
            temps = [p for p in folder.iterdir() if is_temp_file(p)]
            kills_mid_write += bool(temps)
            found, problems = list_sessions(folder)
            assert not problems, problems
            assert sorted(s.path for s in found) == sorted([path, bystander]), "temporary files never count"
            # … holding the last completed save, or the one being written when it was killed.
            value = counter(path)
            assert max(printed) <= value <= max(printed) + 1, (round_, printed[-3:], value)
            assert value >= last
            last = value
    finally:
        watchdog.cancel()
        zygote.stdin.close()
        zygote.kill()
        zygote.wait()
    elapsed = time.monotonic() - started
    assert kills_mid_write > 0, "no kill landed inside a save, so this run proved nothing"
    assert load(bystander).learner_reg == "R2"
    save(load(path), folder, path)  # the next save cleans up after the killed ones
    assert not [p for p in folder.iterdir() if is_temp_file(p)]
    print(f"\n{KILLS} kills in {elapsed:.1f}s; {kills_mid_write} left a temporary file (killed mid-write); "
          f"{last} saves in all")
