"""Result sheets, mark sheets and learner reports, read back cell by cell; verify and tampering."""

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from marked import ASSESSOR, marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.rubric import Scheme
from marker.session import Role
from marker.sheets import build_report, build_sheet, write_docx, write_sheets
from marker.signing import sign
from marker.store import save
from marker.verify import verify_path

CATALOGUE = find_rubrics([SHIPPED_RUBRICS])
UNITS = sorted(CATALOGUE.rubrics)
SIGNED_ON = "2026-11-20"


def signed_session(tmp_path, unit, **kwargs):
    rubric = CATALOGUE.get(unit)
    session = marked_session(rubric, tmp_path / "files", **kwargs)
    sign(session, rubric, "Ann Assessor", ASSESSOR, datetime.fromisoformat(SIGNED_ON).date())
    path = save(session, tmp_path / "sessions")
    return session, rubric, path


def rows_by_label(doc):
    """Each table row by its first cell's first line ("AC 1.1", "Centre Number", a section title)."""
    rows = {}
    for table in doc.tables:
        for row in table.rows:
            texts = [c.text for c in row.cells]
            rows.setdefault(texts[0].split("\n")[0].strip(), texts)
    return rows


def all_text(doc):
    return "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells) + "\n".join(p.text for p in doc.paragraphs)


@pytest.mark.parametrize("unit", UNITS)
def test_every_unit_yields_a_signed_sheet_with_every_entry_in_its_cell_that_verifies(tmp_path, unit):
    referral = ("1.2",) if CATALOGUE.get(unit).scheme is Scheme.PASS_REFERRAL else ()
    session, rubric, path = signed_session(tmp_path, unit, referral=referral)
    sheet_path, report_path = write_sheets(session, rubric, path.parent)
    doc = Document(str(sheet_path))
    rows = rows_by_label(doc)
    signature = session.signature(Role.ASSESSOR)
    assert rows["Centre Number"][1] == "C0042" and rows["Centre Number"][3] == "Northfield Learning Centre"
    if rubric.scheme is Scheme.PASS_REFERRAL:
        assert rows["Learner Registration No."][1] == "PS-2041" and rows["Learner Registration No."][3] == "Priya Shah"
        for lo in rubric.outcomes:
            assert f"Learning Outcome {lo.ref} {lo.heading}" in rows
            assert rows[f"Learning Outcome {lo.ref} comments (optional):"][1] == session.lo_comments[lo.ref]
            for criterion in lo.criteria:
                ac, referral_cell, pass_cell, feedback, decision = rows[f"AC {criterion.ref}"]
                entry = session.criteria[criterion.ref]
                assert ac == f"AC {criterion.ref}\n{criterion.text}"
                assert all(f"\u00b7 {i}" in referral_cell.split("\n") for i in criterion.referral_indicators)
                assert all(f"\u00b7 {i}" in pass_cell.split("\n") for i in criterion.pass_indicators)
                assert feedback.startswith(entry.feedback) and "Evidence: " + entry.evidence[0] in feedback
                assert decision == ("Referral" if criterion.ref in referral else "Pass")
        assessor_row = rows["Unit Outcome (delete as applicable):"]
        assert assessor_row[1] == ("REFERRAL" if referral else "PASS")
        assert assessor_row[3] == SIGNED_ON and assessor_row[5].startswith("Ann Assessor")
        assert rubric.sheet.instructions[0] in all_text(doc)
    else:
        for section in rubric.sections:
            criteria, strengths, weaknesses, assr, qa = rows[section.title]
            entry = session.sections[section.ref]
            assert all(f"\u00b7 {b}" in criteria.split("\n") for b in section.criteria)
            assert strengths == entry.strengths and weaknesses == entry.weaknesses
            assert assr.startswith(f"{entry.mark} /{section.max}")
        total = sum(e.mark for e in session.sections.values())
        decision = rows["Total Marks"]
        assert decision[0] == "Total Marks"
        minimums = any(s.min is not None for s in rubric.sections)
        rule = f"Total {rubric.pass_mark} + overall" + (", AND minimum in each section" if minimums else "")
        assert rows[rule][1] == "PASS" and rows[rule][2].startswith(rule.replace(" + ", "+ "))
        assert f"{total} / {rubric.total_marks}" in all_text(doc)
        assert decision[1] == decision[3] == "Outcome\n(circle as applicable)"
        assert ("Section fail if applicable:" in rows) is minimums
        assert "Name of Assessor: Ann Assessor" in rows
    assert doc.core_properties.identifier == session.id
    assert signature.digest in doc.core_properties.keywords
    assert signature.digest in "".join(p.text for p in doc.sections[0].footer.paragraphs)
    report = verify_path(sheet_path, CATALOGUE.find, None)
    assert report.ok, report.problems
    assert verify_path(report_path, CATALOGUE.find, None).ok


def test_the_learner_report_says_what_to_resubmit_and_that_decisions_are_provisional(tmp_path):
    session, rubric, path = signed_session(tmp_path, "8584-200", referral=("1.3",))
    _, report_path = write_sheets(session, rubric, tmp_path)
    text = "\n".join(p.text for p in Document(str(report_path)).paragraphs)
    assert "provisional until they are confirmed by internal and external quality assurance" in text
    resubmit = text.split("What to resubmit", 1)[1]
    assert "AC 1.3 Identify potential barriers to effective mentoring" in resubmit
    assert rubric.criteria[2].pass_indicators[0] in resubmit and "AC 1.1" not in resubmit


def test_an_unsigned_session_gets_a_draft_sheet(tmp_path):
    rubric = CATALOGUE.get("8584-201")
    session = marked_session(rubric, tmp_path)
    doc = build_sheet(session, rubric)
    header = "\n".join(p.text for p in doc.sections[0].header.paragraphs)
    assert header == "DRAFT: not signed by the assessor; not for submission to ILM"  # on every page
    assert doc.sections[0].header.paragraphs[0].runs[0].font.color.rgb == RGBColor(0xC0, 0x00, 0x00)
    assert rows_by_label(doc)["Unit Outcome (delete as applicable):"][5] == ""
    assert doc.core_properties.content_status == "DRAFT"


# --- tampering ------------------------------------------------------------------------------


def test_one_character_of_feedback_changed_in_the_file_fails_verify_naming_it(tmp_path):
    session, rubric, path = signed_session(tmp_path, "8587-301")
    text = path.read_text(encoding="utf-8")
    old = session.criteria["2.2"].feedback
    path.write_text(text.replace(old, old.replace("standard", "Standard"), 1), encoding="utf-8")
    report = verify_path(path, CATALOGUE.find)
    assert [p for p in report.problems if "AC 2.2 feedback has changed since it was signed" in p]
    assert len(report.problems) == 1


def test_one_byte_of_a_submission_file_changed_fails_verify_naming_the_file(tmp_path):
    session, rubric, path = signed_session(tmp_path, "8584-201")
    submitted = Path(session.files[0].path)
    data = bytearray(submitted.read_bytes())
    data[3] ^= 0x01
    submitted.write_bytes(bytes(data))
    report = verify_path(path, CATALOGUE.find)
    assert report.problems == [f"{path.name}: submission file {submitted} has changed since it was judged "
                               "(its SHA-256 differs from the one recorded)"]


def test_one_word_of_a_rubric_indicator_changed_fails_verify_naming_the_indicator(tmp_path):
    own = tmp_path / "rubrics"
    own.mkdir()
    shutil.copy(SHIPPED_RUBRICS / "8584-200.toml", own / "8584-200.toml")
    catalogue = find_rubrics([own])
    rubric = catalogue.get("8584-200")
    session = marked_session(rubric, tmp_path / "files")
    sign(session, rubric, "Ann Assessor", ASSESSOR)
    path = save(session, tmp_path / "sessions")
    text = (own / "8584-200.toml").read_text(encoding="utf-8")
    (own / "8584-200.toml").write_text(text.replace("at least three situations", "at least two situations", 1),
                                       encoding="utf-8")
    report = verify_path(path, find_rubrics([own]).find)
    assert any("rubric AC 1.2 pass indicator 1 has changed" in p for p in report.problems)
    assert any("the rubric file 8584-200.toml has changed" in p for p in report.problems)


def test_a_sheet_edited_after_writing_fails_verify_naming_the_cell(tmp_path):
    session, rubric, path = signed_session(tmp_path, "8584-200")
    sheet_path, _ = write_sheets(session, rubric, path.parent)
    doc = Document(str(sheet_path))
    for table in doc.tables:
        for row in table.rows:
            if row.cells[0].text.startswith("AC 3.2"):
                row.cells[4].paragraphs[0].runs[0].text = "Referral"
    doc.save(str(sheet_path))
    report = verify_path(sheet_path, CATALOGUE.find)
    assert report.problems == [f"{sheet_path.name}: 'AC 3.2' / 'Pass / Referral (delete as applicable)' prints "
                               "'Referral' where the session gives 'Pass'"]


def test_a_sheet_from_before_a_reopening_no_longer_verifies(tmp_path):
    from marker.signing import reopen

    session, rubric, path = signed_session(tmp_path, "8584-200")
    sheet_path, _ = write_sheets(session, rubric, path.parent)
    reopen(session, ASSESSOR, "typo in AC 1.1 feedback")
    save(session, path.parent, path)
    report = verify_path(sheet_path, CATALOGUE.find)
    assert any("has been withdrawn" in p for p in report.problems)


# --- rendering ------------------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed: apt-get install libreoffice-writer "
                                            "to render the sheets to PDF")
@pytest.mark.parametrize("unit", ["8584-200", "8587-302", "D2.01"])
def test_the_sheet_renders_to_pdf_with_every_expected_cell_filled(tmp_path, unit):
    from pypdf import PdfReader

    session, rubric, path = signed_session(tmp_path, unit)
    sheet_path = write_docx(build_sheet(session, rubric), tmp_path / "sheet.docx")
    profile = (tmp_path / "lo-profile").as_uri()  # its own: another LibreOffice running does not block it
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(sheet_path)],
                   check=True, capture_output=True, timeout=180)
    reader = PdfReader(str(tmp_path / "sheet.pdf"))
    pages = len(reader.pages)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    if rubric.scheme is Scheme.PASS_REFERRAL:
        assert 2 <= pages <= 3 * len(rubric.outcomes)
        expected = [f"AC {c.ref}" for c in rubric.criteria] + ["Pass", "PASS", "Ann Assessor", SIGNED_ON]
        expected += [" ".join(session.criteria[c.ref].feedback.split())[:40] for c in rubric.criteria]
    else:
        assert 1 <= pages <= 4
        expected = [s.title[:30] for s in rubric.sections] + ["PASS", "Ann Assessor", SIGNED_ON]
        expected += [f"{session.sections[s.ref].mark} /{s.max}" for s in rubric.sections]
    missing = [e for e in expected if e not in text]
    assert not missing, f"not on the rendered pages: {missing}"


def test_control_characters_and_a_very_long_name_still_give_a_sheet_that_verifies(tmp_path):
    rubric = CATALOGUE.get("8584-200")
    session = marked_session(rubric, tmp_path / "files", learner="N" * 300)
    session.set_feedback("1.1", "Pasted from a PDF:\x00 bell\x07 and escape\x1b[0m here.", ASSESSOR)
    sign(session, rubric, "Ann Assessor", ASSESSOR)
    path = save(session, tmp_path / "sessions")
    sheet_path, report_path = write_sheets(session, rubric, path.parent)
    feedback = rows_by_label(Document(str(sheet_path)))["AC 1.1"][3]
    assert feedback.startswith("Pasted from a PDF: bell and escape[0m here.")
    assert verify_path(sheet_path, CATALOGUE.find).ok and verify_path(report_path, CATALOGUE.find).ok


def test_a_signed_session_exported_before_qa_says_why_it_is_a_draft(tmp_path):
    session, rubric, _ = signed_session(tmp_path, "8584-200")
    doc = build_sheet(session, rubric, draft=True)
    assert doc.sections[0].header.paragraphs[0].text == "DRAFT: not yet quality assured; not for submission to ILM"
    assert doc.sections[0].header.is_linked_to_previous is False
    assert build_sheet(session, rubric).sections[0].header.is_linked_to_previous  # signed: no header at all
    assert doc.core_properties.keywords == f"marker-digest:{session.signature(Role.ASSESSOR).digest}"


def test_marker_sheet_writes_where_the_app_does_and_the_sheet_verifies_from_there(tmp_path):
    import os

    from marker.sheets import sheets_folder
    from test_cli_sessions import marker

    session, rubric, _ = signed_session(tmp_path, "D2.02")
    path = save(session, Path(os.environ["MARKER_SESSIONS"]))
    written = marker("sheet", path.name)
    assert written.returncode == 0, written.stderr
    folder = sheets_folder(path)
    assert folder == path.parent / "sheets"  # S in the app writes into sheets_folder(the session's path) too
    sheet = folder / path.name.replace(".toml", "_mark-sheet.docx")
    assert f"sheet: {sheet}" in written.stdout and sheet.is_file()
    assert (folder / path.name.replace(".toml", "_learner-report.docx")).is_file()
    checked = marker("verify", str(sheet))
    assert checked.returncode == 0, checked.stdout


def test_properties_name_the_document_and_marker_and_nothing_of_the_template(tmp_path):
    import zipfile

    session, rubric, path = signed_session(tmp_path, "8584-200")
    sheet_path, report_path = write_sheets(session, rubric, tmp_path / "out")
    sheet, report = Document(str(sheet_path)).core_properties, Document(str(report_path)).core_properties
    assert sheet.title == "Unit 8584-200 Result Sheet: Priya Shah" and report.title == "Feedback report: Priya Shah"
    assert sheet.subject == report.subject == "8584-200 Understanding Mentoring"
    assert sheet.comments.startswith("The result sheet for Priya Shah (PS-2041), unit 8584-200, attempt 1, "
                                     f"written by marker from session {session.id}")
    assert report.comments.startswith("The learner's feedback report for Priya Shah")
    assert sheet.author == report.author == "marker"
    for path in (sheet_path, report_path):
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            app = package.read("docProps/app.xml").decode()
            core = package.read("docProps/core.xml").decode()
        assert "docProps/thumbnail.jpeg" not in names
        assert "<Application>marker</Application>" in app and "Microsoft" not in app
        assert "python-docx" not in core


def test_one_record_makes_one_file_byte_for_byte(tmp_path):
    session, rubric, path = signed_session(tmp_path, "D2.01")
    first = write_sheets(session, rubric, tmp_path / "a")
    second = write_sheets(session, rubric, tmp_path / "b")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    footer = Document(str(first[0])).sections[0].footer.paragraphs[0].text
    assert f"record of {session.signature(Role.ASSESSOR).signed_at[:10]}" in footer


def test_the_learner_report_keeps_each_criterion_apart(tmp_path):
    session, rubric, _ = signed_session(tmp_path, "8584-200", referral=("1.3",))
    doc = build_report(session, rubric)
    paragraphs = doc.paragraphs
    for criterion in rubric.criteria:
        line = next(i for i, p in enumerate(paragraphs) if p.text.startswith(f"AC {criterion.ref} "))
        assert paragraphs[line].paragraph_format.space_before >= Pt(6)  # space above each criterion
        assert paragraphs[line].paragraph_format.keep_with_next  # never parted from its feedback
        assert paragraphs[line + 1].text == session.criteria[criterion.ref].feedback  # its own paragraph
        assert paragraphs[line + 1].paragraph_format.left_indent > 0
    for lo in rubric.outcomes:
        heading = next(p for p in paragraphs if p.text.startswith(f"Learning outcome {lo.ref}:"))
        assert heading.paragraph_format.space_before >= Pt(12) and heading.paragraph_format.keep_with_next


def test_the_schedule_of_results_looks_like_the_sheets(tmp_path):
    import io

    from marker.export.schedule import schedule_docx, schedule_row

    session, rubric, _ = signed_session(tmp_path, "8584-200")
    data = schedule_docx([schedule_row(session, rubric, "folder", draft=False)],
                         "Bundle for External Quality Assurance, exported 2026-11-21 10:15")
    doc = Document(io.BytesIO(data))
    sheet = build_sheet(session, rubric)
    assert doc.styles["Normal"].font.name == sheet.styles["Normal"].font.name == "Arial"
    assert doc.styles["Normal"].font.size == sheet.styles["Normal"].font.size
    footer = doc.sections[0].footer.paragraphs[0]
    assert "Schedule of results · 1 session" in footer.text
    assert {f.get(qn("w:instr")) for f in footer._p.iter(qn("w:fldSimple"))} == {"PAGE", "NUMPAGES"}
    assert doc.core_properties.title == "Schedule of results" and doc.core_properties.author == "marker"
    assert doc.sections[0].page_width > doc.sections[0].page_height
    header = doc.tables[0].rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on every page


# --- forgeries the text alone does not show -------------------------------------------------


def _tamper(tmp_path, unit="8584-200", referral=()):
    session, rubric, path = signed_session(tmp_path, unit, referral=referral)
    sheet_path, _ = write_sheets(session, rubric, path.parent)
    assert verify_path(sheet_path, CATALOGUE.find).ok
    return sheet_path, Document(str(sheet_path))


def _cell(doc, first_line, column):
    for table in doc.tables:
        for row in table.rows:
            if row.cells[0].text.split("\n")[0] == first_line:
                return row.cells[column]
    raise AssertionError(first_line)


def _problems(sheet_path, doc):
    doc.save(str(sheet_path))
    report = verify_path(sheet_path, CATALOGUE.find)
    assert not report.ok
    return [p.removeprefix(f"{sheet_path.name}: ") for p in report.problems]


def test_an_edited_footer_fails_verify_with_its_full_text(tmp_path):
    sheet_path, doc = _tamper(tmp_path)
    run = next(r for r in doc.sections[0].footer.paragraphs[0].runs if "Priya Shah" in r.text)
    run.text = run.text.replace("Priya Shah", "Priya Shaw")
    problems = _problems(sheet_path, doc)
    assert len(problems) == 1 and problems[0].startswith("the footer prints ")
    assert "Priya Shaw · session" in problems[0] and "Priya Shah · session" in problems[0]
    assert "record digest" in problems[0]  # the whole footer, not 50 characters of it


def test_a_struck_through_pass_fails_verify(tmp_path):
    sheet_path, doc = _tamper(tmp_path)
    _cell(doc, "AC 2.4", 4).paragraphs[0].runs[0].font.strike = True
    assert _problems(sheet_path, doc) == [
        "'AC 2.4' / 'Pass / Referral (delete as applicable)' reads 'Pass' as it should, but added: struck through"]


def test_a_referral_made_white_fails_verify_naming_the_outcome_box(tmp_path):
    sheet_path, doc = _tamper(tmp_path, referral=("1.2",))
    outcome = _cell(doc, "Unit Outcome (delete as applicable):", 1)
    assert outcome.text == "REFERRAL"
    outcome.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    assert _problems(sheet_path, doc) == [
        "'Unit Outcome (delete as applicable):' in the row of 'Signature of Assessor:' reads 'REFERRAL' as it "
        "should, but added: text colour FFFFFF (white)"]


def test_a_hidden_referral_with_pass_typed_in_a_content_control_fails_verify(tmp_path):
    from docx.oxml import OxmlElement

    sheet_path, doc = _tamper(tmp_path, referral=("1.2",))
    paragraph = _cell(doc, "Unit Outcome (delete as applicable):", 1).paragraphs[0]
    paragraph.runs[0].font.hidden = True
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "PASS"
    run.append(text)
    content.append(run)
    control.append(OxmlElement("w:sdtPr"))
    control.append(content)
    paragraph._p.append(control)
    problems = _problems(sheet_path, doc)
    assert problems == [
        "'Unit Outcome (delete as applicable):' in the row of 'Signature of Assessor:' prints 'PASS' where the "
        "session gives 'REFERRAL'; holds hidden text 'REFERRAL'; added: a content control (w:sdt), hidden text"]


def test_a_long_feedback_changed_near_its_end_is_shown_where_it_changed(tmp_path):
    rubric = CATALOGUE.get("8587-301")
    session = marked_session(rubric, tmp_path / "files")
    long = "The learner explains the purpose of mentoring records in depth. " * 8 + "Well done overall."
    session.set_feedback("2.2", long, ASSESSOR)
    sign(session, rubric, "Ann Assessor", ASSESSOR)
    path = save(session, tmp_path / "sessions")
    sheet_path, _ = write_sheets(session, rubric, path.parent)
    doc = Document(str(sheet_path))
    run = _cell(doc, "AC 2.2", 3).paragraphs[0].runs[0]
    run.text = run.text.replace("Well done", "Well dune")
    problems = _problems(sheet_path, doc)
    assert len(problems) == 1 and problems[0].startswith("'AC 2.2' / 'Assessor feedback on AC' prints …")
    assert "records in depth. Well dune overall." in problems[0]  # the changed words, with context
    assert "records in depth. Well done overall." in problems[0]
    assert "(characters 439-566 of 566)" in problems[0]  # where in the cell's text


def test_a_changed_header_cell_is_named_by_its_label(tmp_path):
    sheet_path, doc = _tamper(tmp_path)
    _cell(doc, "Centre Number", 3).paragraphs[0].runs[0].text = "Elsewhere College"
    assert _problems(sheet_path, doc) == [
        "'Centre Name' prints 'Elsewhere College' where the session gives 'Northfield Learning Centre'"]


def test_a_part_added_to_the_package_fails_verify(tmp_path):
    import zipfile

    sheet_path, _ = _tamper(tmp_path)
    with zipfile.ZipFile(sheet_path, "a") as package:
        package.writestr("word/extra.xml", "<x/>")
    problems = verify_path(sheet_path, CATALOGUE.find).problems
    assert problems == [f"{sheet_path.name}: has a part the session's sheet does not: word/extra.xml"]


@pytest.mark.parametrize("damage", ["truncated", "foreign", "not-a-zip", "bad-xml", "empty"])
def test_a_damaged_or_foreign_docx_is_one_line_naming_it_exit_1(tmp_path, damage):
    import zipfile

    from test_cli_sessions import marker

    sheet_path, _ = _tamper(tmp_path)
    data = sheet_path.read_bytes()
    if damage == "truncated":
        sheet_path.write_bytes(data[: len(data) // 2])
    elif damage == "foreign":
        Document().save(str(sheet_path))
    elif damage == "not-a-zip":
        sheet_path.write_text("just text", encoding="utf-8")
    elif damage == "empty":
        sheet_path.write_bytes(b"")
    else:
        with zipfile.ZipFile(sheet_path) as source:
            parts = {n: source.read(n) for n in source.namelist()}
        parts["word/document.xml"] = parts["word/document.xml"][:-40]
        with zipfile.ZipFile(sheet_path, "w") as target:
            for name, blob in parts.items():
                target.writestr(name, blob)
    result = marker("verify", str(sheet_path))
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    failures = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert len(failures) == 1 and str(sheet_path.name) in failures[0], result.stdout


def test_a_learner_report_with_what_to_anonymise_verifies_and_its_feedback_is_still_compared(tmp_path):
    from marker.submission.identifying import IdentifyingDetail

    session, rubric, path = signed_session(tmp_path, "8584-200")
    found = [IdentifyingDetail(text="Helen Ward", location="a.docx ¶3", kind="name", why="full name")]
    _, report_path = write_sheets(session, rubric, path.parent, identifying=found)
    assert verify_path(report_path, CATALOGUE.find).ok  # the list comes from the submission, not the session
    doc = Document(str(report_path))
    line = next(p for p in doc.paragraphs if p.text == session.criteria["1.1"].feedback)
    line.runs[0].font.strike = True
    problems = _problems(report_path, doc)
    assert len(problems) == 1 and "added: struck through" in problems[0]
