"""The independent review of round 22's finder rules: each submission in ``finder_review22`` was written to break
one of them, and did, showing a wrong passage as confident or losing a right one. Each now reads as it should."""

import pytest

from marker.submission.locate import locate
from test_locate_structure import doc, rubrics  # noqa: F401  (rubrics: a fixture)
from finder_review22 import review_s1, review_s4, review_s5, review_s6, review_s7


def _first(case, rubrics):
    found = locate(case.docs(doc), rubrics[case.UNIT])
    return {ref: found[ref][0] for ref in case.REFS if found[ref]}


def test_a_report_numbered_by_outcome_keeps_its_labels_beside_one_extra_section(rubrics):
    """"1. Understand coaching" over "1.1" … "4.2", and a last "4.3 Conclusion": the numbers are still criteria."""
    first = _first(review_s1, rubrics)
    assert "The coach agrees the contract" in first["1.2"].passage.text and first["1.2"].confident
    assert "Notes are kept in a locked folder" in first["4.1"].passage.text and first["4.1"].confident


def test_the_last_of_the_briefs_tasks_listed_at_the_top_labels_nothing(rubrics):
    first = _first(review_s4, rubrics)
    assert not (first["4.2"].confident and "In this assignment I look at" in first["4.2"].passage.text)


def test_a_numbered_list_in_an_answer_that_repeats_an_earlier_question_is_not_that_question(rubrics):
    first = _first(review_s5, rubrics)
    assert "patient, a good listener" in first["q3"].passage.text
    assert "Closed questions" in first["q18"].passage.text


def test_the_learners_own_aim_in_the_criterias_words_labels_nothing(rubrics):
    first = _first(review_s6, rubrics)
    assert not (first["1.1"].confident and "This report will describe" in first["1.1"].passage.text)
    assert "Time is the main obstacle" in first["1.4"].passage.text


def test_an_appendix_titled_contents_of_the_sessions_is_no_contents_list(rubrics):
    first = _first(review_s7, rubrics)
    assert "Session 1 Getting to know each other" in first["1.1"].passage.text
    assert not (first["2.5"].confident and "Appendix 1" in first["2.5"].passage.text)
