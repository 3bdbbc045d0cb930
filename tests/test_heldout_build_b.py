"""Held-out set b builds into real files whose read text carries every label exactly once,
and labels every criterion of its unit (a phrase, or None where the learner did not answer)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus.build import build  # noqa: E402
from heldout.set_b import CASES  # noqa: E402

from conftest import RUBRICS  # noqa: E402
from marker.catalogue import find_rubrics  # noqa: E402
from marker.submission.locate import targets  # noqa: E402
from marker.submission.read import read_submission  # noqa: E402


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def rubrics():
    return find_rubrics([RUBRICS]).rubrics


def test_set_b_covers_what_the_held_out_brief_asks():
    assert len(CASES) >= 7
    assert len({c.name for c in CASES}) == len(CASES)
    assert sum(c.kind == "unstructured" for c in CASES) >= 3, "at least three essays"
    assert {"D2.01"} <= {c.unit for c in CASES}
    assert any(None in c.labels.values() for c in CASES), "a criterion left unanswered"
    for case in CASES:
        assert "identifying" in case.expected_checks, case.name
        assert "declaration" in case.expected_checks, case.name
    assert sum(bool(c.expected_checks["identifying"]) for c in CASES) >= 2
    assert sum(c.expected_checks["identifying"] == [] for c in CASES) >= 3
    assert not all(c.expected_checks["declaration"] for c in CASES), "one case omits the declaration"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_builds_and_labels_occur_once(case, rubrics, tmp_path):
    rubric = rubrics[case.unit]
    assert set(case.labels) == {t.ref for t in targets(rubric)}, "every criterion is labelled"
    submission = read_submission(build(case, tmp_path))
    assert not submission.errors, submission.errors
    text = _collapse("\n".join(b.text for d in submission.documents for b in d.blocks))
    for ref, phrase in case.labels.items():
        if phrase is not None:
            assert text.count(_collapse(phrase)) == 1, f"{case.name} {ref}: {phrase!r} occurs {text.count(_collapse(phrase))} times"
    for detail in case.expected_checks["identifying"]:
        assert detail in text, f"{case.name}: planted {detail!r} not in the text"
