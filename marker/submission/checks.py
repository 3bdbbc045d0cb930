"""The checks the handbooks care about, each naming where its figure came from.

Word count is advice only (ILM: it is never a ground for referral). Practice time,
sessions and individuals are parsed from diaries and logs and set against the unit's
requirements. Identifying details are flagged because mentees must be anonymised.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace

from marker.anonymise import to_anonymise
from marker.practice_check import PracticeCheck
from marker.rubric import Requirements, Rubric
from marker.submission.boilerplate import is_cover, is_declaration
from marker.submission.finding import Finding
from marker.submission.identifying import IdentifyingDetail, advice_line, identifying_details
from marker.submission.model import Block, Document
from marker.submission.practice import Practice, practice
from marker.submission.practice_corrected import corrected, figures_line, unmatched
from marker.submission.practice_lines import practice_lines
from marker.submission.practice_sanity import requirement_doubts

__all__ = ["Checks", "Finding", "Practice", "counted_blocks", "identifying_details", "run_checks"]


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

    def advice(self, rubric: Rubric, short: bool = False, checked: PracticeCheck | None = None,
               not_identifying: Collection[str] | None = None) -> list[str]:
        """One line per check, for the strip on the marking screen (``short``) and the CLI; the practice
        figures as the assessor corrected and confirmed them (``checked``), and the identifying details
        less those the assessor judged not identifying (``not_identifying``), both from the session."""
        lines = [self._words_line()]
        if self.practice is not None:
            lines += self._practice_lines(rubric, short, checked)
        lines.append("authenticity declaration: " + (f"present ({self.declaration.location})" if self.declaration else "NOT FOUND"))
        if self.evidence_matrix_expected:
            lines.append("evidence matrix: " + (f"present ({self.evidence_matrix.location})" if self.evidence_matrix else "NOT FOUND"))
        if self.identifying:
            left = to_anonymise(self.identifying, not_identifying)
            lines.append(advice_line(left, len(self.identifying) - len(left)))
        return lines

    def corrected_practice(self, checked: PracticeCheck | None) -> Practice | None:
        """The practice figures with the assessor's corrections (``checked.rows``) added up again."""
        if self.practice is None or checked is None:
            return self.practice
        return corrected(self.practice, checked.rows, checked.added, checked.individuals)

    def _practice_lines(self, rubric: Rubric, short: bool, checked: PracticeCheck | None) -> list[str]:
        found = self.corrected_practice(checked)
        assert found is not None
        confirmed = checked.confirmed if checked else ""
        agreed = bool(confirmed) and confirmed == figures_line(found)
        lines = practice_lines(found, rubric.requirements, short=short, confirmed=agreed)
        if confirmed and not agreed:  # the files or the corrections changed since: what was confirmed no longer holds
            lines.insert(1, "practice: the figures the assessor confirmed have changed since; check the rows again")
        if checked and (lost := unmatched(self.practice, checked.rows)):
            lines.insert(1, f"practice: {lost} of the assessor's corrections {'matches' if lost == 1 else 'match'} no row "
                            "as the submission is read now; check the rows again")
        return lines

    def _words_line(self) -> str:
        if not self.word_range:
            return f"words: {self.words}"
        low, high = self.word_range
        verdict = "within" if low <= self.words <= high else ("below" if self.words < low else "above")
        return f"words: {self.words} ({verdict} the advisory {low:,}–{high:,}; advice only, never a ground for referral)"


def _against(found: Practice, req: Requirements) -> Practice:
    """The practice figures, doubted where one is an order of magnitude off what the unit asks."""
    # (``supervision_minutes`` is each supervision's least length, not a total: not compared here)
    more = requirement_doubts(found.minutes, found.sessions, found.supervision_minutes, req.hours, req.sessions,
                              req.supervision_hours)
    return replace(found, doubts=found.doubts + more) if more else found


def run_checks(documents: list[Document] | tuple[Document, ...], rubric: Rubric, learner: str = "") -> Checks:
    """Every check over the documents of one submission."""
    counted = {d.name: sum(len(b.text.split()) for b in counted_blocks(d)) for d in documents}
    req = rubric.requirements
    return Checks(
        words=sum(counted.values()),
        words_by_file=counted,
        word_range=rubric.words,
        practice=_against(practice(documents, counted_blocks), req) if req.any else None,
        declaration=_first(documents, is_declaration),
        evidence_matrix=_first(documents, _is_evidence_matrix),
        evidence_matrix_expected=rubric.assessment == "portfolio",
        identifying=tuple(identifying_details(documents, learner)),
    )


# --- words ------------------------------------------------------------------------------

_REFERENCES = re.compile(r"^\s*(references?|reference\s+list|bibliography|sources|works\s+cited)\s*:?\s*$", re.IGNORECASE)


def counted_blocks(document: Document) -> list[Block]:
    """Body blocks that count as words: not the cover sheet, not the reference list."""
    blocks = list(document.blocks)
    start = 0
    while start < len(blocks) and is_cover(blocks[start]):
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


# --- presence checks --------------------------------------------------------------------

_MATRIX_HEADING = re.compile(r"evidence\s+(matrix|map|mapping|grid|index|log)|mapping\s+(grid|matrix)|portfolio\s+matrix", re.IGNORECASE)


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
