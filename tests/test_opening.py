"""Marking the same submission again resumes its session instead of starting a second one."""

from __future__ import annotations

from marker.catalogue import find_rubrics
from marker.config import Config
from marker.opening import start_marking
from marker.store import list_sessions

from conftest import RUBRICS

CONFIG = Config(assessor="Ann Assessor")


def _mark(tmp_path, files, reg="R1", unit="8584-200"):
    catalogue = find_rubrics([RUBRICS])
    marking = start_marking(CONFIG, catalogue, tmp_path / "sessions", unit=unit, files=files,
                            learner_name="Pat Example", learner_reg=reg)
    marking.close()
    return marking


def _submission(tmp_path, name="work.txt", text="1.1 A mentor listens and asks questions."):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_same_files_resume_the_first_session_with_its_decisions(tmp_path):
    work = _submission(tmp_path)
    catalogue = find_rubrics([RUBRICS])
    first = start_marking(CONFIG, catalogue, tmp_path / "sessions", unit="8584-200", files=[work],
                          learner_name="Pat Example", learner_reg="R1")
    first.set_feedback("1.1", "Clear account of listening.")
    first.flush()
    first.close()
    again = _mark(tmp_path, [work])
    assert again.path == first.path
    assert again.feedback("1.1") == "Clear account of listening."
    assert any("resumed" in w for w in again.warnings)
    assert len(list_sessions(tmp_path / "sessions")[0]) == 1


def test_a_copy_elsewhere_with_the_same_bytes_is_the_same_submission(tmp_path):
    first = _mark(tmp_path, [_submission(tmp_path)])
    (tmp_path / "downloads").mkdir()
    again = _mark(tmp_path, [_submission(tmp_path / "downloads")])
    assert again.path == first.path


def test_changed_files_another_learner_or_unit_start_a_new_session(tmp_path):
    work = _submission(tmp_path)
    first = _mark(tmp_path, [work])
    other_reg = _mark(tmp_path, [work], reg="R2")
    other_unit = _mark(tmp_path, [work], unit="8584-201")
    work.write_text("1.1 Rewritten after feedback.", encoding="utf-8")
    changed = _mark(tmp_path, [work])
    paths = {first.path, other_reg.path, other_unit.path, changed.path}
    assert len(paths) == 4
    assert not any("resumed" in w for w in changed.warnings)


def test_an_unreadable_session_beside_them_does_not_stop_the_resume(tmp_path):
    work = _submission(tmp_path)
    first = _mark(tmp_path, [work])
    (tmp_path / "sessions" / "broken.toml").write_text("not = [toml", encoding="utf-8")
    assert _mark(tmp_path, [work]).path == first.path


def test_marking_one_unit_parses_only_its_rubric(tmp_path, monkeypatch):
    """Finding the session to resume reads the listing with the unit's own rubric: parsing all
    eleven would cost `marker mark` tens of milliseconds of start-up."""
    import marker.catalogue

    work = _submission(tmp_path)
    _mark(tmp_path, [work], unit="8584-201")  # another unit's session in the listing
    parsed = []
    parse = marker.catalogue.parse_rubric
    monkeypatch.setattr(marker.catalogue, "parse_rubric", lambda path: parsed.append(path.name) or parse(path))
    again = _mark(tmp_path, [work])
    assert parsed == ["8584-200.toml"]
    assert not any("resumed" in w for w in again.warnings)
    assert _mark(tmp_path, [work]).path == again.path
