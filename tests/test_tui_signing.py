"""Signing in the app by keys: refused with reasons, signed, read-only, reopened, sheets written."""

from datetime import date

from docx import Document

from marker.session import Role, Status
from marker.store import load
from marker.tui.screens.sign import SignDialog
from test_tui_marking import demo_marking, wait_for_evidence


async def test_sign_by_keys_then_reopen_with_a_reason(tmp_path):
    app, marking = demo_marking(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("s")
        dialog = app.screen
        assert isinstance(dialog, SignDialog)
        assert any("unmarked" in p for p in dialog.problems), "nothing marked yet: signing is refused"
        await pilot.press("escape")
        for _ in range(12):
            await pilot.press("p", "j")
        await pilot.press("s")
        assert isinstance(app.screen, SignDialog) and not app.screen.problems
        assert app.screen.signer == "Ann Assessor", "the signer is the user, named once in the config"
        await pilot.press("enter")  # today's date
        await pilot.pause()
        assert marking.session.status is Status.SIGNED
        signature = marking.session.signature(Role.ASSESSOR)
        assert signature.name == "Ann Assessor" and signature.date == date.today().isoformat()
        await pilot.press("k", "r")  # read-only now: refused, nothing changes
        assert marking.session.criteria["3.2"].decision.value == "pass"
        await pilot.press("S")
        await app.workers.wait_for_complete()
        await pilot.pause()
        sheets = sorted((tmp_path / "sessions" / "sheets").glob("*.docx"))
        assert [p.name.split("_")[-1] for p in sheets] == ["learner-report.docx", "result-sheet.docx"]
        assert Document(str(sheets[1])).core_properties.keywords == f"marker-digest:{signature.digest}"
        await pilot.press("o")
        await pilot.press(*"learner resubmitted page 3")
        await pilot.press("escape")  # escape cancels: the signature stays
        await pilot.pause()
        assert marking.session.signature(Role.ASSESSOR) is not None
        await pilot.press("o", *"learner resubmitted page 3", "enter")
        await pilot.pause()
        assert marking.session.signature(Role.ASSESSOR) is None
        await pilot.press("r")
        assert marking.session.criteria["3.2"].decision.value == "referral"
    stored = load(marking.path)
    assert stored.status is Status.DRAFT and not stored.signatures
    withdrawn = [e for e in stored.audit if e.what == "assessor signature withdrawn"]
    assert withdrawn and withdrawn[0].new == "learner resubmitted page 3"


async def test_signing_without_a_key_says_run_keys_init_and_changes_nothing(tmp_path, monkeypatch):
    """A new user on the demo, with no key pair yet: one line saying what to do, never a traceback."""
    from marker.keys import load_signing_key

    monkeypatch.setattr("marker.keys.signing_key", lambda who, **given: load_signing_key(**given))  # the real lookup: no key
    app, marking = demo_marking(tmp_path)
    said: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **options: said.append(str(message)))
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        for _ in range(12):
            await pilot.press("p", "j")
        before = len(marking.session.audit)
        await pilot.press("s")
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert marking.session.status is Status.DRAFT and not marking.session.signatures
        assert len(marking.session.audit) == before
        assert any("no signing key yet" in n and "marker keys init" in n and "\n" not in n for n in said)
