"""Checking one session's signatures and submission files, wherever the files are.

Shared by ``marker verify`` on a session or folder (files on disk) and on a bundle zip
(files as members, ``marker.verify_zip``), so neither imports the other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from marker.errors import MarkerError
from marker.record import changed_parts, digest, record
from marker.report import Report
from marker.rubric import Rubric
from marker.session import Session, SubmissionFile
from marker.submission.files import sha256_of

SHEET_SUFFIXES = ("_result-sheet.docx", "_mark-sheet.docx", "_learner-report.docx")

RubricFinder = Callable[[str], "Rubric | None"]


FileDigest = Callable[[SubmissionFile], "tuple[str, str] | None"]
"""The SHA-256 of a submission file as present now and where it is, or None where it is not present."""


def verify_session(session: Session, rubric: Rubric | None, where: Path | None = None, *,
                   require_signed: bool = True, file_digest: FileDigest | None = None) -> Report:
    """Check every signature and every submission file present. ``where`` is the session file.

    An unsigned session fails, unless ``require_signed`` is False (a bundle's DRAFTs).
    ``file_digest`` finds the submission files elsewhere than on disk (inside a zip).
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


def _describe(part: str, rubric: Rubric) -> str:
    if part == "rubric file":
        return f"the rubric file {rubric.path.name}"
    if part.startswith("file "):
        return f"the recorded SHA-256 of submission {part}"
    return part


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
