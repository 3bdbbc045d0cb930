"""Quality assurance rules: no self-QA, challenges need reasons, refer-back round trip, verify after QA."""

from datetime import date

import pytest

from marked import ASSESSOR, marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.errors import SessionError
from marker.qa import (answer_challenge, qa_sign, qa_sign_problems, refer_back, set_qa_lo_comment, set_qa_mark,
                       set_review)
from marker.session import Decision, Role, Status, Verdict
from marker.sheets import build_sheet
from marker.signing import sign, sign_problems
from marker.store import load, save
from marker.verify import verify_path, verify_session

CATALOGUE = find_rubrics([SHIPPED_RUBRICS])
UNIT_200 = CATALOGUE.get("8584-200")
D202 = CATALOGUE.get("D2.02")
IQA = "Iris Quality"


@pytest.fixture
def signed(tmp_path):
    session = marked_session(UNIT_200, tmp_path)
    sign(session, UNIT_200, "Ann Assessor", ASSESSOR)
    return session


def test_nobody_quality_assures_their_own_marking(signed):
    for me in ("Ann Assessor", "ann assessor", "  ANN   Assessor "):
        with pytest.raises(SessionError, match="nobody quality assures their own marking"):
            set_review(signed, UNIT_200, "1.1", Verdict.AGREE, "", me)
    assert signed.status is Status.SIGNED


def test_only_signed_work_is_quality_assured(tmp_path):
    session = marked_session(UNIT_200, tmp_path)
    with pytest.raises(SessionError, match="not signed by the assessor yet"):
        set_review(session, UNIT_200, "1.1", Verdict.AGREE, "", IQA)


def test_a_challenge_needs_a_reason_and_blocks_qa_signing(signed):
    with pytest.raises(SessionError, match="a challenge needs the reason"):
        set_review(signed, UNIT_200, "1.2", Verdict.CHALLENGE, "  ", IQA)
    assert signed.status is Status.SIGNED
    set_review(signed, UNIT_200, "1.2", Verdict.CHALLENGE, "Only two situations are described.", IQA)
    assert signed.status is Status.IN_QA
    problems = qa_sign_problems(signed, UNIT_200, IQA)
    assert any("not reviewed yet: AC 1.1, 1.3" in p for p in problems)
    assert any("AC 1.2 challenged: refer it back" in p for p in problems)
    with pytest.raises(SessionError, match="cannot sign the QA"):
        qa_sign(signed, UNIT_200, IQA, IQA)


def test_the_assessor_entries_cannot_change_in_qa(signed):
    with pytest.raises(SessionError, match="signed by Ann Assessor"):
        signed.set_decision("1.1", Decision.REFERRAL, IQA)
    with pytest.raises(SessionError, match="signed by Ann Assessor"):
        signed.set_feedback("1.1", "rewritten by the IQA", IQA)


def test_qa_signed_the_sheet_carries_the_qa_entries_and_verify_passes(signed, tmp_path):
    for criterion in UNIT_200.criteria:
        set_review(signed, UNIT_200, criterion.ref, Verdict.AGREE, "", IQA)
    set_qa_lo_comment(signed, "2", "Sampled: judgements consistent with the indicators.", IQA)
    signature = qa_sign(signed, UNIT_200, IQA, IQA)
    assert signed.status is Status.QA_CONFIRMED and signature.role == "iqa"
    assert signed.qa.outcome == "PASS" and signed.qa.date == date.today().isoformat() and signed.qa.signer == IQA
    path = save(signed, tmp_path / "sessions")
    report = verify_path(path, CATALOGUE.find)
    assert report.ok, report.problems
    assert sum("matches the record" in line for line in report.checked) == 2
    rows = {}
    for table in build_sheet(signed, UNIT_200).tables:
        for row in table.rows:
            rows.setdefault(row.cells[0].text, []).append([c.text for c in row.cells])
    assert rows["QA comments (optional):"][1][1] == "Sampled: judgements consistent with the indicators."
    qa_row = rows["Unit Outcome (delete as applicable):"][1]
    assert qa_row[1] == "PASS" and qa_row[3] == date.today().isoformat() and qa_row[5].startswith(IQA)


def test_an_edit_around_the_app_after_qa_is_caught_by_verify(signed, tmp_path):
    for criterion in UNIT_200.criteria:
        set_review(signed, UNIT_200, criterion.ref, Verdict.AGREE, "", IQA)
    qa_sign(signed, UNIT_200, IQA, IQA)
    path = save(signed, tmp_path / "sessions")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('decision = "pass"', 'decision = "referral"', 1), encoding="utf-8")
    problems = verify_session(load(path), UNIT_200, path).problems
    assert any("assessor signature" in p and "AC 1.1 decision has changed" in p for p in problems)
    assert any("iqa signature" in p and "AC 1.1 decision has changed" in p for p in problems)


def test_refer_back_round_trip(signed):
    set_review(signed, UNIT_200, "1.2", Verdict.CHALLENGE, "Only two situations are described.", IQA)
    with pytest.raises(SessionError, match="needs the reason"):
        refer_back(signed, IQA, "")
    refer_back(signed, IQA, "AC 1.2 looks like a referral: please look again.")
    assert signed.status is Status.REFERRED_BACK and signed.signature(Role.ASSESSOR) is None
    assert signed.qa.referred_back.startswith("AC 1.2 looks like")
    assert any(e.what == "assessor signature withdrawn" and e.who == IQA for e in signed.audit)
    with pytest.raises(SessionError, match="referred back to the assessor"):
        set_review(signed, UNIT_200, "1.1", Verdict.AGREE, "", IQA)
    # The assessor sees the challenge, changes the decision, answers, and signs again.
    signed.set_decision("1.2", Decision.REFERRAL, ASSESSOR)
    signed.set_feedback("1.2", "Only two situations are described; the criterion asks for three.", ASSESSOR)
    assert any("answer each challenge first" in p for p in sign_problems(signed, UNIT_200))
    answer_challenge(signed, "1.2", "Agreed: changed to Referral.", ASSESSOR)
    sign(signed, UNIT_200, "Ann Assessor", ASSESSOR)
    assert signed.status is Status.SIGNED
    for criterion in UNIT_200.criteria:
        set_review(signed, UNIT_200, criterion.ref, Verdict.AGREE, "", IQA)
    assert signed.qa.reviews["1.2"].answer == "Agreed: changed to Referral."
    qa_sign(signed, UNIT_200, IQA, IQA)
    assert signed.qa.outcome == "REFERRAL"
    assert verify_session(signed, UNIT_200).ok


def test_marked_units_take_qa_marks_and_a_disagreeing_total_is_referred_back(tmp_path):
    session = marked_session(D202, tmp_path)
    sign(session, D202, "Ann Assessor", ASSESSOR)
    for section in D202.sections:
        set_review(session, D202, f"section-{section.ref}", Verdict.AGREE, "", IQA)
    assert any("no QA mark for section" in p for p in qa_sign_problems(session, D202, IQA))
    with pytest.raises(SessionError, match="outside 0"):
        set_qa_mark(session, D202, "1", D202.sections[0].max + 1, IQA)
    for section in D202.sections:
        set_qa_mark(session, D202, section.ref, 0, IQA)
    assert any("the QA marks give FAIL where the assessor's give PASS" in p
               for p in qa_sign_problems(session, D202, IQA))
    for section in D202.sections:
        set_qa_mark(session, D202, section.ref, session.sections[section.ref].mark, IQA)
    qa_sign(session, D202, IQA, IQA)
    assert session.qa.outcome == "PASS"
    doc = build_sheet(session, D202)
    text = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert f"Name of QA: {IQA}" in text and f"Date of QA check: {date.today().isoformat()}" in text


def test_only_the_assessor_changes_the_assessor_entries_even_when_referred_back(signed, tmp_path):
    from marker.marking import Marking
    from marker.open_session import OpenSession
    from marker.rules import Actor

    set_review(signed, UNIT_200, "1.2", Verdict.CHALLENGE, "Only two situations.", IQA)
    refer_back(signed, IQA, "please look again")
    as_iqa = Marking(OpenSession(signed, UNIT_200, tmp_path / "s.toml", Actor("iris quality")))
    assert "only the assessor changes the assessor's entries" in as_iqa.read_only
    with pytest.raises(SessionError, match="only the assessor"):
        as_iqa.set_decision("1.2", "referral")
    with pytest.raises(SessionError, match="only the assessor"):
        as_iqa.sign("Iris Quality")
    as_assessor = Marking(OpenSession(signed, UNIT_200, tmp_path / "s.toml", Actor(ASSESSOR)))
    assert as_assessor.read_only == ""
    as_assessor.set_decision("1.2", "referral")
