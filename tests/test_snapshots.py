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


def qa_app(tmp_path, unit="8584-200"):
    """The demo submission signed by Ann Assessor, open in QA mode for Iris Quality."""
    from marker.reviewing import open_review
    from marker.tui.app import create_app
    from marker.tui.screens.qa import QAScreen
    from test_tui_qa import IQA, signed_demo

    if unit == "8584-200":
        path = signed_demo(tmp_path)
    else:
        from marked import marked_session
        from marker.signing import sign
        from marker.store import save

        app, _ = demo_marking(tmp_path)
        rubric = app.catalogue.get(unit)
        session = marked_session(rubric, tmp_path / "files", learner="Jordan Ellis", reg="R4471926")
        sign(session, rubric, "Ann Assessor", "Ann Assessor")
        path = save(session, tmp_path / "sessions")
    app = create_app(IQA, tmp_path / "sessions")
    reviewing = open_review(app.catalogue, path, IQA.assessor)
    reviewing.opened.warnings.clear()
    app.start = QAScreen(reviewing, reviewing.paths)
    return app


async def settled(app, pilot):
    """No toasts: they time out, so a slow machine would draw a different picture."""
    app.clear_notifications()
    await pilot.pause()


def test_qa_screen_at_80x24(snap_compare, tmp_path):
    app = qa_app(tmp_path)

    async def ready(pilot):
        await wait_for_evidence(pilot, app)
        await pilot.press("a", "c", *"Only two situations.", "enter")
        await settled(app, pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


def test_qa_screen_at_120x40(snap_compare, tmp_path):
    app = qa_app(tmp_path)

    async def ready(pilot):
        await wait_for_evidence(pilot, app)
        await pilot.press("a", "c", *"Only two situations.", "enter", "C", *"LO 1 sampled.", "escape")
        await settled(app, pilot)

    assert snap_compare(app, terminal_size=(120, 40), run_before=ready)


def test_qa_of_a_marked_unit_at_120x40(snap_compare, tmp_path):
    app = qa_app(tmp_path, unit="D2.01")

    async def ready(pilot):
        await wait_for_evidence(pilot, app)
        await pilot.press("a", "m", "2", "0", "escape", "C", *"Sampled: consistent.", "escape")
        await settled(app, pilot)

    assert snap_compare(app, terminal_size=(120, 40), run_before=ready)


def test_refer_back_dialog_at_80x24(snap_compare, tmp_path):
    app = qa_app(tmp_path)

    async def ready(pilot):
        await wait_for_evidence(pilot, app)
        app.clear_notifications()
        await pilot.press("b", *"AC 1.2 looks like a referral.")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


def test_marked_unit_at_80x24(snap_compare, tmp_path):
    from test_tui_marking import DEMO

    app, _ = demo_marking(tmp_path, unit="D2.01", files=(DEMO,))

    async def ready(pilot):
        await wait_for_evidence(pilot, app)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


def test_name_asked_once_at_80x24(snap_compare, tmp_path):
    from marker.config import Config
    from marker.tui.app import create_app
    from marker.tui.screens.dialogs import NameDialog

    app = create_app(Config(), "/nonexistent/marker-sessions")  # a fixed path: the home screen shows it

    async def ready(pilot):
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.push_screen(NameDialog())
        await pilot.press(*"Sam Assessor")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


def test_sign_dialog_asking_the_passphrase_again_at_80x24(snap_compare, tmp_path, monkeypatch):
    from datetime import date

    from marker.config import keys_dir
    from marker.keys import create_key_pair, load_signing_key

    class FixedDay(date):
        @classmethod
        def today(cls):
            return cls(2026, 3, 2)

    monkeypatch.setattr("marker.tui.screens.sign.date", FixedDay)  # the date field shows today: fixed here
    create_key_pair(keys_dir(), "correct horse")
    monkeypatch.setattr("marker.keys.signing_key", lambda who, **given: load_signing_key(**given))
    app, _ = fixed_marking(tmp_path)

    async def ready(pilot):
        await wait_for_evidence(pilot, app)
        for _ in range(12):
            await pilot.press("p", "j")
        await pilot.press("s", *"wrong horse", "enter")
        await app.workers.wait_for_complete()  # the key opens in a worker
        await pilot.pause()
        assert isinstance(app.screen, SignDialog) and app.screen.protected

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)
