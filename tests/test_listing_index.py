"""The listing index gives the same rows as reading every session in full, and never outranks the files."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from marked import marked_session
from marker import listing_index
from marker.listing_index import INDEX_NAME, list_briefs, scan
from marker.outcome import unit_outcome
from marker.people import assessor_of
from marker.qa import answer_challenge, refer_back, set_review
from marker.session import Status, Verdict
from marker.session_brief import _brief_from_text, brief_of
from marker.session_view import SessionRow, session_rows
from marker.signing import sign
from marker.store import dumps, load, save
from session_states import CATALOGUE, IQA, UNIT_200, session_in

RUBRICS = CATALOGUE.rubrics
OLD = 1_500_000_000  # an mtime long past, as a centre's files are


def full_parse_rows(folder: Path) -> list[SessionRow]:
    """Rows as `marker list` built them before the index: every file parsed in full."""
    rows = []
    for path in sorted(folder.glob("*.toml")):
        s = load(path)
        rubric = RUBRICS.get(s.unit)
        rows.append(SessionRow(path, s.learner_name, s.learner_reg, s.unit, s.attempt, s.status.value,
                               unit_outcome(s, rubric).result.value if rubric else "no rubric", assessor_of(s),
                               s.updated.replace("T", " ")[:16]))
    return rows


def varied(tmp_path: Path) -> Path:
    """Sessions in every status, a referral, a marked unit, one re-signed after a referral back, odd text."""
    folder = tmp_path / "sessions"
    sessions = [session_in(status, tmp_path / status.value) for status in Status]
    sessions.append(session_in(Status.DRAFT, tmp_path / "referral", referral=("1.3",)))
    resigned = session_in(Status.REFERRED_BACK, tmp_path / "resigned")
    answer_challenge(resigned, "1.2", "two situations are enough here", "Ann Assessor")
    sign(resigned, UNIT_200, "Ann Assessor", "Ann Assessor")
    sessions.append(resigned)
    for unit, fail in (("D2.01", None), ("D2.01", "2")):
        sessions.append(marked_session(CATALOGUE.get(unit), tmp_path / f"m{fail}", fail_section=fail))
    odd = session_in(Status.IN_QA, tmp_path / "odd")
    odd.learner_name, odd.learner_reg = 'Zoë "Q" O\'Brien\\', "R2\t"
    set_review(odd, UNIT_200, "1.2", Verdict.CHALLENGE, 'line one\nline "two" \\ é', IQA)
    sessions.append(odd)
    for n, session in enumerate(sessions):
        session.learner_reg += str(n)
        os.utime(save(session, folder), (OLD, OLD + n))
    return folder


def test_index_rows_are_the_full_parse_rows_cold_and_warm(tmp_path):
    folder = varied(tmp_path)
    expected = full_parse_rows(folder)
    assert {r.status for r in expected} == {s.value for s in Status}
    assert {"PASS", "REFERRAL", "FAIL"} <= {r.outcome for r in expected}
    assert sorted(session_rows(folder, RUBRICS), key=lambda r: r.path) == expected  # cold: no index yet
    assert (folder / INDEX_NAME).exists()
    assert sorted(session_rows(folder, RUBRICS), key=lambda r: r.path) == expected  # warm: from the index


def test_the_quick_read_is_taken_and_gives_the_whole_read_brief(tmp_path):
    folder = varied(tmp_path)
    for path in folder.glob("*.toml"):
        quick = _brief_from_text(path.read_text(encoding="utf-8"))
        assert quick is not None, path
        assert quick == brief_of(load(path))
        assert quick.status == load(path).status


def test_an_unusual_tail_is_read_in_full_with_the_same_result(tmp_path):
    folder = varied(tmp_path)
    path = sorted(folder.glob("*.toml"))[1]
    text = path.read_text(encoding="utf-8")
    assert 'what = "signed by assessor"' in text
    for changed in (text + "\n[extra]\nnote = \"hand edit\"\n",  # a table after the audit log
                    text.replace('what = "signed by assessor"', 'what = "signed by \\u0061ssessor"'),  # an escape JSON reads otherwise
                    text + "# a comment\n"):
        path.write_text(changed, encoding="utf-8")
        assert _brief_from_text(changed) is None
        listed, _ = list_briefs(folder, RUBRICS)
        [item] = [i for i in listed if i.path == path]
        assert item.session == brief_of(load(path))


def test_a_changed_file_is_read_again_and_a_removed_one_leaves_the_index(tmp_path):
    folder = varied(tmp_path)
    session_rows(folder, RUBRICS)
    path = sorted(folder.glob("*.toml"))[0]
    session = load(path)
    refer_back(session, IQA, "again") if session.status is Status.SIGNED else session.log("Ann", "note")
    save(session, folder, path)
    os.utime(path, (OLD, OLD + 99))
    sorted(folder.glob("*.toml"))[-1].unlink()
    assert sorted(session_rows(folder, RUBRICS), key=lambda r: r.path) == full_parse_rows(folder)
    index = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
    assert sorted(index["sessions"]) == sorted(p.name for p in folder.glob("*.toml"))


@pytest.mark.parametrize("damage", [
    "not json at all {",
    json.dumps({"kind": "something else", "version": 1, "sessions": {}}),
    json.dumps({"kind": listing_index.INDEX_KIND, "version": 999, "sessions": {}}),
])
def test_a_damaged_or_foreign_index_is_rebuilt(tmp_path, damage):
    folder = varied(tmp_path)
    (folder / INDEX_NAME).write_text(damage, encoding="utf-8")
    assert sorted(session_rows(folder, RUBRICS), key=lambda r: r.path) == full_parse_rows(folder)
    assert json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))["kind"] == listing_index.INDEX_KIND


def test_a_malformed_index_entry_is_not_believed_over_the_file(tmp_path):
    folder = varied(tmp_path)
    session_rows(folder, RUBRICS)
    index = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
    for entry in index["sessions"].values():
        entry["facts"]["attempt"] = "one"  # right size and time, but not what marker writes: the file decides
    (folder / INDEX_NAME).write_text(json.dumps(index), encoding="utf-8")
    assert sorted(session_rows(folder, RUBRICS), key=lambda r: r.path) == full_parse_rows(folder)


def test_an_unreadable_session_is_listed_with_its_reason_and_the_rest_are_indexed(tmp_path):
    folder = varied(tmp_path)
    expected = full_parse_rows(folder)
    (folder / "broken.toml").write_text("format = 1\nid = [", encoding="utf-8")
    rows = session_rows(folder, RUBRICS)
    [bad] = [r for r in rows if r.problem]
    assert bad.path == folder / "broken.toml" and "broken.toml" in bad.problem and "TOML" in bad.problem
    assert sorted((r for r in rows if not r.problem), key=lambda r: r.path) == expected
    index = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
    assert "broken.toml" not in index["sessions"] and len(index["sessions"]) == len(rows) - 1


def test_an_index_that_cannot_be_written_goes_to_the_cache_then_is_skipped_with_a_notice(tmp_path, monkeypatch):
    folder = varied(tmp_path)
    real = listing_index.atomic_write_text
    refused: list[Path] = []

    def read_only_share(path, text):
        if path.parent == folder or "refuse-cache" in refused:
            refused.append(path)
            raise PermissionError(13, "Permission denied")
        real(path, text)

    monkeypatch.setattr(listing_index, "atomic_write_text", read_only_share)
    notices: list[str] = []
    rows = sorted(session_rows(folder, RUBRICS, notices), key=lambda r: r.path)
    assert rows == full_parse_rows(folder) and notices == []
    here, cached = listing_index.index_paths(folder)
    assert not here.exists() and cached.exists()
    steps = list(scan(folder, RUBRICS))
    assert steps[0].done == len(rows)  # warm from the cache's index

    cached.unlink()
    refused.append("refuse-cache")
    assert sorted(session_rows(folder, RUBRICS, notices), key=lambda r: r.path) == full_parse_rows(folder)
    [notice] = notices
    assert str(here) in notice and "could not be written" in notice and "\n" not in notice


def copies(folder: Path, tmp_path: Path, count: int) -> list[str]:
    """``count`` signed sessions, R0..R<count-1>, made from one real one: their registration numbers."""
    template = dumps(session_in(Status.SIGNED, tmp_path / "template"))
    folder.mkdir(parents=True, exist_ok=True)
    regs = []
    for n in range(count):
        text = re.sub(r'(?m)^learner_reg = .*$', f'learner_reg = "R{n}"', template, count=1)
        text = re.sub(r'(?m)^learner_name = .*$', f'learner_name = "Learner {n}"', text, count=1)
        path = folder / f"R{n}_8584-200_attempt1.toml"
        path.write_text(text, encoding="utf-8")
        os.utime(path, (OLD, OLD + n))
        regs.append(f"R{n}")
    return regs


def test_a_cold_scan_gives_a_few_rows_first_then_batches_and_a_warm_one_gives_all_at_once(tmp_path):
    folder = tmp_path / "sessions"
    copies(folder, tmp_path, 60)
    cold = [len(step.listed) for step in scan(folder, RUBRICS, batch=25, first=5)]
    assert cold == [0, 5, 25, 25, 5, 0]
    warm = [len(step.listed) for step in scan(folder, RUBRICS, batch=25, first=5)]
    assert warm == [60, 0]


def test_sampling_and_export_selection_from_the_index_match_the_whole_sessions(tmp_path):
    from marker.export import Criteria, choose_sessions, select_sessions
    from marker.listing_index import stored_briefs
    from marker.sampling import sampling
    from marker.store import list_sessions

    folder = varied(tmp_path)
    whole, _ = list_sessions(folder)
    for _ in ("cold", "warm"):
        briefs, problems, notice = stored_briefs(folder, RUBRICS)
        assert problems == [] and notice == "" and len(briefs) == len(whole)
        from_index, from_files = sampling(briefs, RUBRICS), sampling(whole, RUBRICS)
        assert [s.path for s in from_index.awaiting_qa] == [s.path for s in from_files.awaiting_qa]
        assert replace(from_index, awaiting_qa=[]) == replace(from_files, awaiting_qa=[])
        for criteria in (Criteria(), Criteria(include_unsigned=True), Criteria(statuses=(Status.IN_QA,)),
                         Criteria(assessor="ann", learner="R2")):
            from_index, from_files = select_sessions(briefs, criteria), select_sessions(whole, criteria)
            assert [s.path for s in from_index.chosen] == [s.path for s in from_files.chosen]
            assert from_index.unfinished == from_files.unfinished
    chosen = choose_sessions(folder, Criteria(include_unsigned=True), RUBRICS).chosen
    assert chosen and all(item.session == load(item.path) for item in chosen)  # export gets every entry


def test_a_file_name_in_no_encoding_is_listed_and_not_indexed(tmp_path):
    folder = varied(tmp_path)
    first = sorted(folder.glob("*.toml"))[0]
    odd = os.fsdecode(bytes(folder) + b"/caf\xe9.toml")
    os.rename(first, odd)
    os.utime(odd, (OLD, OLD))
    rows = session_rows(folder, RUBRICS)
    assert Path(odd) in {r.path for r in rows} and not any(r.problem for r in rows)
    index = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
    assert len(index["sessions"]) == len(rows) - 1


def test_a_fifo_among_the_sessions_or_as_the_index_never_hangs_the_listing(tmp_path):
    folder = varied(tmp_path)
    expected = full_parse_rows(folder)
    os.mkfifo(folder / "pipe.toml")
    os.mkfifo(folder / INDEX_NAME)
    rows = session_rows(folder, RUBRICS)
    [bad] = [r for r in rows if r.problem]
    assert bad.path == folder / "pipe.toml" and "pipe.toml" in bad.problem
    assert sorted((r for r in rows if not r.problem), key=lambda r: r.path) == expected
