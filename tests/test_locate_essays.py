"""Essays: criteria answered with no labels, in the learner's own order and words."""

import pytest

from conftest import RUBRICS
from corpus.f_own_words_essay import BLOCKS as SHAH
from marker.catalogue import find_rubrics
from marker.submission.locate import locate
from test_locate_structure import doc


@pytest.fixture(scope="module")
def rubrics():
    return find_rubrics([RUBRICS]).rubrics


def essay(*paragraphs: str):
    return doc("essay.docx", *(("paragraph", p) for p in paragraphs))


def test_a_paragraph_that_is_another_criterions_best_is_not_sure(rubrics):
    # the process paragraph "agrees what she wants from the session": the one-to-one match
    # gives it to the goals criterion (3.2), which nothing answers, though it is the process
    # criterion's (2.2) best passage too
    found = locate([essay(*(text for _, text in SHAH))], rubrics["8584-200"])
    assert not any(c.confident for c in found["3.2"])
