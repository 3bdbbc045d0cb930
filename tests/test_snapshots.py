"""What the screens look like at 80×24, the smallest terminal marker supports.

Run `pytest tests/test_snapshots.py --snapshot-update` after an intended change to the
look, and view the SVGs in tests/__snapshots__ before committing them.
"""

from marker.tui.screens.sign import SignDialog
from test_tui_marking import demo_marking, wait_for_evidence


def fixed_marking(tmp_path):
    app, marking = demo_marking(tmp_path)
    marking.warnings.clear()
    return app, marking


def test_marking_screen_at_80x24(snap_compare, tmp_path):
    app, _ = fixed_marking(tmp_path)

    async def ready(pilot):
        await wait_for_evidence(pilot, app)
        await pilot.press("p", "j", "r", "j")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


def test_sign_dialog_refusing_at_80x24(snap_compare, tmp_path):
    app, _ = fixed_marking(tmp_path)

    async def ready(pilot):
        await wait_for_evidence(pilot, app)
        await pilot.press("p", "j", "r", "s")
        await pilot.pause()
        assert isinstance(app.screen, SignDialog)

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


def test_marked_unit_at_120x40(snap_compare, tmp_path):
    from test_tui_marking import DEMO

    app, _ = demo_marking(tmp_path, unit="D2.01", files=(DEMO,))

    async def ready(pilot):
        await wait_for_evidence(pilot, app)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=ready)


def test_qa_screen_at_80x24(snap_compare, tmp_path):
    from test_tui_qa import IQA, signed_demo
    from marker.opening import who
    from marker.reviewing import open_review
    from marker.tui.app import create_app
    from marker.tui.screens.qa import QAScreen

    path = signed_demo(tmp_path)
    app = create_app(IQA, tmp_path / "sessions")
    reviewing = open_review(IQA, app.catalogue, path, who(IQA))
    app.start = QAScreen(reviewing, reviewing.paths)

    async def ready(pilot):
        await wait_for_evidence(pilot, app)
        await pilot.press("a")
        await pilot.pause()
        app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


def test_marked_unit_at_80x24(snap_compare, tmp_path):
    from test_tui_marking import DEMO

    app, _ = demo_marking(tmp_path, unit="D2.01", files=(DEMO,))

    async def ready(pilot):
        await wait_for_evidence(pilot, app)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)
