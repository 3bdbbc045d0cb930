"""Find the passages that answer each criterion (or question and section), best first.

Structure first: learners label answers ("AC 1.1", "Task 2.3", "Q7."), paste the
criterion's wording above them, or point to them from an evidence matrix, a contents
list or "see Appendix 3" — a pointer is followed and the place it names offered, never
the pointer. Where there is no structure (essays), passages are ranked by BM25 against
the criterion's wording widened with the words learners use for it, preferring the
passage the criterion has more claim to than any other criterion.

Every candidate says how sure it is (``confidence``): a weak best guess is offered as a
guess, not as the answer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from marker.items import ItemKey
from marker.rubric import Rubric, Scheme
from marker.submission.bm25 import tokens
from marker.submission.follow import Follower
from marker.submission.matrix_lines import matrix_rows
from marker.submission.model import Document
from marker.submission.outline import Role, label_end
from marker.submission.evidence import Candidate
from marker.submission.passages import Labelled, Outline, Passage
from marker.submission.pointers import (REFERENCE, Pointer, contents_pointer, holds_answers, mapping_pointers,
                                        matrix_pointers)
from marker.submission.ranking import GUESS, Ranked, by_wording, heading_terms, without_overlaps
from marker.submission.section_span import section_run
from marker.submission.thesaurus import widen
from marker.submission.wording import Wording

BY_WORDING = "similar wording"
"""How a candidate found by wording alone gives its reason (``ranking``)."""
LIMIT = 5
"""Candidates kept per criterion: enough to step through, few enough to read."""
UNSURE = 0.45
"""How sure a guess by wording can be where the learner's own label for it heads nothing."""
ANSWERED = 15
"""Words of the learner's own under a label that make it an answer rather than a title."""
POINTING = 40
"""Under a label, a reference ("see Appendix 3") in fewer words than this is where the answer is."""


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
        found.append(Target(ItemKey.section(s.ref).id, (), s.title, _weigh((s.title, 3), (" ".join(s.criteria), 1))))
    return found


def wording(rubric: Rubric) -> Wording:
    """Everything of the rubric a learner might paste: what introduces an answer, and prompts."""
    pieces: list[tuple[str, str | None, str]] = []
    for lo in rubric.outcomes:
        pieces.append(("division", None, lo.title))
        for c in lo.criteria:
            pieces.append(("label", c.ref, c.text))
            pieces += [("prompt", c.ref, t) for t in (c.task, c.guidance, c.depth, *c.evidence,
                                                     *c.referral_indicators, *c.pass_indicators) if t]
    for s in rubric.sections:
        section = ItemKey.section(s.ref).id
        pieces.append(("division", section, s.title))
        pieces += [("prompt", section, t) for t in s.criteria]
        pieces += [("label", f"q{q.ref}", q.text) for q in s.questions]
    return Wording(pieces)


QUALIFICATION = re.compile(r"\bLevel\s+[1-7]\b[^.\n]{0,40}?\b(?:Award|Certificate|Diploma)\b|"
                           r"\b(?:Award|Certificate|Diploma)\s+in\s+(?:Effective\s+)?(?:Coaching|Mentoring)\b", re.IGNORECASE)
"""A qualification's name: a title over the work, never a sub-heading naming one criterion."""


def _weigh(*parts: tuple[str, int]) -> Counter:
    query: Counter = Counter()
    for text, weight in parts:
        for term in set(tokens(text)):
            query[term] += weight
    return query


def locate(documents: list[Document] | tuple[Document, ...], rubric: Rubric, limit: int = LIMIT) -> dict[str, list[Candidate]]:
    """For every target of the rubric, its candidate passages, best first."""
    all_targets = targets(rubric)
    if not documents:
        return {t.ref: [] for t in all_targets}
    questions = rubric.scheme is Scheme.MARKS
    known = {t.ref for t in all_targets}
    said = wording(rubric)
    pointers: list[Pointer] = []
    outlines = []
    for document in documents:
        skip = set()
        for i, block in enumerate(document.blocks):
            rows = matrix_pointers(block, known, questions)
            if rows:
                pointers += rows
                if not holds_answers(block, known, questions):
                    skip.add(i)  # all pointers: never evidence (an answer template's rows are answers)
        mapped = mapping_pointers(document.blocks, known, questions)
        skip.update(mapped)
        pointers += mapped.values()
        outline = Outline(document, known, said, questions, frozenset(skip))
        for span, row in matrix_rows(outline.blocks, outline.roles, said):  # a matrix a PDF made lines of
            outline.roles[span.start] = Role("contents", refs=row.refs)
            outline.skip |= frozenset(span)
            pointers.append(row)
        pointers += [p for i, b in enumerate(document.blocks) if outline.roles[i].kind == "contents"
                     for p in [contents_pointer(b, known, questions)] if p]
        outlines.append(outline)
    follower = Follower(outlines)
    followed = [(p, follower.follow(p.text)) for p in pointers]
    followed = [(p, found) for p, found in followed if found is not None and _own_words(found) >= ANSWERED]
    by_name = {o.document.name: o for o in outlines}
    followed = [(p, found) for p, found in followed if not _inside_another(p, found, by_name[found.file])]
    # where a pointer says another criterion's evidence starts, a labelled answer stops
    # (a place found only by its page starts wherever the page does: that says nothing)
    cuts = {o.document.name: frozenset(i for _, found in followed if found.file == o.document.name
                                       for i in [_start(o, found)] if o.roles[i].level is not None or i in o.titles)
            for o in outlines}
    followed = [(p, _run_on(found, by_name[found.file], cuts[found.file])) for p, found in followed]
    labelled = [entry for o in outlines for entry in o.labelled(cuts[o.document.name])]
    sections = [s for o in outlines for s in o.sections()]
    pool = [u for o in outlines for u in o.units()]
    wordings = by_wording(all_targets, pool, labelled, widen)
    found = {t.ref: _rank(t, labelled, sections, followed, follower, wordings[t.ref], limit) for t in all_targets}
    if questions:
        _run_sections(rubric, found, outlines, limit)
    return found


def _run_sections(rubric: Rubric, found: dict[str, list[Candidate]], outlines: list[Outline], limit: int) -> None:
    """A section that only wording found is offered as the run of its questions' answers."""
    firsts = {s.ref: [found[f"q{q.ref}"][0] for q in s.questions if found.get(f"q{q.ref}")] for s in rubric.sections}
    for s in rubric.sections:
        ref = ItemKey.section(s.ref).id
        offered = found.get(ref) or []
        if offered and not offered[0].reason.startswith(BY_WORDING):
            continue  # labelled, or under a heading naming it
        mine = firsts[s.ref]
        others = [c.passage for r, cs in firsts.items() if r != s.ref for c in cs]
        run = section_run([c.passage for c in mine], others, outlines)
        if run is None:
            continue
        # as sure as the least sure of its answers: the run is only as right as they are
        sure = min(c.confidence for c in mine)
        found[ref] = [Candidate(run, 0.9, f"its questions' answers: {_short(run.heading)}", sure)] + [
            c for c in offered if not set(c.passage.blocks) & set(run.blocks)][:limit - 1]


def _inside_another(pointer: Pointer, found: Passage, outline: Outline) -> bool:
    """The place a pointer leads to lies inside an answer the learner labelled for other
    criteria ("signed by mentees" finding "Mentee A" under "AC 1.2 Agreed goals"): the
    learner's own label is the better word on what is there."""
    start = _start(outline, found)
    if outline.roles[start].kind == "label":
        return False
    for j in range(start - 1, -1, -1):
        role = outline.roles[j]
        if role.kind == "division":
            return False
        if role.kind == "label":
            inside = start < label_end(outline.roles, j, outline.words)[0]  # before its next heading
            inside = inside and not any(k in outline.titles for k in range(j + 1, start + 1))  # or typed title
            return inside and not set(pointer.refs) & set(role.refs)
    return False


def _run_on(found: Passage, outline: Outline, cuts: frozenset[int]) -> Passage:
    """A PDF's headings are guesses: a table's rows read as headings end a section early. The
    place a pointer names runs on to where another pointer's place starts, or a label or
    division (one a learner styled ends where its level says)."""
    start = _start(outline, found)
    end = start + len(found.blocks)
    if outline.roles[start].reliable or outline.document.pages is None:
        return found
    stop = next((j for j in range(end, len(outline.blocks))
                 if j in cuts or outline.roles[j].kind in ("label", "division")), len(outline.blocks))
    return outline.passage(start, stop, found.heading) if stop > end else found


def _start(outline: Outline, passage: Passage) -> int:
    first = passage.blocks[0]
    return next(i for i, b in enumerate(outline.blocks) if b is first)


def _rank(target: Target, labelled: list[Labelled], sections: list[tuple[Passage, bool]],
          followed: list[tuple[Pointer, Passage]],
          follower: Follower, worded: list[Ranked], limit: int) -> list[Candidate]:
    ranked: list[Ranked] = []
    answered = False
    labelled_here = False
    for entry in labelled:
        if target.ref not in entry.refs:
            continue
        labelled_here = True
        heading = entry.passage.heading[:60]
        specific = 0.02 if len(entry.refs) == 1 else 0.0
        # the words under the label; a PDF may run them into the label's own line ("3.2 State examples … (I have put
        # my answer to this one in the Additional notes at the end.)")
        named = entry.body.text if entry.body else entry.passage.text
        found = follower.follow(named) if entry.body_words < POINTING and REFERENCE.search(named) else None
        if found is not None and _own_words(found) >= ANSWERED and found.blocks[0] not in entry.passage.blocks:
            answered = True
            ranked.append(Ranked(found, 0.96 + specific, 0.9, f"labelled {heading[:30]} → {found.heading[:40]}"))
            ranked.append(Ranked(entry.passage, 0.6 + specific, 0.5, f"labelled {heading}"))
        elif entry.own_words < SENDS_ON and _PAGE_NAMED.search(entry.passage.text) and any(
                e is not entry and target.ref in e.refs and e.own_words >= SENDS_ON for e in labelled):
            # an evidence matrix's row, its table lost in a PDF ("AC 1.1 Examine … Page 2; Appendix file"): a
            # pointer, below the answer the learner labelled the same way where the page leads
            ranked.append(Ranked(entry.passage, 0.6 + specific, 0.5, f"labelled {heading} (a page named: a pointer)"))
        elif entry.body_words < POINTING and REFERENCE.search(named) and any(
                e is not entry and target.ref in e.refs and e.own_words >= max(ANSWERED, entry.own_words + 1) for e in labelled):
            # "3.2 … (I have put my answer to this one in the Additional notes at the end.)" and "Goals (3.2): …" there:
            # the answer where it sends the reader, the pointer below it
            ranked.append(Ranked(entry.passage, 0.6 + specific, 0.5, f"labelled {heading} (a pointer to the answer labelled elsewhere)"))
        elif entry.shared:
            # the question stands over the next, whose answer may answer both: first, but never sure, and below an
            # answer labelled elsewhere
            ranked.append(Ranked(entry.passage, 0.9, GUESS, f"labelled {heading} (the answer under the next question)"))
        elif (entry.own_words >= ANSWERED * max(1, len(entry.refs) / 2)  # a line naming four criteria answers none
              and not (entry.own_words < SENDS_ON and _NOT_WRITTEN.search(entry.passage.text))):
            answered = True
            ranked.append(Ranked(entry.passage, 0.95 + specific - 0.01 * _size_rank(entry.passage), 0.95,
                                 f"labelled {heading}"))
        else:
            ranked.append(Ranked(entry.passage, 0.6 + specific, 0.3, f"labelled {heading} (little written under it)"))
    # a short labelled answer that names an appendix ("My CPD plan … is Appendix 3"): the appendix is the evidence
    said_here = " ".join(e.passage.text for e in labelled if target.ref in e.refs and e.own_words < SENDS_ON)
    for pointer, found in followed:
        if target.ref in pointer.refs:
            # "2.2 – My CPD plan … is Appendix 3": the learner's own answer sends the reader where the pointer leads
            sent_there = bool(said_here) and _names_the_place(said_here, found.heading)
            score = 0.98 if sent_there else 0.9 if answered else 0.94  # above the label that sends the reader there
            ranked.append(Ranked(found, score, 0.9, f"{pointer.kind} → {_short(pointer.text)}"))
    title_terms = heading_terms(target.title)
    key = ItemKey.parse(target.ref)
    section_ref = key.ref if key.is_section else None
    for section, division in sections:
        terms = heading_terms(section.heading)
        if section_ref and re.search(rf"\bsection\s*{re.escape(section_ref)}\b", section.heading, re.IGNORECASE):
            ranked.append(Ranked(section, 0.9, 0.9, f"labelled {section.heading[:60]}"))
        elif division and "." in target.ref:
            continue  # a learning outcome's title shares a criterion's words but heads all its criteria
        elif QUALIFICATION.search(section.heading):
            continue  # "ILM Level 2 Award in Effective Mentoring Skills": the work's title, shared with every criterion
        elif title_terms and len(title_terms & terms) >= 0.6 * len(title_terms):
            sure = 0.85 if _own_words(section) >= ANSWERED else 0.4
            fit = 0.04 * len(title_terms & terms) / len(title_terms) + 0.01 * len(title_terms & terms) / len(terms)
            ranked.append(Ranked(section, 0.85 + fit, sure, f"sub-heading matches: {section.heading[:60]}"))
    if labelled_here and not answered:
        # the learner labelled this criterion and wrote (almost) nothing under it: a passage
        # that merely shares its wording elsewhere is a guess, not the answer
        worded = [Ranked(r.passage, r.score, min(r.confidence, UNSURE), r.reason) for r in worded]
    ranked += worded
    ranked.sort(key=lambda r: (-r.score, r.passage.location))
    return [Candidate(r.passage, round(r.score, 3), r.reason, round(r.confidence, 2))
            for r in without_overlaps(ranked, limit)]


SENDS_ON = 60
"""Fewer words than this under a label that names an appendix: the label sends the reader there."""
_NOT_WRITTEN = re.compile(r"\b(?:not\s+(?:finished|completed|done|written)\s+yet|still\s+to\s+(?:do|complete|write)|"
                          r"to\s+be\s+(?:completed|added|written)|I\s+will\s+(?:complete|finish|fill\s+in)\s+this)\b",
                          re.IGNORECASE)
""""Response | Not finished yet - I will complete this box after my tutorial": a box the learner has still to fill."""
_PAGE_NAMED = re.compile(r"\b(?:pages?|pp?\.)\s*\d{1,3}\b", re.IGNORECASE)
_PLACE_NAME = re.compile(r"\b(?:appendix|annex|annexe|attachment|enclosure)\s+([A-Z]|\d{1,2}|[ivx]{1,4})\b", re.IGNORECASE)


def _names_the_place(text: str, heading: str) -> bool:
    """Does ``text`` name the appendix ``heading`` titles ("Appendix 3 - CPD plan")?"""
    def named(match: re.Match) -> tuple[str, str]:
        return match.group(0).split()[0].lower(), match.group(1).lower()  # ("appendix", "3")

    titled = _PLACE_NAME.search(heading)
    return titled is not None and any(named(m) == named(titled) for m in _PLACE_NAME.finditer(text))


def _size_rank(passage: Passage) -> int:
    return min(len(passage.blocks), 50) // 10


def _own_words(passage: Passage) -> int:
    return len(passage.words.split())


def _short(text: str) -> str:
    text = " ".join(text.replace(" | ", ", ").split())
    return text if len(text) <= 60 else text[:59] + "…"
