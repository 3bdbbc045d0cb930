"""The Export screen by keys: the count first, then the bundle, which verifies."""

from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS, Config
from marker.tui.app import create_app
from marker.tui.screens.export import ExportScreen
from marker.verify import verify_path
from test_sampling import cohort
from test_tui_qa import open_home


async def test_export_from_the_app(tmp_path):
    folder = tmp_path / "sessions"
    cohort(tmp_path, folder)  # two QA-confirmed sessions among eleven
    app = create_app(Config(assessor="Ed Centre"), folder)
    out = tmp_path / "eqa"
    async with app.run_test(size=(110, 34)) as pilot:
        await open_home(app, pilot)
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        assert len(screen.selection.chosen) == 2 and screen.selection.unfinished == 9
        await pilot.press(*str(out))
        await pilot.press("ctrl+e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Exported to" in str(screen.query_one("#export-result").render())
    report = verify_path(out, find_rubrics([SHIPPED_RUBRICS]).find)
    assert report.ok, report.problems
    assert len(list(out.glob("*/*.toml"))) == 2
