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
# target is a gap reported in the issue, not a target met. "new": sets g, h and i, written
# before the latest round of changes by writers who read no marker code; "all": sets a to i.
FLOORS = {
    "new": {
        "top1 structured": 0.91,  # 108/117 = 92%; target 95%
        "top1 essays": 0.81,  # 22/27 = 81%; target 85%
        "confident right": 0.96,  # 121/126 = 96%; target 95%
        "practice exact": 0.28,  # 2/7 cases; target every case
        "identifying found": 1.0,  # 13/13; target 90%
    },
    "all": {
        "top1 structured": 0.93,  # 386/411 = 94%
        "top1 essays": 0.86,  # 78/90 = 87%
        "confident right": 0.96,  # 419/435 = 96%
        "practice exact": 0.14,  # 4/27 cases
        "identifying found": 0.92,  # 70/76 = 92%
    },
}
CEILINGS = {
    "new": {
        "false findings": 0.5,  # 7/14 submissions; target 1 in 10
        "practice wrong and sure": 0.29,  # 2/7
    },
    "all": {
        "false findings": 0.36,  # 18/51 submissions
        "practice wrong and sure": 0.23,  # 6/27 cases
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
