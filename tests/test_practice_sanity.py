"""The reader's own choices that no sentence contradicts: a guessed reading, a stray date, a figure far off."""

from marker.submission.model import Block, Document
from marker.submission.practice import practice
from dataclasses import replace

from marker.submission.practice_rules import PracticeRow
from marker.submission.practice_sanity import requirement_doubts, sanity_doubts


def doc(*blocks: Block) -> Document:
    return Document("diary.docx", None, "", tuple(blocks))


def log(*rows: str) -> Block:
    return Block("diary.docx", "table", "\n".join(("Date | Mentee | Duration | Notes",) + rows), 1)


def doubts_of(*rows: str) -> list[str]:
    return [d.text for d in practice([doc(log(*rows))]).doubts]


def test_a_length_read_one_of_two_ways_names_its_row():
    found = doubts_of("03/02/25 | Mentee A | 1.15 hrs | goals", "10/02/25 | Mentee B | 45 mins | review")
    assert any("row 2" in d and "one reading" in d for d in found), found
    assert doubts_of("03/02/25 | Mentee A | 1.25 hrs | goals", "10/02/25 | Mentee B | 45 mins | review") == []


def test_a_session_dated_far_from_the_rest_is_named():
    rows = ["03/02/25 | Mentee A | 1 hr | a", "10/02/25 | Mentee B | 1 hr | b", "17/02/25 | Mentee A | 1 hr | c",
            "24/02/25 | Mentee B | 1 hr | d"]
    assert doubts_of(*rows) == []
    found = doubts_of(*rows, "24/07/25 | Mentee A | 1 hr | e")
    assert any("far from every other" in d and "row 6" in d for d in found), found


def test_an_academic_year_across_new_year_is_one_span():
    rows = [f"{d:02d}/{m:02d}/25 | Mentee A | 1 hr | x" for d, m in ((10, 9), (15, 10), (12, 11), (10, 12), (14, 1), (11, 2))]
    assert doubts_of(*rows) == []


def test_an_undated_session_among_dated_ones_is_named():
    rows = ["03/02/25 | Mentee A | 1 hr | a", "10/02/25 | Mentee B | 1 hr | b", "17/02/25 | Mentee A | 1 hr | c",
            "24/02/25 | Mentee B | 1 hr | d"]
    found = doubts_of(*rows, " | Mentee A | 1 hr | catch-up")
    assert any("no date" in d and "row 6" in d for d in found), found


def test_a_figure_an_order_of_magnitude_off_the_requirement():
    assert requirement_doubts(12 * 60, 8, 120, 12, 6, 2) == ()
    (far,) = requirement_doubts(2 * 60 * 60, 8, 120, 12, 6, 2)
    assert "practice 120 h 00 min against the unit's 12 h" in far.text
    (few,) = requirement_doubts(12 * 60, 8, 10, 12, 6, 2)
    assert few.supervision and "supervision 0 h 10 min against the unit's 2 h" in few.text


def test_a_sentence_counted_on_its_length_alone_is_named():
    # such a sentence is seldom counted (text needs a date or a session named); where one is, it is named
    weak = PracticeRow("It took an hour.", "diary.docx ¶4", 60, True, "counted", "session", rank=2)
    (found,) = sanity_doubts([weak])
    assert "¶4" in found.text and "length alone" in found.text
    assert sanity_doubts([replace(weak, person="Mentee A")]) == ()
