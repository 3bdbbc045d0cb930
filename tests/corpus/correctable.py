"""How far the assessor is from the right practice minutes: figures only, never a case or a miss.

    python tests/corpus/correctable.py [heldout GROUP | tuning]     # "all" held-out cases by default

Of the cases whose minutes the reader got wrong, the fewest listed rows (from the rows dialog, ``h``)
whose counting or leaving out closes the gap: 1, 2, 3, or more than 3 (a length misread, a session never
listed, or rows far apart). It is a bound, not proof: the rows found add up to the gap, which does not
show that they are the rows the learner meant.
"""

from __future__ import annotations

import sys
import tempfile
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[1])]


def fewest_rows(found, minutes: int) -> int | None:
    """The fewest rows to count or leave out so the practice minutes come to ``minutes`` (None: more than 3)."""
    deltas = [-r.minutes if r.counted else r.minutes for r in found.rows
              if r.minutes and (not r.counted or r.kind == "session")]
    need = minutes - found.minutes
    return next((k for k in (1, 2, 3) if any(sum(c) == need for c in combinations(deltas, k))), None)


def main(argv: list[str]) -> int:
    from conftest import RUBRICS
    from corpus.build import build
    from marker.catalogue import find_rubrics
    from marker.submission.checks import run_checks
    from marker.submission.read import read_submission

    if argv[:1] == ["tuning"]:
        from corpus import CASES
        label = "tuning"
    else:
        from heldout import GROUPS
        label = argv[0] if argv else "all"
        CASES = GROUPS[label]
    rubrics = find_rubrics([RUBRICS]).rubrics
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            if "minutes" not in case.expected_checks:
                continue
            found = run_checks(read_submission(build(case, Path(folder) / case.name)).documents, rubrics[case.unit]).practice
            if found is None or found.minutes == case.expected_checks["minutes"]:
                continue
            k = fewest_rows(found, case.expected_checks["minutes"])
            counts[str(k) if k else "more than 3"] = counts.get(str(k) if k else "more than 3", 0) + 1
    print(f"{label}: minutes wrong in {sum(counts.values())} cases; fewest rows to correct: "
          + ", ".join(f"{k}: {counts[k]}" for k in ("1", "2", "3", "more than 3") if k in counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
