"""One open session being marked: what the marking screen needs, with no Textual in it.

Wraps the session, its rubric, the debounced saver, the lock and the comment bank, so
every change the assessor makes is validated, logged in the audit trail and saved
within a second — and so the same operations can be tested without a terminal.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from marker.comment_bank import CommentBank, seeded
from marker.errors import SessionError
from marker.lock import Lock
from marker.outcome import unit_outcome
from marker.rubric import Criterion, Rubric, Scheme, Section
from marker.session import Decision, Role, Session, Signature
from marker.qa import assessor_refusal
from marker.signing import reopen, sign, sign_problems
from marker.store import Saver

if TYPE_CHECKING:  # the checks load with the readers, on the reading worker
    from marker.submission.checks import Checks


class Marking:
    """The assessor's operations on one session, each saved and audited."""

    def __init__(self, session: Session, rubric: Rubric, path: Path, who: str,
                 lock: Lock | None = None, locked_out: str = "", bank: CommentBank | None = None) -> None:
        self.session = session
        self.rubric = rubric
        self.path = path
        self.who = who
        self.lock = lock
        self.locked_out = locked_out
        """Who else has the session open ("" when this user holds the lock)."""
        self.saver = Saver(session, path)
        self.bank = bank
        self.checks: Checks | None = None
        self.warnings: list[str] = []
        """Things the assessor should know on opening (the rubric changed, for example)."""

    @property
    def paths(self) -> list[Path]:
        """The submission's files as judged, to read for the evidence view."""
        return [Path(f.path) for f in self.session.files]

    @property
    def read_only(self) -> str:
        """Why the assessor's entries cannot be changed here ("" when they can)."""
        if self.locked_out:
            return self.locked_out
        if refusal := assessor_refusal(self.session, self.who):
            return refusal
        signature = self.session.signature(Role.ASSESSOR)
        if signature is not None:
            return (f"signed by {signature.name} on {signature.date}: the assessor's entries are read-only "
                    "(o reopens it, withdrawing the signature)")
        return ""

    @property
    def is_marked(self) -> bool:
        return self.rubric.scheme is Scheme.MARKS

    # --- what is marked ---------------------------------------------------------------------

    def refs(self) -> list[str]:
        """Criterion refs, or ``section-N`` for the sections of a marked unit."""
        if self.is_marked:
            return [f"section-{s.ref}" for s in self.rubric.sections]
        return [c.ref for c in self.rubric.criteria]

    def item(self, ref: str) -> Criterion | Section:
        if ref.startswith("section-"):
            return next(s for s in self.rubric.sections if s.ref == ref.removeprefix("section-"))
        return next(c for c in self.rubric.criteria if c.ref == ref)

    def item_state(self, ref: str) -> tuple[str, str, bool]:
        """(state, label, carried forward) for the criteria list."""
        item = self.item(ref)
        if isinstance(item, Section):
            entry = self.section_entry(ref)
            if entry.mark is None:
                return "unmarked", f"{item.title}", False
            below = item.min is not None and entry.mark < item.min
            return ("referral" if below else "pass"), f"{entry.mark}/{item.max} {item.title}", False
        entry = self.session.criteria[ref]
        return entry.decision.value, item.text, entry.carried

    def decision(self, ref: str) -> str:
        return self.session.criteria[ref].decision.value

    def feedback(self, ref: str) -> str:
        return self.session.criteria[ref].feedback

    def pins(self, ref: str) -> list[str]:
        if ref.startswith("section-"):
            return []
        return list(self.session.criteria[ref].evidence)

    def section_entry(self, ref: str):
        return self.session.sections[ref.removeprefix("section-")]

    # --- changes ----------------------------------------------------------------------------

    def _changed(self) -> None:
        self.saver.changed()  # saves now, or within a second on the next tick()

    def _guard(self) -> None:
        if self.read_only:
            raise SessionError(self.read_only)

    def set_decision(self, ref: str, decision: str) -> None:
        self._guard()
        self.session.set_decision(ref, Decision(decision), self.who)
        self._changed()

    def set_feedback(self, ref: str, text: str) -> None:
        self._guard()
        self.session.set_feedback(ref, text, self.who)
        self._changed()

    def toggle_pin(self, ref: str, location: str) -> bool:
        """Pin the location as evidence, or unpin it if pinned; True when now pinned."""
        self._guard()
        if location in self.session.criteria[ref].evidence:
            self.session.unpin(ref, location, self.who)
            pinned = False
        else:
            self.session.pin(ref, location, self.who)
            pinned = True
        self._changed()
        return pinned

    def lo_comment_for(self, ref: str) -> tuple[str | None, str, str]:
        """(LO ref, LO heading, current comment) for the criterion's learning outcome."""
        for lo in self.rubric.outcomes:
            if any(c.ref == ref for c in lo.criteria):
                return lo.ref, lo.heading, self.session.lo_comments.get(lo.ref, "")
        return None, "", ""

    def set_lo_comment(self, lo_ref: str, text: str) -> None:
        self._guard()
        self.session.set_lo_comment(lo_ref, text, self.who)
        self._changed()

    def set_mark(self, ref: str, mark: int | None) -> None:
        self._guard()
        self.session.set_mark(self.rubric, ref.removeprefix("section-"), mark, self.who)
        self._changed()

    def question_marks(self, ref: str) -> list[tuple[str, str, int, int | None]]:
        """(ref, text, marks available, mark entered) for each question of a section."""
        section = self.item(ref)
        entered = self.section_entry(ref).question_marks
        return [(q.ref, q.text, q.marks, entered.get(q.ref)) for q in getattr(section, "questions", ())]

    def set_question_marks(self, ref: str, marks: dict[str, int | None]) -> None:
        """Record per-question marks; once all are in, the section's mark is their sum."""
        self._guard()
        section_ref = ref.removeprefix("section-")
        for question_ref, mark in marks.items():
            self.session.set_question_mark(self.rubric, section_ref, question_ref, mark, self.who)
        entered = self.section_entry(ref).question_marks
        if marks and all(entered.get(q) is not None for q in marks):
            self.session.set_mark(self.rubric, section_ref, sum(entered[q] for q in marks), self.who)
        self._changed()

    def set_strengths(self, ref: str, text: str) -> None:
        self._guard()
        self.session.set_strengths(ref.removeprefix("section-"), text, self.who)
        self._changed()

    def set_weaknesses(self, ref: str, text: str) -> None:
        self._guard()
        self.session.set_weaknesses(ref.removeprefix("section-"), text, self.who)
        self._changed()

    # --- signing and sheets ------------------------------------------------------------------

    def sign_problems(self) -> list[str]:
        return sign_problems(self.session, self.rubric)

    def sign(self, name: str, on: date | None = None) -> Signature:
        """Sign and save at once: the assessor's entries become read-only."""
        if refused := self.locked_out or assessor_refusal(self.session, self.who):
            raise SessionError(refused)
        signature = sign(self.session, self.rubric, name, self.who, on)
        self._save_now()
        return signature

    def reopen(self, reason: str) -> None:
        """Withdraw the signature (with the reason, in the audit log) so entries can change."""
        if refused := self.locked_out or assessor_refusal(self.session, self.who):
            raise SessionError(refused)
        reopen(self.session, self.who, reason)
        self._save_now()

    def answer_challenge(self, ref: str, text: str) -> None:
        """The assessor's answer to the IQA's challenge, while the session is back with them."""
        from marker.qa import answer_challenge

        if refused := self.locked_out or assessor_refusal(self.session, self.who):
            raise SessionError(refused)
        answer_challenge(self.session, ref, text, self.who)
        self._changed()

    def _save_now(self) -> None:
        self.saver.changed()
        self.saver.flush()

    def record_checks(self, checks: Checks) -> None:
        self.checks = checks

    # --- comment bank -------------------------------------------------------------------------

    def comment_suggestions(self, ref: str) -> list[str]:
        """Saved comments, the right ones first, then the criterion's indicator wording not yet saved."""
        decision = "" if self.is_marked else self.decision(ref)
        saved = [c.text for c in self.bank.suggestions(self.rubric.unit, ref, decision)] if self.bank else []
        item = self.item(ref)
        seeds = [c.text for c in seeded(self.rubric.unit, item, decision)] if isinstance(item, Criterion) else []
        # A criterion's own saved comments, then its indicators, then other criteria's comments.
        own = [c.text for c in self.bank.comments if (c.unit, c.criterion) == (self.rubric.unit, ref)] if self.bank else []
        first = [t for t in saved if t in own]
        rest = [t for t in saved if t not in own]
        return list(dict.fromkeys(first + seeds + rest))

    def comment_used(self, ref: str, text: str) -> None:
        """Count a use of the comment inserted for ``ref``: the most used come first. An
        indicator's wording used for the first time joins the bank."""
        if self.bank is None:
            return
        matches = [c for c in self.bank.comments if c.text == text]
        best = next((c for c in matches if (c.unit, c.criterion) == (self.rubric.unit, ref)), None)
        if best is None and not matches:
            self.bank.add(self.rubric.unit, ref, "" if self.is_marked else self.decision(ref), text)
            matches = [c for c in self.bank.comments if c.text == text]
        if best or matches:
            self.bank.used(best or matches[0])

    def save_comment(self, ref: str, text: str) -> None:
        if self.bank is not None:
            decision = "" if self.is_marked else self.decision(ref)
            self.bank.add(self.rubric.unit, ref, decision, text)

    # --- what the screen shows --------------------------------------------------------------

    def outcome_text(self) -> str:
        return unit_outcome(self.session, self.rubric).summary

    def status_line(self) -> str:
        s = self.session
        notes = f" · ⚠ {len(self.rubric.notes)} notes (n)" if self.rubric.notes else ""
        mode = " · READ-ONLY" if self.read_only else ""
        # What the assessor must not miss comes first: a long unit title is cut, not these.
        return (f"{s.unit} · attempt {s.attempt} · {s.status.value}{mode}{notes} · "
                f"{s.learner_name or 'unnamed learner'} ({s.learner_reg or 'no reg. no.'}) · {self.rubric.title}")

    # --- closing -----------------------------------------------------------------------------

    def tick(self) -> None:
        if not self.read_only:
            self.saver.tick()

    def flush(self) -> None:
        if not self.read_only:
            self.saver.flush()

    def close(self) -> None:
        """Save what is pending and unlock; the lock goes even if the save fails."""
        try:
            self.flush()
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None
