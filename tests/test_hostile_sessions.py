"""Issue 16: a session file that cannot be read is listed with its reason and stops nothing else."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import hostile
from conftest import REPO
from marker.config import Config
from marker.errors import SessionError
from marker.session_view import session_rows
from marker.store import list_sessions, load, save
from test_cli_sessions import marked_session


@pytest.fixture
def folder_with_bad_files() -> Path:
    good = marked_session()
    folder = good.parent
    hostile.deep_toml(folder / "deep.toml")
    (folder / "flat-deep.toml").write_text("files = " + "[1, " * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.toml")
    (folder / "folder.toml").mkdir()
    (folder / "binary.toml").write_bytes(b"\xff\xfe\x00garbage")
    (folder / "weird.toml").write_text('format = 1\nid = "x"\nunit = "u"\nrubric_digest = "d"\nlearner_name = "A"\n'
                                       'learner_reg = "R"\ncriteria = 5\n', encoding="utf-8")
    return folder


def test_a_session_nested_fifty_thousand_deep_is_one_line(tmp_path):
    path = hostile.deep_toml(tmp_path / "deep.toml")
    with pytest.raises(SessionError, match=r"deep.toml: nests values more than 32 deep"):
        load(path)


def test_one_bad_file_never_stops_the_others_being_listed(folder_with_bad_files):
    found, problems = list_sessions(folder_with_bad_files)
    assert [s.session.learner_name for s in found] == ["Jordan Ellis"]
    named = sorted(Path(p.split(":", 1)[0]).name for p in problems)
    assert named == ["binary.toml", "deep.toml", "flat-deep.toml", "folder.toml", "pipe.toml", "weird.toml"]
    assert all("\n" not in p for p in problems)
    assert any("pipe.toml: is a named pipe (FIFO), not a session file" in p for p in problems)


def test_the_home_screen_rows_show_the_good_and_name_the_bad(folder_with_bad_files):
    rows = session_rows(folder_with_bad_files, {})
    assert [r.learner for r in rows if not r.problem] == ["Jordan Ellis"]
    assert len([r for r in rows if r.problem]) == 6


def test_marker_list_lists_the_good_sessions_and_one_line_for_each_bad_file(folder_with_bad_files):
    result = subprocess.run([sys.executable, "-m", "marker", "list", "--json"], capture_output=True, text=True,
                            cwd=REPO, timeout=60)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert [r["learner"] for r in json.loads(result.stdout)] == ["Jordan Ellis"]
    assert len(result.stderr.strip().splitlines()) == 6


def test_an_unreadable_sessions_folder_is_one_line(tmp_path, monkeypatch):
    import errno

    folder = tmp_path / "sessions"
    folder.mkdir()
    real = Path.iterdir

    def refusing(self):
        if self == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", refusing)
    assert list_sessions(folder) == ([], [f"{folder}: the sessions folder cannot be read (Permission denied); "
                                          "check its permissions"])


async def test_the_home_screen_lists_a_hostile_name_as_text_beside_a_broken_file():
    from rich.text import Text
    from textual.widgets import DataTable

    from marker.tui.app import create_app
    from test_tui_qa import open_home

    path = marked_session()
    session = load(path)
    session.learner_name = "[bold red]Eve[/] [/oops]\x1b[2J"  # markup that would restyle the row or fail to parse
    save(session, path.parent, path)
    hostile.deep_toml(path.parent / "deep.toml")
    app = create_app(Config(), path.parent)
    async with app.run_test(size=(110, 34)) as pilot:
        await open_home(app, pilot)
        table = app.screen.query_one(DataTable)
        cells = [table.get_row_at(i) for i in range(table.row_count)]
        names = [Text.from_markup(c[0]).plain for c in cells]  # as the table renders them
        assert "[bold red]Eve[/] [/oops]\\x1b[2J" in names
        assert "1 unreadable" in str(app.screen.query_one("#home-title").render())
