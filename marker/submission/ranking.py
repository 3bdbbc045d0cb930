"""Rank passages by wording, for answers no label, heading or pointer identifies.

BM25 scores every passage against every criterion. A passage is offered for the
criterion it answers better than it answers any other: an essay answers each criterion
somewhere, in any order, so the paragraph about contracting belongs to the contracting
criterion even where it also mentions the coach's role. How sure the guess is follows
from that claim and from how far the best passage stands above the next.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from marker.items import ItemKey
from marker.submission.assign import best_match, best_ordered_match
from marker.submission.bm25 import BM25, tokens
from marker.submission.passages import Labelled, Passage, Unit

KEPT = 20
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


def by_wording(targets, pool: list[Unit], labelled: list[Labelled], widen: Callable) -> dict[str, list[Ranked]]:
    """For each target ref, the passages of ``pool`` its wording points to, best first."""
    if not pool or not targets:
        return {t.ref: [] for t in targets}
    index = BM25(counts=[u.terms for u in pool])
    queries = [widen(t.query) for t in targets]
    raw = [index.scores(q) for q in queries]
    bests = [max(scores) or 1.0 for scores in raw]
    # an answer over two paragraphs: pairs around each criterion's best paragraphs, scored
    # by the same index (pairing every paragraph would double the work on a long portfolio)
    singles = [n for n, u in enumerate(pool) if u.single]
    around = {n for scores in raw for n in heapq.nlargest(KEPT, singles, key=scores.__getitem__)}
    pairs = {}
    for n in sorted(around):
        for other in (pool[n].before, pool[n].after):
            if other is not None:
                pair = pool[n].pair(other)
                pairs.setdefault((id(pair.outline), pair.start, pair.end), pair)
    units = pool + list(pairs.values())
    for scores, query in zip(raw, queries):
        scores += [index.score(u.terms, query) for u in pairs.values()]
    shares = [[s / best for s in scores] for scores, best in zip(raw, bests)]
    claimed = _claimed_blocks(labelled)
    labels = [_claims(u, claimed) for u in units]
    summaries = [units[n] for n in _summaries(units, shares)]
    if summaries:
        # an introduction naming every criterion answers none: the others are measured
        # against the best passage that is not it, and it is no better than that
        inside = {n for n, u in enumerate(units) if any(_overlap(u, s) for s in summaries)}
        for n in inside:
            labels[n] = SUMMARY
        bests = [max((x for n, x in enumerate(scores) if n not in inside), default=0.0) or 1.0 for scores in raw]
        shares = [[min(x / best, 1.0) if n in inside else x / best for n, x in enumerate(scores)]
                  for scores, best in zip(raw, bests)]
    strongest = [max(column) for column in zip(*shares)]
    answered = {r for entry in labelled for r in entry.refs}
    # how well each passage answers each criterion on one scale for all criteria: its score
    # against that of a passage using every word of the criterion once
    ideal = [index.score(Counter(dict.fromkeys(t.query, 1)), q) or 1.0 for t, q in zip(targets, queries)]
    fits = [[score / top for score in scores] for scores, top in zip(raw, ideal)]
    chosen = _matched(targets, units, shares, fits, labels, answered)
    found = {}
    everything = range(len(units))
    for target, share in zip(targets, shares):
        claim = []
        # a claim is at most the share: only the best shares can make the best claims
        for n in heapq.nlargest(3 * KEPT, everything, key=share.__getitem__):
            mine, top = share[n], strongest[n]
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
            agrees = bool(top_claims) and _overlap(units[top_claims[0][2]], units[pick])
            ceiling = top_claims[0][0] if top_claims else 0.0
            top_claims = [(ceiling + 0.001, 1.0 if agrees else 0.5, pick)] + [c for c in top_claims if c[2] != pick]
        # a criterion left without a passage of its own, whose best claim is the passage given
        # to another criterion, is guessing: that passage is the other's answer
        others = pick is None and bool(top_claims) and any(
            _overlap(units[top_claims[0][2]], units[n]) for ref, n in chosen.items() if ref != target.ref)
        # the passage given is as much another criterion's best, and that one was not given it:
        # which of the two it answers is the match's guess, not the learner's word
        others = others or (pick is not None and _contested(pick, target, targets, shares, units, chosen))
        found[target.ref] = _ranked(target, top_claims, units, labels, index.idf, others)
    return found


SUMMARY = frozenset({"(introduction or conclusion)"})
"""What an essay's summarising first or last paragraph is taken to answer: no one criterion."""
SUMMARISES = 0.75
"""An opening or closing paragraph near the best of at least this share of criteria summarises them."""
TOUCHES = 0.3
TOUCHES_ALL = 0.85
"""Or one reaching this share of the best of nearly every criterion: a sentence naming each
topic in turn is half as near as an answer, but to all of them (no answer comes near 0.85)."""
ESSAY_PARAGRAPHS = 6
"""Paragraphs a document needs before its first or last can be a summary rather than an answer."""


def _summaries(units: list[Unit], shares: list[list[float]]) -> list[int]:
    """The first and last paragraphs of each document that come near the best passage of most
    criteria: an introduction or conclusion naming every topic, not the answer to one."""
    if len(shares) < 4:
        return []
    paragraphs: dict[int, list[int]] = {}
    for n, unit in enumerate(units):
        if unit.single and not unit.heading:  # a section under a sub-heading of its own is an answer
            paragraphs.setdefault(id(unit.outline), []).append(n)
    found = []
    for members in paragraphs.values():
        if len(members) < ESSAY_PARAGRAPHS:
            continue
        for n in (min(members, key=lambda m: units[m].start), max(members, key=lambda m: units[m].start)):
            if (sum(row[n] >= 0.5 for row in shares) >= SUMMARISES * len(shares)
                    or sum(row[n] >= TOUCHES for row in shares) >= TOUCHES_ALL * len(shares)):
                found.append(n)
    return found


def _contested(pick: int, target, targets, shares: list[list[float]], units: list[Unit],
               chosen: dict[str, int]) -> bool:
    """Another criterion has the passage ``pick`` as its best (or near it) and was given no
    passage overlapping it."""
    for other, share in zip(targets, shares):
        given = chosen.get(other.ref)
        if other is target or share[pick] < NEAR_BEST:
            continue
        if given is None or not _overlap(units[given], units[pick]):
            return True
    return False


NEAR_BEST = 0.95
"""A passage scoring this share of a criterion's best is as good as its best."""

COVERAGE = 0.2
"""A passage sharing less of the criterion's own wording than this (weighed by rarity) is a guess."""
PAIR_COVERAGE = 0.27
"""A paragraph sharing only two of the criterion's own words must cover this much of its wording
(on the essays rebuilt, below it 3 of 11 confident first passages were wrong, above it 1 in 150);
a section under the learner's own sub-heading ("Agreeing goals") says what it answers."""
GUESS = 0.6
"""The most a guess is sure: below ``evidence.CONFIDENT``, so it is never shown as the evidence."""

MATCH_SHARE = 0.3
"""A criterion is matched to a paragraph only where it scores this share of its best."""
ORDER_PRIOR = 0.2
"""How much more a paragraph weighs for a criterion where answering the criteria in the
rubric's order puts it: most learners answer in that order, so a near tie goes the way the
order goes, while a paragraph plainly about another criterion still wins (an essay in its
own order). On the tuning corpus 8 first passages right that were not, 3 wrong that were."""
MATCH_CANDIDATES = 6
"""Paragraphs considered per criterion in the one-to-one match."""


def _matched(targets, units: list[Unit], shares: list[list[float]], fits: list[list[float]],
             labels: list[frozenset[str]], answered: set[str]) -> dict[str, int]:
    """The paragraph (or paragraph pair) each unlabelled criterion is given when criteria
    and paragraphs are matched one to one."""
    # a section is answered by its questions' paragraphs together: matched one to one, it
    # would take one of them from its question
    rows = [r for r, t in enumerate(targets) if t.ref not in answered and not ItemKey.parse(t.ref).is_section]
    singles = [n for n, u in enumerate(units) if u.single and not labels[n]]
    columns = sorted({n for r in rows for n in heapq.nlargest(MATCH_CANDIDATES, singles, key=shares[r].__getitem__)})
    if not rows or not columns:
        return {}
    weights = [[fits[r][n] for n in columns] for r in rows]
    ordered = best_ordered_match(weights)  # the columns are in reading order
    for r, c in enumerate(ordered):
        if c is not None:
            weights[r][c] *= 1 + ORDER_PRIOR
    match = best_match(weights)
    given = {r: columns[c] for r, c in zip(rows, match) if c is not None and shares[r][columns[c]] >= MATCH_SHARE}
    taken = set(given.values())
    number = {id(u): n for n, u in enumerate(units)}
    spans = {(id(u.outline), u.start, u.end): n for n, u in enumerate(units)}
    chosen = {}
    for r, n in given.items():
        # the neighbour is the criterion's too, and nobody else's: the answer runs over both
        best = n
        for other in (units[n].before, units[n].after):
            o = number.get(id(other)) if other is not None else None
            if o is None or o in taken:
                continue
            mine = shares[r][o]
            span = (id(other.outline), min(other.start, units[n].start), max(other.end, units[n].end))
            if mine >= MATCH_SHARE and all(mine >= row[o] for row in shares) and span in spans:
                best = spans[span]
        chosen[targets[r].ref] = best
    return chosen


def _ranked(target, claims: list[tuple[float, float, int]], units: list[Unit],
            labels: list[frozenset[str]], idf: dict, anothers: bool = False) -> list[Ranked]:
    order = [t for t, _ in sorted(target.query.items(), key=lambda item: (-item[1], item[0]))]
    out = []
    ceiling = max((v for v, _, _ in claims), default=1.0) or 1.0
    for rank, (value, own, n) in enumerate(claims):
        unit = units[n]
        rival = next((v for v, _, m in claims if m != n and not _overlap(units[m], unit)), 0.0)
        margin = 1 - rival / value if value else 0.0
        sure = 0.25 + 0.35 * own + 0.4 * margin if rank == 0 else 0.3 * own
        if labels[n] and target.ref not in labels[n]:
            sure = min(sure, 0.35)
        if rank == 0:  # only the first can be sure: the others are guesses already
            share, terms = _coverage(target, unit, idf)
            if share < COVERAGE or terms < 2 or (terms == 2 and share < PAIR_COVERAGE and not unit.heading) or unit.whole or anothers:
                sure = min(sure, GUESS)  # in other words, only looking like an answer, or the whole document
        shared = [t for t in order if t in unit.terms][:4]
        out.append(Ranked(unit.passage, 0.8 * value / ceiling, min(sure, 0.9), "similar wording: " + ", ".join(shared)))
    return out


def _coverage(target, unit: Unit, idf: dict[str, float]) -> tuple[float, int]:
    """How much of the criterion's own wording the passage shares, each term weighed by how
    rare it is in the submission (a term the learner never uses counts as the rarest), and how
    many of its terms that is."""
    core = heading_terms(target.title)
    rare = max(idf.values(), default=1.0)
    total = sum(idf.get(t, rare) for t in core)
    shared = [t for t in core if t in unit.terms and t in idf]
    return (sum(idf[t] for t in shared) / total if total else 0.0), len(shared)


def _claimed_blocks(labelled: list[Labelled]) -> dict[tuple, frozenset[str]]:
    claimed: dict[tuple, set[str]] = {}
    for entry in labelled:
        for block in entry.passage.blocks:
            claimed.setdefault(_key(block), set()).update(entry.refs)
    return {k: frozenset(v) for k, v in claimed.items()}


def _claims(unit: Unit, claimed: dict[tuple, frozenset[str]]) -> frozenset[str]:
    refs: set[str] = set()
    for block in unit.outline.blocks[unit.start:unit.end]:
        refs |= claimed.get(_key(block), frozenset())
    return frozenset(refs)


def _key(block) -> tuple:
    return (block.file, block.page, block.kind, block.number)


def _overlap(a: Unit, b: Unit) -> bool:
    return a.outline is b.outline and a.start < b.end and b.start < a.end


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
