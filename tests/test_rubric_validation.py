"""Each rubric error is found, and named by file, line and field."""

from pathlib import Path

import pytest

from marker.errors import RubricErrors
from marker.rubric import Scheme, load_rubric, parse_rubric

VALID_PASS_REFERRAL = '''\
schema = 1
unit = "9999-100"
title = "Test Unit"
qualification = "Test Qualification"
level = 2
assessment = "assignment"
scheme = "pass-referral"
words = [1000, 2000]

[requirements]
hours = 3

[[outcomes]]
ref = "1"
title = "Understand things"

[[outcomes.criteria]]
ref = "1.1"
text = "Describe a thing"
referral = ["The thing is not described"]
pass = ["The thing is described"]

[[outcomes.criteria]]
ref = "1.2"
text = "Explain another thing"
referral = ["Not explained"]
pass = ["Explained"]
'''

VALID_MARKS = '''\
schema = 1
unit = "X1"
title = "Marked Unit"
qualification = "Test Qualification"
level = 2
assessment = "knowledge-assignment"
scheme = "marks"
pass_mark = 5

[[sections]]
ref = "1"
title = "First"
max = 6
min = 2
criteria = ["Did the first thing"]

[[sections.questions]]
ref = "1"
text = "Do the first thing"
marks = 4

[[sections.questions]]
ref = "2"
text = "Do the second thing"
marks = 2

[[sections]]
ref = "2"
title = "Second"
max = 4
criteria = ["Did the other thing"]
'''


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "unit.toml"
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(tmp_path: Path, text: str) -> list[str]:
    rubric, errors = parse_rubric(write(tmp_path, text))
    assert rubric is None, "an invalid rubric must not load"
    return [str(e) for e in errors]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_valid_pass_referral_loads_typed_and_immutable(tmp_path):
    rubric = load_rubric(write(tmp_path, VALID_PASS_REFERRAL))
    assert rubric.scheme is Scheme.PASS_REFERRAL
    assert [c.ref for c in rubric.criteria] == ["1.1", "1.2"]
    assert rubric.criteria[0].referral_indicators == ("The thing is not described",)
    assert rubric.words == (1000, 2000)
    assert rubric.requirements.hours == 3
    assert len(rubric.digest) == 64
    with pytest.raises(AttributeError):
        rubric.title = "changed"  # type: ignore[misc]


def test_valid_marks_unit_loads(tmp_path):
    rubric = load_rubric(write(tmp_path, VALID_MARKS))
    assert rubric.scheme is Scheme.MARKS
    assert rubric.total_marks == 10
    assert rubric.sections[0].min == 2 and rubric.sections[1].min is None
    assert [q.marks for q in rubric.sections[0].questions] == [4, 2]


def test_not_toml_names_the_line(tmp_path):
    text = VALID_PASS_REFERRAL.replace('level = 2', 'level = = 2')
    [error] = errors_of(tmp_path, text)
    assert f"unit.toml:{line_of(text, 'level = = 2')}" in error and "not valid TOML" in error


def test_unknown_scheme(tmp_path):
    text = VALID_PASS_REFERRAL.replace('scheme = "pass-referral"', 'scheme = "graded"')
    [error] = errors_of(tmp_path, text)
    assert f":{line_of(text, 'graded')}: scheme:" in error and "'graded'" in error


def test_unknown_key_suggests_the_right_one(tmp_path):
    text = VALID_PASS_REFERRAL.replace('pass = ["The thing is described"]', 'passs = ["The thing is described"]')
    errors = errors_of(tmp_path, text)
    assert any(f":{line_of(text, 'passs')}: outcomes[0].criteria[0].passs: unknown key (did you mean 'pass'?)" in e
               for e in errors)
    assert any("outcomes[0].criteria[0].pass: missing (required)" in e for e in errors)


def test_duplicate_criterion_ref(tmp_path):
    text = VALID_PASS_REFERRAL.replace('ref = "1.2"', 'ref = "1.1"')
    [error] = errors_of(tmp_path, text)
    assert "outcomes[0].criteria[1].ref: duplicate criterion ref '1.1'" in error
    assert f":{line_of(text, 'Explain another') - 1}:" in error


def test_criterion_without_referral_indicators(tmp_path):
    text = VALID_PASS_REFERRAL.replace('referral = ["Not explained"]', 'referral = []')
    [error] = errors_of(tmp_path, text)
    assert "criteria[1].referral: needs at least one indicator" in error


def test_criterion_without_pass_indicators(tmp_path):
    text = VALID_PASS_REFERRAL.replace('pass = ["Explained"]\n', '')
    [error] = errors_of(tmp_path, text)
    assert "criteria[1].pass: missing (required)" in error


def test_minimum_above_maximum(tmp_path):
    text = VALID_MARKS.replace("min = 2", "min = 7")
    [error] = errors_of(tmp_path, text)
    assert f":{line_of(text, 'min = 7')}: sections[0].min: 7 is outside 0..6" in error


def test_question_marks_must_sum_to_section_max(tmp_path):
    text = VALID_MARKS.replace("marks = 2", "marks = 3")
    [error] = errors_of(tmp_path, text)
    assert "sections[0].max: is 6 but the section's questions carry 7 marks" in error


def test_missing_required_fields_are_all_reported(tmp_path):
    text = VALID_PASS_REFERRAL.replace('title = "Test Unit"\n', '').replace('level = 2\n', '')
    errors = errors_of(tmp_path, text)
    assert any("title: missing (required)" in e for e in errors)
    assert any("level: missing (required)" in e for e in errors)


def test_wrong_types(tmp_path):
    text = VALID_PASS_REFERRAL.replace("level = 2", 'level = "two"').replace("hours = 3", "hours = true")
    errors = errors_of(tmp_path, text)
    assert any(f":{line_of(text, 'two')}: level: must be an integer, not a string" in e for e in errors)
    assert any("requirements.hours: must be an integer or a number, not true/false" in e for e in errors)


def test_unknown_requirement(tmp_path):
    text = VALID_PASS_REFERRAL.replace("hours = 3", "hours = 3\nminutes = 30")
    [error] = errors_of(tmp_path, text)
    assert "requirements.minutes: unknown key" in error


def test_marks_unit_needs_pass_mark(tmp_path):
    text = VALID_MARKS.replace("pass_mark = 5\n", "")
    [error] = errors_of(tmp_path, text)
    assert "pass_mark: missing (required)" in error


def test_pass_mark_above_total(tmp_path):
    text = VALID_MARKS.replace("pass_mark = 5", "pass_mark = 11")
    [error] = errors_of(tmp_path, text)
    assert "pass_mark: 11 is outside 1..10" in error


def test_scheme_and_content_must_agree(tmp_path):
    text = VALID_MARKS.replace('scheme = "marks"', 'scheme = "pass-referral"')
    errors = errors_of(tmp_path, text)
    assert any("sections: belongs to marked units" in e for e in errors)
    assert any("outcomes: missing" in e for e in errors)


def test_words_range_must_be_ordered(tmp_path):
    text = VALID_PASS_REFERRAL.replace("words = [1000, 2000]", "words = [2000, 1000]")
    [error] = errors_of(tmp_path, text)
    assert "words: range [2000, 1000]" in error


def test_unsupported_schema_version(tmp_path):
    text = VALID_PASS_REFERRAL.replace("schema = 1", "schema = 2")
    [error] = errors_of(tmp_path, text)
    assert ":1: schema: version 2 is not supported" in error


def test_load_rubric_raises_with_every_error(tmp_path):
    text = VALID_PASS_REFERRAL.replace('scheme = "pass-referral"', 'scheme = "x"').replace("level = 2", "level = 20")
    with pytest.raises(RubricErrors) as caught:
        load_rubric(write(tmp_path, text))
    assert len(caught.value.errors) == 2


def test_unreadable_and_non_utf8_files(tmp_path):
    _, errors = parse_rubric(tmp_path / "absent.toml")
    assert "cannot be read" in str(errors[0])
    bad = tmp_path / "latin.toml"
    bad.write_bytes('title = "caf\xe9"'.encode("latin-1"))
    _, errors = parse_rubric(bad)
    assert "not UTF-8" in str(errors[0])


def test_8584_201_asks_for_the_one_hour_tutor_meeting_the_handbook_requires():
    """AC 3.2: "Provide evidence of a 1-hour meeting with their tutor", so the practice check
    warns when no supervision is recorded, as it does for the 8587 units."""
    from conftest import RUBRICS
    from marker.catalogue import find_rubrics

    requirements = find_rubrics([RUBRICS]).rubrics["8584-201"].requirements
    assert (requirements.hours, requirements.supervision_hours) == (3, 1)
