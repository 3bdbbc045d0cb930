"""Issue 16: the cache is trusted only from a private folder, entry by entry, and forgets after cache_days."""

from __future__ import annotations

import json
import os
import time

import pytest

import hostile
from marker.config import ConfigError, cache_dir, load_config
from marker.submission import cache
from marker.submission.read import read_file

PLANTED = "Task 1.1 A mentor is someone who does everything for the mentee."


@pytest.fixture
def essay(tmp_path):
    path = tmp_path / "essay.docx"
    path.write_bytes(hostile.docx_bytes(["Task 1.1 The role of a mentor", "A mentor listens and asks questions."]))
    return path


def plant(essay, **changes) -> None:
    """An entry for ``essay``'s bytes, as a stranger would write it, in the cache folder."""
    import hashlib

    digest = hashlib.sha256(essay.read_bytes()).hexdigest()
    folder = cache_dir() / "extract"
    folder.mkdir(parents=True, exist_ok=True)
    entry = {"sha256": digest, "reader": cache.reader_version(), "pages": None, "notices": [], "kept_apart": [],
             "blocks": [{"file": "x", "kind": "paragraph", "text": PLANTED, "number": 1, "level": None, "page": None}]}
    entry.update(changes)
    (folder / f"{digest}-plain-v{cache.reader_version()}.json").write_text(json.dumps(entry), encoding="utf-8")


def test_a_cache_folder_others_can_write_is_not_used_and_the_reader_says_so(essay):
    plant(essay)
    os.chmod(cache_dir(), 0o777)
    document = read_file(essay)
    assert PLANTED not in document.text and "A mentor listens" in document.text
    assert any("writable by others, so it was not used" in n for n in document.notices)


def test_an_entry_for_other_bytes_or_another_reader_is_not_trusted(essay):
    for changes in ({"sha256": "0" * 64}, {"reader": f"{cache.READER_VERSION - 1}"}, {"reader": f"{cache.READER_VERSION}-000000000000"}, {"blocks": [{"text": 5}]}):
        plant(essay, **changes)
        assert PLANTED not in read_file(essay).text


def test_an_entry_nested_deeper_than_the_json_decoder_goes_is_not_used_and_is_rewritten(essay):
    import hashlib

    read_file(essay)
    digest = hashlib.sha256(essay.read_bytes()).hexdigest()
    entry = cache_dir() / "extract" / f"{digest}-plain-v{cache.reader_version()}.json"
    entry.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "A mentor listens" in read_file(essay).text
    assert json.loads(entry.read_text(encoding="utf-8"))["sha256"] == digest, "read afresh and cached again"


def test_a_private_folder_and_a_matching_entry_is_used(essay):
    read_file(essay)
    assert cache.load(__import__("hashlib").sha256(essay.read_bytes()).hexdigest(), "essay.docx", essay)


def test_entries_older_than_cache_days_are_removed(essay, isolated_folders, tmp_path):
    (isolated_folders / "config.toml").write_text("cache_days = 30\n", encoding="utf-8")
    folder = cache_dir() / "extract"
    folder.mkdir(parents=True)
    old, recent = folder / "old-plain-v2.json", folder / "recent-plain-v2.json"
    for entry, days in ((old, 31), (recent, 29)):
        entry.write_text("{}", encoding="utf-8")
        os.utime(entry, (time.time() - days * cache.DAY,) * 2)
    read_file(essay)
    assert not old.exists() and recent.exists()


def test_cache_days_is_checked(isolated_folders):
    (isolated_folders / "config.toml").write_text('cache_days = "ninety"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="cache_days must be a whole number of days"):
        load_config()
    (isolated_folders / "config.toml").write_text("cache_days = 7\n", encoding="utf-8")
    assert load_config().cache_days == 7


def test_a_file_opened_with_a_password_is_never_cached_so_a_wrong_password_later_is_refused():
    from pathlib import Path

    from marker.submission.errors import SubmissionError

    pdf = Path(__file__).resolve().parents[1].parent / "shared/corpus/realworld/sample-files_libreoffice-writer-password.pdf"
    if not pdf.exists():
        pytest.skip(f"{pdf} is not beside the clone")
    assert "Lorem ipsum" in read_file(pdf, "openpassword").text
    assert not list((cache_dir() / "extract").glob("*.json")), "the decrypted text was written to the cache"
    with pytest.raises(SubmissionError):
        read_file(pdf, "not the password")


def test_the_reader_version_changes_with_the_reading_code(monkeypatch, tmp_path):
    # An entry must be forgotten when the code that read it changes, not only when someone
    # remembers to bump READER_VERSION (twice forgotten: stale entries changed what was found).
    before = cache.reader_version()
    assert before.startswith(f"{cache.READER_VERSION}-")
    module = tmp_path / "pdf.py"
    module.write_text("# a reader that reads differently\n", encoding="utf-8")
    monkeypatch.setattr(cache, "__file__", str(tmp_path / "cache.py"))
    cache.reader_version.cache_clear()
    try:
        changed = cache.reader_version()
        module.write_text("# and again\n", encoding="utf-8")
        cache.reader_version.cache_clear()
        assert len({before, changed, cache.reader_version()}) == 3
    finally:
        monkeypatch.undo()
        cache.reader_version.cache_clear()
    assert cache.reader_version() == before


def test_cache_days_0_keeps_nothing_of_the_text_or_its_passages(essay, isolated_folders):
    from marker.catalogue import find_rubrics
    from marker.submission.found_cache import located
    from conftest import RUBRICS

    read_file(essay)
    folder = cache_dir() / "extract"
    assert list(folder.glob("*.json")), "cached while cache_days allows it"
    cache._swept.clear()  # a new process: the setting is read afresh
    (isolated_folders / "config.toml").write_text("cache_days = 0\n", encoding="utf-8")
    document = read_file(essay)
    located([document], find_rubrics([RUBRICS]).get("8584-200"))
    assert not list(folder.glob("*.json")), "what was cached is removed, and nothing new is written"
    assert not document.notices, "keeping nothing is what was asked: nothing to say"
