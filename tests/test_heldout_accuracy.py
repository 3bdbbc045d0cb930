"""Floors on the held-out set: submissions written before the finder and the checks were
changed, and never read while tuning them. The figures here are the ones to believe;
``tests/test_locate_accuracy.py`` holds the (higher) floors on the tuning corpus.

Print both sets' figures with ``python tests/corpus/measure.py``.
"""

import pytest

from conftest import RUBRICS
from corpus.measure import measure
from heldout import CASES
from marker.catalogue import find_rubrics

# Measured at the change that set them; a floor below the target is a gap
# reported in the issue, not a target met.
FLOORS = {
    "top1 structured": 0.90,  # 118/129 = 91%; target 95%
    "top1 essays": 0.85,  # 28/32 = 88%; target 85%
    "confident right": 0.90,  # 131/143 = 92%; target 95%
    "practice exact": 1 / 7,  # 1 of 7 cases; target every case
    "identifying found": 0.85,  # 24/27 = 89%; target 90%
    "false findings at most": 0.45,  # 7 of 17 submissions; target 1 in 10
}


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    rubrics = find_rubrics([RUBRICS]).rubrics
    return measure(CASES, rubrics, tmp_path_factory.mktemp("heldout"))


def ratio(pair) -> float:
    right, total = pair
    assert total, "the held-out set measures this figure"
    return right / total


def test_held_out_set_is_a_third_of_the_corpus():
    from corpus import CASES as TUNING

    assert len(CASES) * 3 >= len(CASES) + len(TUNING)


def test_evidence_floors(figures, capsys):
    with capsys.disabled():
        print("\n  held-out: " + "; ".join(figures.lines()))
    assert ratio(figures.top1["structured"]) >= FLOORS["top1 structured"]
    assert ratio(figures.top1["essays"]) >= FLOORS["top1 essays"]
    assert ratio(figures.confident) >= FLOORS["confident right"]


def test_practice_floor(figures):
    assert ratio(figures.practice) >= FLOORS["practice exact"]


def test_anonymisation_floors(figures):
    assert ratio(figures.identifying) >= FLOORS["identifying found"]
    assert ratio(figures.false_findings) <= FLOORS["false findings at most"]
