"""The audit log of one session: every change, who made it and when, old → new."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from marker.session import Session


def clip(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class AuditDialog(ModalScreen[None]):
    """Read-only: the log is append-only and nobody edits it."""

    BINDINGS = [Binding("escape,q,L", "app.pop_screen", "Close", id="audit.close")]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="audit-dialog"):
            yield Static(Text(f"Audit log: {self.session.learner_name}, {self.session.unit} attempt {self.session.attempt} "
                              f"({len(self.session.audit)} entries; escape closes)"))
            yield DataTable(id="audit-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("When (UTC)", "Who", "What", "Old", "New")
        for entry in self.session.audit:
            # names and what was typed, as written: a DataTable reads a plain string as markup
            table.add_row(Text(entry.at.replace("T", " ")[:19]), *(Text(clip(text, width)) for text, width in (
                (entry.who, 20), (entry.what, 36), (entry.old, 40), (entry.new, 40))))
        table.move_cursor(row=len(self.session.audit) - 1)
        table.focus()
