"""``marker verify``: does a session, a sheet, a trust file or a bundle still match what was signed?

For a session: every signature's digest is recomputed from the record as it is now
(``marker.record``), naming each part that changed, checked against its key's Ed25519
signature and the centre's trust in that key (``marker.signatures``, ``marker.trust``);
each submission file that is present still has its recorded SHA-256
(``marker.verify_session``). For a sheet: the session it names (found beside it or in
the sessions folder) verifies, the digest in the sheet's properties is the session's,
and the sheet is the one the session makes, part for part (``marker.sheets.compare``):
document, headers, footers, properties, every part. For a bundle: the manifest, its
signature, the sessions against their bundled copies and the schedule
(``marker.export.bundle_check``), a zip read member by member (``marker.verify_zip``).
"""

from __future__ import annotations

from pathlib import Path

from marker.errors import MarkerError
from marker.report import Report
from marker.store import list_sessions, load
from marker.verify_session import SHEET_SUFFIXES, RubricFinder, find_trust, verify_session

__all__ = ["SHEET_SUFFIXES", "RubricFinder", "find_trust", "verify_path", "verify_session", "verify_session_file",
           "verify_sheet", "verify_trust_file"]


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
    # beside it (a bundle), the folder above (the sheets/ folder beside the sessions), the sessions folder
    session_path = _find_session(sheet.session_id, [path.parent, path.parent.parent, sessions_dir])
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


def verify_path(path: Path, rubric_for: RubricFinder, sessions_dir: Path | None = None, *,
                centre_key: str = "") -> Report:
    """A session file, a sheet, the centre's trust file, or an export bundle (a folder or a zip with a manifest).

    Raises:
        MarkerError: the path cannot be read as any of these, in one line naming it.
    """
    path = Path(path)
    if not path.exists():
        raise MarkerError(f"{path}: no such file or folder; check the path")
    if path.is_dir() or path.suffix.lower() == ".zip":
        return verify_bundle_path(path, rubric_for, centre_key)
    if path.suffix.lower() == ".docx":
        return verify_sheet(path, rubric_for, sessions_dir)
    if path.suffix.lower() == ".toml":
        return verify_session_file(path, rubric_for)
    if path.name == "trusted-keys":
        return verify_trust_file(path)
    raise MarkerError(f"{path}: not a session (.toml), a sheet (.docx), a trust file (trusted-keys) or a bundle "
                      "(folder or .zip)")


def verify_trust_file(path: Path) -> Report:
    """The centre's trust file: every change signed by a centre key it trusted then, in an unbroken chain."""
    from marker.trust import read_trust

    trust = read_trust(path)
    return Report(checked=[f"{path.name}: {len(trust.changes)} changes, each signed by a centre key it trusted, "
                           f"in an unbroken chain; its first (the centre's key, trusted on first use) is "
                           f"{trust.root.key.fingerprint} ({trust.root.name})"])


def verify_bundle_path(path: Path, rubric_for: RubricFinder, centre_key: str = "") -> Report:
    """The manifest's digests, then the bundle's own checks and every sheet against its session.

    A zip is read member by member within limits (``marker.export.zipread``), never unpacked.
    """
    from marker.export.manifest import verify_bundle

    report = Report(problems=list(verify_bundle(path)))
    if not report.problems:
        report.checked.append(f"{path.name}: every file matches the manifest")
    if path.is_dir():
        report.extend(_verify_folder(path, rubric_for, centre_key))
        return report
    from marker.verify_zip import verify_zip_contents

    report.extend(verify_zip_contents(path, rubric_for, centre_key))
    return report


def _verify_folder(folder: Path, rubric_for: RubricFinder, centre_key: str = "") -> Report:
    """The sessions, their submission copies, the manifest's signature and the schedule, from the bundle alone;
    then every sheet against its session."""
    from marker.export.bundle_check import check_bundle
    from marker.export.manifest import FolderBundle

    report = check_bundle(FolderBundle(folder), rubric_for, centre_key)
    for sheet in sorted(p for p in folder.rglob("*.docx") if p.name.endswith(SHEET_SUFFIXES)):
        try:
            report.extend(verify_sheet(sheet, rubric_for, None, require_signed=False, check_session=False))
        except MarkerError as exc:
            report.problems.append(str(exc))
    return report
