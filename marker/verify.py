"""``marker verify``: does a session, a sheet or a bundle still match what was signed?

For a session: every signature's digest is recomputed from the record as it is now
(``marker.record``), naming each part that changed; each submission file that is
present still has its recorded SHA-256. For a sheet: the session it names (found beside
it or in the sessions folder) verifies, the digest in the sheet's properties is the
session's, and every cell still says what the session says.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from marker.errors import MarkerError
from marker.record import changed_parts, digest, record
from marker.report import Report
from marker.rubric import Rubric
from marker.session import Session
from marker.store import list_sessions, load
from marker.submission.files import sha256_of

RubricFinder = Callable[[str], "Rubric | None"]


def verify_session(session: Session, rubric: Rubric | None, where: Path | None = None, *,
                   require_signed: bool = True) -> Report:
    """Check every signature and every submission file present. ``where`` is the session file.

    An unsigned session fails, unless ``require_signed`` is False (a bundle's DRAFTs).
    """
    report = Report()
    label = where.name if where else session.id
    if rubric is None:
        report.problems.append(f"{label}: the rubric for unit {session.unit} is not found, so the signature "
                               "cannot be checked; add the rubric folder to the config")
        return report
    if not session.signatures:
        if require_signed:
            report.problems.append(f"{label}: not signed, so there is nothing to verify")
        else:
            report.checked.append(f"{label}: a DRAFT, not signed")
    for signature in session.signatures:
        parts = record(session, rubric, signature.role, signature.name, signature.date)
        who = f"{label}: {signature.role} signature ({signature.name}, {signature.date})"
        if digest(parts) == signature.digest:
            report.checked.append(f"{who} matches the record")
            continue
        changed = changed_parts(signature.parts, parts)
        if not changed:
            report.problems.append(f"{who}: the record does not match its signed digest")
        for part in changed:
            report.problems.append(f"{who}: {_describe(part, rubric)} has changed since it was signed")
    for file in session.files:
        path = _present(Path(file.path), where, file.name)
        if path is None:
            report.checked.append(f"{label}: {file.name} is not here, so it was not checked")
            continue
        if sha256_of(path) != file.sha256:
            report.problems.append(f"{label}: submission file {path} has changed since it was judged "
                                   "(its SHA-256 differs from the one recorded)")
        else:
            report.checked.append(f"{label}: {file.name} matches its recorded SHA-256")
    return report


def _describe(part: str, rubric: Rubric) -> str:
    if part == "rubric file":
        return f"the rubric file {rubric.path.name}"
    if part.startswith("file "):
        return f"the recorded SHA-256 of submission {part}"
    return part


def _present(recorded: Path, session_file: Path | None, name: str) -> Path | None:
    """The file where it was judged, or beside the session file (as in an export bundle)."""
    if recorded.is_file():
        return recorded
    if session_file is not None and (beside := session_file.parent / name).is_file():
        return beside
    return None


def verify_session_file(path: Path, rubric_for: RubricFinder, *, require_signed: bool = True) -> Report:
    session = load(path)
    return verify_session(session, rubric_for(session.unit), path, require_signed=require_signed)


def verify_sheet(path: Path, rubric_for: RubricFinder, sessions_dir: Path | None, *,
                 require_signed: bool = True, check_session: bool = True) -> Report:
    """A sheet: its session verifies, and the sheet still says what the session says.

    ``check_session`` False compares the sheet only (its session is verified on its own).
    """
    from marker.sheets.compare import compare_sheet, read_sheet  # python-docx only when a sheet is checked

    sheet = read_sheet(path)
    session_path = _find_session(sheet.session_id, [path.parent, sessions_dir])
    if session_path is None:
        raise MarkerError(f"{path}: the session {sheet.session_id or '(none named)'} it was made from is not beside "
                          "it or in the sessions folder; verify the session file instead, or pass --sessions DIR")
    session = load(session_path)
    rubric = rubric_for(session.unit)
    report = Report()
    if check_session:
        report = verify_session(session, rubric, session_path, require_signed=require_signed and not sheet.draft)
    if rubric is not None:
        report.extend(compare_sheet(sheet, session, rubric))
    return report


def _find_session(session_id: str, folders: list[Path | None]) -> Path | None:
    if not session_id:
        return None
    for folder in folders:
        if folder is None or not Path(folder).is_dir():
            continue
        stored, _ = list_sessions(Path(folder))
        for item in stored:
            if item.session.id == session_id:
                return item.path
    return None


SHEET_SUFFIXES = ("_result-sheet.docx", "_mark-sheet.docx", "_learner-report.docx")


def verify_path(path: Path, rubric_for: RubricFinder, sessions_dir: Path | None = None) -> Report:
    """A session file, a sheet, or an export bundle (a folder or a zip with a manifest).

    Raises:
        MarkerError: the path cannot be read as any of these, in one line naming it.
    """
    path = Path(path)
    if not path.exists():
        raise MarkerError(f"{path}: no such file or folder; check the path")
    if path.is_dir() or path.suffix.lower() == ".zip":
        return verify_bundle_path(path, rubric_for)
    if path.suffix.lower() == ".docx":
        return verify_sheet(path, rubric_for, sessions_dir)
    if path.suffix.lower() == ".toml":
        return verify_session_file(path, rubric_for)
    raise MarkerError(f"{path}: not a session (.toml), a sheet (.docx) or a bundle (folder or .zip)")


def verify_bundle_path(path: Path, rubric_for: RubricFinder) -> Report:
    """The manifest's digests, then every session and sheet inside against its signatures."""
    import tempfile
    import zipfile

    from marker.export.manifest import verify_bundle

    report = Report(problems=list(verify_bundle(path)))
    if not report.problems:
        report.checked.append(f"{path.name}: every file matches the manifest")
    if path.is_dir():
        report.extend(_verify_folder(path, rubric_for))
        return report
    with tempfile.TemporaryDirectory(prefix="marker-verify-") as scratch:
        try:
            with zipfile.ZipFile(path) as bundle:
                bundle.extractall(scratch)  # zipfile drops ".." and absolute parts of member names
        except (zipfile.BadZipFile, OSError) as exc:
            raise MarkerError(f"{path}: cannot be read as a zip ({exc}); export the bundle again") from None
        report.extend(_verify_folder(Path(scratch), rubric_for))
    return report


def _verify_folder(folder: Path, rubric_for: RubricFinder) -> Report:
    report = Report()
    for session_file in sorted(folder.rglob("*.toml")):
        try:
            report.extend(verify_session_file(session_file, rubric_for, require_signed=False))
        except MarkerError as exc:
            report.problems.append(str(exc))
    for sheet in sorted(p for p in folder.rglob("*.docx") if p.name.endswith(SHEET_SUFFIXES)):
        try:
            report.extend(verify_sheet(sheet, rubric_for, None, require_signed=False, check_session=False))
        except MarkerError as exc:
            report.problems.append(str(exc))
    return report
