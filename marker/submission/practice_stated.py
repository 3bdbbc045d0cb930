"""The learner's own figures in prose, set against the figures counted.

"I have mentored for 12 hours over 8 sessions", "Total hours: 12", "Sessions completed: 8",
"Across the eight sessions I logged 12 hrs": a learner who sums up their practice says what the
figures should be. Where the reader counted something else, one of the two is wrong, and the
sentence is named. A requirement quoted ("the unit asks for at least 12 hours") or a plan
("I will complete 6 sessions") says nothing of what was done, and is passed over.
"""

from __future__ import annotations

import re

from marker.submission.durations import TOTAL_MINUTES, durations_in
from marker.submission.model import Block
from marker.submission.practice_doubts import NUMBER, Doubt, count_of

__all__ = ["stated_doubts", "stated_lengths"]

_HOURS_FIELD = re.compile(rf"\b(?:total\s+)?hours(?:\s+(?:completed|logged|delivered))?(?:\s+now)?\s*(?::|\bstand\s+at|\bcame\s+to)\s*"
                          rf"(\d{{1,3}}(?:\.\d{{1,2}})?)\b(?!\s*(?:%|sessions?|mentees?|h|hrs?|hours?|min))", re.IGNORECASE)
""""Total hours: 12", "My mentoring hours now stand at 12": hours as a bare number after their label."""
_SESSIONS = re.compile(rf"\b{NUMBER}\s+(?:(?:mentoring|coaching|individual|one[- ]to[- ]one|face[- ]to[- ]face)\s+)?"
                       rf"(?:sessions|meetings)\b|\bsessions?\s+(?:completed|held|delivered|logged)\s*:?\s*{NUMBER}\b",
                       re.IGNORECASE)
_DONE = re.compile(r"\b(?:mentored|coached|delivered|completed|logged|held|recorded|carried\s+out|undertook|undertaken|"
                   r"total|overall|in\s+all|altogether|stand|came\s+to|across|over\s+the)\b", re.IGNORECASE)
_NOT_DONE = re.compile(r"\b(?:need|needs|required?|requirement|requires|minimum|at\s+least|must|will|would|should|plan|planned|"
                       r"aim|target|expected|asks?|criteria|criterion|unit|guidance|each|per|every|supervision|tutorial|"
                       r"remaining|left\s+to|more|another|further|next|last\s+year|previous|running|so\s+far|to\s+date|"
                       r"week|weekly|fortnight|month|monthly|term|page|end\s+of|than)\b", re.IGNORECASE)
"""A requirement, a plan, someone else's time, or a subtotal (a running or a week's total): not the whole."""
_DATED = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}/\d{1,2}\b",
                    re.IGNORECASE)
_SLACK_MINUTES = 15
"""A learner rounding "12 h 10" to "12 hours" agrees."""


def stated_lengths(blocks: list[Block]) -> list[tuple[str, int, str]]:
    """Each whole practice time the learner states in prose: (their words, minutes, where)."""
    return [(words, said, at) for kind, words, said, at in _stated(blocks) if kind == "minutes"]


def stated_doubts(blocks: list[Block], minutes: int, sessions: int, supervision_minutes: int,
                  supervision_sessions: int) -> tuple[Doubt, ...]:
    out = []
    for kind, words, said, at in _stated(blocks):
        if kind == "minutes" and said >= 120 and all(abs(said - m) > _SLACK_MINUTES
                                                     for m in (minutes, minutes + supervision_minutes, supervision_minutes)):
            out.append(Doubt(f"the learner says {words} ({at}); {minutes // 60} h {minutes % 60:02d} min counted"))
        if kind == "sessions" and said >= 2 and said not in (sessions, sessions + supervision_sessions):
            out.append(Doubt(f"the learner says {words} ({at}); {sessions} counted"))
    return tuple(dict.fromkeys(out))


def _stated(blocks: list[Block]):
    """("minutes" or "sessions", the learner's words, the figure, where) for each summing-up sentence."""
    for block in blocks:
        if block.kind == "table" or len(block.text) > 3000 or not _DONE.search(block.text) and ":" not in block.text:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", block.text):
            if _NOT_DONE.search(sentence) or _DATED.search(sentence):
                continue
            done = _DONE.search(sentence) or re.match(r"^\s*(?:total\s+)?(?:hours|sessions)[\w\s]*:", sentence, re.IGNORECASE)
            if not done:
                continue
            lengths = [(sentence[d.start:d.end], d.minutes) for d in durations_in(sentence, TOTAL_MINUTES) if not d.uncertain]
            lengths += [(m.group(0), round(float(m.group(1)) * 60)) for m in _HOURS_FIELD.finditer(sentence)]
            for words, said in lengths if len(lengths) == 1 else ():  # two lengths: a comparison, not a sum
                yield "minutes", words.strip(), said, block.location
            for match in _SESSIONS.finditer(sentence):
                yield "sessions", match.group(0).strip(), int(count_of(match.group(1) or match.group(2))), block.location
