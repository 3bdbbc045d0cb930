"""sign, reopen, sheet and verify from the command line, as a script would use them."""

import os
from pathlib import Path

from marked import marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.store import save
from test_cli_sessions import marker


def saved_session(tmp_path, unit="8584-200", **kwargs) -> Path:
    rubric = find_rubrics([SHIPPED_RUBRICS]).get(unit)
    return save(marked_session(rubric, tmp_path / "files", **kwargs), Path(os.environ["MARKER_SESSIONS"]))


def test_sign_sheet_verify_then_reopen(tmp_path, signers):
    signers.install("Ann Assessor")
    path = saved_session(tmp_path)
    unsigned = marker("verify", str(path))
    assert unsigned.returncode == 1 and "not signed" in unsigned.stdout
    signed = marker("sign", path.name, "--name", "Ann Assessor", "--date", "2026-11-02")
    assert signed.returncode == 0, signed.stderr
    assert "signed by Ann Assessor on 2026-11-02" in signed.stdout
    (tmp_path / "out").mkdir()
    sheet = marker("sheet", path.name, "-o", str(tmp_path / "out" / "sheet.docx"))
    assert sheet.returncode == 0, sheet.stderr
    assert (tmp_path / "out" / "sheet.docx").exists() and (tmp_path / "out" / path.name.replace(".toml", "_learner-report.docx")).exists()
    checked = marker("verify", str(path), str(tmp_path / "out" / "sheet.docx"))
    assert checked.returncode == 0, checked.stdout
    assert "every cell matches the session" in checked.stdout
    refused = marker("reopen", path.name, "--reason", " ")
    assert refused.returncode == 2 and refused.stderr.startswith("marker: ") and "Traceback" not in refused.stderr
    reopened = marker("reopen", path.name, "--reason", "wrong date")
    assert reopened.returncode == 0, reopened.stderr
    after = marker("verify", str(tmp_path / "out" / "sheet.docx"))
    assert after.returncode == 1 and "withdrawn" in after.stdout


def test_signing_refused_says_why_in_one_line(tmp_path):
    path = saved_session(tmp_path, referral=("2.1",))
    text = path.read_text(encoding="utf-8")
    feedback = next(line for line in text.splitlines() if "AC 2.1 does not yet show" in line)
    path.write_text(text.replace(feedback, 'feedback = ""'), encoding="utf-8")
    result = marker("sign", str(path), "--name", "Ann Assessor")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "AC 2.1: a Referral needs feedback" in result.stderr


def test_verify_of_something_that_is_not_a_sheet_is_one_line(tmp_path):
    stray = tmp_path / "notes.docx"
    stray.write_bytes(b"not a zip")
    result = marker("verify", str(stray), str(tmp_path / "missing.toml"))
    assert result.returncode == 1
    assert "notes.docx: is not a readable DOCX" in result.stdout and "missing.toml: no such file" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
