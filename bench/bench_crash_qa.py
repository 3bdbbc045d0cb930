"""QA mode under SIGKILL: 200 kills (or ``MARKER_QA_KILLS``) of a process making QA entries, 0 lost.

Runs the kill test of ``tests/test_crash_qa.py`` at full size and prints its figures:
kills, entries lost (must be 0), and how many kills landed between an entry's save and
its report.

    .venv/bin/python bench/bench_crash_qa.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    env = {**os.environ, "MARKER_QA_KILLS": os.environ.get("MARKER_QA_KILLS", "200")}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                             "tests/test_crash_qa.py::test_sigkill_in_qa_mode_loses_no_entry"],
                            cwd=REPO, env=env, capture_output=True, text=True)
    figures = [line for line in result.stdout.splitlines() if "kills in QA mode" in line]
    print("bench_crash_qa:", figures[0] if figures else result.stdout[-2000:])
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
