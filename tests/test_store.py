"""Sessions are saved whole, privately, under safe names, and read back exactly."""

import stat
import time

import pytest

from marker.errors import SessionError
from marker.session import Decision, next_attempt
from marker.store import Saver, list_sessions, load, safe_part, save
from sessionkit import LEGACY, rubric, session


def test_round_trip_keeps_everything(tmp_path):
    r = rubric(tmp_path)
    s = session(r)
    s.set_decision("1.1", Decision.PASS, "Ann")
    s.set_feedback("1.1", "Clear description — with “quotes” and \n a new line", "Ann")
    s.pin("1.1", "essay.docx ¶12–15", "Ann")
    s.set_lo_comment("1", "Good LO", "Ann")
    path = save(s, tmp_path / "sessions")
    assert load(path) == s


def test_marked_round_trip(tmp_path):
    r = rubric(tmp_path, LEGACY)
    s = session(r)
    s.set_mark(r, "1", 20, "Ann")
    s.set_strengths("1", "Clear", "Ann")
    s.set_question_mark(r, "1", "2", 5, "Ann")
    assert load(save(s, tmp_path / "sessions")) == s


def test_files_and_folder_are_private(tmp_path):
    folder = tmp_path / "sessions"
    path = save(session(rubric(tmp_path)), folder)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.parametrize("reg", ["../../etc", "a\x00b", "x" * 300, "\u202eevil", "", ".hidden", "CON/..\\.."])
def test_hostile_registration_numbers_give_safe_distinct_names(tmp_path, reg):
    folder = tmp_path / "sessions"
    r = rubric(tmp_path)
    first, second = save(session(r, reg=reg), folder), save(session(r, reg=reg), folder)
    for path in (first, second):
        assert path.parent == folder and not path.name.startswith(".")
        assert "/" not in path.name and "\x00" not in path.name and ".." not in path.name
        assert len(path.name) < 120
    assert first != second, "two learners never share a file"


def test_safe_part_keeps_ordinary_names():
    assert safe_part("R4471926") == "R4471926"
    assert safe_part("Zoë O'Brien") == "Zoe-OBrien"


@pytest.mark.parametrize("content, words", [
    ("format = 1\nid = ", "not a valid session file"),
    ("format = 1\n", "missing or has a bad field"),
    ("format = 99\nid = 'x'\nunit = 'u'\nrubric_digest = 'd'", "bad field"),
])
def test_broken_session_file_is_one_line(tmp_path, content, words):
    path = tmp_path / "broken.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SessionError, match=words) as caught:
        load(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_listing_skips_and_reports_unreadable_files(tmp_path):
    folder = tmp_path / "sessions"
    save(session(rubric(tmp_path)), folder)
    (folder / "junk.toml").write_text("not = [valid", encoding="utf-8")
    found, problems = list_sessions(folder)
    assert len(found) == 1 and len(problems) == 1 and "junk.toml" in problems[0]


def test_saver_debounces_typing_to_one_write_a_second(tmp_path):
    r = rubric(tmp_path)
    s = session(r)
    path = save(s, tmp_path / "sessions")
    saver = Saver(s, path, interval=0.2)
    saver.changed()  # first change: saved at once
    s.set_feedback("1.1", "typed", "Ann")
    saver.changed()
    assert load(path).criteria["1.1"].feedback == "", "a second change within the interval waits"
    time.sleep(0.25)
    saver.tick()
    assert load(path).criteria["1.1"].feedback == "typed"


def test_audit_log_coalesces_typing_and_records_decisions(tmp_path):
    s = session(rubric(tmp_path))
    start = len(s.audit)
    for text in ("O", "On", "Only"):
        s.set_feedback("1.1", text, "Ann")
    s.set_decision("1.1", Decision.REFERRAL, "Ann")
    entries = s.audit[start:]
    assert [(e.what, e.old, e.new) for e in entries] == [
        ("AC 1.1 feedback", "", "Only"), ("AC 1.1 decision", "unmarked", "referral")]


def test_resubmission_carries_passed_criteria(tmp_path):
    r = rubric(tmp_path)
    s = session(r)
    s.set_decision("1.1", Decision.PASS, "Ann")
    s.set_feedback("1.1", "Good", "Ann")
    s.set_decision("1.2", Decision.REFERRAL, "Ann")
    again = next_attempt(s, r, s.files, "Ann")
    assert (again.attempt, again.previous) == (2, s.id)
    assert again.criteria["1.1"].decision is Decision.PASS and again.criteria["1.1"].carried
    assert again.criteria["1.2"].decision is Decision.UNMARKED
    assert "carried forward: 1.1" in again.audit[-1].new
