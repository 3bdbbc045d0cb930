"""Rank passages by wording, for answers no label, heading or pointer identifies.

BM25 scores every passage against every criterion. A passage is offered for the
criterion it answers better than it answers any other: an essay answers each criterion
somewhere, in any order, so the paragraph about contracting belongs to the contracting
criterion even where it also mentions the coach's role. How sure the guess is follows
from that claim and from how far the best passage stands above the next.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from marker.submission.bm25 import BM25, tokens
from marker.submission.passages import Labelled, Passage

KEPT = 12
"""Candidates by wording kept per criterion, before overlaps are dropped."""


@dataclass(frozen=True)
class Ranked:
    passage: Passage
    score: float
    confidence: float
    reason: str


@lru_cache(maxsize=4096)
def heading_terms(heading: str) -> frozenset[str]:
    """A heading's terms, worked out once: every criterion compares against every heading."""
    return frozenset(tokens(heading))


def by_wording(targets, pool: list[Passage], labelled: list[Labelled],
               widen: Callable) -> dict[str, list[Ranked]]:
    """For each target ref, the passages of ``pool`` its wording points to, best first."""
    if not pool or not targets:
        return {t.ref: [] for t in targets}
    index = BM25([p.words for p in pool])
    claimed = _claimed_blocks(labelled)
    labels = [_claims(p, claimed) for p in pool]
    raw = [index.scores(widen(t.query)) for t in targets]
    shares = []
    for scores in raw:
        best = max(scores) or 1.0
        shares.append([s / best for s in scores])
    strongest = [max(column) for column in zip(*shares)]
    found = {}
    for target, share in zip(targets, shares):
        claim = []
        for n, (mine, top) in enumerate(zip(share, strongest)):
            if mine <= 0:
                continue
            own = mine / top
            value = mine * own
            if labels[n] and target.ref not in labels[n]:
                value *= 0.5  # labelled as the answer to something else
            claim.append((value, own, n))
        top_claims = heapq.nlargest(KEPT, claim)
        found[target.ref] = _ranked(target, top_claims, pool, index, labels)
    return found


def _ranked(target, claims: list[tuple[float, float, int]], pool: list[Passage], index: BM25,
            labels: list[frozenset[str]]) -> list[Ranked]:
    order = [t for t, _ in sorted(target.query.items(), key=lambda item: (-item[1], item[0]))]
    out = []
    for rank, (value, own, n) in enumerate(claims):
        passage = pool[n]
        rival = next((v for v, _, m in claims if m != n and not _overlap(pool[m], passage)), 0.0)
        margin = 1 - rival / value if value else 0.0
        sure = 0.25 + 0.35 * own + 0.4 * margin if rank == 0 else 0.3 * own
        if labels[n] and target.ref not in labels[n]:
            sure = min(sure, 0.35)
        shared = [t for t in order if t in index.docs[n]][:4]
        out.append(Ranked(passage, 0.8 * value, min(sure, 0.9), "similar wording: " + ", ".join(shared)))
    return out


def _claimed_blocks(labelled: list[Labelled]) -> dict[tuple, frozenset[str]]:
    claimed: dict[tuple, set[str]] = {}
    for entry in labelled:
        for block in entry.passage.blocks:
            claimed.setdefault(_key(block), set()).update(entry.refs)
    return {k: frozenset(v) for k, v in claimed.items()}


def _claims(passage: Passage, claimed: dict[tuple, frozenset[str]]) -> frozenset[str]:
    refs: set[str] = set()
    for block in passage.blocks:
        refs |= claimed.get(_key(block), frozenset())
    return frozenset(refs)


def _key(block) -> tuple:
    return (block.file, block.page, block.kind, block.number)


def _overlap(a: Passage, b: Passage) -> bool:
    keys = {_key(x) for x in a.blocks}
    return any(_key(x) in keys for x in b.blocks)


def without_overlaps(ranked: list[Ranked], limit: int) -> list[Ranked]:
    """The first ``limit`` entries, dropping one that repeats blocks of a better one:
    stepping through should show new text."""
    kept: list[Ranked] = []
    seen: set[tuple] = set()
    for entry in ranked:
        keys = {_key(b) for b in entry.passage.blocks}
        if len(keys & seen) > len(keys) / 2:
            continue
        seen |= keys
        kept.append(entry)
        if len(kept) == limit:
            break
    return kept
