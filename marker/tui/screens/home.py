"""Home: every session in the sessions folder, filtered by typing, sortable.

A centre's folder holds thousands of sessions, so the rows come from the listing index
(``marker.listing_index``) as they are found — the indexed ones at once, the rest in
batches with progress — and the table holds only the rows near the cursor: a
DataTable measures every cell it is given, which takes seconds at 10,000 rows, so
filtering and sorting work on the list and the table is filled a chunk at a time as
the cursor nears its end.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import cell_len
from rich.markup import escape
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from marker import listing_index
from marker.rules import Actor, Operation, offered_on_row
from marker.session import Role
from marker.session_view import SessionRow, listing_row
from marker.shown import shown as shown_text
from marker.tui.widgets.key_hints import KeyHints

COLUMNS = (("learner", "Learner"), ("reg", "Reg. no."), ("unit", "Unit"), ("attempt", "Att."),
           ("status", "Status"), ("outcome", "Outcome"), ("assessor", "Assessor"), ("updated", "Last change"))
CHUNK = 100
"""Rows added to the table at a time: a screenful or three, measured in milliseconds."""
_DIGITS = re.compile(r"(\d+)")


@lru_cache(maxsize=20_000)
def cells(row: SessionRow) -> dict[str, str]:
    """The row's cells as shown: text from files with control characters escaped (once a row: every fill
    measures every row shown)."""
    return {key: shown_text(str(getattr(row, key))) for key, _ in COLUMNS}


def natural(value: object) -> tuple:
    """Text with its numbers compared as numbers: R2 before R10, attempt 2 before attempt 10."""
    if isinstance(value, int):
        return ("", value)
    parts = _DIGITS.split(str(value).casefold())
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


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

    class RowsFound(Message):
        """A batch of rows from the scan, with how far it has got."""

        def __init__(self, rows: list[SessionRow], done: int, total: int, notice: str, first: bool) -> None:
            super().__init__()
            self.rows, self.done, self.total, self.notice, self.first = rows, done, total, notice, first

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SessionRow] = []
        self.shown: list[SessionRow] = []
        """The rows that pass the filter, in the chosen order; the table holds the first ``loaded``."""
        self.loaded = 0
        self.progress = ""
        self.notice = ""
        self.sort_index = len(COLUMNS) - 1

    def compose(self) -> ComposeResult:
        yield Static(id="home-title")
        yield Input(placeholder="filter: learner, reg. no., unit, status, assessor (/ focus, esc clears)",
                    id="filter")
        yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield KeyHints()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self.action_reload()

    def on_screen_resume(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        self.scan()

    @work(thread=True, exclusive=True, group="scan", name="scan sessions", exit_on_error=False)
    def scan(self) -> None:
        """Post the rows as the index and the files give them; the first batch replaces the old rows."""
        worker, rubrics, first = get_current_worker(), self.app.catalogue.rubrics, True
        for step in listing_index.scan(self.app.sessions_dir, rubrics):
            if worker.is_cancelled:
                return
            rows = [listing_row(item, rubrics) for item in step.listed]
            self.post_message(self.RowsFound(rows, step.done, step.total, step.notice, first))
            first = False

    @on(RowsFound)
    def _rows_found(self, event: RowsFound) -> None:
        self.rows = event.rows if event.first else self.rows + event.rows
        self.progress = f" — reading {event.done:,} of {event.total:,}" if event.done < event.total else ""
        if event.notice and event.notice != self.notice:
            self.notify(event.notice, severity="warning", timeout=10)
        self.notice = event.notice or self.notice
        if event.rows or event.first or not self.progress:
            self._fill()

    @on(Worker.StateChanged)
    def _scanned(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "scan" and event.state is WorkerState.ERROR:
            self.notify(f"could not list sessions: {event.worker.error}", severity="error")

    def _fill(self) -> None:
        """Filter and sort the rows, and put the first chunk in the table (the cursor stays on its row)."""
        needle = self.query_one("#filter", Input).value.casefold().split()
        table = self.query_one(DataTable)
        chosen = self._chosen_key()
        key = COLUMNS[self.sort_index][0]
        shown = [r for r in self.rows if all(w in r.haystack for w in needle)]
        shown.sort(key=lambda r: (bool(r.problem), natural(getattr(r, key))), reverse=key == "updated")
        if key == "updated":  # newest first, the unreadable still last
            shown.sort(key=lambda r: bool(r.problem))
        self.shown, self.loaded = shown, 0
        # Widths from every row shown, not only the chunk loaded; set before any row is drawn, since a table
        # cleared and refilled faster than it measures kept drawing its header at the old widths.
        table.clear(columns=True)
        for key, label in COLUMNS:
            table.add_column(label, key=key, width=max([cell_len(label), *(cell_len(cells(r)[key]) for r in shown)]))
        at = next((i for i, r in enumerate(shown) if str(r.path) == chosen), 0) if chosen else 0
        self._load(at + 1)
        if at:
            table.move_cursor(row=at, animate=False)
        title = f"{len(shown):,} of {len(self.rows):,} sessions in {self.app.sessions_dir}{self.progress}"
        problems = sum(1 for r in self.rows if r.problem)
        if problems:
            title += f" — {problems} unreadable"
        self.query_one("#home-title", Static).update(Text(title))

    def _load(self, wanted: int) -> None:
        """Add rows to the table in chunks until it holds at least ``wanted`` (or all shown)."""
        table = self.query_one(DataTable)
        while self.loaded < min(wanted, len(self.shown)) or (self.loaded == 0 and self.shown):
            chunk = self.shown[self.loaded:self.loaded + CHUNK]
            for row in chunk:
                # a str cell is read as markup, and a learner's name is not ours to style: escaped
                table.add_row(*(escape(text) for text in cells(row).values()), key=str(row.path))
            self.loaded += len(chunk)

    def _chosen_key(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    ROW_KEYS = {"qa": (Operation.REVIEW, Operation.REFER_BACK), "resubmit": (Operation.RESUBMIT,)}
    """The keys whose hints depend on the highlighted session: QA (to review it, or refer back
    confirmed work) and resubmission."""

    def hint_shown(self, action: str) -> bool:
        """The hints offer open only on a session, and QA and resubmission only on one that allows them
        for this user."""
        operations = self.ROW_KEYS.get(action)
        if operations is None and action != "open":
            return True
        key = self._chosen_key()
        row = next((r for r in self.shown if str(r.path) == key), None) if key is not None else None
        if row is None or row.problem:
            return False  # nothing to open (or an unreadable file, which enter explains)
        if operations is None:
            return True
        actor = Actor(" ".join(self.app.config.assessor.split()), Role(self.app.config.role))
        return any(offered_on_row(row.status, row.outcome, row.assessor, actor, op) for op in operations)

    @on(DataTable.RowHighlighted, "#sessions")
    def _row_highlighted(self) -> None:
        self.refresh_bindings()  # the hints for QA and resubmission follow the row

    @on(DataTable.RowHighlighted, "#sessions")
    def _near_the_end(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= self.loaded - CHUNK // 3:
            self._load(self.loaded + CHUNK)

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
