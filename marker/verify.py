"""``marker verify``: does a session, a sheet or a bundle still match what was signed?

For a session: every signature's digest is recomputed from the record as it is now
(``marker.record``), naming each part that changed, checked against its key's Ed25519
signature and the centre's trust in that key (``marker.signatures``, ``marker.trust``);
each submission file that is present still has its recorded SHA-256. For a sheet: the session it names (found beside
it or in the sessions folder) verifies, the digest in the sheet's properties is the
session's, and every cell still says what the session says.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from marker.audit_chain import first_break
from marker.errors import MarkerError
from marker.report import Report
from marker.rubric import Rubric
from marker.session import Session
from marker.store import list_sessions, load
from marker.submission.files import sha256_of

RubricFinder = Callable[[str], "Rubric | None"]


_NEAR = object()
"""Find the trust file beside the session, else in the sessions folder."""


def verify_session(session: Session, rubric: Rubric | None, where: Path | None = None, *,
                   require_signed: bool = True, trust=_NEAR, bundled: dict[str, Path] | None = None) -> Report:
    """Check every signature, its key against the trust file, and the submission files.

    ``where`` is the session file. An unsigned session fails, unless ``require_signed``
    is False (a bundle's DRAFTs). ``trust`` is the centre's trust (or the problem reading
    it, or None for none); by default it is found beside ``where``, else in the sessions
    folder. ``bundled`` maps each submission file's name to its copy in a bundle: then
    only those copies are checked, never a file elsewhere on the machine.
    """
    from marker.signatures import check, self_qa

    if trust is _NEAR:
        trust = find_trust(where)
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
        finding = check(session, rubric, signature, trust,
                        f"{label}: {signature.role} signature ({signature.name}, {signature.date})")
        report.checked += finding.held
        report.problems += finding.failed
    if own := self_qa(session, trust):
        report.problems.append(f"{label}: {own}")
    if (broken := first_break(session.audit)) is not None:
        entry = session.audit[broken]
        report.problems.append(f"{label}: the audit log's chain breaks at entry {broken + 1} ({entry.what!r} by "
                               f"{entry.who}): an entry before it was removed or changed")
    for file in session.files:
        if bundled is not None:
            path = bundled.get(file.name)
            if path is None or not path.is_file():
                report.problems.append(f"{label}: submission file {file.name} is not in the bundle")
                continue
        else:
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


def find_trust(where: Path | None):
    """The centre's trust beside the session file, else in the sessions folder; the problem if it is broken,
    None if there is none."""
    from marker.config import load_config
    from marker.trust import TrustProblem, check_pin, read_trust, trust_path

    folders = [where.parent] if where is not None else []
    try:
        folders.append(load_config().sessions_folder())
    except MarkerError:
        pass  # a broken config is reported by the command itself
    for folder in folders:
        path = trust_path(folder)
        if path.exists():
            try:
                return check_pin(read_trust(path))
            except TrustProblem as exc:
                return exc
    return None


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


def verify_path(path: Path, rubric_for: RubricFinder, sessions_dir: Path | None = None, *,
                centre_key: str = "") -> Report:
    """A session file, a sheet, or an export bundle (a folder or a zip with a manifest).

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
    """The manifest's digests, then every session and sheet inside against its signatures."""
    import tempfile
    import zipfile

    from marker.export.manifest import verify_bundle

    report = Report(problems=list(verify_bundle(path)))
    if not report.problems:
        report.checked.append(f"{path.name}: every file matches the manifest")
    if path.is_dir():
        report.extend(_verify_folder(path, rubric_for, centre_key))
        return report
    with tempfile.TemporaryDirectory(prefix="marker-verify-") as scratch:
        try:
            with zipfile.ZipFile(path) as bundle:
                bundle.extractall(scratch)  # zipfile drops ".." and absolute parts of member names
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise MarkerError(f"{path}: cannot be read as a zip ({exc}); export the bundle again") from None
        manifests = sorted(Path(scratch).rglob("manifest.json"), key=lambda p: len(p.parts))
        report.extend(_verify_folder(manifests[0].parent if manifests else Path(scratch), rubric_for, centre_key))
    return report


def _verify_folder(folder: Path, rubric_for: RubricFinder, centre_key: str = "") -> Report:
    """The sessions, their submission copies, the manifest's signature and the schedule, from the bundle alone;
    then every sheet against its session."""
    from marker.export.bundle_check import check_bundle

    report = check_bundle(folder, rubric_for, verify_session, centre_key)
    for sheet in sorted(p for p in folder.rglob("*.docx") if p.name.endswith(SHEET_SUFFIXES)):
        try:
            report.extend(verify_sheet(sheet, rubric_for, None, require_signed=False, check_session=False))
        except MarkerError as exc:
            report.problems.append(str(exc))
    return report
