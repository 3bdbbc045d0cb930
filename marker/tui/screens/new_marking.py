"""New marking: the unit, the submission's files, the learner, the centre."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Label, Select, Static
from textual.worker import Worker, WorkerState

from marker.errors import MarkerError
from marker.marking import Marking
from marker.opening import check_readable, start_marking
from marker.path_list import quote_path, split_paths
from marker.tui.widgets.key_hints import KeyHints
from marker.tui.widgets.path_suggester import PathSuggester

if TYPE_CHECKING:  # the cover sheet is read on a worker
    from marker.submission.cover import CoverDetails


class NewMarkingScreen(Screen):
    """A form; enter on the last field (or ctrl+s) starts marking."""

    BINDINGS = [
        Binding("ctrl+s", "start", "Start marking", id="new.start"),
        Binding("ctrl+o", "browse", "Browse for files", id="new.browse"),
        Binding("escape", "app.pop_screen", "Cancel", id="new.cancel"),
    ]
    DEFAULT_CSS = """
    NewMarkingScreen VerticalScroll { padding: 1 2; }
    NewMarkingScreen Label { margin-top: 1; width: 1fr; }  /* wraps at 80 columns instead of being cut */
    NewMarkingScreen #new-error { color: $error; margin-top: 1; }
    """

    def __init__(self, files: list[Path] | tuple[Path, ...] = (), unit: str | None = None, learner: str | None = None,
                 reg: str | None = None, password: str | None = None) -> None:
        super().__init__()
        self.given = {"files": " ".join(quote_path(f) for f in files), "unit": unit, "learner": learner or "", "reg": reg or ""}
        """What the command line or a cover sheet already said: filled in, for the assessor to check."""
        self.password: str | None = password
        """An encrypted PDF's password, held for this marking only (as ``marker mark --password`` is)."""

    def compose(self) -> ComposeResult:
        app = self.app
        # A centre's rubric titles as written, not markup
        units = [(Text(f"{r.unit}  {r.title}"), r.unit) for r in sorted(app.catalogue.rubrics.values(), key=lambda r: r.unit)]
        with VerticalScroll(can_focus=False):
            yield Static("[b]New marking[/b]  — tab moves between fields, ctrl+s starts")
            yield Label("Unit")
            yield Select(units, id="unit", prompt="choose the unit")
            yield Label("Submission files or folder (→ accepts the suggested path; ctrl+o browses; quote a path with spaces)")
            yield Input(self.given["files"], id="files", suggester=PathSuggester(),
                        placeholder="~/submissions/learner/assignment.docx")
            yield Static(id="cover-note")
            yield Label("Learner name")
            yield Input(self.given["learner"], id="learner")
            yield Label("Learner registration no.")
            yield Input(self.given["reg"], id="reg")
            yield Label("Centre number")
            yield Input(app.config.centre_number, id="centre-number")
            yield Label("Centre name")
            yield Input(app.config.centre_name, id="centre-name")
            yield Label("PDF password (only for an encrypted PDF; never saved)")
            yield Input(self.password or "", id="pdf-password", password=True, placeholder="leave empty unless marker asks")
            yield Static(id="new-error")
            yield Button("Start marking", id="start", variant="primary")
        yield KeyHints()

    AUTO_FOCUS = ""
    """Focused in ``on_mount`` instead: Textual's focus on composing scrolls to the field
    before the form is laid out, which at 80x24 scrolled the heading and the first
    field's label off screen."""

    def on_mount(self) -> None:
        self.query_one("#unit", Select).focus(scroll_visible=False)  # the first field: in view unscrolled
        if self.given["unit"] and self.given["unit"] in self.app.catalogue.rubrics:
            self.query_one("#unit", Select).value = self.given["unit"]
        if self.given["files"]:
            self.read_cover(self.given["files"])

    @on(Input.Blurred, "#files")
    def _files_given(self, event: Input.Blurred) -> None:
        if event.value.strip():
            self.read_cover(event.value)

    @work(thread=True, exclusive=True, group="cover", name="read the cover sheet", exit_on_error=False)
    def read_cover(self, files: str) -> tuple[str, CoverDetails]:
        """The unit, learner and registration no. from the cover sheet or file name: off the UI thread."""
        from marker.submission.cover import read_cover

        paths = [Path(p).expanduser() for p in split_paths(files)]
        return files, read_cover([p for p in paths if p.exists()], list(self.app.catalogue.rubrics))

    def _cover_read(self, files: str, cover: CoverDetails) -> None:
        """Fill the fields left empty with what was read, and say what and from where: the assessor corrects it."""
        if files != self.query_one("#files", Input).value:
            return  # the files changed while their cover sheet was read
        unit = self.query_one("#unit", Select)
        if cover.unit and unit.is_blank():
            unit.value = cover.unit
        for field, value in (("learner", cover.learner), ("reg", cover.reg)):
            box = self.query_one(f"#{field}", Input)
            if value and not box.value:  # never over what the assessor has typed
                box.value = value
                if box.has_focus:
                    box.select_all()  # typing replaces what was read
        note = f"Read from the cover sheet: {cover.describe()} — check, and correct any field." if cover.found_in else \
            "Nothing read from a cover sheet or the file name: fill in the details."
        self.query_one("#cover-note", Static).update(Text(note))  # what the learner's cover sheet says, not markup

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        if event.input.id in ("centre-name", "pdf-password"):  # the password, last, is reached by tab only
            self.action_start()
        else:
            self.focus_next()

    def action_browse(self) -> None:
        from marker.tui.screens.browse import BrowseDialog

        field = self.query_one("#files", Input)
        typed = split_paths(field.value)
        start = Path(typed[-1]).expanduser() if typed else Path.home()
        # The browser's choice replaces the last path when that was only where to start
        # (a folder, or half a name); a file already named stays in the list.
        kept = typed[:-1] if typed and not start.is_file() else typed
        while not start.is_dir() and start != start.parent:
            start = start.parent

        def picked(path: Path | None) -> None:
            if path is not None:
                field.value = " ".join(quote_path(p) for p in [*kept, path])
                field.cursor_position = len(field.value)
            field.focus()

        self.app.push_screen(BrowseDialog(start), picked)

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        unit = self.query_one("#unit", Select).value
        files = [Path(p).expanduser() for p in split_paths(self.query_one("#files", Input).value)]
        if self.query_one("#unit", Select).is_blank():
            self.say("Choose the unit.")
            return
        if not files:
            self.say("Name the submission's file(s) or folder.")
            return
        missing = [str(p) for p in files if not p.exists()]
        if missing:
            self.say(f"Not found: {', '.join(missing)} — check the path (→ accepts a suggested path).")
            return
        self.say("Starting…")
        self.password = self.query_one("#pdf-password", Input).value or None
        self.start(dict(
            unit=str(unit), files=files,
            learner_name=self.query_one("#learner", Input).value.strip(),
            learner_reg=self.query_one("#reg", Input).value.strip(),
            centre_number=self.query_one("#centre-number", Input).value.strip(),
            centre_name=self.query_one("#centre-name", Input).value.strip(),
        ))

    def say(self, message: str) -> None:
        """Show ``message`` under the form and scroll it into sight: at 80x24 it is below the fold."""
        error = self.query_one("#new-error", Static)
        error.update(Text(message))  # names files: not markup
        self.call_after_refresh(error.scroll_visible, animate=False)

    def start(self, details: dict) -> None:
        """Start once the user's name is known (asked the first time it is needed)."""
        from marker.tui.screens.open import with_name

        with_name(self.app, lambda: self.start_marking(details))

    @work(thread=True, exclusive=True, group="start", name="start marking", exit_on_error=False)
    def start_marking(self, details: dict) -> Marking:
        """Hashing the submission's files can take a moment: off the UI thread."""
        check_readable(details["files"], self.password)  # an empty or encrypted file is refused before a session exists
        return start_marking(self.app.config, self.app.catalogue, self.app.sessions_dir, **details)

    @on(Worker.StateChanged)
    def _started(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "cover" and event.state is WorkerState.SUCCESS:
            self._cover_read(*event.worker.result)
        if event.worker.group != "start":
            return
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            message = str(error) if isinstance(error, MarkerError) else f"could not start: {error}"
            self.say(message)
        elif event.state is WorkerState.SUCCESS:
            from marker.tui.screens.marking import MarkingScreen

            marking = event.worker.result
            self.app.switch_screen(MarkingScreen(marking, marking.paths, self.password))
