"""A criterion with no convincing evidence says so instead of showing a guess as the answer;
the guesses can still be stepped through; a submission with nothing to find still opens."""

from marker.opening import start_marking
from marker.tui.app import create_app
from marker.tui.screens.marking import MarkingScreen
from marker.tui.widgets.evidence import NO_CLEAR_EVIDENCE, EvidenceView
from test_tui_marking import config, wait_for_evidence

ONE_ANSWER = """# Task 1.1 The role of a mentor

A mentor is an experienced colleague who meets the mentee regularly, listens, helps them
set goals, shares experience when it is useful and knows when to refer them on to
someone else, such as the wellbeing team or their manager.

# Other notes

The garden centre opens at nine. Deliveries come on Tuesdays and the car park is
resurfaced in spring, when the cafe moves into the marquee by the pond.
"""


def marking_app(tmp_path, text: str):
    submission = tmp_path / "answers.md"
    submission.write_text(text, encoding="utf-8")
    cfg = config()
    app = create_app(cfg, tmp_path / "sessions")
    marking = start_marking(cfg, app.catalogue, tmp_path / "sessions", unit="8584-200", files=[submission],
                            learner_name="Sam Learner", learner_reg="R1000001")
    app.start = MarkingScreen(marking, [submission])
    return app, marking


async def test_a_guess_is_not_shown_as_the_evidence_but_can_be_stepped_to(tmp_path):
    app, marking = marking_app(tmp_path, ONE_ANSWER)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        evidence = app.screen.query_one(EvidenceView)
        assert "Task 1.1" in evidence.selected_text and "guess" not in str(evidence.border_subtitle)
        await pilot.press("j")  # AC 1.2: nothing in the submission answers it
        await pilot.pause()
        assert str(evidence.border_subtitle).startswith(NO_CLEAR_EVIDENCE)
        assert evidence.selected_text == "", "no passage is presented as the answer"
        await pilot.press("space")
        assert not marking.pins("1.2"), "nothing shown, nothing pinned"
        await pilot.press("]")
        await pilot.pause()
        assert str(evidence.border_subtitle).startswith("guess 1/")
        assert evidence.selected_text, "the weaker candidate is shown when asked for"
        await pilot.press("[")
        await pilot.pause()
        assert str(evidence.border_subtitle).startswith(NO_CLEAR_EVIDENCE)
        await pilot.press("ctrl+q")


async def test_a_submission_with_nothing_to_find_opens_says_so_and_offers_search(tmp_path, monkeypatch):
    app, _ = marking_app(tmp_path, "Lorem ipsum dolor sit amet.\n\nConsectetur adipiscing elit.\n")
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: notes.append(str(message)))
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        screen = app.screen
        assert isinstance(screen, MarkingScreen) and screen.extraction is not None
        assert any("no evidence could be located" in n and "/" in n for n in notes), notes
        await pilot.press("/")
        await pilot.press(*"ipsum", "enter")
        await pilot.pause()
        assert screen.query_one(EvidenceView).selected_text.lower() == "ipsum"
        await pilot.press("escape", "ctrl+q")
