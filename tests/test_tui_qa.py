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
    app = create_app(Config(assessor="Ann Assessor"), tmp_path / "sessions")
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


# --- issue 14: nothing lost in QA mode, escape cancels, keys say why, the name asked once -----------


def notices(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def open_in_qa_mode(app, pilot):
    await open_home(app, pilot)
    await pilot.press("enter")  # role iqa + signed: QA mode
    await wait_for_evidence(pilot, app)
    assert isinstance(app.screen, QAScreen)
    return app.screen


async def test_every_qa_entry_made_before_q_is_on_disk(tmp_path):
    path = signed_demo(tmp_path)
    app = create_app(IQA, tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_in_qa_mode(app, pilot)
        await pilot.press("a", "a", "a", "C", *"Sampled.", "escape", "q")  # well within a second
        await pilot.pause()
    session = load(path)
    assert sorted(session.qa.reviews) == ["1.1", "1.2", "1.3"]
    assert session.qa.lo_comments["1"] == "Sampled." and session.status is Status.IN_QA


async def test_C_on_a_marked_unit_keeps_a_qa_comment(tmp_path):
    from marked import marked_session
    from marker.signing import sign
    from marker.store import save

    rubric = create_app(IQA).catalogue.get("D2.01")
    session = marked_session(rubric, tmp_path / "files")
    sign(session, rubric, "Ann Assessor", "Ann Assessor")
    path = save(session, tmp_path / "sessions")
    app = create_app(IQA, tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        screen = await open_in_qa_mode(app, pilot)
        await pilot.press("C", *"Sampled: marks consistent with the mark sheet.", "escape")
        assert "a mark is a whole number" not in notices(app)
        await pilot.press("m", "1", "2", "escape")  # m is still the section's QA mark
        assert screen.qa.qa_mark(screen.ref) == 12
        await pilot.press("q")
    stored = load(path)
    assert stored.qa.comments == "Sampled: marks consistent with the mark sheet."
    assert stored.qa.section_marks == {"1": 12}
    from marker.session_view import session_text

    shown = session_text(stored, rubric)  # marker show
    assert "QA comment: Sampled: marks consistent" in shown and "QA marks: section 1 12" in shown


async def test_escape_cancels_the_challenge_and_refer_back_dialogs(tmp_path):
    path = signed_demo(tmp_path)
    app = create_app(IQA, tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_in_qa_mode(app, pilot)
        await pilot.press("c", *"not sure yet", "escape")
        await pilot.press("b", *"on second thoughts", "escape")
        await pilot.pause()
        assert isinstance(app.screen, QAScreen)
        await pilot.press("q")
    session = load(path)
    assert session.signature(Role.ASSESSOR) is not None and not session.qa.reviews
    assert session.status is Status.SIGNED


async def test_opening_in_qa_mode_and_quitting_changes_nothing(tmp_path):
    path = signed_demo(tmp_path)
    before = path.read_bytes()
    app = create_app(IQA, tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_in_qa_mode(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app.screen.query_one("DataTable").get_row_at(0)[4] == "signed"
    assert path.read_bytes() == before


async def test_a_key_that_cannot_act_now_says_why(tmp_path):
    path = signed_demo(tmp_path)
    app, _ = demo_marking(tmp_path / "other")
    from marker.opening import open_marking

    marking = open_marking(Config(assessor="Ann Assessor"), app.catalogue, path)
    app.start = MarkingScreen(marking, marking.paths)
    async with app.run_test(size=(110, 34)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("p")
        await pilot.pause()
        assert "signed by Ann Assessor" in notices(app) and "o reopens it" in notices(app)
        assert "Pass" not in str(app.screen.query_one("KeyHints").render()), "hints offer only what can be done"
        await pilot.press("q")
    app = create_app(IQA, tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_in_qa_mode(app, pilot)
        await pilot.press("p")
        await pilot.pause()
        assert "QA mode: the assessor's entries are read-only" in notices(app)
    assert load(path).criteria["1.1"].decision.value == "pass"


async def test_the_name_is_asked_once_and_used_everywhere(tmp_path, monkeypatch):
    from marker.config import load_config
    from marker.tui.screens.dialogs import NameDialog

    monkeypatch.setattr("getpass.getuser", lambda: "root")
    path = signed_demo(tmp_path)
    app = create_app(Config(role="iqa"), tmp_path / "sessions")  # no name in the config yet
    async with app.run_test(size=(110, 34)) as pilot:
        await open_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NameDialog)
        await pilot.press(*"Iris Quality", "enter")
        await wait_for_evidence(pilot, app)
        assert isinstance(app.screen, QAScreen) and app.screen.qa.who == "Iris Quality"
        await pilot.press("a", "q")
        await pilot.pause()
        await pilot.press("enter")  # asked once: straight in the second time
        await wait_for_evidence(pilot, app)
        assert isinstance(app.screen, QAScreen)
        await pilot.press("q")
    assert load_config().assessor == "Iris Quality"
    assert {e.who for e in load(path).audit if e.what.startswith("QA ")} == {"Iris Quality"}


async def test_reopening_qa_confirmed_work_in_the_app_says_the_iqa_returns_it(tmp_path):
    from marker.qa import qa_sign, set_review
    from marker.store import save

    path = signed_demo(tmp_path)
    session = load(path)
    for ref in session.criteria:
        set_review(session, create_app(IQA).catalogue.get("8584-200"), ref, "agree", "", "Iris Quality")
    qa_sign(session, create_app(IQA).catalogue.get("8584-200"), "Iris Quality", "Iris Quality")
    save(session, path.parent, path)
    app, _ = demo_marking(tmp_path / "other")
    from marker.opening import open_marking

    marking = open_marking(Config(assessor="Ann Assessor"), app.catalogue, path)
    app.start = MarkingScreen(marking, marking.paths)
    async with app.run_test(size=(110, 34)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, MarkingScreen), "no reason is asked for: it cannot be reopened"
        assert "cannot reopen QA-confirmed work alone" in notices(app)
        await pilot.press("q")
    assert len(load(path).signatures) == 2 and load(path).status is Status.QA_CONFIRMED


async def test_qa_hints_offer_only_what_can_be_done_after_referring_back(tmp_path):
    signed_demo(tmp_path)
    app = create_app(IQA, tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_in_qa_mode(app, pilot)
        hints = lambda: str(app.screen.query_one("KeyHints").render())  # noqa: E731
        assert "Agree" in hints() and "Refer back" in hints()
        await pilot.press("b", *"AC 1.2 looks like a referral.", "enter")
        await pilot.pause()
        for gone in ("Agree", "Challenge", "QA comment", "Sign QA", "Refer back"):
            assert gone not in hints(), f"{gone!r} is offered on work referred back"
        assert "Next" in hints()


async def test_A_says_how_many_it_agreed_with_counting_the_one_in_hand(tmp_path):
    path = signed_demo(tmp_path)
    total = len(load(path).criteria)
    app = create_app(IQA, tmp_path / "sessions")
    async with app.run_test(size=(110, 34)) as pilot:
        await open_in_qa_mode(app, pilot)
        await pilot.press("a", "A")  # 1.1 by hand, then the rest
        await pilot.pause()
        assert f"agreed with {total - 1} not yet reviewed" in notices(app)
        await pilot.press("A")
        await pilot.pause()
        assert "every criterion is already reviewed" in notices(app)
    assert len(load(path).qa.reviews) == total
