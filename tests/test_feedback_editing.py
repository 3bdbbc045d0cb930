"""Writing feedback by keys: the cursor where the assessor adds, insertions spaced as prose,
and a comment bank that starts with the rubric's own words."""

from marker.comment_bank import CommentBank
from marker.store import load
from test_tui_marking import demo_marking, wait_for_evidence


async def test_e_puts_the_cursor_at_the_end_of_existing_feedback(tmp_path):
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("e", *"Clear role.", "escape", "j", "k", "e", *" Add an example.", "escape")
        await pilot.press("ctrl+q")
    assert load(marking.path).criteria["1.1"].feedback == "Clear role. Add an example."


async def test_an_inserted_indicator_leaves_no_stray_space(tmp_path):
    app, marking = demo_marking(tmp_path)
    indicator = marking.rubric.criteria[0].pass_indicators[0]
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("p", "i", "e", *": the three activities.", "escape")
        await pilot.press("ctrl+q")
    assert load(marking.path).criteria["1.1"].feedback == f"{indicator}: the three activities."


async def test_a_bank_comment_after_text_is_one_space_from_it(tmp_path):
    app, marking = demo_marking(tmp_path)
    referral = marking.rubric.criteria[0].referral_indicators[0]
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("r", "e", *"Not yet.", "escape", "b")
        await pilot.pause()
        await pilot.press("enter")  # the first suggestion: the criterion's referral indicator
        await pilot.pause()
        await pilot.press("ctrl+q")
    assert load(marking.path).criteria["1.1"].feedback == f"Not yet. {referral}"
    assert [(c.criterion, c.decision, c.text, c.uses) for c in CommentBank().comments] == [
        ("1.1", "referral", referral, 1)], "a used indicator joins the bank"


def test_an_empty_bank_offers_the_criterions_indicators_the_decisions_first(tmp_path):
    _, marking = demo_marking(tmp_path)
    criterion = marking.rubric.criteria[2]
    assert marking.bank.comments == []
    assert marking.comment_suggestions(criterion.ref) == [*criterion.pass_indicators, *criterion.referral_indicators]
    marking.set_decision(criterion.ref, "referral")
    assert marking.comment_suggestions(criterion.ref) == [*criterion.referral_indicators, *criterion.pass_indicators]
    marking.bank.add(marking.rubric.unit, criterion.ref, "referral", "Name a second barrier.")
    marking.bank.add(marking.rubric.unit, "1.1", "referral", "Describe the role itself.")
    suggested = marking.comment_suggestions(criterion.ref)
    assert suggested[0] == "Name a second barrier." and suggested[-1] == "Describe the role itself."
    marking.close()
