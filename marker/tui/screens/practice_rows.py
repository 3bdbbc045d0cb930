"""Every practice row the checks counted or left out, and why: where the assessor checks the figures,
corrects the rows the reader got wrong and confirms what they add up to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Static

from marker.errors import SessionError
from marker.tui.screens.audit import clip

if TYPE_CHECKING:  # the checks load on the reading worker
    from marker.marking import Marking
    from marker.submission.checks import Checks
    from marker.submission.practice import Practice, PracticeRow

KEYS = "space count/leave out · t practice/supervision · m length · a add a missed session · i individuals · c confirm"
LENGTH_PROMPT = "the row's length as you read it: 45 min, 1h30, 1.5 hours (enter, escape)"
INDIVIDUALS_PROMPT = "how many individuals you count (a number; empty for the reading) (enter, escape)"
ADDED_PROMPT = "a session the reader missed: its length and what it was, '45 min, 12 Mar with Mentee A' (enter, escape)"


class PracticeRowsDialog(ModalScreen[None]):
    """The rows as read, with the assessor's corrections; the figures added up again after each."""

    BINDINGS = [
        Binding("escape", "close", "Close", id="practice-rows.close"),
        Binding("q,h", "dismiss", "Close", show=False, id="practice-rows.close-also"),
        Binding("space", "toggle_counted", "Count / leave out", id="practice-rows.count"),
        Binding("t", "toggle_kind", "Practice / supervision", id="practice-rows.kind"),
        Binding("m", "ask_length", "Length", id="practice-rows.length"),
        Binding("a", "ask_added", "Add a missed session", id="practice-rows.add"),
        Binding("i", "ask_individuals", "Individuals", id="practice-rows.individuals"),
        Binding("c", "confirm", "Confirm the figures", id="practice-rows.confirm"),
    ]

    def __init__(self, checks: Checks, marking: Marking) -> None:
        super().__init__()
        self.checks = checks
        self.marking = marking
        self._asking = LENGTH_PROMPT
        """What the box under the table asks for: a row's length, a session the reader missed or the individuals."""

    @property
    def found(self) -> Practice:
        """The figures with the corrections made so far."""
        return self.checks.corrected_practice(self.marking.session.practice)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="practice-rows"):
            with VerticalScroll(id="practice-notes"):  # scrolls at 80×24 so the rows stay in sight
                yield Static(id="practice-summary")
                yield Static(id="practice-doubts")
            yield Static(id="practice-keys")
            yield DataTable(id="practice-table", cursor_type="row", zebra_stripes=True)
            length = Input(placeholder=LENGTH_PROMPT, id="practice-length")
            length.display = False
            yield length

    def on_mount(self) -> None:
        self.query_one(DataTable).add_columns("", "Time", "Kind", "Why", "Where", "Text")
        self._refresh()
        self.query_one(DataTable).focus()

    def _refresh(self) -> None:
        """The summary, doubts and rows as they now stand; the cursor stays on its row."""
        found = self.found
        summary = self.checks.advice(self.marking.rubric, checked=self.marking.session.practice)
        self.query_one("#practice-summary", Static).update(Text(
            "\n".join(line for line in summary if line.startswith(("practice", "supervision")))))
        doubts = self.query_one("#practice-doubts", Static)
        doubts.display = bool(found.doubts)
        doubts.update(Text("\n".join(f"check: {d.text}" for d in found.doubts)))  # the learner's lines, not markup
        refused = self.marking.read_only
        self.query_one("#practice-keys", Static).update(Text(f"read only: {refused}") if refused else KEYS)
        table = self.query_one(DataTable)
        at = table.cursor_row
        table.clear()
        for row in found.rows:
            time = "unread" if row.minutes is None else f"{row.minutes // 60}:{row.minutes % 60:02d}"
            # the learner's words and file names as written: a DataTable reads a plain string as markup
            table.add_row("✓" if row.counted else "·", time, row.kind, Text(clip(row.why, 40)),
                          Text(clip(row.location, 34)), Text(clip(row.text, 60)))
        if found.rows:
            table.move_cursor(row=min(at, len(found.rows) - 1))

    def _row(self) -> tuple[PracticeRow | None, PracticeRow] | None:
        """The row under the cursor, as read (None for a session the assessor added) and as it now stands."""
        found = self.found
        if not found.rows:
            return None
        index = self.query_one(DataTable).cursor_row
        read = self.checks.practice.rows
        return (read[index] if index < len(read) else None), found.rows[index]

    def _added(self) -> str | None:
        """The session under the cursor as the session keeps it, where the assessor added it."""
        index = self.query_one(DataTable).cursor_row - len(self.checks.practice.rows)
        added = self.marking.session.practice.added if self.marking.session.practice else []
        return added[index] if 0 <= index < len(added) else None

    def _change(self, change) -> bool:
        try:
            change()
        except SessionError as refused:
            self.notify(str(refused), severity="warning", timeout=6)
            return False
        self._refresh()
        return True

    def _correct(self, state: str, minutes: int | None = None) -> None:
        from marker.submission.practice_corrected import correction, counted_as, keys_of

        rows = self._row()
        if rows is None:
            return
        read, now = rows
        if read is None:  # a session the assessor added: left out takes it back, the rest changes it where it stands
            if (added := self._added()) is not None:
                length = minutes if minutes is not None else now.minutes
                self._change(lambda: self.marking.remove_practice_row(added) if state == "left out" else
                             self.marking.change_practice_row(added, f"{state} {length} min: {now.text}"))
            return
        length = minutes if minutes is not None else now.minutes
        if state != "left out" and length is None:
            self.notify("No length was read for this row: give it with m first.", timeout=4)
            return
        reading = counted_as(read) + (f" {read.minutes} min" if read.minutes is not None else "")
        value = correction(read, state, length)
        if value == counted_as(read) and not read.doubtful:
            value = ""  # back to what the reader made of it (an unsure row left out is the assessor's answer to it)
        key = keys_of(self.checks.practice.rows)[self.query_one(DataTable).cursor_row]
        self._change(lambda: self.marking.correct_practice_row(key, read.location, value, reading))

    def action_toggle_counted(self) -> None:
        from marker.submission.practice_corrected import COUNTED_AS

        if (rows := self._row()) is not None:
            read, now = rows
            if read is not None and read.doubtful and now.doubtful and now.minutes is None:
                self._correct("left out")  # an unsure row with no length: space says it is not to be counted
            else:
                self._correct("left out" if now.counted else COUNTED_AS.get(now.kind, "practice"))

    def action_toggle_kind(self) -> None:
        if (rows := self._row()) is not None:
            _, now = rows
            supervised = now.counted and now.kind in ("supervision", "tutorial")
            self._correct("practice" if supervised else "supervision")

    def action_ask_length(self) -> None:
        if self._row() is not None:
            self._ask(LENGTH_PROMPT)

    def action_ask_added(self) -> None:
        self._ask(ADDED_PROMPT)

    def action_ask_individuals(self) -> None:
        self._ask(INDIVIDUALS_PROMPT)

    def _individuals_given(self, said: str) -> None:
        count = None if not said else int(said) if said.isascii() and said.isdigit() and len(said) <= 3 else -1
        if count == -1:
            self.notify(f"{said!r:.40} is not a number of individuals: write it as 3, or leave it empty", timeout=5)
            return
        self._close_length()
        self._change(lambda: self.marking.count_practice_individuals(count, len(self.checks.practice.individuals)))

    def _ask(self, prompt: str) -> None:
        if refused := self.marking.read_only:
            self.notify(refused, severity="warning", timeout=6)
            return
        self._asking = prompt
        box = self.query_one("#practice-length", Input)
        box.placeholder = prompt
        box.display = True
        box.value = ""
        box.focus()

    @on(Input.Submitted, "#practice-length")
    def _length_given(self, event: Input.Submitted) -> None:
        from marker.submission.durations import durations_in, read_length

        if self._asking == INDIVIDUALS_PROMPT:
            self._individuals_given(event.value.strip())
            return
        if self._asking == ADDED_PROMPT:
            said = " ".join(event.value.split())
            found = durations_in(said)
            if not found or not 0 < found[0].minutes < 24 * 60 or len(said) > 200:
                self.notify(f"{said!r:.60} gives no length: write it as '45 min, 12 Mar with Mentee A'", timeout=5)
                return
            self._close_length()
            if self._change(lambda: self.marking.add_practice_row(f"practice {found[0].minutes} min: {said}")):
                table = self.query_one(DataTable)
                table.move_cursor(row=table.row_count - 1)
            return
        read = read_length(event.value.strip(), "guess")
        if read is None or not 0 < read.minutes < 24 * 60:
            self.notify(f"{event.value.strip()!r} is not a length: write it as 45 min, 1h30 or 1.5 hours", timeout=5)
            return
        self._close_length()
        rows = self._row()
        state = "practice" if rows is None or not rows[1].counted or rows[1].kind == "session" else "supervision"
        self._correct(state, read.minutes)

    def _close_length(self) -> None:
        box = self.query_one("#practice-length", Input)
        box.display = False
        self.query_one(DataTable).focus()

    def action_close(self) -> None:
        if self.query_one("#practice-length", Input).has_focus:  # escape leaves the length box, not the dialog
            self._close_length()
        else:
            self.dismiss()

    def action_confirm(self) -> None:
        from marker.submission.practice_corrected import figures_line

        found = self.found
        try:
            self.marking.confirm_practice(figures_line(found))
        except SessionError as refused:
            self.notify(str(refused), severity="warning", timeout=6)
            return
        self.notify("Practice figures confirmed: the strip shows them as checked.", timeout=4)
        self._refresh()
