"""Floors on how often the evidence finder's first passage is the learner's evidence.

Each case in ``tests/corpus`` labels, for every criterion, a phrase found only in the
passage that answers it (``None``: the learner did not answer it). The first passage
offered must contain the phrase; for an unanswered criterion nothing may be offered as
confident. The contract is ``corpus.measure.judge``, the same as ``measure.py`` prints.

These are floors on the tuning set, each a little below what the finder reaches, so a
change that makes it worse fails here. The held-out set (``tests/heldout``) is measured
by ``measure.py`` and is never tuned to.
"""

from collections import defaultdict

import pytest

from conftest import RUBRICS
from corpus import CASES
from corpus.build import build
from corpus.measure import STRUCTURED, judge
from marker.catalogue import find_rubrics
from marker.submission.locate import locate
from marker.submission.read import read_submission

KIND_FLOORS = {
    "structured-docx": 0.99,
    "structured-pdf": 0.99,
    "numbered-unstyled": 0.99,
    "portfolio": 0.99,
    "legacy-questions": 0.99,
    "unstructured": 0.80,
}
"""Top-1 per kind of submission (each structured kind's figure on the tuning set is 100%, portfolios
one miss short of it with the nq_ and nx_ cases of issue 19; essays 108/130 = 83% with the fy_
essays written before the essay6 round, which came in at 30/67: 91/130 = 70%, was 61/63; with
the nz_ cases of names6 too, 116/142 = 82%)."""
GROUP_FLOORS = {"structured": 0.995, "essays": 0.81}
"""Top-1 over the structured kinds (806/808 = 99.8% with the nz_ cases; 755/756 before them), and
over the essays (116/142 = 82% with the fy_ and nz_ essays; 108/130 with the fy_ alone, 91/130
before the essay6 round)."""
CONFIDENT_FLOOR = 0.995
"""Of the first passages shown as confident, the share that are the evidence (830/831 = 99.9% with the
nz_ cases; 776/776 before them, 778/780 when the fy_ essays came)."""


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """(case, ref, right, confident, miss) for every labelled criterion of every case."""
    rubrics = find_rubrics([RUBRICS]).rubrics
    root = tmp_path_factory.mktemp("accuracy")
    rows = []
    for case in CASES:
        submission = read_submission(build(case, root / case.name))
        assert not submission.errors, submission.errors
        found = locate(submission.documents, rubrics[case.unit])
        rows += [(case, *judged) for judged in judge(case, found)]
    return rows


def _share(rows) -> tuple[float, str]:
    right = sum(r[2] for r in rows)
    misses = "\n".join(r[4] for r in rows if r[4])
    return right / len(rows), f"{right}/{len(rows)}\n{misses}"


@pytest.mark.parametrize("kind", sorted(KIND_FLOORS))
def test_top1_per_kind(kind, results):
    rows = [r for r in results if r[0].kind == kind]
    assert rows, f"no case of kind {kind}"
    share, detail = _share(rows)
    print(f"top-1 {kind}: {share:.0%}")
    assert share >= KIND_FLOORS[kind], detail


@pytest.mark.parametrize("group", sorted(GROUP_FLOORS))
def test_top1_per_group(group, results, capsys):
    rows = [r for r in results if (r[0].kind in STRUCTURED) == (group == "structured")]
    share, detail = _share(rows)
    with capsys.disabled():
        print(f"\n  top-1 {group:<10} {detail.splitlines()[0]} = {share:.0%}", end="")
    assert share >= GROUP_FLOORS[group], detail


def test_confident_passages_are_right(results, capsys):
    shown = [r for r in results if r[3]]
    share, detail = _share(shown)
    with capsys.disabled():
        print(f"\n  confident right  {detail.splitlines()[0]} = {share:.0%}", end="")
    assert share >= CONFIDENT_FLOOR, detail


def test_every_kind_is_measured():
    kinds = defaultdict(int)
    for case in CASES:
        kinds[case.kind] += 1
    assert set(kinds) == set(KIND_FLOORS)


PRACTICE_EXACT_FLOOR = 50 / 51
"""Practice figures (hours, sessions, individuals, supervision) exact, as a share of the cases
that hold practice records: 50/51 with the eight pv_ logs written without reading the code
(issue 13 round 5; they came in at 0/8, 43/51 in all); every one of the 43 before them (43/43
with the pw_ and px_ logs of round 3; 31/43 before it). And none wrong while no row or
cross-check says UNCERTAIN (0 of 51; 2 when the pv_ logs came): an "OK" an assessor would believe."""


def test_practice_figures_are_exact(tmp_path_factory, capsys):
    from corpus.measure import Figures, _practice
    from marker.submission.report import as_json, extract

    rubrics = find_rubrics([RUBRICS]).rubrics
    root = tmp_path_factory.mktemp("practice")
    figures = Figures()
    for case in CASES:
        if "minutes" not in case.expected_checks:
            continue
        submission = read_submission(build(case, root / case.name))
        _practice(case.name, case.expected_checks, as_json(extract(submission, rubrics[case.unit])), figures)
    exact, total = figures.practice
    with capsys.disabled():
        print(f"\n  practice exact   {exact}/{total}", end="")
    assert total and exact / total >= PRACTICE_EXACT_FLOOR, "\n".join(figures.misses)
    assert figures.practice_sure_wrong == 0, "\n".join(figures.misses)
