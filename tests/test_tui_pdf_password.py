"""An encrypted PDF can be marked from the app: the new-marking form asks its password."""

from textual.widgets import Input, Select, Static

from marker.tui.app import create_app
from marker.tui.screens.marking import MarkingScreen
from marker.tui.screens.new_marking import NewMarkingScreen
from test_mark_refuses import encrypted
from test_tui_marking import config, wait_for_evidence


def _new_marking(tmp_path):
    """The form filled in for an encrypted portfolio, its password field left empty."""
    return create_app(config(), tmp_path / "sessions", start=NewMarkingScreen(
        files=[encrypted(tmp_path)], unit="8584-201", learner="Priya Shah", reg="R1"))


async def test_the_right_password_opens_an_encrypted_pdf_for_marking(tmp_path):
    app = _new_marking(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#unit", Select).value == "8584-201"
        field = app.screen.query_one("#pdf-password", Input)
        assert field.password, "the password is not shown as it is typed"
        field.value = "s3cret"
        await pilot.press("ctrl+s")
        await wait_for_evidence(pilot, app)
        assert isinstance(app.screen, MarkingScreen)
        session_text = "".join(p.read_text() for p in (tmp_path / "sessions").glob("*.toml"))
        assert "s3cret" not in session_text, "the password is never saved"
        await pilot.press("ctrl+q")


async def test_no_password_says_what_to_do_and_creates_nothing(tmp_path):
    app = _new_marking(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_for_evidence(pilot, app)
        assert isinstance(app.screen, NewMarkingScreen)
        said = str(app.screen.query_one("#new-error", Static).render())
        assert "portfolio.pdf: is encrypted and needs a password" in said and "PDF password" in said
        await pilot.press("ctrl+q")
    assert not list((tmp_path / "sessions").glob("*.toml"))
