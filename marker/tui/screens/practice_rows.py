"""Every practice row the checks counted or left out, and why: what the assessor checks the figures against."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from marker.tui.screens.audit import clip

if TYPE_CHECKING:  # the checks load on the reading worker
    from marker.submission.practice import Practice


class PracticeRowsDialog(ModalScreen[None]):
    """Read-only: counted rows first-class, left-out rows with their reason; enter nothing, escape closes."""

    BINDINGS = [Binding("escape,q,h", "app.pop_screen", "Close", id="practice-rows.close")]

    def __init__(self, practice: Practice, summary: list[str]) -> None:
        super().__init__()
        self.practice = practice
        self.summary = summary

    def compose(self) -> ComposeResult:
        counted = sum(r.counted for r in self.practice.rows)
        with Vertical(classes="dialog", id="practice-rows"):
            with VerticalScroll(id="practice-notes"):  # scrolls at 80×24 so the rows stay in sight
                yield Static("\n".join(self.summary), id="practice-summary")
                if self.practice.doubts:  # where the submission disagrees with the figures: the rows to check
                    yield Static("\n".join(f"check: {d.text}" for d in self.practice.doubts), id="practice-doubts")
            yield Static(f"{counted} rows counted, {len(self.practice.rows) - counted} left out (escape closes)")
            yield DataTable(id="practice-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("", "Time", "Kind", "Why", "Where", "Text")
        for row in self.practice.rows:
            time = "unread" if row.minutes is None else f"{row.minutes // 60}:{row.minutes % 60:02d}"
            table.add_row("✓" if row.counted else "·", time, row.kind, clip(row.why, 40), clip(row.location, 34),
                          clip(row.text, 60))
        table.focus()
