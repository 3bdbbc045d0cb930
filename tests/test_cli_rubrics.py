"""The rubric commands as a user runs them: output, exit codes, no tracebacks."""

import subprocess
import sys

from conftest import REPO, RUBRICS
from test_rubric_validation import VALID_PASS_REFERRAL


def marker(*args, env=None):
    return subprocess.run([sys.executable, "-m", "marker", *args], capture_output=True, text=True, cwd=REPO, env=env)


def test_help_lists_the_subcommands():
    result = marker("--help")
    assert result.returncode == 0
    for command in ("rubrics", "rubric", "extract", "config", "demo"):
        assert command in result.stdout


def test_rubrics_lists_every_shipped_unit():
    result = marker("rubrics")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["UNIT", "TITLE", "SCHEME", "SIZE"]
    units = [line.split()[0] for line in lines[1:]]
    assert len(units) == 11
    assert {"8584-200", "8587-305", "D2.01", "D2.02", "MD36"} <= set(units)


def test_rubric_check_prints_every_error_and_exits_1(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(VALID_PASS_REFERRAL.replace('scheme = "pass-referral"', 'scheme = "graded"')
                   .replace("level = 2", "level = 'two'"), encoding="utf-8")
    good = tmp_path / "good.toml"
    good.write_text(VALID_PASS_REFERRAL, encoding="utf-8")
    result = marker("rubric", "check", str(good), str(bad))
    assert result.returncode == 1
    assert "good.toml: ok" in result.stdout
    assert "scheme:" in result.stdout and "level:" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_rubric_check_passes_on_every_shipped_file():
    files = sorted(str(p) for p in (RUBRICS).glob("*.toml"))
    result = marker("rubric", "check", *files)
    assert result.returncode == 0, result.stdout


def test_unknown_unit_is_one_line_and_exit_2():
    result = marker("rubric", "show", "9999-999")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "known units" in result.stderr
