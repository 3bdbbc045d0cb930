"""Issue 18: a reopened submission's passages come from the cache, found afresh whenever
what decides them changes, and never from an entry that is damaged or not the user's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest

import hostile
from conftest import REPO, RUBRICS
from marker.catalogue import find_rubrics
from marker.config import cache_dir
from marker.submission import found_cache
from marker.submission import locate as finder
from marker.submission.read import read_submission

ANSWERS = ["AC 1.1 The role of a mentor",
           "A mentor listens, asks open questions and lets the mentee reach her own answers, "
           "sharing experience only when it helps her to see her own way forward.",
           "AC 1.2 Boundaries",
           "We agreed at the start what we would keep confidential, when I would refer her on "
           "and how often we would meet over the three months."]


@pytest.fixture
def essay(tmp_path):
    path = tmp_path / "essay.docx"
    path.write_bytes(hostile.docx_bytes(ANSWERS))
    return read_submission([path]).documents


@pytest.fixture
def rubric():
    return find_rubrics([RUBRICS]).get("8584-200")


@pytest.fixture
def finds(monkeypatch):
    """How many times the finder ran."""
    runs = []
    locate = finder.locate
    monkeypatch.setattr(finder, "locate", lambda *a, **k: runs.append(1) or locate(*a, **k))
    return runs


def entries():
    return sorted((cache_dir() / "extract").glob("*-found.json"))


def test_a_second_open_gives_the_same_passages_without_the_finder(essay, rubric, finds):
    first = found_cache.located(essay, rubric)
    assert finds == [1] and len(entries()) == 1
    again = found_cache.located(essay, rubric)
    assert finds == [1], "the cached passages were used"
    assert again == first
    assert [c.passage.own for cs in again.values() for c in cs] == [c.passage.own for cs in first.values() for c in cs]
    assert any(c.confident for c in again["1.1"]), "the labelled answer is offered as the evidence"
    assert os.stat(entries()[0]).st_mode & 0o077 == 0, "learner text is written for the user only"


def test_another_rubric_another_file_name_or_other_files_find_afresh(essay, rubric, finds):
    found_cache.located(essay, rubric)
    found_cache.located(essay, find_rubrics([RUBRICS]).get("8584-201"))
    found_cache.located([replace(essay[0], name="renamed.docx")], rubric)
    found_cache.located([*essay, replace(essay[0], name="copy.docx")], rubric)
    found_cache.located(essay, replace(rubric, title=rubric.title + " (edited)"))
    assert finds == [1] * 5 and len(entries()) == 5


def test_a_change_to_the_finders_code_finds_afresh(essay, rubric, finds, monkeypatch):
    found_cache.located(essay, rubric)
    monkeypatch.setattr(found_cache, "finder_version", lambda: "another finder")
    found_cache.located(essay, rubric)
    assert finds == [1, 1]


def test_the_finders_version_is_its_codes_content_not_its_files_times(tmp_path, monkeypatch):
    """An edit of the same size under a kept modification time (Nix, cp -p, rsync -a) is seen."""
    module = tmp_path / "marker" / "submission" / "locate.py"
    module.parent.mkdir(parents=True)
    module.write_text("LIMIT = 5\n", encoding="utf-8")
    monkeypatch.setattr(found_cache, "__file__", str(module.parent / "found_cache.py"))
    found_cache.finder_version.cache_clear()
    before = found_cache.finder_version()
    stamp = module.stat().st_mtime_ns
    module.write_text("LIMIT = 3\n", encoding="utf-8")
    os.utime(module, ns=(stamp, stamp))
    found_cache.finder_version.cache_clear()
    try:
        assert found_cache.finder_version() != before
    finally:
        monkeypatch.undo()
        found_cache.finder_version.cache_clear()


def test_text_that_must_not_be_kept_is_neither_read_nor_written(essay, rubric, finds):
    found_cache.located(essay, rubric)
    found_cache.located(essay, rubric, keep=False)
    assert finds == [1, 1], "not read from the cache"
    for entry in entries():
        entry.unlink()
    found_cache.located(essay, rubric, keep=False)
    assert entries() == [], "nor written to it"


@pytest.mark.parametrize("damage", [
    lambda raw: "not json {",
    lambda raw: json.dumps({**raw, "key": "0" * 64}),
    lambda raw: json.dumps({**raw, "found": {"1.1": [{"blocks": [{"text": 5}]}]}}),
    lambda raw: json.dumps({**raw, "found": {"1.1": [{**_first(raw), "confidence": "0.9"}]}}),
    lambda raw: json.dumps({**raw, "found": {"1.1": [{**_first(raw), "own": [True, "yes"]}]}}),
    lambda raw: json.dumps({**raw, "found": {"1.1": [{**_first(raw), "blocks": []}]}}),
    lambda raw: json.dumps({**raw, "found": []}),
    lambda raw: "[" * 100_000 + "]" * 100_000,  # deeper than the JSON decoder goes
])
def test_a_damaged_or_foreign_entry_is_not_used(essay, rubric, finds, damage):
    expected = found_cache.located(essay, rubric)
    entry = entries()[0]
    entry.write_text(damage(json.loads(entry.read_text(encoding="utf-8"))), encoding="utf-8")
    assert found_cache.located(essay, rubric) == expected
    assert finds == [1, 1]


def _first(raw: dict) -> dict:
    return raw["found"]["1.1"][0]


def test_an_entry_in_a_folder_others_can_write_is_not_used(essay, rubric, finds):
    found_cache.located(essay, rubric)
    entry = entries()[0]
    raw = json.loads(entry.read_text(encoding="utf-8"))
    _first(raw)["blocks"][0]["text"] = "AC 1.1 Planted by someone else."
    entry.write_text(json.dumps(raw), encoding="utf-8")
    os.chmod(cache_dir(), 0o777)
    found = found_cache.located(essay, rubric)
    assert finds == [1, 1] and "Planted" not in found["1.1"][0].passage.text


def test_a_cached_open_does_not_load_the_finder(essay, rubric):
    """The point of the cache: the finder's modules (a tenth of start-up) wait until after the first paint."""
    found_cache.located(essay, rubric)
    probe = ("import sys; from pathlib import Path\n"
             "from marker.catalogue import find_rubrics\n"
             "from marker.submission.read import read_submission\n"
             "from marker.submission.found_cache import located\n"
             f"documents = read_submission([Path({str(essay[0].path)!r})]).documents\n"
             f"found = located(documents, find_rubrics([Path({str(RUBRICS)!r})]).get('8584-200'))\n"
             "print(bool(found['1.1']), 'marker.submission.locate' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, env=os.environ,
                          check=True)
    assert done.stdout.split() == ["True", "False"]


async def test_the_marking_screen_shows_a_reopened_demo_from_the_cache(tmp_path, finds):
    from marker.tui.widgets.evidence import EvidenceView
    from test_tui_marking import demo_marking, wait_for_evidence

    shown = []
    for _ in range(2):
        app, _marking = demo_marking(tmp_path)
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for_evidence(pilot, app)
            shown.append(app.screen.query_one(EvidenceView).selected_text)
            await pilot.press("ctrl+q")
    assert finds == [1], "found once, then taken from the cache"
    assert "Task 1.1" in shown[0] and shown[1] == shown[0]
