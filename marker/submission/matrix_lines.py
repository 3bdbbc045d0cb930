"""An evidence matrix as a PDF reads it: a run of criterion labels, each followed only by
the place its evidence is.

A PDF has no tables, only lines: a matrix row "1.1 Prepare a plan ... | Mentoring plan |
File 02, page 1" comes out as the label, the end of the wrapped criterion, and the cells
after it, each a line. A label with an answer under it has the learner's writing before
the next label; a matrix row has a few words naming a place. Three or more such rows in a
row are the matrix: each is a pointer, and none of them is evidence.
"""

from __future__ import annotations

import re

from marker.submission.model import Block
from marker.submission.outline import Role
from marker.submission.pointers import Pointer, names_a_place
from marker.submission.wording import Wording

_NUMBERING = re.compile(r"(?:ac|task|criteri(?:on|a)|\d{1,2}\.\d{1,2}[,;:.)]?|and|&|to|[-–—,/])", re.IGNORECASE)
"""A word of a row's criterion numbers: "AC", "1.1,", "and", "–"."""
ROWS = 3
"""Label rows in a run, each naming only a place, that make a matrix."""
ROW_WORDS = 15
"""A matrix row says where in fewer words than this (the criterion's pasted wording aside)."""
ROW_BLOCKS = 6
"""A matrix row's cells and wrapped lines: more blocks than this under a label are an answer."""


def matrix_rows(blocks: tuple[Block, ...], roles: list[Role], wording: Wording) -> list[tuple[range, Pointer]]:
    """Each row of a matrix read as lines: the blocks it spans and the pointer it is, its text
    the words after the criterion's ("Mentoring plan File 02, page 1")."""
    labels = [i for i, role in enumerate(roles) if role.kind == "label"]
    rows: list[tuple[range, Pointer]] = []
    run: list[tuple[range, Pointer]] = []
    for n, i in enumerate(labels):
        if run and i < run[-1][0].stop:
            continue  # "AC 2.2" in the row of 2.2: part of it
        end = next((j for j in labels[n + 1:] if set(roles[j].refs) != set(roles[i].refs)), len(blocks))
        row = _row(blocks, roles, wording, i, end)
        if row is not None:
            run.append((range(i, end), row))
            continue
        _keep(run, rows)
        run = []
    _keep(run, rows)
    return rows


def _row(blocks: tuple[Block, ...], roles: list[Role], wording: Wording, start: int, end: int) -> Pointer | None:
    if end - start > ROW_BLOCKS or any(roles[k].kind == "division" for k in range(start + 1, end)):
        return None
    words = " ".join(blocks[k].text for k in range(start, end)).split()
    number = next((k for k, w in enumerate(words) if not _NUMBERING.fullmatch(w)), len(words))
    words = words[number:]
    words = words[wording.pasted_words(" ".join(words)):]  # the criterion, wrapped over lines
    text = " ".join(words)
    if not words or len(words) >= ROW_WORDS or not names_a_place(text):
        return None
    return Pointer(roles[start].refs, text, blocks[start], "evidence matrix")


def _keep(run: list[tuple[range, Pointer]], rows: list[tuple[range, Pointer]]) -> None:
    if len(run) >= ROWS and len({r for _, p in run for r in p.refs}) >= ROWS:
        rows += run
