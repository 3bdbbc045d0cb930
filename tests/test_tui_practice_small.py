"""At 80×24 the practice rows dialog still shows rows: its summary scrolls, the table keeps its lines."""

from textual.widgets import DataTable

from conftest import REPO
from marker.config import Config
from marker.opening import start_marking
from marker.tui.app import create_app
from marker.tui.screens.marking import MarkingScreen
from marker.tui.screens.practice_rows import PracticeRowsDialog
from test_tui_marking import wait_for_evidence


async def test_the_practice_rows_table_is_in_sight_at_80_by_24(tmp_path):
    demo = REPO / "marker" / "demo" / "priya-shah-8584-201-portfolio.pdf"
    cfg = Config(assessor="Ann Assessor")
    app = create_app(cfg, tmp_path / "sessions")
    marking = start_marking(cfg, app.catalogue, tmp_path / "sessions", unit="8584-201", files=[demo],
                            learner_name="Priya Shah", learner_reg="R3318802")
    app.start = MarkingScreen(marking, [demo])
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
