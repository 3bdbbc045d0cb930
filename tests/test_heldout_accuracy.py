"""Floors on the held-out set: submissions written before the finder and the checks were
changed, and never read while tuning them. The figures here are the ones to believe;
``tests/test_locate_accuracy.py`` holds the (higher) floors on the tuning corpus.

Print every group's figures with ``python tests/corpus/measure.py``. A failure here says
which figure fell, never which case: the misses are not shown, so nobody tunes to them.
"""

import pytest

from conftest import RUBRICS
from corpus.measure import measure
from heldout import CASES, FRESH, LATEST, NEW, NEWER, NEWEST
from marker.catalogue import find_rubrics

# Measured at the change that set them (figures in the comments, "was" the figure before the
# change); a floor below the target is a gap reported in the issue, not a target met.
# "new": sets g to k, "latest": sets l to o, "newest": set p, "newer": set q and "fresh": set r,
# each written before a round of changes by writers who read no marker code; "all": sets a to s.
FLOORS = {
    "new": {
        "top1 structured": 0.93,  # 173/186 = 93% after round 6, was 172/186; target 95%
        "top1 essays": 0.86,  # 37/43 = 86% after round 9 (the order prior), was 38/43 after round 6; target 85%
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
    "fresh": {
        "top1 structured": 0.83,  # 60/72 = 83%, before round 8; target 95%
        "top1 essays": 0.66,  # 8/12 = 67% after round 9 (the order prior), was 6/12 before it; target 85%
        "confident right": 0.94,  # 48/51 = 94%, before round 8; target 95%
        "practice exact": 0.33,  # 2/6 cases, before round 8; target every case
        "identifying found": 0.77,  # 7/9 = 78%, before round 8; target 90%
    },
    "all": {
        # with set s (stop 30, after round 11's changes): structured 812/877 = 92.6% (a to r: 786/842 = 93.3%),
        # essays 163/190 = 85.8% (a to r: 151/178), confident 821/849 = 96.7% (a to r: 789/812); with set t (stop 31,
        # before round 12's changes): structured 909/983 = 92.5%, essays 172/201 = 85.6%, confident 904/934 = 96.8%,
        # practice 26/70 exact (7 wrong and sure), identifying 127/145 = 87.6% (set t alone 13/18), 16/130 false;
        # after round 12: essays 174/201 = 86.6%, practice 6 wrong and sure, 15/130 false (set t itself unmoved);
        # after a PDF's tables were rebuilt from where their words sit (stop 32): practice 33/70 exact (21 sure, 5 wrong
        # and sure), structured 910/983, confident 906/934; with its records of fields and round 13's practice
        # changes, 33/70 exact (22 sure, 5 wrong and sure); with set u, written after most of them and never tuned
        # to: practice 35/78 exact (23 sure, 6 wrong and sure; set u alone 2/8, 1), structured 999/1074, essays
        # 188/215, confident 1002/1032, identifying 139/158, 15/142 false; with set v (stop 33, before round 14's
        # changes): practice 36/86 exact (23 sure, 6 wrong and sure; set v alone 1/8, 0), structured 1117/1205,
        # essays 195/224, confident 1109/1139, identifying 150/169 (set v 11/11), 19/154 false (set v 4/12); MD36's
        # labels then set aside as the rubric requires (structured 1103/1189, confident 1102/1132); after round 14:
        # practice 37/86 (24 sure, 5 wrong and sure; set v 2/8), structured 1104/1189, confident 1103/1134, the rest
        # unchanged; with set w (after round 14, before round 15): practice 40/92 (26 sure, 6 wrong and sure; set w
        # 3/6, 1), structured 1212/1307, confident 1198/1234, identifying 161/181, 19/166 false (set w 0/12); after
        # round 15: practice 40/92 (26 sure, 6 wrong and sure; minutes right in 62/92, was 60), structured 1210/1307,
        # confident 1197/1234, the rest unchanged (set w itself unmoved)
        # with set z (stop 38, before round 18's changes): structured 1478/1587 = 93.1%, essays 218/248 = 87.9%,
        # confident 1466/1505 = 97.4%, practice 44/115 (28 sure, 9 wrong and sure), identifying 193/224 = 86.2%, 23/202 false
        # after round 18: practice 47/115 (30 sure, 9 wrong and sure), the rest unchanged (a names rule that raised the false
        # findings to 26/202 was taken out)
        # with sets za and zb (stop 39, before round 19's changes): structured 1557/1678 = 92.8%, essays 228/260 = 87.7%,
        # confident 1544/1587 = 97.3%, practice 47/124 (30 sure, 9 wrong and sure; za/zb alone 0/9, none wrong and sure),
        # identifying 209/242 = 86.4%, 25/214 false; after round 19 and its review: practice 48/124 (30 sure, 7 wrong and
        # sure), structured 1561/1678 = 93.0% (stacked questions sharing one answer, never shown as sure: an unanswered
        # question pasted over the next looks the same), confident 1544/1587, the rest unchanged (za/zb unmoved)
        # with sets zc and zd (stop 40, before round 20's changes): structured 1663/1796 = 92.6%, essays 228/260,
        # confident 1630/1679 = 97.1%, practice 48/130 (7 wrong and sure), identifying 226/259 = 87.3%, 27/226 false;
        # after rounds 20 and 21 and their reviews: practice 49/130 (6 wrong and sure; zc/zd alone 0/6, minutes 1/6 ->
        # 2/6), the rest unchanged
        "top1 structured": 0.92,  # 787/842 = 93.5% with set r, before round 8 (a to q: 727/770 = 94.4%)
        "top1 essays": 0.85,  # 151/178 = 84.8% after round 9 (the order prior), was 149/178 with set r
        "confident right": 0.96,  # 789/813 = 97.0% with set r, before round 8 (a to q: 741/762)
        "practice exact": 0.36,  # 49/136 with sets ze and zf (stop 41, before round 22: ze/zf alone 0/6, none wrong and sure), unmoved by round 22 and its review; 49/130 after rounds 20 and 21; 48/130 with sets zc and zd (stop 40, before round 20: zc/zd alone 0/6, none wrong and sure); 48/124 after round 19 and its review (sets za/zb alone 0/9, unmoved; 7 wrong and sure); 47/124 with sets za and zb (stop 39); 47/115 after round 18 and its review (set z alone 1/10, unmoved; 9 wrong and sure, unmoved); 44/115 with set z (stop 38, before round 18's changes: set z alone 1/10, 2 wrong and sure); 42/105 with set y (stop 35, before round 17's changes: set y alone 0/6, 1 wrong and sure); 36/86 with set v; 35/78 with set u; 33/70 after a PDF's tables were rebuilt (26/70 before); 21/59 with set r
        "identifying found": 0.85,  # 180/210 = 85.7% with set y (set y alone 8/15); 127/145 with set t; 111/124 = 89.5% with set r, before round 8 (a to q: 104/115 = 90%)
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
    "fresh": {
        "false findings": 0.20,  # 2/10 submissions, before round 8; target 1 in 10
        "practice wrong and sure": 0.34,  # 2/6 cases, before round 8
    },
    "all": {
        "false findings": 0.127,  # 30/238 with sets ze and zf (stop 41: 3/12 of theirs), unmoved by round 22 and its review; 19/154 with set v; 15/111 with set r, before round 8 (a to q: 13/101); 16/117 with set s; 15/130 after round 12
        "practice wrong and sure": 0.079,  # 6/136 with sets ze and zf and after round 22 (7/136 midway: a week heading's date given to a Word file's weekdays, put back); 6/130 after rounds 20 and 21; 7/124 after round 19's review, 8/124 after round 19, 9/124 with sets za and zb; 9/115 with set z (before round 18); 6/78 with set u (its one among them); 7/59 with set r, before round 8 (a to q: 5/53); 6/59 after round 11, 7/62 with set s,
        # 7/70 with set t, 6/70 after round 12 (a log read from a PDF's lines is in doubt until the learner's total agrees),
        # 5/70 once a PDF's tables were rebuilt
    },
}
GROUPS = {"new": NEW, "latest": LATEST, "newest": NEWEST, "newer": NEWER, "fresh": FRESH, "all": CASES}


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
