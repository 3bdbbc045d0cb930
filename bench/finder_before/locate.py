"""Find the passages that answer each criterion (or question and section), best first.

Structure first: learners are told that task 1.1 answers AC 1.1 and to use the brief's
sub-headings, ILM templates label "AC 2.1", legacy answers are numbered questions under
section headings. One passage may serve several criteria ("Task 1.3 and 1.4"). Where
the learner used no structure, passages are ranked by BM25 against the criterion's text,
task, guidance and depth.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from marker.rubric import Rubric, Scheme
from finder_before.bm25 import BM25, tokens
from marker.submission.model import Document
from finder_before.passages import Passage, label_pattern, passages

LIMIT = 5
"""Candidates kept per criterion: enough to step through, few enough to read."""


@dataclass(frozen=True)
class Target:
    """What the assessor needs evidence for: an AC, a question or a section."""

    ref: str
    """``"1.1"`` for an AC, ``"q7"`` for question 7, ``"section-2"`` for section 2."""
    labels: tuple[str, ...]
    """Numbers a learner would write to label the answer (``"1.1"``, ``"7"``)."""
    title: str
    """Words a learner's sub-heading would repeat (the AC text, the section title)."""
    query: Counter
    """Weighted terms for ranking unstructured text."""


@dataclass(frozen=True)
class Candidate:
    """A passage offered as evidence, with how sure we are and why it was chosen."""

    passage: Passage
    score: float
    reason: str


def targets(rubric: Rubric) -> list[Target]:
    """The things to find evidence for, in result-sheet order."""
    found = []
    if rubric.scheme is Scheme.PASS_REFERRAL:
        for lo in rubric.outcomes:
            for c in lo.criteria:
                query = _weigh((c.text, 3), (c.task, 2), (c.guidance, 1), (c.depth, 1))
                found.append(Target(c.ref, (c.ref,), c.text, query))
        return found
    for s in rubric.sections:
        for q in s.questions:
            found.append(Target(f"q{q.ref}", (q.ref,), q.text, _weigh((q.text, 3))))
        found.append(Target(f"section-{s.ref}", (), s.title, _weigh((s.title, 3), (" ".join(s.criteria), 1))))
    return found


def _weigh(*parts: tuple[str, int]) -> Counter:
    query: Counter = Counter()
    for text, weight in parts:
        for term in set(tokens(text)):
            query[term] += weight
    return query


def locate(documents: list[Document] | tuple[Document, ...], rubric: Rubric, limit: int = LIMIT) -> dict[str, list[Candidate]]:
    """For every target of the rubric, its candidate passages, best first."""
    questions = rubric.scheme is Scheme.MARKS
    pool = [p for d in documents for p in passages(d, questions=questions)]
    if not pool:
        return {t.ref: [] for t in targets(rubric)}
    index = BM25([p.text for p in pool])
    labels = [_labels_of(p, questions) for p in pool]
    all_targets = targets(rubric)
    return {t.ref: _rank(t, pool, labels, index, limit) for t in all_targets}


def _rank(target: Target, pool: list[Passage], labels: list[set[str]], index: BM25, limit: int) -> list[Candidate]:
    scores = index.scores(target.query)
    best = max(scores) or 1.0
    title_terms = set(tokens(target.title))
    section_ref = target.ref.removeprefix("section-") if target.ref.startswith("section-") else None
    # (passage, score, reason, terms): a "similar wording" reason is written only for the
    # few candidates kept, since a long submission offers every passage.
    ranked: list[tuple[Passage, float, str | None, Counter]] = []
    for passage, own, score, terms in zip(pool, labels, scores, index.docs):
        similarity = score / best
        if own & set(target.labels):
            # Smaller labelled passages first: "Task 1.1" beats the LO section holding it.
            ranked.append((passage, round(0.95 + 0.04 * similarity - 0.01 * _size_rank(passage), 3),
                           f"labelled {_label_words(passage)}", terms))
            continue
        if not own and passage.heading and title_terms and _overlap(title_terms, heading_terms(passage.heading)) >= 0.6:
            ranked.append((passage, round(0.85 + 0.05 * similarity, 3), f"sub-heading matches: {passage.heading[:60]}", terms))
            continue
        if section_ref and re.search(rf"\bsection\s*{re.escape(section_ref)}\b", passage.heading, re.IGNORECASE):
            ranked.append((passage, 0.9, f"labelled {passage.heading[:60]}", terms))
            continue
        if score <= 0:
            continue
        if own:
            similarity *= 0.5  # labelled as the answer to something else
        ranked.append((passage, round(0.8 * similarity, 3), None, terms))
    ranked.sort(key=lambda entry: (-entry[1], entry[0].location))
    # Most frequent first, ties alphabetical: the reason must read the same on every run.
    query_order = [t for t, _ in sorted(target.query.items(), key=lambda item: (-item[1], item[0]))]
    return [Candidate(passage, score, reason or "similar wording: " + ", ".join(_shared_terms(query_order, terms)))
            for passage, score, reason, terms in _without_overlaps(ranked, limit)]


def _labels_of(passage: Passage, questions: bool) -> set[str]:
    """The criterion or question numbers a passage's heading claims to answer."""
    heading = passage.heading
    if not heading:
        return set()
    if questions:
        match = label_pattern(True).match(heading + " ")
        return {match.group(1).lower()} if match else set()
    found = set(re.findall(r"(?<![\d.])(\d{1,2}\.\d{1,2})(?![\d])", heading))
    # "1.1 – 1.3", "1.1 to 1.3": a range names every criterion in it
    for lo, a, b in re.findall(r"(\d{1,2})\.(\d{1,2})\s*(?:-|–|—|to)\s*(?:\1\.)?(\d{1,2})\b", heading):
        found.update(f"{lo}.{n}" for n in range(int(a), int(b) + 1))
    return found


@lru_cache(maxsize=4096)
def heading_terms(heading: str) -> frozenset[str]:
    """A heading's terms, worked out once: every criterion compares against every heading."""
    return frozenset(tokens(heading))


def _label_words(passage: Passage) -> str:
    return passage.heading[:60]


def _size_rank(passage: Passage) -> int:
    return min(len(passage.blocks), 50) // 10


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a) if a else 0.0


def _shared_terms(query_order: list[str], present: Counter) -> list[str]:
    """The query's terms, in ``query_order``, that the passage uses (its terms from the index)."""
    return [t for t in query_order if t in present][:4]


def _without_overlaps(ranked: list[tuple], limit: int) -> list[tuple]:
    """The first ``limit`` entries, dropping one that repeats blocks of a better one:
    stepping through should show new text."""
    kept: list[tuple] = []
    seen: set[tuple] = set()
    for entry in ranked:
        keys = {(b.file, b.page, b.kind, b.number) for b in entry[0].blocks}
        if len(keys & seen) > len(keys) / 2:
            continue
        seen |= keys
        kept.append(entry)
        if len(kept) == limit:
            break
    return kept
