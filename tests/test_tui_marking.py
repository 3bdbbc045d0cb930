"""The assessor's whole flow by keys, asserting on the session that results."""

from pathlib import Path

import pytest

from conftest import REPO
from marker.config import Config
from marker.errors import SessionError
from marker.opening import start_marking
from marker.outcome import Result, unit_outcome
from marker.session import Decision
from marker.store import list_sessions, load
from marker.tui.app import create_app
from marker.tui.screens.marking import MarkingScreen
from marker.tui.widgets.evidence import EvidenceView

DEMO = REPO / "marker" / "demo" / "jordan-ellis-8584-200.docx"


def config() -> Config:
    return Config(assessor="Ann Assessor", centre_number="650214", centre_name="Thornbury Skills Centre")


async def wait_for_evidence(pilot, app):
    """Reading, laying out and checking all done: each of those workers starts as the one
    before it ends (the checks once the first criterion is painted)."""
    for _ in range(20):
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        if all(worker.is_finished for worker in app.workers):
            return


def demo_marking(tmp_path, unit="8584-200", files=(DEMO,)):
    cfg = config()
    app = create_app(cfg, tmp_path / "sessions")
    marking = start_marking(cfg, app.catalogue, tmp_path / "sessions", unit=unit, files=list(files),
                            learner_name="Jordan Ellis", learner_reg="R4471926")
    app.start = MarkingScreen(marking, [Path(f.path) for f in marking.session.files])
    return app, marking


async def test_mark_every_criterion_type_feedback_quit_and_reopen(tmp_path):
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        evidence = app.screen.query_one(EvidenceView)
        assert "Task 1.1" in evidence.selected_text, "the best passage is selected for AC 1.1"
        await pilot.press("p", "j", "p", "j", "r", "e")
        await pilot.press(*"Only one barrier.")
        await pilot.press("escape", "space")
        assert "REFERRAL" in marking.outcome_text()
        for _ in range(9):
            await pilot.press("j", "p")
        await pilot.press("k", "k", "u")
        await pilot.press("ctrl+q")
    stored = load(marking.path)
    decisions = {ref: e.decision for ref, e in stored.criteria.items()}
    assert decisions["1.1"] is Decision.PASS and decisions["1.3"] is Decision.REFERRAL
    assert stored.criteria["1.3"].feedback == "Only one barrier."
    assert stored.criteria["1.3"].evidence, "space pinned the passage shown"
    assert list(decisions.values()).count(Decision.UNMARKED) == 1
    assert unit_outcome(stored, marking.rubric).result is Result.REFERRAL

    # reopen: everything is still there, from the home screen
    app2 = create_app(config(), tmp_path / "sessions")
    async with app2.run_test(size=(100, 32)) as pilot:
        await app2.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await wait_for_evidence(pilot, app2)
        screen = app2.screen
        assert isinstance(screen, MarkingScreen)
        assert screen.marking.session.criteria["1.3"].feedback == "Only one barrier."
        await pilot.press("j", "j")
        assert screen.query_one("#feedback").text == "Only one barrier."
        await pilot.press("ctrl+q")


async def test_second_opener_gets_it_read_only(tmp_path):
    app, marking = demo_marking(tmp_path)
    from marker.opening import open_marking

    other = open_marking(Config(assessor="Bob"), app.catalogue, marking.path)
    assert other.read_only and "Ann Assessor has it open" in other.read_only
    with pytest.raises(SessionError, match="read-only"):
        other.set_decision("1.1", "pass")
    marking.close()


async def test_marked_unit_by_keys(tmp_path):
    from corpus import CASES
    from corpus.build import build

    case = next(c for c in CASES if c.unit == "D2.01")
    files = build(case, tmp_path / "paper")
    app, marking = demo_marking(tmp_path, unit="D2.01", files=files)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        for mark in ("15", "30", "9"):
            await pilot.press("m", *mark, "enter")
        await pilot.press("ctrl+q")
    stored = load(marking.path)
    assert [stored.sections[r].mark for r in ("1", "2", "3")] == [15, 30, 9]
    outcome = unit_outcome(stored, marking.rubric)
    assert outcome.total == 54 and outcome.result is Result.FAIL and outcome.failing_sections == ("3",)


async def test_bad_file_shows_its_reason_and_the_rest_opens(tmp_path):
    bad = tmp_path / "scan.docx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    app, marking = demo_marking(tmp_path, files=(DEMO, bad))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_evidence(pilot, app)
        screen = app.screen
        assert screen.extraction and [e.file for e in screen.extraction.submission.errors] == ["scan.docx"]
        assert screen.query_one(EvidenceView).text.count("Task 1.1") >= 1
        await pilot.press("ctrl+q")
    assert len(list_sessions(tmp_path / "sessions")[0]) == 1


async def test_new_marking_by_keys(tmp_path):
    app = create_app(config(), tmp_path / "sessions")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("enter")  # open the unit list
        await pilot.pause()
        await pilot.press("down", "enter")  # 8584-200, the first unit
        await pilot.pause()
        await pilot.press("tab", *str(DEMO), "tab", *"Jordan Ellis", "tab", *"R4471926")
        await pilot.press("ctrl+s")
        await wait_for_evidence(pilot, app)
        screen = app.screen
        assert isinstance(screen, MarkingScreen), app.screen
        assert screen.marking.session.unit == "8584-200"
        assert screen.marking.session.centre_number == "650214", "centre defaulted from the config"
        await pilot.press("p")
        await pilot.press("ctrl+q")
    [stored] = list_sessions(tmp_path / "sessions")[0]
    assert stored.session.learner_name == "Jordan Ellis" and stored.session.criteria["1.1"].decision is Decision.PASS
    assert stored.path.name == "R4471926_8584-200_attempt1.toml"


async def test_a_reading_failure_is_shown_and_marking_goes_on(tmp_path, monkeypatch):
    import marker.submission.read as read_module

    def broken(*args, **kwargs):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(read_module, "read_submission", broken)
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        assert any("disk went away" in str(n.message) for n in app._notifications)
        await pilot.press("p")
        await pilot.press("ctrl+q")
    assert load(marking.path).criteria["1.1"].decision is Decision.PASS


async def test_a_slow_read_shows_its_progress_and_a_fast_one_no_bar(tmp_path, monkeypatch):
    import threading

    import marker.submission.read as read_module
    from textual.widgets import ProgressBar

    from marker.tui.screens import marking as marking_screen

    real = read_module.read_submission
    halfway, finish = threading.Event(), threading.Event()

    def slow(paths, password=None, progress=None, cancelled=None):
        progress(0.5, 1, "portfolio.pdf")
        halfway.set()
        finish.wait(10)
        return real(paths, password=password)

    monkeypatch.setattr(read_module, "read_submission", slow)
    monkeypatch.setattr(marking_screen, "SHOW_PROGRESS_AFTER", 0.05)
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = app.screen
        halfway.wait(10)
        await pilot.pause(0.2)
        bar = screen.query_one(ProgressBar)
        assert (bar.progress, bar.total) == (0.5, 1)
        assert "Reading portfolio.pdf" in screen.query_one(EvidenceView).border_title
        finish.set()
        await wait_for_evidence(pilot, app)
        assert not screen.query(ProgressBar), "the bar goes once the evidence is shown"
        assert screen.query_one(EvidenceView).border_title == "Submission"

    monkeypatch.setattr(read_module, "read_submission", real)
    monkeypatch.setattr(marking_screen, "SHOW_PROGRESS_AFTER", 0.3)
    app, marking = demo_marking(tmp_path / "fast")
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.pause(0.4)
        assert not app.screen.query(ProgressBar), "a quick read draws no bar"


async def test_feedback_saved_to_the_comment_bank_is_offered_and_inserted_by_keys(tmp_path):
    from marker.comment_bank import CommentBank

    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("r", "e", *"Describe the role itself.", "escape", "B")
        assert [c.text for c in CommentBank().comments] == ["Describe the role itself."]
        await pilot.press("j", "r", "b")
        await pilot.pause()
        await pilot.press(*"itself", "enter")  # the first suggestion the filter leaves
        await pilot.pause()
        assert app.screen.query_one("#feedback").text == "Describe the role itself."
        await pilot.press("escape", "ctrl+q")
    assert load(marking.path).criteria["1.2"].feedback == "Describe the role itself."
    assert CommentBank().comments[0].uses == 1, "inserting counts a use: the most used come first"


async def test_a_broken_centre_rubric_lets_marking_open_and_is_reported_at_home(tmp_path):
    centre = tmp_path / "centre"
    centre.mkdir()
    (centre / "ours.toml").write_text('unit = "X9"\ntitle = ', encoding="utf-8")
    cfg = Config(assessor="Ann Assessor", rubric_dirs=(centre,))
    app = create_app(cfg, tmp_path / "sessions")
    marking = start_marking(cfg, app.catalogue, tmp_path / "sessions", unit="8584-200", files=[DEMO],
                            learner_name="Jordan Ellis", learner_reg="R4471926")
    app.start = MarkingScreen(marking, [DEMO])
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        assert app.screen.extraction is not None
        await pilot.press("q")  # marking closes to the home screen, which lists every unit
        await app.workers.wait_for_complete()
        await pilot.pause()
        problems = [n for n in app._notifications if n.title == "Rubric problem"]
        assert len(problems) == 1 and "ours.toml" in str(problems[0].message)


async def test_the_submission_is_kept_from_the_collector_only_while_its_screen_is_open(tmp_path):
    import gc

    gc.unfreeze()
    app, _ = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        assert gc.get_freeze_count() > 0, "frozen once shown: full collections skip the text"
        await pilot.press("q")
        for _ in range(50):  # the screen closes a few messages later on a loaded machine
            await pilot.pause()
            if not gc.get_freeze_count():
                break
        assert gc.get_freeze_count() == 0, "unfrozen when the screen closes, so nothing leaks"


async def test_the_indicators_page_by_keys_at_80x24(tmp_path):
    from marker.tui.widgets.criterion_panel import CriterionPanel

    app, _ = demo_marking(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_evidence(pilot, app)
        panel = app.screen.query_one(CriterionPanel)
        assert panel.scroll_y == 0 and panel.max_scroll_y > 0, "as tall as the tallest criterion: more than fit"
        await pilot.press("J")
        await pilot.pause()
        assert panel.scroll_y == min(panel.scrollable_content_region.height - 1, panel.max_scroll_y)
        await pilot.press("shift+up")
        await pilot.pause()
        assert panel.scroll_y == 0


async def test_marks_per_question_make_the_section_mark(tmp_path):
    from corpus import CASES
    from corpus.build import build

    case = next(c for c in CASES if c.unit == "D2.01")
    app, marking = demo_marking(tmp_path, unit="D2.01", files=build(case, tmp_path / "paper"))
    async with app.run_test(size=(100, 40)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("Q")  # section 1: questions 1-6 carry 2, 2, 2, 6, 6, 2
        for mark in ("2", "1", "2", "5", "4", "2"):
            await pilot.press(*mark, "tab")
        await pilot.press("escape")
        await pilot.press("ctrl+q")
    stored = load(marking.path)
    assert stored.sections["1"].question_marks == {"1": 2, "2": 1, "3": 2, "4": 5, "5": 4, "6": 2}
    assert stored.sections["1"].mark == 16


async def test_a_full_disk_is_shown_and_the_change_kept_for_later(tmp_path, monkeypatch):
    import errno
    import os

    import marker.fileio as fileio

    app, marking = demo_marking(tmp_path)
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        monkeypatch.setattr(fileio.os, "fsync", full)
        await pilot.press("p")
        await pilot.pause(1.2)
        assert any("space" in str(n.message).lower() for n in app._notifications), "the failed save is shown"
        assert load(marking.path).criteria["1.1"].decision is Decision.UNMARKED
        monkeypatch.setattr(fileio.os, "fsync", real_fsync)
        await pilot.press("ctrl+q")
    assert load(marking.path).criteria["1.1"].decision is Decision.PASS, "saved once the disk had room"


async def browse_from(app, pilot, folder):
    """New marking, a unit chosen, ctrl+o from ``folder``: the directory tree, once it has loaded."""
    from marker.tui.screens.browse import SubmissionTree

    await pilot.press("n")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("down", "enter")
    await pilot.pause()
    await pilot.press("tab", *f"{folder}/", "ctrl+o")
    await pilot.pause()
    tree = app.screen.query_one(SubmissionTree)
    for _ in range(100):  # the tree loads in its own long-lived worker
        if tree.root.children:
            break
        await pilot.pause(0.02)
    return tree


async def test_new_marking_picks_the_file_from_a_directory_tree(tmp_path):
    import shutil

    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(DEMO, folder / "essay.docx")
    (folder / "notes.py").write_text("not a submission")
    app = create_app(config(), tmp_path / "sessions")
    async with app.run_test(size=(100, 40)) as pilot:
        tree = await browse_from(app, pilot, folder)
        assert [child.label.plain for child in tree.root.children] == ["essay.docx"], "only what marker can read"
        await pilot.press("down", "enter")
        await pilot.pause()
        files = app.screen.query_one("#files").value
        assert files.endswith("essay.docx") and files.count("essay.docx") == 1


@pytest.mark.parametrize("unit", ["8584-200", "D2.01"])
async def test_stepping_between_criteria_changes_nothing_and_saves_nothing(tmp_path, monkeypatch, unit):
    # Showing a criterion loads its feedback into the editors; that is not an edit, so it
    # must neither mark the session changed nor write it (an fsync on the UI thread per key).
    from marker import store

    if unit == "D2.01":
        from corpus import CASES
        from corpus.build import build

        case = next(c for c in CASES if c.unit == unit)
        app, marking = demo_marking(tmp_path, unit=unit, files=build(case, tmp_path / "paper"))
        marking.session.sections["2"].strengths = "A clear diary."
        marking.session.sections["2"].weaknesses = "Few reflections."
    else:
        app, marking = demo_marking(tmp_path)
        marking.session.criteria["1.2"].feedback = "Two barriers named."
    saves = []
    real_save = store.save
    monkeypatch.setattr(store, "save", lambda *args, **kwargs: (saves.append(args), real_save(*args, **kwargs))[1])
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        log_before = len(marking.session.audit)
        for key in ("j", "j", "j", "k", "k", "k", "end", "home"):
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause(1.2)  # past the saver's interval: anything pending would be written
        assert not marking.saver.dirty, "nothing changed by looking"
        assert saves == [], "nothing written by looking"
        assert len(marking.session.audit) == log_before
        await pilot.press("ctrl+q")
