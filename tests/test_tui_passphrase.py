"""A passphrase-protected key signs from inside the app: asked in a password field, asked again when wrong,
escape cancels; the assessor's signature, the IQA's and the export's manifest alike."""

from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS, Config, keys_dir
from marker.keys import PublicKey, create_key_pair, load_signing_key
from marker.session import Role, Status
from marker.store import load
from marker.tui.app import create_app
from marker.tui.screens.export import ExportScreen
from marker.tui.screens.marking import MarkingScreen
from marker.tui.screens.passphrase import PassphraseDialog, PassphraseField
from marker.tui.screens.qa import QAScreen
from marker.tui.screens.sign import SignDialog
from marker.verify import verify_path
from test_sampling import cohort
from test_tui_marking import demo_marking, wait_for_evidence
from test_tui_qa import IQA, open_in_qa_mode, open_home, signed_demo

PASSPHRASE = "correct horse battery staple"
CATALOGUE = find_rubrics([SHIPPED_RUBRICS])


def protected_key(signers, monkeypatch, who: str, passphrase: str = PASSPHRASE) -> PublicKey:
    """The user's own key, made in their keys folder with ``passphrase`` and trusted for ``who``; signing
    loads it as outside the tests (the stand-in key of ``tests/signers.py`` is set aside)."""
    key = create_key_pair(keys_dir(), passphrase)
    signers.trust(who, key)
    monkeypatch.setattr("marker.keys.signing_key", lambda who, **given: load_signing_key(**given))
    return key.public


def said(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


def problem_line(screen) -> str:
    return str(screen.query_one("#passphrase-problem").render())


async def opened(pilot, app):
    """Wait for the key to open (in a worker) and for the dialog to act on it."""
    await app.workers.wait_for_complete()
    await pilot.pause()


async def mark_everything(pilot, app):
    await wait_for_evidence(pilot, app)
    for _ in range(12):
        await pilot.press("p", "j")


async def test_the_assessor_signs_with_a_protected_key_after_a_wrong_passphrase(tmp_path, signers, monkeypatch):
    public = protected_key(signers, monkeypatch, "Ann Assessor")
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await mark_everything(pilot, app)
        await pilot.press("s")
        dialog = app.screen
        assert isinstance(dialog, SignDialog) and dialog.protected
        assert app.focused.id == "passphrase" and app.focused.password, "typed unseen, straight away"
        saved, audit = marking.path.read_bytes(), len(marking.session.audit)
        await pilot.press(*"wrong horse", "enter")
        await opened(pilot, app)
        assert app.screen is dialog, "a wrong passphrase is asked again"
        assert "wrong passphrase" in problem_line(dialog) and "\n" not in problem_line(dialog)
        assert app.focused.id == "passphrase" and app.focused.value == ""
        assert not marking.session.signatures and marking.session.status is Status.DRAFT
        assert len(marking.session.audit) == audit and marking.path.read_bytes() == saved
        await pilot.press(*PASSPHRASE, "enter")
        await opened(pilot, app)
        assert isinstance(app.screen, MarkingScreen)
        assert marking.session.status is Status.SIGNED
        shown = said(app)
    signature = load(marking.path).signature(Role.ASSESSOR)
    assert signature.key == public.text
    report = verify_path(marking.path, CATALOGUE.find)
    assert report.ok, report.problems
    assert PASSPHRASE not in marking.path.read_text() and PASSPHRASE not in shown
    assert "wrong horse" not in marking.path.read_text() and "wrong horse" not in shown


async def test_the_date_then_enter_moves_to_the_passphrase_and_an_empty_one_signs_nothing(tmp_path, signers,
                                                                                          monkeypatch):
    protected_key(signers, monkeypatch, "Ann Assessor")
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await mark_everything(pilot, app)
        await pilot.press("s", "shift+tab", "enter")  # on the date: enter goes on to the passphrase
        assert isinstance(app.screen, SignDialog) and app.focused.id == "passphrase"
        await pilot.press("enter")
        assert "type your key's passphrase" in problem_line(app.screen)
        assert not marking.session.signatures


async def test_escape_at_the_passphrase_cancels_and_nothing_is_signed(tmp_path, signers, monkeypatch):
    protected_key(signers, monkeypatch, "Ann Assessor")
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await mark_everything(pilot, app)
        await pilot.press("s", *PASSPHRASE[:8], "escape")
        await pilot.pause()
        assert isinstance(app.screen, MarkingScreen)
        assert marking.session.status is Status.DRAFT and not marking.session.signatures
        assert marking.session.criteria["1.1"].decision.value == "pass", "the marking is as it was"
    assert load(marking.path).status is Status.DRAFT


async def test_an_unprotected_key_signs_with_no_passphrase_field(tmp_path, signers, monkeypatch):
    public = protected_key(signers, monkeypatch, "Ann Assessor", passphrase="")
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await mark_everything(pilot, app)
        await pilot.press("s")
        assert isinstance(app.screen, SignDialog) and not app.screen.protected
        assert not app.screen.query(PassphraseField)
        await pilot.press("enter")
        await pilot.pause()
        assert marking.session.status is Status.SIGNED
    assert load(marking.path).signature(Role.ASSESSOR).key == public.text


async def test_the_iqa_signs_off_with_a_protected_key_after_a_wrong_passphrase(tmp_path, signers, monkeypatch):
    path = signed_demo(tmp_path)  # Ann's own (stand-in) key
    public = protected_key(signers, monkeypatch, "Iris Quality")
    app = create_app(IQA, tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_in_qa_mode(app, pilot)
        await pilot.press("A", "s")
        dialog = app.screen
        assert isinstance(dialog, SignDialog) and not dialog.problems and dialog.protected
        await pilot.press(*"not it", "enter")
        await opened(pilot, app)
        assert app.screen is dialog and "wrong passphrase" in problem_line(dialog)
        assert load(path).signature(Role.IQA) is None
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QAScreen) and app.screen.marking.session.signature(Role.IQA) is None
        await pilot.press("s", *PASSPHRASE, "enter")
        await opened(pilot, app)
        await pilot.press("q")
    session = load(path)
    assert session.status is Status.QA_CONFIRMED and session.signature(Role.IQA).key == public.text
    report = verify_path(path, CATALOGUE.find)
    assert report.ok, report.problems


async def test_the_export_asks_the_passphrase_then_signs_the_bundle(tmp_path, signers, monkeypatch):
    folder = tmp_path / "sessions"
    cohort(tmp_path, folder)  # two QA-confirmed sessions among eleven
    public = protected_key(signers, monkeypatch, "Ed Centre")
    app = create_app(Config(assessor="Ed Centre"), folder)
    out = tmp_path / "eqa"
    async with app.run_test(size=(110, 34)) as pilot:
        await open_home(app, pilot)
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen) and len(screen.selection.chosen) == 2
        await pilot.press(*str(out), "ctrl+e")
        dialog = app.screen
        assert isinstance(dialog, PassphraseDialog) and app.focused.password
        await pilot.press(*"wrong horse", "enter")
        await opened(pilot, app)
        assert app.screen is dialog and "wrong passphrase" in problem_line(dialog)
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen and not out.exists(), "escape: nothing is exported"
        await pilot.press("ctrl+e", *PASSPHRASE, "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Exported to" in str(screen.query_one("#export-result").render())
        shown = said(app)
    report = verify_path(out, CATALOGUE.find)
    assert report.ok, report.problems
    assert any(public.fingerprint in line for line in report.checked), "the manifest is signed with the user's key"
    assert PASSPHRASE not in shown


def slow_opener(monkeypatch):
    """``open_signing_key`` held until the test lets it go, recording whether it ran on the UI thread."""
    import threading

    from marker import keys

    release, ran_on = threading.Event(), []
    real = keys.open_signing_key

    def opener(passphrase, folder=None):
        ran_on.append(threading.current_thread() is threading.main_thread())
        release.wait(timeout=10)
        return real(passphrase, folder)

    monkeypatch.setattr(keys, "open_signing_key", opener)
    return release, ran_on


async def test_the_dialog_stays_responsive_while_the_key_opens_in_a_worker(tmp_path, signers, monkeypatch):
    public = protected_key(signers, monkeypatch, "Ann Assessor")
    release, ran_on = slow_opener(monkeypatch)
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await mark_everything(pilot, app)
        await pilot.press("s", *PASSPHRASE, "enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SignDialog) and "opening your key" in problem_line(dialog)
        assert dialog.query_one("#passphrase").disabled, "no second try while the first is being opened"
        await pilot.press("shift+tab", "end", "x")  # the UI answers keys while the key opens
        assert app.focused.id == "sign-date" and app.focused.value.endswith("x")
        await pilot.press("backspace", "enter")  # enter again while opening: ignored, the first signs
        assert ran_on == [False], "opened once, and not on the UI thread"
        release.set()
        await opened(pilot, app)
        assert isinstance(app.screen, MarkingScreen) and marking.session.status is Status.SIGNED
    assert load(marking.path).signature(Role.ASSESSOR).key == public.text


async def test_escape_while_the_key_opens_signs_nothing(tmp_path, signers, monkeypatch):
    protected_key(signers, monkeypatch, "Ann Assessor")
    release, _ = slow_opener(monkeypatch)
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await mark_everything(pilot, app)
        await pilot.press("s", *PASSPHRASE, "enter")
        await pilot.pause()
        await pilot.press("escape")
        release.set()
        await opened(pilot, app)
        assert isinstance(app.screen, MarkingScreen)
        assert marking.session.status is Status.DRAFT and not marking.session.signatures
    assert load(marking.path).status is Status.DRAFT
