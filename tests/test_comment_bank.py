"""The comment bank: saved in the config folder, privately; the right comments first."""

import pytest

from marker.comment_bank import CommentBank, bank_path
from marker.errors import ConfigError


def test_comments_round_trip_privately_and_the_right_ones_come_first(isolated_folders):
    bank = CommentBank()
    bank.add("8584-200", "1.1", "pass", "Clear description of the mentor's role.")
    bank.add("8584-200", "1.2", "referral", "Say how the mentee benefits, with an example.")
    bank.add("8584-201", "1.1", "pass", "Good use of your log.")
    bank.add("8584-200", "1.1", "referral", "Describe the role itself, not your job title.")
    bank.add("8584-200", "1.1", "pass", "Clear description of the mentor's role.")  # a repeat is not kept twice

    path = bank_path()
    assert path.parent == isolated_folders and (path.stat().st_mode & 0o777) == 0o600
    reread = CommentBank()
    assert len(reread.comments) == 4
    order = [c.text for c in reread.suggestions("8584-200", "1.1", "referral")]
    assert order[:2] == ["Describe the role itself, not your job title.", "Clear description of the mentor's role."]
    order = [c.text for c in reread.suggestions("8584-200", "1.3", "referral")]
    assert order[0] == "Say how the mentee benefits, with an example.", "same unit and decision next"


def test_the_most_used_comment_comes_first_among_equals(isolated_folders):
    bank = CommentBank()
    bank.add("8584-200", "2.1", "pass", "First.")
    bank.add("8584-200", "2.1", "pass", "Second.")
    bank.used(bank.comments[1])
    assert [c.text for c in CommentBank().suggestions("8584-200", "2.1", "pass")] == ["Second.", "First."]


def test_an_unreadable_bank_names_its_file(isolated_folders):
    bank_path().write_text("comment = [ broken", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"comments\.toml: comment bank unreadable .*fix or move the file aside"):
        CommentBank()
    assert bank_path().read_text(encoding="utf-8") == "comment = [ broken", "nothing is lost"
