"""The checks the handbooks care about, each naming where its figure came from.

Word count is advice only (ILM: it is never a ground for referral). Practice time,
sessions and individuals are parsed from diaries and logs and set against the unit's
requirements. Identifying details are flagged because mentees must be anonymised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marker.rubric import Rubric
from marker.submission.durations import minutes_in
from marker.submission.identifying import IdentifyingDetail, advice_line, identifying_details
from marker.submission.model import Block, Document


@dataclass(frozen=True)
class Finding:
    """Something found in the submission, and where."""

    text: str
    location: str


@dataclass(frozen=True)
class Practice:
    """Mentoring or coaching time logged in the submission."""

    minutes: int
    sessions: int
    individuals: tuple[str, ...]
    supervision_minutes: int
    supervision_sessions: int
    sources: tuple[Finding, ...]
    """Each counted entry ("60 min", location), so the assessor can check the sum."""


@dataclass(frozen=True)
class Checks:
    words: int
    words_by_file: dict[str, int]
    word_range: tuple[int, int] | None
    practice: Practice | None
    declaration: Finding | None
    evidence_matrix: Finding | None
    evidence_matrix_expected: bool
    identifying: tuple[IdentifyingDetail, ...] = field(default_factory=tuple)

    def advice(self, rubric: Rubric) -> list[str]:
        """One line per check, for the strip on the marking screen and the CLI."""
        lines = [self._words_line()]
        if self.practice is not None:
            lines += _practice_lines(self.practice, rubric)
        lines.append("authenticity declaration: " + (f"present ({self.declaration.location})" if self.declaration else "NOT FOUND"))
        if self.evidence_matrix_expected:
            lines.append("evidence matrix: " + (f"present ({self.evidence_matrix.location})" if self.evidence_matrix else "NOT FOUND"))
        if self.identifying:
            lines.append(advice_line(self.identifying))
        return lines

    def _words_line(self) -> str:
        if not self.word_range:
            return f"words: {self.words}"
        low, high = self.word_range
        verdict = "within" if low <= self.words <= high else ("below" if self.words < low else "above")
        return f"words: {self.words} ({verdict} the advisory {low:,}–{high:,}; advice only, never a ground for referral)"


def run_checks(documents: list[Document] | tuple[Document, ...], rubric: Rubric, learner: str = "") -> Checks:
    """Every check over the documents of one submission."""
    counted = {d.name: sum(len(b.text.split()) for b in counted_blocks(d)) for d in documents}
    req = rubric.requirements
    wants_practice = any(v is not None for v in (req.hours, req.sessions, req.min_individuals, req.max_individuals))
    return Checks(
        words=sum(counted.values()),
        words_by_file=counted,
        word_range=rubric.words,
        practice=practice(documents) if wants_practice else None,
        declaration=_first(documents, _is_declaration),
        evidence_matrix=_first(documents, _is_evidence_matrix),
        evidence_matrix_expected=rubric.assessment == "portfolio",
        identifying=tuple(identifying_details(documents, learner)),
    )


# --- words ------------------------------------------------------------------------------

_COVER = re.compile(
    r"\b(learner|candidate|student)\s*(name|reg|number|no)|registration|centre\s*(name|number|no)|"
    r"unit\s*(title|number|no)|word\s*count|date\s*(of\s*)?submi|assessor|tutor\s*name|cohort",
    re.IGNORECASE,
)
_REFERENCES = re.compile(r"^\s*(references?|reference\s+list|bibliography|sources|works\s+cited)\s*:?\s*$", re.IGNORECASE)


def counted_blocks(document: Document) -> list[Block]:
    """Body blocks that count as words: not the cover sheet, not the reference list."""
    blocks = list(document.blocks)
    start = 0
    while start < len(blocks) and _is_cover(blocks[start]):
        start += 1
    kept: list[Block] = []
    in_references: int | None = None
    for block in blocks[start:]:
        level = block.level or 1 if block.kind == "heading" else None
        if _REFERENCES.match(block.text):
            in_references = level or 1
            continue
        if in_references is not None:
            if level is not None and level <= in_references:
                in_references = None
            else:
                continue
        kept.append(block)
    return kept


def _is_cover(block: Block) -> bool:
    if block.kind == "table":
        return bool(_COVER.search(block.text))
    return len(block.text.split()) <= 25 and (bool(_COVER.search(block.text)) or _is_declaration(block))


# --- practice ---------------------------------------------------------------------------

_NOT_A_SESSION = re.compile(r"\b(minimum|at least|required|requirement|must|need to|target|aim to|planned|plan for|total)\b", re.IGNORECASE)
_SESSIONISH = re.compile(
    r"\bsession|\bmet\b|\bmeeting|\bmentored|\bcoached|\bmentoring|\bcoaching|\bdiary\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
_SUPERVISION = re.compile(r"supervis|\btutor", re.IGNORECASE)
_INDIVIDUAL = re.compile(r"\b(mentee|coachee|client|individual)\s+([A-Z]|\d{1,2})\b", re.IGNORECASE)


def practice(documents: list[Document] | tuple[Document, ...]) -> Practice:
    """Time, sessions and individuals logged: table rows and session-like lines with a duration."""
    minutes = sessions = supervision = supervision_sessions = 0
    individuals: dict[str, None] = {}
    sources: list[Finding] = []
    for document in documents:
        for block in counted_blocks(document):
            for line in _lines(block):
                for kind, label in _INDIVIDUAL.findall(line):
                    if (label.isdigit() or label.isupper()) and label != "I":
                        individuals.setdefault(f"{kind.capitalize()} {label.upper()}", None)
                found = minutes_in(line)
                if not found or _NOT_A_SESSION.search(line):
                    continue
                if block.kind != "table" and not _SESSIONISH.search(line):
                    continue
                spent = found[0]  # one entry per row or line: the session's own duration
                if _SUPERVISION.search(line):
                    supervision += spent
                    supervision_sessions += 1
                    continue
                minutes += spent
                sessions += 1
                sources.append(Finding(f"{spent} min: {line.strip()[:70]}", block.location))
    return Practice(minutes, sessions, tuple(individuals), supervision, supervision_sessions, tuple(sources))


def _lines(block: Block) -> list[str]:
    return block.text.split("\n") if block.kind == "table" else [block.text]


def _practice_lines(p: Practice, rubric: Rubric) -> list[str]:
    req = rubric.requirements
    hours = f"{p.minutes // 60} h {p.minutes % 60:02d} min"
    line = f"practice: {hours} in {p.sessions} sessions with {len(p.individuals) or 'unnamed'} individuals"
    wants = []
    if req.hours is not None:
        wants.append(("OK" if p.minutes >= req.hours * 60 else "SHORT") + f" of {req.hours:g} h")
    if req.sessions is not None:
        wants.append(("OK" if p.sessions >= req.sessions else "SHORT") + f" of {req.sessions} sessions")
    if req.max_individuals is not None and len(p.individuals) > req.max_individuals:
        wants.append(f"OVER the maximum of {req.max_individuals} individuals")
    if req.min_individuals is not None and len(p.individuals) < req.min_individuals:
        wants.append(f"SHORT of {req.min_individuals} individuals")
    lines = [line + (" — " + ", ".join(wants) if wants else "")]
    if req.supervision_hours or req.supervision_sessions:
        lines.append(f"supervision: {p.supervision_minutes // 60} h {p.supervision_minutes % 60:02d} min in {p.supervision_sessions} sessions")
    return lines


# --- presence checks --------------------------------------------------------------------

_DECLARATION = re.compile(
    r"\b(?:is|are|being)?\s*(?:entirely\s+)?my\s+own\s+(?:original\s+|unaided\s+)?work|declaration\s+of\s+authenticity|"
    r"authenticity\s+(?:statement|declaration)|\bI\s+(?:hereby\s+)?declare\b",
    re.IGNORECASE,
)
_MATRIX_HEADING = re.compile(r"evidence\s+(matrix|map|mapping|grid|index|log)|mapping\s+(grid|matrix)|portfolio\s+matrix", re.IGNORECASE)


def _is_declaration(block: Block) -> bool:
    lowered = block.text.lower()
    # Every wording above holds one of these: most blocks are passed over without the regex.
    return ("own" in lowered or "declar" in lowered or "authentic" in lowered) and bool(_DECLARATION.search(block.text))


def _is_evidence_matrix(block: Block) -> bool:
    if block.kind == "heading":
        return bool(_MATRIX_HEADING.search(block.text))
    if block.kind != "table":
        return False
    refs = set(re.findall(r"(?<![\d.])\d\.\d(?![\d])", block.text))
    return len(refs) >= 3 and bool(re.search(r"evidence|appendix|page|document", block.text, re.IGNORECASE))


def _first(documents, test) -> Finding | None:
    for document in documents:
        for block in (*document.blocks, *document.kept_apart):
            if test(block):
                return Finding(block.text.strip()[:80], block.location)
    return None
