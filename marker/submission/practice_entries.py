"""Where a learner's diary entries begin, and what their opening lines say about them.

An entry is marked out by a heading ("Session 3 – 14 October", "Week 2 – w/c 13 January"),
by a pasted e-mail's From/To/Sent lines, or by its first paragraph ("Did not go ahead: …").
A log kept as dated lines may give its lengths as bare numbers in brackets, with the learner's
key ("the minutes in brackets are …") or without one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marker.submission.durations import durations_in
from marker.submission.model import Block
from marker.submission.practice_rules import CANCELLED, DATE, date_in, persons_in, session_number
from marker.submission.practice_text import Section

_WHAT_WAS_CANCELLED = re.compile(r"\W*(?:(?:the\s+|this\s+)?(?:session|meeting|it)|(?:mentee|coachee|client)\s+\w+|[A-Z]{1,2}\d?)?"
                                 r"\s*(?:was\s+|were\s+|has\s+been\s+|had\s+to\s+be\s+)?", re.IGNORECASE)


def opens_cancelled(text: str) -> bool:
    """"Did not go ahead: …", "Session cancelled …", "Mentee B did not attend": a paragraph that opens
    by saying the session was not held (not "He said he had cancelled his gym class")."""
    said = CANCELLED.search(text[:60])
    return bool(said) and bool(_WHAT_WAS_CANCELLED.fullmatch(text[:said.start()]))


_BARE_BRACKET = re.compile(r"\((\d{1,3})(?=\s*(?:\)|[-–,;]))")
_BRACKET_KEY = re.compile(r"\b(?:minutes|mins)\s+(?:are\s+|shown\s+)?in\s+(?:brackets|parenthes[ie]s)|"
                          r"(?:brackets|parenthes[ie]s)\s+(?:are|is|show|shows|give|gives)\s+(?:the\s+)?(?:minutes|mins|length|time)",
                          re.IGNORECASE)
""""the minutes in brackets are how long each call lasted": the learner's key to a log of "(60)"."""


def minutes_in_brackets(blocks: list[Block]) -> tuple[list[Block], str]:
    """A log of dated lines whose only length is a bare number in brackets ("08/01 Teams - CH1 -
    contracting (60)"): the numbers read as minutes, written so ("(60 mins)"). A PDF may run the
    lines into one paragraph at their bullets. Returns the blocks, and where the learner gave
    no such key (the unit is then assumed: a doubt), else ""."""
    def entries(text: str) -> list[str]:
        return _BULLET.split(text)

    def bare(entry: str) -> bool:
        return bool(_BARE_BRACKET.search(entry) and date_in(entry) and not durations_in(entry))
    found = [i for i, b in enumerate(blocks) if b.kind != "table" and any(bare(e) for e in entries(b.text))]
    if sum(bare(e) for i in found for e in entries(blocks[i].text)) < 3:
        return blocks, ""
    out = list(blocks)
    for i in found:
        text = "".join(_BARE_BRACKET.sub(r"(\1 mins", e, count=1) if bare(e) else e for e in entries(blocks[i].text))
        out[i] = replace(blocks[i], text=text)
    keyed = any(_BRACKET_KEY.search(b.text) for b in blocks)
    return out, "" if keyed else blocks[found[0]].location


_BULLET = re.compile(r"(?=[•▪◦‣●■➢►]\s)")


_SENT = re.compile(r"^(?:sent|date|sent\s+on)$", re.IGNORECASE)
_ADDRESSED = re.compile(r"^(?:from|to)$", re.IGNORECASE)


def message_header(pairs: list[tuple[str, str]]) -> Section | None:
    """"From: … / To: ECR1 / Sent: Monday, 13 January 2025": a pasted e-mail's header, as the
    entry for the lines under it (its date, and the person it was to or from); else None."""
    sent = next((date_in(v) for k, v in pairs if _SENT.match(k.strip()) and date_in(v)), None)
    if sent is None or not any(_ADDRESSED.match(k.strip()) for k, _ in pairs):
        return None
    people = [p for k, v in pairs if _ADDRESSED.match(k.strip()) for p in sorted(persons_in(v))]
    return Section(sent, None, people[0] if len(set(people)) == 1 else None)


_ENTRY_TITLE = re.compile(r"^\W*(?:session|meeting|supervision|tutorial|diary\s+entry|entry|week)\b", re.IGNORECASE)


_WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", re.IGNORECASE)


def _only_a_date(text: str) -> bool:
    """"Monday 6th January", "Fri 10/01 (after)": a line that is a date and little else, a diary
    entry's title typed as a paragraph (a text file has no heading styles)."""
    rest = _WEEKDAY.sub(" ", DATE.sub(" ", text))
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= 1 and not re.search(r"\d", rest)


def entry_title(block: Block) -> Section | None:
    """A diary entry's title: a heading or short line that starts "Session 3" or holds a date."""
    if block.kind not in ("heading", "paragraph") or len(block.text.split()) > 12:
        return None
    # dashes between the title's parts are not words: "Entry 9 – 17 March 2025 – Mentee B (1 hour)"
    if block.kind == "paragraph" and len([w for w in block.text.split() if any(c.isalnum() for c in w)]) > 9:
        return None
    date, number = date_in(block.text), session_number(block.text)
    if _ENTRY_TITLE.match(block.text) or (date and (block.kind == "heading" or _only_a_date(block.text))):
        return Section(date, number) if date or number else None
    return None
