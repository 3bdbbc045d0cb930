"""The submission's own words: a capitalised word it also writes in lower case is an ordinary word there."""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+|\bwww\.[\w./-]+")
"""E-mail and web addresses: "jo.hope@…" is no lower-case use of "Hope"."""


_SITE_IN = (r"\b(?:based|works?|worked|working|lives?|lived|living|branch(?:es)?|site|office|hospital|depot|store|shop|"
            r"surgery|surgeries|clinic|school|centre|plant|yard|quarry|warehouse|station|street|road|team|practice|"
            r"quarries|sites|offices|stores|shops)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:in|at|near)[ \t]+")
"""What puts a place after "in" or "at": a workplace or a home, not a feeling ("faith in", "annoyed at")."""


class Vocabulary:
    """The submission's own words: one it uses in lower case is an ordinary word, not a name."""

    def __init__(self, text: str) -> None:
        self.text = _ADDRESS.sub(" ", text) if "@" in text or "www." in text else text
        self._known: dict[str, bool] = {}
        self._places: dict[str, bool] = {}

    def a_place(self, word: str) -> bool:
        """Does the submission put a workplace or a home "in", "at" or "near" Word ("a hospital in Kidderminster",
        "based at Bewdley"; not "faith in Nowak")?"""
        if word not in self._places:
            self._places[word] = bool(re.search(_SITE_IN + re.escape(word) + r"(?![\w'’-])", self.text))
        return self._places[word]

    def ordinary(self, word: str) -> bool:
        if word not in self._known:
            self._known[word] = self._in_lower_case(word.lower())
        return self._known[word]

    def _in_lower_case(self, low: str) -> bool:
        # str.find, not a pattern: a pattern with look-arounds scans a long submission ten times slower.
        text, at = self.text, self.text.find(low)
        while at >= 0:
            before = text[at - 1] if at else " "
            after = text[at + len(low)] if at + len(low) < len(text) else " "
            if not (before.isalnum() or before in "'’-") and not (after.isalnum() or after in "'’-"):
                return True
            at = text.find(low, at + 1)
        return False
