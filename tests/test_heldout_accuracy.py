"""Floors on the held-out set: submissions written before the finder and the checks were
changed, and never read while tuning them. The figures here are the ones to believe;
``tests/test_locate_accuracy.py`` holds the (higher) floors on the tuning corpus.

Print every group's figures with ``python tests/corpus/measure.py``. A failure here says
which figure fell, never which case: the misses are not shown, so nobody tunes to them.
"""

import pytest

from conftest import RUBRICS
from corpus.measure import measure
from heldout import CASES, FRESH
from marker.catalogue import find_rubrics

# Measured at the change that set them (figures in the comments, fresh group first, then
# all held-out cases); a floor below the target is a gap reported in the issue,
# not a target met.
FLOORS = {
    "top1 structured": 0.90,
    "top1 essays": 0.85,
    "confident right": 0.90,
    "practice exact": 1 / 12,
    "identifying found": 0.85,
    "false findings at most": 0.45,
}


@pytest.fixture(scope="module", params=["fresh", "all"])
def figures(request, tmp_path_factory):
    rubrics = find_rubrics([RUBRICS]).rubrics
    cases = FRESH if request.param == "fresh" else CASES
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
        "false findings at most": ratio(measured.false_findings),
    }


def test_held_out_set_is_a_third_of_the_corpus():
    from corpus import CASES as TUNING

    assert len(CASES) * 3 >= len(CASES) + len(TUNING)


def test_floors(figures, capsys):
    group, lines, ratios = figures
    with capsys.disabled():
        print(f"\n  held-out, {group}: " + "; ".join(lines))
    fallen = [f"{name} {value:.2f} < {FLOORS[name]:.2f}" for name, value in ratios.items()
              if name != "false findings at most" and not value >= FLOORS[name]]
    if not ratios["false findings at most"] <= FLOORS["false findings at most"]:
        fallen.append(f"false findings {ratios['false findings at most']:.2f} > {FLOORS['false findings at most']:.2f}")
    assert not fallen, f"held-out ({group}) fell below its floors: " + ", ".join(fallen)
