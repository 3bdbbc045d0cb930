"""Phrases learners write for a criterion's idea in everyday words, read as the one word that
names it: "things that get in the way" are barriers, "get round them" is overcoming them.

Their words are stopwords or too common to rank on alone ("get", "way", "round"), so the
thesaurus cannot meet them; the phrase, read whole, can.
"""

from __future__ import annotations

import re

_PHRASES = {
    "obstacle": r"(?:get|gets|got|getting|stand|stands|stood|standing)\s+in\s+(?:the|their|our|my|her|his)\s+way"
                r"|(?:hold|holds|held|holding)\s+(?:\w+\s+)?back",
    "overcome": r"(?:get|gets|got|getting|work|works|working|find|found)\s+(?:a\s+way\s+)?(?:round|around)",
    "monitor": r"(?:keep|keeps|keeping|kept)\s+(?:tabs|track|an\s+eye)\s+on",
    "feedback": r"what\s+went\s+well|even\s+better\s+if",
}
_IDIOM = re.compile(r"\b(?:" + "|".join(f"(?P<{word}>{p})" for word, p in _PHRASES.items()) + r")\b")
_FIRST = re.compile(r"\b(?:get|got|stand|stood|hold|held|work|find|found|keep|kept|what|even)")


def plain(text: str) -> str:
    """Lower-cased ``text`` with each phrase replaced by the word it stands for."""
    if not _FIRST.search(text):  # most blocks hold none of the phrases' first words: skip the long pattern
        return text
    return _IDIOM.sub(lambda m: m.lastgroup or m.group(), text)
