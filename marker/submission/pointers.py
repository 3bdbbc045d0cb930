"""Pointers to evidence: evidence matrix rows, contents entries and "see Appendix 3".

A pointer is never evidence itself. It names a place — a file ("File 03", "E2", "the
diary"), a page ("p. 4", "pp. 4–5"), a heading ("Session records 1 to 3", "Appendix 3",
"Reflective account AC 2.2") — and the place it names is offered instead, with the
pointer as the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marker.submission.labels import contents_entry, criterion_refs, mapping_line, question_refs, refs_in_heading
from marker.submission.model import Block

REFERENCE = re.compile(
    r"\b(?:see|in|at|under|refer\s+to|provided\s+(?:in|as)|included\s+(?:in|as)|attached\s+(?:as|in)|shown\s+in)\s+"
    r"(?:the\s+)?(?:(?:appendix|appendices|annex|attachment|enclosure|evidence|file|document|doc)\s*[A-Z0-9]{1,3}\b"
    r"|(?:pp?\.|pages?)\s*\d{1,3}\b|my\s+[a-z ]{3,40}?(?:log|diary|record|records|plan|notes|agreement|contract)"
    r"|(?:additional|further|extra)\s+notes\b)",
    re.IGNORECASE,
)
"""A sentence that sends the reader elsewhere: "see Appendix 3", "is in my mentoring diary", "in the Additional notes"."""
_PAGES = re.compile(r"\b(?:pp?\.?|pages?)\s*(\d{1,3})(?:\s*(?:-|–|—|to|&|and)\s*(\d{1,3}))?", re.IGNORECASE)
_FILE = re.compile(r"\b(?:file|doc(?:ument)?|evidence|e)\s*\.?\s*0*(\d{1,2})\b", re.IGNORECASE)
_APPENDIX = re.compile(r"\b(appendix|annex|attachment|enclosure)\s*([A-Z0-9]{1,3})\b", re.IGNORECASE)
_NUMBERS = re.compile(r"\b(\d{1,2})(?:\s*(?:-|–|to)\s*(\d{1,2}))?\b")


@dataclass(frozen=True)
class Pointer:
    """A place named as holding the evidence for some targets."""

    refs: tuple[str, ...]
    """The targets it is the evidence for (``"2.1"``, ``"q7"``)."""
    text: str
    """What it names, as the learner wrote it ("Session records 1 to 3 | Diary p. 4")."""
    source: Block
    """Where the pointer is written."""
    kind: str
    """``evidence matrix``, ``mapping table``, ``contents`` or ``reference``."""


def matrix_pointers(block: Block, known: set[str], questions: bool) -> list[Pointer]:
    """A table whose rows each name a criterion and where its evidence is."""
    if block.kind != "table":
        return []
    rows = [row.split(" | ") for row in block.text.split("\n")]
    found: list[Pointer] = []
    contents = _is_contents(rows)
    for cells, refs, rest in _criterion_rows(rows, known, questions, contents):
        if rest and names_a_place(" ".join(rest)):
            if contents:  # the title names the place; the last cell is its page
                title = cells[0] + "".join(f" p. {c.strip()}" for c in rest if c.strip().isdigit())
                found.append(Pointer(tuple(refs), title, block, "contents"))
            else:
                found.append(Pointer(tuple(refs), " | ".join(c for c in rest if c.strip()), block, "evidence matrix"))
    distinct = {r for p in found for r in p.refs}
    return found if len(found) >= 2 and len(distinct) >= 2 else []


def mapping_pointers(blocks: tuple[Block, ...], known: set[str], questions: bool) -> dict[int, Pointer]:
    """Lines pairing the learner's own part numbers with criteria ("A1 1.1", "Part B: 2.1 – 2.3"),
    as a PDF reads a mapping table: two or more of them make the mapping, by block index."""
    if questions:
        return {}
    found = {}
    for i, block in enumerate(blocks):
        mapped = mapping_line(block.text) if block.kind != "table" and len(block.text) <= 80 else None
        refs = tuple(r for r in mapped[1] if r in known) if mapped else ()
        if mapped and refs:
            found[i] = Pointer(refs, mapped[0], block, "mapping table")
    return found if len(found) >= 2 else {}


ANSWER_WORDS = 15
"""A criterion's row holding this many words that name no place holds the learner's answer."""


def holds_answers(block: Block, known: set[str], questions: bool) -> bool:
    """Some criterion rows of the table answer in the row itself: an answer template whose other
    rows say "See Appendix 1", not a matrix of pointers. Its rows are answers, read as labelled."""
    if block.kind != "table":
        return False
    rows = [row.split(" | ") for row in block.text.split("\n")]
    for _, _, rest in _criterion_rows(rows, known, questions, _is_contents(rows)):
        text = " ".join(rest)
        if len(text.split()) >= ANSWER_WORDS and not names_a_place(text):
            return True
    return False


def _is_contents(rows: list[list[str]]) -> bool:
    return bool(rows) and any(re.fullmatch(r"\s*page\s*(?:no\.?|number)?\s*", c, re.IGNORECASE) for c in rows[0])


def _criterion_rows(rows: list[list[str]], known: set[str], questions: bool, contents: bool):
    """Each row that names criteria: (its cells, the refs, the other cells)."""
    for cells in rows:
        refs: list[str] = []
        rest: list[str] = []
        for cell in cells:
            named = _refs(cell, known, questions) or (sorted(r for r in refs_in_heading(cell) if r in known)
                                                       if contents and not questions else [])
            if named and not refs:
                refs = named
            else:
                rest.append(cell)
        if refs:
            yield cells, refs, rest


_PLACE_WORDS = re.compile(
    r"\b(?:pp?\.?\s*\d|pages?\s*\d|appendix|annex|file|doc|e\d{1,2}|section|diary|log|records?|account|plan|"
    r"evidence|notes?|report|form|sheet|questionnaire|agreement|contract|reflective|statement|witness|observation)\b",
    re.IGNORECASE)


def names_a_place(text: str) -> bool:
    """A matrix cell names where evidence is ("Session log, p. 4", "E3"); a learner's short
    answer typed into a two-column table ("I met her weekly in the library") does not."""
    words = len(text.split())
    return words <= 30 and (words <= 4 or bool(_PLACE_WORDS.search(text)))


def contents_pointer(block: Block, known: set[str], questions: bool) -> Pointer | None:
    """A contents line ("AC 1.1 Mentoring plan ........ 4") that names a criterion; without a
    page number ("AC 1.1 Mentoring plan" in a list of such lines) it names the heading."""
    entry = contents_entry(block.text)
    if entry is None:
        refs = _refs(block.text, known, questions)
        title = _LEADING_LABEL.sub("", block.text).strip(" .:-–—")
        return Pointer(tuple(refs), title, block, "contents") if refs and title else None
    title, page = entry
    refs = _refs(title, known, questions) or sorted(r for r in refs_in_heading(title) if r in known)
    return Pointer(tuple(refs), f"{title} p. {page}", block, "contents") if refs else None


_LEADING_LABEL = re.compile(
    r"^\s*(?:(?:ac|task|criteri(?:on|a)|q(?:uestions?)?)\s*\.?\s*)?\d{1,2}(?:\.\d{1,2}|[a-z])?"
    r"(?:\s*(?:,|&|/|and|to|-|–)\s*\d{1,2}(?:\.\d{1,2}|[a-z])?)*\s*[.):\-–—]?\s*", re.IGNORECASE)


def _refs(text: str, known: set[str], questions: bool) -> list[str]:
    text = re.sub(r"^\s*(?:AC|criteri(?:on|a))\s*", "", text.strip(), flags=re.IGNORECASE)
    if questions:
        return [f"q{r}" for r in question_refs(text) if f"q{r}" in known]
    return [r for r in criterion_refs(text) if r in known]


@dataclass(frozen=True)
class Place:
    """What a pointer's text names, taken apart."""

    words: str
    """The title left once pages and files are taken out ("Session records 1 to 3")."""
    pages: tuple[int, ...]
    files: tuple[int, ...]
    appendix: str | None
    numbers: frozenset[int]
    """Numbers in the title, ranges expanded ("1 to 3" -> 1, 2, 3)."""


def place(text: str) -> Place:
    pages: list[int] = []
    for first, last in _PAGES.findall(text):
        a, b = int(first), int(last or first)
        pages += list(range(a, b + 1)) if a <= b <= a + 30 else [a]
    files = [int(n) for n in _FILE.findall(text)]
    appendix = _APPENDIX.search(text)
    words = _FILE.sub(" ", _PAGES.sub(" ", text))
    numbers: set[int] = set()
    for first, last in _NUMBERS.findall(words):
        a, b = int(first), int(last or first)
        numbers.update(range(a, b + 1) if a <= b <= a + 30 else [a])
    if re.search(r"\d\s*(?:,|and|&)\s*\d", words):
        numbers.update(int(n) for n in re.findall(r"\b\d{1,2}\b", words))
    return Place(words, tuple(pages), tuple(files),
                 f"{appendix.group(1).lower()} {appendix.group(2).lower()}" if appendix else None, frozenset(numbers))
