"""What each block of a document is, structurally, and where each labelled answer ends.

A block is a heading (with a level), a label (it says which criteria or questions the
text after it answers: a number, or the criterion's own wording pasted above the answer),
a division (a learning outcome, section, appendix or references heading), a prompt (the
rubric's guidance or a template's printed wording), a contents entry, or the learner's
own text. Word and Markdown give heading levels; a PDF's "headings" are guesses from
short lines, so there only labels and divisions end an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from marker.submission.labels import contents_entry, criterion_refs, own_code, question_refs, refs_in_heading, tagged_refs
from marker.submission.model import Block
from marker.submission.wording import Wording

_SENTENCE_END = (".", "!", "?", ";", ",")
PSEUDO = 9
"""The level of a label typed in body text: below any styled heading."""
PASTED_DIVISION = 8
"""A learning outcome or section title typed in body text: above pseudo-labels."""
THIN = 25
"""Fewer of the learner's words than this under a label is no answer yet ("see below")."""

DIVISION = re.compile(
    r"^\s*(?:(?:section|part|unit|learning\s+outcome|lo|appendix|annex|task)\s*[0-9A-Z]{1,3}\b"
    r"|(?:references|bibliography|appendices|(?:table\s+of\s+)?contents|sources)\s*:?\s*$)",
    re.IGNORECASE,
)
"""A heading above the answers: a section, learning outcome, appendix, references."""


@dataclass(frozen=True)
class Role:
    """One block's part in the document's structure."""

    kind: str
    """``heading``, ``label``, ``division``, ``prompt``, ``contents`` or ``body``."""
    level: int | None = None
    """Heading level (1 highest); None for body text."""
    refs: tuple[str, ...] = ()
    """The targets a label introduces (``"1.1"``, ``"q7"``)."""
    reliable: bool = True
    """The level comes from a style (Word, Markdown), not a guess (PDF)."""


BODY = Role("body")


def roles(blocks: tuple[Block, ...], known: set[str], wording: Wording, questions: bool) -> list[Role]:
    """The role of every block; ``known`` holds the target refs of the rubric."""
    found = [role_of(block, known, wording, questions) for block in blocks]
    if questions:
        _drop_list_numbers(blocks, found, wording)
    else:
        _own_numbering(blocks, found, known, wording)
        _brief_as_labels(blocks, found)
    _listed_labels(blocks, found)
    _paged_lines(blocks, found)
    _question_headings(blocks, found)
    return found


TITLE_WORDS = 10
"""A title typed as a line of its own is at most this long."""


def _short_line(text: str) -> bool:
    text = text.strip()
    return 0 < len(text.split()) <= TITLE_WORDS and not text.endswith(_SENTENCE_END + (":",))


def typed_titles(blocks: tuple[Block, ...], found: list[Role]) -> frozenset[int]:
    """A learner who types headings as plain lines ("Mentoring plan", "Session record 3 –
    14 May") still heads what follows: a short line that ends no sentence, standing between
    sentences (or a table) and writing, is a title, for pointers to find. (It stays body text
    for everything else: in an essay such a line heads nothing an assessor would call a part.)"""
    titles: set[int] = set()
    for i in range(len(blocks) - 2, -1, -1):  # from the end: a title above a title heads it too
        block = blocks[i]
        text = block.text.strip()
        if found[i] is not BODY or block.kind != "paragraph" or block.page is not None or not text[:1].isalnum():
            continue
        if not 0 < len(text.split()) <= TITLE_WORDS or text.endswith(_SENTENCE_END + (":",)) or text[:1].islower():
            continue
        after, before = blocks[i + 1], blocks[i - 1] if i else None
        writing = found[i + 1].kind == "heading" or i + 1 in titles or (
            found[i + 1] is BODY and (after.kind == "table" or len(after.text.split()) > TITLE_WORDS))
        apart = before is None or found[i - 1] is not BODY or before.kind == "table" or \
            before.text.rstrip().endswith((".", "!", "?", ")", "”", '"')) or _short_line(before.text)
        if writing and apart:
            titles.add(i)
    return frozenset(titles)


QUESTION_WORDS = 20
"""A question typed as a line of its own, above an answer, is at most this long."""


def _question_headings(blocks: tuple[Block, ...], found: list[Role]) -> None:
    """A learner who words each part as their own question ("What did we agree to work
    towards?") and types it as a plain line above the answer has made it a heading: it
    heads what follows, and is not itself an answer."""
    for i in range(len(blocks) - 1):
        block, after = blocks[i], blocks[i + 1]
        if found[i] is not BODY or block.kind != "paragraph":
            continue
        text = block.text.strip()
        if (text.endswith("?") and len(text.split()) <= QUESTION_WORDS and found[i + 1] is BODY
                and len(after.text.split()) > QUESTION_WORDS and not after.text.rstrip().endswith("?")):
            found[i] = Role("heading", PSEUDO, (), False)


_OWN_TOP = re.compile(r"^\s*(\d{1,2})\.?\s+[A-Za-z]")
"""A heading numbered as the learner's own section: "2. What coaching is"."""
_OWN_SUB = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.?\s+(?=[A-Za-z])")
"""A sub-heading numbered under it: "2.1 What coaching is"."""


def _own_numbering(blocks: tuple[Block, ...], found: list[Role], known: set[str], wording: Wording) -> None:
    """Word numbers a report's headings ("2. What coaching is ..." over "2.1 What coaching is"
    and "2.2 Why the spa needs it"); those numbers clash with criteria. Where a sub-heading
    numbered under its section's number is no criterion of the unit ("4.3", "7.1" in a unit
    whose criteria stop at 4.2), the numbering is the learner's own, and a sub-heading's
    number under its section's says nothing of what it answers; and in a PDF, where a line
    opening with a number is taken for a date or a table row, its sections' titles ("4.
    Barriers") are headings. (A learner who numbers by outcome, "1. Understand coaching" over
    "1.1", "1.2", writes only criteria there.)"""
    nested: list[tuple[int, re.Match]] = []
    tops: list[int] = []
    top = None
    for i, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        if sub := _OWN_SUB.match(block.text):
            if top == sub.group(1):
                nested.append((i, sub))
        elif own := _OWN_TOP.match(block.text):
            top = own.group(1)
            tops.append(i)
    foreign = [m for _, m in nested if f"{int(m.group(1))}.{int(m.group(2))}" not in known]
    outcomes = {ref.split(".")[0] for ref in known if "." in ref}
    if len(foreign) < 2 and not any(m.group(1) not in outcomes for m in foreign):
        return  # one "4.3 Conclusion" after "4.1" and "4.2" is an extra section of a report numbered by outcome
    for i, sub in nested:
        # what the title says without the number ("5.1 Contracting (AC 2.2)" still names 2.2)
        found[i] = role_of(replace(blocks[i], text=blocks[i].text[sub.end():]), known, wording, False)
    for i in tops:
        if found[i] is BODY and blocks[i].page is not None:
            found[i] = Role("heading", 2, (), False)  # "4. Barriers", not a date or a table row in a PDF


def _brief_as_labels(blocks: tuple[Block, ...], found: list[Role]) -> None:
    """A learner may paste the brief's task for a criterion ("Identifying how mentors will
    commence mentoring ...") above their answer instead of the criterion: that line, standing
    straight over their writing, says what follows answers as the criterion's wording would,
    where nothing else in the document labels that criterion. (A template prints its guidance
    under the criterion's own label: the label says it already.)"""
    labelled = {ref for role in found if role.kind == "label" for ref in role.refs}
    for i in range(len(blocks) - 1):
        role, after = found[i], blocks[i + 1]
        if (role.kind == "prompt" and len(role.refs) == 1 and role.refs[0] not in labelled
                and not (i and found[i - 1].kind == "prompt")  # the last of the brief's tasks listed at the top
                and blocks[i].kind != "table" and found[i + 1] is BODY and after.kind != "table"
                and len(after.text.split()) > THIN):
            found[i] = Role("label", PSEUDO, role.refs, False)


LISTED = 3
"""Label lines in a row, each with a title and nothing written under it: a contents list."""


def _listed_labels(blocks: tuple[Block, ...], found: list[Role]) -> None:
    """A contents list typed without page numbers ("AC 1.1 Mentoring plan", "AC 1.2 Agreed
    goals", ...) reads as labels with nothing under them; the answers are under the headings
    they name, further on. A run of such lines not followed by writing is that list.
    (Labels on lines of their own above one answer, "AC 2.1" / "AC 2.2" / "AC 2.3", are followed by it.)"""
    i = 0
    while i < len(found):
        j = i
        while j < len(found) and found[j].kind == "label" and found[j].level == PSEUDO and _titled(blocks[j].text):
            j += 1
        if j - i >= LISTED and (j == len(found) or found[j].kind != "body"):
            for k in range(i, j):
                found[k] = Role("contents", refs=found[k].refs)
        i = max(j, i + 1)


_CONTENTS_HEADING = re.compile(r"(?:table\s+of\s+)?contents(?:\s+page)?[:.]?", re.IGNORECASE)
_PAGED = re.compile(r"^\S.{0,150}?\s\d{1,3}$")
"""A contents line whose leader dots or tab were lost: "4. Barriers 3"."""
_PAGE_HEADER = 3
"""Words of a header line over a contents list's entries ("Section Page")."""


def _paged_lines(blocks: tuple[Block, ...], found: list[Role]) -> None:
    """A contents list that a PDF made lines of, or typed with spaces, loses what marks each
    line an entry ("1. Introduction 1"); under a "Contents" heading, short lines ending in a
    page number are still entries, which name each section's topic and answer none."""
    for i, block in enumerate(blocks):
        if found[i].kind != "division" or not _CONTENTS_HEADING.fullmatch(block.text.strip()):
            continue  # "Appendix 1 Contents of the mentoring sessions" is a plan, whose lines end in minutes
        j = i + 1
        if j < len(blocks) and len(blocks[j].text.split()) <= _PAGE_HEADER and not re.search(r"\d", blocks[j].text):
            j += 1  # "Section Page"
        k = j
        while (k < len(blocks) and blocks[k].kind != "table" and len(blocks[k].text.split()) <= TITLE_WORDS + 5
               and found[k].kind in ("body", "heading") and _PAGED.match(blocks[k].text.strip())):
            k += 1
        if k - j >= LISTED:
            for m in range(i + 1, k):
                found[m] = Role("contents")


def _titled(text: str) -> bool:
    return 2 <= len(text.split()) <= 14

def _drop_list_numbers(blocks: tuple[Block, ...], found: list[Role], wording: Wording) -> None:
    """Questions are answered in rising order; a bare "1." after question 4 is a list item
    in its answer ("Three examples: 1. ... 2. ..."), not question 1. One that goes on with
    that question's own wording ("12) What do you do if a mentee wants help ...", after 13)
    is the question, answered out of order."""
    last = 0
    seen: set[str] = set()
    for i, (block, role) in enumerate(zip(blocks, found)):
        if role.kind != "label" or not role.refs[0][1:].rstrip("abcdefgh").isdigit():
            continue
        number = int(role.refs[0][1:].rstrip("abcdefgh"))
        prefixed = re.match(r"\s*q", block.text, re.IGNORECASE)
        pasted = (number < last and not prefixed and role.refs[0] not in seen  # "3) What are …" in Q18's list, Q3 long done
                  and (quote := wording.quote(block.text)) is not None and quote.kind == "label" and quote.ref in role.refs)
        if number < last and not prefixed and block.kind != "heading" and not pasted:
            found[i] = BODY
        else:
            last = max(last, number)
            seen.update(role.refs)


def role_of(block: Block, known: set[str], wording: Wording, questions: bool) -> Role:
    """The role of one block, read on its own."""
    text = block.text.strip()
    if block.kind == "table" or not text:
        return BODY
    if contents_entry(text):
        return Role("contents")
    guessed = block.page is not None
    words = len(text.split())
    refs = _refs(text, known, questions, styled=block.kind == "heading" and not guessed, title=block.kind == "heading")
    if block.kind == "heading":
        if refs:
            return Role("label", 2 if guessed else (block.level or 1), refs, not guessed)
        if DIVISION.match(text):
            return Role("division", 1 if guessed else (block.level or 1), (), not guessed)
        quote = wording.quote(text)
        if quote and quote.kind == "label" and quote.ref in known:
            return Role("label", 2 if guessed else (block.level or 1), (quote.ref,), not guessed)
        if guessed and text[:1].isdigit():
            return BODY  # a table row or a date that the PDF reader took for a heading
        if quote and quote.kind == "prompt":
            return Role("prompt")
        return Role("heading", 3 if guessed else (block.level or 1), (), not guessed)
    if refs:
        return Role("label", PSEUDO, refs, False)
    if words <= 14 and DIVISION.match(text) and not refs:
        return Role("division", PASTED_DIVISION, (), False)
    if words <= 14 and own_code(text) and not text.endswith(_SENTENCE_END):
        return Role("heading", PSEUDO, (), False)  # "A1 What mentoring is for", typed in body text
    quote = wording.quote(text) if words <= 150 else None
    if guessed and (quote is None or quote.kind == "prompt"):  # only a PDF runs lines together
        opening = tuple(r for r in wording.opening_labels(text) if r in known)
        if opening:  # "Describe the purpose of ... context In our surgeries coaching means ..."
            return Role("label", PSEUDO, opening, False)
    if quote is None and not guessed and words <= JOINED_WORDS:
        joined = _joined_labels(text, known, wording)
        if joined:  # "Explain the roles … of an effective mentor and also Identify the skills … mentor"
            return Role("label", PSEUDO, joined, False)
    if quote is None:
        return BODY
    if quote.kind == "label" and quote.ref in known:
        return Role("label", PSEUDO, (quote.ref,), False)
    if quote.kind == "division":
        return Role("division", PASTED_DIVISION, (), False)
    return Role("prompt", refs=(quote.ref,) if quote.ref else ())


JOINED_WORDS = 60
"""Two criteria's wording joined on one line is at most this long."""


def _joined_labels(text: str, known: set[str], wording: Wording) -> tuple[str, ...]:
    """A line that is nothing but two or more criteria's wording joined ("… and also …"),
    pasted above one answer to them all, labels each; it is mostly neither one, so it reads
    as no one criterion's copy (a PDF runs such a line into the answer: read above)."""
    if not wording.opens_as_wording(text):
        return ()  # "This report will describe … and explain …": the learner's own aim, in the criteria's words
    joined = tuple(r for r in wording.joined_labels(text) if r in known)
    return joined if len(joined) >= 2 else ()


def _refs(text: str, known: set[str], questions: bool, styled: bool, title: bool = False) -> tuple[str, ...]:
    if questions:
        found = [f"q{r}" for r in question_refs(text)]
    else:
        found = criterion_refs(text) or tagged_refs(text, title)
        if styled:  # a styled heading names its criteria anywhere: "Section 1 (AC 1.1, 1.2 and 1.3)"
            found += sorted(refs_in_heading(text) - set(found))
    return tuple(r for r in found if r in known)


def label_end(roles_: list[Role], start: int, words: list[int]) -> tuple[int, int]:
    """Where the answer labelled at ``start`` ends: (strict end, end).

    Strictly, at the next label for other targets or the next heading of the same or a
    higher level (in a PDF, whose levels are guesses, at the next heading of any kind).
    The answer runs on past that heading to the next label, division or higher heading
    when it is unlabelled and either the strict part left almost nothing (a learner who
    styles "Session 1" like "2a Mentoring sessions") or its level is only a guess (a PDF's
    sub-headings look like its headings).
    """
    own = roles_[start]
    level = own.level or PSEUDO
    strict = _next_stop(roles_, start, level, any_heading=not own.reliable)
    # a long labelled paragraph ("1.1 A mentor is ...") is itself part of the answer
    body = (words[start] if own.level == PSEUDO and words[start] > 14 else 0)
    body += sum(words[i] for i in range(start + 1, strict) if roles_[i].kind == "body")
    if strict >= len(roles_) or roles_[strict].kind != "heading":
        return strict, strict
    stop = roles_[strict]
    if not stop.reliable or (body < THIN and stop.reliable and own.reliable and stop.level == own.level):
        return strict, _next_stop(roles_, start, level - 1, any_heading=False, position=strict + 1)
    return strict, strict


def _next_stop(roles_: list[Role], start: int, level: int, any_heading: bool, position: int | None = None) -> int:
    own = roles_[start]
    for j in range(start + 1 if position is None else position, len(roles_)):
        role = roles_[j]
        if role.kind == "label" and set(role.refs) != set(own.refs):
            return j
        if role.level is None or role.kind in ("prompt", "contents", "label"):
            continue
        if role.kind == "division" or (any_heading and role.kind == "heading"):
            return j
        if role.reliable and (role.level <= level or not own.reliable):
            return j  # a styled heading of this level or above; any, for a label typed in body text
    return len(roles_)


def section_end(roles_: list[Role], start: int) -> int:
    """Where an unlabelled heading's section ends: the next styled heading of its level or
    above (a PDF's guessed heading: the next heading, label or division of any kind)."""
    own = roles_[start]
    for j in range(start + 1, len(roles_)):
        role = roles_[j]
        if role.level is None or role.kind in ("prompt", "contents"):
            continue
        if own.level == PASTED_DIVISION:  # "Section 2 – ..." typed as a line: to the next such line
            if role.kind == "division" or role.reliable:
                return j
        elif not own.reliable or (role.reliable and role.level <= (own.level or PSEUDO)):
            return j
    return len(roles_)
