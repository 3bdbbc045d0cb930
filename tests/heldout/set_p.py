"""Held-out cases, set p: five practice records (mixed duration habits, cancelled and
did-not-attend rows, carried-forward and total rows, a group session, a log row and its own
session record, pseudonyms beside first names) and five knowledge submissions (questions
pasted above answers, a Google Docs PDF, a portfolio with an evidence matrix, essays
answering out of order)."""

from __future__ import annotations

from . import p_8584_201_leisure_docx

CASES: list = [
    p_8584_201_leisure_docx.CASE,
]
