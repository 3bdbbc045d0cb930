"""Stepping between criteria at 80x24: the panel as tall as each criterion vs a fixed height.

    .venv/bin/python bench/bench_step_small.py

At 80x24 the criterion panel takes the height of the criterion in hand, so a short one
leaves its rows to the evidence; a height that changes lays the screen out again. This
times `j` (key to the end of the last repaint it caused, as bench_tui.py does) on the
demo DOCX and on a 300-page PDF, with the panel fitting each criterion and, in the same
run, with its height held fixed at the tallest (as it was), and prints the ratio; and the
layout a new height costs once stepping pauses (``SETTLE``), which the key does not wait for.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_tui import DEMO, REPO, big_pdf

sys.path[:0] = [str(REPO)]


async def step_latency(unit: str, files: list[Path], folder: Path, fixed: bool) -> tuple[list[float], list[float]]:
    """Per `j`: key to its repaint, and the panel's settling to its repaint (none when ``fixed``)."""
    from textual.screen import Screen

    from marker.config import Config
    from marker.opening import start_marking
    from marker.tui.app import create_app
    from marker.tui.screens.marking import MarkingScreen
    from marker.tui.widgets.criterion_panel import SETTLE, CriterionPanel

    cfg = Config(assessor="Bench")
    app = create_app(cfg, folder / "sessions")
    marking = start_marking(cfg, app.catalogue, folder / "sessions", unit=unit, files=files,
                            learner_name="B", learner_reg="B2")
    app.start = MarkingScreen(marking, files)
    repaints: list[float] = []
    settled: list[float] = []
    original_refresh, original_settle = Screen._compositor_refresh, CriterionPanel._settle

    def timed_refresh(screen) -> None:
        original_refresh(screen)
        repaints.append(time.perf_counter())

    def timed_settle(panel) -> None:
        settled.append(time.perf_counter())
        if not fixed:  # fixed: the panel keeps the stylesheet's height, the tallest criterion's, as before
            original_settle(panel)

    Screen._compositor_refresh, CriterionPanel._settle = timed_refresh, timed_settle
    keys, settles = [], []
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(20):
                await app.workers.wait_for_complete()
                await pilot.pause()
            for i in range(24):
                repaints.clear()
                settled.clear()
                start = time.perf_counter()
                await pilot.press("j")
                keys.append(((repaints[-1] if repaints else start) - start) * 1000)
                await pilot.pause(SETTLE * 2)  # an assessor reading: the panel settles
                await pilot.pause()
                after = [t for t in repaints if settled and t > settled[-1]]
                settles.append(((after[-1] - settled[-1]) * 1000) if after and settled else 0.0)
                if i % 9 == 8:
                    await pilot.press("home")
            await pilot.press("ctrl+q")
    finally:
        Screen._compositor_refresh, CriterionPanel._settle = original_refresh, original_settle
    return keys, settles


def p50_p95(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="marker-bench-step-"))
    os.environ["MARKER_CACHE_DIR"] = str(folder / "cache")
    (folder / "config.toml").write_text('assessor = "Bench Assessor"\n', encoding="utf-8")
    os.environ["MARKER_CONFIG"] = str(folder / "config.toml")
    pdf = big_pdf(folder)
    for label, unit, files in (("demo DOCX", "8584-200", [DEMO]), ("300-page PDF", "8584-201", [pdf])):
        fixed_keys, fitted_keys, fitted_settles = [], [], []
        for _ in range(2):  # in turn, so a slow spell of this machine hits both alike
            fixed_keys += asyncio.run(step_latency(unit, files, folder, fixed=True))[0]
            keys, settles = asyncio.run(step_latency(unit, files, folder, fixed=False))
            fitted_keys += keys
            fitted_settles += settles
        (f50, f95), (g50, g95), (s50, s95) = p50_p95(fixed_keys), p50_p95(fitted_keys), p50_p95(fitted_settles)
        print(f"{label}, j at 80x24, key to repaint: panel fixed p50 {f50:.1f} ms p95 {f95:.1f} ms; fitting each "
              f"criterion p50 {g50:.1f} ms p95 {g95:.1f} ms ({g50 / f50:.2f}x p50, {g95 / f95:.2f}x p95); then, "
              f"once stepping pauses, the panel's new height laid out and repainted: p50 {s50:.1f} ms p95 {s95:.1f} ms")


if __name__ == "__main__":
    main()
