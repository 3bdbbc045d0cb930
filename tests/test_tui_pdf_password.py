"""An encrypted PDF can be marked from the app: the new-marking form asks its password."""

from textual.widgets import Input, Select, Static

from marker.config import cache_dir
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
        assert not list(cache_dir().rglob("*.json")), "nor is text read with it cached, nor its passages"
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


def _saved_session(tmp_path):
    """A session marked on the encrypted portfolio, closed: reopened later, its password is asked again."""
    from marker.opening import start_marking

    app = create_app(config(), tmp_path / "sessions")
    marking = start_marking(config(), app.catalogue, tmp_path / "sessions", unit="8584-201",
                            files=[encrypted(tmp_path)], learner_name="Priya Shah", learner_reg="R1")
    marking.close()
    return marking.path


async def test_reopening_from_home_asks_the_password_says_a_wrong_one_and_reads_with_the_right(tmp_path):
    from marker.tui.screens.pdf_password import WRONG, PdfPasswordDialog

    path = _saved_session(tmp_path)
    app = create_app(config(), tmp_path / "sessions")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")  # open the one session listed
        await wait_for_evidence(pilot, app)
        assert isinstance(app.screen, PdfPasswordDialog), "the reopened session asks for the PDF's password"
        await pilot.press(*"wrong", "enter")
        await wait_for_evidence(pilot, app)
        assert isinstance(app.screen, PdfPasswordDialog)
        assert str(app.screen.query_one("#pdf-password-problem", Static).render()) == WRONG
        await pilot.press(*"s3cret", "enter")
        await wait_for_evidence(pilot, app)
        assert isinstance(app.screen, MarkingScreen)
        assert app.screen.located is not None and app.screen.located.submission.documents, "read with the password"
        assert not app.screen.located.submission.errors
        await pilot.press("q")
    assert "s3cret" not in path.read_text(), "the password is never saved"


async def test_escape_opens_the_session_without_the_file_and_says_why(tmp_path):
    from marker.tui.screens.pdf_password import PdfPasswordDialog

    path = _saved_session(tmp_path)
    from marker.opening import open_marking

    app = create_app(config(), tmp_path / "sessions")
    marking = open_marking(config(), app.catalogue, path)
    app.start = MarkingScreen(marking, marking.paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_evidence(pilot, app)
        assert isinstance(app.screen, PdfPasswordDialog)
        await pilot.press("escape")
        await wait_for_evidence(pilot, app)
        assert isinstance(app.screen, MarkingScreen)
        said = "\n".join(str(n.message) for n in app._notifications)
        assert "portfolio.pdf: is encrypted and needs a password" in said
        await pilot.press("q")


def test_marker_open_takes_the_password(tmp_path, monkeypatch):
    """``marker open SESSION --password …`` reads the PDF without asking, as ``marker mark --password`` does."""
    import marker.cli
    from marker.cli import main
    from marker.tui.app import MarkerApp

    path = _saved_session(tmp_path)
    (tmp_path / "config.toml").write_text('assessor = "Ann Assessor"\n')
    monkeypatch.setenv("MARKER_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setattr(marker.cli, "has_terminal", lambda: True)
    given = []
    monkeypatch.setattr(MarkerApp, "run", lambda app, *a, **k: given.append(app.start.password))
    assert main(["open", str(path), "--password", "s3cret"]) == 0
    assert given == ["s3cret"]
