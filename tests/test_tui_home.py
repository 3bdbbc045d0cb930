"""The home screen over many sessions: every row reachable, natural order, instant filter."""

from __future__ import annotations

import os
from pathlib import Path

from marker.config import Config
from marker.tui.app import create_app
from marker.tui.screens.home import CHUNK, HomeScreen, natural
from test_listing_index import copies


def test_registration_numbers_sort_naturally():
    assert sorted(["R10", "R2", "r1", "R2a", "A9"], key=natural) == ["A9", "r1", "R2", "R2a", "R10"]


async def test_home_lists_many_sessions_in_natural_order_filters_and_scrolls_to_the_last(tmp_path):
    folder = Path(os.environ["MARKER_SESSIONS"])
    count = CHUNK * 2 + 30
    copies(folder, tmp_path, count)
    (folder / "broken.toml").write_text("not = [toml", encoding="utf-8")
    app = create_app(Config(assessor="Ann Assessor"), folder)
    async with app.run_test(size=(120, 34)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HomeScreen)
        assert len(screen.rows) == count + 1 and sum(1 for r in screen.rows if r.problem) == 1
        table = screen.query_one("DataTable")
        assert table.row_count == CHUNK  # the rest join as the cursor nears the end
        await pilot.press("s", "s")  # from "Last change" to Learner, then Reg. no.
        assert [table.get_row_at(i)[1] for i in range(4)] == ["R0", "R1", "R2", "R3"]
        await pilot.press("ctrl+end")  # ends on the loaded chunk, which loads the next, and so on
        for _ in range(count // CHUNK + 1):
            await pilot.press("ctrl+end")
        await pilot.pause()
        assert table.row_count == count + 1
        assert table.get_row_at(table.row_count - 2)[1] == f"R{count - 1}"
        assert "unreadable" in str(table.get_row_at(table.row_count - 1)[0])  # the unreadable file, last
        await pilot.press("slash", *f"r{count - 3}")  # a row far past the first chunk is found by filtering
        assert table.row_count == 1 and table.get_row_at(0)[1] == f"R{count - 3}"
        await pilot.press("escape")
        assert table.row_count >= CHUNK and "broken.toml" not in str(table.get_row_at(0))
        await pilot.press("ctrl+q")


async def test_the_filter_hint_fits_an_80_column_terminal(tmp_path):
    from textual.widgets import Input

    app = create_app(Config(assessor="Ann Assessor"), Path(os.environ["MARKER_SESSIONS"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        box = app.screen.query_one("#filter", Input)
        assert len(box.placeholder) < box.content_region.width, (box.placeholder, box.content_region.width)
