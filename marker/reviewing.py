"""One signed session open for quality assurance: what the QA screen needs, with no Textual in it.

The assessor's entries stay read-only (they are signed); the IQA's operations go through
``marker.qa`` so every one is checked, audited and saved within a second.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from marker.catalogue import Catalogue
from marker.config import Config
from marker.errors import MarkerError, SessionError
from marker.lock import acquire
from marker.marking import Marking
from marker.qa import (qa_outcome, qa_refusal, qa_sign, qa_sign_problems, refer_back, review_refs, set_qa_lo_comment,
                       set_qa_mark, set_review, start_qa)
from marker.session import Review, Role, Signature, Verdict
from marker.store import load, save


class Reviewing(Marking):
    """The IQA's operations on one session, each checked, saved and audited."""

    @property
    def qa_read_only(self) -> str:
        """Why the QA entries cannot be changed here ("" when they can)."""
        if self.locked_out:
            return self.locked_out
        refusal = qa_refusal(self.session, self.who)
        if refusal:
            return refusal
        signature = self.session.signature(Role.IQA)
        if signature is not None:
            return f"QA signed by {signature.name} on {signature.date}: read-only"
        return ""

    def _qa_guard(self) -> None:
        if self.qa_read_only:
            raise SessionError(self.qa_read_only)

    def review(self, ref: str) -> Review | None:
        return self.session.qa.reviews.get(ref)

    def set_review(self, ref: str, verdict: Verdict | str, reason: str = "") -> None:
        self._qa_guard()
        set_review(self.session, self.rubric, ref, verdict, reason, self.who)
        self._changed()

    def agree_with_the_rest(self) -> int:
        """Agree with every criterion not yet reviewed; how many."""
        self._qa_guard()
        rest = [r for r in review_refs(self.rubric) if r not in self.session.qa.reviews]
        for ref in rest:
            set_review(self.session, self.rubric, ref, Verdict.AGREE, "", self.who)
        self._changed()
        return len(rest)

    def qa_lo_comment_for(self, ref: str) -> tuple[str | None, str, str]:
        lo_ref, heading, _ = self.lo_comment_for(ref)
        return lo_ref, heading, self.session.qa.lo_comments.get(lo_ref or "", "")

    def set_qa_lo_comment(self, lo_ref: str, text: str) -> None:
        self._qa_guard()
        set_qa_lo_comment(self.session, lo_ref, text, self.who)
        self._changed()

    def set_qa_mark(self, ref: str, mark: int | None) -> None:
        self._qa_guard()
        set_qa_mark(self.session, self.rubric, ref.removeprefix("section-"), mark, self.who)
        self._changed()

    def qa_outcome_text(self) -> str:
        outcome = qa_outcome(self.session, self.rubric)
        reviews = self.session.qa.reviews.values()
        agreed = sum(1 for r in reviews if r.verdict is Verdict.AGREE)
        challenged = sum(1 for r in reviews if r.verdict is Verdict.CHALLENGE)
        left = len(review_refs(self.rubric)) - agreed - challenged
        return f"QA: {agreed} agreed · {challenged} challenged · {left} to review\nQA outcome {outcome.summary}"

    def qa_sign_problems(self) -> list[str]:
        return qa_sign_problems(self.session, self.rubric, self.who)

    def qa_sign(self, name: str, on: date | None = None) -> Signature:
        if self.locked_out:
            raise SessionError(self.locked_out)
        signature = qa_sign(self.session, self.rubric, name, self.who, on)
        self._save_now()
        return signature

    def refer_back(self, reason: str) -> None:
        if self.locked_out:
            raise SessionError(self.locked_out)
        refer_back(self.session, self.who, reason)
        self._save_now()

    def status_line(self) -> str:
        mode = f" · QA by {self.who}" + (f" · {self.qa_read_only}" if self.qa_read_only else "")
        return super().status_line().replace(" · READ-ONLY", "") + mode


def open_review(config: Config, catalogue: Catalogue, path: Path, who: str) -> Reviewing:
    """Open a signed session for QA, locked for this user; its status becomes in QA.

    Raises:
        MarkerError: not signed yet, or the user marked it themselves, in one line.
    """
    session = load(path)
    refusal = qa_refusal(session, who)
    if refusal:
        raise MarkerError(f"{path.name}: cannot quality assure: {refusal}")
    rubric = catalogue.get(session.unit)
    lock, holder = acquire(path, who)
    reviewing = Reviewing(session, rubric, path, who, lock=lock, locked_out="" if lock else f"opened read-only: {holder}")
    if lock is not None:
        start_qa(session, who)
        try:
            save(session, path.parent, path)
        except MarkerError:
            lock.release()
            raise
    if rubric.digest != session.rubric_digest:
        reviewing.warnings.append(f"the {rubric.unit} rubric ({rubric.path.name}) has changed since it was signed: "
                                  "`marker verify` says what")
    return reviewing
