"""Export speed: 500 signed, QA-confirmed sessions to an EQA bundle, and the time per sheet.

    .venv/bin/python bench/bench_export.py

The time per sheet (result sheet or learner report, as the export writes it) is a
ratio to python-docx writing a one-table document, both measured in the same run,
since these machines are noisy. The result and mark sheets alone are timed too, filled into
their unit's prepared sheet and built whole cell by cell (as before the prepared sheets). Verifying the bundle and zipping it (what ``--zip`` adds)
are timed too.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]
from timing import best_of  # noqa: E402

SESSIONS = 500
UNITS = ("8584-200", "8584-201", "D2.01")


def make_sessions(folder: Path, rubrics: dict) -> None:
    """Marked, signed by assessor and IQA, QA-confirmed; one small submission file each."""
    from marked import marked_session
    from marker.record import digest, part_digests, record
    from marker.session import Role, Signature, now
    from marker.signing import sign
    from marker.store import save

    for number in range(SESSIONS):
        rubric = rubrics[UNITS[number % len(UNITS)]]
        session = marked_session(rubric, folder / "submissions" / str(number), learner=f"Learner {number:03d}",
                                 reg=f"R{100000 + number}")
        sign(session, rubric, "Ann Assessor", "Ann Assessor", on=date(2025, 3, 1))
        parts = record(session, rubric, Role.IQA, "Ian Quality", "2025-03-08")
        session.signatures.append(Signature("Ian Quality", "iqa", "2025-03-08", digest(parts), now(), part_digests(parts)))
        save(session, folder / "sessions")


def one_table_document(path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    for row in table.rows:
        for cell in row.cells:
            cell.text = "AC 1.1 Pass"
    document.save(str(path))


def prepared_and_whole(rubrics: dict, folder: Path) -> tuple[float, float]:
    """Seconds per sheet for the units' result and mark sheets: filled into the prepared sheet, built whole."""
    from marked import marked_session
    from sheets_built_whole import sheet_built_whole

    from marker.sheets import build_sheet
    from marker.sheets.docx_parts import document_bytes

    sample = [(marked_session(rubrics[unit], folder / "sample" / str(n), learner=f"Learner {n}"), rubrics[unit])
              for n in range(10) for unit in UNITS]

    def written(build):
        for session, rubric in sample:
            doc = build(session, rubric)
            document_bytes(doc, doc.core_properties.modified)

    return (best_of(3, lambda: written(build_sheet)) / len(sample),
            best_of(3, lambda: written(sheet_built_whole)) / len(sample))


def timer(module, name: str, spent: dict[str, float], counted: list[int] | None = None):
    """Add the seconds spent in ``module.name`` to ``spent[name]`` (and what it returns to ``counted``);
    the function that puts it back."""
    real = getattr(module, name)
    spent[name] = 0.0

    def timed(*args, **kwargs):
        began = time.perf_counter()
        result = real(*args, **kwargs)
        spent[name] += time.perf_counter() - began
        if counted is not None:
            counted[0] += len(result)
        return result

    setattr(module, name, timed)
    return lambda: setattr(module, name, real)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="marker-bench-"))
    os.environ["MARKER_CACHE_DIR"] = str(folder / "cache")
    os.environ["MARKER_SESSIONS"] = str(folder / "sessions")
    import marker.keys
    from signers import Signers

    marker.keys.signing_key = Signers(folder / "sessions").signing_key  # each signer's own key, trusted
    from marker.catalogue import find_rubrics
    from marker.config import Config
    from marker.export import Criteria, build_bundle, choose_sessions, verify_bundle
    from marker.export import bundle as bundle_module

    rubrics = find_rubrics(Config().rubric_folders()).rubrics
    start = time.perf_counter()
    make_sessions(folder, rubrics)
    print(f"made {SESSIONS} sessions in {time.perf_counter() - start:.1f} s (not part of the export)")

    import marker.sheets as sheets_module

    spent: dict[str, float] = {}
    sheets = [0]
    timers = [timer(bundle_module, "write_sheets", spent, sheets), timer(bundle_module, "_read_session", spent),
              timer(bundle_module, "schedule_docx", spent), timer(bundle_module, "write_manifest", spent),
              timer(sheets_module, "atomic_write_bytes", spent)]
    start = time.perf_counter()
    selection = choose_sessions(folder / "sessions", Criteria())
    chosen = time.perf_counter() - start
    start = time.perf_counter()
    out = build_bundle(selection.chosen, rubrics, folder / "eqa")
    exported = time.perf_counter() - start
    for restore in timers:
        restore()
    assert len(selection.chosen) == SESSIONS and verify_bundle(out) == []
    per_sheet = spent["write_sheets"] / sheets[0]
    print(f"select {SESSIONS} sessions: {chosen:.2f} s")
    print(f"export {SESSIONS} sessions: {exported:.1f} s ({exported / SESSIONS * 1000:.0f} ms per session; "
          f"{spent['write_sheets'] / exported:.0%} of it writing {sheets[0]} sheets)")
    print(f"  saving the sheets (atomic replace, fsync; part of writing them): {spent['atomic_write_bytes']:.2f} s; "
          f"reading each session file again: {spent['_read_session']:.2f} s; the schedule: "
          f"{spent['schedule_docx']:.2f} s; the manifest (hashing every file, signing): {spent['write_manifest']:.2f} s")
    plain = best_of(20, lambda: one_table_document(folder / "one-table.docx"))
    print(f"per sheet: {per_sheet * 1000:.1f} ms; python-docx one-table document: {plain * 1000:.1f} ms "
          f"— a sheet takes {per_sheet / plain:.1f}x its time")
    prepared, whole = prepared_and_whole(rubrics, folder)
    print(f"result and mark sheets alone: {prepared * 1000:.1f} ms filled into the unit's prepared sheet "
          f"({prepared / plain:.1f}x), {whole * 1000:.1f} ms built whole cell by cell ({whole / plain:.1f}x)")
    verified = best_of(1, lambda: verify_bundle(out))
    print(f"verify the bundle: {verified:.2f} s")
    zipped = folder / "eqa.zip"
    packed = best_of(1, lambda: bundle_module._write_zip(out, zipped, "eqa"))  # what --zip adds to an export
    print(f"zip the bundle (--zip): {packed:.2f} s, {zipped.stat().st_size / 1e6:.1f} MB; verify the zip: "
          f"{best_of(1, lambda: verify_bundle(zipped)):.2f} s")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
