"""The demo asks before deleting sheets it wrote; with nothing written it just cleans up."""

import os
import shutil
from pathlib import Path

import pytest

import marker.cli
from marker.cli import main
from marker.tui.app import MarkerApp


@pytest.fixture
def demo_run(monkeypatch):
    """`marker demo` with the app replaced by one that writes ``writes`` files and quits."""
    made: list[Path] = []
    monkeypatch.setattr(marker.cli, "has_terminal", lambda: True)
    Path(os.environ["MARKER_CONFIG"]).write_text('assessor = "Ann Assessor"\n')

    def run(writes: list[str], answer):
        def fake_run(app, *args, **kwargs):
            made.append(app.sessions_dir.parent)
            for name in writes:
                (app.sessions_dir / name).write_bytes(b"sheet")

        monkeypatch.setattr(MarkerApp, "run", fake_run)

        def ask(prompt):
            if isinstance(answer, BaseException):
                raise answer
            return answer

        monkeypatch.setattr("builtins.input", ask)
        return main(["demo"]), made[-1]

    yield run
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


def test_nothing_written_nothing_asked(demo_run, capsys):
    status, work = demo_run([], answer=AssertionError("asked"))
    assert status == 0 and not work.exists() and capsys.readouterr().out == ""


def test_sheets_written_are_kept_unless_the_answer_is_yes(demo_run, capsys):
    status, work = demo_run(["Jordan_sheet.docx", "Jordan_report.docx"], answer="")
    out = capsys.readouterr().out
    assert status == 0 and "The demo wrote 2 files" in out and "sessions/Jordan_sheet.docx" in out
    assert (work / "sessions" / "Jordan_sheet.docx").exists() and f"kept the demo's folder: {work}" in out


def test_yes_deletes_them(demo_run):
    status, work = demo_run(["Jordan_sheet.docx"], answer="y")
    assert status == 0 and not work.exists()


def test_no_answer_at_all_keeps_them(demo_run):
    status, work = demo_run(["Jordan_sheet.docx"], answer=EOFError())
    assert status == 0 and (work / "sessions" / "Jordan_sheet.docx").exists()
