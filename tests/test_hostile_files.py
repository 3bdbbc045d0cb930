"""Issue 16: only regular files are read or hashed; what cannot be read is one line, never skipped in silence.

The tests run as root on the build machines, where permissions do not bite, so a
permission failure is simulated by making ``os.open`` / ``os.scandir`` refuse one path.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import hostile
from conftest import REPO
from marker.submission.errors import SubmissionError
from marker.submission.files import sha256_of, submission_files
from marker.submission.read import read_file, read_submission

SECONDS = 10


def within_limit(action):
    """Run ``action`` in a thread: a hang fails the test instead of stalling the suite."""
    outcome: dict = {}

    def run():
        try:
            outcome["value"] = action()
        except BaseException as exc:  # handed back to the test below
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(SECONDS)
    assert not thread.is_alive(), f"still running after {SECONDS} s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "essay.docx"
    os.mkfifo(path)
    return path


@pytest.fixture
def dev_zero(tmp_path) -> Path:
    path = tmp_path / "essay.pdf"
    path.symlink_to("/dev/zero")
    return path


def deny(monkeypatch, function: str, target: Path) -> None:
    """``os.<function>`` fails with EACCES for ``target`` alone."""
    real = getattr(os, function)

    def refusing(path, *args, **kwargs):
        if Path(os.fsdecode(path)) == target:
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, function, refusing)


def test_a_fifo_is_refused_before_it_is_opened_for_reading(fifo):
    with pytest.raises(SubmissionError, match=r"essay.docx: is a named pipe \(FIFO\), not a regular file"):
        within_limit(lambda: read_file(fifo))
    with pytest.raises(SubmissionError, match="named pipe"):
        within_limit(lambda: sha256_of(fifo))


def test_a_link_to_a_device_is_not_hashed(dev_zero):
    with pytest.raises(SubmissionError, match="essay.pdf: is a device, not a regular file"):
        within_limit(lambda: submission_files([dev_zero]))
    with pytest.raises(SubmissionError, match="is a device"):
        within_limit(lambda: read_file(dev_zero))


def test_a_link_to_a_regular_file_is_followed(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("Task 1.1 A mentor listens.", encoding="utf-8")
    link = tmp_path / "essay.txt"
    link.symlink_to(real)
    assert read_file(link).text == "Task 1.1 A mentor listens."
    assert sha256_of(link) == sha256_of(real)


def test_a_file_its_user_cannot_read_is_one_line(tmp_path, monkeypatch):
    path = tmp_path / "essay.txt"
    path.write_text("Task 1.1 A mentor listens.", encoding="utf-8")
    deny(monkeypatch, "open", path)
    with pytest.raises(SubmissionError, match=r"essay.txt: cannot be read \(Permission denied\) — check the file's"):
        read_file(path)
    with pytest.raises(SubmissionError, match=r"cannot be read \(Permission denied\)"):
        submission_files([path])


def test_an_unreadable_subfolder_is_named_not_skipped(tmp_path, monkeypatch):
    folder = tmp_path / "portfolio"
    (folder / "week 2").mkdir(parents=True)
    (folder / "intro.txt").write_text("Task 1.1 A mentor listens.", encoding="utf-8")
    (folder / "week 2" / "log.txt").write_text("Session one, 60 minutes.", encoding="utf-8")
    deny(monkeypatch, "scandir", folder / "week 2")
    submission = read_submission([folder])
    assert [d.name for d in submission.documents] == ["intro.txt"]
    assert [str(e) for e in submission.errors] == [
        "week 2/: is a folder that cannot be read (Permission denied) — check the folder's permissions"]
    with pytest.raises(SubmissionError, match="week 2/: is a folder that cannot be read"):
        submission_files([folder])


def test_a_fifo_inside_a_folder_is_named(tmp_path):
    folder = tmp_path / "portfolio"
    folder.mkdir()
    (folder / "intro.txt").write_text("Task 1.1 A mentor listens.", encoding="utf-8")
    os.mkfifo(folder / "diary.docx")
    submission = within_limit(lambda: read_submission([folder]))
    assert [d.name for d in submission.documents] == ["intro.txt"]
    assert "diary.docx: is a named pipe (FIFO)" in str(submission.errors[0])


def marker(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marker", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=60, stdin=subprocess.DEVNULL)


def test_resubmit_on_a_fifo_or_dev_zero_is_one_line(fifo, dev_zero):
    from test_cli_sessions import marked_session

    session = marked_session()
    Path(os.environ["MARKER_CONFIG"]).write_text('assessor = "Ann Assessor"\n', encoding="utf-8")
    for path, what in ((fifo, "named pipe"), (dev_zero, "device")):
        result = marker("resubmit", str(session), str(path))
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert what in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_extract_on_a_fifo_is_one_line(fifo):
    result = marker("extract", str(fifo), "--unit", "8584-200")
    assert "Traceback" not in result.stderr
    assert "essay.docx: is a named pipe (FIFO), not a regular file" in result.stdout + result.stderr


def test_hostile_builders_make_what_they_say(tmp_path):
    """The bench's hostile files are what their names claim (a lying size really lies)."""
    import zipfile

    path = hostile.lying_docx(tmp_path / "l.docx", inflated=2 << 20, claimed=100)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size == 100


@pytest.mark.parametrize("name, safe", [("LPT9.docx", "LPT9_.docx"), ("con.tar.gz", "con_.tar.gz"), ("Nul", "Nul_"),
                                        ("COM\u00b9.pdf", "COM1_.pdf"), ("LPT9x.docx", "LPT9x.docx")])
def test_reserved_windows_names_are_safe_whatever_their_extension(name, safe):
    from marker.export.names import safe_filename, safe_name, safe_relative

    assert safe_name(name) == safe_filename(name) == safe
    assert safe_relative(f"week 1/{name}") == f"week-1/{safe}"


def altchunk_docx(path: Path, chunk_name: str, chunk: bytes) -> Path:
    import zipfile

    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/aFChunk" Target="{chunk_name}"/></Relationships>')
    body = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{hostile.W}" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><w:body><w:altChunk r:id="rId9"/></w:body>'
            '</w:document>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", hostile.CONTENT_TYPES)
        archive.writestr("word/document.xml", body)
        archive.writestr("word/_rels/document.xml.rels", rels)
        archive.writestr(f"word/{chunk_name}", chunk)
    return path


def test_text_in_an_html_altchunk_is_read(tmp_path):
    html = (b"<html><head><title>x</title><style>p{}</style></head><body><h2>Task 1.1 The role of a mentor</h2>"
            b"<p>A mentor <b>listens</b> &amp; asks.</p><ul><li>First point</li></ul></body></html>")
    document = read_file(altchunk_docx(tmp_path / "essay.docx", "afchunk.htm", html))
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("heading", "Task 1.1 The role of a mentor"), ("paragraph", "A mentor listens & asks."),
        ("paragraph", "First point")]


def test_an_altchunk_marker_cannot_read_is_named_in_the_refusal(tmp_path):
    path = altchunk_docx(tmp_path / "essay.docx", "afchunk.rtf", b"{\\rtf1 Task 1.1}")
    with pytest.raises(SubmissionError, match=r"keeps its text in an embedded RTF part \(altChunk\) that marker "
                                              "cannot read"):
        read_file(path)
