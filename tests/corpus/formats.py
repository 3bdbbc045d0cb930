"""The tuning set's practice cases rebuilt in the other file formats: does the reader follow the
log, or the way one file happened to be written?

    python tests/corpus/formats.py        # tuning set only; prints each miss and the figure

Each case with practice expectations is written again as PDF, DOCX and plain text (whichever it
was not), read, and its figures compared with the case's (minutes, sessions, individuals,
supervision). A miss with no row or cross-check UNCERTAIN is counted apart: wrong and sure.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path


def main() -> int:
    tests = Path(__file__).resolve().parents[1]
    sys.path[:0] = [str(tests), str(tests.parent)]
    from corpus import CASES
    from corpus.build import build
    from marker.submission.checks import counted_blocks
    from marker.submission.practice import practice
    from marker.submission.read import read_submission

    total = exact = sure_wrong = 0
    for case in (c for c in CASES if "minutes" in c.expected_checks):
        want = case.expected_checks
        for ext in ("pdf", "docx", "txt"):
            files = [replace(f, name=f"{f.name.rsplit('.', 1)[0]}.{ext}") for f in case.files]
            if [f.name for f in files] == [f.name for f in case.files]:
                continue
            with tempfile.TemporaryDirectory() as folder:
                p = practice(read_submission(build(replace(case, files=files), Path(folder))).documents, counted_blocks)
            got = (p.minutes, p.sessions, len(p.individuals), p.supervision_minutes)
            wanted = (want["minutes"], want["sessions"], want["individuals"], want.get("supervision_minutes", got[3]))
            total += 1
            if got == wanted:
                exact += 1
                continue
            sure_wrong += not p.uncertain
            print(f"  {case.name} as {ext}: {got} (expected {wanted}){'' if p.uncertain else ' — wrong and sure'}")
    print(f"practice exact in other formats {exact}/{total} ({sure_wrong} wrong with no row marked uncertain)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
