"""``marker verify``: does a session, a sheet or a bundle still match what was signed?

For a session: every signature's digest is recomputed from the record as it is now
(``marker.record``), naming each part that changed; each submission file that is
present still has its recorded SHA-256. For a sheet: the session it names (found beside
it or in the sessions folder) verifies, the digest in the sheet's properties is the
session's, and every cell still says what the session says.
"""

from __future__ import annotations

from pathlib import Path

from marker.errors import MarkerError
from marker.report import Report
from marker.store import list_sessions, load
from marker.verify_session import SHEET_SUFFIXES, RubricFinder, verify_session

__all__ = ["SHEET_SUFFIXES", "RubricFinder", "verify_path", "verify_session", "verify_session_file", "verify_sheet"]

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
    """The manifest's digests, then every session and sheet inside against its signatures.

    A zip is read member by member within limits (``marker.export.zipread``), never unpacked.
    """
    from marker.export.manifest import verify_bundle

    report = Report(problems=list(verify_bundle(path)))
    if not report.problems:
        report.checked.append(f"{path.name}: every file matches the manifest")
    if path.is_dir():
        report.extend(_verify_folder(path, rubric_for))
        return report
    from marker.verify_zip import verify_zip_contents

    report.extend(verify_zip_contents(path, rubric_for))
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
