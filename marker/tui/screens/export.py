"""The Export screen: choose the sessions, see the count, build the EQA bundle with progress.

The bundle is built in a worker thread; escape while it runs cancels it, and a cancelled
or failed export leaves nothing behind (``marker.export.bundle``). The manifest is signed
with the user's key: a protected key's passphrase is asked first (``PassphraseDialog``).
"""

from __future__ import annotations

import threading
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Checkbox, Input, ProgressBar, Static
from textual.worker import Worker, WorkerState

from marker.errors import MarkerError
from marker.export.bundle import build_bundle, exporter_name
from marker.export.select import Criteria, Selection, parse_date, parse_status, select_sessions, whole
from marker.listing_index import stored_briefs
from marker.tui.screens.passphrase import PassphraseDialog, key_needs_passphrase
from marker.tui.widgets.key_hints import KeyHints

FIELDS = (("out", "Bundle folder", "e.g. ~/eqa/2026-12"), ("unit", "Unit(s)", "8584-200 8587-301 (empty: all)"),
          ("from", "Signed from", "YYYY-MM-DD"), ("to", "Signed to", "YYYY-MM-DD"),
          ("status", "Status", "qa-confirmed (default), signed, in-qa, …"), ("learner", "Learner", "name or reg. no."),
          ("assessor", "Assessor", "name"))


class ExportProgress(Message):
    def __init__(self, done: int, total: int, label: str) -> None:
        super().__init__()
        self.done, self.total, self.label = done, total, label


class ExportScreen(Screen):
    """Keyboard: tab between fields; ctrl+e exports; escape cancels a running export, else goes back."""

    BINDINGS = [
        Binding("ctrl+e", "export", "Export", id="export.run", priority=True),
        Binding("escape", "cancel_or_back", "Cancel / back", id="export.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()
        self.selection = Selection()
        self.stored: tuple[list, list[str]] | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="export-form"):
            yield Static("Export signed work for the External Quality Assurer", classes="sampling-heading")
            yield Static(id="export-count")
            for key, label, placeholder in FIELDS:
                with Horizontal(classes="export-row"):
                    yield Static(label, classes="export-label")
                    yield Input(placeholder=placeholder, id=f"export-{key}", compact=True)
            with Horizontal(classes="export-row"):
                yield Checkbox("Zip", id="export-zip", compact=True)
                yield Checkbox("PDF copies", id="export-pdf", compact=True)
                yield Checkbox("Unfinished too, as DRAFT", id="export-unsigned", compact=True)
            yield ProgressBar(id="export-progress", show_eta=False)
            yield Static(id="export-result")
        yield KeyHints()

    def on_mount(self) -> None:
        self.query_one("#export-progress").display = False
        self.query_one("#export-out", Input).focus()
        self.query_one("#export-count", Static).update("reading the sessions…")
        self.scan()

    def _criteria(self) -> Criteria:
        """What the form asks for. Raises MarkerError on a bad date or status."""
        value = {key: self.query_one(f"#export-{key}", Input).value.strip() for key, _, _ in FIELDS}
        return Criteria(units=tuple(value["unit"].split()),
                        date_from=parse_date(value["from"], "from") if value["from"] else None,
                        date_to=parse_date(value["to"], "to") if value["to"] else None,
                        statuses=(parse_status(value["status"]),) if value["status"] else (),
                        learner=value["learner"], assessor=value["assessor"],
                        include_unsigned=self.query_one("#export-unsigned", Checkbox).value)

    @work(thread=True, exclusive=True, group="export-scan", name="read sessions", exit_on_error=False)
    def scan(self):
        """Read the sessions once; each change to the form filters them in memory."""
        stored, problems, notice = stored_briefs(self.app.sessions_dir, self.app.catalogue.rubrics)
        return stored, problems + ([notice] if notice else [])

    @on(Input.Changed)
    @on(Checkbox.Changed)
    def _recount(self) -> None:
        if self.stored is None:
            return
        try:
            criteria = self._criteria()
        except MarkerError as exc:
            self.query_one("#export-count", Static).update(Text(str(exc), style="bold"))  # names files: not markup
            return
        self.selection = select_sessions(self.stored[0], criteria)
        self.selection.problems = self.stored[1]
        left_out = f"; {self.selection.unfinished} unfinished left out" if self.selection.unfinished else ""
        unreadable = f"; {len(self.selection.problems)} unreadable" if self.selection.problems else ""
        self.query_one("#export-count", Static).update(
            f"{self.selection.count_text()}{left_out}{unreadable} · ctrl+e exports")

    @on(Worker.StateChanged)
    def _worker_done(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "export-scan":
            if event.state is WorkerState.SUCCESS:
                self.stored = event.worker.result
                self._recount()
            elif event.state is WorkerState.ERROR:
                self.query_one("#export-count", Static).update(Text(f"could not read the sessions: {event.worker.error}"))
        if event.worker.group != "export":
            return
        if event.state in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
            self.query_one("#export-progress").display = False
        if event.state is WorkerState.SUCCESS:
            path = event.worker.result
            self.query_one("#export-result", Static).update(Text(f"Exported to {path}\n`marker verify {path}` checks it"))
            self.notify(str(path), title="Exported", timeout=10)
        elif event.state is WorkerState.ERROR:
            self.query_one("#export-result", Static).update(Text(str(event.worker.error), style="bold"))
            self.notify(str(event.worker.error), severity="error", timeout=12)

    def action_export(self) -> None:
        out = self.query_one("#export-out", Input).value.strip()
        if not out:
            self.notify("type the bundle folder first", severity="warning")
            self.query_one("#export-out", Input).focus()
            return
        if not self.selection.chosen:
            self.notify("no sessions selected", severity="warning")
            return
        if not key_needs_passphrase():
            self._start(out, None)
            return

        def given(passphrase: str | None) -> None:
            if passphrase is not None:  # escape: nothing is exported
                self._start(out, passphrase)

        self.app.push_screen(PassphraseDialog("Sign the bundle", "the bundle's manifest is signed with your key",
                                              _opens_key), given)

    def _start(self, out: str, passphrase: str | None) -> None:
        self.cancel.clear()
        bar = self.query_one("#export-progress", ProgressBar)
        bar.display = True
        bar.update(total=len(self.selection.chosen), progress=0)
        self.query_one("#export-result", Static).update("exporting… escape cancels")
        self.export(list(self.selection.chosen), Path(out).expanduser(),
                    self.query_one("#export-zip", Checkbox).value, self.query_one("#export-pdf", Checkbox).value,
                    passphrase)

    # The description is fixed: by default Textual describes a worker by its arguments' repr, passphrase included.
    @work(thread=True, exclusive=True, group="export", name="export bundle", description="export bundle",
          exit_on_error=False)
    def export(self, chosen, out: Path, zip_: bool, pdf: bool, passphrase: str | None) -> Path:
        def progress(done: int, total: int, label: str) -> None:
            self.post_message(ExportProgress(done, total, label))

        def warn(line: str) -> None:  # a submission that still names people: said, not stopped
            self.app.call_from_thread(self.notify, line, title="Not anonymised", severity="warning", timeout=20)

        chosen, unreadable = whole(chosen)  # the selection holds briefs: the sheets need every entry
        for line in unreadable:
            self.app.call_from_thread(self.notify, line, severity="warning", timeout=20)
        return build_bundle(chosen, self.app.catalogue.rubrics, out, zip=zip_, pdf=pdf, progress=progress,
                            cancel=self.cancel, warn=warn, passphrase=passphrase)

    def on_export_progress(self, message: ExportProgress) -> None:
        self.query_one("#export-progress", ProgressBar).update(total=message.total, progress=message.done)
        self.query_one("#export-result", Static).update(Text(f"[{message.done}/{message.total}] {message.label}"))

    def action_cancel_or_back(self) -> None:
        running = [w for w in self.workers if w.group == "export" and w.is_running]
        if running:
            self.cancel.set()
            self.notify("cancelling: nothing will be left behind", timeout=4)
            return
        self.dismiss()


def _opens_key(passphrase: str) -> str:
    """The passphrase, once it opens the key (else ``WrongPassphrase``): the export then signs with it."""
    from marker.keys import signing_key

    signing_key(exporter_name(), passphrase=passphrase)
    return passphrase
