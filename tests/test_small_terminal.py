"""80x24 is a common terminal: every panel the assessor needs for one criterion fits there."""

from textual.widgets import Static, TextArea

from marker.catalogue import find_rubrics
from marker.config import Config
from marker.lock import acquire
from marker.opening import open_marking
from marker.tui.app import create_app
from marker.tui.screens.marking import MarkingScreen
from marker.tui.widgets.criterion_panel import SETTLE, CriterionPanel, compact_criterion_text
from marker.tui.widgets.evidence import EvidenceView
from test_tui_marking import config, demo_marking, wait_for_evidence


async def test_at_80x24_the_indicators_of_most_criteria_fit_beside_evidence_and_feedback(tmp_path):
    app, _ = demo_marking(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_evidence(pilot, app)
        screen = app.screen
        assert not screen.query_one("#left").display, "the criteria list folds away at 80 columns"
        panel = screen.query_one(CriterionPanel)
        evidence = screen.query_one(EvidenceView)
        feedback = screen.query_one("#feedback", TextArea)
        assert evidence.scrollable_content_region.height >= 4, "four lines of evidence or more"
        assert feedback.content_region.height >= 2
        width = panel.scrollable_content_region.width
        visible = int(panel.styles.max_height.value)  # the panel grows to this for a long criterion
        criteria = [c for r in find_rubrics(Config().rubric_folders()).rubrics.values() for c in r.criteria]
        # The indicators, that is: the hint for d comes after them, and is what gets cut.
        fit = [c for c in criteria if len(compact_criterion_text(c, False, hint=False).wrap(app.console, width)) <= visible]
        assert panel.compact
        print(f"{len(fit)} of {len(criteria)} criteria fit in {visible} lines at width {width}")
        assert len(fit) / len(criteria) >= 0.7, f"{len(fit)} of {len(criteria)} criteria fit without paging"
        status = str(screen.query_one("#status", Static).render())
        assert status.startswith("INCOMPLETE · 8584-200 · attempt 1 · draft"), "the outcome moves to the status line"


async def test_the_decision_shows_on_the_feedback_frame_with_the_list_folded(tmp_path):
    app, _ = demo_marking(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_evidence(pilot, app)
        feedback = app.screen.query_one("#feedback", TextArea)
        assert feedback.border_title == "Assessor feedback on AC 1.1"
        await pilot.press("r")
        assert "✗ referral" in str(feedback.border_title)
        await pilot.press("j", "k")
        assert "✗ referral" in str(feedback.border_title)


async def test_at_120x40_nothing_folds(tmp_path):
    app, _ = demo_marking(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_evidence(pilot, app)
        screen = app.screen
        assert screen.query_one("#left").display and not screen.query_one(CriterionPanel).compact
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not screen.query_one("#left").display and screen.query_one(CriterionPanel).compact


async def test_a_long_title_never_hides_attempt_status_or_read_only(tmp_path):
    cfg = config()
    _, marking = demo_marking(tmp_path)
    marking.close()
    holder, _ = acquire(marking.path, "Someone Else")
    try:
        app = create_app(cfg, tmp_path / "sessions")
        opened = open_marking(cfg, app.catalogue, marking.path)
        object.__setattr__(opened.rubric, "title", "A unit title long enough to fill the whole header " * 3)
        app.start = MarkingScreen(opened, opened.paths)
        async with app.run_test(size=(100, 24)) as pilot:
            await wait_for_evidence(pilot, app)
            shown = app.screen.query_one("#status").render_line(0).text
            assert "attempt 1" in shown and "draft" in shown and "READ-ONLY" in shown
            assert shown.rstrip().endswith("…"), "the title is what is cut"
    finally:
        holder.release()


async def test_the_new_marking_form_opens_at_its_top_at_80x24(tmp_path):
    from textual.containers import VerticalScroll

    from marker.tui.screens.new_marking import NewMarkingScreen

    app = create_app(config(), tmp_path / "sessions", start=NewMarkingScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        form = app.screen.query_one(VerticalScroll)
        assert form.scroll_y == 0, "the heading and the Unit label are in view"
        assert app.focused is app.screen.query_one("#unit"), "the first field has the keys"
        await pilot.press("ctrl+q")


async def test_every_new_marking_label_is_whole_at_80x24(tmp_path):
    from textual.containers import VerticalScroll
    from textual.widgets import Label

    from marker.tui.screens.new_marking import NewMarkingScreen

    app = create_app(config(), tmp_path / "sessions", start=NewMarkingScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        room = app.screen.query_one(VerticalScroll).scrollable_content_region
        for label in app.screen.query(Label):
            assert label.region.right <= room.right, f"cut at 80 columns: {label.render()!s}"
        await pilot.press("ctrl+q")


async def test_a_new_marking_error_is_scrolled_into_sight_at_80x24(tmp_path):
    from textual.containers import VerticalScroll
    from textual.widgets import Static

    from marker.tui.screens.new_marking import NewMarkingScreen

    app = create_app(config(), tmp_path / "sessions", start=NewMarkingScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")  # no unit chosen
        await pilot.pause()
        error = app.screen.query_one("#new-error", Static)
        assert "Choose the unit" in str(error.render())
        room = app.screen.query_one(VerticalScroll).scrollable_content_region
        assert room.contains_region(error.region), f"the error at {error.region} is out of sight of {room}"
        await pilot.press("ctrl+q")


async def test_at_80x24_a_short_criterion_leaves_its_rows_to_the_evidence(tmp_path):
    """The panel is as tall as the criterion in hand: no blank rows under a short one."""
    app, _ = demo_marking(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_evidence(pilot, app)
        screen = app.screen
        panel, evidence = screen.query_one(CriterionPanel), screen.query_one(EvidenceView)

        def rows() -> tuple[int, int, int]:
            criterion = compact_criterion_text(app.screen.marking.item(screen.ref), False)
            criterion.rstrip()
            return len(criterion.wrap(app.console, panel.scrollable_content_region.width)), \
                panel.outer_size.height, evidence.scrollable_content_region.height

        first = lines, panel_rows, evidence_rows = rows()  # AC 1.1: five lines and the hint for d
        assert panel_rows == lines < 10, "no blank rows under a short criterion"
        assert evidence_rows >= 7, "the rows a short criterion leaves go to the evidence"
        await pilot.press("j", "j", "j")  # AC 1.4, the tallest: the panel grows to its maximum
        await pilot.pause(SETTLE * 2)  # once stepping pauses
        await pilot.pause()
        lines, panel_rows, tall_evidence_rows = rows()
        assert panel_rows == min(lines, 10) and tall_evidence_rows < evidence_rows
        await pilot.press("k", "k", "k")
        await pilot.pause(SETTLE * 2)
        await pilot.pause()
        assert rows() == first, "back on AC 1.1, the same rows"
