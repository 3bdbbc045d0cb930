"""The learner's own total, where it says the same as the rows counted, is named beside the figure."""

from __future__ import annotations

from marker.rubric import Requirements
from marker.submission.model import Block, Document
from marker.submission.practice import practice
from marker.submission.practice_lines import practice_lines

REQ = Requirements(hours=3)


def doc(*blocks: Block) -> Document:
    return Document("log.docx", None, "", tuple(blocks))


def table(*lines: str, number: int = 1) -> Block:
    return Block("log.docx", "table", "\n".join(lines), number)


def para(text: str, number: int) -> Block:
    return Block("log.docx", "paragraph", text, number)


def log(total: str | None = None) -> Block:
    rows = ["Date | Mentee | Duration", "03/02/2026 | Mentee A | 90 mins", "10/02/2026 | Mentee B | 1 hr",
            "17/02/2026 | Mentee A | 1h 30m"]
    return table(*rows, *([f"Total | | {total}"] if total else []))


def test_a_total_row_that_agrees_is_named_in_the_json_and_the_strip():
    p = practice([doc(log("4 hrs"))])
    assert p.agrees == ("log.docx table 1 row 5",)
    assert "the learner's own total agrees" in practice_lines(p, REQ)[0]


def test_a_summing_up_in_prose_that_agrees_is_named():
    p = practice([doc(log(), para("Altogether I have mentored for four hours across the three sessions.", 2))])
    assert p.minutes == 240 and p.agrees == ("log.docx ¶2",)


def test_with_no_total_of_the_learners_the_figure_is_the_readers_alone():
    p = practice([doc(log())])
    assert p.minutes == 240 and p.agrees == ()
    assert "no total of the learner's to check it against" in practice_lines(p, REQ)[0]


def test_a_planned_or_brought_forward_total_is_no_agreement():
    assert practice([doc(log("4 hrs planned"))]).agrees == ()
    carried = table("Date | Mentee | Duration", "Brought forward | | 4 hrs", "03/02/2026 | Mentee A | 90 mins",
                    "10/02/2026 | Mentee B | 1 hr", "17/02/2026 | Mentee A | 1h 30m")
    assert not any("row 2" in at for at in practice([doc(carried)]).agrees)


def test_a_total_that_disagrees_is_a_doubt_not_an_agreement():
    p = practice([doc(log("5 hrs"))])
    assert p.agrees == () and p.uncertain
    assert "agrees" not in practice_lines(p, REQ)[0]


def test_the_strip_says_it_in_a_few_words():
    agreed, alone = practice([doc(log("4 hrs"))]), practice([doc(log())])
    assert practice_lines(agreed, REQ, short=True)[0].endswith("as read: 3 h met; their own total agrees")
    assert practice_lines(alone, REQ, short=True)[0].endswith("as read: 3 h met; no total of theirs to check")
