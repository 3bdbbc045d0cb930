"""The assessor steps through the identifying details by key, each selected in the submission."""

from pathlib import Path

from corpus import CASES
from corpus.build import build
from marker.opening import start_marking
from marker.tui.app import create_app
from marker.tui.screens.marking import MarkingScreen
from marker.tui.widgets.evidence import EvidenceView
from test_tui_marking import config, wait_for_evidence

PLANTED = next(c for c in CASES if c.name == "n304_health_portfolio")
CLEAN = next(c for c in CASES if c.name == "n305_council_journal")


def case_marking(tmp_path, case, learner):
    cfg = config()
    app = create_app(cfg, tmp_path / "sessions")
    files = build(case, tmp_path / "submission")
    marking = start_marking(cfg, app.catalogue, tmp_path / "sessions", unit=case.unit, files=files,
                            learner_name=learner, learner_reg="R5521907")
    app.start = MarkingScreen(marking, [Path(f.path) for f in marking.session.files])
    return app


async def test_I_steps_through_the_identifying_details_and_selects_each(tmp_path):
    app = case_marking(tmp_path, PLANTED, "Harriet Osei")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_evidence(pilot, app)
        details = app.screen.extraction.checks.identifying
        assert {d.text for d in details} >= {"Danielle Fraser", "Danielle", "Steve Pearce"}
        assert not any("Harriet" in d.text for d in details), "the learner's own name is never a finding"
        evidence = app.screen.query_one(EvidenceView)
        for number, detail in enumerate(details[:3], 1):
            await pilot.press("I")
            await pilot.pause()
            assert evidence.selected_text == detail.text
            assert evidence.border_subtitle.startswith(f"identifying detail {number} of {len(details)}")
        for _ in range(len(details) - 3):
            await pilot.press("I")
        await pilot.press("I")  # past the last: back to the first
        await pilot.pause()
        assert evidence.selected_text == details[0].text


async def test_the_step_through_is_in_the_command_palette_and_says_when_there_is_nothing(tmp_path):
    app = case_marking(tmp_path, CLEAN, "Wojciech Nowak")
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Next identifying detail" in titles
        assert app.screen.extraction.checks.identifying == ()
        await pilot.press("I")
        await pilot.pause()
        assert any("no identifying details" in str(n.message) for n in app._notifications)


def test_the_iqa_steps_through_them_with_the_same_key():
    from marker.tui.screens.qa import QAScreen

    assert [b.key for b in QAScreen.BINDINGS if b.action == "next_identifying"] == ["I"]
