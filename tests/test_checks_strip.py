"""The checks strip keeps each check whole on a line where it fits and never leaves one word alone."""

from hypothesis import given, strategies as st
from rich.cells import cell_len

from marker.config import Config
from marker.opening import start_marking
from marker.tui.app import create_app
from marker.tui.screens.marking import MarkingScreen
from marker.tui.widgets.checks_strip import lay_out_checks
from test_tui_marking import REPO, wait_for_evidence

REALWORLD = REPO.parent / "shared" / "corpus" / "realworld" / "tika_testWORD_features.docx"

words = st.text(alphabet="abcdefghij¶—", min_size=1, max_size=14)
checks = st.lists(st.lists(words, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=6)


@given(checks, st.integers(20, 130), st.integers(1, 3))
def test_lines_fit_the_strip_and_no_check_is_broken_where_it_fits(given_checks, width, max_lines):
    lines = lay_out_checks(given_checks, width, max_lines).split("\n")
    assert len(lines) <= max_lines and all(cell_len(line) <= width for line in lines)
    if all(cell_len(c) <= width for c in given_checks) and len(lines) == len(given_checks) <= max_lines:
        assert lines == given_checks, "each check whole, one to a line, where no two fit together"


@given(checks, st.integers(20, 130))
def test_a_check_longer_than_a_line_leaves_no_word_alone(given_checks, width):
    lines = lay_out_checks(given_checks, width, 40).split("\n") + [""]
    for before, line, after in zip(lines, lines[1:], lines[2:]):
        if line.startswith("  ") and not after.startswith("  ") and len(line.split()) == 1:
            alone = line.split()[0]  # the last line of a long check: one word only where two cannot fit
            assert len(before.split()) == 1 or cell_len(f"  {before.split()[-1]} {alone}") > width, (before, line)


async def strip_lines(tmp_path, files, unit, size) -> list[str]:
    config = Config(assessor="Ann Assessor")
    app = create_app(config, tmp_path / "sessions")
    marking = start_marking(config, app.catalogue, tmp_path / "sessions", unit=unit, files=files,
                            learner_name="Pat Example", learner_reg="R1")
    app.start = MarkingScreen(marking, marking.paths)
    async with app.run_test(size=size) as pilot:
        await wait_for_evidence(pilot, app)
        strip = app.screen.query_one("#checks")
        lines = [strip.render_line(y).text.strip() for y in range(strip.size.height)]
        await pilot.press("q")
    return lines


async def test_at_120x40_no_check_leaves_a_word_on_its_own_line(tmp_path):
    lines = await strip_lines(tmp_path, [REALWORLD], "8587-301", (120, 40))
    assert "authenticity declaration: NOT FOUND" in lines, lines
    assert all(len(line.split()) > 1 for line in lines if line), lines


async def test_at_80x24_the_one_line_names_every_check_it_can(tmp_path):
    lines = await strip_lines(tmp_path, [REPO / "marker" / "demo" / "jordan-ellis-8584-200.docx"], "8584-200", (80, 24))
    assert len(lines) == 1 and "authenticity declaration: present" in lines[0], lines


async def test_the_checks_run_even_where_the_submission_has_no_room_to_be_drawn(tmp_path):
    # The checks wait for the evidence's first paint; a terminal too small to draw it must not
    # leave them waiting for ever.
    config = Config(assessor="Ann Assessor")
    app = create_app(config, tmp_path / "sessions")
    marking = start_marking(config, app.catalogue, tmp_path / "sessions", unit="8584-200",
                            files=[REPO / "marker" / "demo" / "jordan-ellis-8584-200.docx"],
                            learner_name="Pat Example", learner_reg="R1")
    app.start = MarkingScreen(marking, marking.paths)
    async with app.run_test(size=(40, 6)) as pilot:
        for _ in range(40):
            await wait_for_evidence(pilot, app)
            if "authenticity declaration" in " ".join(app.screen.query_one("#checks").checks):
                break
            await pilot.pause(0.1)
        assert "authenticity declaration: present" in " ".join(app.screen.query_one("#checks").checks)
        await pilot.press("q")
