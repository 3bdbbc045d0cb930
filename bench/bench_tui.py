"""App speed: process start to the first criterion with its evidence, and keypress latency.

    .venv/bin/python bench/bench_tui.py

Start-up runs the `marker mark` command as an assessor would (headless), reopening the
demo (its text and passages cached, as when marking goes on) and opening it for the first
time (nothing cached), and is a ratio
to a bare Textual app that shows one widget and exits, and to one that shows marker's own
widget tree and stylesheets with no data (the floor Textual itself sets for that screen):
all are timed from process start to the repaint that puts the screen up (and, beside it,
to exit), run in turn in the same run. Keypress latency is measured from the key being sent
to the end of the last screen repaint it caused (Pilot's own waiting after that is not
counted), p50 and p95; Pilot's whole round trip is printed beside it for reference.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "marker" / "demo" / "jordan-ellis-8584-200.docx"

PROBE = """
import os, sys, time
sys.path[:0] = [{repo!r}, {tests!r}]
mode, target = sys.argv[1], sys.argv[2]

def shown_then_exit(app):
    # The wall clock when the screen is painted, for the parent to subtract its own start.
    print("shown", time.time(), file=sys.stderr, flush=True)
    app.exit()

if mode == "bare":
    from textual.app import App
    from textual.widgets import Static
    class Bare(App):
        def compose(self):
            yield Static("hello")
        def on_mount(self):
            self.call_after_refresh(shown_then_exit, self)
    Bare().run(headless=True)
elif mode == "widgets":
    # Marker's own widget tree and stylesheets, and no data: no rubric, session or
    # submission, no marker module. What Textual itself costs to put that screen up.
    from textual.app import App
    from textual.containers import Horizontal, Vertical, VerticalScroll
    from textual.screen import Screen
    from textual.widgets import Input, OptionList, Static, TextArea
    tui = {tui!r}
    class CriteriaList(OptionList):
        DEFAULT_CSS = "CriteriaList {{ width: 1fr; height: 1fr; border: round $primary 40%; }}"
    class CriterionPanel(VerticalScroll):
        DEFAULT_CSS = "CriterionPanel {{ height: 38%; border: round $secondary 50%; padding: 0 1; overflow-y: scroll; }}"
    class EvidenceView(TextArea):
        DEFAULT_CSS = "EvidenceView {{ border: round $primary 40%; overflow-y: scroll; }}"
    class KeyHints(Static):
        DEFAULT_CSS = "KeyHints {{ dock: bottom; height: 1; width: 1fr; }}"
    def hidden(widget):
        widget.display = False
        return widget
    class MarkingScreen(Screen):
        def compose(self):
            yield Static(id="status")
            with Horizontal(id="main"):
                with Vertical(id="left"):
                    yield CriteriaList(*[f"option {{n}}" for n in range(12)], id="criteria")
                    yield Static(id="outcome")
                with Vertical(id="right"):
                    with CriterionPanel(id="criterion"):
                        yield Static("criterion")
                    yield EvidenceView("text", read_only=True, soft_wrap=True, id="evidence")
                    yield TextArea(id="feedback", soft_wrap=True, tab_behavior="focus")
                    yield hidden(Static(id="qa-strip"))
            yield hidden(Input(id="search"))  # both hidden until used, as marker's are
            yield Static("checks", id="checks")
            yield KeyHints("keys")
        def on_mount(self):
            self.query_one(CriteriaList).focus()
            self.call_after_refresh(shown_then_exit, self.app)
    class Widgets(App):
        CSS_PATH = [tui + "/marker.tcss", tui + "/screens/marking.tcss"]
        def on_mount(self):
            self.push_screen(MarkingScreen())
    Widgets().run(headless=True)
else:
    # The real command, as an assessor types it: `marker mark FILE --unit U ...`, with
    # its argument parsing, config and imports. Headless, as there is no terminal here.
    from pathlib import Path
    from marker.tui.app import MarkerApp
    from marker.tui.widgets.evidence import EvidenceView
    os.environ["MARKER_SESSIONS"] = str(Path(target).parent / "sessions")
    run = MarkerApp.run
    MarkerApp.run = lambda app, **options: run(app, headless=True)
    # Exit on the first repaint after the evidence is shown: a hook, not polling, so the
    # probe adds no work of its own to the start-up it measures.
    shown = EvidenceView.show_candidate
    def show_candidate(view, candidate, position):
        shown(view, candidate, position)
        view.app.call_after_refresh(shown_then_exit, view.app)
    EvidenceView.show_candidate = show_candidate
    import marker.cli
    marker.cli.has_terminal = lambda: True  # output goes to the bench, not a terminal
    marker.cli.main(["mark", target, "--unit", mode, "--learner", "B", "--reg", "B1"])
"""


def to_screen(args: list[str]) -> tuple[float, float]:
    """Seconds from starting the process to its screen being painted, and to its exit."""
    start = time.time()
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    end = time.time()
    shown = next(float(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("shown "))
    return shown - start, end - start


def timed_together(*commands: list[str], runs: int = 15) -> list[tuple[float, float]]:
    """Medians of each (to the screen, to exit), run in turn so a slow spell of this
    machine hits all alike."""
    times: list[list[tuple[float, float]]] = [[] for _ in commands]
    for args in commands:
        to_screen(args)  # warm up: bytecode written, the submission's text cached
    for _ in range(runs):
        for args, out in zip(commands, times):
            out.append(to_screen(args))
    return [(statistics.median(s for s, _ in t), statistics.median(e for _, e in t)) for t in times]


def big_pdf(folder: Path) -> Path:
    sys.path[:0] = [str(REPO), str(REPO / "tests")]
    from corpus.pdfwriter import Layout

    layout = Layout()
    text = ("In our session the mentee and I reviewed her goals and agreed the next steps for the month "
            "ahead, including practising feedback with a colleague. ") * 2
    for n in range(480):
        layout.heading(2, f"Session {n + 1}")
        for _ in range(6):
            layout.paragraph(text)
    path = folder / "portfolio.pdf"
    layout.save(path)
    return path


async def latency(pdf: Path, folder: Path) -> dict[str, tuple[float, float]]:
    from marker.config import Config
    from marker.opening import start_marking
    from marker.tui.app import create_app
    from marker.tui.screens.marking import MarkingScreen

    cfg = Config(assessor="Bench")
    app = create_app(cfg, folder / "lat-sessions")
    m = start_marking(cfg, app.catalogue, folder / "lat-sessions", unit="8584-201", files=[pdf],
                      learner_name="B", learner_reg="B2")
    app.start = MarkingScreen(m, [pdf])
    from textual.screen import Screen

    repaints: list[float] = []
    original = Screen._compositor_refresh

    def timed_refresh(screen) -> None:
        original(screen)
        repaints.append(time.perf_counter())

    Screen._compositor_refresh = timed_refresh
    out = {}
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            # Reading, laying out and the checks all done: the checks start once the first
            # criterion is painted, so waiting for the workers once left them running (0.8 s
            # on this PDF) into the first key, whose last repaint was then the checks' strip.
            for _ in range(20):
                await app.workers.wait_for_complete()
                await pilot.pause()
                if all(worker.is_finished for worker in app.workers):
                    break
            for key, label in (("j", "next criterion"), ("p", "Pass")):
                to_repaint, round_trip = [], []
                for i in range(40):
                    repaints.clear()
                    start = time.perf_counter()
                    await pilot.press(key)
                    round_trip.append((time.perf_counter() - start) * 1000)
                    to_repaint.append(((repaints[-1] if repaints else start) - start) * 1000)
                    if key == "j" and i % 9 == 8:
                        await pilot.press("home")  # back to the first criterion, to keep stepping
                out[label] = (percentiles(to_repaint), percentiles(round_trip))
            await pilot.press("ctrl+q")
    finally:
        Screen._compositor_refresh = original
    return out


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    if os.environ.get("BENCH_SAMPLES"):
        print([round(x) for x in ordered])
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="marker-bench-tui-"))
    os.environ["MARKER_CACHE_DIR"] = str(folder / "cache")
    (folder / "config.toml").touch()  # empty: the defaults
    os.environ["MARKER_CONFIG"] = str(folder / "config.toml")
    (folder / "config.toml").write_text('assessor = "Bench Assessor"\n', encoding="utf-8")  # the name, asked once
    # Start as an installed app starts: from compiled bytecode, kept out of the checkout.
    # With PYTHONDONTWRITEBYTECODE set (as in some shells and CI), marker's own modules
    # would be compiled from source on every start while Textual's come precompiled.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    probe = folder / "probe.py"
    probe.write_text(PROBE.format(repo=str(REPO), tests=str(REPO / "tests"), tui=str(REPO / "marker" / "tui")),
                     encoding="utf-8")
    demo = folder / "demo.docx"
    demo.write_bytes(DEMO.read_bytes())
    pdf = big_pdf(folder)
    python = sys.executable
    (bare, bare_exit), (same, same_exit), (first_docx, docx_exit) = timed_together(
        [python, str(probe), "bare", "-"], [python, str(probe), "widgets", "-"],
        [python, str(probe), "8584-200", str(demo)])
    print(f"bare Textual app, start to its widget on screen:  {bare * 1000:.0f} ms (to exit {bare_exit * 1000:.0f} ms)")
    print(f"marker's widgets, no data, start to on screen:    {same * 1000:.0f} ms ({same / bare:.2f}x the bare app;"
          f" to exit {same_exit * 1000:.0f} ms)")
    print(f"demo DOCX, start to first AC + evidence on screen: {first_docx * 1000:.0f} ms ({first_docx / bare:.2f}x the bare app,"
          f" {first_docx / same:.2f}x the same widgets; to exit {docx_exit * 1000:.0f} ms, {docx_exit / bare_exit:.2f}x)")
    firsts = []
    for run in range(5):  # a submission never opened before: its text read and its passages found
        os.environ["MARKER_CACHE_DIR"] = str(folder / f"first-{run}")
        firsts.append(to_screen([python, str(probe), "8584-200", str(demo)])[0])
    first = statistics.median(firsts)
    print(f"demo DOCX, first open (nothing cached):           {first * 1000:.0f} ms ({first / bare:.2f}x the bare app)")
    os.environ["MARKER_CACHE_DIR"] = str(folder / "cold")
    first_pdf, _ = to_screen([python, str(probe), "8584-201", str(pdf)])
    print(f"300-page PDF, first open (text not yet cached): {first_pdf * 1000:.0f} ms ({first_pdf / bare:.2f}x the bare app)")
    again = statistics.median(to_screen([python, str(probe), "8584-201", str(pdf)])[0] for _ in range(5))
    print(f"300-page PDF, opened again (text cached):       {again * 1000:.0f} ms ({again / bare:.2f}x the bare app)")
    os.environ["MARKER_CACHE_DIR"] = str(folder / "cache")
    for label, ((p50, p95), (trip50, trip95)) in asyncio.run(latency(pdf, folder)).items():
        print(f"keypress '{label}' on the 300-page PDF, key to repaint: p50 {p50:.1f} ms, p95 {p95:.1f} ms"
              f"  (Pilot round trip p50 {trip50:.0f}, p95 {trip95:.0f} ms)")


if __name__ == "__main__":
    main()
