"""The sign dialog: the outcome and a summary, then the date; the signer is always the user (named once)."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class SignDialog(ModalScreen[tuple[str, date] | None]):
    """Shows why signing is refused, or the signer and asks the date; enter signs, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="sign.cancel")]

    def __init__(self, title: str, outcome: str, summary: list[str], problems: list[str], name: str) -> None:
        super().__init__()
        self.title_text, self.outcome, self.summary, self.problems, self.signer = title, outcome, summary, problems, name

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="sign-dialog"):
            yield Static(Text(self.title_text, style="bold"))
            yield Static(Text(self.outcome, style="bold"))
            yield Static(Text("\n".join(self.summary), style="dim"))
            if self.problems:
                body = Text("Cannot sign yet:\n", style="bold red")
                for problem in self.problems:
                    body.append(f"• {problem}\n", style="red")
                body.append("\nescape closes", style="dim")
                yield Static(body, id="sign-problems")
                return
            yield Static(Text.assemble("Signed by ", (self.signer, "bold"),
                                       ("  (your name, set once in marker's config)", "dim")), id="sign-name")
            yield Input(date.today().isoformat(), placeholder="date, YYYY-MM-DD", id="sign-date")
            yield Static(Text("enter signs · escape cancels · an earlier date than today is recorded in the audit "
                              "log; a future date is refused", style="dim"))

    def on_mount(self) -> None:
        if not self.problems:
            self.query_one("#sign-date", Input).focus()

    @on(Input.Submitted, "#sign-date")
    def _submitted(self, event: Input.Submitted) -> None:
        try:
            on = date.fromisoformat(event.value.strip())
        except ValueError:
            self.notify("the date must be YYYY-MM-DD, e.g. 2026-03-01", severity="error")
            return
        if on > date.today():
            self.notify(f"{on.isoformat()} is in the future: sign with today's date or an earlier one", severity="error")
            return
        self.dismiss((self.signer, on))

    def action_cancel(self) -> None:
        self.dismiss(None)
