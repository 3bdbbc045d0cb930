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
