"""Okapi BM25, written plainly: ranks passages by how well they answer a criterion."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from marker.submission.idioms import plain


# Words that carry no evidence of an answer: function words, and the wording of the
# brief's instructions ("describe two or more ... appropriate to the context"). Not
# "examples": a learner answering "State examples of goals" writes "Examples of goals: ...".
STOPWORDS = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being it its
this that these those there their they them he she his her we our you your i me my mine
not no so than then too very can could would should will shall may might must do does did
has have had having what which who whom how when where why all any each other such own same
about into over under more most some only also just e g eg etc i.e ie use used using
describe explain identify list state give provide outline evaluate assess review show
include includes including learner learners consider considering within appropriate appropriately
clear clearly relevant two three four least minimum way ways setting set out
describing explaining identifying providing briefly demonstrate demonstrating evidence range type
types main key take suggest context order table tables
""".split())
_TOKEN = re.compile(r"[a-z][a-z'’-]+")
try:  # PyStemmer, where installed, is the same Porter 2 stemmer in C (as snowballstemmer would pick)
    import Stemmer

    _STEMMER = Stemmer.Stemmer("english")
except ImportError:  # the English one alone: snowballstemmer's package imports thirty languages (~12 ms)
    from snowballstemmer.english_stemmer import EnglishStemmer

    _STEMMER = EnglishStemmer()


def tokens(text: str) -> list[str]:
    """Lower-cased content words, stemmed (Porter 2), so 'mentoring' meets 'mentor'."""
    return [_stem(t) for t in _TOKEN.findall(plain(text.lower())) if t not in STOPWORDS and len(t) > 2]


# Job titles kept apart from the verbs they share a stem with: a "line manager" in an
# essay is not how to "manage a coaching process".
_KEPT = {"manager": "manager", "managers": "manager"}


@lru_cache(maxsize=1 << 16)  # a submission repeats its words: stem each once
def _stem(word: str) -> str:
    word = word.strip("'’-").replace("’", "'").removesuffix("'s")
    return _KEPT.get(word) or _STEMMER.stemWord(word)


class BM25:
    """An index over a fixed list of texts; ``scores(query)`` ranks all of them."""

    def __init__(self, texts: list[str] | None = None, k1: float = 1.4, b: float = 0.75, *,
                 counts: list[Counter] | None = None):
        """Index ``texts``, or texts already counted (``counts``: term -> frequency)."""
        self.docs = counts if counts is not None else [Counter(tokens(t)) for t in texts or ()]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.average = (sum(self.lengths) / len(self.lengths)) if self.lengths else 0.0
        self.k1, self.b = k1, b
        # term -> [(text number, frequency)]: a query touches only the texts holding its terms
        self.postings: dict[str, list[tuple[int, int]]] = {}
        for number, doc in enumerate(self.docs):
            for term, tf in doc.items():
                self.postings.setdefault(term, []).append((number, tf))
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}
        average = self.average or 1
        self.norms = [k1 * (1 - b + b * length / average) for length in self.lengths]

    def score(self, doc: Counter, query: Counter[str] | dict[str, float]) -> float:
        """The score of one more text (counted terms) against ``query``, by this index's statistics."""
        norm = self.k1 * (1 - self.b + self.b * sum(doc.values()) / (self.average or 1))
        total = 0.0
        for term, weight in query.items():
            tf = doc.get(term)
            if tf and term in self.idf:
                total += weight * self.idf[term] * tf * (self.k1 + 1) / (tf + norm)
        return total

    def scores(self, query: Counter[str] | dict[str, float]) -> list[float]:
        """One score per text; ``query`` maps terms to weights."""
        out = [0.0] * len(self.docs)
        k1, norms = self.k1, self.norms
        for term, weight in query.items():
            postings = self.postings.get(term)
            if not postings:
                continue
            factor = weight * self.idf[term] * (k1 + 1)
            for number, tf in postings:
                out[number] += factor * tf / (tf + norms[number])
        return out
