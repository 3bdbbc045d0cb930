"""Session commands for scripts: list, show, resubmit; and resubmission from the app."""

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO
from marker.catalogue import find_rubrics
from marker.config import Config
from marker.opening import create_session
from marker.session import Decision
from marker.store import load, save
from marker.tui.app import create_app
from marker.tui.screens.marking import MarkingScreen

DEMO = REPO / "marker" / "demo" / "jordan-ellis-8584-200.docx"


def marker(*args):
    return subprocess.run([sys.executable, "-m", "marker", *args], capture_output=True, text=True, cwd=REPO)


def marked_session() -> Path:
    cfg = Config(assessor="Ann Assessor")
    catalogue = find_rubrics(cfg.rubric_folders())
    path = create_session(cfg, catalogue, Path(os.environ["MARKER_SESSIONS"]), unit="8584-200", files=[DEMO],
                          learner_name="Jordan Ellis", learner_reg="R4471926")
    session = load(path)
    session.set_decision("1.1", Decision.PASS, "Ann")
    session.set_decision("1.3", Decision.REFERRAL, "Ann")
    session.set_feedback("1.3", "Only one barrier.", "Ann")
    save(session, path.parent, path)
    return path


def test_list_and_show_as_json():
    path = marked_session()
    listed = json.loads(marker("list", "--json").stdout)
    assert [(r["learner"], r["unit"], r["outcome"]) for r in listed] == [("Jordan Ellis", "8584-200", "REFERRAL")]
    shown = json.loads(marker("show", path.name, "--json").stdout)
    assert shown["criteria"]["1.3"]["feedback"] == "Only one barrier."
    assert shown["outcome"]["referred"] == ["1.3"]
    text = marker("show", str(path)).stdout
    assert "AC 1.3   REFERRAL  Only one barrier." in text and "REFERRAL: AC 1.3 referred" in text


RESUBMITTED = DEMO.parent / "priya-shah-8584-201-portfolio.pdf"
"""Any file other than the one judged: a resubmission must bring something new."""


def signed_referral() -> Path:
    """The marked session with every other AC passed, signed by Ann Assessor: ready to resubmit."""
    from marker.signing import sign

    path = marked_session()
    session = load(path)
    for ref, entry in session.criteria.items():
        if entry.decision is Decision.UNMARKED:
            session.set_decision(ref, Decision.PASS, "Ann Assessor")
    sign(session, find_rubrics(Config().rubric_folders()).get("8584-200"), "Ann Assessor", "Ann Assessor")
    save(session, path.parent, path)
    return path


def named(name: str = "Ann Assessor") -> None:
    """The user's name in the (isolated) config file, as if asked once."""
    Path(os.environ["MARKER_CONFIG"]).write_text(f'assessor = "{name}"\n', encoding="utf-8")


def test_resubmit_carries_passed_criteria():
    path = signed_referral()
    named()
    result = marker("resubmit", str(path), str(RESUBMITTED))
    assert result.returncode == 0, result.stderr
    assert "attempt 2 started" in result.stdout and "(11 carried forward)" in result.stdout
    attempt = load(Path(result.stdout.split(": ", 1)[1].split(" (")[0]))
    assert attempt.attempt == 2 and attempt.criteria["1.1"].carried and attempt.criteria["1.3"].decision is Decision.UNMARKED


def test_the_app_without_a_terminal_is_one_line_and_starts_nothing():
    # Run as a script would: output captured, input from nowhere. Without the check the
    # app waited for keys that never came.
    for args in (["mark", str(DEMO), "--unit", "8584-200", "--learner", "A", "--reg", "R1"], []):
        result = subprocess.run([sys.executable, "-m", "marker", *args], capture_output=True, text=True, cwd=REPO,
                                stdin=subprocess.DEVNULL, timeout=60)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert "needs a terminal" in result.stderr and "marker list --json" in result.stderr
    assert not Path(os.environ["MARKER_SESSIONS"]).exists() or not list(Path(os.environ["MARKER_SESSIONS"]).iterdir())


def test_show_unknown_session_is_one_line():
    result = marker("show", "nope.toml")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "marker list" in result.stderr


async def test_resubmission_by_keys_from_home(tmp_path):
    path = signed_referral()
    app = create_app(Config(assessor="Ann Assessor"), Path(os.environ["MARKER_SESSIONS"]))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("R")
        await pilot.press(*str(RESUBMITTED), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, MarkingScreen)
        session = app.screen.marking.session
        assert session.attempt == 2 and session.previous == load(path).id
        await pilot.press("ctrl+q")


async def test_home_filters_by_typing(tmp_path):
    marked_session()
    cfg = Config(assessor="Ann Assessor")
    create_session(cfg, find_rubrics(cfg.rubric_folders()), Path(os.environ["MARKER_SESSIONS"]), unit="8584-201",
                   files=[DEMO], learner_name="Priya Shah", learner_reg="R3318802")
    app = create_app(cfg, Path(os.environ["MARKER_SESSIONS"]))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("DataTable")
        assert table.row_count == 2
        await pilot.press("slash", *"priya")
        assert table.row_count == 1 and "Priya Shah" in str(table.get_row_at(0))
        await pilot.press("escape")
        assert table.row_count == 2
        await pilot.press("ctrl+q")
