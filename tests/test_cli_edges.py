"""The command line's rough edges a first day finds: pipes, headers, names, missing folders."""

import json
import os
import subprocess
import sys

import pytest

from conftest import REPO
from test_cli_sessions import DEMO, marked_session, marker


def closed_pipe(*args) -> subprocess.CompletedProcess:
    """Run marker with its output going to a reader that has already gone, as `| head -1` ends."""
    process = subprocess.Popen([sys.executable, "-m", "marker", *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=REPO)
    process.stdout.close()  # before marker writes a byte: every write meets a closed pipe
    stderr = process.stderr.read()
    process.wait()
    return subprocess.CompletedProcess(args, process.returncode, "", stderr)


@pytest.mark.parametrize("args", [["list", "--json"], ["sample", "--json"], ["extract", str(DEMO), "--unit", "8584-200"]])
def test_piping_into_head_ends_quietly(args):
    marked_session()
    result = closed_pipe(*args)
    assert result.stderr == ""
    assert result.returncode == 141  # as other tools: 128 + SIGPIPE


def test_piping_into_head_keeps_what_was_read():
    marked_session()
    out = subprocess.run(f"{sys.executable} -m marker list --json | head -2", shell=True, capture_output=True,
                         text=True, cwd=REPO)
    assert out.stdout.splitlines()[0] == "[" and out.stderr == ""


def test_list_prints_a_header_row():
    marked_session()
    lines = marker("list").stdout.splitlines()
    assert lines[0].split() == ["LEARNER", "REG", "UNIT", "ATTEMPT", "STATUS", "OUTCOME", "ASSESSOR", "UPDATED", "FILE"]
    assert lines[1].startswith("Jordan Ellis ") and lines[1].index("8584-200") == lines[0].index("UNIT")


def test_show_finds_a_session_by_its_name_without_toml():
    path = marked_session()
    result = marker("show", path.stem, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["unit"] == "8584-200"
    missing = marker("show", "nobody")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "`marker list`" in missing.stderr


def test_a_marker_config_that_names_a_missing_file_is_an_error(tmp_path):
    env = {**os.environ, "MARKER_CONFIG": str(tmp_path / "confg.toml")}
    result = subprocess.run([sys.executable, "-m", "marker", "list"], capture_output=True, text=True, cwd=REPO, env=env)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (f"marker: {tmp_path / 'confg.toml'}: no such config file (from MARKER_CONFIG); "
                             "create it or unset MARKER_CONFIG\n")


def test_sheet_into_a_missing_folder_is_an_error_not_a_new_folder(tmp_path):
    path = marked_session()
    typo = tmp_path / "shets"
    result = marker("sheet", path.name, "-o", str(typo / "sheet.docx"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert f"{typo}: no such folder (from -o)" in result.stderr
    assert not typo.exists()
    report = marker("sheet", path.name, "--report", str(typo / "report.docx"))
    assert report.returncode == 2 and "(from --report)" in report.stderr and not typo.exists()


def test_sheet_into_an_existing_folder_uses_the_usual_names(tmp_path):
    path = marked_session()
    result = marker("sheet", path.name, "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in tmp_path.glob("*.docx"))
    assert len(written) == 2 and any(name.endswith("_learner-report.docx") for name in written)


def test_export_into_a_missing_folder_is_an_error(tmp_path):
    result = marker("export", "--out", str(tmp_path / "no" / "cohort"), "--include-unsigned")
    assert result.returncode == 2 and f"{tmp_path / 'no'}: no such folder (from --out)" in result.stderr
    assert not (tmp_path / "no").exists()


def test_an_unknown_unit_is_named_as_unknown():
    result = marker("export", "--dry-run", "--unit", "9999")
    assert result.returncode == 2 and result.stderr.startswith("marker: --unit 9999: unknown unit")
