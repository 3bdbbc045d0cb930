"""A learner's text and file names are shown as written, never read as Textual markup.

A heading such as "AC 1.1 The mentor [/i]" reached a frame's caption as markup, and the
closing tag that matched nothing crashed the marking screen.
"""

from __future__ import annotations

import docx
from textual.content import Content

from marker.opening import start_marking
from marker.tui.app import create_app
from marker.tui.screens.marking import MarkingScreen
from marker.tui.widgets.evidence import EvidenceView
from test_tui_marking import config, wait_for_evidence

TAG = "[/i]"


def hostile_docx(path):
    document = docx.Document()
    document.add_heading(f"Task 1.1 The role of a mentor {TAG}", level=2)
    document.add_paragraph(f"A mentor listens and asks open questions {TAG}, and lets the mentee find her own "
                           "answers; I met Sarah Jenkins [b]every week[/b] to review her goals.")
    document.add_heading(f"Practice log {TAG}", level=2)
    table = document.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, [("Date", "Mentee", "Duration", "Notes"),
                                       ("12/03/2025", f"Mentee A {TAG}", "60 min", "goals [/]"),
                                       ("19/03/2025", "Mentee A", "45 mins", f"review {TAG}")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(str(path))
    return path


async def test_learner_text_that_looks_like_markup_is_shown_as_written(tmp_path):
    path = hostile_docx(tmp_path / "essay [final].docx")  # no "/" in a file name: an opening tag
    cfg = config()
    app = create_app(cfg, tmp_path / "sessions")
    marking = start_marking(cfg, app.catalogue, tmp_path / "sessions", unit="8584-201", files=[path],
                            learner_name=f"Priya {TAG} Shah", learner_reg="R1")
    app.start = MarkingScreen(marking, [path])
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        evidence = app.screen.query_one(EvidenceView)
        caption = Content.from_markup(evidence.border_subtitle).plain  # the frame keeps it as markup, escaped
        assert TAG in caption and "essay [final].docx" in caption, "the caption names the heading and file as written"
        await pilot.press("]", "space")  # the next passage, then pinned: the feedback frame names it
        pinned = Content.from_markup(app.screen.query_one("#feedback").border_subtitle).plain
        assert "essay [final].docx" in pinned, "not read as a [final] style"
        await pilot.press("I")  # the identifying details, each named in the caption
        assert "Sarah Jenkins (essay [final].docx" in Content.from_markup(evidence.border_subtitle).plain
        await pilot.press("h")  # the practice rows, as the learner wrote them
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("n", "escape", "j", "k")
        await pilot.press("e", *"Good [/b] answer", "escape")  # feedback typed with a tag, then in the audit log
        await pilot.press("L")
        await pilot.pause()
        assert app.screen.query_one("#audit-table").row_count, "the audit log lists the changes"
        await pilot.press("escape")
        assert app.return_code is None, "the app is still running"
        await pilot.press("ctrl+q")
    assert app.return_code == 0


async def test_names_that_look_like_markup_are_listed_for_the_iqa_as_written(tmp_path):
    from marker.config import Config
    from test_tui_marking import DEMO
    from test_tui_qa import open_home
    from marker.tui.screens.sampling import SamplingScreen

    cfg = Config(assessor=f"Ann {TAG} Assessor")
    app = create_app(cfg, tmp_path / "sessions")
    marking = start_marking(cfg, app.catalogue, tmp_path / "sessions", unit="8584-200", files=[DEMO],
                            learner_name=f"Jordan {TAG} Ellis", learner_reg="R1")
    for ref in marking.refs():
        marking.set_decision(ref, "pass")
    marking.sign(cfg.assessor)
    marking.close()
    app = create_app(Config(assessor="Iris Quality", role="iqa"), tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_home(app, pilot)
        await pilot.press("I")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SamplingScreen)
        awaiting = app.screen.query_one("#awaiting")
        assert [str(cell) for cell in awaiting.get_row_at(0)][:4:3] == [f"Jordan {TAG} Ellis", f"Ann {TAG} Assessor"]
        await pilot.press("ctrl+q")
    assert app.return_code == 0


async def test_the_checks_strip_shows_a_learner_line_that_looks_like_markup_as_written():
    from textual.app import App

    from marker.tui.widgets.checks_strip import ChecksStrip

    class Strip(App):
        def compose(self):
            yield ChecksStrip("checks: reading the submission…")

    app = Strip()
    async with app.run_test(size=(100, 10)) as pilot:
        app.query_one(ChecksStrip).show([f"identifying details to anonymise: 1 (Sam {TAG} Lee, essay [final].docx ¶3)"])
        await pilot.pause()
        assert f"Sam {TAG} Lee, essay [final].docx" in str(app.query_one(ChecksStrip).render())
        assert app.return_code is None, "still running"


async def test_a_notification_shows_learner_text_as_written(tmp_path):
    from textual.widgets._toast import Toast

    app = create_app(config(), tmp_path / "sessions")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:  # tests draw no toasts unless asked
        await pilot.pause()
        app.notify(f"could not read essay [final].docx: Priya {TAG} Shah", title="Not read")
        app.screen.notify(f"[keys] names {TAG}")  # a screen's or widget's notify asks for markup: refused too
        app.call_later(app.notify, f"unreadable: Jo {TAG} Smith.toml")  # as a worker's call_from_thread does
        for _ in range(3):
            await pilot.pause()
        shown = [toast.render().plain for toast in app.screen.query(Toast)]
        assert any(f"essay [final].docx: Priya {TAG} Shah" in text for text in shown), shown
        assert any(f"[keys] names {TAG}" in text for text in shown), shown
        assert any(f"unreadable: Jo {TAG} Smith.toml" in text for text in shown), shown
        assert app.return_code is None, "still running"


async def test_a_centre_rubric_whose_title_looks_like_markup_is_offered_as_written(tmp_path):
    from conftest import RUBRICS
    from marker.config import Config
    from marker.tui.screens.new_marking import NewMarkingScreen
    from textual.widgets import Select

    centre = tmp_path / "centre"
    centre.mkdir()
    shipped = (RUBRICS / "8584-200.toml").read_text(encoding="utf-8")
    (centre / "ours.toml").write_text(shipped.replace('unit = "8584-200"', 'unit = "X9"', 1).replace(
        'title = "Understanding Mentoring"', f'title = "Mentoring {TAG} in practice"', 1), encoding="utf-8")
    app = create_app(Config(assessor="Ann Assessor", rubric_dirs=(centre,)), tmp_path / "sessions",
                     start=NewMarkingScreen(files=[], unit="X9", learner="Jo Smith", reg="R1"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        unit = app.screen.query_one("#unit", Select)
        assert unit.value == "X9"
        assert f"Mentoring {TAG} in practice" in str(unit.query_one("SelectCurrent #label").render())
        assert app.return_code is None, "still running"


def _centre_rubric(tmp_path, old: str, new: str):
    from conftest import RUBRICS

    folder = tmp_path / "centre"
    folder.mkdir(exist_ok=True)
    shipped = (RUBRICS / "8584-200.toml").read_text(encoding="utf-8")
    (folder / "ours.toml").write_text(shipped.replace('unit = "8584-200"', 'unit = "X9"', 1).replace(old, new, 1),
                                      encoding="utf-8")
    return folder


async def test_a_centre_rubric_ref_that_looks_like_markup_heads_the_feedback_as_written(tmp_path):
    from marker.config import Config
    from test_tui_marking import DEMO

    cfg = Config(assessor="Ann Assessor", rubric_dirs=(_centre_rubric(tmp_path, 'ref = "1.1"', f'ref = "1.1{TAG}"'),))
    app = create_app(cfg, tmp_path / "sessions")
    marking = start_marking(cfg, app.catalogue, tmp_path / "sessions", unit="X9", files=[DEMO],
                            learner_name="Jo Smith", learner_reg="R1")
    app.start = MarkingScreen(marking, [DEMO])
    async with app.run_test(size=(110, 34)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("p")
        await pilot.pause()
        title = Content.from_markup(app.screen.query_one("#feedback").border_title).plain
        assert f"AC 1.1{TAG}" in title and "✓ pass" in title
        assert app.return_code is None, "still running"


def _edit(path, pattern: str, replacement: str) -> None:
    import re

    text, count = re.subn(pattern, replacement, path.read_text(encoding="utf-8"), count=1, flags=re.M)
    assert count == 1, pattern
    path.write_text(text, encoding="utf-8")


async def test_a_session_files_audit_time_and_signature_date_that_look_like_markup_are_listed_as_written(tmp_path):
    from marker.config import Config
    from test_tui_qa import open_home, signed_demo

    path = signed_demo(tmp_path)
    _edit(path, r'^at = ".*"$', f'at = "{TAG}"')
    _edit(path, r'^date = "2\d.*"$', f'date = "2026-01-01{TAG}"')
    app = create_app(Config(assessor="Iris Quality", role="iqa"), tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_home(app, pilot)
        await pilot.press("L")
        await pilot.pause()
        assert str(app.screen.query_one("#audit-table").get_row_at(0)[0]) == TAG
        await pilot.press("escape", "I")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert f"2026-01-01{TAG}" in [str(cell) for cell in app.screen.query_one("#awaiting").get_row_at(0)]
        assert app.return_code is None, "still running"


async def test_a_key_named_like_markup_in_the_config_is_offered_in_the_palette_as_written(tmp_path):
    from textual.command import CommandPalette

    from marker.config import Config
    from test_tui_qa import open_home

    app = create_app(Config(assessor="Ann Assessor", keys={"home.new": TAG}), tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_home(app, pilot)
        await pilot.press("ctrl+p")
        for _ in range(3):
            await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette) and app.return_code is None


async def test_textuals_own_notifications_keep_their_markup(tmp_path):
    from textual.widgets._toast import Toast

    from test_tui_qa import open_home

    app = create_app(config(), tmp_path / "sessions")
    async with app.run_test(size=(110, 34), notifications=True) as pilot:
        await open_home(app, pilot)
        await pilot.press("ctrl+c")  # Textual's "Press [b]q[/b] to quit the app"
        for _ in range(3):
            await pilot.pause()
        shown = [toast.render().plain for toast in app.screen.query(Toast)]
        assert any("to quit" in text and "[b]" not in text for text in shown), shown
