"""Issue 14's defects at the command line and in the core: each refused in one line, nothing believed from the file.

Only interfaces that existed before the rules table are used here, so each test ran (and
failed) against the code before the fix.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from marked import ASSESSOR, submission
from marker.config import Config
from marker.errors import MarkerError, SessionError
from marker.export import Criteria, select_sessions
from marker.qa import refer_back
from marker.sampling import sampling
from marker.session import Decision, Role, Session, Status
from marker.signing import reopen, sign
from marker.store import list_sessions, load, save
from test_cli_sessions import marker
from session_states import CATALOGUE, IQA, UNIT_200, session_in



def named(name: str, role: str = "assessor") -> None:
    Path(os.environ["MARKER_CONFIG"]).write_text(f'assessor = "{name}"\nrole = "{role}"\n', encoding="utf-8")


def saved(session: Session) -> Path:
    return save(session, Path(os.environ["MARKER_SESSIONS"]))


def one_line_refusal(result, *words: str) -> None:
    assert result.returncode == 2, result.stdout
    assert result.stderr.startswith("marker: ") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr


def test_resubmit_twice_on_one_attempt_is_refused(tmp_path):
    path = saved(session_in(Status.SIGNED, tmp_path, referral=("1.2",)))
    named(ASSESSOR)
    new = submission(tmp_path / "new", "resubmitted.docx", b"the learner's second try")
    first = marker("resubmit", str(path), new.path)
    assert first.returncode == 0, first.stderr
    again = marker("resubmit", str(path), new.path)
    one_line_refusal(again, "attempt 1 was resubmitted already", "_attempt2.toml")
    assert len(list(Path(os.environ["MARKER_SESSIONS"]).glob("*_attempt2*.toml"))) == 1


def test_resubmit_of_a_qa_confirmed_pass_is_refused(tmp_path):
    path = saved(session_in(Status.QA_CONFIRMED, tmp_path))
    named(ASSESSOR)
    new = submission(tmp_path / "new", "resubmitted.docx", b"the learner's second try")
    one_line_refusal(marker("resubmit", str(path), new.path), "outcome is PASS")


def test_resubmit_of_an_unsigned_draft_is_refused(tmp_path):
    path = saved(session_in(Status.DRAFT, tmp_path, referral=("1.2",)))
    named(ASSESSOR)
    new = submission(tmp_path / "new", "resubmitted.docx", b"the learner's second try")
    one_line_refusal(marker("resubmit", str(path), new.path), "is not signed")


def test_resubmit_of_an_empty_file_is_refused(tmp_path):
    path = saved(session_in(Status.SIGNED, tmp_path, referral=("1.2",)))
    named(ASSESSOR)
    empty = submission(tmp_path / "new", "resubmitted.docx", b"")
    one_line_refusal(marker("resubmit", str(path), empty.path), "resubmitted.docx is empty (0 bytes)")


def test_resubmit_of_the_same_bytes_as_the_last_attempt_is_refused(tmp_path):
    session = session_in(Status.SIGNED, tmp_path, referral=("1.2",))
    path = saved(session)
    named(ASSESSOR)
    same = tmp_path / "copy" / "renamed.docx"
    same.parent.mkdir()
    same.write_bytes(Path(session.files[0].path).read_bytes())
    one_line_refusal(marker("resubmit", str(path), str(same)), "byte-identical to attempt 1")


def test_an_assessor_cannot_reopen_qa_confirmed_work_alone(tmp_path):
    session = session_in(Status.QA_CONFIRMED, tmp_path)
    with pytest.raises(SessionError, match="cannot reopen QA-confirmed work alone"):
        reopen(session, ASSESSOR, "changed my mind")
    path = saved(session)
    named(ASSESSOR)
    one_line_refusal(marker("reopen", str(path), "--reason", "changed my mind"), "QA-confirmed")
    assert len(load(path).signatures) == 2
    # The IQA returns it, with a reason the assessor sees: both signatures go.
    refer_back(session, IQA, "AC 3.1 needs another look")
    assert session.status is Status.REFERRED_BACK and not session.signatures


def test_the_command_line_checks_the_role_as_the_app_does(tmp_path, signers):
    signers.install(ASSESSOR)  # her own key, for the commands run as another process
    signed = saved(session_in(Status.SIGNED, tmp_path))
    named(IQA, role="iqa")
    one_line_refusal(marker("reopen", str(signed), "--reason", "I want to change AC 1.3"), "only the assessor")
    assert load(signed).signature(Role.ASSESSOR) is not None
    draft = saved(session_in(Status.DRAFT, tmp_path / "d"))
    one_line_refusal(marker("sign", str(draft)), "only the assessor may sign")
    assert not load(draft).signatures
    named(ASSESSOR)  # the assessor signs as herself, and only as herself
    one_line_refusal(marker("sign", str(draft), "--name", "Someone Else"), "sign with your own name")
    assert marker("sign", str(draft)).returncode == 0


def test_a_stored_status_is_not_believed_anywhere(tmp_path):
    """A file saying qa-confirmed without an IQA signature is signed work awaiting QA: in list, show, sample, export."""
    path = saved(session_in(Status.SIGNED, tmp_path))
    text = path.read_text(encoding="utf-8")
    assert 'status = "signed"' in text, "the derived status is still written for other readers"
    path.write_text(text.replace('status = "signed"', 'status = "qa-confirmed"'), encoding="utf-8")
    assert load(path).status is Status.SIGNED
    listed = json.loads(marker("list", "--json").stdout)
    assert [r["status"] for r in listed] == ["signed"]
    assert json.loads(marker("show", str(path), "--json").stdout)["status"] == "signed"
    assert "· signed" in marker("show", str(path)).stdout
    stored, _ = list_sessions(path.parent)
    figures = sampling(stored, CATALOGUE.rubrics)
    assert [(r.signed, r.quality_assured) for r in figures.by_assessor_unit] == [(1, 0)]
    assert [s.path for s in figures.awaiting_qa] == [path]
    assert select_sessions(stored, Criteria()).chosen == []
    assert select_sessions(stored, Criteria(statuses=(Status.QA_CONFIRMED,), include_unsigned=True)).chosen == []


def test_who_is_the_name_asked_once_never_the_login(tmp_path, monkeypatch, signers):
    from marker.opening import create_session

    signers.install("Sam Assessor")
    monkeypatch.setattr("getpass.getuser", lambda: "root")
    with pytest.raises(MarkerError, match="your name is not set"):
        create_session(Config(), CATALOGUE, tmp_path / "s", unit="8584-200", files=[Path(submission(tmp_path).path)],
                       learner_name="L", learner_reg="R1")
    draft = saved(session_in(Status.DRAFT, tmp_path))
    first = marker("sign", str(draft), "--name", "Sam Assessor")
    assert first.returncode == 0, first.stderr
    assert "your name is saved as Sam Assessor" in first.stdout
    listed = json.loads(marker("list", "--json").stdout)
    assert [r["assessor"] for r in listed] == ["Sam Assessor"], "lists show who signed, as sampling does"
    sample = json.loads(marker("sample", "--json").stdout)
    assert [r["assessor"] for r in sample["by_assessor_unit"]] == ["Sam Assessor"]
    assert 'assessor = "Sam Assessor"' in Path(os.environ["MARKER_CONFIG"]).read_text(encoding="utf-8")


def test_signing_refuses_a_future_date(tmp_path, signers):
    signers.install(ASSESSOR)
    path = saved(session_in(Status.DRAFT, tmp_path))
    named(ASSESSOR)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    one_line_refusal(marker("sign", str(path), "--date", tomorrow), "is in the future")
    assert not load(path).signatures
    session = load(path)
    with pytest.raises(MarkerError, match="in the future"):
        sign(session, UNIT_200, ASSESSOR, ASSESSOR, date.today() + timedelta(days=1))
    assert marker("sign", str(path), "--date", (date.today() - timedelta(days=3)).isoformat()).returncode == 0


def test_sampling_counts_work_referred_back_and_signed_again(tmp_path):
    session = session_in(Status.REFERRED_BACK, tmp_path)
    session.set_decision("1.2", Decision.REFERRAL, ASSESSOR)
    session.set_feedback("1.2", "Only two situations.", ASSESSOR)
    from marker.qa import answer_challenge

    answer_challenge(session, "1.2", "Agreed: now a Referral.", ASSESSOR)
    sign(session, UNIT_200, ASSESSOR, ASSESSOR)
    assert session.status is Status.SIGNED
    path = saved(session)
    stored, _ = list_sessions(path.parent)
    [row] = sampling(stored, CATALOGUE.rubrics).by_assessor_unit
    assert (row.signed, row.referred_back) == (1, 1)


def test_work_in_qa_is_still_listed_as_awaiting_qa(tmp_path):
    """Started but not signed by the IQA: still theirs to finish, so the sampling view lists it."""
    folder = Path(os.environ["MARKER_SESSIONS"])
    signed = save(session_in(Status.SIGNED, tmp_path / "a"), folder)
    in_qa = save(session_in(Status.IN_QA, tmp_path / "b"), folder)
    save(session_in(Status.QA_CONFIRMED, tmp_path / "c"), folder)
    stored, _ = list_sessions(folder)
    assert sorted(s.path for s in sampling(stored, CATALOGUE.rubrics).awaiting_qa) == sorted([signed, in_qa])
