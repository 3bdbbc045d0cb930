"""The numbers a learner writes to say what a piece of text answers, read from its start.

"AC 1.1", "Task 2.3:", "Criterion 2.1 –", "2.2)", and several at once: "AC 2.1, 2.3 and
2.5", "Task 1.3 and 1.4", "1.1 – 1.3", "Q1.4", "LO2 AC3". In marked units answers are numbered questions:
"7.", "Q14.", "Question 17 –", "3c and 3d", "Questions 9 and 10". Contents lines ("AC 1.1
Mentoring plan ........ 4") name a label too, but they are pointers, not answers.
"""

from __future__ import annotations

import re

_PREFIX = r"(?:task|ac|assessment\s+criteri(?:on|a)|criteri(?:on|a)|section|questions?|q)\s*\.?\s*"
CRITERION = re.compile(rf"^\s*(?:{_PREFIX})?(\d{{1,2}}\.\d{{1,2}})(?!\.?\d)\s*(?:[.):\-–—,&/+]|\s|$)", re.IGNORECASE)
"""A criterion label opening a line; group 1 is the first ref."""
_MORE_CRITERIA = re.compile(rf"\s*(,|&|/|\+|and|to|-|–|—|(?<=\s))\s*(?:{_PREFIX})?(\d{{1,2}}\.\d{{1,2}})(?!\.?\d)", re.IGNORECASE)

QUESTION = re.compile(r"^\s*(?:(questions?|q)\s*\.?\s*)?(\d{1,2})([a-z]?)(?![\w]|\.\d)", re.IGNORECASE)
"""A question label opening a line: ``Q14.``, ``Question 7``, ``3c``, ``8)``."""
_MORE_QUESTIONS = re.compile(r"\s*(,|&|/|\+|and|to)\s*(?:q(?:uestions?)?\s*\.?\s*)?(\d{1,2})([a-z]?)(?![\w])", re.IGNORECASE)
_BARE_LABEL_END = re.compile(r"\s*(?:[.):\-–—](?:\s|$)|$|\s+(?:and|&|,)\s*\d|\s+[A-Z(\'\"‘“])")
_QUANTITY = re.compile(r"\s*(?:mins?|minutes?|hours?|hrs?|years?|days?|weeks?|months?|%|sessions?|people|pupils|"
                       r"students?|staff|times?|out\s+of|of\b)", re.IGNORECASE)
_RANGE = ("to", "-", "–", "—")

CONTENTS_LINE = re.compile(r"^(?P<title>.+?)(?:\s*(?:\.\s?){3,}|\s*…+|\t+)\s*(?P<page>\d{1,3})\s*$")
"""A contents entry: a title, leader dots or a tab, and a page number."""


_OUTCOME_AC = re.compile(r"\s*(?:learning\s+outcome|lo)\s*(\d{1,2})\s*[,.:/\-–]?\s*(?:ac|criteri(?:on|a))\s*\.?\s*(\d{1,2})(?![.\d])",
                         re.IGNORECASE)
"""An outcome and a criterion numbered apart: "LO2 AC3" is criterion 2.3."""


_PART = re.compile(rf"^\s*(?:task|section|part|unit)\s*\d{{1,3}}\s*[:.\-–—)]?\s*(?=(?:{_PREFIX})\d{{1,2}}\.\d)", re.IGNORECASE)
"""A part's number before the criterion's: "Task 1 – AC 1.1" is criterion 1.1."""


def criterion_refs(text: str) -> list[str]:
    """The criteria a line opens with: ``"AC 2.1, 2.3 and 2.5 ..."`` -> ``["2.1", "2.3", "2.5"]``."""
    if _OUTCOME_AC.match(text):
        text = _OUTCOME_AC.sub(lambda m: f"AC {m.group(1)}.{m.group(2)}", text, count=1)
    text = _PART.sub("", text, count=1)
    match = CRITERION.match(text)
    if not match:
        return []
    refs = [match.group(1)]
    position = match.end(1)
    while more := _MORE_CRITERIA.match(text, position):
        joiner, ref = more.group(1).lower(), more.group(2)
        (lo, a), (lo2, b) = refs[-1].split("."), ref.split(".")
        if joiner in _RANGE and lo == lo2 and int(a) < int(b) <= int(a) + 20:
            refs += [f"{lo}.{n}" for n in range(int(a) + 1, int(b) + 1)]
        else:
            refs.append(ref)
        position = more.end()
    return list(dict.fromkeys(refs))


TAG_WORDS = 12
"""A tag line is short: "Links to: AC 1.2"; a bracketed tag may open a paragraph of any length."""
TITLE_WORDS = 24
"""A heading that ends with its criteria in brackets may be long: "3. Potential barriers to mentoring new kitchen
staff and how I would overcome them (AC 1.3 & 1.4)", so long as it is one sentence (a paragraph's tag stays short)."""
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+")
_TAG_CUE = (r"(?:(?:links?|linked|relates?|relating|mapped|maps|refers?)\s+to|covers?|covering|evidences?|"
            r"evidence\s+for|addresses|(?:criteria|acs?)\s+(?:covered|met|addressed|evidenced))")
_LEADING_TAG = re.compile(rf"^\s*(?:this\s+(?:entry|section|page|part|answer)\s+)?{_TAG_CUE}\s*:?\s*(?=(?:{_PREFIX})?\d)", re.IGNORECASE)
_NAMED = r"((?:ac|assessment\s+criteri|criteri)[^()\[\]]*?)"
_OPENING_BRACKET = re.compile(rf"^\s*[(\[]\s*(?:{_TAG_CUE}\s*:?\s*)?{_NAMED}[)\]]", re.IGNORECASE)
_CLOSING_BRACKET = re.compile(rf"[(\[]\s*(?:{_TAG_CUE}\s*:?\s*)?{_NAMED}[)\]]\s*\.?\s*$", re.IGNORECASE)


_BARE_REFS = r"(\d{1,2}\.\d{1,2}(?:\s*(?:,|&|/|and|to|-|–|—)\s*\d{1,2}\.\d{1,2})*)"
_BARE_CLOSING = re.compile(rf"[(\[]\s*{_BARE_REFS}\s*[)\]]\s*\.?\s*$")
""""Question 3: Barriers … (1.3 and 1.4)": a title's own criteria in brackets with no "AC" (a title only: in a
sentence "(see 1.2)" points elsewhere)."""
_TITLED_TAG = re.compile(rf"^\s*[A-Z][\w'’]*(?:\s+[\w'’]+){{0,3}}\s*[(\[]\s*(?:ac\s*)?{_BARE_REFS}\s*[)\]]\s*[:–—]\s",
                         re.IGNORECASE)
""""Goals (3.2): …": a paragraph that opens with a word or two of its own title and its criterion, then a colon."""
_TASK_OPENS = re.compile(r"^\s*(?:task|question|activity)\s*\d{1,2}\s*(?:\(?[a-z]\)|[a-z]\b)?", re.IGNORECASE)
_BRACKETED = re.compile(rf"[(\[]\s*{_NAMED}[)\]]", re.IGNORECASE)
_BARE_BRACKETED = re.compile(rf"[(\[]\s*{_BARE_REFS}\s*[)\]](?=\s|$)")
_TASK_WORDS = 80
"""A template's task line gives its criterion in brackets after the task's wording, before the answer."""


def tagged_refs(text: str, title: bool = False) -> list[str]:
    """The criteria a tag names: learners writing dated entries or their own titles tag each
    with what it answers ("Links to: AC 1.2", "Tuesday 27 January (criteria 1.2 and 2.1)", or
    "(AC 1.2) My strengths ..." opening the answer)."""
    opening = _OPENING_BRACKET.match(text)
    if opening:
        return criterion_refs(opening.group(1))
    if titled := _TITLED_TAG.match(text):
        return criterion_refs(titled.group(1))  # "Goals (3.2): I wanted to check …" opening an answer
    if _TASK_OPENS.match(text) and (said := _BRACKETED.search(" ".join(text.split()[:_TASK_WORDS]))):
        return criterion_refs(said.group(1))  # "Task 2 (c) Describe how … (AC 2.3) Learner response …"
    if _TASK_OPENS.match(text) and (said := _BARE_BRACKETED.search(" ".join(text.split()[:TITLE_WORDS]))):
        return criterion_refs(said.group(1))  # "Question 2: How mentoring will help … (1.2) Mentoring …" run together
    words = len(text.split())
    if words > (TITLE_WORDS if title else TAG_WORDS):
        return []
    leading = _LEADING_TAG.match(text) if words <= TAG_WORDS else None
    if leading:
        return criterion_refs(text[leading.end():])
    closing = _CLOSING_BRACKET.search(text)
    if closing and words > TAG_WORDS and _SENTENCE_BREAK.search(_LIST_NUMBER.sub("", text[:closing.start()], count=1)):
        return []  # a paragraph's closing tag, not a title's
    if closing is None and title and (bare := _BARE_CLOSING.search(text)):
        return criterion_refs(bare.group(1))
    return criterion_refs(closing.group(1)) if closing else []


_CODE = re.compile(r"^\s*(?:(part|section|task|question|activity)\b\s*)?"
                   r"([a-z]{0,2}\d{1,2}[a-z]?(?:\s*\([a-z0-9]{1,3}\))?|[a-z](?:\s*\([a-z0-9]{1,3}\))?)"
                   r"(?!\.\d)(?=\s|[.:)\-–—]|$)", re.IGNORECASE)


def own_code(text: str) -> str | None:
    """The number a learner gives a part of their work, as they open its heading or name it in a
    mapping table: "A1", "D(a)", "Part B", "Section 2(b)". A lone letter or number counts only
    after "Part" and the like ("A model to follow" opens with a word, "12 May" with a date)."""
    match = _CODE.match(text)
    if not match:
        return None
    word, code = match.group(1), re.sub(r"\s+", "", match.group(2).lower())
    if not word and not (re.search(r"[a-z]", code) and re.search(r"\d|\(", code)):
        return None  # a bare number is a page, a date or a list item; a bare letter a word
    return f"{(word or '').lower()} {code}".strip()


_MAPPED = re.compile(r"^[\s|:=→>\-–—]*(?:(?:ac|assessment\s+criteria|criteria|criterion|covers?)\s*:?\s*)?"
                     r"(\d{1,2}\.\d{1,2}(?:\s*(?:,|&|/|\+|and|to|-|–|—)\s*(?:ac\s*)?\d{1,2}\.\d{1,2})*)\s*$",
                     re.IGNORECASE)


def mapping_line(text: str) -> tuple[str, list[str]] | None:
    """A line pairing the learner's own part number with the criteria it answers, and nothing
    else: ("A1", ["1.1"]) for "A1 1.1", "Part B: 2.1 – 2.3" -> ("Part B", ["2.1", "2.2", "2.3"])."""
    code = _CODE.match(text)
    if not code or own_code(text) is None:
        return None
    rest = _MAPPED.match(text[code.end():])
    return (code.group(0).strip(), criterion_refs(rest.group(1))) if rest else None


def same_code(a: str | None, b: str | None) -> bool:
    """"Section 2(b)" names the heading "2(b) Contracting": the word may be left out either side."""
    if a is None or b is None:
        return False
    return a == b or (a.split()[-1] == b.split()[-1] and own_code(a.split()[-1]) is not None)


def question_refs(text: str) -> list[str]:
    """The questions a line opens with: ``"Questions 9 and 10"`` -> ``["9", "10"]``.

    A bare number must look like a label, not a quantity: "20 minutes." opens no answer.
    """
    match = QUESTION.match(text)
    if not match:
        return []
    prefixed, number, letter = bool(match.group(1)), match.group(2), match.group(3).lower()
    after = text[match.end():]
    if not prefixed and (not _BARE_LABEL_END.match(after) or _QUANTITY.match(after)):
        return []
    refs = [number + letter]
    position = match.end()
    while more := _MORE_QUESTIONS.match(text, position):
        joiner, n, more_letter = more.group(1).lower(), more.group(2), more.group(3).lower()
        if joiner == "to" and not letter and not more_letter and int(number) < int(n) <= int(number) + 20:
            refs += [str(k) for k in range(int(number) + 1, int(n) + 1)]
        else:
            refs.append(n + more_letter)
        position = more.end()
    return list(dict.fromkeys(refs))


def refs_in_heading(text: str) -> set[str]:
    """Every criterion a heading names anywhere: "Section 1 Planning (AC 1.1, 1.2 and 1.3)"."""
    found = set(re.findall(r"(?<![\d.])(\d{1,2}\.\d{1,2})(?![\d])", text))
    for lo, a, b in re.findall(r"(\d{1,2})\.(\d{1,2})\s*(?:-|–|—|to)\s*(?:\1\.)?(\d{1,2})\b", text):
        if int(a) < int(b) <= int(a) + 20:
            found.update(f"{lo}.{n}" for n in range(int(a), int(b) + 1))
    return found


def contents_entry(text: str) -> tuple[str, int] | None:
    """``("AC 1.1 Mentoring plan", 4)`` for a contents line, else None."""
    if len(text) > 200 or "\n" in text:
        return None
    match = CONTENTS_LINE.match(text.strip())
    if not match or len(match.group("title").split()) > 15:
        return None
    return match.group("title").strip(" .…\t"), int(match.group("page"))
