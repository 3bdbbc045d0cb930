"""Floors on the held-out set: submissions written before the finder and the checks were
changed, and never read while tuning them. The figures here are the ones to believe;
``tests/test_locate_accuracy.py`` holds the (higher) floors on the tuning corpus.

Print every group's figures with ``python tests/corpus/measure.py``. A failure here says
which figure fell, never which case: the misses are not shown, so nobody tunes to them.
"""

import pytest

from conftest import RUBRICS
from corpus.measure import measure
from heldout import CASES, LATEST, NEW, NEWER, NEWEST
from marker.catalogue import find_rubrics

# Measured at the change that set them (figures in the comments, "was" the figure before the
# change); a floor below the target is a gap reported in the issue, not a target met.
# "new": sets g to k, "latest": sets l to o, "newest": set p and "newer": set q, each written
# before a round of changes by writers who read no marker code; "all": sets a to q.
FLOORS = {
    "new": {
        "top1 structured": 0.93,  # 173/186 = 93% after round 6, was 172/186; target 95%
        "top1 essays": 0.88,  # 38/43 = 88% after round 6 (essay6), was 34/43 = 79%; target 85%
        "confident right": 0.98,  # 172/175 = 98% after round 6, was 169/172; target 95%
        "practice exact": 0.33,  # 4/12 cases after round 7 (prac7), was 2/12; target every case
        "identifying found": 0.90,  # 19/21 = 90%, was 90%; target 90%
    },
    "latest": {
        "top1 structured": 0.92,  # 138/149 = 93% after round 6, was 137/149; target 95%
        "top1 essays": 0.68,  # 22/32 = 69%, unchanged by round 6; target 85%
        "confident right": 0.94,  # 144/152 = 94.7% after round 6, was 148/156 = 94.9%; target 95%
        "practice exact": 0.40,  # 4/10 cases after round 7 (prac7 lost one; wrong and sure 1 -> 0), was 5/10
        "identifying found": 0.92,  # 12/13 = 92%, was 92%; target 90%
    },
    "newest": {
        "top1 structured": 0.95,  # 66/69 = 96%, before round 6; target 95%
        "top1 essays": 0.93,  # 15/16 = 94%; target 85%
        "confident right": 0.98,  # 72/73 = 99% after round 6, was 70/71; target 95%
        "practice exact": 0.20,  # 1/5 cases; target every case
        "identifying found": 0.90,  # 9/10 = 90%; target 90%
    },
    "newer": {
        "top1 structured": 0.91,  # 66/72 = 92%, before and after round 7; target 95%
        "top1 essays": 0.91,  # 11/12 = 92%, before round 7; target 85%
        "confident right": 0.95,  # 61/64 = 95.3%, before round 7; target 95%
        "practice exact": 0.50,  # 3/6 cases after round 7 (prac7), was 1/6 before it; target every case
        "identifying found": 0.87,  # 7/8 = 88%, before round 7; target 90%
    },
    "all": {
        "top1 structured": 0.94,  # 727/770 = 94.4% after round 7 (essay7), was 725/770 (a to p: 659/698)
        "top1 essays": 0.85,  # 143/166 = 86% with set q, before round 7 (a to p: 132/154)
        "confident right": 0.97,  # 741/762 = 97.2% after round 7 (21 wrong, as before), was 743/764 (a to p: 682/700)
        "practice exact": 0.35,  # 19/53 cases after round 7, was 16/53 (a to p: 15/47)
        "identifying found": 0.90,  # 97/107 = 91%, sets a to o 91%
    },
}
CEILINGS = {
    "new": {
        "false findings": 0.17,  # 4/24 submissions after round 7 (names7), was 6/24; target 1 in 10
        "practice wrong and sure": 0.17,  # 2/12, was 1/12 (round 5 of the practice checks)
    },
    "latest": {
        "false findings": 0.15,  # 3/20 submissions after round 7 (names7), was 4/20; target 1 in 10
        "practice wrong and sure": 0.0,  # 0/10 after round 7, was 1/10
    },
    "newest": {
        "false findings": 0.20,  # 2/10 submissions after round 7 (names7), was 3/10; target 1 in 10
        "practice wrong and sure": 0.40,  # 2/5 cases
    },
    "newer": {
        "false findings": 0.0,  # 0/10 submissions after round 7 (names7), was 1/10; target 1 in 10
        "practice wrong and sure": 0.0,  # 0/6 cases, before round 7
    },
    "all": {
        "false findings": 0.13,  # 13/101 after round 7 (names7), was 19/101 (a to p: 18/91 after round 6)
        "practice wrong and sure": 0.10,  # 5/53 after round 7 (prac7), was 6/53 (a to p: 6/47)
    },
}
GROUPS = {"new": NEW, "latest": LATEST, "newest": NEWEST, "newer": NEWER, "all": CASES}


@pytest.fixture(scope="module", params=list(GROUPS))
def figures(request, tmp_path_factory):
    rubrics = find_rubrics([RUBRICS]).rubrics
    cases = GROUPS[request.param]
    measured = measure(cases, rubrics, tmp_path_factory.mktemp("heldout"))
    # Only the figures travel on: the misses name held-out cases and must not be printed.
    return request.param, measured.lines(), _ratios(measured)


def _ratios(measured) -> dict[str, float]:
    def ratio(pair) -> float:
        right, total = pair
        return right / total if total else float("nan")

    return {
        "top1 structured": ratio(measured.top1["structured"]),
        "top1 essays": ratio(measured.top1["essays"]),
        "confident right": ratio(measured.confident),
        "practice exact": ratio(measured.practice),
        "identifying found": ratio(measured.identifying),
        "false findings": ratio(measured.false_findings),
        "practice wrong and sure": ratio([measured.practice_sure_wrong, measured.practice[1]]),
    }


def test_held_out_set_is_a_third_of_the_corpus():
    from corpus import CASES as TUNING

    assert len(CASES) * 3 >= len(CASES) + len(TUNING)


def test_floors(figures, capsys):
    group, lines, ratios = figures
    with capsys.disabled():
        print(f"\n  held-out, {group}: " + "; ".join(lines))
    fallen = [f"{name} {ratios[name]:.3f} < {floor:.2f}" for name, floor in FLOORS[group].items()
              if not ratios[name] >= floor]
    fallen += [f"{name} {ratios[name]:.3f} > {ceiling:.2f}" for name, ceiling in CEILINGS[group].items()
               if not ratios[name] <= ceiling]
    assert not fallen, f"held-out ({group}) fell below its floors: " + ", ".join(fallen)
