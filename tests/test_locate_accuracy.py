"""Top-1 accuracy of evidence locating on labelled submissions, per kind of submission.

Each case in ``tests/corpus`` labels, for every criterion, a phrase found only in the
passage that answers it; the best passage offered must contain it.
"""

import re
from collections import defaultdict

import pytest

from conftest import RUBRICS
from corpus import CASES
from corpus.build import build
from marker.catalogue import find_rubrics
from marker.submission.locate import locate
from marker.submission.read import read_submission

# What each kind must reach; structure makes the first four near-certain.
FLOORS = {
    "structured-docx": 1.0,
    "structured-pdf": 1.0,
    "numbered-unstyled": 0.9,
    "portfolio": 0.8,
    "legacy-questions": 0.9,
    "unstructured": 0.6,
}


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def rubrics():
    return find_rubrics([RUBRICS]).rubrics


def top1(case, rubrics, folder) -> tuple[int, int, list[str]]:
    submission = read_submission(build(case, folder))
    assert not submission.errors, submission.errors
    found = locate(submission.documents, rubrics[case.unit])
    misses = []
    for ref, phrase in case.labels.items():
        best = found.get(ref) or []
        if not best or collapse(phrase) not in collapse(best[0].passage.text):
            where = best[0].passage.location if best else "nothing"
            misses.append(f"{ref}: top passage {where} lacks {phrase!r}")
    return len(case.labels) - len(misses), len(case.labels), misses


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_top1_accuracy_per_case(case, rubrics, tmp_path):
    right, total, misses = top1(case, rubrics, tmp_path)
    accuracy = right / total
    print(f"{case.name} ({case.kind}): top-1 {right}/{total} = {accuracy:.0%}")
    assert accuracy >= FLOORS[case.kind], "\n".join(misses)


def test_accuracy_by_kind(rubrics, tmp_path, capsys):
    by_kind = defaultdict(lambda: [0, 0])
    for case in CASES:
        right, total, _ = top1(case, rubrics, tmp_path / case.name)
        by_kind[case.kind][0] += right
        by_kind[case.kind][1] += total
    with capsys.disabled():
        for kind, (right, total) in sorted(by_kind.items()):
            print(f"\n  top-1 {kind:<18} {right}/{total} = {right / total:.0%}", end="")
        print()
    assert set(by_kind) == set(FLOORS), "every kind of submission is measured"
