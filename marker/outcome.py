"""The unit outcome, derived from the decisions by the result sheet's rules — never typed.

Pass/referral result sheets: "In order to pass the unit every AC must receive a 'Pass.'
Any AC awarded less than a pass produces an automatic referral for the submission."
Marked mark sheets: "Total 50 + overall, AND minimum in each section", with a
"Section fail if applicable" line.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from marker.rubric import Rubric, Scheme
from marker.session import Decision, Session


class Result(StrEnum):
    """PASS, REFERRAL or INCOMPLETE (pass/referral units); PASS, FAIL or INCOMPLETE (marked units)."""

    PASS = "PASS"
    REFERRAL = "REFERRAL"
    FAIL = "FAIL"
    INCOMPLETE = "INCOMPLETE"


@dataclass(frozen=True)
class Outcome:
    """The unit outcome and why: what is unmarked, referred, or below its section minimum."""

    result: Result
    unmarked: tuple[str, ...] = ()
    """Criteria (or sections) with no decision (or mark) yet."""
    referred: tuple[str, ...] = ()
    """Criteria decided Referral."""
    total: int = 0
    """Marked units: the sum of the marks entered."""
    pass_mark: int | None = None
    """Marked units: the overall pass mark; None for pass/referral units."""
    failing_sections: tuple[str, ...] = ()
    """Marked units: sections marked below their minimum (the sheet's "Section fail")."""
    available: int = 0
    """Marked units: the marks available."""

    @property
    def summary(self) -> str:
        """One line for the screen and ``marker show``."""
        if self.pass_mark is None:
            return self._pass_referral_summary()
        score = f"{self.total} of {self.available} ({self.pass_mark} to pass)"
        section_fail = f"section fail: {', '.join(self.failing_sections)}" if self.failing_sections else ""
        if self.result is Result.INCOMPLETE:
            also = f"; {section_fail}" if section_fail else ""
            return f"INCOMPLETE: no mark yet for section {', '.join(self.unmarked)} ({self.total} so far){also}"
        if self.result is Result.PASS:
            return f"PASS: {score}, every section minimum met"
        return f"FAIL: {score}" + (f"; {section_fail} (below its minimum)" if section_fail else "")

    def _pass_referral_summary(self) -> str:
        if self.result is Result.PASS:
            return "PASS: every AC passed"
        if self.result is Result.REFERRAL:
            more = f" ({len(self.unmarked)} still unmarked)" if self.unmarked else ""
            return f"REFERRAL: AC {', '.join(self.referred)} referred{more}"
        if len(self.unmarked) <= 4:
            return f"INCOMPLETE: AC {', '.join(self.unmarked)} unmarked"
        return f"INCOMPLETE: {len(self.unmarked)} AC unmarked"


def unit_outcome(session: Session, rubric: Rubric) -> Outcome:
    """The outcome by the result sheet's rules, over the rubric's criteria or sections.

    A criterion or section the session lacks (the rubric gained one) counts as unmarked.
    """
    if rubric.scheme is Scheme.PASS_REFERRAL:
        return _pass_referral(session, rubric)
    return _marks(session, rubric)


def _pass_referral(session: Session, rubric: Rubric) -> Outcome:
    refs = [c.ref for c in rubric.criteria]
    decisions = {r: session.criteria[r].decision if r in session.criteria else Decision.UNMARKED for r in refs}
    referred = tuple(r for r in refs if decisions[r] is Decision.REFERRAL)
    unmarked = tuple(r for r in refs if decisions[r] is Decision.UNMARKED)
    if referred:
        return Outcome(Result.REFERRAL, unmarked, referred)  # any referral refers the unit
    return Outcome(Result.INCOMPLETE if unmarked else Result.PASS, unmarked)


def _marks(session: Session, rubric: Rubric) -> Outcome:
    return marks_outcome(rubric, {s.ref: session.sections[s.ref].mark if s.ref in session.sections else None
                                  for s in rubric.sections})


def marks_outcome(rubric: Rubric, marks: dict[str, int | None]) -> Outcome:
    """A marked unit's outcome from one mark per section (the assessor's, or the IQA's QA marks)."""
    marks = {s.ref: marks.get(s.ref) for s in rubric.sections}
    unmarked = tuple(r for r, m in marks.items() if m is None)
    total = sum(m for m in marks.values() if m is not None)
    failing = tuple(s.ref for s in rubric.sections
                    if s.min is not None and (mark := marks[s.ref]) is not None and mark < s.min)
    pass_mark = rubric.pass_mark if rubric.pass_mark is not None else rubric.total_marks
    common = dict(total=total, pass_mark=pass_mark, failing_sections=failing, available=rubric.total_marks)
    if unmarked:
        return Outcome(Result.INCOMPLETE, unmarked, **common)
    passed = total >= pass_mark and not failing
    return Outcome(Result.PASS if passed else Result.FAIL, **common)
