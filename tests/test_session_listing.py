"""The `[listing]` table at a session file's head (``marker.session_listing``): read fast, never believed over the file."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marker import listing_index
from marker.listing_index import BRIEFS_NAME, INDEX_NAME, list_briefs, stored_briefs
from marker.session import (QA, AuditEntry, CriterionEntry, Decision, Role, SectionEntry, Session, Signature, Status,
                            is_status_entry)
from marker.session_brief import brief_of, read_brief, read_brief_record
from marker.session_listing import head_record
from marker.session_toml import dumps, loads
from marker.store import load, save
from marker.verify import verify_session
from session_states import CATALOGUE, UNIT_200, session_in

OLD = 1_500_000_000

texts = st.text(max_size=12)
"""Any text, controls, DEL, quotes, backslashes and lone surrogates included (the writer replaces those)."""
refs = st.text(alphabet="0123456789.abc-", min_size=1, max_size=5)
whats = st.one_of(st.sampled_from(["signed by assessor", "referred back to the assessor", "QA signed", "QA AC 1.1",
                                   "AC 1.1 feedback", "pinned"]), texts)


@st.composite
def sessions(draw) -> Session:
    return Session(
        id=draw(st.text(alphabet="0123456789abcdef", min_size=1, max_size=32)), unit=draw(st.sampled_from(
            ["8584-200", "D2.01", "x y"])), rubric_digest="ab" * 32, learner_name=draw(texts),
        learner_reg=draw(texts), attempt=draw(st.integers(1, 9)), previous=draw(texts), centre_name=draw(texts),
        assessor=draw(texts), created=draw(texts), updated=draw(texts),
        criteria=draw(st.dictionaries(refs, st.builds(CriterionEntry, decision=st.sampled_from(Decision),
                                                      feedback=texts, carried=st.booleans()), max_size=4)),
        sections=draw(st.dictionaries(refs, st.builds(
            SectionEntry, mark=st.one_of(st.none(), st.integers(-5, 10**6)), strengths=texts,
            question_marks=st.dictionaries(refs, st.integers(0, 99), max_size=3), carried=st.booleans()), max_size=3)),
        qa=QA(outcome=draw(texts), date=draw(texts), signer=draw(texts), comments=draw(texts)),
        signatures=draw(st.lists(st.builds(Signature, name=texts, role=st.sampled_from(list(Role)), date=texts,
                                           digest=texts, signed_at=texts, parts=st.dictionaries(texts, texts, max_size=2),
                                           key=texts, signature=texts, audit_entries=st.integers(0, 500)), max_size=2)),
        audit=draw(st.lists(st.builds(AuditEntry, at=texts, who=texts, what=whats, old=texts, new=texts), max_size=6)),
    )


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(session=sessions())
def test_the_table_gives_exactly_the_brief_of_the_full_parse(session):
    text = dumps(session)
    record = head_record(text.encode("utf-8"))
    assert record is not None, "marker's own writing is always read by the table"
    whole = loads(text)
    assert read_brief_of_text(text) == brief_of(whole)
    assert read_brief_of_text(text).status == whole.status


def read_brief_of_text(text: str) -> Session:
    from marker.session_brief import _brief_from_bytes

    found = _brief_from_bytes(text.encode("utf-8"))
    assert found is not None
    return found[0]


@pytest.fixture
def signed_file(tmp_path) -> Path:
    path = save(session_in(Status.IN_QA, tmp_path / "files"), tmp_path / "sessions")
    os.utime(path, (OLD, OLD))
    return path


def without_table(text: str) -> str:
    return re.sub(r"(?s)\n\[listing\]\n.*?\ncheck = [^\n]*\n", "\n", text, count=1)


def test_a_file_written_before_the_table_is_read_by_the_older_path_with_the_same_brief(signed_file):
    text = signed_file.read_text(encoding="utf-8")
    older = without_table(text)
    assert "[listing]" not in older and loads(older) == loads(text)
    signed_file.write_text(older, encoding="utf-8")
    assert head_record(older.encode()) is None
    brief, record = read_brief_record(signed_file)
    assert brief == brief_of(load(signed_file))
    assert record["listing"] == head_record(text.encode())["listing"]  # the index keeps the same record


@pytest.mark.parametrize("edit", [
    lambda t: t.replace('decision = "pass"', 'decision = "referral"', 1),  # the truth changed by hand, below the table
    lambda t: t.replace('["1.1", "pass", false]', '["1.1", "referral", false]'),  # the copy changed by hand
    lambda t: t.replace('learner_name = "', 'learner_name = "X', 1),
    lambda t: t[:-200],  # a truncated copy
])
def test_a_file_changed_by_anything_but_marker_fails_the_check_and_is_read_in_full(signed_file, edit):
    text = signed_file.read_text(encoding="utf-8")
    changed = edit(text)
    assert changed != text
    signed_file.write_text(changed, encoding="utf-8")
    assert head_record(changed.encode()) is None
    try:
        whole = brief_of(load(signed_file))
    except Exception as error:  # a truncated file: the listing gives the full read's one-line reason
        listed, _ = list_briefs(signed_file.parent, CATALOGUE.rubrics)
        assert listed[0].problem == str(error)
    else:
        assert read_brief(signed_file) == whole


def test_signed_sessions_verify_with_the_table_and_without_it(signed_file):
    assert verify_session(load(signed_file), UNIT_200, signed_file).ok  # the table is not in the signed record
    signed_file.write_text(without_table(signed_file.read_text(encoding="utf-8")), encoding="utf-8")
    assert verify_session(load(signed_file), UNIT_200, signed_file).ok  # files signed before the table still verify
    save(load(signed_file), signed_file.parent, signed_file)  # saved again by this marker: the table is back
    assert "[listing]" in signed_file.read_text(encoding="utf-8")
    assert verify_session(load(signed_file), UNIT_200, signed_file).ok


def test_the_table_lists_only_the_entries_the_status_depends_on(signed_file):
    session = load(signed_file)
    record = head_record(signed_file.read_bytes())
    assert [row[2] for row in record["listing"]["audit"]] == [e.what for e in session.audit if is_status_entry(e)]
    assert len(record["listing"]["audit"]) < len(session.audit)


def test_a_file_with_the_table_is_its_own_brief_and_the_index_keeps_briefs_only_of_older_files(signed_file):
    folder = signed_file.parent
    older = folder / "older.toml"
    older.write_text(without_table(signed_file.read_text(encoding="utf-8")), encoding="utf-8")
    os.utime(older, (OLD, OLD))
    listed, _ = list_briefs(folder, CATALOGUE.rubrics)
    assert [item.session for item in listed] == [brief_of(load(older)), brief_of(load(signed_file))]
    kept = json.loads((folder / BRIEFS_NAME).read_text(encoding="utf-8"))["sessions"]
    assert list(kept) == ["older.toml"]
    listed, _ = list_briefs(folder, CATALOGUE.rubrics)  # warm: the older file's brief from the index
    assert [item.session for item in listed] == [brief_of(load(older)), brief_of(load(signed_file))]


def test_damaged_kept_briefs_are_read_from_the_files(signed_file):
    folder = signed_file.parent
    signed_file.write_text(without_table(signed_file.read_text(encoding="utf-8")), encoding="utf-8")
    os.utime(signed_file, (OLD, OLD))
    list_briefs(folder, CATALOGUE.rubrics)  # cold: writes the index and the older file's brief
    briefs = folder / BRIEFS_NAME
    assert briefs.exists() and (folder / INDEX_NAME).exists()
    kept = briefs.read_text(encoding="utf-8")
    assert '"listing":{"criteria":[' in kept
    briefs.write_text(kept.replace('"listing":{"criteria":[', '"listing":{"criteria":7,"x":[', 1), encoding="utf-8")
    [stored], problems, notice = stored_briefs(folder, CATALOGUE.rubrics)
    assert problems == [] and notice == ""
    assert stored.session == brief_of(load(signed_file))


def test_an_index_in_a_read_only_folder_is_skipped_with_a_notice_and_the_listing_still_works(signed_file, monkeypatch):
    def refused(path, text):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(listing_index, "atomic_write_text", refused)  # the share and the cache both read-only
    listed, notice = list_briefs(signed_file.parent, CATALOGUE.rubrics)
    assert [item.session for item in listed] == [brief_of(load(signed_file))]
    assert "could not be written" in notice and "\n" not in notice
