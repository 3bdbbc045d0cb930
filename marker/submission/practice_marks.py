"""The learner's own marks on their practice records, read after the rows are: a footnote under a log
("* not counted towards my hours"), a session logged in parts on one day ("Session 3 (part 2)"), and
a paragraph labelled "Supervision:" whose undated time is that support.

    footnoted(rows, blocks), parts_of_one(rows), labelled_support(rows, blocks) -> rows
"""

from __future__ import annotations

import re
from dataclasses import replace

from marker.submission.durations import durations_in
from marker.submission.model import Block
from marker.submission.practice_people import PSEUDONYM
from marker.submission.practice_rules import NOT_COUNTED, PracticeRow, key_of, persons_in
from marker.submission.practice_rules import heading_kind as heading_kind_of
from marker.submission.practice_text import NO_DATE

_FOOTNOTE = re.compile(r"^\s*(\*{1,3}|†|[¹²³⁴⁵⁶⁷⁸⁹]|[1-9](?=\s+[A-Z]))\s*(\S.*)", re.DOTALL)
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789")
_PART_AFTER_FIRST = re.compile(r"\b(?:part|pt\.?)\s*(?:2|3|two|three|ii)\b|\bsame\s+session\s+(?:finished|continued|resumed|carried\s+on)\b",
                               re.IGNORECASE)
_LEAD_LABEL = re.compile(r"(?:^|(?<=[.!?]\s))\s*((?:[A-Z][\w/&' -]{0,30}?)?(?:supervision|tutorials?|tutor\s+support|support))\s*:",
                         re.IGNORECASE)
""""Supervision:", "Tutor support:" opening a paragraph or a sentence: what follows is about."""


def footnoted(rows: list[PracticeRow], blocks: list[Block]) -> list[PracticeRow]:
    """"Dev *" in a log's row, and under the log "* not counted towards my hours – observation
    only": the learner's own word on that row."""
    notes = {m.group(1).translate(_SUPERSCRIPT): m.group(2) for b in blocks if b.kind != "table"
             for m in [_FOOTNOTE.match(b.text)] if m}
    if not notes:
        return rows
    out = []
    for row in rows:
        # a footnote that times a part ("The first 20 minutes … were her return-to-work") leaves the row's rest counted
        marker = next((k for k, note in notes.items() if NOT_COUNTED.search(note) and not durations_in(note) and re.search(
            # "Dev *", "Forklift refresher ³" (a PDF's "refresher 3" at a cell's end)
            rf"(?<=[\w)])\s?{re.escape(k)}(?![\w*])" if not k.isdigit() else rf"(?<=[A-Za-z)])\s?{k}\s*(?:\||$)",
            row.text.translate(_SUPERSCRIPT))), None)
        if row.counted and row.rank == 0 and marker:
            row = replace(row, counted=False, kind="not counted", why=f"learner marked not counted ({marker} {notes[marker][:60]})")
        if row.person and not PSEUDONYM.fullmatch(row.person.strip()) and (
                marked := re.search(rf"(?<=[A-Za-z)])\s?(?:{'|'.join(map(re.escape, notes))})$", row.person.translate(_SUPERSCRIPT))):
            row = replace(row, person=row.person[:marked.start()].rstrip())  # "Kerry ¹" is Kerry
        out.append(row)
    return out


def parts_of_one(rows: list[PracticeRow]) -> list[PracticeRow]:
    """A log's "Session 3 (part 2)" on the day of "Session 3 (part 1)": the same session carried on,
    its time counted and not another session."""
    out: list[PracticeRow] = []
    for row in rows:
        at = next((n for n, r in enumerate(out) if r.counted and r.kind == row.kind and r.date == row.date
                   and r.block == row.block), None)
        if row.counted and row.rank == 0 and row.date and at is not None and _PART_AFTER_FIRST.search(row.text):
            first = out[at]
            out[at] = replace(first, minutes=(first.minutes or 0) + (row.minutes or 0))
            row = replace(row, counted=False, kind="other", why=f"a later part of the session at {first.location}, its time counted there")
        out.append(row)
    return out


def labelled_support(rows: list[PracticeRow], blocks: list[Block]) -> list[PracticeRow]:
    """"Supervision: I met my tutor … He had also rung me for 20 minutes in May": a paragraph's part so labelled
    (a PDF may run it on from the paragraph above) says what its undated time is, as a heading over it would
    (unless a log records that kind: see _without_undated)."""
    text = {key_of(b): b.text for b in blocks if b.kind not in ("heading", "table")}
    out = []
    for row in rows:
        if row.why.startswith(NO_DATE) and row.block in text and not persons_in(row.text):
            said = text[row.block]
            at = said.find(row.text[:40])
            label = None
            for m in _LEAD_LABEL.finditer(said, 0, at if at >= 0 else 0):
                label = m
            kind = heading_kind_of(label.group(1)) if label else None
            if kind:
                row = replace(row, counted=True, kind=kind, why=f"counted as {kind}", undated=True)
        out.append(row)
    return out
