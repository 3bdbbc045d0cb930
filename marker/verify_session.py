"""Checking one session's signatures and submission files, wherever the files are.

Every signature's digest is recomputed from the record as it is now, checked against its
key's Ed25519 signature and the centre's trust in that key (``marker.signatures``,
``marker.trust``); the audit log's chain is unbroken; each submission file present still
has its recorded SHA-256. Shared by ``marker verify`` on a session or folder (files on
disk) and by the bundle checks (``marker.export.bundle_check``, files as a bundle's
copies or zip members), so none imports another.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from marker.audit_chain import first_break
from marker.errors import MarkerError
from marker.report import Report
from marker.rubric import Rubric
from marker.session import Session, SubmissionFile
from marker.submission.files import sha256_of

SHEET_SUFFIXES = ("_result-sheet.docx", "_mark-sheet.docx", "_learner-report.docx")

RubricFinder = Callable[[str], "Rubric | None"]


FileDigest = Callable[[SubmissionFile], "tuple[str, str] | None"]
"""The SHA-256 of a submission file as present now and where it is, or None where it is not present."""


_NEAR = object()
"""Find the trust file beside the session, else in the sessions folder."""


def verify_session(session: Session, rubric: Rubric | None, where: Path | None = None, *,
                   require_signed: bool = True, trust=_NEAR, file_digest: FileDigest | None = None) -> Report:
    """Check every signature, its key against the trust file, the audit chain and the submission files.

    ``where`` is the session file. An unsigned session fails, unless ``require_signed``
    is False (a bundle's DRAFTs). ``trust`` is the centre's trust (or the problem reading
    it, or None for none); by default it is found beside ``where``, else in the sessions
    folder. ``file_digest`` finds the submission files elsewhere than on disk (a bundle's
    own copies, in a folder or zip members): a ``MarkerError`` it raises is one problem.
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
        try:
            found = (file_digest or _digest_on_disk(where))(file)
        except MarkerError as exc:
            report.problems.append(f"{label}: submission {exc}")
            continue
        if found is None:
            report.checked.append(f"{label}: {file.name} is not here, so it was not checked")
            continue
        if found[0] != file.sha256:
            report.problems.append(f"{label}: submission file {found[1]} has changed since it was judged "
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


def _digest_on_disk(session_file: Path | None) -> FileDigest:
    def digest(file: SubmissionFile) -> tuple[str, str] | None:
        path = _present(Path(file.path), session_file, file.name)
        return None if path is None else (sha256_of(path, file.name), str(path))
    return digest


def _present(recorded: Path, session_file: Path | None, name: str) -> Path | None:
    """The file where it was judged, or beside the session file (as in an export bundle)."""
    if recorded.is_file():
        return recorded
    if session_file is not None and (beside := session_file.parent / name).is_file():
        return beside
    return None
