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


async def test_X_judges_the_detail_shown_not_identifying_and_the_learner_report_leaves_it_out(tmp_path):
    from docx import Document
    from textual.widgets import Static

    from marker.sheets import build_report
    from marker.store import load

    app = case_marking(tmp_path, PLANTED, "Harriet Osei")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_evidence(pilot, app)
        await app.workers.wait_for_complete()
        await pilot.pause()
        details = app.screen.extraction.checks.identifying
        await pilot.press("X")  # nothing shown yet: said, nothing judged
        await pilot.pause()
        assert app.screen.marking.not_identifying == []
        await pilot.press("I", "X")
        await pilot.pause()
        strip = str(app.screen.query_one("#checks", Static).render())
        assert f"identifying details to anonymise: {len(details) - 1}, 1 more judged not" in strip
        assert app.screen.query_one(EvidenceView).border_subtitle.endswith("— judged not identifying")
        path = app.screen.marking.path
        app.screen.marking.flush()
        saved = load(path)
        assert saved.audit[-1].what == "identifying detail judged not identifying"
        assert details[0].text not in saved.audit[-1].new, "the log names where it is, not the name again"
        report = "\n".join(p.text for p in build_report(saved, app.screen.marking.rubric,
                                                        identifying=details).paragraphs)
        assert f"{details[0].text} (" not in report and f"{details[1].text} (" in report
        await pilot.press("X")  # again: back among the details to anonymise
        await pilot.pause()
        assert app.screen.marking.not_identifying == []
        strip = str(app.screen.query_one("#checks", Static).render())
        assert f"identifying details to anonymise: {len(details)}" in strip and "judged not" not in strip
