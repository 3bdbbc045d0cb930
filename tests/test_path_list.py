"""Paths with spaces in the new-marking field: quoted, typed or suggested, each kept whole."""

import shutil

from marker.path_list import quote_path, split_paths, suggest
from test_tui_marking import DEMO, browse_from, config
from marker.store import list_sessions, load
from marker.tui.app import create_app

LONG = "Unit 200 assignment FINAL v2.docx"


def inbox(tmp_path):
    folder = tmp_path / "learner inbox"
    folder.mkdir()
    shutil.copy(DEMO, folder / LONG)
    (folder / "a.docx").write_text("x")
    (folder / "Mentoring diary").mkdir()
    return folder


def test_unquoted_words_join_into_the_longest_path_that_exists(tmp_path):
    folder = inbox(tmp_path)
    assert split_paths(f"{folder}/{LONG} {folder}/a.docx") == [f"{folder}/{LONG}", f"{folder}/a.docx"]


def test_quoted_paths_are_whole_and_missing_words_stay_words(tmp_path):
    folder = inbox(tmp_path)
    assert split_paths(f"'{folder}/{LONG}' \"{folder}/a.docx\" nowhere.docx") == [
        f"{folder}/{LONG}", f"{folder}/a.docx", "nowhere.docx"]
    assert split_paths("  ") == [] and split_paths('""') == []


def test_the_suggestion_continues_a_name_with_spaces(tmp_path):
    folder = inbox(tmp_path)
    assert suggest(f"{folder}/a.docx {folder}/Unit 2") == f"{folder}/a.docx {folder}/{LONG}"
    assert suggest(f"{folder}/Me") == f"{folder}/Mentoring diary/"
    assert suggest(f'"{folder}/Un') == f'"{folder}/{LONG}"', "a file completed inside a quote closes it"
    assert suggest(f"{folder}/a.docx ") is None and suggest("") is None


def test_quote_path_only_quotes_what_needs_it(tmp_path):
    assert quote_path("/tmp/a.docx") == "/tmp/a.docx"
    assert quote_path(f"/tmp/{LONG}") == f'"/tmp/{LONG}"'
    assert split_paths(quote_path('/tmp/say "hi".docx')) == ['/tmp/say "hi".docx']


async def test_a_suggested_path_with_spaces_starts_marking_on_that_file(tmp_path):
    folder = inbox(tmp_path)
    app = create_app(config(), tmp_path / "sessions")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press("tab", *f"{folder}/Unit")
        await pilot.pause(0.2)  # the suggester runs in a worker
        await pilot.press("right")
        assert app.screen.query_one("#files").value == f"{folder}/{LONG}"
        await pilot.press("tab", *"Jordan Ellis", "tab", *"R1", "ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+q")
    [stored] = list_sessions(tmp_path / "sessions")[0]
    assert [f.name for f in load(stored.path).files] == [LONG]


async def test_the_browsers_choice_is_kept_whole(tmp_path):
    folder = inbox(tmp_path)
    (folder / "a.docx").unlink()
    app = create_app(config(), tmp_path / "sessions")
    async with app.run_test(size=(100, 40)) as pilot:
        tree = await browse_from(app, pilot, folder)
        labels = [child.label.plain for child in tree.root.children]
        await pilot.press(*["down"] * (labels.index(LONG) + 1), "enter")
        await pilot.pause()
        value = app.screen.query_one("#files").value
        assert value == f'"{folder}/{LONG}"', "the folder typed to start from is replaced by the choice"
        assert split_paths(value) == [f"{folder}/{LONG}"]
        await pilot.press("ctrl+q")
