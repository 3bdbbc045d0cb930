"""What a step between criteria, and the first paint, leave alone: an editor holding the
same text, a list prompt that has not changed, the indicator panel's measuring."""

from textual.widgets import TextArea

from marker.tui.widgets.criteria_list import CriteriaList
from marker.tui.widgets.criterion_panel import CriterionPanel
from marker.tui.widgets.evidence import EvidenceView
from test_tui_marking import demo_marking, wait_for_evidence


async def test_an_editor_with_the_same_text_is_not_reloaded_and_undoes_nothing_of_the_last_criterion(tmp_path,
                                                                                                      monkeypatch):
    loads = []
    real_load = TextArea.load_text
    monkeypatch.setattr(TextArea, "load_text", lambda area, text: (loads.append(area.id), real_load(area, text))[1])
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        loads.clear()
        await pilot.press("j", "j")  # no feedback on either: the empty editor is left as it is
        assert "feedback" not in loads
        await pilot.press("e", *"abc", "backspace", "backspace", "backspace", "escape", "j", "e", "ctrl+z")
        feedback = app.screen.query_one("#feedback", TextArea)
        assert feedback.text == "" and marking.feedback("1.4") == "", "nothing of AC 1.3's typing is undone into 1.4"
        assert feedback.cursor_location == (0, 0)
        await pilot.press("escape", "k", "e", *"x", "escape", "j")
        assert marking.feedback("1.3") == "x" and app.screen.query_one("#feedback", TextArea).text == ""
        await pilot.press("ctrl+q")


async def test_a_decision_made_again_leaves_the_criteria_list_as_it_is(tmp_path, monkeypatch):
    replaced = []
    real_replace = CriteriaList.replace_option_prompt
    monkeypatch.setattr(CriteriaList, "replace_option_prompt",
                        lambda listing, option_id, prompt: (replaced.append(option_id), real_replace(listing, option_id, prompt))[1])
    app, _ = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        assert replaced == [], "opening shows the prompts it was built with"
        await pilot.press("p", "p", "p")
        assert replaced == ["1.1"], "the prompt changes once, for the first Pass"
        await pilot.press("r")
        assert replaced == ["1.1", "1.1"]
        await pilot.press("ctrl+q")


async def test_the_indicator_panel_is_measured_once_the_first_criterion_and_its_evidence_are_up(tmp_path, monkeypatch):
    evidence_up_when_measured = []
    real_fit = CriterionPanel.fit

    def fit(panel):
        evidence_up_when_measured.append(panel.screen.query_one(EvidenceView).text_map is not None)
        real_fit(panel)

    monkeypatch.setattr(CriterionPanel, "fit", fit)
    app, _ = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        panel = app.screen.query_one(CriterionPanel)
        assert evidence_up_when_measured and all(evidence_up_when_measured)
        assert panel.fitted and panel.body.styles.height is not None
        tallest = panel.body.styles.height.value
        for _ in range(12):
            await pilot.press("j")
            assert panel.body.styles.height.value == tallest, "every criterion fits the height measured"
        await pilot.press("ctrl+q")
