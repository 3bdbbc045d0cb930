"""The tuning set's essays rebuilt as a stand-in for essays nobody tuned to.

    python tests/corpus/essays.py             # tuning essays only; prints the figure
    python tests/corpus/essays.py --misses    # and each miss

Each tuning case of kind "unstructured" is written again in every format it was not (DOCX with
its headings as plain paragraphs, PDF, plain text), and once more in its own format with its
paragraphs shuffled (a fixed shuffle per case; headings, tables and the first block stay put),
so the learner answers in another order. Top-1 and confident-right are judged as measure.py
judges them. The essays' own figure is measure.py's "top-1 essays" line.
"""

from __future__ import annotations

import random
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

FORMATS = ("docx", "pdf", "txt")


def variants(case):
    """(label, case) per rebuild: the other formats, then its own format reordered."""
    own = case.files[0].name.rsplit(".", 1)[-1].lower()
    for ext in FORMATS:
        if ext == own:
            continue
        files = [replace(f, name=f"{f.name.rsplit('.', 1)[0]}.{ext}") for f in case.files]
        # numbered-unstyled writes a DOCX heading as a Normal paragraph: an essay has no styles
        yield ext, replace(case, files=files, kind="numbered-unstyled")
    yield f"{own} reordered", replace(case, files=[_reordered(f, case.name) for f in case.files])


def _reordered(source, seed: str):
    blocks = list(source.blocks)
    movable = [i for i, b in enumerate(blocks) if i > 0 and b[0] == "paragraph"]
    shuffled = [blocks[i] for i in movable]
    random.Random(seed).shuffle(shuffled)
    for i, block in zip(movable, shuffled):
        blocks[i] = block
    return replace(source, blocks=blocks)


def main(argv: list[str]) -> int:
    tests = Path(__file__).resolve().parents[1]
    sys.path[:0] = [str(tests), str(tests.parent)]
    from conftest import RUBRICS
    from corpus import CASES
    from corpus.build import build
    from corpus.measure import judge
    from marker.catalogue import find_rubrics
    from marker.submission.locate import locate
    from marker.submission.read import read_submission

    rubrics = find_rubrics([RUBRICS]).rubrics
    right = total = sure = sure_right = 0
    misses = []
    for case in (c for c in CASES if c.kind == "unstructured" and c.labels):
        for label, variant in variants(case):
            with tempfile.TemporaryDirectory() as folder:
                documents = read_submission(build(variant, Path(folder))).documents
            for ref, ok, confident, miss in judge(variant, locate(documents, rubrics[case.unit])):
                total += 1
                right += ok
                sure += confident
                sure_right += ok and confident
                if miss:
                    misses.append(f"{label}: {miss}{' (shown as confident)' if confident else ''}")
    if "--misses" in argv:
        for miss in misses:
            print("    " + miss)
    print(f"essays rebuilt: top-1 {right}/{total} = {right / total:.0%}, "
          f"confident right {sure_right}/{sure} = {sure_right / max(sure, 1):.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
