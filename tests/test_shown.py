"""Issue 16: whatever a file or a name holds, printing it never drives the terminal or splits a line."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO
from marker.shown import shown
from marker.store import load, save
from test_cli_sessions import marked_session

ESC = "\x1b]0;pwned\x07\x1b[2J\x1b[31m"
RLO = "\u202e"


def marker(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marker", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=60, stdin=subprocess.DEVNULL)


def raw_controls(text: str) -> list[str]:
    return [c for c in text if c in ("\x1b", "\x07", "\x9b", RLO, "\u2066", "\r")]


def test_controls_bidi_and_newlines_are_escaped_and_other_scripts_kept():
    assert shown(f"Zoë {ESC}Smith{RLO}cod.exe\nnext") == (
        "Zoë \\x1b]0;pwned\\x07\\x1b[2J\\x1b[31mSmith\\u202ecod.exe\\nnext")
    assert shown("שלום 你好\tok") == "שלום 你好\tok"
    assert shown("a\nb\x9b", lines=True) == "a\nb\\x9b"
    assert shown("line\u2028break") == "line\\u2028break"


def test_extract_names_a_hostile_file_name_escaped_in_one_line(tmp_path):
    path = tmp_path / f"essay{ESC}\nFAKE LINE.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    result = marker("extract", str(path), "--unit", "8584-200")
    errors = [line for line in result.stderr.splitlines() if line.startswith("marker:")]
    assert len(errors) == 1 and "essay\\x1b]0;pwned" in errors[0] and "\\nFAKE LINE.docx" in errors[0]
    assert not raw_controls(result.stdout + result.stderr)


def test_list_and_show_escape_learner_names():
    path = marked_session()
    session = load(path)
    session.learner_name = f"Jordan{RLO}Ellis{ESC}\nX"
    save(session, path.parent, path)
    listed = marker("list")
    assert listed.returncode == 0 and "Jordan\\u202eEllis\\x1b" in listed.stdout and "\\u202e" in listed.stdout
    assert len(listed.stdout.strip().splitlines()) == 2, "the header, then the session on one line"
    shown_text = marker("show", str(path)).stdout
    assert "Ellis\\x1b]0;pwned" in shown_text and not raw_controls(listed.stdout + shown_text)


def test_verify_keeps_a_hostile_path_on_one_line(tmp_path):
    folder = tmp_path / f"bundle{ESC}\nok   everything verified"
    os.mkdir(folder)
    result = marker("verify", str(folder))
    assert result.returncode == 1
    assert not any(line.startswith("ok   everything") for line in result.stdout.splitlines())
    assert not raw_controls(result.stdout + result.stderr)
