"""What the screens around marking look like at 80×24 (the smallest supported) and 120×40.

The home screen, new marking, sampling, Export and the audit log, over a sessions folder
of four sessions built by marker's own operations: a draft, a signed referral, a
QA-confirmed pass and a signed marked unit. Everything a run could change is fixed: the
clock (set at each step, never ticking per read, so a change in how often the code
reads it draws nothing new), today's date, the signers' keys, the sessions folder (a
relative path, as the titles show it), the cursor blink, and toasts (they time out, so
a slow machine would draw another picture).

Run `pytest tests/test_snapshots_screens.py --snapshot-update` after an intended change
to the look, and view the SVGs in tests/__snapshots__ before committing them.
"""

from datetime import UTC, date, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

import marker.session
import marker.signing
from marked import marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.keys import SigningKey
from marker.names import name_key
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
from test_tui_marking import config, wait_for_evidence
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
    """A clock that stands still until set: how often the code reads it changes nothing drawn."""

    def __init__(self) -> None:
        self.at = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at

    def set(self, hour: int, minute: int) -> None:
        self.at = datetime(2026, 11, 16, hour, minute, tzinfo=UTC)


def fixed_key(signers, name: str, seed: int) -> None:
    """The same key for ``name`` on every run: a signature's entry names its key's fingerprint."""
    key = SigningKey(Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32))
    signers.keys[name_key(name)] = key
    signers.trust(name, key)


@pytest.fixture
def sessions(tmp_path, monkeypatch, signers):
    """The four sessions in ./sessions, with the clock, today's date and the keys fixed for the run."""
    fixed_key(signers, ASSESSOR, 1)
    fixed_key(signers, IQA_NAME, 2)
    clock = Clock()
    monkeypatch.setattr(marker.session, "_utcnow", clock)
    monkeypatch.setattr(marker.signing, "Date", FixedDate)
    monkeypatch.chdir(tmp_path)  # the titles name the folder: a relative one is the same on every run
    catalogue = find_rubrics([SHIPPED_RUBRICS])
    unit_200, unit_d201 = catalogue.get("8584-200"), catalogue.get("D2.01")
    files = tmp_path / "files"

    clock.set(9, 5)
    draft = marked_session(unit_200, files, learner="Priya Shah", reg="PS-2041")
    save(draft, "sessions")

    clock.set(9, 40)
    referral = marked_session(unit_200, files, learner="Jordan Ellis", reg="R4471926", referral=("1.3",))
    clock.set(9, 52)
    sign(referral, unit_200, ASSESSOR, ASSESSOR)
    save(referral, "sessions")

    clock.set(10, 15)
    marked = marked_session(unit_d201, files, learner="Lena Fischer", reg="LF-0988")
    clock.set(10, 31)
    sign(marked, unit_d201, ASSESSOR, ASSESSOR)
    save(marked, "sessions")

    clock.set(11, 2)
    confirmed = marked_session(unit_200, files, learner="Sam Okafor", reg="SO-3310")
    clock.set(11, 20)
    sign(confirmed, unit_200, ASSESSOR, ASSESSOR)
    clock.set(14, 45)
    for criterion in unit_200.criteria:
        set_review(confirmed, unit_200, criterion.ref, Verdict.AGREE, "", IQA_NAME)
    clock.set(15, 3)
    qa_sign(confirmed, unit_200, IQA_NAME, IQA_NAME)
    save(confirmed, "sessions")

    assert [s.status for s in (draft, referral, marked, confirmed)] == [
        Status.DRAFT, Status.SIGNED, Status.SIGNED, Status.QA_CONFIRMED]
    return "sessions"


async def steady(app, pilot):
    """Workers done, no toasts, no blinking cursor: the picture a slow machine draws too."""
    await wait_for_evidence(pilot, app)
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
