"""What the screens around marking look like at 80×24 (the smallest supported) and 120×40.

The home screen, new marking, sampling, Export and the audit log, over a sessions folder
of four sessions built by marker's own operations: a draft, a signed referral, a
QA-confirmed pass and a signed marked unit. Everything a run could change is fixed: the
clock and today's date, the sessions folder (a relative path, as the titles show it),
the cursor blink, and toasts (they time out, so a slow machine would draw another picture).

Run `pytest tests/test_snapshots_screens.py --snapshot-update` after an intended change
to the look, and view the SVGs in tests/__snapshots__ before committing them.
"""

from datetime import UTC, date, datetime, timedelta

import pytest
from textual.widgets import Input, TextArea

import marker.session
import marker.signing
from marked import marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.qa import qa_sign, set_review
from marker.session import Status, Verdict
from marker.signing import sign
from marker.store import save
from marker.tui.app import create_app
from marker.tui.screens.audit import AuditDialog
from marker.tui.screens.export import ExportScreen
from marker.tui.screens.home import HomeScreen
from marker.tui.screens.new_marking import NewMarkingScreen
from marker.tui.screens.sampling import SamplingScreen
from test_tui_marking import config
from test_tui_qa import IQA

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
TODAY = date(2026, 11, 20)
ASSESSOR, IQA_NAME = "Ann Assessor", "Iris Quality"


class FixedDate(date):
    """Signing dates with today's date: today is always the same day here."""

    @classmethod
    def today(cls):
        return TODAY


class Clock:
    """Every timestamp a few seconds after the last, from a fixed morning: the same on every run."""

    def __init__(self) -> None:
        self.at = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.at += timedelta(seconds=37)
        return self.at


@pytest.fixture
def sessions(tmp_path, monkeypatch):
    """The four sessions in ./sessions, with the clock and today's date fixed for the run."""
    monkeypatch.setattr(marker.session, "_utcnow", Clock())
    monkeypatch.setattr(marker.signing, "Date", FixedDate)
    monkeypatch.chdir(tmp_path)  # the titles name the folder: a relative one is the same on every run
    catalogue = find_rubrics([SHIPPED_RUBRICS])
    unit_200, unit_d201 = catalogue.get("8584-200"), catalogue.get("D2.01")
    files = tmp_path / "files"

    draft = marked_session(unit_200, files, learner="Priya Shah", reg="PS-2041")
    save(draft, "sessions")

    referral = marked_session(unit_200, files, learner="Jordan Ellis", reg="R4471926", referral=("1.3",))
    sign(referral, unit_200, ASSESSOR, ASSESSOR)
    save(referral, "sessions")

    marked = marked_session(unit_d201, files, learner="Lena Fischer", reg="LF-0988")
    sign(marked, unit_d201, ASSESSOR, ASSESSOR)
    save(marked, "sessions")

    confirmed = marked_session(unit_200, files, learner="Sam Okafor", reg="SO-3310")
    sign(confirmed, unit_200, ASSESSOR, ASSESSOR)
    for criterion in unit_200.criteria:
        set_review(confirmed, unit_200, criterion.ref, Verdict.AGREE, "", IQA_NAME)
    qa_sign(confirmed, unit_200, IQA_NAME, IQA_NAME)
    save(confirmed, "sessions")

    assert [s.status for s in (draft, referral, marked, confirmed)] == [
        Status.DRAFT, Status.SIGNED, Status.SIGNED, Status.QA_CONFIRMED]
    return "sessions"


async def steady(app, pilot):
    """Workers done, no toasts, no blinking cursor: the picture a slow machine draws too."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    app.clear_notifications()
    for widget in app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    await pilot.pause()


def home_then(*keys, screen=HomeScreen):
    """A run_before that waits for home, presses ``keys`` and waits for ``screen`` to settle."""

    async def ready(pilot):
        app = pilot.app
        await steady(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press(*keys)
        await steady(app, pilot)
        assert isinstance(app.screen, screen)

    return ready


@SIZES
def test_home_screen(snap_compare, sessions, size):
    app = create_app(config(), sessions)
    assert snap_compare(app, terminal_size=size, run_before=home_then())


@SIZES
def test_new_marking_screen(snap_compare, sessions, size):
    app = create_app(config(), sessions)
    assert snap_compare(app, terminal_size=size, run_before=home_then("n", screen=NewMarkingScreen))


@SIZES
def test_sampling_view(snap_compare, sessions, size):
    app = create_app(IQA, sessions)
    assert snap_compare(app, terminal_size=size, run_before=home_then("I", screen=SamplingScreen))


@SIZES
def test_export_screen(snap_compare, sessions, size):
    app = create_app(config(), sessions)
    assert snap_compare(app, terminal_size=size, run_before=home_then("x", screen=ExportScreen))


@SIZES
def test_audit_log(snap_compare, sessions, size):
    """The newest session first on home, so `L` shows the QA-confirmed one's log, ending with the QA signature."""
    app = create_app(config(), sessions)
    assert snap_compare(app, terminal_size=size, run_before=home_then("L", screen=AuditDialog))
