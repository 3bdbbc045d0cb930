"""The unit outcome follows the result sheet's rules, derived and never typed."""

import pytest

from marker.errors import SessionError
from marker.outcome import Result, unit_outcome
from marker.session import Decision
from sessionkit import LEGACY, rubric, session


@pytest.fixture
def pr(tmp_path):
    return rubric(tmp_path)


@pytest.fixture
def marked(tmp_path):
    return rubric(tmp_path, LEGACY, "legacy.toml")


def decide(s, *decisions):
    for ref, d in zip(s.criteria, decisions):
        s.set_decision(ref, d, "Ann")


def test_every_criterion_pass_passes(pr):
    s = session(pr)
    decide(s, Decision.PASS, Decision.PASS)
    assert unit_outcome(s, pr).result is Result.PASS


def test_one_referral_refers_the_unit(pr):
    s = session(pr)
    decide(s, Decision.PASS, Decision.REFERRAL)
    outcome = unit_outcome(s, pr)
    assert outcome.result is Result.REFERRAL and outcome.referred == ("1.2",)


def test_one_unmarked_leaves_it_incomplete(pr):
    s = session(pr)
    decide(s, Decision.PASS)
    outcome = unit_outcome(s, pr)
    assert outcome.result is Result.INCOMPLETE and outcome.unmarked == ("1.2",)


def test_referral_with_unmarked_is_already_a_referral(pr):
    s = session(pr)
    decide(s, Decision.REFERRAL)
    assert unit_outcome(s, pr).result is Result.REFERRAL


def marks(s, r, *values):
    for section, value in zip(r.sections, values):
        s.set_mark(r, section.ref, value, "Ann")


def test_total_50_with_minimums_passes(marked):
    s = session(marked)
    marks(s, marked, 20, 30)
    assert unit_outcome(s, marked).result is Result.PASS


def test_total_49_fails(marked):
    s = session(marked)
    marks(s, marked, 19, 30)
    assert unit_outcome(s, marked).result is Result.FAIL


def test_section_below_minimum_fails_even_with_50_or_more(marked):
    s = session(marked)
    marks(s, marked, 40, 19)
    outcome = unit_outcome(s, marked)
    assert outcome.total == 59 and outcome.result is Result.FAIL and outcome.failing_sections == ("2",)
    assert "below minimum: section 2" in outcome.summary


def test_unmarked_section_is_incomplete(marked):
    s = session(marked)
    marks(s, marked, 40)
    assert unit_outcome(s, marked).result is Result.INCOMPLETE


@pytest.mark.parametrize("mark", [-1, 41])
def test_marks_out_of_range_are_refused(marked, mark):
    s = session(marked)
    with pytest.raises(SessionError, match=r"outside 0\.\.40"):
        s.set_mark(marked, "1", mark, "Ann")
    assert s.sections["1"].mark is None


def test_question_marks_out_of_range_are_refused(marked):
    s = session(marked)
    with pytest.raises(SessionError, match=r"outside 0\.\.30"):
        s.set_question_mark(marked, "1", "1", 31, "Ann")
    s.set_question_mark(marked, "1", "1", 30, "Ann")
    assert s.sections["1"].question_marks == {"1": 30}
