"""The IQA's sampling view across all sessions: what is signed, what is checked, who refers what.

IQA sampling plans choose what to check by assessor and unit. The figures an IQA looks
for: how much of each assessor's signed work has been quality assured, and referral
rates per assessor and per criterion — an assessor who never refers, or who always
refers one criterion, is worth a closer look.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from marker.outcome import Result, unit_outcome
from marker.rubric import Rubric, Scheme
from marker.people import assessor_of
from marker.session import Decision, Session, Status
from marker.store import StoredSession

SIGNED_STATES = (Status.SIGNED, Status.IN_QA, Status.QA_CONFIRMED)
"""Signed by the assessor (the status is derived from the signatures, never read from the file)."""
AWAITING_QA = (Status.SIGNED, Status.IN_QA)
"""Signed and not yet QA confirmed: opened in QA mode or not, it is still the IQA's to do."""
NEVER_REFERS_AFTER = 5
"""Signed sessions with no referral at all before an assessor is flagged."""
ALWAYS_REFERS_AFTER = 3
"""Signed sessions all referring one criterion before it is flagged."""


@dataclass(frozen=True)
class AssessorUnit:
    assessor: str
    unit: str
    signed: int
    quality_assured: int
    referred_back: int
    """Sessions the IQA referred back at least once (from the audit log, so re-signed work still counts)."""

    @property
    def sampled(self) -> float:
        """The proportion of signed work quality assured."""
        return self.quality_assured / self.signed if self.signed else 0.0


@dataclass(frozen=True)
class ReferralRate:
    assessor: str
    unit: str
    ref: str
    """A criterion ("1.3"), a section ("section 2"), or "unit" for the unit outcome."""
    referred: int
    judged: int

    @property
    def rate(self) -> float:
        return self.referred / self.judged if self.judged else 0.0


@dataclass
class Sampling:
    by_assessor_unit: list[AssessorUnit] = field(default_factory=list)
    unit_rates: list[ReferralRate] = field(default_factory=list)
    """Per assessor and unit: sessions whose outcome is REFERRAL (or FAIL)."""
    criterion_rates: list[ReferralRate] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    awaiting_qa: list[StoredSession] = field(default_factory=list)


def sampling(stored: list[StoredSession], rubrics: dict[str, Rubric]) -> Sampling:
    """The figures over every session given (unreadable ones are the caller's to report)."""
    result = Sampling()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    unit_referred: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    criterion: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for item in stored:
        session = item.session
        key = (assessor_of(session), session.unit)
        if session.referred_back_count:
            counts[key][2] += 1
        if session.status not in SIGNED_STATES:
            continue
        counts[key][0] += 1
        if session.status is Status.QA_CONFIRMED:
            counts[key][1] += 1
        if session.status in AWAITING_QA:
            result.awaiting_qa.append(item)
        rubric = rubrics.get(session.unit)
        if rubric is None:
            continue
        outcome = unit_outcome(session, rubric)
        unit_referred[key][1] += 1
        unit_referred[key][0] += outcome.result in (Result.REFERRAL, Result.FAIL)
        for ref, referred in _judgements(session, rubric):
            tally = criterion[(*key, ref)]
            tally[1] += 1
            tally[0] += referred
    result.by_assessor_unit = [AssessorUnit(a, u, *c) for (a, u), c in sorted(counts.items())]
    result.unit_rates = [ReferralRate(a, u, "unit", *c) for (a, u), c in sorted(unit_referred.items())]
    result.criterion_rates = [ReferralRate(a, u, r, *c) for (a, u, r), c in sorted(criterion.items(), key=_order)]
    result.flags = _flags(result)
    result.awaiting_qa.sort(key=lambda s: s.session.updated)
    return result


def _judgements(session: Session, rubric: Rubric) -> list[tuple[str, bool]]:
    if rubric.scheme is Scheme.PASS_REFERRAL:
        return [(c.ref, session.criteria.get(c.ref) is not None
                 and session.criteria[c.ref].decision is Decision.REFERRAL) for c in rubric.criteria]
    out = []
    for section in rubric.sections:
        entry = session.sections.get(section.ref)
        below = entry is not None and entry.mark is not None and section.min is not None and entry.mark < section.min
        out.append((f"section {section.ref}", below))
    return out


def _order(item) -> tuple:
    (assessor, unit, ref), _ = item
    return (assessor, unit, [int(p) if p.isdigit() else p for p in ref.replace("section ", "").split(".")])


def _flags(result: Sampling) -> list[str]:
    flags = []
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rate in result.unit_rates:
        totals[rate.assessor][0] += rate.referred
        totals[rate.assessor][1] += rate.judged
    for assessor, (referred, judged) in sorted(totals.items()):
        if judged >= NEVER_REFERS_AFTER and referred == 0:
            flags.append(f"{assessor} has referred nothing in {judged} signed sessions")
    for rate in result.criterion_rates:
        if rate.judged >= ALWAYS_REFERS_AFTER and rate.referred == rate.judged:
            what = rate.ref if rate.ref.startswith("section") else f"AC {rate.ref}"
            flags.append(f"{rate.assessor} referred {what} of {rate.unit} in every one of {rate.judged} sessions")
    return flags


def sampling_text(result: Sampling) -> str:
    """The sampling view as plain text, for ``marker sample``."""
    lines = ["Signed and quality assured, per assessor and unit:"]
    lines += [f"  {r.assessor[:24]:<24} {r.unit:<9} signed {r.signed:>3}  QA'd {r.quality_assured:>3}  "
              f"sampled {r.sampled:>4.0%}  referred back {r.referred_back}" for r in result.by_assessor_unit]
    lines += ["", "Referral rate per assessor and unit (sessions referred or failed):"]
    lines += [f"  {r.assessor[:24]:<24} {r.unit:<9} {r.referred:>3}/{r.judged:<3} {r.rate:>4.0%}" for r in result.unit_rates]
    lines += ["", "Referral rate per criterion:"]
    lines += [f"  {r.assessor[:24]:<24} {r.unit:<9} {r.ref:<10} {r.referred:>3}/{r.judged:<3} {r.rate:>4.0%}"
              for r in result.criterion_rates if r.referred]
    lines += ["", "Worth a look:"] + [f"  {f}" for f in result.flags or ["nothing stands out"]]
    lines += ["", f"Signed, awaiting QA ({len(result.awaiting_qa)}):"]
    lines += [f"  {s.session.learner_name[:24]:<24} {s.session.unit:<9} {assessor_of(s.session)[:20]:<20} {s.path.name}"
              for s in result.awaiting_qa]
    return "\n".join(lines)
