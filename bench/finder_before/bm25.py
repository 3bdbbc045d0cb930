"""Okapi BM25, written plainly: ranks passages by how well they answer a criterion."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

# Words that carry no evidence of an answer: function words, and the assessment verbs
# every criterion and every answer shares.
STOPWORDS = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being it its
this that these those there their they them he she his her we our you your i me my mine
not no so than then too very can could would should will shall may might must do does did
has have had having what which who whom how when where why all any each other such own same
about into over under more most some only also just e g eg etc i.e ie use used using
describe explain identify list state give provide outline evaluate assess review show
""".split())
_TOKEN = re.compile(r"[a-z][a-z'’-]+")


def tokens(text: str) -> list[str]:
    """Lower-cased content words with a light stem, so 'mentoring' meets 'mentor'."""
    return [_stem(t) for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS and len(t) > 2]


@lru_cache(maxsize=1 << 16)  # a submission repeats its words: stem each once
def _stem(word: str) -> str:
    word = word.strip("'’-")
    for suffix in ("ingly", "ing", "edly", "ed", "ies", "es", "s", "ly", "ment", "ive", "ion"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


class BM25:
    """An index over a fixed list of texts; ``scores(query)`` ranks all of them."""

    def __init__(self, texts: list[str], k1: float = 1.4, b: float = 0.75):
        self.docs = [Counter(tokens(t)) for t in texts]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.average = (sum(self.lengths) / len(self.lengths)) if self.lengths else 0.0
        self.k1, self.b = k1, b
        frequency: Counter[str] = Counter()
        for doc in self.docs:
            frequency.update(doc.keys())
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in frequency.items()}

    def scores(self, query: Counter[str]) -> list[float]:
        """One score per text; ``query`` maps terms to weights."""
        out = []
        for doc, length in zip(self.docs, self.lengths):
            norm = self.k1 * (1 - self.b + self.b * length / (self.average or 1))
            score = 0.0
            for term, weight in query.items():
                tf = doc.get(term)
                if tf:
                    score += weight * self.idf[term] * tf * (self.k1 + 1) / (tf + norm)
            out.append(score)
        return out
