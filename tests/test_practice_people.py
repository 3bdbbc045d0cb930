"""One mentee under two names is one individual; two mentees who share an initial are two."""

import pytest

from marker.submission.model import Block, Document
from marker.submission.practice import practice


def doc(*blocks: Block) -> Document:
    return Document("diary.docx", None, "", tuple(blocks))


def log(*rows: str) -> Block:
    return Block("diary.docx", "table", "\n".join(("Date | Mentee | Duration",) + rows), 1)


def paras(*texts: str) -> list[Block]:
    return [Block("diary.docx", "paragraph", t, n) for n, t in enumerate(texts, start=2)]


@pytest.mark.parametrize("blocks, expected", [
    # a pseudonym and the name the learner links to it, in the log or in a sentence
    ([log("03/02/25 | Mentee A (I call her Amy) | 1 hr", "10/02/25 | Amy | 45 mins",
          "17/02/25 | Mentee C (Priya) | 1 hr", "24/02/25 | Priya | 1 hr")], 2),
    ([log("03/02/25 | Mentee A | 1 hr", "10/02/25 | Amy | 45 mins"), *paras("Mentee A (I call her Amy) is a new starter.")], 1),
    ([log("03/02/25 | Mentee A | 1 hr", "10/02/25 | Amy | 45 mins"), *paras("Mentee A, who I call Amy, runs the stores.")], 1),
    ([log("03/02/25 | Lukasz | 1 hr", "10/02/25 | Luke | 45 mins"), *paras("Lukasz is known as Luke on the line.")], 1),
    # two mentees who share an initial, told apart by their names
    ([log("03/02/25 | A (Amy) | 1 hr", "10/02/25 | A (Anna) | 45 mins")], 2),
    ([log("03/02/25 | Amy | 1 hr", "10/02/25 | Anna | 45 mins")], 2),
    ([log("03/02/25 | Sam P | 1 hr", "10/02/25 | Sam K | 45 mins")], 2),
    (paras("3 March – met J (Jamal) – 1 hour – goals", "10 March – met J (Jess) – 45 mins – review"), 2),
    # a link that names a role, not a person, links nobody
    ([log("03/02/25 | C1 (Team Leader) | 1 hr", "10/02/25 | C2 (Team Leader) | 45 mins")], 2),
])
def test_individuals_by_the_names_the_learner_links(blocks, expected):
    assert len(practice([doc(*blocks)]).individuals) == expected


def test_the_one_pseudonym_a_diary_names_is_the_mentee_of_a_log_without_a_mentee_column():
    # the centre asked for a code: "Mentee A" in the entries, a log with no column for who
    sessions = Block("diary.docx", "table", "\n".join((
        "Session | Date | Length | Main issues discussed",
        "1 | Sat 08/03/2025 | 30 minutes | Getting to know each other",
        "2 | Sat 15/03/2025 | 30 minutes | What she noticed in my warm-up")), 1)
    blocks = [sessions, *paras("I met Mentee A at the Link Centre on Saturday 1 March.",
                               "Mentee A is 15 and wants to become a sports leader.")]
    assert practice([doc(*blocks)]).individuals == ("Mentee A",)
    # two pseudonyms are two people the log does not tell apart: not read as one
    two = [sessions, *paras("I met Mentee A on Saturday.", "Mentee B joined later.")]
    assert len(practice([doc(*two)]).individuals) != 1
