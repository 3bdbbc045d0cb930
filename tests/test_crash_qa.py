"""QA mode loses nothing: every QA entry made before a ``q`` or a SIGKILL is on disk.

A child process opens a signed session in QA mode through the real open-session code
(lock, saver, rules) and makes QA entries as fast as it can, printing each entry's
number once the call has returned; the test SIGKILLs it at a random moment, then checks
the file: it loads, and holds every entry the child reported (the one being made at the
kill may be there too). The next child takes over the dead one's lock. ``make test``
runs 20 kills; ``MARKER_QA_KILLS=200`` (or ``bench/bench_crash_qa.py``) runs more.
"""

import os
import random
import signal
import subprocess
import sys
import threading
import time

from conftest import REPO
from marked import ASSESSOR, marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.reviewing import open_review
from marker.signing import sign
from marker.store import load, save

KILLS = int(os.environ.get("MARKER_QA_KILLS", "20"))
CATALOGUE = find_rubrics([SHIPPED_RUBRICS])
UNIT = CATALOGUE.get("8584-200")
IQA = "Iris Quality"

CHILD = """
import os, sys
sys.path[:0] = [{repo!r}]
from pathlib import Path
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.reviewing import open_review
reviewing = open_review(find_rubrics([SHIPPED_RUBRICS]), Path(sys.argv[1]), "Iris Quality")
assert not reviewing.qa_read_only, reviewing.qa_read_only
refs = reviewing.opened.refs()
text = reviewing.session.qa.lo_comments.get("1", "")
n = int(text or 0)
while True:
    n += 1
    reviewing.set_qa_comment("1.1", str(n))              # LO 1's QA comment: the counter
    reviewing.set_review(refs[n % len(refs)], "challenge", f"reason {{n}}")
    os.write(1, f"{{n}}\\n".encode())
"""


def signed(tmp_path):
    session = marked_session(UNIT, tmp_path / "files")
    sign(session, UNIT, ASSESSOR, ASSESSOR)
    return save(session, tmp_path / "sessions")


def on_disk(path) -> tuple[int, dict[str, str]]:
    session = load(path)
    return int(session.qa.lo_comments.get("1") or 0), {r: v.reason for r, v in session.qa.reviews.items()}


def test_every_qa_entry_is_on_disk_after_close(tmp_path):
    path = signed(tmp_path)
    reviewing = open_review(CATALOGUE, path, IQA)
    for ref in reviewing.opened.refs()[:5]:  # within a second: a debounced saver would hold all but the first
        reviewing.set_review(ref, "agree")
    reviewing.set_qa_comment("1.1", "Sampled.")
    assert len(load(path).qa.reviews) == 5, "on disk before close, not only at it"
    reviewing.opened.close()
    stored = load(path)
    assert len(stored.qa.reviews) == 5 and stored.qa.lo_comments["1"] == "Sampled."


def test_sigkill_in_qa_mode_loses_no_entry(tmp_path):
    path = signed(tmp_path)
    rng = random.Random(20251204)
    refs = [c.ref for c in UNIT.criteria]
    last, lost, mid = 0, 0, 0
    started = time.monotonic()
    for round_ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD.format(repo=str(REPO)), str(path)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
        watchdog = threading.Timer(30, child.kill)
        watchdog.start()
        try:
            printed = [int(child.stdout.readline() or "0")]  # in its loop once one entry is done
            assert printed[0], f"the child died by itself: {child.stderr.read()}"
            time.sleep(rng.uniform(0, 0.02))
            os.kill(child.pid, signal.SIGKILL)
            printed += [int(line) for line in child.stdout.read().split()]
            child.wait()
        finally:
            watchdog.cancel()
        counter, reasons = on_disk(path)
        done = max(printed)
        mid += counter == done + 1
        lost += counter < done
        assert done <= counter <= done + 1, (round_, done, counter)
        assert reasons[refs[done % len(refs)]] == f"reason {done}" or counter == done + 1
        assert counter >= last
        last = counter
    print(f"\n{KILLS} kills in QA mode in {time.monotonic() - started:.1f}s; {lost} entries lost; "
          f"{mid} kills landed between an entry's save and its report; {last} entries in all")
    assert lost == 0
