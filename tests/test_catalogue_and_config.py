"""Rubric folders, a unit defined twice, and the config file."""

import os

import pytest

from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS, load_config
from marker.errors import ConfigError, MarkerError
from test_rubric_validation import VALID_MARKS, VALID_PASS_REFERRAL


def test_centre_folder_is_searched_as_well_as_the_shipped_one(tmp_path):
    centre = tmp_path / "centre"
    centre.mkdir()
    (centre / "own.toml").write_text(VALID_MARKS, encoding="utf-8")
    catalogue = find_rubrics([SHIPPED_RUBRICS, centre])
    assert "X1" in catalogue.rubrics
    assert catalogue.get("x1").title == "Marked Unit"


def test_a_unit_defined_twice_names_both_files(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    (first / "one.toml").write_text(VALID_PASS_REFERRAL, encoding="utf-8")
    (second / "two.toml").write_text(VALID_PASS_REFERRAL, encoding="utf-8")
    catalogue = find_rubrics([first, second])
    [error] = catalogue.errors
    assert str(first / "one.toml") in str(error) and str(second / "two.toml") in str(error)
    assert "9999-100" in str(error)


def test_one_unit_is_found_without_parsing_the_others_and_as_the_full_load_finds_it(tmp_path, monkeypatch):
    import marker.catalogue as catalogue_module

    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    (first / "broken.toml").write_text('unit = "9999-100"\ntitle = ', encoding="utf-8")  # defines it, invalid
    (first / "other.toml").write_text(VALID_MARKS, encoding="utf-8")
    (second / "one.toml").write_text(VALID_PASS_REFERRAL, encoding="utf-8")
    (second / "two.toml").write_text(VALID_PASS_REFERRAL.replace("title = ", "title = 'Second' #"), encoding="utf-8")
    parsed = []
    real = catalogue_module.parse_rubric
    monkeypatch.setattr(catalogue_module, "parse_rubric", lambda path: parsed.append(path.name) or real(path))
    catalogue = find_rubrics([first, second])
    quick = catalogue.get(" 9999-100 ")
    assert parsed == ["broken.toml", "one.toml"], "the file of another unit is not parsed"
    assert catalogue.get("9999-100") is quick and parsed == ["broken.toml", "one.toml"], "found once"
    assert quick == catalogue.rubrics["9999-100"], "the same rubric the full load chooses"
    assert len(catalogue.errors) == 2  # the broken file, and two.toml defining the unit again


def test_broken_file_does_not_hide_the_others(tmp_path):
    (tmp_path / "good.toml").write_text(VALID_MARKS, encoding="utf-8")
    (tmp_path / "bad.toml").write_text("unit = ", encoding="utf-8")
    catalogue = find_rubrics([tmp_path])
    assert list(catalogue.rubrics) == ["X1"]
    assert "bad.toml" in str(catalogue.errors[0])


def test_unknown_unit_names_the_known_ones(tmp_path):
    (tmp_path / "good.toml").write_text(VALID_MARKS, encoding="utf-8")
    with pytest.raises(MarkerError, match="X1"):
        find_rubrics([tmp_path]).get("8584-999")


def test_missing_folder_is_reported(tmp_path):
    catalogue = find_rubrics([tmp_path / "nowhere"])
    assert "does not exist" in str(catalogue.errors[0])


def test_config_defaults_when_absent(isolated_folders, monkeypatch):
    monkeypatch.delenv("MARKER_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(isolated_folders / "no-config-here"))
    config = load_config()
    assert config.path is None and config.assessor == ""
    assert str(config.sessions_folder()) == os.environ["MARKER_SESSIONS"]


def test_marker_config_naming_a_missing_file_is_an_error(isolated_folders, monkeypatch):
    missing = isolated_folders / "typo" / "config.toml"
    monkeypatch.setenv("MARKER_CONFIG", str(missing))
    with pytest.raises(ConfigError, match="no such config file .from MARKER_CONFIG.; create it or unset"):
        load_config()


def test_config_is_read_and_relative_paths_resolve(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('assessor = "Sam Assessor"\nrole = "iqa"\ncentre_number = "123456"\n'
                    'centre_name = "Example Centre"\nsessions_dir = "marking"\nrubric_dirs = ["own"]\n', encoding="utf-8")
    config = load_config(path)
    assert (config.assessor, config.role, config.centre_number) == ("Sam Assessor", "iqa", "123456")
    assert config.rubric_folders()[-1] == tmp_path / "own"
    assert config.sessions_folder("/override") == config.sessions_folder("/override")


def test_sessions_folder_precedence(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    path.write_text('sessions_dir = "/from/config"\n', encoding="utf-8")
    config = load_config(path)
    monkeypatch.delenv("MARKER_SESSIONS")
    assert str(config.sessions_folder()) == "/from/config"
    monkeypatch.setenv("MARKER_SESSIONS", "/from/env")
    assert str(config.sessions_folder()) == "/from/env"
    assert str(config.sessions_folder("/from/flag")) == "/from/flag"


@pytest.mark.parametrize("text, message", [
    ("assessor = ", "not valid TOML"),
    ("assesor = 'x'", "unknown setting 'assesor'"),
    ("role = 'boss'", "role must be one of"),
    ("rubric_dirs = 'x'", "rubric_dirs must be a list"),
])
def test_bad_config_is_one_line_naming_the_file(tmp_path, text, message):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
