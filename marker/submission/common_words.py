"""Is a capitalised word an everyday English word rather than a name?

The name lists say what may be a name; they cannot say what else a word is. A word the
submission never writes in lower case ("Pupil X", "Victoria Sponge") may still be an
everyday word. pyspellchecker ships an English word-frequency list counted from lower-case
use (names are rarely written in lower case, so "john" counts 7 thousand where "sponge"
counts 4 thousand and "will" 6 million): a word used in lower case a thousand times or more
is an everyday word, unless the name lists hold it, as "Grace", "Hope" and "Brown" are both.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib.resources import files

from marker.submission.name_lists import FIRST_NAMES, SURNAMES

_EVERYDAY = 1000
"""Lower-case uses in the list's counts: "pupil" 3,776, "trainee" 1,888; "okafor" and "priyanka" none."""


@cache
def _everyday_words() -> frozenset[str]:
    # Read once, on the first word asked about (0.3 s): most submissions never need it.
    try:
        counts = json.loads(gzip.decompress(files("spellchecker").joinpath("resources/en.json.gz").read_bytes()))
    except (ModuleNotFoundError, FileNotFoundError):  # a broken install: every word is then taken as it was before
        return frozenset()
    return frozenset(word for word, count in counts.items() if count >= _EVERYDAY and word.isalpha())


def everyday_word(word: str) -> bool:
    """ "Pupil", "Sponge": an everyday word; "Grace", "Okafor", "Priyanka": not (a name, or no word)."""
    return word not in FIRST_NAMES and word not in SURNAMES and word.lower() in _everyday_words()


def lower_case_word(word: str) -> bool:
    """ "Short", "First": written in lower case a thousand times or more, whatever the name lists hold
    (after "with J." such a word starts the next sentence rather than being J.'s surname)."""
    return word.lower() in _everyday_words()
