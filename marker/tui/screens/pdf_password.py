"""Asking for an encrypted PDF's password when a saved session is opened again.

The new-marking form has a password field, but a session reopened from the home screen
(or by ``marker open``) has nowhere to type one: its submission read as "needs a password".
This dialog asks, as the passphrase dialog does for a protected key: the password is tried
at once in a worker (only the PDF's decryption, not a read of its pages); a wrong one is
said in one line and asked again; escape opens the session without that file. The password
lives in the marking screen's memory for this opening only: never saved, never logged.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from marker.errors import MarkerError

# One line each, short enough for the dialog at 80 columns (escape: the session opens without the file).
WRONG = "wrong password: type it again, or escape"
EMPTY = "type the PDF's password, or escape"
TRYING = "trying the password…"


def asks_for_password(error: MarkerError) -> bool:
    """Whether a reading error is an encrypted PDF that a (right) password would open."""
    return getattr(error, "kind", "") == "encrypted" and getattr(error, "reason", "").startswith("is encrypted and")


class PdfPasswordDialog(ModalScreen[str | None]):
    """The password for the submission's encrypted PDF(s); dismissed with it once it opens them all."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="pdf-password.cancel")]

    def __init__(self, locked: list[tuple[Path, str]]) -> None:
        super().__init__()
        self.locked = locked
        """Each encrypted file as (path, the name the reader gave it)."""

    def compose(self) -> ComposeResult:
        names = ", ".join(name for _, name in self.locked)
        with Vertical(classes="dialog", id="pdf-password-dialog"):
            yield Static(Text(f"{names} is encrypted", style="bold"))
            yield Static(Text("The learner's PDF password, to read it for this opening (never saved)", style="dim"))
            yield Input(password=True, placeholder="PDF password (not shown)", id="pdf-password", compact=True)
            problem = Static(id="pdf-password-problem")
            problem.display = False
            yield problem
            yield Static(Text("enter opens it · escape opens the session without it", style="dim"))

    def on_mount(self) -> None:
        self.query_one("#pdf-password", Input).focus()

    @on(Input.Submitted, "#pdf-password")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if any(worker.is_running for worker in self.workers if worker.group == "pdf-password"):
            return
        field = self.query_one("#pdf-password", Input)
        password, field.value = field.value, ""  # held only for this attempt
        if not password:
            self._say(EMPTY)
            return
        self._say(TRYING)
        field.disabled = True
        self._try(password)

    # The description is fixed: by default Textual describes a worker by its arguments' repr, password included.
    @work(thread=True, exclusive=True, group="pdf-password", name="try the PDF password",
          description="try the PDF password", exit_on_error=False)
    def _try(self, password: str) -> str:
        from marker.submission.pdf import open_pdf  # pypdf loads with the readers, off the UI thread

        for path, name in self.locked:
            open_pdf(name, path.read_bytes(), password)  # raises on a wrong password
        return password

    @on(Worker.StateChanged)
    def _tried(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "pdf-password" or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        field = self.query_one("#pdf-password", Input)
        field.disabled = False
        if event.state is WorkerState.SUCCESS:
            self.dismiss(event.worker.result)
        elif asks_for_password(event.worker.error):
            self._say(WRONG)
            field.focus()
        else:  # it cannot be opened by any password (or the file went): said, and the session opens without it
            self.notify(str(event.worker.error), severity="error", timeout=15, markup=False)
            self.dismiss(None)

    def _say(self, line: str) -> None:
        problem = self.query_one("#pdf-password-problem", Static)
        problem.update(Text(line))  # names the file: not markup
        problem.display = True

    def action_cancel(self) -> None:
        self.dismiss(None)
