"""Signing, reopening, sheets and the IQA's challenges on the marking screen.

``SignedWorkScreen`` holds the actions about the record rather than the marking: sign,
reopen, write the sheets, answer an IQA challenge, the audit log. ``MarkingScreen``
(and through it the QA screen) builds on it and supplies ``marking``, ``ref``,
``_apply_read_only`` and ``_refresh_status``.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from marker.errors import MarkerError
from marker.marking import Marking
from marker.rules import Operation
from marker.session import Session, Verdict

if TYPE_CHECKING:  # the readers load on the reading worker
    from marker.submission.report import Extraction


def show_text(widget: Static, text: str, fixed_height: bool = False) -> None:
    """Update a Static only when its text changes, hidden when empty.

    A Static's update re-lays-out the whole screen, which is most of a keypress's cost;
    a widget of fixed height is repainted without it.
    """
    if getattr(widget, "shown_text", None) == text:
        return
    widget.shown_text = text
    if not fixed_height:
        widget.display = bool(text)
        if not text:
            return  # hidden: nothing to lay out until there is text again
    widget.update(Text(text), layout=not fixed_height)  # names and typed text as written, never markup


def qa_strip_text(session: Session, ref: str, for_assessor: bool = True) -> str:
    review = session.qa.reviews.get(ref)
    lines = []
    if review is not None:
        lines.append(f"IQA: {review.verdict.value}" + (f": {review.reason}" if review.reason else ""))
        if review.answer:
            lines.append(f"Assessor's answer: {review.answer}")
        elif review.verdict is Verdict.CHALLENGE and for_assessor:
            lines.append("a answers the challenge")
    return "\n".join(lines)


def sign_summary(marking: Marking, practice_now: str | None = None) -> list[str]:
    """What the signature covers, in a line or two for the sign dialog; ``practice_now``: the practice
    figures as the submission is read now (``figures_line``), None while it is still being read."""
    session = marking.session
    if marking.is_marked:
        marks = [f"section {r}: {e.mark if e.mark is not None else '–'}" for r, e in session.sections.items()]
        return [" · ".join(marks)]
    decisions = [e.decision.value for e in session.criteria.values()]
    pins = sum(len(e.evidence) for e in session.criteria.values())
    comments = sum(1 for c in session.lo_comments.values() if c.strip())
    return [f"{decisions.count('pass')} Pass · {decisions.count('referral')} Referral · "
            f"{decisions.count('unmarked')} unmarked · {pins} evidence pins · {comments} LO comments",
            f"{len(session.files)} submission file(s), each fixed by its SHA-256", *_practice_line(marking, practice_now)]


def _practice_line(marking: Marking, now: str | None) -> list[str]:
    """Whether the assessor confirmed the practice figures, on a unit that sets practice requirements (advice only)."""
    if not marking.rubric.requirements.any:
        return []
    confirmed = marking.practice_confirmed
    if confirmed and now is not None and now != confirmed:
        return ["practice figures confirmed earlier have changed since: h lists the rows to check again"]
    if confirmed:
        still = " (the submission is still being read)" if now is None else ""
        return [f"practice figures confirmed by the assessor{still} (h shows the rows)"]
    return ["practice figures not confirmed: h lists the rows to check and c confirms them (advice, not required)"]


def practice_now(extraction: Extraction | None, marking: Marking) -> str | None:
    """The practice figures as read now, with the assessor's corrections: what a confirmation is compared with."""
    if extraction is None or extraction.checks.practice is None:
        return None
    from marker.submission.practice_corrected import figures_line

    return figures_line(extraction.checks.corrected_practice(marking.session.practice))


class SignedWorkScreen(Screen):
    """The record's actions, shared by marking and QA."""

    marking: Marking
    extraction: Extraction | None = None
    """The submission as read, once it is (the marking screen's): its identifying details go in the learner report."""

    def action_sign(self) -> None:
        if self.marking.locked_out:
            self.notify(self.marking.locked_out, severity="warning")
            return
        self.marking.flush()
        summary = sign_summary(self.marking, practice_now(self.extraction, self.marking))
        name = self.marking.who

        def signed(signature) -> None:
            if signature is None:
                return  # cancelled, or refused (the dialog said why): nothing changed
            self._apply_read_only()
            self._refresh_status()
            self.refresh_bindings()
            self.notify(f"signed by {signature.name} on {signature.date}; S writes the result sheet",
                        title="Signed", timeout=8)

        from marker.tui.screens.sign import SignDialog  # the dialogs load when first opened

        title = f"Sign the {self.marking.rubric.sheet_title.lower()} for {self.marking.session.learner_name}"
        self.app.push_screen(SignDialog(title, self.marking.outcome_text(), summary, self.marking.sign_problems(), name,
                                        self.marking.sign), signed)

    def action_reopen(self) -> None:
        if self.marking.locked_out:
            self.notify(self.marking.locked_out, severity="warning")
            return
        if refused := self.marking.refusal(Operation.REOPEN):
            self.notify(refused, severity="warning", timeout=8)
            return

        def reopened(reason: str | None) -> None:
            if reason is None:
                return  # escape: nothing changes
            try:
                self.marking.reopen(reason)
            except MarkerError as exc:
                self.notify(str(exc), severity="error")
                return
            self._apply_read_only()
            self._refresh_status()
            self.refresh_bindings()
            self.notify("reopened: the signature is withdrawn and the reason is in the audit log", timeout=6)

        from marker.tui.screens.dialogs import ReasonDialog

        self.app.push_screen(ReasonDialog("Reopen: why? (the signature is withdrawn)",
                                          "the reason goes in the audit log", needed="reopening needs the reason"),
                             reopened)

    def action_write_sheets(self) -> None:
        self.marking.flush()
        self.notify("writing the sheets…", timeout=2)
        # The worker writes from a copy: typing goes on changing the session meanwhile.
        self.write_sheets(copy.deepcopy(self.marking.session))

    @work(thread=True, exclusive=True, group="sheets", name="write sheets", exit_on_error=False)
    def write_sheets(self, session) -> list[Path]:
        from marker.sheets import sheets_folder, write_sheets

        extraction = self.extraction  # the learner report says what to anonymise once the submission is read
        return write_sheets(session, self.marking.rubric, sheets_folder(self.marking.path),
                            identifying=extraction.checks.identifying if extraction is not None else None)

    @on(Worker.StateChanged)
    def _sheets_written(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "sheets":
            return
        if event.state is WorkerState.ERROR:
            self.notify(f"sheets not written: {event.worker.error}", severity="error", timeout=15)
        elif event.state is WorkerState.SUCCESS:
            paths = event.worker.result
            draft = "" if self.marking.session.signatures else " (DRAFT: not signed)"
            self.notify("\n".join(str(p) for p in paths), title=f"Sheets written{draft}", timeout=12)

    def action_answer_challenge(self) -> None:
        review = self.marking.session.qa.reviews.get(self.ref)
        if review is None or review.verdict is not Verdict.CHALLENGE:
            self.notify("the IQA has not challenged this one", timeout=3)
            return
        if refused := self.marking.refusal(Operation.ANSWER):
            self.notify(refused, severity="warning", timeout=8)
            return

        def answered(text: str | None) -> None:
            if text is None:
                return
            try:
                self.marking.answer_challenge(self.ref, text)
            except MarkerError as exc:
                self.notify(str(exc), severity="error")
            self._show_qa()

        from marker.tui.screens.dialogs import TextDialog

        self.app.push_screen(TextDialog("Your answer to the IQA's challenge", review.reason, review.answer), answered)

    def action_audit_log(self) -> None:
        from marker.tui.screens.audit import AuditDialog

        self.app.push_screen(AuditDialog(self.marking.session))

    def _show_qa(self) -> None:
        """The IQA's verdict on this criterion, and the assessor's answer, once there is QA."""
        show_text(self.query_one("#qa-strip", Static), qa_strip_text(self.marking.session, self.ref))
