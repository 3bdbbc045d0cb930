"""New marking: the unit, the submission's files, the learner, the centre."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Label, Select, Static
from textual.worker import Worker, WorkerState

from marker.errors import MarkerError
from marker.marking import Marking
from marker.opening import start_marking
from marker.tui.widgets.key_hints import KeyHints
from marker.tui.widgets.path_suggester import PathSuggester


class NewMarkingScreen(Screen):
    """A form; enter on the last field (or ctrl+s) starts marking."""

    BINDINGS = [
        Binding("ctrl+s", "start", "Start marking", id="new.start"),
        Binding("ctrl+o", "browse", "Browse for files", id="new.browse"),
        Binding("escape", "app.pop_screen", "Cancel", id="new.cancel"),
    ]
    DEFAULT_CSS = """
    NewMarkingScreen VerticalScroll { padding: 1 2; }
    NewMarkingScreen Label { margin-top: 1; }
    NewMarkingScreen #new-error { color: $error; margin-top: 1; }
    """

    def compose(self) -> ComposeResult:
        app = self.app
        units = [(f"{r.unit}  {r.title}", r.unit) for r in sorted(app.catalogue.rubrics.values(), key=lambda r: r.unit)]
        with VerticalScroll(can_focus=False):
            yield Static("[b]New marking[/b]  — tab moves between fields, ctrl+s starts")
            yield Label("Unit")
            yield Select(units, id="unit", prompt="choose the unit")
            yield Label("Submission files or folder (space-separated; → accepts the suggested path; ctrl+o browses)")
            yield Input(id="files", suggester=PathSuggester(), placeholder="~/submissions/learner/assignment.docx")
            yield Label("Learner name")
            yield Input(id="learner")
            yield Label("Learner registration no.")
            yield Input(id="reg")
            yield Label("Centre number")
            yield Input(app.config.centre_number, id="centre-number")
            yield Label("Centre name")
            yield Input(app.config.centre_name, id="centre-name")
            yield Static(id="new-error")
            yield Button("Start marking", id="start", variant="primary")
        yield KeyHints()

    def on_mount(self) -> None:
        self.query_one("#unit", Select).focus()

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        if event.input.id == "centre-name":
            self.action_start()
        else:
            self.focus_next()

    def action_browse(self) -> None:
        from marker.tui.screens.browse import BrowseDialog

        field = self.query_one("#files", Input)
        typed = field.value.split()
        start = Path(typed[-1]).expanduser() if typed else Path.home()
        while not start.is_dir() and start != start.parent:
            start = start.parent

        def picked(path: Path | None) -> None:
            if path is not None:
                quoted = str(path)
                field.value = f"{field.value.strip()} {quoted}".strip()
                field.cursor_position = len(field.value)
            field.focus()

        self.app.push_screen(BrowseDialog(start), picked)

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        unit = self.query_one("#unit", Select).value
        files = [Path(p).expanduser() for p in self.query_one("#files", Input).value.split()]
        error = self.query_one("#new-error", Static)
        if unit is Select.BLANK:
            error.update("Choose the unit.")
            return
        if not files:
            error.update("Name the submission's file(s) or folder.")
            return
        missing = [str(p) for p in files if not p.exists()]
        if missing:
            error.update(f"Not found: {', '.join(missing)} — check the path (→ accepts a suggested path).")
            return
        error.update("Starting…")
        self.start(dict(
            unit=str(unit), files=files,
            learner_name=self.query_one("#learner", Input).value.strip(),
            learner_reg=self.query_one("#reg", Input).value.strip(),
            centre_number=self.query_one("#centre-number", Input).value.strip(),
            centre_name=self.query_one("#centre-name", Input).value.strip(),
        ))

    def start(self, details: dict) -> None:
        """Start once the user's name is known (asked the first time it is needed)."""
        from marker.tui.screens.open import with_name

        with_name(self.app, lambda: self.start_marking(details))

    @work(thread=True, exclusive=True, group="start", name="start marking", exit_on_error=False)
    def start_marking(self, details: dict) -> Marking:
        """Hashing the submission's files can take a moment: off the UI thread."""
        return start_marking(self.app.config, self.app.catalogue, self.app.sessions_dir, **details)

    @on(Worker.StateChanged)
    def _started(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "start":
            return
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            message = str(error) if isinstance(error, MarkerError) else f"could not start: {error}"
            self.query_one("#new-error", Static).update(message)
        elif event.state is WorkerState.SUCCESS:
            from marker.tui.screens.marking import MarkingScreen

            marking = event.worker.result
            self.app.switch_screen(MarkingScreen(marking, marking.paths))
