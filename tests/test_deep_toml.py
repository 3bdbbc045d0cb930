"""A TOML file nested deeper than the reader goes (a config, a rubric, a comment bank, a
bundle's trust file) is refused in one line naming it, never with a RecursionError."""

from __future__ import annotations

import pytest

from marker.comment_bank import CommentBank
from marker.config import ConfigError, load_config
from marker.rubric import parse_rubric
from marker.trust import TrustProblem, trust_from_bytes

DEEP = "deep = " + "[" * 100_000 + "]" * 100_000 + "\n"


def test_a_config(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(DEEP, encoding="utf-8")
    with pytest.raises(ConfigError, match=f"{path}: .*nest"):
        load_config(path)


def test_a_rubric(tmp_path):
    path = tmp_path / "unit.toml"
    path.write_text('unit = "8584-200"\n' + DEEP, encoding="utf-8")
    rubric, problems = parse_rubric(path)
    assert rubric is None and "nest" in problems[0].message and problems[0].file == str(path)


def test_a_comment_bank(tmp_path):
    path = tmp_path / "comments.toml"
    path.write_text(DEEP, encoding="utf-8")
    with pytest.raises(ConfigError, match=f"{path}: .*nest"):
        CommentBank(path)


def test_a_trust_file_in_a_bundle(tmp_path):
    with pytest.raises(TrustProblem, match="trust.toml: .*nest"):
        trust_from_bytes(DEEP.encode(), tmp_path / "trust.toml")


@pytest.mark.parametrize("field", ["uses = inf", "uses = 1.5", "uses = true", "uses = -1", 'uses = "3"'])
def test_a_comment_banks_use_count_that_is_not_a_whole_number(tmp_path, field):
    path = tmp_path / "comments.toml"
    path.write_text(f'[[comment]]\nunit = "8584-200"\ncriterion = "1.1"\ndecision = "pass"\ntext = "Clear."\n{field}\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError, match=f"{path}: comment bank unreadable .*uses"):
        CommentBank(path)


def test_a_comment_banks_text_that_is_not_text(tmp_path):
    path = tmp_path / "comments.toml"
    path.write_text('[[comment]]\nunit = "8584-200"\ncriterion = "1.1"\ndecision = "pass"\ntext = 5\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="text must be text"):
        CommentBank(path)
