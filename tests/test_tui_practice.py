"""The practice rows by keys: the strip's summary, then h lists every row counted or left out."""

import sys
from pathlib import Path

from textual.widgets import DataTable, Static

from marker.config import Config
from marker.opening import start_marking
from marker.tui.app import create_app
from marker.tui.screens.marking import MarkingScreen
from marker.tui.screens.practice_rows import PracticeRowsDialog

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import CASES  # noqa: E402
from corpus.build import build  # noqa: E402
from test_tui_marking import wait_for_evidence  # noqa: E402


def _marking(tmp_path, case_name: str, learner_name: str, learner_reg: str):
    """The app, opening a new marking of a corpus case's submission."""
    case = next(c for c in CASES if c.name == case_name)
    files = build(case, tmp_path / "submission")
    cfg = Config(assessor="Ann Assessor")
    app = create_app(cfg, tmp_path / "sessions")
    marking = start_marking(cfg, app.catalogue, tmp_path / "sessions", unit=case.unit, files=files,
                            learner_name=learner_name, learner_reg=learner_reg)
    app.start = MarkingScreen(marking, files)
    return app


async def rows_dialog(pilot, app) -> PracticeRowsDialog:
    """The practice rows dialog, opened with h."""
    await pilot.press("h")
    await pilot.pause()
    assert isinstance(app.screen, PracticeRowsDialog)
    return app.screen


async def test_h_lists_the_practice_rows_counted_and_left_out(tmp_path):
    app = _marking(tmp_path, "p302_coaching_log", "Dev Malhotra", "R5120774")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_evidence(pilot, app)
        strip = str(app.screen.query_one("#checks", Static).render())
        assert "12 h 30 min in 9 sessions" in strip and "as read: 12 h met" in strip and "h lists them" in strip
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, PracticeRowsDialog)
        table = app.screen.query_one(DataTable)
        rows = [table.get_row_at(i) for i in range(table.row_count)]
        assert sum(r[0] == "✓" for r in rows) == 11  # nine sessions and two supervisions
        whys = {str(r[3]) for r in rows if r[0] != "✓"}
        assert {"planned", "total row"} <= whys and any(w.startswith("same session as") for w in whys)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MarkingScreen)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Practice rows counted and left out" in titles, "the key is in the command palette"


async def test_h_on_a_unit_without_practice_says_so(tmp_path):
    from conftest import REPO

    demo = REPO / "marker" / "demo" / "jordan-ellis-8584-200.docx"
    cfg = Config(assessor="Ann Assessor")
    app = create_app(cfg, tmp_path / "sessions")
    marking = start_marking(cfg, app.catalogue, tmp_path / "sessions", unit="8584-200", files=[demo],
                            learner_name="Jordan Ellis", learner_reg="R4471926")
    app.start = MarkingScreen(marking, [demo])
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, MarkingScreen)
        assert any("sets no practice requirements" in str(n.message) for n in app._notifications)


async def test_the_new_marking_form_is_filled_from_the_cover_sheet_and_can_be_corrected(tmp_path):
    from textual.widgets import Input, Select

    from marker.store import list_sessions
    from marker.tui.screens.new_marking import NewMarkingScreen

    case = next(c for c in CASES if c.name == "u201_portfolio")
    files = build(case, tmp_path / "submission")
    app = create_app(Config(assessor="Ann Assessor"), tmp_path / "sessions")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("tab", *" ".join(str(f) for f in files), "tab")
        await wait_for_evidence(pilot, app)
        screen = app.screen
        assert isinstance(screen, NewMarkingScreen)
        assert screen.query_one("#unit", Select).value == "8584-201"
        assert screen.query_one("#learner", Input).value == "Priya Shah"
        assert screen.query_one("#reg", Input).value == "R3318802"
        assert "Read from the cover sheet" in str(screen.query_one("#cover-note", Static).render())
        await pilot.press(*"Priya K. Shah")  # focus is on the learner's name, selected: typing corrects it
        await pilot.press("ctrl+s")
        await wait_for_evidence(pilot, app)
        assert isinstance(app.screen, MarkingScreen)
        await pilot.press("ctrl+q")
    [stored] = list_sessions(tmp_path / "sessions")[0]
    assert (stored.session.learner_name, stored.session.learner_reg, stored.session.unit) == (
        "Priya K. Shah", "R3318802", "8584-201")


async def test_starting_without_a_unit_asks_for_one_and_creates_nothing(tmp_path):
    from textual.widgets import Select

    from marker.tui.screens.new_marking import NewMarkingScreen

    path = tmp_path / "notes.txt"
    path.write_text("My reflections on mentoring, with no cover sheet and no unit named.\n" * 20)
    app = create_app(Config(assessor="Ann Assessor"), tmp_path / "sessions")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("tab", *str(path), "tab")
        await wait_for_evidence(pilot, app)
        screen = app.screen
        assert isinstance(screen, NewMarkingScreen)
        assert screen.query_one("#unit", Select).is_blank()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NewMarkingScreen)
        assert "Choose the unit." in str(screen.query_one("#new-error", Static).render())
    assert not list((tmp_path / "sessions").glob("*.toml"))


async def test_a_total_that_disagrees_is_uncertain_on_the_strip_and_named_in_the_rows(tmp_path):
    app = _marking(tmp_path, "pr_304_bullets_md", "Lucy Tran", "R5120775")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_evidence(pilot, app)  # the checks start only after the first paint
        strip = str(app.screen.query_one("#checks", Static).render())
        assert "UNCERTAIN" in strip and "as read:" not in strip
        await pilot.press("h")
        await pilot.pause()
        doubts = str(app.screen.query_one("#practice-doubts", Static).render())
        assert "check: the learner's total 10 h 15 min" in doubts and "¶24" in doubts


async def test_the_assessor_corrects_the_rows_and_confirms_the_figures(tmp_path):
    from marker.store import load

    from marker.tui.screens.signed_work import sign_summary

    app = _marking(tmp_path, "p302_coaching_log", "Dev Malhotra", "R5120774")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_evidence(pilot, app)
        path = app.screen.marking.path
        assert "practice figures not confirmed" in sign_summary(app.screen.marking)[-1]
        dialog = await rows_dialog(pilot, app)
        table = dialog.query_one(DataTable)
        first = next(i for i, r in enumerate(dialog.found.rows) if r.counted and r.kind == "session")
        row = dialog.found.rows[first]
        table.move_cursor(row=first)
        await pilot.press("space")  # the reader counted it; the assessor leaves it out
        await pilot.pause()
        assert table.get_row_at(first)[0] == "·" and "the assessor's correction" in table.get_row_at(first)[3]
        summary = str(dialog.query_one("#practice-summary", Static).render())
        assert "in 8 sessions" in summary and "12 h 30 min" not in summary
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MarkingScreen)
        strip = str(app.screen.query_one("#checks", Static).render())
        assert "in 8 sessions" in strip and "confirmed by the assessor" in strip and "as read" not in strip
        assert "1 corrected by the assessor" in strip
        assert sign_summary(app.screen.marking)[-1].startswith("practice figures confirmed by the assessor")
        app.screen.marking.flush()
    saved = load(path)
    assert list(saved.practice.rows.values()) == ["left out"]
    assert saved.practice.confirmed.startswith(f"{750 - row.minutes} min in 8 sessions")
    assert [(e.what, e.new) for e in saved.audit][-2:] == [
        (f"practice row {row.location}", "left out"), ("practice figures confirmed", saved.practice.confirmed)]


async def test_the_rows_can_be_read_but_not_corrected_once_signed(tmp_path):
    app = _marking(tmp_path, "p302_coaching_log", "Dev Malhotra", "R5120774")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_evidence(pilot, app)
        marking = app.screen.marking
        for ref in marking.refs():
            marking.set_decision(ref, "pass")
        marking.sign("Ann Assessor")
        dialog = await rows_dialog(pilot, app)
        assert "read only" in str(dialog.query_one("#practice-keys", Static).render())
        before = [dialog.query_one(DataTable).get_row_at(i) for i in range(dialog.query_one(DataTable).row_count)]
        await pilot.press("space", "c")
        await pilot.pause()
        after = [dialog.query_one(DataTable).get_row_at(i) for i in range(dialog.query_one(DataTable).row_count)]
        assert after == before and marking.session.practice is None
        assert any("signed by" in str(n.message) for n in app._notifications)


async def test_t_moves_a_row_to_supervision_and_m_gives_a_length(tmp_path):
    from textual.widgets import Input

    app = _marking(tmp_path, "p302_coaching_log", "Dev Malhotra", "R5120774")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_evidence(pilot, app)
        dialog = await rows_dialog(pilot, app)
        table = dialog.query_one(DataTable)
        before = dialog.found
        first = next(i for i, r in enumerate(before.rows) if r.counted and r.kind == "session")
        table.move_cursor(row=first)
        await pilot.press("t")
        await pilot.pause()
        after = dialog.found
        moved = before.rows[first].minutes
        assert (after.minutes, after.supervision_minutes) == (before.minutes - moved, before.supervision_minutes + moved)
        planned = next(i for i, r in enumerate(after.rows) if r.why == "planned")
        table.move_cursor(row=planned)
        await pilot.press("m")
        await pilot.pause()
        assert dialog.query_one("#practice-length", Input).has_focus
        await pilot.press("escape")  # leaves the length box, not the dialog
        await pilot.pause()
        assert app.screen is dialog and not dialog.query_one("#practice-length", Input).display
        await pilot.press("m", *"1h15", "enter")
        await pilot.pause()
        row = dialog.found.rows[planned]
        assert row.counted and row.minutes == 75 and dialog.found.minutes == after.minutes + 75
        assert table.get_row_at(planned)[1] == "1:15" and table.cursor_row == planned
        await pilot.press("m", *"a while", "enter")  # not a length: said, nothing changed
        await pilot.pause()
        assert dialog.found.minutes == after.minutes + 75
        assert any("is not a length" in str(n.message) for n in app._notifications)


async def test_a_adds_a_session_the_reader_missed_and_space_takes_it_back(tmp_path):
    app = _marking(tmp_path, "p302_coaching_log", "Dev Malhotra", "R5120774")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_evidence(pilot, app)
        dialog = await rows_dialog(pilot, app)
        table = dialog.query_one(DataTable)
        before = dialog.found
        await pilot.press("a", *"40 mins on 3 Apr with C2", "enter")
        await pilot.pause()
        assert (dialog.found.minutes, dialog.found.sessions) == (before.minutes + 40, before.sessions + 1)
        summary = str(dialog.query_one("#practice-summary", Static).render())
        assert "1 added by the assessor" in summary and "corrected by the assessor" not in summary
        assert table.cursor_row == table.row_count - 1 and table.get_row_at(table.cursor_row)[1] == "0:40"
        assert dialog.marking.session.practice.added == ["practice 40 min: 40 mins on 3 Apr with C2"]
        await pilot.press("t")  # it was a supervision
        await pilot.pause()
        assert dialog.found.supervision_minutes == before.supervision_minutes + 40
        assert dialog.marking.session.practice.added == ["supervision 40 min: 40 mins on 3 Apr with C2"]
        table.move_cursor(row=table.row_count - 1)
        await pilot.press("space")
        await pilot.pause()
        assert dialog.marking.session.practice.added == [] and dialog.found.minutes == before.minutes
        await pilot.press("a", *"with C2 on Friday", "enter")  # no length: said, nothing added
        await pilot.pause()
        assert dialog.marking.session.practice.added == []
        assert any("gives no length" in str(n.message) for n in app._notifications)


async def test_the_iqa_sees_the_rows_as_the_assessor_corrected_them_and_cannot_change_them(tmp_path):
    from marker.reviewing import open_review
    from marker.submission.practice import practice
    from marker.submission.practice_corrected import counted_as, keys_of
    from marker.submission.read import read_submission
    from marker.tui.screens.qa import QAScreen
    from test_tui_qa import IQA

    app = _marking(tmp_path, "p302_coaching_log", "Dev Malhotra", "R5120774")
    marking = app.start.marking
    rows = practice(read_submission(marking.paths).documents).rows
    index, row = next((i, r) for i, r in enumerate(rows) if r.counted and r.kind == "session")
    marking.correct_practice_row(keys_of(rows)[index], row.location, "left out", counted_as(row))
    for ref in marking.refs():
        marking.set_decision(ref, "pass")
    marking.sign("Ann Assessor")
    marking.close()
    qa = create_app(IQA, tmp_path / "sessions")
    reviewing = open_review(qa.catalogue, marking.path, IQA.assessor)
    qa.start = QAScreen(reviewing, reviewing.paths)
    async with qa.run_test(size=(120, 36)) as pilot:
        await wait_for_evidence(pilot, qa)
        await qa.workers.wait_for_complete()
        await pilot.pause()
        assert "in 8 sessions" in str(qa.screen.query_one("#checks", Static).render())  # as corrected
        dialog = await rows_dialog(pilot, qa)
        assert "read only" in str(dialog.query_one("#practice-keys", Static).render())
        left_out = [r for r in dialog.found.rows if r.why == "the assessor's correction: left out"]
        assert [r.location for r in left_out] == [row.location]
        await pilot.press("space", "c")
        await pilot.pause()
        assert load_rows(marking.path) == {"left out"}


def load_rows(path) -> set[str]:
    from marker.store import load

    return set(load(path).practice.rows.values())


async def test_i_gives_the_individuals_as_the_assessor_counts_them(tmp_path):
    app = _marking(tmp_path, "p302_coaching_log", "Dev Malhotra", "R5120774")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_evidence(pilot, app)
        dialog = await rows_dialog(pilot, app)
        assert len(dialog.found.individuals) == 2
        await pilot.press("i", "3", "enter")
        await pilot.pause()
        assert len(dialog.found.individuals) == 3 and dialog.marking.session.practice.individuals == 3
        assert "with 3 individuals" in str(dialog.query_one("#practice-summary", Static).render())
        await pilot.press("i", *"three", "enter")  # not a number: said, unchanged
        await pilot.pause()
        assert dialog.marking.session.practice.individuals == 3
        await pilot.press("escape", "i", "enter")  # empty: back to the reading
        await pilot.pause()
        assert dialog.marking.session.practice.individuals is None and len(dialog.found.individuals) == 2
        assert [e.new for e in dialog.marking.session.audit[-2:]] == ["3", "2 (as read)"]


async def test_space_on_an_unsure_row_with_no_length_leaves_it_out_and_answers_the_doubt(tmp_path):
    from marker.tui.screens.signed_work import practice_now, sign_summary

    app = _marking(tmp_path, "pr_302_planned_actual", "Dev Malhotra", "R5120774")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_evidence(pilot, app)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        dialog = await rows_dialog(pilot, app)
        unsure = next(i for i, r in enumerate(dialog.found.rows) if r.doubtful)
        dialog.query_one(DataTable).move_cursor(row=unsure)
        await pilot.press("space")
        await pilot.pause()
        assert list(dialog.marking.session.practice.rows.values()) == ["left out"]
        assert not any(r.doubtful for r in dialog.found.rows)
        await pilot.press("c", "escape")
        await pilot.pause()
        assert "UNCERTAIN" not in str(screen.query_one("#checks", Static).render())
        assert sign_summary(screen.marking, practice_now(screen.extraction, screen.marking))[-1].startswith(
            "practice figures confirmed by the assessor (h")
        # the submission read otherwise since (a newer marker's reader): the confirmation no longer holds
        read_otherwise = "0 min in 0 sessions with 0 individuals; supervision 0 min in 0"
        assert "have changed since" in sign_summary(screen.marking, read_otherwise)[-1]


async def test_changing_an_added_session_keeps_its_place_and_odd_digits_are_refused(tmp_path):
    app = _marking(tmp_path, "p302_coaching_log", "Dev Malhotra", "R5120774")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_evidence(pilot, app)
        dialog = await rows_dialog(pilot, app)
        table = dialog.query_one(DataTable)
        await pilot.press("a", *"40 min with C1", "enter", "a", *"50 min with C2", "enter")
        await pilot.pause()
        table.move_cursor(row=table.row_count - 2)
        await pilot.press("t")
        await pilot.pause()
        assert dialog.marking.session.practice.added == ["supervision 40 min: 40 min with C1",
                                                         "practice 50 min: 50 min with C2"]
        assert table.cursor_row == table.row_count - 2
        await pilot.press("i", "²", "enter")  # a digit to Python, not a number to int(): refused, no crash
        await pilot.pause()
        assert dialog.marking.session.practice.individuals is None
        assert any("is not a number of individuals" in str(n.message) for n in app._notifications)
