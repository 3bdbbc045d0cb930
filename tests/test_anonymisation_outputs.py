"""What the anonymisation check changes downstream: the learner report says what to anonymise,
``marker verify`` still holds, and an export warns about a bundle that still names people."""

from __future__ import annotations

from docx import Document

from marked import submission
from marker.sheets import write_sheets
from marker.sheets.learner_report import ANONYMISE_HEADING, NOTHING_TO_ANONYMISE
from marker.submission.identifying import details_in_files
from marker.verify import verify_path
from test_export import export, finished
from test_sheets import CATALOGUE, signed_session

NAMED = (b"# Task 1.1\n\nI mentored Danielle Fraser for six weeks; her manager, Steve Pearce, released her.\n\n"
         b"# Task 1.2\n\nDanielle set her own goals. Mentee B chose hers too (Kolb, 1984).\n")
CLEAN = b"# Task 1.1\n\nI mentored Mentee A for six weeks, using Whitmore's GROW model (Whitmore, 2017).\n"


def report_paragraphs(path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def test_the_learner_report_lists_each_passage_to_anonymise_and_still_verifies(tmp_path):
    session, rubric, path = signed_session(tmp_path, "8584-200")
    named = submission(tmp_path / "files", "essay.md", NAMED)
    session.files = [named]
    details = details_in_files([tmp_path / "files" / "essay.md"], session.learner_name)
    assert [d.text for d in details] == ["Danielle Fraser", "Steve Pearce", "Danielle"]
    _, report = write_sheets(session, rubric, path.parent, identifying=details)
    paragraphs = report_paragraphs(report)
    part = paragraphs[paragraphs.index(ANONYMISE_HEADING):]
    assert any(p.startswith("Danielle Fraser (full name") and p.endswith("essay.md ¶2") for p in part)
    assert any(p.startswith("Danielle (first name of Danielle Fraser") for p in part)
    report_check = verify_path(report, CATALOGUE.find, path.parent)
    assert not [p for p in report_check.problems if "paragraph" in p or "reads" in p], report_check.problems


def test_a_clean_submission_says_nothing_was_found_and_an_unread_one_says_nothing(tmp_path):
    session, rubric, path = signed_session(tmp_path, "8584-200")
    (tmp_path / "clean").mkdir()
    (tmp_path / "clean" / "essay.md").write_bytes(CLEAN)
    clean = details_in_files([tmp_path / "clean" / "essay.md"])
    assert clean == ()
    _, report = write_sheets(session, rubric, path.parent, identifying=clean)
    assert NOTHING_TO_ANONYMISE in report_paragraphs(report)
    _, report = write_sheets(session, rubric, path.parent)
    assert not {ANONYMISE_HEADING, NOTHING_TO_ANONYMISE} & set(report_paragraphs(report))
    assert details_in_files([tmp_path / "missing.docx"]) is None


def test_export_warns_of_a_submission_still_naming_people_and_notes_it_in_the_index(tmp_path):
    rubrics = CATALOGUE.rubrics
    finished(rubrics, tmp_path, "Harriet Osei", "R5521907", files=[submission(tmp_path / "a", "essay.md", NAMED)])
    finished(rubrics, tmp_path, "Graham Price", "R2209853", files=[submission(tmp_path / "b", "essay.md", CLEAN)])
    warnings: list[str] = []
    out = export(rubrics, tmp_path / "eqa" / "cohort", warn=warnings.append)
    assert len(warnings) == 1 and warnings[0].startswith("Harriet Osei 8584-200: 3 identifying details still in")
    index = (out / "index.txt").read_text(encoding="utf-8")
    assert index.count("note: 3 identifying details still in the submission") == 1
    assert index.index("Graham-Price") < index.index("Harriet-Osei_R5521907") < index.index("identifying details")
    report = next((out / "Harriet-Osei_R5521907_8584-200_attempt1").glob("*learner-report.docx"))
    assert ANONYMISE_HEADING in report_paragraphs(report)


def test_details_the_assessor_judged_not_identifying_leave_the_export_warning_and_the_report(tmp_path):
    from datetime import date

    from marked import marked_session
    from marker.anonymise import detail_key
    from marker.record import record
    from marker.signing import sign
    from marker.store import save
    from marker.verify import verify_session
    from test_export import sessions_dir

    rubric = CATALOGUE.rubrics["8584-200"]
    files = [submission(tmp_path / "a", "essay.md", NAMED)]
    session = marked_session(rubric, tmp_path / "files", learner="Harriet Osei", reg="R5521907")
    session.files = files
    before = record(session, rubric, "assessor", "Ann Assessor", "2025-03-01")
    steve = next(d for d in details_in_files([tmp_path / "a" / "essay.md"]) if d.text == "Steve Pearce")
    session.judge_identifying(detail_key(steve.location, steve.text), False, "Ann Assessor", "name at essay.md ¶2")
    assert record(session, rubric, "assessor", "Ann Assessor", "2025-03-01") != before, "the signature covers it"
    sign(session, rubric, "Ann Assessor", "Ann Assessor", on=date(2025, 3, 1))
    path = save(session, sessions_dir())
    warnings: list[str] = []
    out = export(CATALOGUE.rubrics, tmp_path / "eqa" / "cohort", warn=warnings.append, include_unsigned=True)
    assert len(warnings) == 1 and warnings[0].startswith("Harriet Osei 8584-200: 2 identifying details still in")
    report = next((out / "Harriet-Osei_R5521907_8584-200_attempt1").glob("*learner-report.docx"))
    paragraphs = report_paragraphs(report)
    assert any(p.startswith("Danielle Fraser (") for p in paragraphs)
    assert not any(p.startswith("Steve Pearce (") for p in paragraphs)
    # judged again outside marker (the key taken out of the file): the signature no longer verifies
    text = path.read_text(encoding="utf-8")
    key = detail_key(steve.location, steve.text)
    path.write_text(text.replace(f'not_identifying = ["{key}"]', "not_identifying = []"), encoding="utf-8")
    from marker.store import load

    assert not verify_session(load(path), rubric, path).ok


def test_a_session_file_whose_judgements_are_not_keys_is_refused(tmp_path):
    import pytest

    from marked import marked_session
    from marker.session_toml import FormatProblem, dumps, loads

    text = dumps(marked_session(CATALOGUE.rubrics["8584-200"], tmp_path))
    with pytest.raises(FormatProblem, match="not_identifying"):
        loads(text.replace("\nstatus = ", '\nnot_identifying = ["Steve Pearce"]\nstatus = ', 1))
