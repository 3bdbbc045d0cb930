"""A submission's reference list: the works it cites, which answer no criterion.

An entry names authors and titles ("Clutterbuck, D. (2014) Everyone Needs a Mentor"), so
it shares the words of whichever criterion its title happens to touch; it is never the
learner's evidence. Entries are the short lines under a "References" heading, typed or
styled, and any short paragraph shaped like one ("Surname, X. (2014) ...").
"""

from __future__ import annotations

import re

from marker.submission.model import Block
from marker.submission.name_words import UPPER

HEADING = re.compile(r"^\s*(?:references?|reference\s+list|bibliography|sources|works\s+cited|reading\s+list)\s*:?\s*$",
                     re.IGNORECASE)
"""A reference list's heading: the finder and the anonymising check read the same list."""
ENTRY = re.compile(rf"^\s*[{UPPER}][\w'’-]+,\s+(?:[{UPPER}]\.\s*)+.{{0,120}}\((?:19|20)\d\d\w?\)")
"""Surname, initials and a year in brackets: an entry wherever it stands."""
# A numbered (IEEE) entry, wherever it stands, for the finder and the anonymising check alike: "[3] C. Dwork, “Differential privacy,” ..., 2006", "1. D. Clutterbuck, “...”, 2004".
# The title in quotes straight after the authors' comma, or a publisher's place and a year ("London: CIPD, 2004"):
# a log's numbered row quoting its mentee ("[1] J. Okafor said “...”") or dated 2024 is no citation. "[n]" needs
# only the title (a PDF's line may end before the year); "n." the year too, not one inside a date ("12/03/2024").
_YEAR = r"(?<![\d/.-])(?:19|20)\d\d(?![\d/-])"
_AUTHORS = rf"(?:[{UPPER}]\.\s*)+[{UPPER}][^“\"\n]*"
NUMBERED_ENTRY = re.compile(rf"^\s*(?:\[\d{{1,3}}\]\s+{_AUTHORS}(?:,\s*[“\"]|[{UPPER}]\w+:\s.*{_YEAR})"
                            rf"|\d{{1,3}}\.\s+{_AUTHORS},\s*[“\"].*{_YEAR})")
RUN_IN = re.compile(r"^\s*(?:references?|reference\s+list|bibliography|sources|works\s+cited|reading\s+list)\s*[:\u2013\u2014-]\s*",
                    re.IGNORECASE)
"""A list run into one paragraph after its heading ("References: Clutterbuck, D. (2004) ..."):
however long, its titles are still no answer."""
_YEAR = re.compile(r"\((?:19|20)\d\d\w?\)")
ENTRY_WORDS = 45
"""An entry is a line or two; a longer paragraph ends the list (the learner writing again)."""


def cited_blocks(blocks: tuple[Block, ...], levels: list[int | None]) -> frozenset[int]:
    """The blocks that are a reference list's heading and entries; ``levels`` gives each
    block's heading level (None for body text)."""
    found: set[int] = set()
    under: int | None = None  # the level of the references heading we are under
    for i, block in enumerate(blocks):
        if HEADING.match(block.text):
            under = levels[i] or 99
            found.add(i)
            continue
        run_in = RUN_IN.match(block.text)
        if run_in and block.kind == "paragraph" and ENTRY.match(block.text[run_in.end():]):
            found.add(i)
            continue
        short = block.kind == "paragraph" and len(block.text.split()) <= ENTRY_WORDS
        if under is not None and not short and ENTRY.match(block.text) and len(_YEAR.findall(block.text)) >= 2:
            found.add(i)  # a PDF's list run into one paragraph: entry after entry, however long
            continue
        if under is not None and ((levels[i] is not None and levels[i] <= under) or not short):
            under = None
        if short and (under is not None or ENTRY.match(block.text) or NUMBERED_ENTRY.match(block.text)):
            found.add(i)
    return frozenset(found)
