"""Sessions are saved whole, privately, under safe names, and read back exactly."""

import errno
import os
import re
import stat
import tomllib

import pytest
import tomlkit

from conftest import REPO
from marker.errors import SessionError
from marker.session import QA, Decision, Signature
from marker.session_toml import dumps, loads
from marker.store import Saver, list_sessions, load, safe_part, save, session_filename
from sessionkit import LEGACY, rubric, session

AWKWARD = 'Clear — with “quotes”, "doubles", \\back\\slashes, a tab\t, \n new lines,\r\n NUL\x00, ESC\x1b, DEL\x7f, 🙂'


def full_session(tmp_path):
    r = rubric(tmp_path)
    s = session(r)
    s.set_decision("1.1", Decision.PASS, "Ann")
    s.set_feedback("1.1", AWKWARD, "Ann")
    s.pin("1.1", "essay.docx ¶12–15", "Ann")
    s.pin("1.1", 'portfolio.pdf p.3 "AC 1.1"', "Ann")
    s.set_decision("1.2", Decision.REFERRAL, "Ann")
    s.set_lo_comment("1", "Good LO", "Ann")
    s.qa = QA(lo_comments={"1": "Agree"}, section_marks={}, outcome="PASS", date="2025-03-02", signer="Ivy IQA",
              comments="Sampled")
    s.signatures.append(Signature("Ann Assessor", "assessor", "2025-03-01", "ab" * 32, "2025-03-01T10:00:00+00:00"))
    return s


def test_round_trip_keeps_everything(tmp_path):
    s = full_session(tmp_path)
    path = save(s, tmp_path / "sessions")
    assert load(path) == s


def test_marked_round_trip(tmp_path):
    r = rubric(tmp_path, LEGACY)
    s = session(r)
    s.set_mark(r, "1", 20, "Ann")
    s.set_strengths("1", "Clear", "Ann")
    s.set_question_mark(r, "1", "2", 5, "Ann")
    s.qa.section_marks["1"] = 18
    back = load(save(s, tmp_path / "sessions"))
    assert back == s and back.sections["2"].mark is None


def test_the_file_is_valid_toml_for_any_reader(tmp_path):
    s = full_session(tmp_path)
    text = save(s, tmp_path / "sessions").read_text(encoding="utf-8")
    assert tomllib.loads(text)["criteria"]["1.1"]["feedback"] == AWKWARD
    assert tomlkit.parse(text).unwrap()["criteria"]["1.1"]["evidence"] == s.criteria["1.1"].evidence
    assert text.startswith("# marker session")


def test_unencodable_text_is_saved_not_lost(tmp_path):
    s = session(rubric(tmp_path))
    s.criteria["1.1"].feedback = "pasted \ud800 text"  # a lone surrogate from a broken clipboard
    assert load(save(s, tmp_path / "sessions")).criteria["1.1"].feedback == "pasted ? text"


def test_files_and_folder_are_private(tmp_path):
    folder = tmp_path / "sessions"
    path = save(session(rubric(tmp_path)), folder)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    os.chmod(path, 0o644)
    save(load(path), folder, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600, "a save replaces the file, privately again"


def test_file_name_from_registration_unit_and_attempt(tmp_path):
    r = rubric(tmp_path)
    s = session(r, reg="A123456")
    s.unit = "8584-200"
    assert session_filename(s) == "A123456_8584-200_attempt1.toml"
    s.attempt = 2
    assert session_filename(s) == "A123456_8584-200_attempt2.toml"


@pytest.mark.parametrize("reg", ["../../etc", "a\x00b", "x" * 300, "\u202eevil", "", ".hidden", "CON/..\\..",
                                 "..", "/", "~root", "a/../../b"])
def test_hostile_registration_numbers_give_safe_distinct_names(tmp_path, reg):
    folder = tmp_path / "sessions"
    r = rubric(tmp_path)
    first, second = save(session(r, reg=reg), folder), save(session(r, reg=reg), folder)
    for path in (first, second):
        assert path.parent == folder and not path.name.startswith(".")
        assert set(path.name) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")
        assert ".." not in path.name and len(path.name) < 120
    assert first != second, "two learners never share a file"
    assert sorted(p.name for p in folder.iterdir()) == sorted([first.name, second.name])


def test_empty_registration_is_unregistered(tmp_path):
    assert session_filename(session(rubric(tmp_path), reg="")).startswith("unregistered_")
    assert session_filename(session(rubric(tmp_path), reg="../..")).startswith("unregistered_")


def test_saving_again_keeps_the_file(tmp_path):
    folder = tmp_path / "sessions"
    s = session(rubric(tmp_path))
    path = save(s, folder)
    s.set_decision("1.1", Decision.PASS, "Ann")
    assert save(s, folder) == path and save(s, folder, path) == path
    assert len(list(folder.iterdir())) == 1


def test_safe_part_keeps_ordinary_names():
    assert safe_part("R4471926") == "R4471926"
    assert safe_part("Zoë O'Brien") == "Zoe-OBrien"
    assert safe_part("D2.01") == "D2.01"


@pytest.mark.parametrize("content, words", [
    ("format = 1\nid = ", "is not valid TOML"),
    ("format = 1\n", "id is missing"),
    ("id = 'x'", "no `format = 1` line"),
    ("format = 99\nid = 'x'\nunit = 'u'\nrubric_digest = 'd'", "format 99.*update marker"),
    ("format = 1\nid = 'x'\nunit = 'u'\nrubric_digest = 'd'\nlearner_name = 'n'\nlearner_reg = 'r'\nattempt = 'one'",
     "attempt must be a whole number"),
    ("format = 1\nid = 'x'\nunit = 'u'\nrubric_digest = 'd'\nlearner_name = 'n'\nlearner_reg = 'r'\ncriteria = 5",
     "criteria must be a table"),
    ("format = 1\nid = 'x'\nunit = 'u'\nrubric_digest = 'd'\nlearner_name = 'n'\nlearner_reg = 'r'\n"
     "[criteria.'1.1']\ndecision = 'maybe'", "criteria.1.1.decision 'maybe' is not one of pass, referral, unmarked"),
    ("format = 1\nid = 'x'\nunit = 'u'\nrubric_digest = 'd'\nlearner_name = 'n'\nlearner_reg = 'r'\n"
     "[sections.1]\nmark = true", "sections.1.mark must be a whole number"),
    ("format = 1\nid = 'x'\nunit = 'u'\nrubric_digest = 'd'\nlearner_name = 'n'\nlearner_reg = 'r'\n"
     "[[audit]]\nat = 'now'", "audit\\[0\\].who is missing"),
    ("format = 1\nid = 'x'\nunit = 'u'\nrubric_digest = 'd'\nlearner_name = 'n'\nlearner_reg = 'r'\nstatus = 'done'",
     "status 'done' is not one of draft"),
])
def test_broken_session_file_is_one_line(tmp_path, content, words):
    path = tmp_path / "broken.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SessionError, match=words) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert "restore it" in message or "update marker" in message


def test_missing_binary_and_folder_paths_are_one_line(tmp_path):
    with pytest.raises(SessionError, match="no such session file; `marker list`"):
        load(tmp_path / "nope.toml")
    (tmp_path / "bin.toml").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SessionError, match="not UTF-8"):
        load(tmp_path / "bin.toml")
    with pytest.raises(SessionError, match="is a folder"):
        load(tmp_path)


def disk_full(*args):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_is_one_line_and_leaves_the_last_good_file(tmp_path, monkeypatch):
    folder = tmp_path / "sessions"
    s = session(rubric(tmp_path))
    path = save(s, folder)
    s.set_decision("1.1", Decision.PASS, "Ann")
    monkeypatch.setattr(os, "fsync", disk_full)  # the write reaches the disk and fails there
    with pytest.raises(SessionError, match="could not be saved \\(No space left on device\\); free disk space") as caught:
        save(s, folder, path)
    monkeypatch.undo()
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    assert [p.name for p in folder.iterdir()] == [path.name], "no temporary file is left"
    assert load(path).criteria["1.1"].decision is Decision.UNMARKED, "the last good file is intact"


def test_listing_skips_and_reports_unreadable_files(tmp_path):
    folder = tmp_path / "sessions"
    path = save(session(rubric(tmp_path)), folder)
    (folder / "junk.toml").write_text("not = [valid", encoding="utf-8")
    (folder / f".{path.name}.abc123.tmp").write_text("format = 1\nid = 'half", encoding="utf-8")
    (folder / f"{path.name}.lock").write_text("{}", encoding="utf-8")
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    found, problems = list_sessions(folder)
    assert [f.path for f in found] == [path]
    assert len(problems) == 1 and "junk.toml" in problems[0]


def test_listing_a_missing_folder_is_empty(tmp_path):
    assert list_sessions(tmp_path / "none") == ([], [])


def test_stray_temporary_files_are_cleaned_up(tmp_path):
    folder = tmp_path / "sessions"
    s = session(rubric(tmp_path))
    path = save(s, folder)
    fresh, old = folder / f".{path.name}.k1ll3d.tmp", folder / ".other.toml.x.tmp"
    fresh.write_text("half", encoding="utf-8")
    old.write_text("half", encoding="utf-8")
    os.utime(old, (0, 0))
    list_sessions(folder)
    assert not old.exists(), "listing removes old temporary files"
    assert fresh.exists(), "a recent one may be another process's save in progress"
    save(s, folder, path)
    assert not fresh.exists(), "the next save of the same session removes what a killed save left"


class Ticks:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


def test_saver_saves_at_once_then_at_most_once_a_second(tmp_path):
    s = session(rubric(tmp_path))
    path = save(s, tmp_path / "sessions")
    clock = Ticks()
    saver = Saver(s, path, clock=clock)
    s.set_feedback("1.1", "T", "Ann")
    saver.changed()
    assert load(path).criteria["1.1"].feedback == "T", "the first change is saved at once"
    for text in ("Ty", "Typ", "Typed"):
        clock.t += 0.2
        s.set_feedback("1.1", text, "Ann")
        saver.changed()
    assert load(path).criteria["1.1"].feedback == "T" and saver.pending, "changes within the second wait"
    clock.t += 0.3
    saver.tick()
    assert load(path).criteria["1.1"].feedback == "T", "not yet a second"
    clock.t += 0.2
    saver.tick()
    assert load(path).criteria["1.1"].feedback == "Typed" and not saver.pending
    assert saver.saves == 2
    saver.tick()
    saver.flush()
    assert saver.saves == 2, "nothing pending, nothing written"


def test_saver_flush_saves_now(tmp_path):
    s = session(rubric(tmp_path))
    path = save(s, tmp_path / "sessions")
    saver = Saver(s, path, clock=Ticks())
    saver.changed()
    s.set_decision("1.2", Decision.PASS, "Ann")
    saver.changed()
    saver.flush()
    assert load(path).criteria["1.2"].decision is Decision.PASS


def test_saver_keeps_a_failed_save_pending_and_reports_it_once(tmp_path, monkeypatch):
    s = session(rubric(tmp_path))
    path = save(s, tmp_path / "sessions")
    clock, errors = Ticks(), []
    saver = Saver(s, path, clock=clock, on_error=errors.append)
    monkeypatch.setattr(os, "fsync", disk_full)
    s.set_decision("1.1", Decision.PASS, "Ann")
    saver.changed()
    clock.t += 1
    saver.tick()
    assert saver.pending and len(errors) == 1 and "No space left" in saver.error, "reported once, not every second"
    with pytest.raises(SessionError):
        saver.flush()
    monkeypatch.undo()
    clock.t += 1
    saver.tick()
    assert not saver.pending and saver.error == ""
    assert load(path).criteria["1.1"].decision is Decision.PASS


def test_saver_without_a_handler_raises(tmp_path, monkeypatch):
    s = session(rubric(tmp_path))
    saver = Saver(s, save(s, tmp_path / "sessions"), clock=Ticks())
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SessionError, match="could not be saved"):
        saver.changed()


def test_the_documented_example_is_exactly_what_marker_writes():
    doc = (REPO / "docs" / "session-format.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", doc, re.S).group(1)
    assert dumps(loads(example)) == example


def test_reading_at_most_a_limit_gives_the_whole_file_or_one_byte_past_the_limit(tmp_path):
    from marker.fileio import open_regular, read_at_most

    path = tmp_path / "f"
    for size, limit, expected in ((5, 10, 5), (10, 10, 10), (11, 10, 11), (50, 10, 11), (0, 10, 0)):
        path.write_bytes(b"x" * size)
        with open_regular(path) as handle:
            assert len(read_at_most(handle, limit)) == expected, (size, limit)
