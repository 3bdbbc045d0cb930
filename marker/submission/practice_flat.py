"""A log table that reached the reader flattened: a PDF's rows as lines of words, a text file's
pipe rows run into one paragraph.

A text file's "| Date | Coachee | … | | 06/01 | C1 | … |" is turned back into a table. A PDF's
rows ("06/01 C1 Coaching 09:00 10:30 Contracting …") keep no cells, so the header line above
them ("Date Coachee Type Start End Notes") says what their bare figures are: the two times
under "Start End" are a span, a bare number under "Minutes" or "Hours" a length in that unit,
and the word after the date under "Coachee" the person. Each dated line is written so
("06/01 with C1 Coaching 09:00–10:30 …") and read as any log's line.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from itertools import islice, takewhile

from marker.submission.durations import durations_in
from marker.submission.model import Block
from marker.submission.practice_rules import DATE

_PIPE_ROWS = re.compile(r"^\s*\|.*\|\s+\|.*\|\s*$", re.DOTALL)


def pipe_tables(blocks: list[Block]) -> list[Block]:
    """A paragraph of pipe rows run together ("| a | b | | c | d |") as the table it was: the header's
    cells (none empty) give the width, and every row after it is that many cells and a seam."""
    out = []
    for block in blocks:
        if block.kind != "table" and block.text.count("|") >= 6 and _PIPE_ROWS.match(block.text):
            cells = [c.strip() for c in block.text.strip().strip("|").split("|")]
            width = next((i for i, c in enumerate(cells) if not c), 0)
            chunks = [cells[i:i + width] for i in range(0, len(cells), width + 1)]
            seams = cells[width::width + 1]
            if width >= 2 and len(chunks) >= 2 and not any(seams) and all(len(c) == width for c in chunks):
                block = replace(block, kind="table", text="\n".join(" | ".join(c) for c in chunks))
        out.append(block)
    return out


_CSV_LINE = re.compile(r'^\s*"[^"\n]*"(?:\s*,\s*(?:"[^"\n]*"|[^",\n]*)){2,}\s*$'
                       r'|^[^",.\n]{1,40}(?:,(?!\s)[^",\n]{0,40}){3,}$')  # unquoted, as Excel saves it: no space after a comma
""""Subject","Start Date","Start Time",…: a line of a calendar or spreadsheet exported to CSV and pasted."""


def csv_tables(blocks: list[Block]) -> list[Block]:
    """Lines of a CSV export pasted one to a paragraph (a calendar's "Subject","Start Date",…) as the
    table they were: a header line with no figure, then at least two lines of as many fields."""
    out: list[Block] = []
    at = 0
    while at < len(blocks):
        run = list(takewhile(lambda b: b.kind != "table" and _CSV_LINE.match(b.text), islice(blocks, at, None)))
        rows = [next(csv.reader([b.text.strip()], skipinitialspace=True)) for b in run]
        width = len(rows[0]) if rows else 0
        same = list(takewhile(lambda r: len(r) == width, rows))
        if len(same) >= 3 and not re.search(r"\d", run[0].text):
            text = "\n".join(" | ".join(" ".join(cell.split()) or "-" for cell in row) for row in same)
            out.append(replace(run[0], kind="table", text=text))
            at += len(same)
            continue
        out.append(blocks[at])
        at += 1
    return out


_WORD = {
    "start": re.compile(r"^(?:start|from|began)$", re.IGNORECASE),
    "end": re.compile(r"^(?:end|finish|to|until|ended)$", re.IGNORECASE),
    "minutes": re.compile(r"^(?:mins?|minutes)$", re.IGNORECASE),
    "hours": re.compile(r"^(?:hours?|hrs?)$", re.IGNORECASE),
    "person": re.compile(r"^(?:mentee|coachee|client|who|with|pupil|learner)s?$", re.IGNORECASE),
    "date": re.compile(r"^(?:date|day|when)$", re.IGNORECASE),
    "running": re.compile(r"^(?:running|cumulative)$", re.IGNORECASE),
}
_RUNNING_ONLY = re.compile(r"\([^)]*(?:running|cumulative|total)|(?:running|cumulative|total)\s+(?:hours?|hrs?|mins?|minutes)\b",
                           re.IGNORECASE)
""""Hours (cumulative)", "Cumulative hours": the only figure a running total; "Hours Running total" has both."""
_CLOCK_PAIR = re.compile(r"(?<![\d:.])(\d{1,2}[:.]\d{2}\s*(?:am|pm)?)\s+(\d{1,2}[:.]\d{2}\s*(?:am|pm)?)(?![\d:.])", re.IGNORECASE)
_BARE = re.compile(r"(?<![\w:./])(\d{1,3}(?:\.\d{1,2})?)(?![\w:./%]|-[a-z])")
""""90" under "Minutes"; not the "3" of "3-way with manager"."""
_OPENS_DATED = re.compile(r"^\W{0,3}(?:\S+\s+)?\S*\d")


def header_words(text: str) -> dict[str, int] | None:
    """A flattened log's header line ("Date Coachee Type Start End Notes"): where each column
    that matters stands among its words; None for a line that is not one."""
    words = text.split()
    if not 3 <= len(words) <= 12 or DATE.search(text) or durations_in(text) or re.search(r"\d", text):
        return None
    found = {kind: i for kind, pattern in _WORD.items() for i, w in enumerate(words) if pattern.match(w.strip(":()"))}
    if "date" not in found or len(found) < 2 or _RUNNING_ONLY.search(text):
        return None  # "Hours (cumulative)": a running total's column alone is read from the table, not guessed here
    if not ({"start", "end"} <= set(found) or "minutes" in found or "hours" in found or "person" in found):
        return None
    return found


def _rows_apart(blocks: list[Block]) -> list[Block]:
    """A PDF's log rows as one line each: rows run together on a line ("12/09 Mentee C 1.5 … 16/09
    Tutorial 1.0 …") are parted at each date that starts a figure; a row wrapped over lines with no
    figure on its dated line ("10/10 Shadowing - sat in on a" / "colleague's mentoring" / "1.0 (not
    counted)") is joined up to the line that gives its figure."""
    out: list[Block] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        at += 1
        if block.page is None or block.kind == "table":
            out.append(block)
            continue
        starts = [m for m in DATE.finditer(block.text) if m.start() == 0 or block.text[m.start() - 1].isspace()]
        cuts = [m.start() for m, after in zip(starts, starts[1:] + [None])
                if _BARE.search(block.text, m.end(), after.start() if after else len(block.text))]
        # "interview 09/10 Group … 2.5": a wrapped row's last words (a few, no figure), then a row
        tail = cuts and 0 < len(block.text[:cuts[0]].split()) <= 4 and not re.search(r"\d", block.text[:cuts[0]])
        if len(cuts) >= 2 or tail:
            edges = ([0] if cuts[0] else []) + cuts + [len(block.text)]
            out += [replace(block, text=block.text[a:b].strip()) for a, b in zip(edges, edges[1:]) if block.text[a:b].strip()]
            continue
        if DATE.match(block.text.lstrip()) and not _BARE.search(block.text, DATE.match(block.text.lstrip()).end()):
            wrapped = list(takewhile(lambda b: b.page == block.page and b.kind != "table" and not DATE.match(b.text.lstrip()),
                                     blocks[at:at + 3]))
            ends = next((i for i, b in enumerate(wrapped) if re.match(r"^\s*\d{1,3}(?:\.\d{1,2})?\b", b.text)), None)
            if ends is not None:
                joined = " ".join(b.text for b in [block, *wrapped[:ends + 1]])
                out.append(replace(block, text=joined))
                at += ends + 1
                continue
        out.append(block)
    return out


def unflattened(blocks: list[Block]) -> list[Block]:
    """Each dated line under a flattened log's header, written with what its header says."""
    out, header = [], None
    blocks = _rows_apart_under_headers(blocks)
    for at, block in enumerate(blocks):
        if block.page is None or block.kind == "table":
            out.append(block)
            continue
        words = header_words(block.text)
        if words is not None:
            header = words
        elif header is not None and DATE.match(block.text.lstrip()):
            block = replace(block, text=_rewritten(block.text, header))
        elif header is not None and _FIGURES_ONLY.fullmatch(block.text):
            block = replace(block, text=_with_units(block.text, header))  # "3 8.5": a wrapped row's figures
        elif header is not None and (total := _TOTAL_LINE.fullmatch(block.text)):
            # "Total 14.25" at the log's foot: the learner's sum, in the unit of the column above it
            block = replace(block, text=total.group(1) + _with_units(total.group(2), header))
        elif header is not None and block.kind == "heading" and not block.text[:1].islower() and not any(
                DATE.match(b.text.lstrip()) for b in blocks[at + 1:at + 4]):
            header = None  # the log has ended: a heading of the next section ("Amira" wrapped from "Luke &" is not)
        out.append(block)
    return out


def _rewritten(line: str, header: dict[str, int]) -> str:
    """A dated line of a flattened log, with its person labelled and its figures given their units."""
    lead = len(line) - len(line.lstrip())
    cut = lead + DATE.match(line[lead:]).end()
    head, rest = line[:cut], line[cut:]
    who_cell = ""  # "with Mentee 2": its number is the person's, never the row's length
    if "person" in header and header["person"] > header["date"] + 1:
        # "Date Start End Hrs Code Who", "Date Time Who Summary": one word a column before the person (times,
        # codes), so the person is the word at its place
        words = rest.split()
        at = header["person"] - header["date"] - 1
        if at < len(words) and re.fullmatch(r"[A-Z][a-z]+", words[at]) and all(
                re.fullmatch(r"[\d:.–-]+|[A-Z]{1,2}", w) for w in words[:at]):
            rest = " " + " ".join(words[:at] + ["with", words[at], "–"] + words[at + 1:])  # the cell ends at the name
    elif "person" in header and header["person"] == header["date"] + 1:
        who = re.match(r"\s+((?:mentee|coachee|client|pupil)s?\s+\S+|\S{1,4})(?=\s)", rest, re.IGNORECASE)
        if who and re.fullmatch(r"[A-Z]{1,3}\d{0,2}", who.group(1)):
            who_cell, rest = f" with Mentee {who.group(1)}", rest[who.end():]  # "C1" under "Coachee": a person, labelled as one
        elif who and not re.fullmatch(r"[-–—]", who.group(1)):
            who_cell, rest = f" with {who.group(1)}", rest[who.end():]
    if durations_in(rest) and not ({"start", "end"} <= set(header) and _CLOCK_PAIR.search(rest)):
        return head + who_cell + rest  # (two times under "Start End" are the span, whatever else the line holds: "1 M" is a code)
    return head + who_cell + _with_units(rest, header)


def _rows_apart_under_headers(blocks: list[Block]) -> list[Block]:
    """``_rows_apart`` on the lines under a flattened log's header only: elsewhere a line of dates is prose."""
    out, run, header = [], [], False
    for block in blocks:
        if header_words(block.text) is not None:
            out += _rows_apart(run) if header else run
            run, header = [], True
            out.append(block)
            continue
        run.append(block)
    return out + (_rows_apart(run) if header else run)


_FIGURES_ONLY = re.compile(r"[\d\s.:–-]+")
_TOTAL_LINE = re.compile(r"((?:grand\s+)?(?:sub-?)?total(?:\s+(?:hours|hrs|time))?:?)(\s+\d[\d\s.:–-]*)", re.IGNORECASE)


def _with_units(rest: str, header: dict[str, int]) -> str:
    """The row's figures in the units its header gives: "09:00 10:30" under "Start End" a span,
    "2.5 5.5" under "Hours Running total" a length and the learner's running total."""
    if {"start", "end"} <= set(header):
        rest = _CLOCK_PAIR.sub(r"\1–\2", rest, count=1)
    elif "minutes" in header or "hours" in header:
        bare = list(_BARE.finditer(rest))[:2]
        if bare:
            unit = "mins" if "minutes" in header and ("hours" not in header or header["minutes"] < header["hours"]) else "hrs"
            if len(bare) == 2 and header.get("running", -1) > max(header.get("minutes", -1), header.get("hours", -1)):
                # "2.5 5.5" under "Hours Running total": the second is the learner's running total
                rest = f"{rest[:bare[1].start()]}(running total {bare[1].group(1)} {unit}){rest[bare[1].end():]}"
            rest = f"{rest[:bare[0].end()]} {unit}{rest[bare[0].end():]}"
    return rest
