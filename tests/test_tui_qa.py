"""The IQA's flow by keys: QA mode, agree and challenge, refer back, the assessor answers, QA signed."""

from datetime import date
from pathlib import Path

from marker.config import Config
from marker.session import Role, Status
from marker.store import load
from marker.tui.app import create_app
from marker.tui.screens.home import HomeScreen
from marker.tui.screens.marking import MarkingScreen
from marker.tui.screens.qa import QAScreen
from marker.tui.screens.sampling import SamplingScreen
from marker.tui.screens.sign import SignDialog
from test_tui_marking import demo_marking, wait_for_evidence

IQA = Config(assessor="Iris Quality", role="iqa")


def signed_demo(tmp_path) -> Path:
    """The demo submission, every AC passed and signed by Ann Assessor."""
    _, marking = demo_marking(tmp_path)
    for ref in marking.refs():
        marking.set_decision(ref, "pass")
    marking.sign("Ann Assessor")
    marking.close()
    return marking.path


async def open_home(app, pilot):
    await pilot.pause()
    assert isinstance(app.screen, HomeScreen)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_iqa_challenges_and_refers_back_then_confirms_after_the_answer(tmp_path):
    path = signed_demo(tmp_path)
    app = create_app(IQA, tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_home(app, pilot)
        await pilot.press("enter")  # role iqa + signed: QA mode
        await wait_for_evidence(pilot, app)
        screen = app.screen
        assert isinstance(screen, QAScreen)
        assert load(path).status is Status.SIGNED, "opening in QA mode changes nothing"
        await pilot.press("p", "r")  # the assessor's keys change nothing here (and say so)
        assert screen.marking.session.criteria["1.1"].decision.value == "pass"
        await pilot.press("a")  # agree 1.1, moves to 1.2
        await pilot.press("c", *"Fewer than three situations.", "enter")
        await pilot.press("C", *"LO 1 sampled.", "escape")
        assert "1 challenged" in screen.qa.qa_outcome_text()
        await pilot.press("s")
        assert isinstance(app.screen, SignDialog) and any("challenged" in p for p in app.screen.problems)
        await pilot.press("escape", "b", *"AC 1.2 looks like a referral.", "enter")
        await pilot.pause()
        await pilot.press("q")
    session = load(path)
    assert session.status is Status.REFERRED_BACK and session.signature(Role.ASSESSOR) is None
    assert session.qa.reviews["1.2"].reason == "Fewer than three situations."
    assert session.qa.lo_comments["1"] == "LO 1 sampled."

    # The assessor reopens it: sees the challenge, refers AC 1.2, answers, signs again.
    app, _ = demo_marking(tmp_path)
    from marker.opening import open_marking

    marking = open_marking(Config(assessor="Ann Assessor"), app.catalogue, path)
    app.start = MarkingScreen(marking, marking.paths)
    async with app.run_test(size=(110, 34)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("j", "r", "e", *"Only two situations.", "escape")
        assert "IQA: challenge: Fewer than three situations." in str(app.screen.query_one("#qa-strip").render())
        await pilot.press("a", *"Agreed, now a Referral.", "escape")
        await pilot.press("s", "enter")
        await pilot.pause()
        assert marking.session.status is Status.SIGNED
        await pilot.press("q")

    app = create_app(IQA, tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_home(app, pilot)
        await pilot.press("I")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SamplingScreen)
        assert app.screen.query_one("#awaiting").row_count == 1
        await pilot.press("enter")
        await wait_for_evidence(pilot, app)
        assert isinstance(app.screen, QAScreen)
        await pilot.press("j", "a")  # the challenge on AC 1.2 is answered: the IQA agrees now
        await pilot.press("A", "s")
        assert isinstance(app.screen, SignDialog) and not app.screen.problems
        await pilot.press("enter")
        await pilot.pause()
    session = load(path)
    assert session.status is Status.QA_CONFIRMED and session.qa.outcome == "REFERRAL"
    assert session.qa.date == date.today().isoformat() and session.signature(Role.IQA).name == "Iris Quality"
    assert session.qa.reviews["1.2"].answer == "Agreed, now a Referral."


async def test_the_assessor_cannot_qa_their_own_marking(tmp_path):
    path = signed_demo(tmp_path)
    app = create_app(Config(assessor="ann assessor", role="iqa"), tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_home(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any("nobody quality assures their own marking" in str(n.message) for n in app._notifications)
    assert load(path).status is Status.SIGNED
