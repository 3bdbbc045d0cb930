"""The marking screen: criterion, indicators, evidence and feedback, all by keyboard.

The screen owns the session; widgets post messages and the handlers here change the
session, save it (debounced) and refresh what changed. Reading the submission runs in
workers (``reading.py``), so even a 300-page PDF never blocks a keypress; so do wrapping a
long text and the checks, which wait until the first criterion's evidence is on screen.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, OptionList, Static, TextArea

from marker import collect_as_usual
from marker.errors import MarkerError
from marker.marking import Marking
from marker.rules import Operation
from marker.items import ItemKey
from marker.rubric import Criterion, Scheme
from marker.store import MIN_SAVE_INTERVAL
from marker.tui.screens.reading import ReadingScreen
from marker.tui.screens.signed_work import show_text
from marker.tui.textmap import block_key, find_all
from marker.tui.widgets.criteria_list import GLYPHS, CriteriaList, item_prompt
from marker.tui.widgets.checks_strip import ChecksStrip
from marker.tui.widgets.criterion_panel import CriterionPanel
from marker.tui.widgets.evidence import EvidenceView, caption, first_passage, step_passage
from marker.tui.widgets.key_hints import KeyHints
from marker.tui.widgets.laid_out_text import LaidOutText

if TYPE_CHECKING:  # the readers and the evidence finder load on the reading worker
    from marker.submission.evidence import Candidate
    from marker.submission.model import Submission
    from marker.submission.report import Extraction


SHOW_PROGRESS_AFTER = 0.3
"""Seconds of reading before a progress bar is drawn."""
NARROW = 100
"""Below this many columns the criteria list folds away: the indicators need the width."""
SHORT = 30
"""Below this many rows the indicators go one line each and the frames thin out (80x24)."""


def hidden(widget: Static) -> Static:
    """A widget that starts hidden and empty, as ``show_text`` leaves it: showing it empty
    and then hiding it would lay the whole screen out again before the first paint."""
    widget.display = False
    widget.shown_text = ""
    return widget


def load_text(editor: TextArea, text: str) -> None:
    """Put a criterion's text in an editor; the same text (often none) is left as it is, as
    loading it again would rebuild the editor's document and repaint it on every key."""
    if editor.text != text:
        editor.load_text(text)
    else:  # as load_text leaves it: no undoing into the last criterion's edits, the cursor at the start
        editor.history.clear()
        editor.move_cursor((0, 0))


class MarkingScreen(ReadingScreen):
    """Mark one session: every criterion beside its indicators and the learner's evidence."""

    BINDINGS = [
        Binding("p", "decide('pass')", "Pass", id="marking.pass"),
        Binding("r", "decide('referral')", "Referral", id="marking.referral"),
        Binding("u", "decide('unmarked')", "Unmark", id="marking.unmark", show=False),
        Binding("j,down", "step(1)", "Next", id="marking.next"),
        Binding("k,up", "step(-1)", "Prev", id="marking.previous", show=False),
        Binding("e", "edit", "Feedback", id="marking.edit"),
        Binding("m", "edit_mark", "Mark", id="marking.mark"),
        Binding("w", "edit_weaknesses", "Weaknesses", id="marking.weaknesses", show=False),
        Binding("Q", "question_marks", "Marks per question", id="marking.question-marks", show=False),
        Binding("right_square_bracket", "passage(1)", "Next passage", id="marking.next-passage"),
        Binding("left_square_bracket", "passage(-1)", "Prev passage", id="marking.previous-passage", show=False),
        Binding("space", "pin", "Pin", id="marking.pin"),
        Binding("slash", "search", "Search", id="marking.search"),
        Binding("I", "next_identifying", "Next identifying detail", id="marking.identifying", show=False),
        Binding("X", "judge_identifying", "Not identifying (the detail I showed)", id="marking.not-identifying",
                show=False),
        Binding("d", "toggle_details", "Details", id="marking.details", show=False),
        Binding("J,shift+down", "scroll_indicators(1)", "Indicators: page down", id="marking.indicators-down", show=False),
        Binding("K,shift+up", "scroll_indicators(-1)", "Indicators: page up", id="marking.indicators-up", show=False),
        Binding("i", "copy_indicator", "Indicator → feedback", id="marking.copy-indicator", show=False),
        Binding("b", "comment_bank", "Comments", id="marking.comment-bank", show=False),
        Binding("B", "save_comment", "Save to comment bank", id="marking.save-comment", show=False),
        Binding("c", "lo_comment", "LO comment", id="marking.lo-comment", show=False),
        Binding("n", "notes", "Notes", id="marking.notes", show=False),
        Binding("h", "practice_rows", "Practice rows counted and left out", id="marking.practice-rows", show=False),
        Binding("s", "sign", "Sign", id="marking.sign"),
        Binding("o", "reopen", "Reopen", id="marking.reopen"),
        Binding("S", "write_sheets", "Write sheets", id="marking.sheets"),
        Binding("a", "answer_challenge", "Answer IQA", id="marking.answer", show=False),
        Binding("L", "audit_log", "Audit log", id="marking.audit-log", show=False),
        Binding("escape", "leave_editor", "Leave editor", id="marking.leave", show=False),
        Binding("question_mark", "app.show_help_panel", "Keys", id="marking.help"),
        Binding("q", "close", "Close", id="marking.close"),
    ]

    def __init__(self, marking: Marking, paths: list[Path], password: str | None = None) -> None:
        super().__init__(marking, paths, password)
        self.passage_index = 0
        self.indicator_index = 0
        self.identifying_index = -1
        """Which identifying detail ``I`` showed last (-1: none yet)."""
        self._loading_editor = False
        self._shown_ref: str | None = None

    # --- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        rubric = self.marking.rubric
        # The size classes before the widgets are mounted: set after, they restyle every
        # widget on the screen (~15 ms of start-up at 80x24).
        narrow, short = self.app.size.width < NARROW, self.app.size.height < SHORT
        self.set_class(narrow, "-narrow")
        self.set_class(short, "-short")
        panel = CriterionPanel(rubric, id="criterion")
        panel.compact = short
        yield Static(id="status")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield CriteriaList(rubric, id="criteria")
                yield Static(id="outcome")
            with Vertical(id="right"):
                yield panel
                yield EvidenceView(id="evidence")
                if rubric.scheme is Scheme.PASS_REFERRAL:
                    yield TextArea(id="feedback", soft_wrap=True, tab_behavior="focus")
                else:
                    with Horizontal(id="marks-row"):
                        yield Input(id="mark", type="integer", placeholder="mark", compact=True)
                        yield TextArea(id="feedback", soft_wrap=True, tab_behavior="focus")
                        yield TextArea(id="weaknesses", soft_wrap=True, tab_behavior="focus")
                yield hidden(Static(id="qa-strip"))  # shown when the IQA has said something
        # No search box until the first / (action_search mounts it): one widget fewer to style
        # and mount before the first criterion is on screen.
        yield ChecksStrip("checks: reading the submission…", id="checks")
        yield KeyHints()

    def on_mount(self) -> None:
        self._fit_to(self.app.size)
        criteria = self.query_one(CriteriaList)
        for ref in self.marking.refs():
            self._refresh_item(ref)
        criteria.select_id(self.marking.refs()[0])
        criteria.focus()
        feedback = self.query_one("#feedback", TextArea)
        feedback.border_title = "Strengths" if self.marking.is_marked else "Assessor feedback"
        if self.marking.is_marked:
            self.query_one("#weaknesses", TextArea).border_title = "Weaknesses"
        self._apply_read_only()
        self.opening_notice()
        self._refresh_status()
        for warning in self.marking.warnings:
            self.notify(warning, severity="warning", timeout=10)
        # Typing is saved at most once a second: flush what is due, on this thread. A
        # failed save (a full disk) is shown and retried; the change stays in memory.
        self.marking.saver.on_error = lambda error: self.notify(str(error), title="Not saved", severity="error", timeout=15)
        self.set_interval(MIN_SAVE_INTERVAL / 4, self.marking.tick)
        self.read_evidence()
        # A progress bar only for a slow read: a cached or small submission shows its
        # evidence before one would be worth drawing.
        self.set_timer(SHOW_PROGRESS_AFTER, self._show_progress)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_to(event.size)

    def _fit_to(self, size) -> None:
        """80x24 is a common terminal: fold the criteria list and compact the indicators there."""
        narrow, short = size.width < NARROW, size.height < SHORT
        if narrow == self.has_class("-narrow") and short == self.has_class("-short"):
            return
        self.set_class(narrow, "-narrow")
        self.set_class(short, "-short")
        panel = self.query_one(CriterionPanel)
        panel.compact = short
        if self._shown_ref is not None:
            panel.fit()
            panel.show(self.marking.item(self.ref))
        self._refresh_status()

    PASS_REFERRAL_ONLY = frozenset({"decide", "copy_indicator"})
    MARKS_ONLY = frozenset({"edit_mark", "edit_weaknesses", "question_marks"})
    ASSESSOR_EDITS = frozenset({"decide", "edit", "edit_mark", "edit_weaknesses", "pin", "question_marks",
                                "copy_indicator", "comment_bank", "lo_comment", "save_comment"})

    def hint_shown(self, action: str) -> bool:
        """Whether the key hints offer ``action`` now: the unit's kind of marking, edits while
        they can be made, sign or reopen as signed.

        Only the hints: every key still runs and, when it cannot act now, says why in one
        line (Textual's ``check_action`` would swallow the key silently).
        """
        if action in (self.PASS_REFERRAL_ONLY if self.marking.is_marked else self.MARKS_ONLY):
            return False
        read_only = bool(self.marking.read_only)
        if action in self.ASSESSOR_EDITS or action == "sign":
            return not read_only
        if action == "reopen":
            return not self.marking.refusal(Operation.REOPEN)
        return True

    def opening_notice(self) -> None:
        """Say why the entries are read-only, or what the IQA asked, on opening."""
        if self.marking.read_only:
            self.notify(self.marking.read_only, title="Read-only", severity="warning", timeout=8)
        referred = self.marking.session.qa.referred_back
        if referred and self.marking.session.status.value == "referred-back":
            self.notify(f"{referred}\n(challenged criteria show the IQA's reason; a answers)",
                        title="Referred back by the IQA", severity="warning", timeout=20)

    def _show_evidence(self, laid_out: LaidOutText | None) -> None:
        """The text, the first criterion's passage; then, once that is on screen, the checks."""
        assert self.located is not None
        self.query("#progress").remove()
        evidence = self.query_one(EvidenceView)
        evidence.border_title = "Submission"
        evidence.show_text(self.located.text_map, laid_out)
        self.passage_index = first_passage(self._candidates())
        self._show_passage()
        self._show_checks("checks: still checking (practice, declaration, identifying details)…")
        evidence.when_drawn(self._after_evidence_shown)

    def _after_evidence_shown(self) -> None:
        """What waits for the first criterion's evidence to be on screen."""
        self.query_one(CriterionPanel).fit()  # the panel's height, for quick steps
        self.check_submission(self.located)
        # The submission's text and its wrapping are many thousands of objects that live as
        # long as the screen. Frozen once laid out, the collector stops walking them on its
        # full passes, which otherwise stalled a keypress now and then by 50-80 ms. Start-up
        # is over: collections back at their defaults (rarer until now).
        collect_as_usual()

    # --- the criterion in hand ----------------------------------------------------------

    @property
    def ref(self) -> str:
        option = self.query_one(CriteriaList).highlighted_option
        return option.id if option and option.id else self.marking.refs()[0]

    @on(OptionList.OptionHighlighted, "#criteria")
    def _criterion_changed(self) -> None:
        if self.ref == self._shown_ref:
            return  # already shown by action_step
        self._shown_ref = self.ref
        self.passage_index = first_passage(self._candidates())
        self.indicator_index = 0
        self.query_one(CriterionPanel).show(self.marking.item(self.ref))
        self._load_editors()
        self._show_passage()
        self._show_qa()

    @on(OptionList.OptionSelected, "#criteria")
    def _criterion_chosen(self) -> None:
        self.action_edit()

    def _load_editors(self) -> None:
        self._loading_editor = True
        try:
            feedback = self.query_one("#feedback", TextArea)
            if self.marking.is_marked:
                entry = self.marking.section_entry(self.ref)
                load_text(feedback, entry.strengths)
                load_text(self.query_one("#weaknesses", TextArea), entry.weaknesses)
                self.query_one("#mark", Input).value = "" if entry.mark is None else str(entry.mark)
                section = self.marking.item(self.ref)
                minimum = f", min {section.min}" if section.min is not None else ""
                self.query_one("#mark", Input).border_title = f"/{section.max}{minimum}"
            else:
                load_text(feedback, self.marking.feedback(self.ref))
                self._title_feedback()
            pins = self.marking.pins(self.ref)
            feedback.border_subtitle = Text("Evidence: " + "; ".join(pins)) if pins else ""  # file names, not markup
        finally:
            self._loading_editor = False

    def _title_feedback(self) -> None:
        """The feedback's frame names the criterion and its decision: with the criteria list
        folded away (a narrow terminal) it is where the decision shows."""
        if self.marking.is_marked:
            return
        state = self.marking.decision(self.ref)
        glyph, style = GLYPHS.get(state, GLYPHS["unmarked"])
        title = Text(f"Assessor feedback on AC {self.ref}")  # a centre's rubric may give a ref any text
        if state != "unmarked":
            title.append(" · ").append(f"{glyph} {state}", style=style)
        self.query_one("#feedback", TextArea).border_title = title

    @on(TextArea.Changed, "#feedback")
    def _feedback_changed(self, event: TextArea.Changed) -> None:
        if self._loading_editor or event.text_area.read_only:
            return
        if self.marking.is_marked:
            self.marking.set_strengths(self.ref, event.text_area.text)
        else:
            self.marking.set_feedback(self.ref, event.text_area.text)

    @on(TextArea.Changed, "#weaknesses")
    def _weaknesses_changed(self, event: TextArea.Changed) -> None:
        if not self._loading_editor and not event.text_area.read_only:
            self.marking.set_weaknesses(self.ref, event.text_area.text)

    @on(Input.Submitted, "#mark")
    def _mark_entered(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        try:
            self.marking.set_mark(self.ref, int(value) if value else None)
        except ValueError:
            self.notify("a mark is a whole number", severity="error")
            return
        except MarkerError as exc:  # out of range, or read-only
            self.notify(str(exc), severity="error")
            return
        self._after_change(self.ref)
        self.query_one(CriteriaList).focus()
        self.action_step(1)

    # --- actions --------------------------------------------------------------------------

    def action_decide(self, decision: str) -> None:
        if self.marking.is_marked:
            self.notify("a marked unit takes marks, not Pass/Referral: press m for the section's mark",
                        severity="warning")
            return
        if self._refuse_if_read_only():
            return
        self.marking.set_decision(self.ref, decision)
        self._after_change(self.ref)

    def action_step(self, step: int) -> None:
        # Show the new criterion in this same handler rather than on the list's message,
        # so the list and the panels repaint together: one repaint per key, not two.
        self.query_one(CriteriaList).move(step)
        self._criterion_changed()

    SAYS_WHY_READ_ONLY_ON_EDIT = True

    def action_edit(self) -> None:
        # Read-only, the feedback is still focused, to scroll through a long one: but it is said
        # why typing changes nothing, as every other refused key says (QA mode says so on opening).
        if self.SAYS_WHY_READ_ONLY_ON_EDIT:
            self._refuse_if_read_only()
        feedback = self.query_one("#feedback", TextArea)
        feedback.focus()
        feedback.move_cursor(feedback.document.end)  # to add to what is there, not type over its start

    def _insert_feedback(self, text: str) -> None:
        """Put text in at the cursor spaced as prose: a space from the word before, none left trailing."""
        feedback = self.query_one("#feedback", TextArea)
        row, column = feedback.cursor_location
        line = feedback.document.get_line(row)
        before, after = line[:column], line[column:]
        text = text.strip()
        if before and not before[-1].isspace():
            text = " " + text
        if after and not after[0].isspace() and after[0] not in ".,;:!?)":
            text += " "
        feedback.insert(text)

    def action_edit_mark(self) -> None:
        if not self.marking.is_marked:
            self.notify("a pass/referral unit takes p (Pass) or r (Referral), not marks", severity="warning")
        elif not self._refuse_if_read_only():
            self.query_one("#mark", Input).focus()

    def action_question_marks(self) -> None:
        if not self.marking.is_marked or self._refuse_if_read_only():
            return
        ref = self.ref
        questions = self.marking.question_marks(ref)
        if not questions:
            self.notify("this section's marks are not given per question: press m for the section's mark",
                        severity="warning")
            return

        def keep(marks: dict[str, int | None] | None) -> None:
            if marks is None:
                return
            try:
                self.marking.set_question_marks(ref, marks)
            except MarkerError as exc:
                self.notify(str(exc), severity="error")
            self._after_change(ref)
            self._load_editors()

        from marker.tui.screens.dialogs import QuestionMarksDialog  # the dialogs load when first opened

        title = f"Section {ItemKey.parse(ref).ref}: marks per question"
        self.app.push_screen(QuestionMarksDialog(title, questions), keep)

    def action_edit_weaknesses(self) -> None:
        if not self.marking.is_marked:
            self.notify("weaknesses are for marked units: e edits the feedback", severity="warning")
        elif not self._refuse_if_read_only():
            self.query_one("#weaknesses", TextArea).focus()

    def action_leave_editor(self) -> None:
        for search in self.query("#search"):
            search.display = False
        self.marking.flush()
        self.query_one(CriteriaList).focus()

    def action_passage(self, step: int) -> None:
        found = self._candidates()
        if not found:
            self.notify("no passages found for this criterion: use / to search", severity="warning")
            return
        self.passage_index = step_passage(found, self.passage_index, step)
        self._show_passage()

    def action_pin(self) -> None:
        found = self._candidates()
        if self._refuse_if_read_only():
            return
        if not found:
            self.notify("no passage shown to pin: / searches the submission", severity="warning")
            return
        if self.passage_index < 0:
            self.notify("no passage is shown: ] steps through the guesses, / searches", severity="warning")
            return
        location = found[self.passage_index].passage.location
        pinned = self.marking.toggle_pin(self.ref, location)
        self.notify(f"{'pinned' if pinned else 'unpinned'} {location}", timeout=2)
        self._after_change(self.ref)
        self._load_editors()

    async def action_search(self) -> None:
        if not self.query("#search"):
            box = Input(id="search", placeholder="search the submission (enter: next match, escape: close)")
            await self.mount(box, before=self.query_one(ChecksStrip))  # where compose would have put it
        search = self.query_one("#search", Input)
        search.border_subtitle = ""
        search.display = True
        search.focus()

    @on(Input.Submitted, "#search")
    def _search(self, event: Input.Submitted) -> None:
        """The next match after the selection, and which of how many it is ("match 2 of 7")."""
        evidence = self.query_one(EvidenceView)
        search = self.query_one("#search", Input)
        found = find_all(evidence.text, event.value)
        if not found:
            search.border_subtitle = ""
            self.notify(f"not found: {event.value}", severity="warning", timeout=3, markup=False)
            return
        after = tuple(evidence.selection.start)
        index = next((i for i, match in enumerate(found) if match > after), 0)
        evidence.select_match(*found[index], len(event.value))
        # On the search box's frame, and on the evidence's, as at 80x24 the box has none.
        search.border_subtitle = f"match {index + 1} of {len(found)}"
        evidence.border_subtitle = Text(f"match {index + 1} of {len(found)}: {event.value}")  # typed text, not markup

    def action_next_identifying(self) -> None:
        """Step through the names, addresses and numbers to anonymise, each selected where it is."""
        if self.extraction is None:
            self.notify("still reading or checking the submission", timeout=2)
            return
        details = self.extraction.checks.identifying
        if not details:
            self.notify("no identifying details found", timeout=3)
            return
        self.identifying_index = (self.identifying_index + 1) % len(details)
        detail = details[self.identifying_index]
        evidence = self.query_one(EvidenceView)
        row = self._first_row(detail.location)
        match = evidence.find(detail.text, row) if row is not None else None
        if match is not None:
            evidence.select_match(*match, len(detail.text))
        where = f"{self.identifying_index + 1} of {len(details)}"
        judged = self._judged_not_identifying(detail)
        evidence.border_subtitle = self._identifying_subtitle(detail, len(details))
        state = " — judged not identifying" if judged else ""
        undo = "X: identifying after all" if judged else "X: not identifying"
        self.notify(f"{detail.text} — {detail.why}\n{detail.location}{state}\n{undo}", title=f"Identifying detail {where}",
                    timeout=6)

    def _identifying_subtitle(self, detail, count: int) -> Text:
        state = " — judged not identifying" if self._judged_not_identifying(detail) else ""
        return Text(f"identifying detail {self.identifying_index + 1} of {count}: {detail.text} ({detail.location}){state}")

    def _judged_not_identifying(self, detail) -> bool:
        from marker.anonymise import judged_not_identifying

        return judged_not_identifying(detail, self.marking.not_identifying)

    def action_judge_identifying(self) -> None:
        """The detail ``I`` showed last is no person's (a place, a book): left out of what must be anonymised; again: back in."""
        details = self.extraction.checks.identifying if self.extraction is not None else ()
        if not 0 <= self.identifying_index < len(details):
            self.notify("I shows an identifying detail first; X then judges it", timeout=4)
            return
        detail = details[self.identifying_index]
        judged = self._judged_not_identifying(detail)
        try:
            self.marking.judge_identifying(detail, identifying=judged)
        except MarkerError as refused:
            self.notify(str(refused), severity="warning", timeout=6)
            return
        self.show_checks()
        self.query_one(EvidenceView).border_subtitle = self._identifying_subtitle(detail, len(details))
        self.notify(f"{detail.text} ({detail.location}): " + ("back among the details to anonymise" if judged else
                    "judged not identifying, left out of the learner report and the export's warning"), timeout=5)

    def _first_row(self, location: str) -> int | None:
        """The evidence view's row where the block at ``location`` starts."""
        if self.located is None:
            return None
        rows = self.located.text_map.rows
        for document in self.located.submission.documents:
            for block in document.blocks:
                if block.location == location and block_key(block) in rows:
                    return rows[block_key(block)][0]
        return None

    def action_toggle_details(self) -> None:
        panel = self.query_one(CriterionPanel)
        panel.unfolded = not panel.unfolded
        panel.fit()
        panel.show(self.marking.item(self.ref))

    def action_scroll_indicators(self, direction: int) -> None:
        """Page through the indicators: at 80x24 the panel shows a few lines of them."""
        panel = self.query_one(CriterionPanel)
        panel.scroll_relative(y=direction * max(1, panel.scrollable_content_region.height - 1), animate=False)

    def action_copy_indicator(self) -> None:
        item = self.marking.item(self.ref)
        if not isinstance(item, Criterion):
            self.notify("a marked unit has no sufficiency indicators to copy", severity="warning")
            return
        if self._refuse_if_read_only():
            return
        decision = self.marking.decision(self.ref)
        lines = item.referral_indicators if decision == "referral" else item.pass_indicators
        line = lines[self.indicator_index % len(lines)]
        self.indicator_index += 1
        self._insert_feedback(line)

    def action_comment_bank(self) -> None:
        if self._refuse_if_read_only():
            return

        ref = self.ref

        def insert(text: str | None) -> None:
            if text:
                self._insert_feedback(text)
                self._save_bank(ref, text, self.marking.comment_used)

        from marker.tui.screens.dialogs import CommentBankDialog

        self.app.push_screen(CommentBankDialog(self.marking.comment_suggestions(self.ref)), insert)

    def action_save_comment(self) -> None:
        text = self.query_one("#feedback", TextArea).selected_text or self.query_one("#feedback", TextArea).text
        if text.strip() and self._save_bank(self.ref, text, self.marking.save_comment):
            self.notify("saved to the comment bank", timeout=2)

    def _save_bank(self, ref: str, text: str, change) -> bool:
        """Change the comment bank; a file that cannot be written is said, and marking goes on."""
        try:
            change(ref, text)
        except OSError as exc:
            self.notify(f"comment bank not saved: {exc.strerror or exc}", severity="error", timeout=10)
            return False
        return True

    def action_lo_comment(self) -> None:
        lo_ref, heading, current = self.marking.lo_comment_for(self.ref)
        if lo_ref is None:
            self.notify("a marked unit has no learning outcome comment: e edits strengths, w weaknesses",
                        severity="warning")
            return
        if self._refuse_if_read_only():
            return

        def save(text: str | None) -> None:
            if text is not None:
                self.marking.set_lo_comment(lo_ref, text)
                self._refresh_status()

        from marker.tui.screens.dialogs import TextDialog

        self.app.push_screen(TextDialog(f"Learning Outcome {lo_ref} comments (optional)", heading, current), save)

    def action_notes(self) -> None:
        from marker.tui.screens.dialogs import NotesDialog

        self.app.push_screen(NotesDialog(self.marking.rubric))

    def action_practice_rows(self) -> None:
        """Every row of the learner's practice records, counted or left out with why."""
        from marker.tui.screens.practice_rows import PracticeRowsDialog

        if self.extraction is None:
            self.notify("Still reading or checking the submission.", timeout=3)
        elif self.extraction.checks.practice is None:
            self.notify(f"Unit {self.marking.rubric.unit} sets no practice requirements.", timeout=4)
        else:  # the strip shows the corrections and a confirmation once the dialog closes
            self.app.push_screen(PracticeRowsDialog(self.extraction.checks, self.marking), lambda _: self.show_checks())

    def action_close(self) -> None:
        self.dismiss()

    def on_unmount(self) -> None:
        """However the screen goes (close, quit, a crash in the app), save and unlock."""
        try:
            self.save_and_unlock()
        finally:
            gc.unfreeze()  # what was frozen with this submission can be collected once it goes

    def save_and_unlock(self) -> None:
        """Save what is pending and release the lock; again is harmless (the app calls it
        first when a signal stops it, and the screen's unmounting calls it after)."""
        try:
            self.marking.close()
        except MarkerError as error:
            print(f"marker: not saved: {error}", file=sys.stderr)

    # --- refreshing -----------------------------------------------------------------------

    def _candidates(self):
        if self.located is None:
            return []
        return self.located.candidates.get(self.ref, [])

    def _show_passage(self) -> None:
        evidence = self.query_one(EvidenceView)
        found = self._candidates()
        if self.located is None or evidence.text_map is None:
            return
        if not found:
            evidence.show_candidate(None, "no passage found — / to search")
            return
        index = min(self.passage_index, len(found) - 1)
        candidate = found[index] if index >= 0 else None
        pinned = candidate is not None and candidate.passage.location in self.marking.pins(self.ref)
        evidence.show_candidate(candidate, caption(found, index, pinned))

    def _after_change(self, ref: str) -> None:
        self._refresh_item(ref)
        self._refresh_status()
        if ref == self.ref:
            self._title_feedback()

    def _refresh_item(self, ref: str) -> None:
        state, label, carried = self.marking.item_state(ref)
        self.query_one(CriteriaList).set_state(ref, item_prompt(ItemKey.parse(ref).ref, label, state, carried,
                                                                len(self.marking.pins(ref))))

    def _refresh_status(self) -> None:
        self._show_status(self.marking.status_line())
        show_text(self.query_one("#outcome", Static), self.marking.outcome_text(), fixed_height=True)

    def _show_status(self, line: str) -> None:
        """The status line; led by the outcome when the outcome panel is folded away with the list."""
        if self.has_class("-narrow"):
            line = f"{self.marking.outcome_text().split(':')[0]} · {line}"
        show_text(self.query_one("#status", Static), line, fixed_height=True)

    def _apply_read_only(self) -> None:
        locked = bool(self.marking.read_only)
        for editor in self.query(TextArea).results(TextArea):
            if editor.id != "evidence":
                editor.read_only = locked
        for field in self.query("#mark").results(Input):
            field.disabled = locked

    def _refuse_if_read_only(self) -> bool:
        if self.marking.read_only:
            self.notify(self.marking.read_only, severity="warning")
            return True
        return False
