"""A session: one learner × one unit × one attempt, and every change made to it.

The session is plain data the marking screen owns. Each change goes through a method
that validates it and appends to the audit log (time, who, what, old → new), so IQA
and EQA can trace exactly how the decision was reached. The unit outcome is not a
field: ``marker.outcome`` derives it from the decisions every time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from marker.audit_chain import next_link
from marker.errors import SessionError
from marker.fingerprints import fingerprint_of_text
from marker.practice_check import CORRECTION, MOST_INDIVIDUALS, ROW_KEY, PracticeCheck, is_added, is_figures
from marker.rubric import Rubric, Scheme, Section

COALESCE_SECONDS = 60
"""Edits of one text by one person within this time are one audit entry, not one per key."""


def _utcnow() -> datetime:
    """The clock every timestamp comes from (tests replace it)."""
    return datetime.now(UTC)


def now() -> str:
    """The current time as ISO-8601 UTC to the second: ``2025-03-01T09:30:00+00:00``."""
    return _utcnow().replace(microsecond=0).isoformat()


class Decision(StrEnum):
    """The assessor's decision on one criterion, as the result sheet's Pass/Referral box."""

    PASS = "pass"
    REFERRAL = "referral"
    UNMARKED = "unmarked"


class Status(StrEnum):
    """Where the session is in marking and quality assurance: derived, never stored as truth.

    ``Session.status`` follows from the signatures and the audit log (see there); the
    ``status`` a session file carries is written for other readers and never believed.
    """

    DRAFT = "draft"
    SIGNED = "signed"
    IN_QA = "in-qa"
    QA_CONFIRMED = "qa-confirmed"
    REFERRED_BACK = "referred-back"


@dataclass
class SubmissionFile:
    """One file of the learner's submission, as judged."""

    name: str
    path: str
    sha256: str


@dataclass
class CriterionEntry:
    """The assessor's entries for one assessment criterion."""

    decision: Decision = Decision.UNMARKED
    feedback: str = ""
    evidence: list[str] = field(default_factory=list)
    """Pinned passage locations ("essay.docx ¶12"): the audit trail of where the evidence was."""
    carried: bool = False
    """Passed at an earlier attempt and carried forward."""


@dataclass
class SectionEntry:
    """The assessor's entries for one section of a marked unit's mark sheet."""

    mark: int | None = None
    """None until a mark is entered."""
    strengths: str = ""
    weaknesses: str = ""
    question_marks: dict[str, int] = field(default_factory=dict)
    carried: bool = False
    """Reached its minimum at an earlier attempt and carried forward."""


class Verdict(StrEnum):
    """The IQA's view of one assessor judgement: the IQA does not re-mark."""

    AGREE = "agree"
    CHALLENGE = "challenge"


@dataclass
class Review:
    """The IQA's verdict on one criterion (or section), and the assessor's answer to a challenge."""

    verdict: Verdict
    reason: str = ""
    """Why it is challenged (required for a challenge)."""
    answer: str = ""
    """The assessor's answer, after a referral back."""


@dataclass
class QA:
    """The IQA's entries: empty until quality assurance."""

    lo_comments: dict[str, str] = field(default_factory=dict)
    section_marks: dict[str, int] = field(default_factory=dict)
    outcome: str = ""
    """PASS/REFERRAL/FAIL as confirmed at QA signing (derived, recorded for the sheet)."""
    date: str = ""
    signer: str = ""
    comments: str = ""
    reviews: dict[str, Review] = field(default_factory=dict)
    """Per criterion ref (or ``section-N``): agree or challenge."""
    referred_back: str = ""
    """The IQA's reason when the decision was last referred back to the assessor."""


class Role(StrEnum):
    """Who signs: the assessor for the marking, the IQA for quality assurance."""

    ASSESSOR = "assessor"
    IQA = "iqa"


@dataclass
class Signature:
    """A name and date on the sheet, with the digest of the record signed."""

    name: str
    role: str
    date: str
    digest: str
    signed_at: str
    parts: dict[str, str] = field(default_factory=dict)
    """A short digest of each part of the record, so ``marker verify`` can name what changed."""
    key: str = ""
    """The signer's public key (``ed25519:…``); empty on signatures made before marker had keys."""
    signature: str = ""
    """The signer's Ed25519 signature of the digest (``marker.signatures``)."""
    audit_entries: int = 0
    """How many audit entries the signature covers (the log's chained head is in the record)."""

    @property
    def fingerprint(self) -> str:
        """The signer's key fingerprint, ``SHA256:…``; empty for a digest-only signature."""
        return fingerprint_of_text(self.key)


@dataclass
class AuditEntry:
    """One change: when, who, what, and the value before and after."""

    at: str
    who: str
    what: str
    old: str = ""
    new: str = ""
    prev: str = ""
    """The chained digest of every entry before this one (``marker.audit_chain``): a removed or edited
    entry breaks the chain. Empty on entries written before marker chained the log."""


SIGNED_BY_ASSESSOR = "signed by assessor"
QA_SIGNED = "QA signed"
REFERRED_BACK = "referred back to the assessor"
QA_PREFIX = "QA "
"""Every QA entry's audit line starts so: ``QA AC 1.2``, ``QA LO 1 comment``, ``QA signed``."""


def is_assessor_signing(entry: AuditEntry) -> bool:
    return entry.what == SIGNED_BY_ASSESSOR


def is_referral_back(entry: AuditEntry) -> bool:
    return entry.what == REFERRED_BACK


def is_qa_entry(entry: AuditEntry) -> bool:
    return entry.what.startswith(QA_PREFIX) or entry.what == REFERRED_BACK


def is_status_entry(entry: AuditEntry) -> bool:
    """One of the entries ``Session.status`` and the people on a session are found from."""
    return is_assessor_signing(entry) or is_qa_entry(entry)


@dataclass
class Session:
    """One learner's submission for one unit at one attempt, with every entry and change."""

    id: str
    unit: str
    rubric_digest: str
    learner_name: str
    learner_reg: str
    attempt: int = 1
    previous: str = ""
    """The id of the earlier attempt, on a resubmission."""
    centre_number: str = ""
    centre_name: str = ""
    assessor: str = ""
    created: str = field(default_factory=now)
    updated: str = field(default_factory=now)
    files: list[SubmissionFile] = field(default_factory=list)
    criteria: dict[str, CriterionEntry] = field(default_factory=dict)
    lo_comments: dict[str, str] = field(default_factory=dict)
    sections: dict[str, SectionEntry] = field(default_factory=dict)
    qa: QA = field(default_factory=QA)
    practice: PracticeCheck | None = None
    """The assessor's corrections of the practice rows and the figures they confirmed; None until the first."""
    not_identifying: list[str] | None = None
    """Keys of identifying details the assessor judged not identifying (``marker.anonymise``); None until the first."""
    signatures: list[Signature] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    """Append-only: entries are added, never edited (typing coalesces into the last one)."""

    @classmethod
    def new(cls, rubric: Rubric, *, learner_name: str, learner_reg: str, files: list[SubmissionFile],
            centre_number: str = "", centre_name: str = "", assessor: str = "") -> Session:
        """A fresh first attempt with every criterion (or section) of the rubric unmarked."""
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
        """Append an audit entry and mark the session updated."""
        self.updated = now()
        self.audit.append(AuditEntry(self.updated, who, what, old, new, prev=next_link(self.audit)))

    def _log_text(self, who: str, what: str, old: str, new: str) -> None:
        """Typing in one field by one person within a minute is one entry: old → latest."""
        last = self.audit[-1] if self.audit else None
        if last and last.who == who and last.what == what and _seconds_since(last.at) <= COALESCE_SECONDS:
            last.new, last.at = new, now()
            self.updated = last.at
            if last.old == last.new:
                self.audit.pop()  # typed and undone within the minute: nothing changed
            return
        self.log(who, what, old, new)

    def signature(self, role: Role | str) -> Signature | None:
        """The current signature in that role, if signed."""
        return next((s for s in self.signatures if s.role == role), None)

    @property
    def status(self) -> Status:
        """Where the session is, from its signatures and its audit log — never from a stored word.

        QA confirmed needs both signatures; signed work is in QA from the IQA's first entry
        after the assessor signed (opening it in QA mode changes nothing); unsigned work
        is referred back while the IQA's refer-back is later than the assessor's last
        signature, else a draft.
        """
        if self.signature(Role.ASSESSOR) is None:
            return Status.REFERRED_BACK if self._last(is_referral_back) > self._last(is_assessor_signing) \
                else Status.DRAFT
        if self.signature(Role.IQA) is not None:
            return Status.QA_CONFIRMED
        return Status.IN_QA if self._last(is_qa_entry) > self._last(is_assessor_signing) else Status.SIGNED

    def _last(self, matches) -> int:
        """The index of the last audit entry that matches (-1 if none)."""
        return next((i for i in range(len(self.audit) - 1, -1, -1) if matches(self.audit[i])), -1)

    @property
    def referred_back_count(self) -> int:
        """How many times the IQA referred this attempt back, from the audit log."""
        return sum(1 for e in self.audit if is_referral_back(e))

    def _assessor_may_change(self) -> None:
        # The last line of defence under ``marker.rules``: a signed record never changes.
        signed = self.signature(Role.ASSESSOR)
        if signed is not None:
            raise SessionError(f"signed by {signed.name} on {signed.date}: reopen it (the signature is withdrawn) "
                               "to change the assessor's entries")

    # --- pass/referral units --------------------------------------------------------------

    def _criterion(self, ref: str) -> CriterionEntry:
        self._assessor_may_change()
        try:
            return self.criteria[ref]
        except KeyError:
            raise SessionError(f"unit {self.unit} has no criterion {ref!r}") from None

    def set_decision(self, ref: str, decision: Decision | str, who: str) -> None:
        """Record Pass, Referral or unmarked for a criterion; a carried criterion decided again is no longer carried."""
        entry = self._criterion(ref)
        try:
            decision = Decision(decision)
        except ValueError:
            raise SessionError(f"AC {ref}: {decision!r} is not a decision (pass, referral or unmarked)") from None
        if entry.decision is decision:
            return
        self.log(who, f"AC {ref} decision", entry.decision.value, decision.value)
        entry.decision = decision
        entry.carried = False

    def set_feedback(self, ref: str, text: str, who: str) -> None:
        """Replace the criterion's feedback (typing within a minute is one audit entry)."""
        entry = self._criterion(ref)
        if entry.feedback != text:
            self._log_text(who, f"AC {ref} feedback", entry.feedback, text)
            entry.feedback = text

    def pin(self, ref: str, location: str, who: str) -> None:
        """Pin a passage location as evidence the decision relied on."""
        entry = self._criterion(ref)
        if not location.strip():
            raise SessionError(f"AC {ref}: an evidence location cannot be empty")
        if location not in entry.evidence:
            entry.evidence.append(location)
            self.log(who, f"AC {ref} evidence pinned", "", location)

    def unpin(self, ref: str, location: str, who: str) -> None:
        """Remove a pinned location (the audit log keeps that it was pinned)."""
        entry = self._criterion(ref)
        if location in entry.evidence:
            entry.evidence.remove(location)
            self.log(who, f"AC {ref} evidence unpinned", location, "")

    def set_lo_comment(self, lo_ref: str, text: str, who: str) -> None:
        """The assessor's comment on a learning outcome."""
        self._assessor_may_change()
        if not lo_ref.strip():
            raise SessionError(f"unit {self.unit}: a learning outcome comment needs the outcome's ref")
        old = self.lo_comments.get(lo_ref, "")
        if old != text:
            self._log_text(who, f"LO {lo_ref} comment", old, text)
            self.lo_comments[lo_ref] = text

    # --- practice figures ------------------------------------------------------------------

    def correct_practice_row(self, key: str, value: str, who: str, row: str, reading: str) -> None:
        """Count a practice row as the assessor reads it (``value``), or back to the reader's ``reading`` ("").

        ``row`` names it in the audit log ("log.docx table 1 row 3"). A confirmation made before it lapses.
        """
        self._assessor_may_change()
        if not ROW_KEY.fullmatch(key) or (value and not CORRECTION.fullmatch(value)):
            raise SessionError(f"practice row {row}: {value!r} is not practice, supervision or left out")
        check = self.practice or PracticeCheck()
        old = check.rows.get(key, "")
        if old == value:
            return
        self.log(who, f"practice row {row}", old or reading, value or f"{reading} (as read)")
        if value:
            check.rows[key] = value
        else:
            check.rows.pop(key, None)
        check.confirmed = ""
        self.practice = check

    def add_practice_row(self, row: str, who: str) -> None:
        """A session the reader missed, as ``ADDED`` reads ("practice 45 min: 12 Mar with Mentee A")."""
        self._assessor_may_change()
        if not is_added(row):
            raise SessionError(f"{row!r:.60} is not a session to add: its kind, length and what it was")
        check = self.practice or PracticeCheck()
        self.log(who, "practice row added", "", row)
        check.added.append(row)
        check.confirmed = ""
        self.practice = check

    def change_practice_row(self, row: str, new: str, who: str) -> None:
        """A session the assessor added, counted another way ("supervision 40 min: …"), where it stood."""
        check = self._added_by_assessor(row)
        if not is_added(new):
            raise SessionError(f"{new!r:.60} is not a session to add: its kind, length and what it was")
        if new == row:
            return
        self.log(who, "practice row changed", row, new)
        check.added[check.added.index(row)] = new
        check.confirmed = ""

    def remove_practice_row(self, row: str, who: str) -> None:
        """Take back a session the assessor added."""
        check = self._added_by_assessor(row)
        self.log(who, "practice row removed", row, "")
        check.added.remove(row)
        check.confirmed = ""

    def _added_by_assessor(self, row: str) -> PracticeCheck:
        """The practice check holding ``row``, a session the assessor added and may still change."""
        self._assessor_may_change()
        check = self.practice
        if check is None or row not in check.added:
            raise SessionError(f"{row!r:.60} is not a session the assessor added")
        return check

    def count_practice_individuals(self, count: int | None, who: str, reading: int) -> None:
        """The individuals as the assessor counts them (None: as read, ``reading``)."""
        self._assessor_may_change()
        if count is not None and (isinstance(count, bool) or not 0 <= count <= MOST_INDIVIDUALS):
            raise SessionError(f"{count!r} is not a number of individuals (0 to {MOST_INDIVIDUALS})")
        check = self.practice or PracticeCheck()
        if check.individuals == count:
            return
        old = reading if check.individuals is None else check.individuals
        self.log(who, "practice individuals", str(old), f"{reading} (as read)" if count is None else str(count))
        check.individuals = count
        check.confirmed = ""
        self.practice = check

    def confirm_practice(self, figures: str, who: str) -> None:
        """The assessor has checked the rows and confirms the figures they add up to ("" withdraws it)."""
        self._assessor_may_change()
        if not is_figures(figures):
            raise SessionError(f"{figures!r:.60} is not the practice figures as marker writes them")
        check = self.practice or PracticeCheck()
        if check.confirmed == figures:
            return
        self.log(who, "practice figures confirmed" if figures else "practice figures unconfirmed", check.confirmed,
                 figures)
        check.confirmed = figures
        self.practice = check

    def judge_identifying(self, key: str, identifying: bool, who: str, detail: str) -> None:
        """The assessor judges the detail at ``key`` not identifying (or identifying after all).

        ``detail`` names it in the audit log by its kind and location, not by the name itself.
        """
        self._assessor_may_change()
        if not ROW_KEY.fullmatch(key):
            raise SessionError(f"identifying detail {detail}: {key!r} is not a detail's key")
        dismissed = self.not_identifying or []
        if (key not in dismissed) is identifying:
            return
        if identifying:
            dismissed.remove(key)
        else:
            dismissed.append(key)
        self.log(who, "identifying detail judged " + ("identifying" if identifying else "not identifying"), "", detail)
        self.not_identifying = dismissed

    # --- marked units ---------------------------------------------------------------------

    def _section(self, rubric: Rubric | None, ref: str) -> tuple[SectionEntry, Section | None]:
        self._assessor_may_change()
        try:
            entry = self.sections[ref]
        except KeyError:
            raise SessionError(f"unit {self.unit} has no section {ref!r}") from None
        if rubric is None:
            return entry, None
        section = next((s for s in rubric.sections if s.ref == ref), None)
        if section is None:
            raise SessionError(f"the {rubric.unit} rubric ({rubric.path.name}) has no section {ref!r}; "
                               "it has changed since this session began")
        return entry, section

    def set_mark(self, rubric: Rubric, ref: str, mark: int | None, who: str) -> None:
        """The section's mark, from 0 to the section's maximum (None clears it).

        Raises:
            SessionError: the mark is outside 0..max, naming the section and the range.
        """
        entry, section = self._section(rubric, ref)
        assert section is not None
        check_mark(mark, section.max, f"section {ref}")
        if entry.mark != mark:
            self.log(who, f"section {ref} mark", _text(entry.mark), _text(mark))
            entry.mark = mark
            entry.carried = False

    def set_question_mark(self, rubric: Rubric, section_ref: str, question_ref: str, mark: int | None,
                          who: str) -> None:
        """A numbered question's mark, from 0 to the marks it carries (None clears it)."""
        entry, section = self._section(rubric, section_ref)
        assert section is not None
        question = next((q for q in section.questions if q.ref == question_ref), None)
        if question is None:
            raise SessionError(f"section {section_ref} has no question {question_ref!r}")
        check_mark(mark, question.marks, f"question {question_ref}")
        old = entry.question_marks.get(question_ref)
        if old != mark:
            self.log(who, f"question {question_ref} mark", _text(old), _text(mark))
            if mark is None:
                entry.question_marks.pop(question_ref, None)
            else:
                entry.question_marks[question_ref] = mark

    def set_strengths(self, ref: str, text: str, who: str) -> None:
        """The mark sheet's Strengths box for a section."""
        entry, _ = self._section(None, ref)
        if entry.strengths != text:
            self._log_text(who, f"section {ref} strengths", entry.strengths, text)
            entry.strengths = text

    def set_weaknesses(self, ref: str, text: str, who: str) -> None:
        """The mark sheet's Weaknesses box for a section."""
        entry, _ = self._section(None, ref)
        if entry.weaknesses != text:
            self._log_text(who, f"section {ref} weaknesses", entry.weaknesses, text)
            entry.weaknesses = text


def next_attempt(session: Session, rubric: Rubric, files: list[SubmissionFile], who: str) -> Session:
    """A resubmission: the next attempt on new files, passed work carried forward.

    Passed criteria keep their decision, feedback and pins and are marked as carried;
    referred and unmarked criteria start again unmarked. On a marked unit, sections at
    or above their minimum are carried. The new session's audit log records it.
    """
    if rubric.unit != session.unit:
        raise SessionError(f"a resubmission of unit {session.unit} cannot use the {rubric.unit} rubric")
    attempt = Session.new(rubric, learner_name=session.learner_name, learner_reg=session.learner_reg, files=files,
                          centre_number=session.centre_number, centre_name=session.centre_name, assessor=who)
    attempt.audit.clear()
    attempt.attempt, attempt.previous = session.attempt + 1, session.id
    for ref, entry in session.criteria.items():
        if ref in attempt.criteria and entry.decision is Decision.PASS:
            attempt.criteria[ref] = CriterionEntry(Decision.PASS, entry.feedback, list(entry.evidence), carried=True)
    for section in rubric.sections:
        old = session.sections.get(section.ref)
        if old and old.mark is not None and old.mark <= section.max and old.mark >= (section.min or 0):
            attempt.sections[section.ref] = SectionEntry(old.mark, old.strengths, old.weaknesses,
                                                         dict(old.question_marks), carried=True)
    carried = [r for r, e in attempt.criteria.items() if e.carried]
    carried += [f"section {r}" for r, e in attempt.sections.items() if e.carried]
    attempt.log(who, "resubmission", f"attempt {session.attempt} ({session.id})",
                f"attempt {attempt.attempt}; carried forward: {', '.join(carried) or 'nothing'}")
    return attempt


def check_mark(mark: int | None, maximum: int, what: str) -> None:
    """A mark is None (not entered) or a whole number from 0 to ``maximum``."""
    if mark is None:
        return
    if isinstance(mark, bool) or not isinstance(mark, int):
        raise SessionError(f"{what} mark {mark!r} is not a whole number from 0 to {maximum}")
    if not 0 <= mark <= maximum:
        raise SessionError(f"{what} mark {mark} is outside 0..{maximum}")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _seconds_since(stamp: str) -> float:
    try:
        return (_utcnow() - datetime.fromisoformat(stamp)).total_seconds()
    except (TypeError, ValueError):
        return float("inf")
