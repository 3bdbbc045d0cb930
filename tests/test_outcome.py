"""The unit outcome follows the result sheet's rules, derived and never typed."""

import pytest

from conftest import RUBRICS
from marker.errors import SessionError
from marker.outcome import Result, unit_outcome
from marker.rubric import load_rubric
from marker.session import Decision
from marker.store import load, save
from sessionkit import LEGACY, rubric, session

P, R, U = Decision.PASS, Decision.REFERRAL, Decision.UNMARKED


@pytest.fixture
def pr(tmp_path):
    return rubric(tmp_path)  # criteria 1.1 and 1.2


@pytest.fixture
def marked(tmp_path):
    return rubric(tmp_path, LEGACY, "legacy.toml")  # section 1: max 40 min 15; section 2: max 60 min 20; 50 to pass


def decide(s, *decisions):
    for ref, d in zip(s.criteria, decisions):
        s.set_decision(ref, d, "Ann")
    return s


def give(s, r, *values):
    for section, value in zip(r.sections, values):
        s.set_mark(r, section.ref, value, "Ann")
    return s


# --- pass/referral: "every AC must receive a 'Pass'"; "any AC awarded less than a pass produces an automatic referral"


@pytest.mark.parametrize("decisions, result, unmarked, referred", [
    ((P, P), Result.PASS, (), ()),
    ((P, R), Result.REFERRAL, (), ("1.2",)),
    ((P, U), Result.INCOMPLETE, ("1.2",), ()),
    ((R, U), Result.REFERRAL, ("1.2",), ("1.1",)),  # a referral refers the unit even with criteria unmarked
    ((U, U), Result.INCOMPLETE, ("1.1", "1.2"), ()),
    ((R, R), Result.REFERRAL, (), ("1.1", "1.2")),
])
def test_pass_referral_rules(pr, decisions, result, unmarked, referred):
    outcome = unit_outcome(decide(session(pr), *decisions), pr)
    assert (outcome.result, outcome.unmarked, outcome.referred) == (result, unmarked, referred)
    assert outcome.pass_mark is None and outcome.summary.startswith(result.value)


def test_pass_referral_summaries(pr):
    assert unit_outcome(decide(session(pr), P, P), pr).summary == "PASS: every AC passed"
    assert unit_outcome(decide(session(pr), R, U), pr).summary == "REFERRAL: AC 1.1 referred (1 still unmarked)"
    assert unit_outcome(decide(session(pr), P, U), pr).summary == "INCOMPLETE: AC 1.2 unmarked"


def test_changing_a_referral_back_to_pass_passes(pr):
    s = decide(session(pr), P, R)
    s.set_decision("1.2", P, "Ann")
    assert unit_outcome(s, pr).result is Result.PASS


def test_a_criterion_the_session_lacks_counts_as_unmarked(pr):
    s = decide(session(pr), P, P)
    del s.criteria["1.2"]  # the rubric gained a criterion after the session began
    assert unit_outcome(s, pr).result is Result.INCOMPLETE


def test_outcome_is_never_read_from_the_file(tmp_path, pr):
    s = decide(session(pr), P, R)
    path = save(s, tmp_path / "sessions")
    path.write_text(path.read_text(encoding="utf-8").replace("format = 1", 'format = 1\noutcome = "PASS"'),
                    encoding="utf-8")
    assert unit_outcome(load(path), pr).result is Result.REFERRAL


# --- marks: "Total 50 + overall, AND minimum in each section"


@pytest.mark.parametrize("marks, result, failing", [
    ((20, 30), Result.PASS, ()),          # exactly 50, minimums met
    ((15, 35), Result.PASS, ()),          # section 1 exactly at its minimum
    ((40, 60), Result.PASS, ()),          # full marks
    ((19, 30), Result.FAIL, ()),          # total 49
    ((40, 19), Result.FAIL, ("2",)),      # total 59 ≥ 50 but section 2 below its minimum
    ((14, 60), Result.FAIL, ("1",)),      # total 74, section 1 below its minimum
    ((10, 10), Result.FAIL, ("1", "2")),  # both
    ((0, 0), Result.FAIL, ("1", "2")),
])
def test_marks_rules(marked, marks, result, failing):
    outcome = unit_outcome(give(session(marked), marked, *marks), marked)
    assert (outcome.result, outcome.failing_sections, outcome.total) == (result, failing, sum(marks))
    assert (outcome.pass_mark, outcome.available) == (50, 100)


def test_marks_summaries_name_the_failing_sections(marked):
    assert unit_outcome(give(session(marked), marked, 20, 30), marked).summary == \
        "PASS: 50 of 100 (50 to pass), every section minimum met"
    assert unit_outcome(give(session(marked), marked, 19, 30), marked).summary == "FAIL: 49 of 100 (50 to pass)"
    assert unit_outcome(give(session(marked), marked, 40, 19), marked).summary == \
        "FAIL: 59 of 100 (50 to pass); section fail: 2 (below its minimum)"


@pytest.mark.parametrize("marks", [(None, None), (40, None), (None, 60)])
def test_any_section_without_a_mark_is_incomplete(marked, marks):
    outcome = unit_outcome(give(session(marked), marked, *marks), marked)
    assert outcome.result is Result.INCOMPLETE
    assert outcome.unmarked == tuple(s.ref for s, m in zip(marked.sections, marks) if m is None)


def test_incomplete_already_says_which_section_fails(marked):
    outcome = unit_outcome(give(session(marked), marked, 10), marked)
    assert outcome.result is Result.INCOMPLETE and outcome.failing_sections == ("1",)
    assert outcome.summary == "INCOMPLETE: no mark yet for section 2 (10 so far); section fail: 1"


def test_clearing_a_mark_makes_it_incomplete_again(marked):
    s = give(session(marked), marked, 20, 30)
    s.set_mark(marked, "2", None, "Ann")
    assert unit_outcome(s, marked).result is Result.INCOMPLETE


def test_a_section_without_a_minimum_only_needs_the_total(tmp_path):
    r = rubric(tmp_path, LEGACY.replace("max = 60\nmin = 20", "max = 60"), "nomin.toml")
    assert unit_outcome(give(session(r), r, 15, 35), r).result is Result.PASS
    assert unit_outcome(give(session(r), r, 40, 0), r).result is Result.FAIL  # 40 < 50


@pytest.mark.parametrize("mark", [-1, 41])
def test_marks_out_of_range_are_refused(marked, mark):
    s = session(marked)
    with pytest.raises(SessionError, match=r"section 1 mark -?\d+ is outside 0\.\.40"):
        s.set_mark(marked, "1", mark, "Ann")
    assert s.sections["1"].mark is None


def test_the_range_ends_are_accepted(marked):
    s = session(marked)
    s.set_mark(marked, "1", 0, "Ann")
    s.set_mark(marked, "1", 40, "Ann")
    assert s.sections["1"].mark == 40


@pytest.mark.parametrize("mark", ["20", 20.0, True])
def test_a_mark_must_be_a_whole_number(marked, mark):
    with pytest.raises(SessionError, match="not a whole number from 0 to 40"):
        session(marked).set_mark(marked, "1", mark, "Ann")


@pytest.mark.parametrize("mark", [-1, 31])
def test_question_marks_out_of_range_are_refused(marked, mark):
    s = session(marked)
    with pytest.raises(SessionError, match=r"question 1 mark -?\d+ is outside 0\.\.30"):
        s.set_question_mark(marked, "1", "1", mark, "Ann")
    assert s.sections["1"].question_marks == {}
    s.set_question_mark(marked, "1", "1", 30, "Ann")
    assert s.sections["1"].question_marks == {"1": 30}


# --- the shipped legacy rubric, whatever its numbers are


def test_shipped_d201_rubric_by_its_own_minimums():
    r = load_rubric(RUBRICS / "D2.01.toml")
    minimums = {s.ref: s.min or 0 for s in r.sections}
    s = session(r)
    for section in r.sections:  # every section at its minimum; top up the last to reach exactly the pass mark
        s.set_mark(r, section.ref, minimums[section.ref], "Ann")
    shortfall = r.pass_mark - sum(minimums.values())
    last = r.sections[-1]
    assert 0 < shortfall <= last.max - minimums[last.ref], "D2.01's minimums sum below its pass mark"
    s.set_mark(r, last.ref, minimums[last.ref] + shortfall, "Ann")
    assert unit_outcome(s, r).result is Result.PASS and unit_outcome(s, r).total == r.pass_mark
    s.set_mark(r, last.ref, minimums[last.ref] + shortfall - 1, "Ann")
    assert unit_outcome(s, r).result is Result.FAIL and unit_outcome(s, r).total == r.pass_mark - 1
    first = r.sections[0]
    s.set_mark(r, last.ref, last.max, "Ann")
    s.set_mark(r, first.ref, minimums[first.ref] - 1, "Ann")
    outcome = unit_outcome(s, r)
    assert outcome.total >= r.pass_mark and outcome.result is Result.FAIL and outcome.failing_sections == (first.ref,)
