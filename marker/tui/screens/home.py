"""Home: every session in the sessions folder, filtered by typing, sortable."""

from __future__ import annotations

from rich.markup import escape
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static
from textual.worker import Worker, WorkerState

from marker.session_view import SessionRow, session_rows
from marker.shown import shown as shown_text
from marker.tui.widgets.key_hints import KeyHints

COLUMNS = (("learner", "Learner"), ("reg", "Reg. no."), ("unit", "Unit"), ("attempt", "Att."),
           ("status", "Status"), ("outcome", "Outcome"), ("assessor", "Assessor"), ("updated", "Last change"))


class HomeScreen(Screen):
    """The sessions table; type to filter by learner, unit, status or assessor."""

    BINDINGS = [
        Binding("n", "new", "New marking", id="home.new"),
        Binding("enter,o", "open", "Open", id="home.open"),
        Binding("slash", "filter", "Filter", id="home.filter"),
        Binding("s", "sort", "Sort", id="home.sort"),
        Binding("R", "resubmit", "Resubmission", id="home.resubmit"),
        Binding("i", "qa", "QA", id="home.qa"),
        Binding("I", "sampling", "Sampling", id="home.sampling"),
        Binding("x", "export", "Export", id="home.export"),
        Binding("L", "audit_log", "Audit log", id="home.audit-log", show=False),
        Binding("g", "reload", "Reload", id="home.reload", show=False),
        Binding("escape", "clear_filter", "Clear filter", id="home.clear", show=False),
        Binding("q", "app.quit", "Quit", id="home.quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SessionRow] = []
        self.sort_index = len(COLUMNS) - 1

    def compose(self) -> ComposeResult:
        yield Static(id="home-title")
        yield Input(placeholder="filter: learner, reg. no., unit, status, assessor  (/ to focus, escape to clear)",
                    id="filter")
        yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield KeyHints()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, label in COLUMNS:
            table.add_column(label, key=key)
        table.focus()
        self.action_reload()

    def on_screen_resume(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        self.scan()

    @work(thread=True, exclusive=True, group="scan", name="scan sessions", exit_on_error=False)
    def scan(self) -> list[SessionRow]:
        return session_rows(self.app.sessions_dir, self.app.catalogue.rubrics)

    @on(Worker.StateChanged)
    def _scanned(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "scan":
            return
        if event.state is WorkerState.ERROR:
            self.notify(f"could not list sessions: {event.worker.error}", severity="error")
        if event.state is WorkerState.SUCCESS:
            self.rows = event.worker.result
            self._fill()

    def _fill(self) -> None:
        needle = self.query_one("#filter", Input).value.casefold().strip()
        table = self.query_one(DataTable)
        table.clear()
        shown = [r for r in self.rows if not needle or all(w in r.haystack for w in needle.split())]
        key = COLUMNS[self.sort_index][0]
        shown.sort(key=lambda r: str(getattr(r, key)), reverse=key == "updated")
        for row in shown:
            # a str cell is read as markup, and a learner's name is not ours to style: escaped
            table.add_row(*(escape(shown_text(str(getattr(row, k)))) for k, _ in COLUMNS), key=str(row.path))
        title = f"{len(shown)} of {len(self.rows)} sessions in {self.app.sessions_dir}"
        problems = [r for r in self.rows if r.problem]
        if problems:
            title += f" — {len(problems)} unreadable"
        self.query_one("#home-title", Static).update(title)

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self._fill()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(DataTable).focus()

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""
        self.query_one(DataTable).focus()

    def action_sort(self) -> None:
        self.sort_index = (self.sort_index + 1) % len(COLUMNS)
        self.notify(f"sorted by {COLUMNS[self.sort_index][1]}", timeout=2)
        self._fill()

    @on(DataTable.RowSelected, "#sessions")
    def _row_chosen(self) -> None:
        self.action_open()

    def _chosen_row(self) -> SessionRow | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        row = next((r for r in self.rows if str(r.path) == key), None)
        if row is not None and row.problem:
            self.notify(shown_text(row.problem), severity="error", timeout=10, markup=False)
            return None
        return row

    def action_open(self) -> None:
        row = self._chosen_row()
        if row is not None:
            from marker.tui.screens.open import open_session

            open_session(self.app, row.path)

    def action_resubmit(self) -> None:
        """The learner's next attempt on new files: passed criteria carried forward."""
        row = self._chosen_row()
        if row is None:
            return
        from marker.tui.screens.dialogs import PathsDialog
        from marker.tui.screens.open import resubmit

        def start(paths: list[str] | None) -> None:
            if paths:
                resubmit(self.app, row.path, paths)

        self.app.push_screen(PathsDialog(f"Resubmission: {row.learner}, {row.unit}, attempt {row.attempt + 1}"), start)

    def action_qa(self) -> None:
        row = self._chosen_row()
        if row is not None:
            from marker.tui.screens.open import open_qa

            open_qa(self.app, row.path)

    def action_sampling(self) -> None:
        from marker.tui.screens.sampling import SamplingScreen

        self.app.push_screen(SamplingScreen())

    def action_export(self) -> None:
        from marker.tui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen())

    def action_audit_log(self) -> None:
        row = self._chosen_row()
        if row is None:
            return
        from marker.errors import MarkerError
        from marker.store import load
        from marker.tui.screens.audit import AuditDialog

        try:
            self.app.push_screen(AuditDialog(load(row.path)))
        except MarkerError as exc:
            self.notify(str(exc), severity="error")

    def action_new(self) -> None:
        from marker.tui.screens.new_marking import NewMarkingScreen

        self.app.push_screen(NewMarkingScreen())
