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
