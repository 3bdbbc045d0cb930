"""Asking for the signing key's passphrase inside the app, for one operation at a time.

The app cannot prompt at the terminal (Textual owns it), so where it signs (the sign
dialog, the IQA's sign-off, the export) it asks in a password field, tries the
passphrase at once, and on a wrong one says so in one line and asks again. The
passphrase is kept only for the call that uses it: the field is emptied as it is read,
and nothing writes or logs it. Opening the key takes well under a millisecond
(PBKDF2, ``bench/bench_passphrase.py``), so it is tried on the UI thread.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from marker.errors import MarkerError

T = TypeVar("T")

# One line each, short enough for the dialog at 80 columns.
WRONG = "wrong passphrase, nothing signed: type it again or escape"
EMPTY = "type your key's passphrase, or escape to cancel"


def key_needs_passphrase() -> bool:
    """Whether the user's key is protected and marker must ask (``marker.keys.needs_passphrase``)."""
    from marker.keys import needs_passphrase  # cryptography loads when someone signs, not at start-up

    return needs_passphrase()


class PassphraseField(Vertical):
    """A password field for the signing key's passphrase, and the line saying why the last one failed."""

    DEFAULT_CSS = "PassphraseField { height: auto; } PassphraseField #passphrase-problem { color: $error; }"

    def compose(self) -> ComposeResult:
        yield Static(Text("Your signing key's passphrase", style="bold"))
        # Compact: the sign dialog keeps its last line in sight at 80x24 with this field in it.
        yield Input(password=True, placeholder="passphrase (not shown)", id="passphrase", compact=True)
        problem = Static(id="passphrase-problem")
        problem.display = False  # no line until there is something to say
        yield problem

    def focus_input(self) -> None:
        self.query_one("#passphrase", Input).focus()

    @property
    def is_empty(self) -> bool:
        return not self.query_one("#passphrase", Input).value

    def attempt(self, operation: Callable[[str], T]) -> T | None:
        """``operation(passphrase)``'s result, or None when the passphrase is empty or wrong (the field says
        so, emptied for another try). Every other ``MarkerError`` is the caller's to show.

        ``operation`` must return something other than None, and change nothing when the
        passphrase is wrong (the domain loads the key before it changes anything).
        """
        from marker.keys import WrongPassphrase

        field = self.query_one("#passphrase", Input)
        passphrase, field.value = field.value, ""  # read once and emptied: held only for this call
        if not passphrase:
            self._say(EMPTY)
            return None
        try:
            return operation(passphrase)
        except WrongPassphrase:
            self._say(WRONG)
            return None

    def _say(self, problem: str) -> None:
        line = self.query_one("#passphrase-problem", Static)
        line.update(problem)
        line.display = True
        self.focus_input()


class PassphraseDialog(ModalScreen[T | None]):
    """Only the passphrase, for an operation with no dialog of its own (the export's signed manifest).

    Enter tries it: right, the dialog closes with ``operation``'s result; wrong, it says
    so and stays; escape cancels and nothing is done.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="passphrase.cancel")]

    def __init__(self, title: str, subtitle: str, operation: Callable[[str], T]) -> None:
        super().__init__()
        self.title_text, self.subtitle, self.operation = title, subtitle, operation

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="passphrase-dialog"):
            yield Static(Text(self.title_text, style="bold"))
            yield Static(Text(self.subtitle, style="dim"))
            yield PassphraseField()
            yield Static(Text("enter goes on · escape cancels", style="dim"))

    def on_mount(self) -> None:
        self.query_one(PassphraseField).focus_input()

    @on(Input.Submitted, "#passphrase")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            result = self.query_one(PassphraseField).attempt(self.operation)
        except MarkerError as exc:  # no key, a damaged one: asking again would not help
            self.notify(str(exc), severity="error", timeout=10)
            self.dismiss(None)
            return
        if result is not None:
            self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(None)
