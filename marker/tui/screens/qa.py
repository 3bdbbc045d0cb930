"""QA mode: the assessor's signed judgement read-only beside the evidence; the IQA's entries by key.

The same screen as marking — criterion, indicators, evidence, the assessor's feedback —
with the IQA's keys in place of the assessor's: agree, challenge (with a reason), QA
comment per learning outcome or QA mark per section, sign the QA, or refer it back.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.binding import Binding
from textual.widgets import Static

from marker.errors import MarkerError
from marker.items import ItemKey
from marker.marking import Marking
from marker.reviewing import Reviewing
from marker.rubric import Section
from marker.rules import Operation
from marker.tui.screens.dialogs import ReasonDialog, TextDialog
from marker.tui.screens.marking import MarkingScreen
from marker.tui.screens.signed_work import qa_strip_text, show_text
from marker.tui.screens.sign import SignDialog
from marker.tui.widgets.criteria_list import CriteriaList, item_prompt

VERDICT_GLYPHS = {"agree": ("QA◆ ", "cyan"), "challenge": ("QA⚑ ", "bold red"), None: ("QA◇ ", "dim")}


class QAScreen(MarkingScreen, inherit_bindings=False):
    """Quality assure one signed session by keys."""

    DEFAULT_CSS = "QAScreen #outcome { height: 9; }"

    BINDINGS = [
        Binding("a", "agree", "Agree", id="qa.agree"),
        Binding("c", "challenge", "Challenge", id="qa.challenge"),
        Binding("A", "agree_rest", "Agree with the rest", id="qa.agree-rest", show=False),
        Binding("C", "qa_comment", "QA comment", id="qa.comment"),
        Binding("m", "qa_mark", "QA mark", id="qa.mark", show=False),
        Binding("s", "qa_sign", "Sign QA", id="qa.sign"),
        Binding("b", "refer_back", "Refer back", id="qa.refer-back"),
        Binding("j,down", "step(1)", "Next", id="qa.next"),
        Binding("k,up", "step(-1)", "Prev", id="qa.previous", show=False),
        Binding("right_square_bracket", "passage(1)", "Next passage", id="qa.next-passage", show=False),
        Binding("left_square_bracket", "passage(-1)", "Prev passage", id="qa.previous-passage", show=False),
        Binding("slash", "search", "Search", id="qa.search", show=False),
        Binding("I", "next_identifying", "Next identifying detail", id="qa.identifying", show=False),
        Binding("d", "toggle_details", "Details", id="qa.details", show=False),
        Binding("J,shift+down", "scroll_indicators(1)", "Indicators: page down", id="qa.indicators-down", show=False),
        Binding("K,shift+up", "scroll_indicators(-1)", "Indicators: page up", id="qa.indicators-up", show=False),
        Binding("n", "notes", "Notes", id="qa.notes", show=False),
        Binding("h", "practice_rows", "Practice rows counted and left out", id="qa.practice-rows", show=False),
        Binding("L", "audit_log", "Audit log", id="qa.audit-log", show=False),
        Binding("S", "write_sheets", "Write sheets", id="qa.sheets", show=False),
        Binding("escape", "leave_editor", "Leave editor", id="qa.leave", show=False),
        Binding("question_mark", "app.show_help_panel", "Keys", id="qa.help"),
        Binding("q", "close", "Close", id="qa.close"),
        Binding("p,r,u,space,o,i,w,Q", "assessor_key", "The assessor's keys", id="qa.assessor-key", show=False),
    ]

    def __init__(self, reviewing: Reviewing, paths: list[Path], password: str | None = None) -> None:
        # The assessor's entries are shown through their own operations over the same open
        # session: the rules refuse this user any change to them, so they are read-only.
        super().__init__(Marking(reviewing.opened), paths, password)
        self.qa = reviewing
        """The IQA's operations: every QA entry goes through these."""

    QA_EDITS = {"agree": Operation.REVIEW, "challenge": Operation.REVIEW, "agree_rest": Operation.REVIEW,
                "qa_comment": Operation.REVIEW, "qa_mark": Operation.REVIEW, "qa_sign": Operation.QA_SIGN,
                "refer_back": Operation.REFER_BACK}

    SAYS_WHY_READ_ONLY_ON_EDIT = False
    """Enter on a criterion shows the assessor's feedback to read: the IQA knows it is theirs only to read."""

    def hint_shown(self, action: str) -> bool:
        """The hints offer a QA key only while the rules allow it; pressed anyway, it says why not."""
        operation = self.QA_EDITS.get(action)
        return operation is None or not self.qa.opened.refusal(operation)

    def opening_notice(self) -> None:
        if self.qa.qa_read_only:
            self.notify(self.qa.qa_read_only, title="Read-only", severity="warning", timeout=8)
        else:
            self.notify("a agrees · c challenges · C QA comment · s signs the QA · b refers it back", title="QA mode",
                        timeout=6)

    def action_assessor_key(self) -> None:
        self.notify("QA mode: the assessor's entries are read-only here; a agrees, c challenges, C comments, "
                    "b refers it back", severity="warning")

    def _refresh_item(self, ref: str) -> None:
        state, label, carried = self.marking.item_state(ref)
        review = self.qa.review(ref)
        glyph, style = VERDICT_GLYPHS[review.verdict.value if review else None]
        prompt = Text(glyph, style=style)
        prompt.append_text(item_prompt(ItemKey.parse(ref).ref, label, state, carried, len(self.marking.pins(ref))))
        self.query_one(CriteriaList).set_state(ref, prompt)

    def _refresh_status(self) -> None:
        self._show_status(self.qa.status_line())
        show_text(self.query_one("#outcome", Static), f"{self.marking.outcome_text()}\n{self.qa.qa_outcome_text()}",
                  fixed_height=True)

    def _show_qa(self) -> None:
        strip = self.query_one("#qa-strip", Static)
        extra = [qa_strip_text(self.qa.session, self.ref, for_assessor=False)]
        title, _, comment = self.qa.qa_comment_for(self.ref)
        if comment:
            extra.append(f"{title.replace(' (optional)', '')}: {comment}")
        if self.qa.is_marked:
            mark = self.qa.qa_mark(self.ref)
            extra.append(f"QA mark: {'none yet (m)' if mark is None else mark}")
        show_text(strip, "\n".join(filter(None, extra)))

    def _qa_refused(self, operation: Operation = Operation.REVIEW) -> bool:
        if refused := self.qa.opened.refusal(operation):
            self.notify(refused, severity="warning")
            return True
        return False

    def _after_qa_change(self) -> None:
        self._refresh_item(self.ref)
        self._refresh_status()
        self._show_qa()

    def action_agree(self) -> None:
        if self._qa_refused():
            return
        self.qa.set_review(self.ref, "agree")
        self._after_qa_change()
        self.action_step(1)

    def action_challenge(self) -> None:
        if self._qa_refused():
            return
        ref = self.ref
        current = self.qa.review(ref)

        def challenged(reason: str | None) -> None:
            if reason is None:
                return  # escape: nothing changes
            try:
                self.qa.set_review(ref, "challenge", reason)
            except MarkerError as exc:
                self.notify(str(exc), severity="error")
                return
            self._after_qa_change()

        self.app.push_screen(ReasonDialog(f"Challenge the assessor's judgement on {ItemKey.parse(ref).label}: why?",
                                          "the assessor sees this and answers it", current.reason if current else "",
                                          needed="a challenge needs the reason, for the assessor to answer"),
                             challenged)

    def action_agree_rest(self) -> None:
        if self._qa_refused():
            return
        count = self.qa.agree_with_the_rest()
        for ref in self.marking.refs():
            self._refresh_item(ref)
        self._after_qa_change()
        # Every criterion not yet reviewed, this one included: "more" miscounted it.
        self.notify(f"agreed with {count} not yet reviewed" if count else "every criterion is already reviewed",
                    timeout=3)

    def action_qa_comment(self) -> None:
        """The QA comment: the learning outcome's, or (marked units) the mark sheet's."""
        if self._qa_refused():
            return
        ref = self.ref
        title, subtitle, current = self.qa.qa_comment_for(ref)

        def save(text: str | None) -> None:
            if text is not None:
                self.qa.set_qa_comment(ref, text)
                self._after_qa_change()

        self.app.push_screen(TextDialog(title, subtitle, current), save)

    def action_qa_mark(self) -> None:
        item = self.marking.item(self.ref)
        if not isinstance(item, Section):
            self.notify("QA marks are for marked units: a agrees, c challenges, C comments", severity="warning")
            return
        if self._qa_refused():
            return
        current = self.qa.qa_mark(self.ref)

        def save(text: str | None) -> None:
            if text is None:
                return
            try:
                self.qa.set_qa_mark(self.ref, int(text) if text.strip() else None)
            except ValueError:
                self.notify("a mark is a whole number", severity="error")
            except MarkerError as exc:
                self.notify(str(exc), severity="error")
            self._after_qa_change()

        self.app.push_screen(TextDialog(f"QA mark for section {item.ref} (0 to {item.max})",
                                        f"{item.title}; the assessor gave {self.marking.section_entry(self.ref).mark}",
                                        "" if current is None else str(current)), save)

    def action_qa_sign(self) -> None:
        if self.marking.locked_out:
            self.notify(self.marking.locked_out, severity="warning")
            return
        self.qa.opened.flush()

        def signed(signature) -> None:
            if signature is None:
                return  # cancelled, or refused (the dialog said why): nothing changed
            self._refresh_status()
            self.refresh_bindings()  # the hints drop what the signed QA no longer allows
            self.notify(f"QA signed by {signature.name} on {signature.date}", title="QA confirmed", timeout=8)

        session = self.marking.session
        self.app.push_screen(SignDialog(f"Sign the QA of {session.learner_name}, {session.unit}",
                                        self.qa.qa_outcome_text(), [self.marking.outcome_text()],
                                        self.qa.qa_sign_problems(), self.qa.who, self.qa.qa_sign), signed)

    def action_refer_back(self) -> None:
        if self._qa_refused(Operation.REFER_BACK):
            return

        def referred(reason: str | None) -> None:
            if reason is None:
                return  # escape: nothing changes, no signature is withdrawn
            try:
                self.qa.refer_back(reason)
            except MarkerError as exc:
                self.notify(str(exc), severity="error")
                return
            self._refresh_status()
            self.refresh_bindings()
            self.notify("referred back: the assessor's signature is withdrawn and they will see your reason",
                        title="Referred back", timeout=8)

        self.app.push_screen(ReasonDialog("Refer it back to the assessor: why?",
                                          "challenged criteria go with it; the assessor's signature is withdrawn",
                                          needed="not referred back: the assessor needs the reason"),
                             referred)
