"""Listing speed: `marker list` over a centre's years of sessions, cold (no index) and warm.

    .venv/bin/python bench/bench_listing.py [N]      # N sessions, 10,000 by default

The sessions are real files: one per unit is built by marker's own marking, signing and
QA code (marked, signed, QA-confirmed, with an audit log of typed feedback, about 34 KB),
then copied with a different learner, registration number and id. Figures are the time
to the first rows (what the home screen shows first) and to the complete listing, cold
(no index: every file read) and warm (index present, nothing changed), and one file
changed. Each is also a ratio to today's full parse of every file (``list_sessions``),
measured in the same run on a sample of the files and scaled to N (a full parse of
10,000 files takes minutes).
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

UNITS = ("8584-200", "8584-201", "8587-300")
YEAR_AGO = time.time() - 365 * 86400
BASELINE_SAMPLE = 500
"""Files parsed in full for the baseline (scaled to N)."""


def realistic(rubric, folder: Path):
    """Marked with feedback typed over several sittings, signed, quality assured and signed by the IQA."""
    from marked import marked_session
    from marker.qa import qa_sign, set_review
    from marker.session import AuditEntry, Verdict
    from marker.signing import sign

    session = marked_session(rubric, folder, learner="Learner Template", reg="R0")
    refs = [c.ref for c in rubric.criteria] or [s.ref for s in rubric.sections]
    words = "The learner explains the coaching model with a clear example from practice and reflects on it. "
    for sitting in range(3):  # feedback reworked over several sittings: most of a real file is this log
        for ref in refs:
            text = words * (1 + sitting % 2)
            session.audit.append(AuditEntry(f"2025-02-{sitting + 1:02d}T10:00:00+00:00", "Ann Assessor",
                                            f"AC {ref} feedback", text[:-40], text))
    sign(session, rubric, "Ann Assessor", "Ann Assessor", on=date(2025, 3, 1))
    for criterion in rubric.criteria:
        set_review(session, rubric, criterion.ref, Verdict.AGREE, "", "Ian Quality")
    qa_sign(session, rubric, "Ian Quality", "Ian Quality")
    return session


def make_sessions(folder: Path, count: int, rubrics: dict) -> int:
    """``count`` session files; the size of one in bytes."""
    from marker.session_toml import dumps

    templates = [dumps(realistic(rubrics[u], folder / "submissions")) for u in UNITS]
    sessions = folder / "sessions"
    sessions.mkdir()
    for n in range(count):
        text = templates[n % len(templates)]
        text = re.sub(r'(?m)^learner_name = .*$', f'learner_name = "Learner {n:05d}"', text, count=1)
        text = re.sub(r'(?m)^learner_reg = .*$', f'learner_reg = "R{n}"', text, count=1)
        text = re.sub(r'(?m)^id = .*$', f'id = "{n:032x}"', text, count=1)
        path = sessions / f"R{n}_{UNITS[n % len(UNITS)]}_attempt1.toml"
        path.write_text(resealed(text), encoding="utf-8")
        os.utime(path, (YEAR_AGO, YEAR_AGO + n))  # kept for years, as a centre's are
    return len(templates[0].encode())


def resealed(text: str) -> str:
    """The text as marker's writer would write it after the changes: the `[listing]` check made again."""
    from marker.session_listing import sealed

    before, _, after = re.split(r"(?m)^(check = .*\n)", text, maxsplit=1)
    return sealed(before, after)


def without_listing_table(folder: Path, names: list[str]) -> None:
    """The files as marker wrote them before the `[listing]` table existed (read by the older paths)."""
    for name in names:
        path = folder / name
        stat = path.stat()
        text = re.sub(r"(?s)\n\[listing\]\n.*?\ncheck = [^\n]*\n", "\n", path.read_text(encoding="utf-8"), count=1)
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def timed_listing(folder: Path, rubrics: dict) -> tuple[float, float, int]:
    """Seconds to the first rows and to the complete listing, and the rows, as the home screen gets them."""
    from marker.listing_index import scan
    from marker.session_view import listing_row

    start, first, rows = time.perf_counter(), None, 0
    for step in scan(folder, rubrics):
        rows += len([listing_row(item, rubrics) for item in step.listed])
        if first is None and rows:
            first = time.perf_counter() - start
    return first or 0.0, time.perf_counter() - start, rows


def full_parse_rows(folder: Path, rubrics: dict, names: list[str]) -> float:
    """Today's listing (before the index): every file parsed in full; seconds for ``names``."""
    from marker.outcome import unit_outcome
    from marker.people import assessor_of
    from marker.store import load

    start = time.perf_counter()
    for name in names:
        s = load(folder / name)
        rubric = rubrics.get(s.unit)
        (s.status.value, unit_outcome(s, rubric).result.value if rubric else "", assessor_of(s))
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    folder = Path(tempfile.mkdtemp(prefix="marker-bench-"))
    os.environ["MARKER_CACHE_DIR"] = str(folder / "cache")
    import marker.keys
    from signers import Signers

    marker.keys.signing_key = Signers(folder / "trust").signing_key  # each signer's own key, trusted (as the tests)
    from marker.catalogue import find_rubrics
    from marker.config import Config
    from marker.listing_index import INDEX_NAME

    rubrics = find_rubrics(Config().rubric_folders()).rubrics
    start = time.perf_counter()
    size = make_sessions(folder, count, rubrics)
    sessions = folder / "sessions"
    print(f"made {count} sessions of {size / 1000:.0f} KB in {time.perf_counter() - start:.1f} s (not timed)")

    names = sorted(p.name for p in sessions.iterdir())
    sample = names[:: max(1, len(names) // BASELINE_SAMPLE)][:BASELINE_SAMPLE]
    per_file = full_parse_rows(sessions, rubrics, sample) / len(sample)
    today = per_file * count
    print(f"today's full parse: {per_file * 1000:.2f} ms a file, {today:.1f} s for {count} "
          f"(measured on {len(sample)} files)")

    def report(label: str, first: float, complete: float, rows: int) -> None:
        assert rows == count, f"{rows} rows for {count} sessions"
        print(f"{label:<24} first rows {first:6.2f} s ({first / today:6.1%} of today)   "
              f"complete {complete:6.2f} s ({complete / today:6.1%} of today, {today / complete:5.1f}x faster)")

    (sessions / INDEX_NAME).unlink(missing_ok=True)
    report("cold (no index)", *timed_listing(sessions, rubrics))
    report("warm (index present)", *timed_listing(sessions, rubrics))
    changed = sessions / names[len(names) // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    report("warm, one file changed", *timed_listing(sessions, rubrics))
    print(f"index: {(sessions / INDEX_NAME).stat().st_size / 1e6:.1f} MB for {count} sessions")
    older = folder / "older"
    older.mkdir()
    for name in sample:
        shutil.copy2(sessions / name, older / name)
    without_listing_table(older, sample)
    first, complete, rows = timed_listing(older, rubrics)
    assert rows == len(sample), f"{rows} rows for {len(sample)} older sessions"
    scaled = complete * count / len(sample)
    print(f"cold, files written before the [listing] table: {scaled:.1f} s for {count} ({scaled / today:.1%} of "
          f"today; measured on {len(sample)} files)")
    print("targets for 10,000: first rows <= 0.5 s; complete <= 1 s warm, <= 3 s cold")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
