"""Signing: what must hold first, what the digest covers, read-only once signed, reopening."""

from datetime import date, timedelta

import pytest

from marked import ASSESSOR, marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.errors import SessionError
from marker.record import digest, record
from marker.session import Decision, Role, Status
from marker.signing import reopen, sign, sign_problems
from marker.store import load, save
from marker.verify import verify_session

CATALOGUE = find_rubrics([SHIPPED_RUBRICS])
UNIT_200 = CATALOGUE.get("8584-200")
D201 = CATALOGUE.get("D2.01")


@pytest.fixture
def marked(tmp_path):
    return marked_session(UNIT_200, tmp_path)


def test_a_fully_marked_session_signs_and_its_entries_become_read_only(marked):
    signature = sign(marked, UNIT_200, "Ann Assessor", ASSESSOR)
    assert marked.status is Status.SIGNED
    assert signature.role == "assessor" and signature.date == date.today().isoformat()
    assert len(signature.digest) == 64
    for change in (lambda: marked.set_decision("1.1", Decision.REFERRAL, ASSESSOR),
                   lambda: marked.set_feedback("1.1", "changed", ASSESSOR),
                   lambda: marked.pin("1.1", "essay.docx ¶1", ASSESSOR),
                   lambda: marked.set_lo_comment("1", "changed", ASSESSOR)):
        with pytest.raises(SessionError, match="signed by Ann Assessor"):
            change()
    assert marked.audit[-1].what == "signed by assessor" and signature.fingerprint in marked.audit[-1].new


def test_signing_is_refused_while_a_criterion_is_unmarked(marked):
    marked.set_decision("2.3", Decision.UNMARKED, ASSESSOR)
    marked.set_decision("3.1", Decision.UNMARKED, ASSESSOR)
    assert sign_problems(marked, UNIT_200) == ["AC 2.3, 3.1 are unmarked"]
    with pytest.raises(SessionError, match=r"cannot sign: AC 2.3, 3.1 are unmarked"):
        sign(marked, UNIT_200, "Ann Assessor", ASSESSOR)
    assert marked.status is Status.DRAFT and not marked.signatures


def test_a_referral_without_feedback_saying_why_cannot_be_signed(marked):
    marked.set_decision("1.3", Decision.REFERRAL, ASSESSOR)
    marked.set_feedback("1.3", "   ", ASSESSOR)
    [problem] = sign_problems(marked, UNIT_200)
    assert problem.startswith("AC 1.3: a Referral needs feedback")
    marked.set_feedback("1.3", "Only one barrier is identified; the criterion asks for two or more.", ASSESSOR)
    assert sign_problems(marked, UNIT_200) == []


def test_a_marked_unit_cannot_be_signed_with_a_section_unmarked(tmp_path):
    session = marked_session(D201, tmp_path)
    session.set_mark(D201, "2", None, ASSESSOR)
    assert sign_problems(session, D201) == ["section 2 has no mark"]


def test_the_signer_needs_a_name_and_the_learner_a_registration_number(marked):
    marked.learner_reg = ""
    with pytest.raises(SessionError) as refused:
        sign(marked, UNIT_200, "  ", ASSESSOR)
    assert "registration number is empty" in str(refused.value) and "signer's name is empty" in str(refused.value)


def test_a_date_other_than_today_is_allowed_and_recorded(marked):
    yesterday = date.today() - timedelta(days=1)
    signature = sign(marked, UNIT_200, "Ann Assessor", ASSESSOR, yesterday)
    assert signature.date == yesterday.isoformat()
    dated = [e for e in marked.audit if e.what == "signature dated other than today"]
    assert dated and dated[0].new == yesterday.isoformat() and dated[0].old == date.today().isoformat()


def test_reopening_needs_a_reason_and_withdraws_the_signature_in_the_audit_log(marked):
    signed = sign(marked, UNIT_200, "Ann Assessor", ASSESSOR)
    with pytest.raises(SessionError, match="give the reason"):
        reopen(marked, ASSESSOR, " ")
    reopen(marked, ASSESSOR, "learner sent a missing appendix")
    assert marked.signature(Role.ASSESSOR) is None and marked.status is Status.DRAFT
    withdrawn = next(e for e in marked.audit if e.what == "assessor signature withdrawn")
    assert signed.digest in withdrawn.old and withdrawn.new == "learner sent a missing appendix"
    marked.set_feedback("1.1", "now editable again", ASSESSOR)
    with pytest.raises(SessionError, match="not signed"):
        reopen(marked, ASSESSOR, "again")


def test_the_digest_covers_every_entry_file_and_the_signer(marked):
    parts = record(marked, UNIT_200, Role.ASSESSOR, "Ann Assessor", "2026-03-01")
    base = digest(parts)
    assert digest(record(marked, UNIT_200, Role.ASSESSOR, "Ann Assessor", "2026-03-01")) == base
    assert digest(record(marked, UNIT_200, Role.ASSESSOR, "Ann Assessor", "2026-03-02")) != base
    assert digest(record(marked, UNIT_200, Role.ASSESSOR, "Anne Assessor", "2026-03-01")) != base
    names = [name for name, _ in parts]
    for expected in ("rubric file", "file PS-2041-8584-200.docx", "AC 1.1 decision", "AC 1.1 feedback",
                     "AC 1.1 evidence", "LO 1 comment", "rubric AC 2.1 referral indicator 2", "outcome", "signer"):
        assert expected in names
    marked.files[0].sha256 = "f" * 64
    assert digest(record(marked, UNIT_200, Role.ASSESSOR, "Ann Assessor", "2026-03-01")) != base


def test_a_signed_session_survives_saving_and_still_verifies(marked, tmp_path):
    sign(marked, UNIT_200, "Ann Assessor", ASSESSOR)
    path = save(marked, tmp_path / "sessions")
    again = load(path)
    assert again.signatures == marked.signatures
    report = verify_session(again, UNIT_200, path)
    assert report.ok, report.problems


def test_verify_names_the_feedback_that_changed_after_signing(marked):
    sign(marked, UNIT_200, "Ann Assessor", ASSESSOR)
    marked.criteria["2.4"].feedback += "."  # an edit made around the app, in the file
    report = verify_session(marked, UNIT_200)
    assert not report.ok
    assert any("AC 2.4 feedback has changed since it was signed" in p for p in report.problems)
    assert not any("AC 2.3" in p for p in report.problems)


def test_verify_fails_an_unsigned_session(marked):
    report = verify_session(marked, UNIT_200)
    assert report.problems == [f"{marked.id}: not signed, so there is nothing to verify"]
