"""The rubric's own wording, recognised where a learner pasted it into the submission.

Learners paste each criterion (or question) above their answer, the brief's guidance and
task under it, and templates print their prompts. That text is not evidence — it only
matches the criterion because it *is* the criterion — but a pasted criterion does say
which answer follows it, just as a number would. A line counts as pasted when most of its
three-word runs occur in one piece of the rubric's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[a-z0-9]+")
_N = 3
_LEAD = 4
"""Words before pasted wording starts: its number ("AC 2.2 and 2.3")."""
_GAP = 2
"""Words between two pieces of pasted wording: "Amplification:", "Indicative content:"."""
OPENING = 0.7
"""Share of a criterion's three-word runs a PDF paragraph must open with to be labelled by it
(most of it, as pasted or retyped; a Word paragraph never is: there a pasted criterion is a
paragraph of its own, and "The role of an effective mentor is ..." opens an answer)."""
JOINED = 0.5
"""Share of a criterion's three-word runs a line joining two criteria's wording must hold of each."""
COVERED = 0.7
"""Share of such a line's words inside the criteria's three-word runs: the rest is "and also" and retyping."""
MAX_WORDS = 150
"""Longer blocks are the learner's own writing, whatever they quote."""


@dataclass(frozen=True)
class Quote:
    """What a pasted block is: the wording that introduces an answer, or a prompt."""

    kind: str
    """``label`` (a criterion's or question's own wording), ``division`` (a learning
    outcome or section title) or ``prompt`` (guidance, task, depth, indicators)."""
    ref: str | None
    """The target the wording belongs to; None for a learning outcome's title."""


def grams(text: str) -> list[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return [tuple(words[i:i + _N]) for i in range(len(words) - _N + 1)]


class Wording:
    """An index of the rubric's wording by three-word runs."""

    def __init__(self, pieces: list[tuple[str, str | None, str]]):
        """``pieces``: (kind, ref, text) with kind ``label``, ``division`` or ``prompt``."""
        self.pieces = [(kind, ref, len(set(grams(text)))) for kind, ref, text in pieces]
        self.index: dict[tuple[str, ...], list[int]] = {}
        self._opening: dict[str, bool] = {}
        self.first_words = {words[0].lower() for kind, _, text in pieces if kind == "label" and (words := text.split())}
        for number, (_, _, text) in enumerate(pieces):
            for gram in set(grams(text)):
                self.index.setdefault(gram, []).append(number)

    def _opens_with_wording(self, text: str) -> bool:
        """Some three-word run of the rubric's within ``text``'s first words (asked twice of
        every block, so answered once)."""
        opening = text[:80]
        known = self._opening.get(opening)
        if known is None:
            known = self._opening[opening] = any(run in self.index for run in grams(opening)[:_LEAD + 1])
        return known

    def quote(self, text: str) -> Quote | None:
        """The piece of wording ``text`` repeats, if it is mostly a copy of one."""
        if len(text) > MAX_WORDS * 12:
            return None
        # pasted wording starts within a few words ("Guidance:", "AC 1.1"): a block none
        # of whose first runs is in the rubric is the learner's own (most blocks: cheap)
        if not self._opens_with_wording(text):
            return None
        runs = grams(text)
        if not runs or len(runs) > MAX_WORDS:
            return None
        own = set(runs)
        hits: dict[int, int] = {}
        for gram in own:
            for number in self.index.get(gram, ()):
                hits[number] = hits.get(number, 0) + 1
        if not hits:
            return None
        # the piece this block copies most of; a label beats a prompt on a tie
        best = max(hits, key=lambda n: (hits[n] / len(own), self.pieces[n][0] != "prompt", -n))
        kind, ref, size = self.pieces[best]
        share, coverage = hits[best] / len(own), hits[best] / max(size, 1)
        if kind in ("label", "division") and share >= 0.6 and coverage >= 0.6:
            return Quote(kind, ref)
        if share >= 0.6 and (coverage >= 0.3 or hits[best] >= 6):
            return Quote("prompt", ref)
        return None

    def pasted_words(self, text: str) -> int:
        """How many words opening ``text`` are the rubric's own: a criterion pasted after its
        number, then perhaps "Amplification:" and the guidance, before the learner's answer
        (a PDF runs them into one block). Two words between pieces of wording ("Guidance:")
        do not end it; the first words that are nobody's but the learner's do."""
        if not self._opens_with_wording(text):
            return 0  # most blocks: nothing of the rubric's within the first words
        found = list(_WORD.finditer(text[:MAX_WORDS * 12].lower()))
        words = [m.group() for m in found]
        last = -1
        for i in range(len(words) - _N + 1):
            if tuple(words[i:i + _N]) in self.index:
                last = i + _N - 1
            elif i > last + (_LEAD if last < 0 else _GAP):
                break
        return len(text[:found[last].end()].split()) if last >= 0 else 0

    def opening_labels(self, text: str) -> tuple[str, ...]:
        """The criteria whose own wording opens ``text`` before the learner's answer does (a PDF
        runs the pasted criterion into the answer's first lines): each must be mostly there."""
        n = self.pasted_words(text)
        if n < _N + 1:
            return ()
        hits: dict[int, int] = {}
        for gram in set(grams(" ".join(text.split()[:n]))):
            for number in self.index.get(gram, ()):
                hits[number] = hits.get(number, 0) + 1
        return tuple(dict.fromkeys(self.pieces[k][1] for k in sorted(hits) if self.pieces[k][0] == "label"
                                   and hits[k] >= OPENING * max(self.pieces[k][2], 1)))

    def opens_as_wording(self, text: str) -> bool:
        """Does ``text`` (past a number or a bullet) open with a word some criterion opens with ("Explain", "Identify"),
        not with the learner's own frame ("This report will describe …")?"""
        words = re.sub(r"^\W*(?:\d+[.)]?\s*)?", "", text).split()
        return bool(words) and words[0].lower() in self.first_words

    def joined_labels(self, text: str) -> tuple[str, ...]:
        """The criteria whose wording, joined, makes up all of ``text`` ("Explain the roles and
        responsibilities … and also Identify the skills …"): each mostly there (a learner retypes
        "role" as "roles"), and between them nearly every three-word run of the line."""
        if not self._opens_with_wording(text):
            return ()  # it opens with the first criterion's wording (most blocks: cheap)
        runs = grams(text)
        hits: dict[int, set] = {}
        for gram in set(runs):
            for number in self.index.get(gram, ()):
                if self.pieces[number][0] == "label":
                    hits.setdefault(number, set()).add(gram)
        mostly = [n for n in sorted(hits) if len(hits[n]) >= JOINED * max(self.pieces[n][2], 1)]
        covered = set().union(*(hits[n] for n in mostly)) if mostly else set()
        words = {i + k for i, gram in enumerate(runs) if gram in covered for k in range(_N)}
        if len(mostly) < 2 or len(words) < COVERED * (len(runs) + _N - 1):
            return ()
        return tuple(dict.fromkeys(self.pieces[n][1] for n in mostly))
