"""Asking for the signing key's passphrase inside the app, for one operation at a time.

The app cannot prompt at the terminal (Textual owns it), so where it signs (the sign
dialog, the IQA's sign-off, the export) it asks in a password field, tries the
passphrase at once, and on a wrong one says so in one line and asks again. The
passphrase is kept only for the call that uses it: the field is emptied as it is read,
and nothing writes or logs it. Opening the key runs scrypt, a noticeable fraction of a
second on purpose (``bench/bench_passphrase.py``), so the field opens it in a worker,
saying "opening your key…", and posts ``Opened``; the screen then signs on the UI thread
with the key already open (``marker.keys.already_open``), so the KDF runs once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from marker.errors import MarkerError

if TYPE_CHECKING:
    from marker.keys import OpenedKey

T = TypeVar("T")

# One line each, short enough for the dialog at 80 columns.
WRONG = "wrong passphrase, nothing signed: type it again or escape"
EMPTY = "type your key's passphrase, or escape to cancel"
OPENING = "opening your key…"


def key_needs_passphrase() -> bool:
    """Whether the user's key is protected and marker must ask (``marker.keys.needs_passphrase``)."""
    from marker.keys import needs_passphrase  # cryptography loads when someone signs, not at start-up

    return needs_passphrase()


class PassphraseField(Vertical):
    """A password field for the signing key's passphrase, and the line saying what is happening or why the
    last one failed. Enter is the screen's to handle: it calls ``open_key``, and the field posts ``Opened``
    (or ``Failed``, for a problem asking again would not change)."""

    DEFAULT_CSS = """
    PassphraseField { height: auto; }
    PassphraseField #passphrase-problem { color: $error; }
    PassphraseField #passphrase-problem.-opening { color: $text-muted; }
    """

    class Opened(Message):
        """The passphrase opened the key: the screen uses it now, within ``marker.keys.already_open``."""

        def __init__(self, opened: OpenedKey) -> None:
            super().__init__()
            self.opened = opened

    class Failed(Message):
        """The key cannot be opened for a reason another passphrase would not change (no key, a damaged one)."""

        def __init__(self, problem: str) -> None:
            super().__init__()
            self.problem = problem

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

    @property
    def opening(self) -> bool:
        """The key is being opened: another enter waits for it."""
        return any(worker.is_running for worker in self.workers if worker.group == "open-key")

    def open_key(self) -> None:
        """Open the key with the passphrase typed, in a worker; an empty field says so instead."""
        field = self.query_one("#passphrase", Input)
        passphrase, field.value = field.value, ""  # read once and emptied: held only for this attempt
        if not passphrase:
            self._say(EMPTY)
            return
        self._say(OPENING, opening=True)
        field.disabled = True
        self._open(passphrase)

    # The description is fixed: by default Textual describes a worker by its arguments' repr, passphrase included.
    @work(thread=True, exclusive=True, group="open-key", name="open the signing key",
          description="open the signing key", exit_on_error=False)
    def _open(self, passphrase: str) -> OpenedKey:
        from marker.keys import open_signing_key  # cryptography loads when someone signs, not at start-up

        return open_signing_key(passphrase)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "open-key" or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        event.stop()
        from marker.keys import WrongPassphrase

        self.query_one("#passphrase", Input).disabled = False
        if event.state is WorkerState.SUCCESS:
            self.query_one("#passphrase-problem", Static).display = False
            self.post_message(self.Opened(event.worker.result))
        elif isinstance(event.worker.error, WrongPassphrase):
            self._say(WRONG)
        elif isinstance(event.worker.error, MarkerError):
            self.post_message(self.Failed(str(event.worker.error)))
        else:  # not ours: shown as it is, one line, rather than lost in a thread
            self.post_message(self.Failed(f"the key could not be opened: {event.worker.error}"))

    def say_wrong(self) -> None:
        self._say(WRONG)

    def _say(self, problem: str, opening: bool = False) -> None:
        line = self.query_one("#passphrase-problem", Static)
        line.update(Text(problem))  # may name a file: not markup
        line.set_class(opening, "-opening")
        line.display = True
        if not opening:
            self.focus_input()


class PassphraseDialog(ModalScreen[T | None]):
    """Only the passphrase, for an operation with no dialog of its own (the export's signed manifest).

    Enter opens the key (in a worker): right, the dialog closes with ``operation(passphrase)``'s
    result; wrong, it says so and stays; escape cancels and nothing is done.
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
        self.query_one(PassphraseField).open_key()

    @on(PassphraseField.Opened)
    def _opened(self, message: PassphraseField.Opened) -> None:
        from marker.keys import WrongPassphrase, already_open

        try:
            with already_open(message.opened):
                result = self.operation(message.opened.passphrase)
        except WrongPassphrase:  # the key file changed since it was opened
            self.query_one(PassphraseField).say_wrong()
            return
        except MarkerError as exc:  # no key, a damaged one: asking again would not help
            self._failed(str(exc))
            return
        self.dismiss(result)

    @on(PassphraseField.Failed)
    def _failed_to_open(self, message: PassphraseField.Failed) -> None:
        self._failed(message.problem)

    def _failed(self, problem: str) -> None:
        self.notify(problem, severity="error", timeout=10)
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
