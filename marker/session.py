"""A session: one learner × one unit × one attempt, and every change made to it.

The session is plain data the marking screen owns. Each change goes through a method
that validates it and appends to the audit log (time, who, what, old → new), so IQA
and EQA can trace exactly how the decision was reached.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from marker.errors import SessionError
from marker.rubric import Rubric, Scheme

COALESCE_SECONDS = 60
"""Edits of one text by one person within this time are one audit entry, not one per key."""


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Decision(StrEnum):
    PASS = "pass"
    REFERRAL = "referral"
    UNMARKED = "unmarked"


class Status(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    IN_QA = "in-qa"
    QA_CONFIRMED = "qa-confirmed"
    REFERRED_BACK = "referred-back"


@dataclass
class SubmissionFile:
    name: str
    path: str
    sha256: str


@dataclass
class CriterionEntry:
    decision: Decision = Decision.UNMARKED
    feedback: str = ""
    evidence: list[str] = field(default_factory=list)
    """Pinned passage locations: the audit trail of where the evidence was."""
    carried: bool = False
    """Passed at an earlier attempt and carried forward."""


@dataclass
class SectionEntry:
    mark: int | None = None
    strengths: str = ""
    weaknesses: str = ""
    question_marks: dict[str, int] = field(default_factory=dict)
    carried: bool = False


@dataclass
class QA:
    """The IQA's entries: empty until quality assurance."""

    lo_comments: dict[str, str] = field(default_factory=dict)
    section_marks: dict[str, int] = field(default_factory=dict)
    outcome: str = ""
    date: str = ""
    signer: str = ""
    comments: str = ""


@dataclass
class Signature:
    name: str
    role: str
    date: str
    digest: str
    signed_at: str


@dataclass
class AuditEntry:
    at: str
    who: str
    what: str
    old: str = ""
    new: str = ""


@dataclass
class Session:
    id: str
    unit: str
    rubric_digest: str
    learner_name: str
    learner_reg: str
    attempt: int = 1
    previous: str = ""
    centre_number: str = ""
    centre_name: str = ""
    assessor: str = ""
    status: Status = Status.DRAFT
    created: str = field(default_factory=now)
    updated: str = field(default_factory=now)
    files: list[SubmissionFile] = field(default_factory=list)
    criteria: dict[str, CriterionEntry] = field(default_factory=dict)
    lo_comments: dict[str, str] = field(default_factory=dict)
    sections: dict[str, SectionEntry] = field(default_factory=dict)
    qa: QA = field(default_factory=QA)
    signatures: list[Signature] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)

    @classmethod
    def new(cls, rubric: Rubric, *, learner_name: str, learner_reg: str, files: list[SubmissionFile],
            centre_number: str = "", centre_name: str = "", assessor: str = "") -> Session:
        """A fresh attempt with every criterion (or section) unmarked."""
        session = cls(id=uuid.uuid4().hex, unit=rubric.unit, rubric_digest=rubric.digest,
                      learner_name=learner_name, learner_reg=learner_reg, centre_number=centre_number,
                      centre_name=centre_name, assessor=assessor, files=list(files))
        if rubric.scheme is Scheme.PASS_REFERRAL:
            session.criteria = {c.ref: CriterionEntry() for c in rubric.criteria}
        else:
            session.sections = {s.ref: SectionEntry() for s in rubric.sections}
        session.log(assessor or "marker", "session created", "", f"{rubric.unit} attempt 1, {len(files)} file(s)")
        return session

    # --- the audit log ------------------------------------------------------------------

    def log(self, who: str, what: str, old: str = "", new: str = "") -> None:
        self.updated = now()
        self.audit.append(AuditEntry(self.updated, who, what, old, new))

    def _log_text(self, who: str, what: str, old: str, new: str) -> None:
        """Typing in one field by one person within a minute is one entry: old → latest."""
        last = self.audit[-1] if self.audit else None
        if last and last.who == who and last.what == what and _seconds_since(last.at) <= COALESCE_SECONDS:
            last.new, last.at = new, now()
            self.updated = last.at
            if last.old == last.new:
                self.audit.pop()  # typed and undone: nothing changed
            return
        self.log(who, what, old, new)

    # --- pass/referral units --------------------------------------------------------------

    def _criterion(self, ref: str) -> CriterionEntry:
        try:
            return self.criteria[ref]
        except KeyError:
            raise SessionError(f"unit {self.unit} has no criterion {ref!r}") from None

    def set_decision(self, ref: str, decision: Decision, who: str) -> None:
        entry = self._criterion(ref)
        if entry.decision is decision:
            return
        self.log(who, f"AC {ref} decision", entry.decision.value, decision.value)
        entry.decision = decision
        entry.carried = False

    def set_feedback(self, ref: str, text: str, who: str) -> None:
        entry = self._criterion(ref)
        if entry.feedback != text:
            self._log_text(who, f"AC {ref} feedback", entry.feedback, text)
            entry.feedback = text

    def pin(self, ref: str, location: str, who: str) -> None:
        entry = self._criterion(ref)
        if location not in entry.evidence:
            entry.evidence.append(location)
            self.log(who, f"AC {ref} evidence pinned", "", location)

    def unpin(self, ref: str, location: str, who: str) -> None:
        entry = self._criterion(ref)
        if location in entry.evidence:
            entry.evidence.remove(location)
            self.log(who, f"AC {ref} evidence unpinned", location, "")

    def set_lo_comment(self, lo_ref: str, text: str, who: str) -> None:
        old = self.lo_comments.get(lo_ref, "")
        if old != text:
            self._log_text(who, f"LO {lo_ref} comment", old, text)
            self.lo_comments[lo_ref] = text

    # --- marked units ---------------------------------------------------------------------

    def _section(self, ref: str) -> SectionEntry:
        try:
            return self.sections[ref]
        except KeyError:
            raise SessionError(f"unit {self.unit} has no section {ref!r}") from None

    def set_mark(self, rubric: Rubric, ref: str, mark: int | None, who: str) -> None:
        entry = self._section(ref)
        section = next(s for s in rubric.sections if s.ref == ref)
        if mark is not None and not 0 <= mark <= section.max:
            raise SessionError(f"section {ref} mark {mark} is outside 0..{section.max}")
        if entry.mark != mark:
            self.log(who, f"section {ref} mark", _text(entry.mark), _text(mark))
            entry.mark = mark
            entry.carried = False

    def set_question_mark(self, rubric: Rubric, section_ref: str, question_ref: str, mark: int | None, who: str) -> None:
        entry = self._section(section_ref)
        section = next(s for s in rubric.sections if s.ref == section_ref)
        question = next((q for q in section.questions if q.ref == question_ref), None)
        if question is None:
            raise SessionError(f"section {section_ref} has no question {question_ref!r}")
        if mark is not None and not 0 <= mark <= question.marks:
            raise SessionError(f"question {question_ref} mark {mark} is outside 0..{question.marks}")
        old = entry.question_marks.get(question_ref)
        if old != mark:
            self.log(who, f"question {question_ref} mark", _text(old), _text(mark))
            if mark is None:
                entry.question_marks.pop(question_ref, None)
            else:
                entry.question_marks[question_ref] = mark

    def set_strengths(self, ref: str, text: str, who: str) -> None:
        entry = self._section(ref)
        if entry.strengths != text:
            self._log_text(who, f"section {ref} strengths", entry.strengths, text)
            entry.strengths = text

    def set_weaknesses(self, ref: str, text: str, who: str) -> None:
        entry = self._section(ref)
        if entry.weaknesses != text:
            self._log_text(who, f"section {ref} weaknesses", entry.weaknesses, text)
            entry.weaknesses = text


def next_attempt(session: Session, rubric: Rubric, files: list[SubmissionFile], who: str) -> Session:
    """A resubmission: the next attempt on new files, passed work carried forward."""
    attempt = Session.new(rubric, learner_name=session.learner_name, learner_reg=session.learner_reg, files=files,
                          centre_number=session.centre_number, centre_name=session.centre_name, assessor=who)
    attempt.audit.clear()
    attempt.attempt, attempt.previous = session.attempt + 1, session.id
    for ref, entry in session.criteria.items():
        if ref in attempt.criteria and entry.decision is Decision.PASS:
            attempt.criteria[ref] = CriterionEntry(Decision.PASS, entry.feedback, list(entry.evidence), carried=True)
    for section in rubric.sections:
        entry = session.sections.get(section.ref)
        if entry and entry.mark is not None and (section.min is None or entry.mark >= section.min):
            attempt.sections[section.ref] = SectionEntry(entry.mark, entry.strengths, entry.weaknesses,
                                                         dict(entry.question_marks), carried=True)
    carried = [r for r, e in attempt.criteria.items() if e.carried] + [f"section {r}" for r, e in attempt.sections.items() if e.carried]
    attempt.log(who, "resubmission", f"attempt {session.attempt} ({session.id})",
                f"attempt {attempt.attempt}; carried forward: {', '.join(carried) or 'nothing'}")
    return attempt


def _text(value) -> str:
    return "" if value is None else str(value)


def _seconds_since(stamp: str) -> float:
    try:
        return (datetime.now(UTC) - datetime.fromisoformat(stamp)).total_seconds()
    except ValueError:
        return float("inf")
