"""`marker config` as a new user reads it: what is set, and what is not yet."""

import os
from pathlib import Path

from marker.cli import main


def test_config_says_the_name_is_not_set_yet_and_the_role_apart(capsys):
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "(not set yet" in out and "role:" in out and "- (assessor)" not in out


def test_config_shows_the_name_once_it_is_kept(capsys):
    Path(os.environ["MARKER_CONFIG"]).write_text('assessor = "Ann Assessor"\nrole = "iqa"\n', encoding="utf-8")
    assert main(["config"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.split() == ["your", "name:", "Ann", "Assessor"] for line in lines), lines
    assert any(line.split() == ["role:", "iqa"] for line in lines), lines
