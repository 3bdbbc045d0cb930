"""Floors on the held-out set: submissions written before the finder and the checks were
changed, and never read while tuning them. The figures here are the ones to believe;
``tests/test_locate_accuracy.py`` holds the (higher) floors on the tuning corpus.

Print every group's figures with ``python tests/corpus/measure.py``. A failure here says
which figure fell, never which case: the misses are not shown, so nobody tunes to them.
"""

import pytest

from conftest import RUBRICS
from corpus.measure import measure
from heldout import CASES, NEW
from marker.catalogue import find_rubrics

# Measured at the change that set them (figures in the comments); a floor below the issue's
# target is a gap reported in the issue, not a target met. "new": sets g to k, written
# before the latest round of changes by writers who read no marker code; "all": sets a to k.
FLOORS = {
    "new": {
        "top1 structured": 0.92,  # 172/186 = 92%, was 87% before stop 22; target 95%
        "top1 essays": 0.79,  # 34/43 = 79%, was 79%; target 85%
        "confident right": 0.98,  # 183/186 = 98%, was 95%; target 95%
        "practice exact": 0.25,  # 3/12 cases, was 3/12; target every case
        "identifying found": 0.90,  # 19/21 = 90%, was 90%; target 90%
    },
    "all": {
        "top1 structured": 0.93,  # 451/480 = 94%, was 92%
        "top1 essays": 0.84,  # 90/106 = 85%, was 85%
        "confident right": 0.97,  # 484/497 = 97%, was 96%
        "practice exact": 0.25,  # 8/32 cases, was 5/32
        "identifying found": 0.90,  # 76/84 = 90%, was 90%
    },
}
CEILINGS = {
    "new": {
        "false findings": 0.25,  # 6/24 submissions, was 11/24; target 1 in 10
        "practice wrong and sure": 0.09,  # 1/12, was 2/12
    },
    "all": {
        "false findings": 0.20,  # 12/61 submissions, was 22/61
        "practice wrong and sure": 0.13,  # 4/32 cases, was 6/32
    },
}


@pytest.fixture(scope="module", params=["new", "all"])
def figures(request, tmp_path_factory):
    rubrics = find_rubrics([RUBRICS]).rubrics
    cases = NEW if request.param == "new" else CASES
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
