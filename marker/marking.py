"""The assessor's operations on one open session: what the marking screen needs, with no Textual in it.

Every change is asked of ``marker.rules`` first (through the open session), then made
on the session — which logs it in the audit trail — and saved within a second. The
IQA's operations are ``marker.reviewing``, a separate object over the same open session.
"""

from __future__ import annotations

from datetime import date

from marker.comment_bank import CommentBank, seeded
from marker.errors import SessionError
from marker.items import ItemKey
from marker.open_session import OpenSession
from marker.qa import answer_challenge
from marker.rubric import Criterion
from marker.rules import Operation
from marker.session import Decision, Signature
from marker.signing import reopen, sign, sign_problems


def forward(name: str) -> property:
    """A read of the open session's attribute (or method) of that name: both roles share one."""
    return property(lambda self: getattr(self.opened, name), doc=f"The open session's ``{name}``.")


class Marking:
    """The assessor's operations on one open session, each checked, saved and audited."""

    def __init__(self, opened: OpenSession, bank: CommentBank | None = None) -> None:
        self.opened = opened
        self.bank = bank

    session = forward("session")
    rubric = forward("rubric")
    path = forward("path")
    who = forward("who")
    locked_out = forward("locked_out")
    saver = forward("saver")
    warnings = forward("warnings")
    paths = forward("paths")
    is_marked = forward("is_marked")
    refs = forward("refs")
    item = forward("item")
    item_state = forward("item_state")
    decision = forward("decision")
    feedback = forward("feedback")
    pins = forward("pins")
    section_entry = forward("section_entry")
    outcome_text = forward("outcome_text")
    tick = forward("tick")
    flush = forward("flush")
    close = forward("close")

    @property
    def read_only(self) -> str:
        """Why the assessor's entries cannot be changed here ("" when they can)."""
        return self.opened.refusal(Operation.MARK)

    def refusal(self, operation: Operation) -> str:
        return self.opened.refusal(operation)

    def _guard(self, operation: Operation = Operation.MARK) -> None:
        if refused := self.opened.refusal(operation):
            raise SessionError(refused)

    def _change(self, change) -> None:
        """Check, make the change, and have it saved within a second."""
        self._guard()
        change()
        self.opened.changed()

    # --- the assessor's entries ----------------------------------------------------------------

    def set_decision(self, ref: ItemKey | str, decision: str) -> None:
        key = ItemKey.parse(ref)
        self._change(lambda: self.session.set_decision(key.ref, Decision(decision), self.who))

    def _change_text(self, current: str, text: str, change) -> None:
        """A text box's change; the same text again is none (an editor loaded with the
        stored text reports a change, and saving for it wrote the file on every step)."""
        if text != current:
            self._change(change)

    def set_feedback(self, ref: ItemKey | str, text: str) -> None:
        key = ItemKey.parse(ref)
        self._change_text(self.feedback(key), text, lambda: self.session.set_feedback(key.ref, text, self.who))

    def toggle_pin(self, ref: ItemKey | str, location: str) -> bool:
        """Pin the location as evidence, or unpin it if pinned; True when now pinned."""
        key = ItemKey.parse(ref)
        pinned = location not in self.session.criteria[key.ref].evidence
        change = self.session.pin if pinned else self.session.unpin
        self._change(lambda: change(key.ref, location, self.who))
        return pinned

    def correct_practice_row(self, key: str, location: str, value: str, reading: str) -> None:
        """Count the practice row keyed ``key`` (``practice_corrected.keys_of``) at ``location`` as ``value``
        (practice, supervision, left out; "" for as read)."""
        self._change(lambda: self.session.correct_practice_row(key, value, self.who, location, reading))

    def add_practice_row(self, row: str) -> None:
        """A session the reader missed ("practice 45 min: 12 Mar with Mentee A")."""
        self._change(lambda: self.session.add_practice_row(row, self.who))

    def remove_practice_row(self, row: str) -> None:
        self._change(lambda: self.session.remove_practice_row(row, self.who))

    def change_practice_row(self, row: str, new: str) -> None:
        self._change(lambda: self.session.change_practice_row(row, new, self.who))

    def judge_identifying(self, detail, identifying: bool) -> None:
        """The assessor judges an identifying detail not identifying (a place, a book), or identifying after all."""
        from marker.anonymise import detail_key

        self._change(lambda: self.session.judge_identifying(detail_key(detail.location, detail.text), identifying,
                                                            self.who, f"{detail.kind} at {detail.location}"))

    @property
    def not_identifying(self) -> list[str]:
        return list(self.session.not_identifying or ())

    def count_practice_individuals(self, count: int | None, reading: int) -> None:
        """The individuals as the assessor counts them (None: back to the ``reading``)."""
        self._change(lambda: self.session.count_practice_individuals(count, self.who, reading))

    def confirm_practice(self, figures: str) -> None:
        """The assessor has looked down the rows: the figures they add up to are confirmed ("" withdraws it)."""
        self._change(lambda: self.session.confirm_practice(figures, self.who))

    @property
    def practice_confirmed(self) -> str:
        return self.session.practice.confirmed if self.session.practice else ""

    def lo_comment_for(self, ref: ItemKey | str) -> tuple[str | None, str, str]:
        """(LO ref, LO heading, current comment) for the criterion's learning outcome."""
        lo_ref, heading = self.opened.learning_outcome(ref)
        return lo_ref, heading, self.session.lo_comments.get(lo_ref or "", "")

    def set_lo_comment(self, lo_ref: str, text: str) -> None:
        self._change(lambda: self.session.set_lo_comment(lo_ref, text, self.who))

    def set_mark(self, ref: ItemKey | str, mark: int | None) -> None:
        key = ItemKey.parse(ref)
        self._change(lambda: self.session.set_mark(self.rubric, key.ref, mark, self.who))

    def question_marks(self, ref: ItemKey | str) -> list[tuple[str, str, int, int | None]]:
        """(ref, text, marks available, mark entered) for each question of a section."""
        section = self.item(ref)
        entered = self.section_entry(ref).question_marks
        return [(q.ref, q.text, q.marks, entered.get(q.ref)) for q in getattr(section, "questions", ())]

    def set_question_marks(self, ref: ItemKey | str, marks: dict[str, int | None]) -> None:
        """Record per-question marks; once all are in, the section's mark is their sum."""
        key = ItemKey.parse(ref)

        def change() -> None:
            for question_ref, mark in marks.items():
                self.session.set_question_mark(self.rubric, key.ref, question_ref, mark, self.who)
            entered = self.section_entry(key).question_marks
            if marks and all(entered.get(q) is not None for q in marks):
                self.session.set_mark(self.rubric, key.ref, sum(entered[q] for q in marks), self.who)

        self._change(change)

    def set_strengths(self, ref: ItemKey | str, text: str) -> None:
        key = ItemKey.parse(ref)
        self._change_text(self.section_entry(key).strengths, text,
                          lambda: self.session.set_strengths(key.ref, text, self.who))

    def set_weaknesses(self, ref: ItemKey | str, text: str) -> None:
        key = ItemKey.parse(ref)
        self._change_text(self.section_entry(key).weaknesses, text,
                          lambda: self.session.set_weaknesses(key.ref, text, self.who))

    # --- signing --------------------------------------------------------------------------------

    def sign_problems(self) -> list[str]:
        if refused := self.opened.refusal(Operation.SIGN):
            return [refused]
        return sign_problems(self.session, self.rubric)

    def sign(self, name: str | None = None, on: date | None = None, passphrase: str | None = None) -> Signature:
        """Sign (as this user, by default) and save at once: the assessor's entries become read-only."""
        self._guard(Operation.SIGN)
        signature = sign(self.session, self.rubric, name or self.who, self.opened.actor, on, passphrase=passphrase)
        self.opened.save_now()
        return signature

    def reopen(self, reason: str) -> None:
        """Withdraw the signature (with the reason, in the audit log) so entries can change."""
        self._guard(Operation.REOPEN)
        reopen(self.session, self.opened.actor, reason)
        self.opened.save_now()

    def answer_challenge(self, ref: ItemKey | str, text: str) -> None:
        """The assessor's answer to the IQA's challenge, while the session is back with them."""
        self._guard(Operation.ANSWER)
        answer_challenge(self.session, ref, text, self.opened.actor)
        self.opened.changed()

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

    def status_line(self) -> str:
        mode = " · READ-ONLY" if self.read_only else ""
        return self.opened.status_line(mode)
