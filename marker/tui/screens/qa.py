"""QA mode: the assessor's signed judgement read-only beside the evidence; the IQA's entries by key.

The same screen as marking — criterion, indicators, evidence, the assessor's feedback —
with the IQA's keys in place of the assessor's: agree, challenge (with a reason), QA
comment per learning outcome or QA mark per section, sign the QA, or refer it back.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import Static

from marker.errors import MarkerError
from marker.reviewing import Reviewing
from marker.rubric import Section
from marker.tui.screens.dialogs import TextDialog
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
        Binding("d", "toggle_details", "Details", id="qa.details", show=False),
        Binding("J,shift+down", "scroll_indicators(1)", "Indicators: page down", id="qa.indicators-down", show=False),
        Binding("K,shift+up", "scroll_indicators(-1)", "Indicators: page up", id="qa.indicators-up", show=False),
        Binding("n", "notes", "Notes", id="qa.notes", show=False),
        Binding("L", "audit_log", "Audit log", id="qa.audit-log", show=False),
        Binding("S", "write_sheets", "Write sheets", id="qa.sheets", show=False),
        Binding("escape", "leave_editor", "Leave editor", id="qa.leave", show=False),
        Binding("question_mark", "app.show_help_panel", "Keys", id="qa.help"),
        Binding("q", "close", "Close", id="qa.close"),
    ]

    marking: Reviewing

    def opening_notice(self) -> None:
        if self.marking.qa_read_only:
            self.notify(self.marking.qa_read_only, title="Read-only", severity="warning", timeout=8)
        else:
            self.notify("a agrees · c challenges · C QA comment · s signs the QA · b refers it back", title="QA mode",
                        timeout=6)

    def _refresh_item(self, ref: str) -> None:
        state, label, carried = self.marking.item_state(ref)
        review = self.marking.review(ref)
        glyph, style = VERDICT_GLYPHS[review.verdict.value if review else None]
        prompt = Text(glyph, style=style)
        prompt.append_text(item_prompt(ref.removeprefix("section-"), label, state, carried, len(self.marking.pins(ref))))
        self.query_one(CriteriaList).set_state(ref, prompt)

    def _refresh_status(self) -> None:
        super()._refresh_status()
        show_text(self.query_one("#outcome", Static), f"{self.marking.outcome_text()}\n{self.marking.qa_outcome_text()}",
                  fixed_height=True)

    def _show_qa(self) -> None:
        strip = self.query_one("#qa-strip", Static)
        extra = [qa_strip_text(self.marking, self.ref, for_assessor=False)]
        if not self.marking.is_marked:
            lo_ref, _, comment = self.marking.qa_lo_comment_for(self.ref)
            if lo_ref and comment:
                extra.append(f"QA comment on LO {lo_ref}: {comment}")
        else:
            mark = self.marking.session.qa.section_marks.get(self.ref.removeprefix("section-"))
            extra.append(f"QA mark: {'none yet (m)' if mark is None else mark}")
        show_text(strip, "\n".join(filter(None, extra)))

    def _qa_refused(self) -> bool:
        if self.marking.qa_read_only:
            self.notify(self.marking.qa_read_only, severity="warning")
            return True
        return False

    def _after_qa_change(self) -> None:
        self._refresh_item(self.ref)
        self._refresh_status()
        self._show_qa()

    def action_agree(self) -> None:
        if self._qa_refused():
            return
        self.marking.set_review(self.ref, "agree")
        self._after_qa_change()
        self.action_step(1)

    def action_challenge(self) -> None:
        if self._qa_refused():
            return
        ref = self.ref
        current = self.marking.review(ref)

        def challenged(reason: str | None) -> None:
            if reason is None or not reason.strip():
                self.notify("not challenged: a challenge needs the reason", severity="warning")
                return
            self.marking.set_review(ref, "challenge", reason)
            self._after_qa_change()

        label = f"section {ref.removeprefix('section-')}" if ref.startswith("section-") else f"AC {ref}"
        self.app.push_screen(TextDialog(f"Challenge the assessor's judgement on {label}: why?",
                                        "the assessor sees this and answers it", current.reason if current else ""),
                             challenged)

    def action_agree_rest(self) -> None:
        if self._qa_refused():
            return
        count = self.marking.agree_with_the_rest()
        for ref in self.marking.refs():
            self._refresh_item(ref)
        self._after_qa_change()
        self.notify(f"agreed with {count} more", timeout=3)

    def action_qa_comment(self) -> None:
        if self.marking.is_marked:
            self.action_qa_mark()
            return
        lo_ref, heading, current = self.marking.qa_lo_comment_for(self.ref)
        if lo_ref is None or self._qa_refused():
            return

        def save(text: str | None) -> None:
            if text is not None:
                self.marking.set_qa_lo_comment(lo_ref, text)
                self._after_qa_change()

        self.app.push_screen(TextDialog(f"QA comments (optional), Learning Outcome {lo_ref}", heading, current), save)

    def action_qa_mark(self) -> None:
        item = self.marking.item(self.ref)
        if not isinstance(item, Section) or self._qa_refused():
            return
        current = self.marking.session.qa.section_marks.get(item.ref)

        def save(text: str | None) -> None:
            if text is None:
                return
            try:
                self.marking.set_qa_mark(self.ref, int(text) if text.strip() else None)
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
        self.marking.flush()

        def signed(answer) -> None:
            if answer is None:
                return
            try:
                signature = self.marking.qa_sign(*answer)
            except MarkerError as exc:
                self.notify(str(exc), severity="error", timeout=10)
                return
            self._refresh_status()
            self.notify(f"QA signed by {signature.name} on {signature.date}", title="QA confirmed", timeout=8)

        session = self.marking.session
        self.app.push_screen(SignDialog(f"Sign the QA of {session.learner_name}, {session.unit}",
                                        self.marking.qa_outcome_text(), [self.marking.outcome_text()],
                                        self.marking.qa_sign_problems(), self.marking.who), signed)

    def action_refer_back(self) -> None:
        if self._qa_refused():
            return

        def referred(reason: str | None) -> None:
            if not reason or not reason.strip():
                self.notify("not referred back: the assessor needs the reason", severity="warning")
                return
            try:
                self.marking.refer_back(reason)
            except MarkerError as exc:
                self.notify(str(exc), severity="error")
                return
            self._refresh_status()
            self.notify("referred back: the assessor's signature is withdrawn and they will see your reason",
                        title="Referred back", timeout=8)

        self.app.push_screen(TextDialog("Refer it back to the assessor: why?",
                                        "challenged criteria go with it; the assessor's signature is withdrawn", ""),
                             referred)
