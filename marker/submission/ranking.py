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

from marker.submission.assign import best_match
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


def by_wording(targets, pool: list[tuple[Passage, bool]], labelled: list[Labelled],
               widen: Callable) -> dict[str, list[Ranked]]:
    """For each target ref, the passages of ``pool`` its wording points to, best first.

    ``pool`` pairs each passage with whether it is a single paragraph or table.
    """
    if not pool or not targets:
        return {t.ref: [] for t in targets}
    passages = [p for p, _ in pool]
    index = BM25([p.words for p in passages])
    claimed = _claimed_blocks(labelled)
    labels = [_claims(p, claimed) for p in passages]
    shares = []
    for target in targets:
        scores = index.scores(widen(target.query))
        best = max(scores) or 1.0
        shares.append([s / best for s in scores])
    strongest = [max(column) for column in zip(*shares)]
    answered = {r for entry in labelled for r in entry.refs}
    chosen = _matched(targets, pool, shares, labels, answered)
    found = {}
    for row, (target, share) in enumerate(zip(targets, shares)):
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
        pick = chosen.get(target.ref)
        if pick is not None:
            agrees = bool(top_claims) and _overlap(passages[top_claims[0][2]], passages[pick])
            ceiling = top_claims[0][0] if top_claims else 0.0
            top_claims = [(ceiling + 0.001, 1.0 if agrees else 0.5, pick)] + [c for c in top_claims if c[2] != pick]
        found[target.ref] = _ranked(target, top_claims, passages, index, labels)
    return found


MATCH_SHARE = 0.3
"""A criterion is matched to a paragraph only where it scores this share of its best."""
MATCH_CANDIDATES = 6

"""Paragraphs considered per criterion in the one-to-one match."""


def _matched(targets, pool: list[tuple[Passage, bool]], shares: list[list[float]], labels: list[frozenset[str]],
             answered: set[str]) -> dict[str, int]:
    """The paragraph (or paragraph pair) each unlabelled criterion is given when criteria
    and paragraphs are matched one to one."""
    rows = [r for r, t in enumerate(targets) if t.ref not in answered]
    singles = [n for n, (_, single) in enumerate(pool) if single and not labels[n]]
    columns = sorted({n for r in rows for n in heapq.nlargest(MATCH_CANDIDATES, singles, key=shares[r].__getitem__)})
    if not rows or not columns:
        return {}
    match = best_match([[shares[r][n] for n in columns] for r in rows])
    given = {r: columns[c] for r, c in zip(rows, match) if c is not None and shares[r][columns[c]] >= MATCH_SHARE}
    taken = set(given.values())
    pairs = _pairs(pool)
    chosen = {}
    for r, n in given.items():
        # an answer over two paragraphs: the neighbour is the criterion's too, and nobody else's
        best = n
        for pair, other in pairs.get(n, ()):
            mine = shares[r][other]
            if other not in taken and mine >= MATCH_SHARE and all(mine >= row[other] for row in shares):
                best = pair
        chosen[targets[r].ref] = best
    return chosen


def _pairs(pool: list[tuple[Passage, bool]]) -> dict[int, list[tuple[int, int]]]:
    """single -> [(pair holding it, the other single of the pair)]."""
    first = {_key(p.blocks[0]): n for n, (p, single) in enumerate(pool) if single}
    found: dict[int, list[tuple[int, int]]] = {}
    for n, (passage, single) in enumerate(pool):
        if single or len(passage.blocks) < 2:
            continue
        a = first.get(_key(passage.blocks[0]))
        if a is None:
            continue
        size = len(pool[a][0].blocks)
        b = first.get(_key(passage.blocks[size])) if size < len(passage.blocks) else None
        if b is None or size + len(pool[b][0].blocks) != len(passage.blocks):
            continue
        found.setdefault(a, []).append((n, b))
        found.setdefault(b, []).append((n, a))
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
        out.append(Ranked(passage, 0.8 * min(value, 1.0), min(sure, 0.9), "similar wording: " + ", ".join(shared)))
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
