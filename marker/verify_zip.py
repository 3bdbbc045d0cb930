"""``marker verify bundle.zip``: the sessions and sheets inside a zip, read member by member.

Nothing is unpacked: the bundle's own checks (``marker.export.bundle_check``) read the
manifest, trust file, sessions and schedule from their members and hash each submission
copy as a stream; each sheet is opened from its bytes once its parts are known to
inflate within limits. A member that is damaged or too large is one problem line and
the rest are still checked.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from marker.errors import MarkerError
from marker.export.bundle_check import check_bundle
from marker.export.manifest import ZipBundle
from marker.export.zipread import MemberError, open_zip
from marker.report import Report
from marker.session import Session
from marker.submission.budget import Budget
from marker.submission.errors import SubmissionError
from marker.submission.zipsalvage import BudgetedZip
from marker.verify_session import SHEET_SUFFIXES, RubricFinder

MAX_SHEET = 32 << 20
"""Bytes of one sheet DOCX read from a bundle (a result sheet is tens of kilobytes)."""


def verify_zip_contents(path: Path, rubric_for: RubricFinder, centre_key: str = "") -> Report:
    """The zip's bundle checks and every sheet against its session, as ``_verify_folder`` does for a folder."""
    try:
        archive = open_zip(path)
    except (zipfile.BadZipFile, OSError, MemberError):
        return Report()  # the manifest check has named the zip's problem already
    with archive:
        bundle = ZipBundle(archive)
        found: dict[str, Session] = {}
        report = check_bundle(bundle, rubric_for, centre_key, found)
        sessions = {session.id: session for session in found.values()}
        for rel in sorted(r for r in bundle.files([]) if r.endswith(SHEET_SUFFIXES)):
            _check_sheet(bundle, rel, sessions, rubric_for, report)
    return report


def _check_sheet(bundle: ZipBundle, name: str, sessions: dict[str, Session], rubric_for: RubricFinder,
                 report: Report) -> None:
    from marker.sheets.compare import compare_sheet, read_sheet  # python-docx only when a sheet is checked

    try:
        data = bundle.read(name, MAX_SHEET)
        parts = BudgetedZip(data, Budget(name))  # every part inflates within limits before python-docx reads it
        for part in parts.namelist():
            parts.read(part)
        sheet = read_sheet(Path(name), data)
    except (MemberError, SubmissionError, MarkerError) as exc:
        report.problems.append(f"{name}: {exc}" if isinstance(exc, MemberError) else str(exc))
        return
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError) as exc:
        report.problems.append(f"{name}: is damaged ({exc.__class__.__name__}); export the bundle again")
        return
    session = sessions.get(sheet.session_id)
    if session is None:
        report.problems.append(f"{name}: its session {sheet.session_id} is not in the bundle")
        return
    rubric = rubric_for(session.unit)
    if rubric is not None:
        report.extend(compare_sheet(sheet, session, rubric))
