"""The IQA's operations on one open session: what the QA screen needs, with no Textual in it.

A separate object from the assessor's ``Marking`` over the same ``OpenSession``: the
assessor's entries stay theirs (the rules refuse the IQA any change to them), and every
QA entry is checked by ``marker.rules``, audited by ``marker.qa`` and on disk before the
call returns — saving depends only on whether something is pending, never on the role.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from marker.catalogue import Catalogue
from marker.errors import MarkerError, SessionError
from marker.items import ItemKey, item_keys
from marker.lock import acquire
from marker.marking import forward
from marker.open_session import OpenSession
from marker.qa import (qa_outcome, qa_sign, qa_sign_problems, refer_back, set_qa_comment, set_qa_lo_comment,
                       set_qa_mark, set_review)
from marker.rules import Actor, Operation, refusal
from marker.session import Review, Role, Signature, Verdict
from marker.store import load


class Reviewing:
    """The IQA's operations on one open session, each checked, saved and audited."""

    def __init__(self, opened: OpenSession) -> None:
        self.opened = opened

    session = forward("session")
    rubric = forward("rubric")
    who = forward("who")
    paths = forward("paths")
    is_marked = forward("is_marked")

    @property
    def qa_read_only(self) -> str:
        """Why the QA entries cannot be changed here ("" when they can)."""
        return self.opened.refusal(Operation.REVIEW)

    def _change(self, operation: Operation, change) -> None:
        """Check, make the change, and have it on disk before returning: a QA entry is a decision,
        not typing, so a kill a moment later loses none of them."""
        if refused := self.opened.refusal(operation):
            raise SessionError(refused)
        change()
        self.opened.commit()

    def review(self, ref: ItemKey | str) -> Review | None:
        return self.session.qa.reviews.get(ItemKey.parse(ref).id)

    def set_review(self, ref: ItemKey | str, verdict: Verdict | str, reason: str = "") -> None:
        self._change(Operation.REVIEW,
                     lambda: set_review(self.session, self.rubric, ref, verdict, reason, self.opened.actor))

    def agree_with_the_rest(self) -> int:
        """Agree with every criterion not yet reviewed; how many."""
        rest = [k for k in item_keys(self.rubric) if k.id not in self.session.qa.reviews]

        def agree() -> None:
            for key in rest:
                set_review(self.session, self.rubric, key, Verdict.AGREE, "", self.opened.actor)

        self._change(Operation.REVIEW, agree)
        return len(rest)

    def qa_comment_for(self, ref: ItemKey | str) -> tuple[str, str, str]:
        """(title, subtitle, current text) of the QA comment ``C`` edits for this item.

        Pass/referral units: the learning outcome's QA comment (the result sheet's row);
        marked units: the QA comment on the whole mark sheet.
        """
        lo_ref, heading = self.opened.learning_outcome(ref)
        if lo_ref is not None:
            return (f"QA comments (optional), Learning Outcome {lo_ref}", heading,
                    self.session.qa.lo_comments.get(lo_ref, ""))
        return (f"QA comments (optional), {self.rubric.unit} {self.rubric.title}",
                "on the mark sheet as a whole; m gives the section's QA mark", self.session.qa.comments)

    def set_qa_comment(self, ref: ItemKey | str, text: str) -> None:
        """Keep the QA comment ``C`` edits for this item (see ``qa_comment_for``)."""
        lo_ref, _ = self.opened.learning_outcome(ref)
        if lo_ref is not None:
            self._change(Operation.REVIEW,
                         lambda: set_qa_lo_comment(self.session, lo_ref, text, self.opened.actor))
        else:
            self._change(Operation.REVIEW, lambda: set_qa_comment(self.session, text, self.opened.actor))

    def set_qa_mark(self, ref: ItemKey | str, mark: int | None) -> None:
        self._change(Operation.REVIEW,
                     lambda: set_qa_mark(self.session, self.rubric, ItemKey.parse(ref).id, mark, self.opened.actor))

    def qa_mark(self, ref: ItemKey | str) -> int | None:
        return self.session.qa.section_marks.get(ItemKey.parse(ref).ref)

    def qa_outcome_text(self) -> str:
        outcome = qa_outcome(self.session, self.rubric)
        reviews = self.session.qa.reviews.values()
        agreed = sum(1 for r in reviews if r.verdict is Verdict.AGREE)
        challenged = sum(1 for r in reviews if r.verdict is Verdict.CHALLENGE)
        left = len(item_keys(self.rubric)) - agreed - challenged
        return f"QA: {agreed} agreed · {challenged} challenged · {left} to review\nQA outcome {outcome.summary}"

    def qa_sign_problems(self) -> list[str]:
        if self.opened.locked_out:
            return [self.opened.locked_out]
        return qa_sign_problems(self.session, self.rubric, self.opened.actor)

    def qa_sign(self, name: str | None = None, on: date | None = None, passphrase: str | None = None) -> Signature:
        """Sign the QA (as this user, by default) and save at once."""
        if self.opened.locked_out:
            raise SessionError(self.opened.locked_out)
        signature = qa_sign(self.session, self.rubric, name or self.who, self.opened.actor, on,
                            passphrase=passphrase)
        self.opened.save_now()
        return signature

    def refer_back(self, reason: str) -> None:
        if self.opened.locked_out:
            raise SessionError(self.opened.locked_out)
        refer_back(self.session, self.opened.actor, reason)
        self.opened.save_now()

    def status_line(self) -> str:
        refused = self.qa_read_only
        return self.opened.status_line(f" · QA by {self.who}" + (f" · {refused}" if refused else ""))


def open_review(catalogue: Catalogue, path: Path, who: str) -> Reviewing:
    """Open a signed session for QA, locked for this user. Opening changes nothing: the status
    becomes in QA with the IQA's first entry.

    Raises:
        MarkerError: not signed yet, or the user marked it themselves, in one line.
    """
    session = load(path)
    actor = Actor(who, Role.IQA)
    # Confirmed work opens (read-only, or to refer it back); anything else the IQA may not review is refused.
    refused = refusal(session, actor, Operation.REFER_BACK) or (
        "" if session.signature(Role.IQA) else refusal(session, actor, Operation.REVIEW))
    if refused:
        raise MarkerError(f"{path.name}: cannot quality assure: {refused}")
    rubric = catalogue.get(session.unit)
    lock, holder = acquire(path, who)
    opened = OpenSession(session, rubric, path, actor, lock=lock, locked_out="" if lock else f"opened read-only: {holder}")
    if rubric.digest != session.rubric_digest:
        opened.warnings.append(f"the {rubric.unit} rubric ({rubric.path.name}) has changed since it was signed: "
                               "`marker verify` says what")
    return Reviewing(opened)
