"""Sessions as people and scripts read them: table rows, JSON and plain text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from marker.outcome import unit_outcome
from marker.rubric import Rubric
from marker.session import Session
from marker.store import list_sessions, plain_data


@dataclass(frozen=True)
class SessionRow:
    """One line of the home screen's table (or an unreadable file's problem)."""

    path: Path
    learner: str = ""
    reg: str = ""
    unit: str = ""
    attempt: int = 0
    status: str = ""
    outcome: str = ""
    assessor: str = ""
    updated: str = ""
    problem: str = ""

    @property
    def haystack(self) -> str:
        return " ".join(map(str, (self.learner, self.reg, self.unit, self.status, self.outcome, self.assessor))).casefold()


def session_rows(folder: Path, rubrics: dict[str, Rubric]) -> list[SessionRow]:
    found, problems = list_sessions(folder)
    rows = []
    for stored in found:
        s = stored.session
        rubric = rubrics.get(s.unit)
        outcome = unit_outcome(s, rubric).result.value if rubric else "no rubric"
        rows.append(SessionRow(stored.path, s.learner_name, s.learner_reg, s.unit, s.attempt, s.status.value,
                               outcome, s.assessor, s.updated.replace("T", " ")[:16]))
    rows += [SessionRow(Path(p.split(":", 1)[0]), learner="(unreadable)", problem=p) for p in problems]
    return rows


def session_json(session: Session, rubric: Rubric) -> dict:
    outcome = unit_outcome(session, rubric)
    data = plain_data(asdict(session))
    data["outcome"] = {"result": outcome.result.value, "summary": outcome.summary, "total": outcome.total,
                       "unmarked": list(outcome.unmarked), "referred": list(outcome.referred),
                       "failing_sections": list(outcome.failing_sections)}
    return data


def session_text(session: Session, rubric: Rubric) -> str:
    s = session
    lines = [f"{s.learner_name} ({s.learner_reg}) · {s.unit} {rubric.title} · attempt {s.attempt} · {s.status.value}",
             f"centre {s.centre_number} {s.centre_name} · assessor {s.assessor}",
             f"outcome: {unit_outcome(s, rubric).summary}", ""]
    for lo in rubric.outcomes:
        lines.append(f"Learning Outcome {lo.ref} {lo.heading}")
        for c in lo.criteria:
            entry = s.criteria.get(c.ref)
            if entry is None:
                continue
            carried = " (carried)" if entry.carried else ""
            lines.append(f"  AC {c.ref:<5} {entry.decision.value.upper():<9}{carried} {entry.feedback.strip()[:90]}")
            if entry.evidence:
                lines.append(f"           evidence: {'; '.join(entry.evidence)}")
        if s.lo_comments.get(lo.ref):
            lines.append(f"  comment: {s.lo_comments[lo.ref]}")
    for section in rubric.sections:
        entry = s.sections.get(section.ref)
        mark = "-" if entry is None or entry.mark is None else entry.mark
        minimum = f", min {section.min}" if section.min is not None else ""
        lines.append(f"{section.heading}: {mark}/{section.max}{minimum}")
    for sig in s.signatures:
        lines.append(f"signed: {sig.name} ({sig.role}) {sig.date} digest {sig.digest[:16]}…")
    lines.append("files: " + ", ".join(f"{f.name} ({f.sha256[:12]}…)" for f in s.files))
    lines.append(f"audit entries: {len(s.audit)}")
    return "\n".join(lines)
