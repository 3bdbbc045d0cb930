"""Who may change what, in which status: the rules table walked whole.

The grid below is the specification written out by hand, one row per operation and one
column per status; the test asks ``marker.rules`` the same question for every role,
status and operation on a real session brought to that status, and compares.
"""

from __future__ import annotations

import pytest

from marker.rules import ASSESSOR_OPERATIONS, IQA_OPERATIONS, Actor, Operation, refusal
from marker.session import Role, Status
from marker.store import load, save
from session_states import CATALOGUE, IQA, session_in

STATUSES = [Status.DRAFT, Status.SIGNED, Status.IN_QA, Status.QA_CONFIRMED, Status.REFERRED_BACK]
GRID = """
                draft  signed  in-qa  qa-confirmed  referred-back
    mark          A      .       .         .             A
    sign          A      .       .         .             A
    reopen        .      A       A         .             .
    answer        .      .       .         .             A
    resubmit      .      A       A         A             .
    review        .      AI      AI        .             .
    qa-sign       .      AI      AI        .             .
    refer-back    .      AI      AI        AI            .
"""
"""Who may: A an assessor (the config's role = "assessor"), I an IQA (role = "iqa"), . nobody.

An assessor may quality assure a colleague's work (never their own); an IQA never marks.
QA-confirmed work is not reopened by an assessor alone: the IQA refers it back.
"""


def allowed() -> dict[tuple[Operation, Status], str]:
    rows = [line.split() for line in GRID.strip().splitlines()[1:]]
    return {(Operation(row[0]), status): cell for row in rows for status, cell in zip(STATUSES, row[1:], strict=True)}


@pytest.mark.parametrize("status", STATUSES, ids=str)
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_the_table_for_every_role_status_and_operation(role, status, tmp_path):
    session = session_in(status, tmp_path)
    for operation in Operation:
        # Someone who neither marked nor quality assured it, so only role and status decide.
        actor = Actor("Pat Newcomer", role)
        expected = ("A" if role is Role.ASSESSOR else "I") in allowed()[operation, status]
        refused = refusal(session, actor, operation)
        assert (refused == "") is expected, f"{role} {operation} on {status}: {refused!r}"
        assert "\n" not in refused


@pytest.mark.parametrize("status", [Status.SIGNED, Status.IN_QA, Status.QA_CONFIRMED], ids=str)
def test_nobody_quality_assures_their_own_marking(status, tmp_path):
    session = session_in(status, tmp_path)
    for role in Role:
        for operation in IQA_OPERATIONS:
            refused = refusal(session, Actor("  ann   ASSESSOR ", role), operation)
            if "I" in allowed()[operation, status]:  # allowed to anyone else: refused to her, saying why
                assert "nobody quality assures their own marking" in refused, (role, operation, refused)
            else:
                assert refused


def test_whoever_quality_assured_it_does_not_change_the_assessors_entries(tmp_path):
    session = session_in(Status.REFERRED_BACK, tmp_path)
    for operation in (Operation.MARK, Operation.SIGN, Operation.ANSWER):
        assert "quality assured this session" in refusal(session, Actor(IQA, Role.ASSESSOR), operation)
        assert refusal(session, Actor("Ann Assessor"), operation) == ""
    assert ASSESSOR_OPERATIONS.isdisjoint(IQA_OPERATIONS)


def test_status_changes_with_the_first_qa_entry_not_with_opening(tmp_path):
    from marker.reviewing import open_review

    path = save(session_in(Status.SIGNED, tmp_path), tmp_path / "sessions")
    before = path.read_bytes()
    reviewing = open_review(CATALOGUE, path, IQA)
    reviewing.opened.close()
    assert path.read_bytes() == before, "opening in QA mode and closing changes nothing"
    reviewing = open_review(CATALOGUE, path, IQA)
    reviewing.set_review("1.1", "agree")
    reviewing.opened.close()
    assert load(path).status is Status.IN_QA


def test_a_stored_status_never_overrides_the_signatures(tmp_path):
    for status in STATUSES:
        path = save(session_in(status, tmp_path / status.value), tmp_path / "sessions")
        text = path.read_text(encoding="utf-8")
        assert f'status = "{status.value}"' in text
        for claimed in STATUSES:
            path.write_text(text.replace(f'status = "{status.value}"', f'status = "{claimed.value}"'), encoding="utf-8")
            assert load(path).status is status
