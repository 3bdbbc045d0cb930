"""The sign dialog: the outcome and a summary, then the date (and the key's passphrase if it has one); the signer
is always the user (named once)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from marker.errors import MarkerError
from marker.tui.screens.passphrase import PassphraseField, key_needs_passphrase

if TYPE_CHECKING:
    from marker.session import Signature

Sign = Callable[[str, date, "str | None"], "Signature"]
"""Signs as (name, date, passphrase or None), or raises ``MarkerError``; the dialog calls it."""


class SignDialog(ModalScreen["Signature | None"]):
    """Shows why signing is refused, or the signer and asks the date; enter signs, escape cancels.

    The dialog signs itself (through ``sign``), so that a wrong passphrase can be asked
    again with nothing signed; it closes with the signature, or None when cancelled or
    refused (the refusal is shown as a notification).
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="sign.cancel")]

    def __init__(self, title: str, outcome: str, summary: list[str], problems: list[str], name: str,
                 sign: Sign) -> None:
        super().__init__()
        self.title_text, self.outcome, self.summary, self.problems, self.signer = title, outcome, summary, problems, name
        self.sign = sign
        self.protected = not problems and key_needs_passphrase()
        """The key is passphrase-protected: the dialog asks for the passphrase too."""
        self.signing_on: date | None = None
        """The date typed when enter was pressed, kept while the key opens in a worker."""

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
            if self.protected:
                yield PassphraseField()
            yield Static(Text("enter signs · escape cancels · an earlier date than today is recorded in the audit "
                              "log; a future date is refused", style="dim"))

    def on_mount(self) -> None:
        if self.protected:
            self.query_one(PassphraseField).focus_input()
        elif not self.problems:
            self.query_one("#sign-date", Input).focus()

    @on(Input.Submitted, "#sign-date")
    @on(Input.Submitted, "#passphrase")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        on = self._date()
        if on is None:
            return
        if not self.protected:
            self._sign(lambda: self.sign(self.signer, on, None))
            return
        field = self.query_one(PassphraseField)
        if field.opening:
            return  # enter again while the key opens: the first one signs
        if event.input.id == "sign-date" and field.is_empty:
            field.focus_input()  # the date is fine: the passphrase comes next
            return
        self.signing_on = on
        field.open_key()  # in a worker: the field posts Opened (or says the passphrase is wrong)

    @on(PassphraseField.Opened)
    def _opened(self, message: PassphraseField.Opened) -> None:
        from marker.keys import WrongPassphrase, already_open

        on, opened = self.signing_on or date.today(), message.opened

        def signing() -> Signature | None:
            try:
                with already_open(opened):  # the KDF ran in the worker: signing here is quick
                    return self.sign(self.signer, on, opened.passphrase)
            except WrongPassphrase:  # the key file changed since it was opened: asked again
                self.query_one(PassphraseField).say_wrong()
                return None

        self._sign(signing)

    @on(PassphraseField.Failed)
    def _failed_to_open(self, message: PassphraseField.Failed) -> None:
        self.notify(message.problem, severity="error", timeout=10)
        self.dismiss(None)

    def _date(self) -> date | None:
        """The date typed, or None (said) when it is not a date or is in the future."""
        try:
            on = date.fromisoformat(self.query_one("#sign-date", Input).value.strip())
        except ValueError:
            self.notify("the date must be YYYY-MM-DD, e.g. 2026-03-01", severity="error")
            return None
        if on > date.today():
            self.notify(f"{on.isoformat()} is in the future: sign with today's date or an earlier one", severity="error")
            return None
        return on

    def _sign(self, signing: Callable[[], Signature | None]) -> None:
        try:
            signature = signing()
        except MarkerError as exc:  # refused for a reason asking again would not change: closed, said
            self.notify(str(exc), severity="error", timeout=10)
            self.dismiss(None)
            return
        if signature is not None:  # None: a wrong passphrase, said in the dialog, which stays
            self.dismiss(signature)

    def action_cancel(self) -> None:
        self.dismiss(None)
