"""What the first criterion waits for, and what it does not: checks after it is on screen,
a long text wrapped off the UI thread, line heights counted once per wrap."""

import threading

from textual.app import App
from textual.widgets import Static
from textual.widgets.text_area import WrappedDocument

import marker.submission.checks
from marker.session import Decision
from marker.tui.textmap import TextMap
from marker.tui.widgets.evidence import EvidenceView
from test_tui_marking import demo_marking, wait_for_evidence

PARAGRAPH = "In our session the mentee and I reviewed her goals and agreed the next steps for the month. "


async def test_the_first_criterion_is_marked_while_the_checks_still_run(tmp_path, monkeypatch):
    release = threading.Event()
    real_checks = marker.submission.checks.run_checks

    def held_checks(*args, **kwargs):
        release.wait(30)  # held until the test has seen the screen without them
        return real_checks(*args, **kwargs)

    monkeypatch.setattr(marker.submission.checks, "run_checks", held_checks)
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = app.screen
        while screen.located is None or screen.query_one(EvidenceView).text_map is None:
            await pilot.pause(0.02)
        await pilot.pause()
        evidence = screen.query_one(EvidenceView)
        assert "Task 1.1" in evidence.selected_text, "the first criterion's passage is shown before the checks"
        assert "still checking" in str(screen.query_one("#checks", Static).render())
        assert screen.extraction is None
        await pilot.press("p", "I")  # marking goes on; what needs the checks says it waits for them
        assert marking.session.criteria["1.1"].decision is Decision.PASS
        assert any("checking" in str(n.message) for n in app._notifications)
        release.set()
        await wait_for_evidence(pilot, app)
        assert screen.extraction is not None
        assert "words:" in str(screen.query_one("#checks", Static).render())
        await pilot.press("ctrl+q")


async def test_a_long_submission_is_wrapped_off_the_ui_thread(tmp_path, monkeypatch):
    from marker.tui.screens.reading import LAY_OUT_OFF_THREAD

    essay = tmp_path / "portfolio.txt"
    essay.write_text("\n\n".join(f"Session {n}. " + PARAGRAPH * 3 for n in range(600)), encoding="utf-8")
    assert essay.stat().st_size > 2 * LAY_OUT_OFF_THREAD
    wraps = []
    real_wrap = WrappedDocument.wrap

    def wrap(document, width, tab_width=None):
        if width and document.document.line_count > 1000:
            wraps.append(threading.current_thread() is threading.main_thread())
        return real_wrap(document, width, tab_width)

    monkeypatch.setattr(WrappedDocument, "wrap", wrap)
    app, _ = demo_marking(tmp_path, files=(essay,))
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        evidence = app.screen.query_one(EvidenceView)
        assert evidence.text_map is not None and "Session 599." in evidence.text
        assert wraps == [False], "wrapped once, on a worker"
        assert evidence.wrapped_document.height > evidence.document.line_count, "and wrapped at the view's width"
        await pilot.press("ctrl+q")


class Holder(App):
    def compose(self):
        yield EvidenceView()


async def test_a_deep_jump_counts_the_line_heights_once(monkeypatch):
    # Textual's WrappedDocument adds up every line's height when asked, and TextArea asks
    # for each line it draws: the first screen deep in a long text cost that many sums.
    sums = []
    real_height = WrappedDocument.height
    monkeypatch.setattr(WrappedDocument, "height", property(lambda doc: (sums.append(1), real_height.fget(doc))[1]))
    text = "\n".join(f"Paragraph {n}: " + PARAGRAPH * 2 for n in range(3000))
    app = Holder()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.query_one(EvidenceView)
        view.show_text(TextMap(text, {}))
        await pilot.pause()
        sums.clear()
        for row in (2500, 1200, 2999):
            view.select_match(row, 0, 9)
            await pilot.pause()
            await pilot.pause()
            assert view.scroll_y > 0 and view.selected_text == f"Paragraph"
        assert sums == [], "the height of the wrapping was counted once, when it was wrapped"


def test_collections_are_rarer_while_marker_starts(monkeypatch):
    import gc

    import marker
    from marker.config import Config
    from marker.tui.app import create_app

    import subprocess
    import sys

    started = subprocess.run([sys.executable, "-c", "import gc, marker; print(tuple(gc.get_threshold()))"],
                             capture_output=True, text=True, check=True).stdout.strip()
    assert started == str(tuple(marker.START_UP_THRESHOLDS)), "set as marker is first imported"
    seen = []
    monkeypatch.setattr(App, "run", lambda app, *args, **kwargs: seen.append(gc.get_threshold()))
    before = gc.get_threshold()
    gc.set_threshold(*marker.START_UP_THRESHOLDS)
    try:
        assert marker.DEFAULT_THRESHOLDS[0] < marker.START_UP_THRESHOLDS[0]
        create_app(Config(assessor="Ann Assessor")).run()
        assert seen == [marker.START_UP_THRESHOLDS], "still rare as the app starts: its first paint makes many objects"
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


async def test_collections_are_back_at_the_defaults_once_the_first_criterion_is_shown(tmp_path):
    import gc

    import marker

    before = gc.get_threshold()
    gc.set_threshold(*marker.START_UP_THRESHOLDS)
    try:
        app, _ = demo_marking(tmp_path)
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for_evidence(pilot, app)
            assert gc.get_threshold() == marker.DEFAULT_THRESHOLDS, "keys are handled at the collector's defaults"
            await pilot.press("ctrl+q")
        gc.set_threshold(*marker.START_UP_THRESHOLDS)
        from marker.tui.app import START_UP_SECONDS, create_app
        from marker.config import Config

        app = create_app(Config(assessor="Ann Assessor"), tmp_path / "sessions")  # the home screen
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause(START_UP_SECONDS + 0.2)
            assert gc.get_threshold() == marker.DEFAULT_THRESHOLDS, "any other first screen: a second in"
            await pilot.press("ctrl+q")
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


async def test_what_waits_for_the_evidence_runs_after_what_the_app_was_asked_before_its_paint(tmp_path, monkeypatch):
    # A callback asked of the app as the evidence is shown (as bench_tui's probe asks, to
    # see the screen up) runs before the checks start: their import shares the CPU with
    # whatever runs beside it.
    from marker.tui.screens.marking import MarkingScreen

    order = []
    shown, after = EvidenceView.show_candidate, MarkingScreen._after_evidence_shown

    def show_candidate(view, candidate, position):
        shown(view, candidate, position)
        if not order:
            view.app.call_after_refresh(order.append, "asked before the paint")

    monkeypatch.setattr(EvidenceView, "show_candidate", show_candidate)
    monkeypatch.setattr(MarkingScreen, "_after_evidence_shown", lambda screen: (order.append("checks"), after(screen)))
    app, _ = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        assert order == ["asked before the paint", "checks"]
        await pilot.press("ctrl+q")
