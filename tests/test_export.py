"""Export for EQA: selection, the bundle, safe names, cancelling, and verifying the manifest."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
import zipfile
from datetime import date
from pathlib import Path

import pytest

from conftest import REPO
from marked import marked_session, submission
from marker import keys
from marker.catalogue import find_rubrics
from marker.config import Config
from marker.errors import MarkerError
from marker.export import Criteria, ExportCancelled, build_bundle, is_final, select_sessions, verify_bundle
from marker.export import bundle as bundle_module
from marker.export.manifest import MANIFEST
from marker.export.names import UniqueNames, safe_name, safe_relative
from marker.session import Role, Status
from marker.signing import make_signature, sign
from marker.store import StoredSession, list_sessions, save

UNIT = "8584-200"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.fixture(scope="module")
def rubrics():
    return find_rubrics(Config().rubric_folders()).rubrics


def sessions_dir() -> Path:
    return Path(os.environ["MARKER_SESSIONS"])


def finished(rubrics, tmp_path, learner="Priya Shah", reg="PS-2041", *, unit=UNIT, signed_on=date(2025, 3, 1),
             qa=True, files=None, assessor="Ann Assessor") -> StoredSession:
    """A session marked, signed by the assessor and (with ``qa``) by the IQA and QA-confirmed, saved."""
    rubric = rubrics[unit]
    session = marked_session(rubric, tmp_path / "submissions" / f"{len(list(sessions_dir().glob('*.toml')))}",
                             learner=learner, reg=reg)
    if files:
        session.files = files
    if signed_on is not None:
        sign(session, rubric, assessor, assessor, on=signed_on)
    if qa:
        on = signed_on.isoformat()
        # with the IQA's own key, as every signature since the centre's trust file began must be
        session.signatures.append(make_signature(session, rubric, "Ian Quality", Role.IQA, on,
                                                 keys.signing_key("Ian Quality")))
    path = save(session, sessions_dir())
    return StoredSession(path, session)


def export(rubrics, out: Path, **options) -> Path:
    stored, problems = list_sessions(sessions_dir())
    assert not problems
    selection = select_sessions(stored, Criteria(include_unsigned=options.pop("include_unsigned", False)))
    return build_bundle(selection.chosen, rubrics, out, **options)


def files_in(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def left_behind(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir()) if parent.exists() else []


# --- the bundle and its manifest ----------------------------------------------------------------


def test_export_then_verify_passes_and_holds_everything_judged(rubrics, tmp_path):
    second = [submission(tmp_path / "two", "essay.docx", b"part one"), submission(tmp_path / "two", "diary.pdf", b"%PDF part two")]
    one = finished(rubrics, tmp_path, "Priya Shah", "PS-2041")
    two = finished(rubrics, tmp_path, "Jordan Ellis", "R4471926", files=second)
    out = export(rubrics, tmp_path / "eqa" / "cohort")

    assert verify_bundle(out) == []
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert folders == ["Jordan-Ellis_R4471926_8584-200_attempt1", "Priya-Shah_PS-2041_8584-200_attempt1"]
    jordan = out / folders[0]
    assert (jordan / "essay.docx").read_bytes() == b"part one" and (jordan / "diary.pdf").read_bytes() == b"%PDF part two"
    assert (jordan / two.path.name).read_bytes() == two.path.read_bytes()
    assert (out / folders[1] / one.path.name).read_bytes() == one.path.read_bytes()
    assert {p.name for p in jordan.glob("*.docx")} >= {"R4471926_8584-200_attempt1_result-sheet.docx",
                                                       "R4471926_8584-200_attempt1_learner-report.docx"}
    schedule = (out / "schedule.csv").read_text(encoding="utf-8-sig").splitlines()
    assert schedule[0].startswith("Learner,Registration no.,Unit,Attempt,Outcome,Assessor,Assessor date,IQA,IQA date")
    assert schedule[1].startswith("Jordan Ellis,R4471926,8584-200,1,PASS,Ann Assessor,2025-03-01,Ian Quality,2025-03-01,,")
    assert (out / "schedule.docx").stat().st_size > 0
    index = (out / "index.txt").read_text(encoding="utf-8")
    assert "Jordan-Ellis_R4471926_8584-200_attempt1/" in index and "diary.pdf: submission file as judged" in index
    manifest = json.loads((out / MANIFEST).read_text())
    assert [f["path"] for f in manifest["files"]] == [f for f in files_in(out) if f != MANIFEST]
    assert manifest["sessions"] == 2


def test_the_bundle_is_readable_by_the_user_only(rubrics, tmp_path):
    finished(rubrics, tmp_path)
    out = export(rubrics, tmp_path / "eqa")
    for path in [out, *out.rglob("*")]:
        assert path.stat().st_mode & 0o777 == (0o700 if path.is_dir() else 0o600), path


def test_one_flipped_byte_in_any_file_fails_verify_and_names_that_file(rubrics, tmp_path):
    finished(rubrics, tmp_path, "Priya Shah")
    finished(rubrics, tmp_path, "Jordan Ellis", "R4471926", qa=True)
    out = export(rubrics, tmp_path / "eqa")
    for rel in files_in(out):
        path = out / rel
        original = path.read_bytes()
        positions = range(0, len(original), 29) if rel == MANIFEST else [0, len(original) // 2, len(original) - 1]
        for at in positions:
            changed = bytearray(original)
            changed[at] ^= 0x01
            path.write_bytes(bytes(changed))
            problems = verify_bundle(out)
            assert any(p.startswith(f"{rel}: ") for p in problems), (rel, at, problems)
        path.write_bytes(original)
    assert verify_bundle(out) == []


def test_missing_and_extra_files_are_named(rubrics, tmp_path):
    finished(rubrics, tmp_path)
    out = export(rubrics, tmp_path / "eqa")
    folder = next(p for p in out.iterdir() if p.is_dir())
    (folder / "PS-2041-8584-200.docx").unlink()
    (folder / "notes.txt").write_text("added later")
    assert verify_bundle(out) == [f"{folder.name}/PS-2041-8584-200.docx: missing (listed in the manifest)",
                                  f"{folder.name}/notes.txt: not in the manifest"]
    (out / MANIFEST).unlink()
    assert verify_bundle(out) == [f"{MANIFEST}: missing; this is not a marker bundle, or its manifest was removed"]
    assert "no such bundle" in verify_bundle(tmp_path / "nowhere")[0]


def test_zip_bundle_verifies_and_names_a_changed_member(rubrics, tmp_path):
    finished(rubrics, tmp_path)
    written = export(rubrics, tmp_path / "eqa" / "cohort", zip=True)
    assert written == tmp_path / "eqa" / "cohort.zip"
    assert left_behind(tmp_path / "eqa") == ["cohort.zip"]  # the zip instead of the folder, nothing else
    assert written.stat().st_mode & 0o777 == 0o600
    assert verify_bundle(written) == []
    with zipfile.ZipFile(written) as archive:
        names = archive.namelist()
        members = {n: archive.read(n) for n in names}
    assert names == sorted(names) and all(n.startswith("cohort/") for n in names)
    sheet = next(n for n in names if n.endswith("_result-sheet.docx"))

    def rezip(changes: dict[str, bytes | None]) -> Path:
        path = tmp_path / "changed.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in {**members, **changes}.items():
                if data is not None:
                    archive.writestr(name, data)
        return path

    rel = sheet.removeprefix("cohort/")
    assert verify_bundle(rezip({sheet: members[sheet] + b"x"})) == [f"{rel}: SHA-256 differs from the manifest"]
    assert verify_bundle(rezip({sheet: None})) == [f"{rel}: missing (listed in the manifest)"]
    assert verify_bundle(rezip({"cohort/extra.txt": b"x"})) == ["extra.txt: not in the manifest"]
    data = bytearray(written.read_bytes())
    data[len(data) // 3] ^= 0xFF
    (tmp_path / "damaged.zip").write_bytes(bytes(data))
    assert verify_bundle(tmp_path / "damaged.zip")


def test_an_empty_out_folder_is_used_and_a_non_empty_one_refused(rubrics, tmp_path):
    finished(rubrics, tmp_path)
    (tmp_path / "empty").mkdir()
    assert verify_bundle(export(rubrics, tmp_path / "empty")) == []
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(MarkerError, match="full: already exists and is not empty"):
        export(rubrics, tmp_path / "full")
    assert left_behind(tmp_path / "full") == ["keep.txt"]
    assert [p for p in tmp_path.iterdir() if ".partial" in p.name] == []


# --- drafts ---------------------------------------------------------------------------------------


def test_unsigned_work_is_left_out_unless_asked_and_then_marked_draft(rubrics, tmp_path):
    finished(rubrics, tmp_path, "Priya Shah")
    finished(rubrics, tmp_path, "Jordan Ellis", "R4471926", qa=False)  # signed, not QA-confirmed
    finished(rubrics, tmp_path, "Sam Draft", "R1", signed_on=None, qa=False)
    stored, _ = list_sessions(sessions_dir())
    default = select_sessions(stored, Criteria())
    assert [s.session.learner_name for s in default.chosen] == ["Priya Shah"] and default.unfinished == 2
    signed_only = select_sessions(stored, Criteria(statuses=(Status.SIGNED,)))
    assert signed_only.chosen == [] and signed_only.unfinished == 1

    out = export(rubrics, tmp_path / "eqa", include_unsigned=True)
    assert verify_bundle(out) == []
    rows = {line.split(",")[0]: line for line in (out / "schedule.csv").read_text(encoding="utf-8-sig").splitlines()}
    assert rows["Priya Shah"].split(",")[9] == "" and rows["Jordan Ellis"].split(",")[9] == "DRAFT"
    assert rows["Sam Draft"].split(",")[9] == "DRAFT"
    import docx

    sheet = next((out / "Sam-Draft_R1_8584-200_attempt1").glob("*_result-sheet.docx"))
    assert docx.Document(str(sheet)).sections[0].header.paragraphs[0].text.startswith("DRAFT")  # every page
    assert "DRAFT" in (out / "index.txt").read_text()
    table = docx.Document(str(out / "schedule.docx")).tables[0]
    outcomes = {row.cells[0].text: row.cells[4].text for row in table.rows[1:]}
    assert outcomes == {"Jordan Ellis": "PASS (DRAFT)", "Priya Shah": "PASS", "Sam Draft": "PASS (DRAFT)"}
    final = next((out / "Priya-Shah_PS-2041_8584-200_attempt1").glob("*_result-sheet.docx"))
    assert "DRAFT" not in "\n".join(p.text for p in docx.Document(str(final)).paragraphs)


def test_schedule_cells_never_run_as_spreadsheet_formulas(rubrics, tmp_path):
    finished(rubrics, tmp_path, '=HYPERLINK("http://x","click")', "+44")
    out = export(rubrics, tmp_path / "eqa")
    row = (out / "schedule.csv").read_text(encoding="utf-8-sig").splitlines()[1]
    assert row.startswith('"\'=HYPERLINK(""http://x"",""click"")",\'+44,')


# --- hostile names --------------------------------------------------------------------------------


HOSTILE = ["../../etc", "a" * 300, f"{BIDI}Eve\u202etxt.exe", "Nul\x00Byte", "Same Name", "same name", "/", "..",
           "C:\\Windows\\system32", "CON"]


def plain_sheets(session, rubric, folder, draft, identifying=None):
    """A stand-in for ``marker.sheets.write_sheets`` that accepts any name (the real one is tested below)."""
    import docx

    written = []
    for kind in ("result-sheet", "learner-report"):
        document = docx.Document()
        document.add_paragraph(("DRAFT " if draft else "") + kind)
        document.save(str(folder / f"{kind}.docx"))
        written.append(folder / f"{kind}.docx")
    return written


def test_hostile_learner_names_give_safe_distinct_paths_inside_the_bundle(rubrics, tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_module, "write_sheets", plain_sheets)
    hostile_file = submission(tmp_path / "h", "../../up.docx", b"up")  # stored outside its folder on purpose
    for i, name in enumerate(HOSTILE):
        files = [hostile_file] if i == 0 else None
        finished(rubrics, tmp_path, name, "R1" if "ame" in name else f"R{i}", files=files)
    out = export(rubrics, tmp_path / "eqa")
    assert verify_bundle(out) == []
    folders = [p.name for p in out.iterdir() if p.is_dir()]
    assert len(folders) == len(HOSTILE)
    assert len({f.casefold() for f in folders}) == len(folders)
    for rel in files_in(out):
        path = (out / rel).resolve()
        assert path.is_relative_to(out.resolve()), rel
        for part in rel.split("/"):
            assert part not in ("", ".", "..") and len(part) <= 120, rel
            assert all(c.isascii() and (c.isalnum() or c in "._-") for c in part), rel
    assert (out / "etc_R0_8584-200_attempt1" / "up.docx").read_bytes() == b"up"
    assert not (tmp_path / "up.docx").exists() and not (out.parent / "up.docx").exists()


@pytest.mark.parametrize("name", ["a" * 300, "Nul\x00Byte"])
def test_hostile_learner_names_with_the_real_sheets(rubrics, tmp_path, name):
    finished(rubrics, tmp_path, name)
    assert verify_bundle(export(rubrics, tmp_path / "eqa")) == []


def test_a_sheet_that_cannot_be_written_stops_the_export_in_one_line(rubrics, tmp_path, monkeypatch):
    def refusing(session, rubric, folder, draft, identifying=None):
        raise ValueError("All strings must be XML compatible:\n no NULL bytes")

    monkeypatch.setattr(bundle_module, "write_sheets", refusing)
    stored = finished(rubrics, tmp_path)
    with pytest.raises(MarkerError) as raised:
        export(rubrics, tmp_path / "eqa")
    assert str(raised.value).startswith(f"{stored.path}: its sheets could not be written (All strings must be XML")
    assert "\n" not in str(raised.value) and not (tmp_path / "eqa").exists()


def test_safe_names_directly():
    for name in HOSTILE + ["", "\x1b[31mred", "Zoë Ørsted", "王伟"]:
        safe = safe_name(name)
        assert safe and len(safe) <= 60 and "/" not in safe and "\\" not in safe and ".." not in safe
        assert not any(ord(c) < 32 or c in BIDI for c in safe) and not safe.startswith(".")
    assert safe_name("Zoë O'Brien") == "Zoe-OBrien"
    assert safe_name("CON") != "CON"
    assert safe_relative("../../etc/passwd") == "etc/passwd"
    assert safe_relative("week 1\\diary\u202egpj.exe") == "week-1/diarygpj.exe"
    names = UniqueNames()
    assert [names.claim(n) for n in ("a.docx", "A.DOCX", "a.docx")] == ["a.docx", "A-2.DOCX", "a-3.docx"]
    assert [names.claim(n, extension=False) for n in ("J. Smith", "j. smith")] == ["J. Smith", "j. smith-2"]


# --- failures leave nothing -----------------------------------------------------------------------


@pytest.mark.parametrize("as_zip", [False, True])
def test_a_cancel_mid_export_leaves_nothing_behind(rubrics, tmp_path, as_zip):
    for i in range(4):
        finished(rubrics, tmp_path, f"Learner {i}", f"R{i}")
    cancel = threading.Event()
    seen = []

    def progress(done, total, label):
        seen.append(done)
        if done == 3:
            cancel.set()

    (tmp_path / "eqa").mkdir()
    with pytest.raises(ExportCancelled, match="nothing was written"):
        export(rubrics, tmp_path / "eqa" / "cohort", zip=as_zip, progress=progress, cancel=cancel)
    assert seen == [1, 2, 3]
    assert left_behind(tmp_path / "eqa") == []


def test_ctrl_c_leaves_nothing_behind(rubrics, tmp_path):
    finished(rubrics, tmp_path)
    finished(rubrics, tmp_path, "Jordan Ellis", "R2")

    def interrupt(done, total, label):
        if done == 2:
            raise KeyboardInterrupt

    (tmp_path / "eqa").mkdir()
    with pytest.raises(KeyboardInterrupt):
        export(rubrics, tmp_path / "eqa" / "cohort", progress=interrupt)
    assert left_behind(tmp_path / "eqa") == []


def test_a_submission_changed_since_judging_aborts_naming_it(rubrics, tmp_path):
    finished(rubrics, tmp_path, "Priya Shah")
    later = finished(rubrics, tmp_path, "Zed Last", "R9")
    judged = Path(later.session.files[0].path)
    judged.write_bytes(judged.read_bytes() + b" edited after marking")
    (tmp_path / "eqa").mkdir()
    with pytest.raises(MarkerError) as raised:
        export(rubrics, tmp_path / "eqa" / "cohort")
    message = str(raised.value)
    assert message.startswith(f"{judged}: changed since it was judged") and "\n" not in message
    assert left_behind(tmp_path / "eqa") == []
    judged.unlink()
    with pytest.raises(MarkerError, match=f"{judged}: missing"):
        export(rubrics, tmp_path / "eqa" / "cohort")
    assert left_behind(tmp_path / "eqa") == []


def test_a_failure_writing_sheets_leaves_nothing(rubrics, tmp_path, monkeypatch):
    finished(rubrics, tmp_path)
    finished(rubrics, tmp_path, "Jordan Ellis", "R2")
    calls = []

    def failing(session, rubric, folder, draft, identifying=None):
        calls.append(session.learner_name)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(folder / "x.docx"))
        return []

    monkeypatch.setattr(bundle_module, "write_sheets", failing)
    (tmp_path / "eqa").mkdir()
    with pytest.raises(MarkerError, match=r"\(No space left on device\); nothing was exported") as raised:
        export(rubrics, tmp_path / "eqa" / "cohort")
    assert str(tmp_path / "eqa" / "cohort") in str(raised.value) and ".partial" not in str(raised.value)
    assert left_behind(tmp_path / "eqa") == []


def test_a_unit_without_a_rubric_is_refused_before_writing(rubrics, tmp_path):
    stored = finished(rubrics, tmp_path)
    with pytest.raises(MarkerError, match="unit 8584-200 has no rubric"):
        build_bundle([stored], {}, tmp_path / "eqa")
    assert not (tmp_path / "eqa").exists()


# --- PDF copies -------------------------------------------------------------------------------------


def test_pdf_without_libreoffice_is_skipped_plainly(rubrics, tmp_path, monkeypatch):
    finished(rubrics, tmp_path)
    monkeypatch.setattr(bundle_module, "find_libreoffice", lambda: None)
    out = export(rubrics, tmp_path / "eqa", pdf=True)
    assert "PDF copies skipped: LibreOffice is not installed" in (out / "index.txt").read_text()
    assert not list(out.rglob("*.pdf")) and verify_bundle(out) == []


@pytest.mark.skipif(bundle_module.find_libreoffice() is None, reason="LibreOffice is not installed")
def test_pdf_copies_of_the_sheets_with_libreoffice(rubrics, tmp_path):
    finished(rubrics, tmp_path)
    out = export(rubrics, tmp_path / "eqa", pdf=True)
    pdfs = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.pdf"))
    assert pdfs == ["Priya-Shah_PS-2041_8584-200_attempt1/PS-2041_8584-200_attempt1_learner-report.pdf",
                    "Priya-Shah_PS-2041_8584-200_attempt1/PS-2041_8584-200_attempt1_result-sheet.pdf",
                    "schedule.pdf"]
    assert all((out / p).read_bytes().startswith(b"%PDF") for p in pdfs)
    assert verify_bundle(out) == [] and not any(".pdf-work" in f for f in files_in(out))


# --- selection ----------------------------------------------------------------------------------------


def test_selection_filters(rubrics, tmp_path):
    priya = finished(rubrics, tmp_path, "Priya Shah", "PS-1", signed_on=date(2025, 1, 10))
    jordan = finished(rubrics, tmp_path, "Jordan Ellis", "R2", signed_on=date(2025, 2, 20), assessor="Bo Marker")
    other = finished(rubrics, tmp_path, "Ali Khan", "R3", unit="8584-201", signed_on=date(2025, 3, 5))
    draft = finished(rubrics, tmp_path, "Dee Draft", "R4", signed_on=None, qa=False)
    stored = [priya, jordan, other, draft]

    def chosen(**criteria):
        return [s.session.learner_name for s in select_sessions(stored, Criteria(**criteria)).chosen]

    assert chosen() == ["Ali Khan", "Jordan Ellis", "Priya Shah"]  # sorted by learner; the draft left out
    assert chosen(units=("8584-201",)) == chosen(units=("8584-201 ",)) == ["Ali Khan"]
    assert chosen(date_from=date(2025, 2, 1)) == ["Ali Khan", "Jordan Ellis"]
    assert chosen(date_to=date(2025, 2, 20)) == ["Jordan Ellis", "Priya Shah"]
    assert chosen(date_from=date(2025, 2, 1), date_to=date(2025, 2, 28)) == ["Jordan Ellis"]
    assert chosen(learner="shah") == chosen(learner="ps-1") == ["Priya Shah"]
    assert chosen(assessor="bo mark") == ["Jordan Ellis"]
    assert chosen(include_unsigned=True) == ["Ali Khan", "Dee Draft", "Jordan Ellis", "Priya Shah"]
    assert chosen(statuses=(Status.DRAFT,), include_unsigned=True) == ["Dee Draft"]
    assert select_sessions(stored, Criteria(statuses=(Status.DRAFT,))).unfinished == 1
    assert is_final(priya.session) and not is_final(draft.session)


# --- the command line ---------------------------------------------------------------------------------


def marker(*args):
    return subprocess.run([sys.executable, "-m", "marker", *args], capture_output=True, text=True, cwd=REPO)


def test_cli_counts_first_exports_and_shows_progress(rubrics, tmp_path, signers):
    signers.install("")  # the exporter's own key, for the command run as another process
    finished(rubrics, tmp_path, "Priya Shah")
    finished(rubrics, tmp_path, "Jordan Ellis", "R2")
    finished(rubrics, tmp_path, "Dee Draft", "R4", signed_on=None, qa=False)
    dry = marker("export", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("2 sessions selected (1 more not yet signed and QA-confirmed")
    assert not (tmp_path / "eqa").exists()
    assert marker("export", "--dry-run", "--learner", "jordan").stdout.startswith("1 session selected")

    result = marker("export", "--out", str(tmp_path / "eqa"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["2 sessions selected (1 more not yet signed and QA-confirmed; "
                                          "--include-unsigned adds them marked DRAFT)",
                                          f"exported 2 sessions to {tmp_path / 'eqa'}"]
    assert "[1/2] Jordan Ellis 8584-200" in result.stderr and "[2/2] Priya Shah 8584-200" in result.stderr
    assert verify_bundle(tmp_path / "eqa") == []


@pytest.mark.parametrize("args, says", [
    (["export"], "export needs --out DIR"),
    (["export", "--out", "X", "--from", "2025-13-01"], "--from '2025-13-01' is not a date"),
    (["export", "--out", "X", "--status", "done"], "--status 'done' is not a status"),
    (["export", "--out", "X", "--unit", "9999-999"], "--unit 9999-999: unknown unit (known units: 8584-200"),
])
def test_cli_errors_are_one_line(args, says):
    result = marker(*args)
    assert result.returncode == 2 and result.stderr.startswith(f"marker: {says}") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_cli_refuses_an_existing_bundle_in_one_line(rubrics, tmp_path):
    finished(rubrics, tmp_path)
    (tmp_path / "eqa").mkdir()
    (tmp_path / "eqa" / "old.txt").write_text("x")
    result = marker("export", "--out", str(tmp_path / "eqa"))
    assert result.returncode == 2 and result.stderr == (
        f"marker: {tmp_path / 'eqa'}: already exists and is not empty; an export never overwrites, "
        "so choose another --out or move it away\n")


def test_cli_ctrl_c_cancels_cleanly(rubrics, tmp_path, monkeypatch, capsys):
    from marker.cli import main

    finished(rubrics, tmp_path)
    finished(rubrics, tmp_path, "Jordan Ellis", "R2")
    real = bundle_module.write_sheets
    calls = []

    def interrupted(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(bundle_module, "write_sheets", interrupted)
    (tmp_path / "eqa").mkdir()
    assert main(["export", "--out", str(tmp_path / "eqa" / "cohort")]) == 130
    assert "export cancelled; nothing was written" in capsys.readouterr().err
    assert left_behind(tmp_path / "eqa") == []


def test_cli_zip_and_pdf_without_libreoffice(rubrics, tmp_path, monkeypatch, capsys):
    import marker.export as export_package
    from marker.cli import main

    finished(rubrics, tmp_path)
    monkeypatch.setattr(export_package, "find_libreoffice", lambda: None)
    monkeypatch.setattr(bundle_module, "find_libreoffice", lambda: None)
    assert main(["export", "--out", str(tmp_path / "cohort"), "--zip", "--pdf"]) == 0
    captured = capsys.readouterr()
    assert "PDF copies skipped: LibreOffice is not installed" in captured.err
    assert f"exported 1 session to {tmp_path / 'cohort.zip'}" in captured.out
    assert verify_bundle(tmp_path / "cohort.zip") == [] and not (tmp_path / "cohort").exists()
    with zipfile.ZipFile(io.BytesIO((tmp_path / "cohort.zip").read_bytes())) as archive:
        assert "cohort/manifest.json" in archive.namelist()


def test_the_count_says_session_for_one_and_sessions_for_more():
    from marker.export.select import Selection

    assert Selection().count_text() == "0 sessions selected"
    assert Selection(chosen=["one"]).count_text() == "1 session selected"
    assert Selection(chosen=["one", "two"]).count_text() == "2 sessions selected"
