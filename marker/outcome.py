"""The unit outcome, derived from the decisions by the result sheet's rules — never typed.

Pass/referral: "In order to pass the unit every AC must receive a 'Pass.' Any AC
awarded less than a pass produces an automatic referral." Marked units: "Total 50 +
overall, AND minimum in each section".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from marker.rubric import Rubric, Scheme
from marker.session import Decision, Session


class Result(StrEnum):
    PASS = "PASS"
    REFERRAL = "REFERRAL"
    FAIL = "FAIL"
    INCOMPLETE = "INCOMPLETE"


@dataclass(frozen=True)
class Outcome:
    result: Result
    unmarked: tuple[str, ...] = ()
    referred: tuple[str, ...] = ()
    total: int = 0
    pass_mark: int | None = None
    failing_sections: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        if self.pass_mark is not None:
            marks = f" — {self.total} of {self.pass_mark} needed"
            if self.result is Result.INCOMPLETE:
                return f"INCOMPLETE: sections {', '.join(self.unmarked)} have no mark"
            below = f"; below minimum: section {', '.join(self.failing_sections)}" if self.failing_sections else ""
            return f"{self.result.value}{marks}{below}"
        if self.result is Result.PASS:
            return "PASS: every AC passed"
        if self.result is Result.REFERRAL:
            more = f" ({len(self.unmarked)} still unmarked)" if self.unmarked else ""
            return f"REFERRAL: AC {', '.join(self.referred)} referred{more}"
        return f"INCOMPLETE: {len(self.unmarked)} AC unmarked"


def unit_outcome(session: Session, rubric: Rubric) -> Outcome:
    if rubric.scheme is Scheme.PASS_REFERRAL:
        refs = [c.ref for c in rubric.criteria]
        decisions = {ref: session.criteria[ref].decision if ref in session.criteria else Decision.UNMARKED for ref in refs}
        referred = tuple(r for r in refs if decisions[r] is Decision.REFERRAL)
        unmarked = tuple(r for r in refs if decisions[r] is Decision.UNMARKED)
        if referred:
            return Outcome(Result.REFERRAL, unmarked, referred)
        return Outcome(Result.INCOMPLETE if unmarked else Result.PASS, unmarked)
    marks = {s.ref: session.sections[s.ref].mark if s.ref in session.sections else None for s in rubric.sections}
    unmarked = tuple(r for r, m in marks.items() if m is None)
    total = sum(m for m in marks.values() if m is not None)
    failing = tuple(s.ref for s in rubric.sections
                    if s.min is not None and marks[s.ref] is not None and marks[s.ref] < s.min)
    if unmarked:
        return Outcome(Result.INCOMPLETE, unmarked, total=total, pass_mark=rubric.pass_mark, failing_sections=failing)
    passed = total >= (rubric.pass_mark or 0) and not failing
    return Outcome(Result.PASS if passed else Result.FAIL, total=total, pass_mark=rubric.pass_mark, failing_sections=failing)
