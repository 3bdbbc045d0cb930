"""The checks on every labelled submission report what the case says is there."""

import pytest

from conftest import RUBRICS
from corpus import CASES
from corpus.build import build
from marker.catalogue import find_rubrics
from marker.submission.checks import run_checks
from marker.submission.read import read_submission


@pytest.fixture(scope="module")
def rubrics():
    return find_rubrics([RUBRICS]).rubrics


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_checks_match_the_case(case, rubrics, tmp_path):
    rubric = rubrics[case.unit]
    documents = read_submission(build(case, tmp_path)).documents
    checks = run_checks(documents, rubric)
    expected = case.expected_checks
    assert (checks.declaration is not None) == expected["declaration"]
    if expected["evidence_matrix"] is None:
        assert not checks.evidence_matrix_expected
    else:
        assert (checks.evidence_matrix is not None) == expected["evidence_matrix"]
    found = " ".join(f.text for f in checks.identifying)
    for detail in expected["identifying"]:
        assert detail in found
    if not expected["identifying"]:
        assert not checks.identifying, [f.text for f in checks.identifying]
    if "minutes" in expected:
        practice = checks.practice
        assert practice is not None
        assert (practice.minutes, practice.sessions, len(practice.individuals)) == (
            expected["minutes"], expected["sessions"], expected["individuals"]), practice.rows
        if "supervision_minutes" in expected:
            assert practice.supervision_minutes == expected["supervision_minutes"], practice.rows
        assert all(f.location for f in practice.sources), "every figure names where it came from"
    assert checks.words > 0
    assert checks.advice(rubric)[0].startswith("words:")


def test_word_count_leaves_out_cover_sheet_and_references(tmp_path, rubrics):
    text = tmp_path / "essay.md"
    text.write_text(
        "Learner name: Sam\n\nRegistration number: R1\n\n# Task 1.1\n\none two three four five\n\n"
        "# References\n\nSmith, J. (2020) Mentoring. London: Press.\n\n# Appendix\n\nsix seven\n", encoding="utf-8")
    checks = run_checks(read_submission([text]).documents, rubrics["8584-200"])
    assert checks.words == len("Task 1.1 one two three four five Appendix six seven".split())
