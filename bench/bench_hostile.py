"""Hostile files (issue 16): peak memory and seconds to refusal or text, each in a fresh process.

    .venv/bin/python bench/bench_hostile.py [case ...] [--fuzz N] [--fuzz-only]

Targets for any input up to 50 MB: peak RSS at most 500 MB, an answer within 30 s.
Each case runs in its own child process (its peak RSS is the child's own,
``VmHWM``), under a 3 GB address-space cap and a 120 s limit so the old behaviour cannot
take the machine down; ``--fuzz N`` also runs N mutated files per corpus file through the
reader (the property test of ``tests/test_hostile_fuzz.py``, at a larger count).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]
import hostile  # noqa: E402

CAP = 3 << 30
LIMIT = 120.0
CHILD = r"""
import os, sys, time, resource
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
mode, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
try:
    if mode == "read":
        from marker.submission.read import read_file
        document = read_file(path)
        outcome = f"text, {{sum(len(b.text.split()) for b in document.blocks):,}} words"
    elif mode == "hash":
        from pathlib import Path
        from marker.submission.files import submission_files
        submission_files([Path(path)])
        outcome = "hashed"
    else:
        from marker.store import list_sessions
        found, problems = list_sessions(path)
        outcome = f"listed {{len(found)}}, {{len(problems)}} problem(s): " + " / ".join(problems)
except MemoryError:
    outcome = "MemoryError at the 3 GB cap"
except Exception as exc:
    outcome = ("refused: " if exc.__class__.__module__.startswith("marker") else "CRASH ") + \
        (str(exc) if exc.__class__.__module__.startswith("marker") else f"{{type(exc).__name__}}: {{str(exc)[:80]}}")
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(peak, outcome.replace("\n", " | ")[:150])
"""


def run(mode: str, path: Path, cache: Path) -> tuple[float, float, str]:
    """(peak RSS MB, seconds, outcome) of one reading in a fresh process."""
    env = {**os.environ, "MARKER_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD.format(cap=CAP), mode, str(path)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - start > LIMIT:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            return usage.ru_maxrss / 1024, time.perf_counter() - start, f"HUNG: killed after {LIMIT:.0f} s"
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    out = child.stdout.read().strip() if child.stdout else ""
    if not out:
        return usage.ru_maxrss / 1024, seconds, f"exit {child.returncode}"
    peak, outcome = out.split(" ", 1)
    return int(peak) / 1024, seconds, outcome  # the child's own high-water mark (wait4's includes the fork)


def cases(folder: Path) -> dict[str, tuple[str, Path]]:
    fifo = folder / "pipe.docx"
    os.mkfifo(fifo)
    zero = folder / "zero.docx"
    zero.symlink_to("/dev/zero")
    sessions = folder / "sessions"
    sessions.mkdir()
    hostile.deep_toml(sessions / "deep.toml")
    return {
        "lying-size DOCX (claims 100 B, inflates 190 MB)": ("read", hostile.lying_docx(folder / "lying.docx")),
        "salvage bomb (no directory, 3 x 190 MB parts)": ("read", hostile.salvage_bomb(folder / "salvage.docx")),
        "honest bomb (declares 190 MB)": ("read", hostile.honest_bomb(folder / "honest.docx")),
        "DOCX nested 50,000 deep": ("read", hostile.deep_docx(folder / "deep.docx")),
        "DOCX with 200,000 parts": ("read", hostile.many_parts_docx(folder / "parts.docx")),
        "PDF flate bomb (400 MB content stream)": ("read", hostile.flate_bomb_pdf(folder / "bomb.pdf")),
        "PDF with 100,000 pages": ("read", hostile.many_pages_pdf(folder / "pages.pdf")),
        "50 MB plain text": ("read", hostile.big_text(folder / "big.txt")),
        "worst allowed: DOCX of 23 MB XML": ("read", hostile.honest_bomb(folder / "under.docx", inflated=23 << 20)),
        "worst allowed: DOCX of 2 x 15 MB XML parts": ("read", hostile.honest_bomb(folder / "two.docx", 15 << 20, 1)),
        "worst allowed: 19 MB plain text": ("read", hostile.big_text(folder / "under.txt", size=19 << 20)),
        "worst allowed: PDF of 5,000 pages": ("read", hostile.many_pages_pdf(folder / "under.pdf", pages=5_000)),
        "symlink to /dev/zero, hashed (mark)": ("hash", zero),
        "FIFO, hashed (mark)": ("hash", fifo),
        "FIFO, read (extract)": ("read", fifo),
        "session nested 50,000 deep (list)": ("list", sessions),
    }


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", nargs="*", help="run only the cases whose label contains one of these")
    parser.add_argument("--fuzz", type=int, default=0, metavar="N", help="then N mutations of every corpus file")
    parser.add_argument("--fuzz-only", action="store_true", help="skip the hostile cases")
    args = parser.parse_args()
    if args.fuzz_only:
        return _fuzz(args.fuzz)
    chosen = args.cases
    folder = Path(tempfile.mkdtemp(prefix="marker-hostile-"))
    print(f"{'case':52} {'size':>8} {'peak RSS':>9} {'seconds':>8}  outcome")
    for label, (mode, path) in cases(folder).items():
        if chosen and not any(c.lower() in label.lower() for c in chosen):
            continue
        size = path.stat().st_size if path.is_file() and not path.is_symlink() else 0
        cache = folder / f"cache-{abs(hash(label))}"
        rss, seconds, outcome = run(mode, path, cache)
        cached = sum(f.stat().st_size for f in cache.rglob("*") if f.is_file()) if cache.exists() else 0
        note = f" [cache {cached / 2**20:.1f} MB]" if cached else ""
        print(f"{label:52} {size / 2**20:7.1f}M {rss:7.0f}MB {seconds:8.1f}  {outcome}{note}", flush=True)
    if args.fuzz:
        _fuzz(args.fuzz)


def _fuzz(count: int) -> None:
    """The property test's mutations, ``count`` per seed file, in a child under the same caps."""
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap})); "
            "sys.path[:0] = [{tests!r}]; from fuzz_reading import run_fuzz; run_fuzz({count})")
    subprocess.run([sys.executable, "-c", code.format(cap=CAP, tests=str(REPO / "tests"), count=count)],
                   env={**os.environ, "PYTHONPATH": str(REPO), "MARKER_CACHE_DIR": tempfile.mkdtemp()}, check=False)


if __name__ == "__main__":
    main()
