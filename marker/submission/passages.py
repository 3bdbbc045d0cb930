"""Cut a document into passages: something sensible for an assessor to read.

A labelled answer runs from its label to the next label or heading of its level or
above, tables included; in an answer template, a table row that opens with a criterion
runs to the next such row. The cover table and the declaration answer nothing. Other passages are a heading's section, a table, a paragraph,
two adjacent paragraphs (an answer often takes two), or — where the learner used no
headings — a group of paragraphs of readable length. Each passage keeps the learner's
own words apart from what was pasted or printed (the criterion, guidance, prompts,
contents lines), and only those words are matched against a criterion.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from marker.submission.bm25 import tokens
from marker.submission.boilerplate import answers_nothing
from marker.submission.cited import cited_blocks
from marker.submission.evidence import Passage
from marker.submission.model import Block, Document
from marker.submission.outline import BODY, PSEUDO, Role, label_end, role_of, roles, section_end, typed_titles
from marker.submission.wording import Wording

GROUP_WORDS = 120
"""Paragraphs without headings are grouped until a group has about this many words."""
PARAGRAPH_WORDS = 8
"""A paragraph shorter than this is not offered on its own."""
_SENTENCE_END = (".", "!", "?", ":", "”", '"', ")")
TITLE_WORDS = 15
"""A line shorter than this that ends no sentence is a title, not offered on its own."""
INTRO_WORDS = 40
"""A paragraph this short just before a table introduces it: the two are read as one."""
SECTION_WORDS = 600
"""Sections longer than this are too broad to rank by wording (labels still find them)."""


_MARKS = re.compile(r"\(\s*\d{1,2}\s*marks?\s*\)\s*$", re.IGNORECASE)
"""A pasted question's "(6 marks)": the handbook's, not the learner's."""
_CONTENTS = re.compile(r"^\s*(?:table\s+of\s+)?contents\s*:?\s*$", re.IGNORECASE)
_PASTED = 4
"""Words of the criterion a question line must hold to be the question pasted (not a bare "Q9" or "AC 1.1")."""


@dataclass(frozen=True)
class Labelled:
    """An answer introduced by a label: the passage, and how much of it is the learner's."""

    refs: tuple[str, ...]
    passage: Passage
    body: Passage | None
    """What stands under the label before the next heading (None: nothing)."""
    body_words: int
    """The learner's own words in ``body`` (and in the label line, if it is a paragraph)."""
    own_words: int = 0
    """The learner's own words in all of ``passage``: not the label, nor wording pasted after it."""
    shared: bool = False
    """The question stands straight over the next one and shares its answer ("Q9 …" over "Q10 …" and one answer):
    likely its evidence too, but an unanswered question looks the same, so never shown as sure."""


class Outline:
    """One document's blocks with their roles: the source of every passage in it."""

    def __init__(self, document: Document, known: set[str], wording: Wording, questions: bool,
                 skip: frozenset[int] = frozenset()):
        self.document = document
        self.blocks = document.blocks
        self.reading = (known, wording, questions)
        self.roles: list[Role] = roles(self.blocks, known, wording, questions)
        self.run_on = _runs_on(self.blocks, self.roles)
        """A PDF's guessed headings that are a sentence's first line: read as the paragraph's start."""
        for i in self.run_on:
            self.roles[i] = BODY
        self.titles = typed_titles(self.blocks, self.roles)
        """Lines typed as titles ("Mentoring plan"): headings for pointers to find, body otherwise."""
        self.skip = skip
        """Blocks that are pointers (an evidence matrix): never evidence, never matched."""
        self.words = [len(b.text.split()) for b in self.blocks]
        self.pasted = [wording.pasted_words(b.text) if r.kind == "label" else 0 for b, r in zip(self.blocks, self.roles)]
        """Words opening a label that are the rubric's (its number and the criterion pasted)."""
        self.boilerplate = frozenset(i for i, b in enumerate(self.blocks) if answers_nothing(b)) | cited_blocks(
            self.blocks, [r.level for r in self.roles]) | frozenset(
            i for i, (b, r) in enumerate(zip(self.blocks, self.roles)) if r.kind == "division" and _CONTENTS.match(b.text))
        """The cover table, the declaration and the reference list: the learner's, but no criterion's answer
        (nor is a contents list's heading, whose "Contents" would match "the content of a contract")."""
        self._terms: list[Counter | None] = [None] * len(self.blocks)

    def own(self, i: int) -> bool:
        """Block ``i`` is the learner's writing, to be matched."""
        role = self.roles[i]
        if i in self.skip or role.kind in ("prompt", "contents") or i in self.boilerplate:
            return False
        return role.kind != "label" or (role.level == PSEUDO and self.words[i] - self.pasted[i] > 14)

    def passage(self, start: int, end: int, heading: str = "") -> Passage:
        return Passage(self.blocks[start:end], heading, tuple(self.own(i) for i in range(start, end)))

    def terms(self, start: int, end: int) -> Counter:
        """The learner's words in blocks ``start:end``, as counted terms (each block tokenised once)."""
        total: Counter = Counter()
        for i in range(start, end):
            if self.own(i):
                if self._terms[i] is None:
                    self._terms[i] = Counter(tokens(self.blocks[i].text))
                total.update(self._terms[i])
        return total

    def own_words(self, start: int, end: int) -> int:
        return sum(self.words[i] - self.pasted[i] for i in range(start, end) if self.own(i))

    def labelled(self, cuts: frozenset[int] = frozenset()) -> list[Labelled]:
        """Every labelled answer; one runs on no further than a ``cut`` (where a pointer
        says another criterion's evidence starts)."""
        found = []
        ends: dict[int, tuple[int, int]] = {}
        shared: set[int] = set()
        labels = Counter(ref for r in self.roles if r.kind == "label" for ref in r.refs)
        for i in reversed(range(len(self.roles))):
            if self.roles[i].kind != "label":
                continue
            strict, end = label_end(self.roles, i, self.words)
            end = min([end, *(c for c in cuts if c > i)])
            strict = min(strict, end)
            if (strict == i + 1 and i + 1 in ends and i + 1 not in shared and self._pasted_question(i)
                    and self._pasted_question(i + 1) and self.own_words(i + 1, ends[i + 1][0])
                    and all(labels[ref] == 1 for ref in self.roles[i].refs)):
                # "Q9 Give two examples of personal things… (6 marks)" straight over "Q10 … practical things… (6 marks)"
                # and the one answer to both: the question above shares it (one question only, and only where the
                # learner labels it nowhere else)
                strict, end = ends[i + 1]
                shared.add(i)
            ends[i] = (strict, end)
        for i, role in enumerate(self.roles):
            if role.kind != "label":
                continue
            strict, end = ends[i]
            body_words = self.own_words(i, strict)
            body = self.passage(i + 1, strict) if strict > i + 1 else None
            found.append(Labelled(role.refs, self.passage(i, end, self.blocks[i].text.strip()), body, body_words,
                                  self.own_words(i, end), i in shared))
        for i in range(len(self.blocks)):
            found += self._table_labels(i)
        return found

    def _pasted_question(self, i: int) -> bool:
        """Line ``i`` is a question pasted whole: the criterion's words, its number and at most its marks."""
        extra = self.words[i] - self.pasted[i] - (2 if _MARKS.search(self.blocks[i].text) else 0)
        return self.pasted[i] >= _PASTED and extra <= 0

    def _table_labels(self, i: int) -> list[Labelled]:
        """Answer templates print the AC in a table's first cell, which then labels the table;
        where several rows each open with an AC ("AC 1.1 ... | answer"), each row from its
        label to the next is that criterion's answer, the cells after the label its body."""
        block = self.blocks[i]
        if block.kind != "table" or i in self.skip or "\n" not in block.text:
            return []
        rows = block.text.split("\n")
        starts = [(r, refs) for r, row in enumerate(rows) if (refs := self._cell_label(block, row.split(" | ")[0]))]
        if not starts:
            return []
        found = []
        for n, (r, refs) in enumerate(starts):
            end = starts[n + 1][0] if n + 1 < len(starts) else len(rows)
            label, *rest = rows[r].split(" | ")
            printed = [c for c in rest if c.strip() and not self._learners(block, c)]
            label = " | ".join([label, *printed])  # "1.1 | Prepare a plan ... | answer": the criterion is printed
            mine = [c for c in rest if c.strip() and c not in printed]
            answer = "\n".join([" | ".join(mine), *rows[r + 1:end]]).strip()
            row = None if (r, end) == (0, len(rows)) else r + 1  # the whole table: no row to name
            cells = [Block(block.file, "table", label, block.number, page=block.page, row=row)]
            if answer:
                cells.append(Block(block.file, "table", answer, block.number, page=block.page, row=row))
            body = Passage(tuple(cells[1:]), label) if answer else None
            found.append(Labelled(refs, Passage(tuple(cells), label[:120], (False, True)[:len(cells)]), body,
                                  len(answer.split()), len(answer.split())))
        return found

    def _learners(self, block: Block, cell: str) -> bool:
        """A cell the learner wrote, not the criterion or a prompt the template prints."""
        return role_of(Block(block.file, "paragraph", cell, block.number), *self.reading).kind == "body"

    def _cell_label(self, block: Block, cell: str) -> tuple[str, ...]:
        role = role_of(Block(block.file, "paragraph", cell, block.number), *self.reading)
        return role.refs if role.kind == "label" else ()

    def sections(self) -> list[tuple[Passage, bool]]:
        """Each unlabelled heading's section (the heading and what it heads), and whether the
        heading is a division ("Learning outcome 2: ...", "Section 3") rather than the learner's own."""
        # a heading opening the document is its title, which names every criterion's topic
        return [(self.passage(a, b, heading), self.roles[a].kind == "division") for a, b, heading in self._sections()
                if a > 0 or self.roles[a].kind == "division"]

    def _sections(self) -> list[tuple[int, int, str]]:
        found = []
        for i, role in enumerate(self.roles):
            if role.kind in ("heading", "division"):
                end = section_end(self.roles, i)
                if end > i + 1:
                    found.append((i, end, self.blocks[i].text.strip()))
        return found

    def units(self) -> list[Unit]:
        """Passages ranked by wording: paragraphs and tables (``single``; a paragraph's
        neighbours are noted, to make pairs of), groups of short paragraphs, short sections."""
        found: list[Unit] = []
        # a short section under a styled sub-heading of the learner's own ("Barriers"), or one
        # typed as a line ("A1 Why mentoring", "What did we agree?"), is one answer, as a
        # paragraph is: it, not each of its paragraphs, is matched whole
        leaves = [(a, b, h) for a, b, h in self._sections()
                  if (self.roles[a].reliable or self.roles[a].level == PSEUDO) and PARAGRAPH_WORDS <= self.own_words(a, b) <= SECTION_WORDS
                  and all(self.roles[k].level is None for k in range(a + 1, b))]
        inside = {k for a, b, _ in leaves for k in range(a, b)}
        found += [Unit(self, a, b, True, heading) for a, b, heading in leaves]
        previous: Unit | None = None
        for start, end in self._paragraphs():
            block = self.blocks[start]
            if not self.own(start) or self.roles[start].level is not None:
                previous = None
                continue
            offered = (self.own_words(start, end) >= PARAGRAPH_WORDS and not self._title_line(start, end)
                       and start not in self.titles)  # a line the learner typed as a title heads, not answers
            if block.kind == "table" or offered:
                unit = Unit(self, start, end, start not in inside)
                if previous is not None and previous.end == start:
                    unit.before, previous.after = previous, unit
                found.append(unit)
                previous = unit if block.kind != "table" else None
            else:
                previous = None
        found += [Unit(self, a, b, False) for a, b in self._groups()]
        found += [Unit(self, a, b, False, heading) for a, b, heading in self._sections()
                  if self.own_words(a, b) <= SECTION_WORDS and (a, b, heading) not in leaves]
        return [u for u in found if u.terms]

    def titled(self, start: int) -> bool:
        """Block ``start`` stands right under a line of the learner's own that heads it: a typed
        title or a heading that labels nothing."""
        before = start - 1
        if before < 0 or not self.own(before) or self.blocks[start].kind == "table":
            return False
        return before in self.titles or self.roles[before].kind == "heading"

    def whole(self, start: int, end: int) -> bool:
        """The section of the document's title: all of it, which answers no one criterion."""
        return start <= 1 and end == len(self.blocks)

    def _paragraphs(self) -> list[tuple[int, int]]:
        """Each paragraph as (start, end): a PDF paragraph broken by a page break is one,
        and so is a short paragraph with the table it introduces ("My plan is below.")."""
        runs: list[tuple[int, int]] = []
        for i, block in enumerate(self.blocks):
            if runs and (self._continues(i) or self._introduces(runs[-1], i)):
                runs[-1] = (runs[-1][0], i + 1)
            else:
                runs.append((i, i + 1))
        return runs

    def _title_line(self, start: int, end: int) -> bool:
        """A short line that ends no sentence, standing between sentences ("Mentoring in a
        contact centre – Priya Shah"): a title typed as a paragraph, which names the topic of
        every criterion and answers none. (Lines of a hard-wrapped paragraph run into each other;
        a PDF's short lines are read as headings already, and its lines may each be a block.)"""
        block = self.blocks[start]
        if end - start != 1 or self.words[start] >= TITLE_WORDS or block.kind == "table" or block.page is not None:
            return False
        if self.blocks[start].text.rstrip().endswith(_SENTENCE_END):
            return False
        before = self.blocks[start - 1].text.rstrip() if start else ""
        after = self.blocks[end].text.lstrip() if end < len(self.blocks) else ""
        return (not before or before.endswith(_SENTENCE_END)) and not after[:1].islower()

    def _introduces(self, run: tuple[int, int], i: int) -> bool:
        start, end = run
        return (self.blocks[i].kind == "table" and end == i and self.blocks[start].kind == "paragraph"
                and self.own(start) and self.own(i) and sum(self.words[start:end]) < INTRO_WORDS)

    def _continues(self, i: int) -> bool:
        block, before = self.blocks[i], self.blocks[i - 1]
        if i - 1 in self.run_on:
            return True
        if block.page is None or before.page is None or block.page != before.page + 1:
            return False
        if block.kind != "paragraph" or before.kind != "paragraph" or self.roles[i].kind != "body":
            return False
        return block.text[:1].islower() or not before.text.rstrip().endswith((".", "!", "?", ":", "”", '"', ")"))

    def _groups(self) -> list[tuple[int, int]]:
        """Runs of consecutive paragraphs between headings and tables, to a readable length."""
        found: list[tuple[int, int]] = []
        run: list[int] = []
        words = 0
        for i, block in enumerate(self.blocks):
            if block.kind == "table" or self.roles[i].level is not None or i in self.skip or self._title_line(i, i + 1):
                if len(run) > 1:
                    found.append((run[0], run[-1] + 1))
                run, words = [], 0
                continue
            if run and block.page is not None and self.blocks[run[-1]].page != block.page and words >= GROUP_WORDS // 2:
                found.append((run[0], run[-1] + 1))
                run, words = [], 0
            run.append(i)
            words += self.words[i]
            if words >= GROUP_WORDS:
                if len(run) > 1:
                    found.append((run[0], run[-1] + 1))
                run, words = [], 0
        if len(run) > 1:
            found.append((run[0], run[-1] + 1))
        return found


class Unit:
    """A passage ranked by wording, with its counted terms."""

    def __init__(self, outline: Outline, start: int, end: int, single: bool, heading: str = ""):
        self.outline, self.start, self.end, self.single, self.heading = outline, start, end, single, heading
        self.terms = outline.terms(start, end)
        role = outline.roles[start]
        if heading and outline.own(start) and (role.reliable or role.level == PSEUDO):
            # the learner's own sub-heading (styled, or typed as a line) says what the section
            # answers: its words count twice (a PDF's guessed heading may be any short line)
            self.terms = self.terms + Counter(tokens(outline.blocks[start].text))
        elif single and not heading and outline.titled(start):
            # a paragraph under the learner's own short line ("Things that get in the way"): the
            # line says what the paragraph is about, as a sub-heading would
            self.terms = self.terms + outline.terms(start - 1, start)
        self.whole = outline.whole(start, end)
        self.before: Unit | None = None
        self.after: Unit | None = None
        """The paragraphs either side, for an answer that runs over two."""

    @cached_property
    def passage(self) -> Passage:
        return self.outline.passage(self.start, self.end, self.heading)

    def pair(self, other: Unit) -> Unit:
        first, second = (self, other) if self.start < other.start else (other, self)
        return Unit(self.outline, first.start, second.end, False)


def _runs_on(blocks: tuple[Block, ...], found: list[Role]) -> frozenset[int]:
    """A short line a PDF reader took for a heading ("I use Clutterbuck's stages, which")
    whose next block, on the same page, opens in lower case ("match the training contract
    well: ..."): the first line of a paragraph, which a heading never runs into."""
    return frozenset(i for i in range(len(blocks) - 1)
                     if found[i].kind == "heading" and not found[i].reliable and blocks[i].page is not None
                     and blocks[i + 1].kind == "paragraph" and blocks[i + 1].page == blocks[i].page
                     and blocks[i + 1].text[:1].islower() and found[i + 1].kind == "body")
