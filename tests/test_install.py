"""marker installs like any Python tool: the wheel carries its data, options go where people type them."""

import fnmatch
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import marker.shipped
from conftest import REPO
from marker import __version__
from marker.catalogue import find_rubrics
from marker.cli import build_parser, main
from marker.cli.common import sessions_dir
from marker.config import Config
from marker.errors import MarkerError


def marker_cli(*args):
    return subprocess.run([sys.executable, "-m", "marker", *args], capture_output=True, text=True, cwd=REPO)


def test_every_data_file_in_the_package_is_declared_package_data():
    """A .tcss, rubric or demo file the wheel would leave out fails here, not on a centre's first morning."""
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["marker"]
    tracked = subprocess.run(["git", "ls-files", "marker"], capture_output=True, text=True, cwd=REPO, check=True)
    data = [Path(p).relative_to("marker").as_posix() for p in tracked.stdout.split()
            if not p.endswith(".py") and p != "marker/demo/README.md"]
    assert any(p.endswith(".tcss") for p in data) and any(p.startswith("rubrics/") for p in data)
    assert any(p.startswith("demo/") for p in data)
    left_out = [p for p in data if not any(fnmatch.fnmatch(p, pattern) for pattern in declared)]
    assert left_out == []


def test_the_shipped_folders_are_inside_the_package():
    assert marker.shipped.RUBRICS.parent == marker.shipped.PACKAGE == Path(marker.__file__).resolve().parent
    assert (marker.shipped.RUBRICS / "8584-200.toml").is_file()
    assert (marker.shipped.DEMO / "jordan-ellis-8584-200.docx").is_file()


def test_a_missing_shipped_rubric_folder_is_a_broken_installation_not_the_config(tmp_path, monkeypatch):
    gone = tmp_path / "site-packages" / "marker" / "rubrics"
    monkeypatch.setattr(marker.shipped, "RUBRICS", gone)
    catalogue = find_rubrics([gone])
    [error] = catalogue.errors
    assert "installation is broken" in str(error) and "reinstall" in str(error) and "rubric_dirs" not in str(error)
    with pytest.raises(MarkerError, match="installation is broken"):
        find_rubrics([gone]).get("8584-200")
    # A centre's own folder that is missing is still the config's to fix.
    [own] = find_rubrics([tmp_path / "centre"]).errors
    assert "fix rubric_dirs in config.toml" in str(own)


def test_a_missing_demo_file_is_a_broken_installation(tmp_path, monkeypatch, capsys):
    import marker.cli
    import marker.cli.demo

    monkeypatch.setattr(marker.cli.demo, "DEMO", tmp_path)
    monkeypatch.setattr(marker.cli, "has_terminal", lambda: True)
    assert main(["demo"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "installation is broken" in err and "jordan-ellis-8584-200.docx" in err


def test_version():
    result = marker_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"marker {__version__}"


@pytest.mark.parametrize("argv", [
    ["--sessions", "DIR", "mark", "a.docx", "--unit", "8584-200", "--learner", "L", "--reg", "R"],
    ["mark", "a.docx", "--unit", "8584-200", "--learner", "L", "--reg", "R", "--sessions", "DIR"],
    ["mark", "--sessions", "DIR", "a.docx", "--unit", "8584-200", "--learner", "L", "--reg", "R"],
])
def test_the_common_options_go_before_or_after_the_subcommand(argv):
    args = build_parser().parse_args(argv)
    assert args.func.__name__ == "cmd_mark" and args.files == [Path("a.docx")]
    assert sessions_dir(args, Config()) == Path("DIR")


def test_sessions_given_after_the_subcommand_are_the_ones_listed(tmp_path):
    empty = tmp_path / "empty folder"
    for argv in (["list", "--sessions", str(empty)], ["--sessions", str(empty), "list"]):
        result = marker_cli(*argv)
        assert result.returncode == 0, result.stderr
        assert str(empty) in result.stdout


def test_no_subcommand_opens_the_home_screen_and_every_subcommand_runs_something():
    parser = build_parser()
    assert parser.parse_args([]).func.__name__ == "cmd_app"
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert {"rubrics", "extract", "demo", "mark", "list", "export", "sign", "qa", "sample"} <= set(commands)
    for name, sub in commands.items():
        assert callable(sub.get_default("func")), name


def test_a_named_command_builds_its_own_modules_parsers_and_parses_the_same():
    import argparse
    from importlib import import_module

    from marker.cli import COMMANDS, REGISTER_ORDER, named_command

    for module in REGISTER_ORDER:  # the table names each command's module, and every command
        commands = argparse.ArgumentParser().add_subparsers()
        import_module(f"marker.cli.{module}").register(commands)
        assert {name for name, owner in COMMANDS.items() if owner == module} == set(commands.choices), module
    assert named_command(["--sessions", "list", "mark", "a.docx"]) == "mark"
    assert named_command(["--sessions=DIR", "qa", "S"]) == "qa"
    assert named_command(["-h", "mark"]) is named_command([]) is None  # the whole help
    for argv in (["--sessions", "DIR", "mark", "a.docx", "--unit", "8584-200"], ["sample", "--sessions", "DIR"],
                 ["keys", "show"], ["rubric", "show", "8584-200"]):
        whole, own = build_parser().parse_args(argv), build_parser(argv).parse_args(argv)
        assert vars(whole) == vars(own), argv
    commands = next(a for a in build_parser(["list"])._actions if a.dest == "command").choices
    assert set(commands) == {"mark", "open", "list", "show", "resubmit"}
