"""The IQA's sampling view: signed and quality-assured work, referral rates, what awaits QA."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import Worker, WorkerState

from marker.people import assessor_of
from marker.sampling import Sampling, sampling
from marker.listing_index import stored_briefs
from marker.tui.widgets.key_hints import KeyHints


class SamplingScreen(Screen):
    """Read in a worker: a cohort's sessions can take a moment to list."""

    BINDINGS = [
        Binding("enter", "open_qa", "QA the session", id="sampling.qa"),
        Binding("g", "reload", "Reload", id="sampling.reload", show=False),
        Binding("escape,q", "app.pop_screen", "Back", id="sampling.back"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="sampling"):
            yield Static("Reading the sessions…", id="sampling-title")
            yield Static("Signed and quality assured, per assessor and unit", classes="sampling-heading")
            yield DataTable(id="coverage", cursor_type="row", zebra_stripes=True)
            yield Static("Referral rates: per assessor and unit, then per criterion (criteria never referred omitted)",
                         classes="sampling-heading")
            yield DataTable(id="rates", cursor_type="row", zebra_stripes=True)
            yield Static(id="flags")
            yield Static("Signed, awaiting QA (enter opens it in QA mode)", classes="sampling-heading")
            yield DataTable(id="awaiting", cursor_type="row", zebra_stripes=True)
        yield KeyHints()

    def on_mount(self) -> None:
        self.query_one("#coverage", DataTable).add_columns("Assessor", "Unit", "Signed", "QA'd", "Sampled",
                                                           "Referred back")
        self.query_one("#rates", DataTable).add_columns("Assessor", "Unit", "What", "Referred", "Of", "Rate")
        self.query_one("#awaiting", DataTable).add_columns("Learner", "Unit", "Attempt", "Assessor", "Signed", "File")
        self.action_reload()

    def action_reload(self) -> None:
        self.gather()

    @work(thread=True, exclusive=True, group="sampling", name="sampling figures", exit_on_error=False)
    def gather(self) -> tuple[Sampling, list[str]]:
        stored, problems, notice = stored_briefs(self.app.sessions_dir, self.app.catalogue.rubrics)
        return sampling(stored, self.app.catalogue.rubrics), problems + ([notice] if notice else [])

    @on(Worker.StateChanged)
    def _gathered(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "sampling":
            return
        if event.state is WorkerState.ERROR:
            self.notify(f"could not read the sessions: {event.worker.error}", severity="error")
        if event.state is not WorkerState.SUCCESS:
            return
        figures, problems = event.worker.result
        self.figures = figures
        coverage = self.query_one("#coverage", DataTable)
        coverage.clear()
        for r in figures.by_assessor_unit:
            coverage.add_row(Text(r.assessor), Text(r.unit), str(r.signed), str(r.quality_assured), f"{r.sampled:.0%}",
                             str(r.referred_back))
        rates = self.query_one("#rates", DataTable)
        rates.clear()
        for r in figures.unit_rates + [c for c in figures.criterion_rates if c.referred]:
            what = "unit outcome" if r.ref == "unit" else (r.ref if r.ref.startswith("section") else f"AC {r.ref}")
            rates.add_row(Text(r.assessor), Text(r.unit), Text(what), str(r.referred), str(r.judged), f"{r.rate:.0%}")
        awaiting = self.query_one("#awaiting", DataTable)
        awaiting.clear()
        for item in figures.awaiting_qa:
            s = item.session
            signature = s.signature("assessor")
            # names and file names as written: a DataTable reads a plain string as markup
            awaiting.add_row(Text(s.learner_name), Text(s.unit), str(s.attempt), Text(assessor_of(s)),
                             Text(signature.date if signature else ""), Text(item.path.name), key=str(item.path))
        awaiting.focus()  # arrows choose the session, enter opens it in QA mode
        flags = figures.flags or ["nothing stands out"]
        self.query_one("#flags", Static).update(Text("Worth a look:\n" + "\n".join(f"  • {f}" for f in flags)))
        total = sum(r.signed for r in figures.by_assessor_unit)
        unreadable = f"; {len(problems)} unreadable" if problems else ""
        self.query_one("#sampling-title", Static).update(Text(
            f"{total} signed sessions, {len(figures.awaiting_qa)} awaiting QA, in {self.app.sessions_dir}{unreadable}"))

    @on(DataTable.RowSelected, "#awaiting")
    def _awaiting_chosen(self) -> None:
        self.action_open_qa()

    def action_open_qa(self) -> None:
        table = self.query_one("#awaiting", DataTable)
        if not table.row_count:
            return
        from pathlib import Path

        from marker.tui.screens.open import open_qa

        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        open_qa(self.app, Path(key))
