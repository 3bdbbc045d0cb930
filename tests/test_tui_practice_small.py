"""At 80×24 the practice rows dialog still shows rows: its summary scrolls, the table keeps its lines."""

from textual.widgets import DataTable

from conftest import REPO
from marker.tui.screens.practice_rows import PracticeRowsDialog
from test_tui_marking import demo_marking, wait_for_evidence


async def test_the_practice_rows_table_is_in_sight_at_80_by_24(tmp_path):
    app, _ = demo_marking(tmp_path, "8584-201", [REPO / "marker" / "demo" / "priya-shah-8584-201-portfolio.pdf"])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, PracticeRowsDialog)
        table = app.screen.query_one(DataTable)
        assert table.row_count > 3
        dialog = app.screen.query_one("#practice-rows")
        seen = table.region.intersection(dialog.content_region)
        assert seen.height >= 4, f"the rows table has {seen.height} lines in sight"
