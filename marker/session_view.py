"""Sessions as people and scripts read them: table rows, JSON and plain text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from marker.items import ItemKey
from marker.outcome import unit_outcome
from marker.rubric import Rubric
from marker.people import assessor_of
from marker.session import Session
from marker.listing_index import Listed, list_briefs
from marker.store import plain_data


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


def session_rows(folder: Path, rubrics: dict[str, Rubric], notices: list[str] | None = None) -> list[SessionRow]:
    """A row for every session file in the folder (unreadable ones last), through the listing index.

    The index's notice (it could not be written) is appended to ``notices`` when given.
    """
    listed, notice = list_briefs(folder, rubrics)
    if notice and notices is not None:
        notices.append(notice)
    rows = [listing_row(item, rubrics) for item in listed]
    return [r for r in rows if not r.problem] + [r for r in rows if r.problem]


def listing_row(item: Listed, rubrics: dict[str, Rubric]) -> SessionRow:
    """The row of one listed file, from what the index keeps of it (``marker.listing_index``), or its problem."""
    if item.problem:
        return SessionRow(item.path, learner="(unreadable)", problem=item.problem)
    f = item.facts
    rubric = rubrics.get(f["unit"])
    return SessionRow(item.path, f["learner_name"], f["learner_reg"], f["unit"], f["attempt"], f["status"],
                      item.result(rubric) if rubric else "no rubric", f["assessor"], f["updated"].replace("T", " ")[:16])


def session_json(session: Session, rubric: Rubric) -> dict:
    outcome = unit_outcome(session, rubric)
    data = plain_data(asdict(session))
    data["status"] = session.status.value  # derived from the signatures and the audit log
    data["outcome"] = {"result": outcome.result.value, "summary": outcome.summary, "total": outcome.total,
                       "unmarked": list(outcome.unmarked), "referred": list(outcome.referred),
                       "failing_sections": list(outcome.failing_sections)}
    return data


def session_text(session: Session, rubric: Rubric) -> str:
    s = session
    lines = [f"{s.learner_name} ({s.learner_reg}) · {s.unit} {rubric.title} · attempt {s.attempt} · {s.status.value}",
             f"centre {s.centre_number} {s.centre_name} · assessor {assessor_of(s)}",
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
    if s.practice is not None:
        changed = f"{len(s.practice.rows)} practice row(s) corrected, {len(s.practice.added)} added by the assessor"
        lines.append(f"practice: {changed}; " + (f"figures confirmed: {s.practice.confirmed}" if s.practice.confirmed
                                                  else "figures not confirmed"))
    if s.not_identifying:
        lines.append(f"identifying details judged not identifying by the assessor: {len(s.not_identifying)}")
    lines += _qa_lines(s)
    for sig in s.signatures:
        key = f"key {sig.fingerprint}" if sig.fingerprint else "digest only (no key)"
        lines.append(f"signed: {sig.name} ({sig.role}) {sig.date} {key} digest {sig.digest[:16]}…")
    lines.append("files: " + ", ".join(f"{f.name} ({f.sha256[:12]}…)" for f in s.files))
    lines.append(f"audit entries: {len(s.audit)}")
    return "\n".join(lines)


def _qa_lines(s: Session) -> list[str]:
    """The IQA's entries, once there are any: verdicts, QA comments and QA marks."""
    qa = s.qa
    if not (qa.reviews or qa.lo_comments or qa.comments or qa.section_marks or qa.referred_back):
        return []
    verdicts = [r.verdict.value for r in qa.reviews.values()]
    lines = [f"QA: {verdicts.count('agree')} agreed, {verdicts.count('challenge')} challenged"
             + (f", outcome {qa.outcome} ({qa.date})" if qa.outcome else "")]
    lines += [f"  QA challenge on {ItemKey.parse(ref).label}: {r.reason}" for ref, r in qa.reviews.items() if r.reason]
    lines += [f"  QA comment on LO {lo}: {text}" for lo, text in qa.lo_comments.items() if text.strip()]
    if qa.comments.strip():
        lines.append(f"  QA comment: {qa.comments}")
    if qa.section_marks:
        lines.append("  QA marks: " + ", ".join(f"section {r} {m}" for r, m in qa.section_marks.items()))
    if qa.referred_back:
        lines.append(f"  last referred back: {qa.referred_back}")
    return lines
