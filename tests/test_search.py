"""Search in the submission says which match it shows, of how many."""

from textual.widgets import Input

from marker.tui.textmap import find_all
from marker.tui.widgets.evidence import EvidenceView
from test_tui_marking import demo_marking, wait_for_evidence


def test_find_all_gives_every_match_in_reading_order():
    text = "Mentor and mentee\nno match here\nthe MENTEE's mentor"
    assert find_all(text, "mentee") == [(0, 11), (2, 4)]
    assert find_all(text, "ment") == [(0, 0), (0, 11), (2, 4), (2, 13)]
    assert find_all(text, "") == [] and find_all(text, "coach") == []


async def test_search_shows_match_n_of_total_and_moves_on(tmp_path):
    app, _ = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        evidence = app.screen.query_one(EvidenceView)
        total = evidence.text.lower().count("mentee")
        assert total > 3
        await pilot.press("slash", *"mentee", "enter")
        search = app.screen.query_one("#search", Input)
        first = search.border_subtitle
        assert first.startswith("match ") and first.endswith(f" of {total}")
        number = int(first.split()[1])
        await pilot.press("enter")
        assert search.border_subtitle == f"match {number % total + 1} of {total}"
        assert evidence.selected_text.lower() == "mentee"
        assert evidence.border_subtitle == f"match {number % total + 1} of {total}: mentee"
        for _ in range(total):
            await pilot.press("enter")
        assert search.border_subtitle == f"match {number % total + 1} of {total}", "round and back"
        await pilot.press("escape")
        assert not search.display, "escape closes the search box"
        await pilot.press("slash")
        assert search.display and search.has_focus
        search.value = ""
        await pilot.press(*"[b]", "enter")  # what is typed is text, never markup
        shown = list(app._notifications)[-1]
        assert shown.message == "not found: [b]" and not shown.markup
        await pilot.press("escape", "ctrl+q")
