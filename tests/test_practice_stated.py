"""The learner's own summing-up in prose is set against the figures counted."""

import pytest

from marker.submission.model import Block, Document
from marker.submission.practice import practice

LOG = Block("diary.docx", "table", "Date | Mentee | Duration\n03/03/25 | Mentee A | 1 hr\n05/03/25 | Mentee B | 45 mins", 1)


def doubts_with(sentence: str) -> list[str]:
    p = practice([Document("diary.docx", None, "", (LOG, Block("diary.docx", "paragraph", sentence, 2)))])
    return [d.text for d in p.doubts]


@pytest.mark.parametrize("sentence", [
    "I have mentored for 12 hours over 8 sessions.",
    "Total hours: 12",
    "Sessions completed: 8",
    "My mentoring hours now stand at 12.",
    "Across the eight sessions I logged 12 hrs.",
])
def test_a_summing_up_that_disagrees_names_its_paragraph(sentence):
    found = doubts_with(sentence)
    assert found and all("¶2" in d for d in found), found


@pytest.mark.parametrize("sentence", [
    "In total I mentored two people for 1 hour 45 minutes over 2 sessions.",
    "The unit asks for at least 12 hours over 6 sessions.",
    "I will complete 8 sessions by June.",
    "Last year a colleague mentored for 20 hours.",
    "It took 3 hours to write this reflection, more than the 2 hours I planned.",
])
def test_a_summing_up_that_agrees_or_says_nothing_of_what_was_done_is_passed_over(sentence):
    assert doubts_with(sentence) == []
