"""The key hints at the foot of the marking screen offer only what works in the session's state."""

from marker.config import Config
from marker.tui.screens.marking import MarkingScreen
from test_tui_marking import demo_marking, wait_for_evidence
from test_tui_qa import notices, signed_demo


def hints(app) -> str:
    return str(app.screen.query_one("KeyHints").render())


async def test_a_signed_session_offers_no_editing_key_and_e_says_why(tmp_path):
    from marker.opening import open_marking

    path = signed_demo(tmp_path)
    app, _ = demo_marking(tmp_path / "other")
    marking = open_marking(Config(assessor="Ann Assessor"), app.catalogue, path)
    app.start = MarkingScreen(marking, marking.paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_evidence(pilot, app)
        shown = hints(app)
        for refused in ("Pass", "Referral", "Feedback", "Pin", "Sign"):
            assert f" {refused} " not in shown, f"{refused!r} is offered on signed work: {shown}"
        assert "Reopen" in shown and "Next" in shown
        await pilot.press("e")
        await pilot.pause()
        assert "o reopens it" in notices(app), "e says why nothing can be typed"
        await pilot.press("escape", "q")


async def test_a_draft_offers_the_feedback_key(tmp_path):
    app, _ = demo_marking(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_evidence(pilot, app)
        assert " Feedback " in hints(app) and " Sign " in hints(app)
        assert "Reopen" not in hints(app)
        await pilot.press("q")


async def test_home_offers_qa_and_resubmission_only_on_a_session_that_allows_them(tmp_path):
    from marker.tui.app import create_app
    from test_tui_qa import IQA, open_home

    signed_demo(tmp_path)  # signed by Ann Assessor, every AC passed
    app = create_app(Config(assessor="Ann Assessor"), tmp_path / "sessions")
    async with app.run_test(size=(120, 30)) as pilot:
        await open_home(app, pilot)
        await pilot.pause()
        assert " QA " not in hints(app), "nobody quality assures their own marking"
        assert "Resubmission" not in hints(app), "a passed unit is not resubmitted"
        assert "New marking" in hints(app) and "Open" in hints(app)
    app = create_app(IQA, tmp_path / "sessions")
    async with app.run_test(size=(120, 30)) as pilot:
        await open_home(app, pilot)
        await pilot.pause()
        assert " QA " in hints(app), "the IQA may quality assure Ann's signed work"
        assert "Resubmission" not in hints(app)


async def test_home_with_no_sessions_offers_new_marking_not_open(tmp_path):
    from marker.tui.app import create_app
    from test_tui_qa import open_home

    app = create_app(Config(assessor="Ann Assessor"), tmp_path / "sessions")
    async with app.run_test(size=(120, 30)) as pilot:
        await open_home(app, pilot)
        assert "New marking" in hints(app) and " Open " not in hints(app), hints(app)
