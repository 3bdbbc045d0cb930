"""Capitalised words and the runs they make: what both passes over a submission read as possible names.

A name is a run of capitalised words and initials joined by single spaces ("Danielle
Fraser", "J. Okafor", "Mr Hussain"); the words that open a sentence ("She", "The") never
start one.
"""

from __future__ import annotations

import re

from marker.submission.known_names import NOT_NAMES

UPPER = "A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŌ-ŽŚŹŻŁ"
LOWER = "a-zß-öø-ÿā-ķĺ-ňō-žśźżł"
# A capitalised word (McAllister, O'Brien, Lloyd-Jones, Schön) or an initial ("J.").
CAP = re.compile(rf"(?<![\w'’-])(?:[{UPPER}](?:[{LOWER}]*[{UPPER}])?[{LOWER}]+(?:['’-][{UPPER}{LOWER}][{LOWER}]+)*|[{UPPER}]\.?(?![\w'’]))")
CAPITAL = re.compile(rf"[{UPPER}][\w'’-]*")
TITLES = frozenset("Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame".split())
PASSED_OVER = NOT_NAMES - TITLES - {"St", "Saint"}  # "St John Ambulance" is read as one run
_BEFORE_A_SURNAME = re.compile(r" [A-Z][a-z]{2,}")
_OPENS_A_QUESTION = re.compile(r"(?:^|[.!?]\s+|\n\s*)\Z")
"""Where a sentence starts, "Will Jordan manage…?" asks; after a caption's "Photo 2: " or mid-sentence, Will is a name."""


def runs(text: str):
    """Runs of capitalised words and initials joined by single spaces, each word with its span."""
    run: list[tuple[str, int, int]] = []
    for word, start, end in capitalised(text):
        if run:
            last = run[-1][0]
            gap = text[run[-1][2]:start]
            if gap in (" ", "\u00a0") and (not last.endswith(".") or is_initial(last)) or gap == ". " and last in TITLES:
                run.append((word, start, end))
                continue
            yield run
        run = [(word, start, end)]
    if run:
        yield run


def capitalised(text: str):
    """Capitalised words ("Schön", "McAllister", "Lloyd-Jones", "Kolb" of "Kolb's") and initials ("J.").

    A bare character class is scanned several times faster than a pattern that looks behind,
    and most of a long submission is lower case: the few matches are checked here instead.
    """
    for match in CAPITAL.finditer(text):
        word = match.group(0)
        if word in PASSED_OVER and not (word == "Will" and _BEFORE_A_SURNAME.match(text, match.end())
                                        and not _OPENS_A_QUESTION.search(text, 0, match.start())):
            continue  # "She", "In", "The": most capitalised words, never part of a name; but "Will Ashdown" is
        start, end = match.start(), match.end()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’-_"):
            continue  # inside a word: "iPhone", "e-Portfolio"
        if word.endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        stripped = word.rstrip("'’-")
        word, end = stripped, end - (len(word) - len(stripped))
        if not word.replace("-", "").replace("'", "").replace("’", "").isalpha() or len(word) > 1 and word.isupper():
            continue  # "R5521907", "E14", "GROW", "NHS"
        if len(word) == 1 and text[end:end + 1] == ".":
            word, end = word + ".", end + 1
        yield word, start, end



def is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1
