"""`marker mark` refuses an empty or encrypted file before it creates a session."""

import os
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

import marker.cli
from conftest import REPO
from marker.cli import main
from marker.errors import MarkerError
from marker.opening import check_readable

PORTFOLIO = REPO / "marker" / "demo" / "priya-shah-8584-201-portfolio.pdf"


def encrypted(tmp_path) -> Path:
    writer = PdfWriter()
    for page in PdfReader(PORTFOLIO).pages:
        writer.add_page(page)
    writer.encrypt("s3cret")
    path = tmp_path / "portfolio.pdf"
    with path.open("wb") as out:
        writer.write(out)
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def mark(files, *options):
    return main(["mark", *map(str, files), "--unit", "8584-201", "--learner", "Priya Shah", "--reg", "R1", *options])


@pytest.fixture
def terminal(monkeypatch):
    monkeypatch.setattr(marker.cli, "has_terminal", lambda: True)


def sessions_made() -> list[str]:
    folder = Path(os.environ["MARKER_SESSIONS"])
    return sorted(p.name for p in folder.glob("*")) if folder.exists() else []


@pytest.mark.parametrize("make, says", [
    (lambda tmp: empty(tmp / "essay.docx"), "essay.docx: is empty (0 bytes)"),
    (encrypted, "portfolio.pdf: is encrypted and needs a password to open"),
])
def test_an_unreadable_file_is_refused_before_a_session_exists(tmp_path, terminal, capsys, make, says):
    path = make(tmp_path)
    assert mark([path]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"marker: {says}") and err.count("\n") == 1 and "no session was created" in err
    assert sessions_made() == []


def test_a_folder_with_nothing_to_read_is_refused(tmp_path, terminal, capsys):
    (tmp_path / "inbox").mkdir()
    assert mark([tmp_path / "inbox"]) == 2
    assert "holds no document marker can read" in capsys.readouterr().err and sessions_made() == []


def test_the_right_password_reads_the_encrypted_file(tmp_path):
    path = encrypted(tmp_path)
    with pytest.raises(MarkerError, match="password given is wrong"):
        check_readable([path], "wrong")
    check_readable([path], "s3cret")


async def test_the_new_marking_form_refuses_an_empty_file_too(tmp_path):
    from test_tui_marking import config
    from marker.tui.app import create_app

    path = empty(tmp_path / "essay.docx")
    app = create_app(config(), Path(os.environ["MARKER_SESSIONS"]))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "enter", "tab", *str(path), "tab", *"Jordan Ellis", "tab", *"R1", "ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = str(app.screen.query_one("#new-error").render())
        assert "essay.docx: is empty (0 bytes)" in shown and "no session was created" in shown
        await pilot.press("ctrl+q")
    assert sessions_made() == []
