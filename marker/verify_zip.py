"""``marker verify bundle.zip``: the sessions and sheets inside a zip, read member by member.

Nothing is unpacked: each session is parsed from its member, each submission file beside
it is hashed as a stream, each sheet is opened from its bytes once its parts are known to
inflate within limits. A member that is damaged or too large is one problem line and
the rest are still checked.
"""

from __future__ import annotations

import posixpath
import tomllib
import zipfile
from pathlib import Path, PurePosixPath

from marker.errors import MarkerError
from marker.export.zipread import MemberError, hash_member, open_zip, read_member
from marker.report import Report
from marker.session import Session, SubmissionFile
from marker.session_toml import FormatProblem, loads
from marker.store import MAX_SESSION_BYTES
from marker.submission.budget import Budget
from marker.submission.errors import SubmissionError
from marker.submission.zipsalvage import BudgetedZip
from marker.verify_session import SHEET_SUFFIXES, RubricFinder, verify_session

MAX_SHEET = 32 << 20
"""Bytes of one sheet DOCX read from a bundle (a result sheet is tens of kilobytes)."""


def verify_zip_contents(path: Path, rubric_for: RubricFinder) -> Report:
    """Every session and sheet in the zip checked against its signatures, as ``_verify_folder`` does for a folder."""
    report = Report()
    try:
        archive = open_zip(path)
    except (zipfile.BadZipFile, OSError, MemberError):
        return report  # the manifest check has named the zip's problem already
    with archive:
        names = sorted(i.filename for i in archive.infolist() if not i.is_dir())
        sessions: dict[str, Session] = {}
        for name in (n for n in names if n.endswith(".toml")):
            session = _session(archive, name, report)
            if session is None:
                continue
            sessions[session.id] = session
            report.extend(verify_session(session, rubric_for(session.unit), Path(name), require_signed=False,
                                         file_digest=_beside(archive, name, set(names))))
        for name in (n for n in names if n.endswith(SHEET_SUFFIXES)):
            _check_sheet(archive, name, sessions, rubric_for, report)
    return report


def _session(archive: zipfile.ZipFile, name: str, report: Report) -> Session | None:
    try:
        return loads(read_member(archive, name, MAX_SESSION_BYTES).decode("utf-8"))
    except MemberError as exc:
        report.problems.append(f"{name}: {exc}")
    except UnicodeDecodeError:
        report.problems.append(f"{name}: is not a marker session (not UTF-8 text)")
    except tomllib.TOMLDecodeError as exc:
        report.problems.append(f"{name}: is not valid TOML ({exc})")
    except (FormatProblem, ValueError, TypeError, KeyError, AttributeError) as exc:
        report.problems.append(f"{name}: {exc}" if isinstance(exc, FormatProblem)
                               else f"{name}: is not a session marker can read ({exc.__class__.__name__})")
    return None


def _beside(archive: zipfile.ZipFile, session_name: str, names: set[str]):
    """A submission file's digest from the member beside the session, None if there is none."""
    folder = posixpath.dirname(session_name)

    def digest(file: SubmissionFile) -> tuple[str, str] | None:
        member = posixpath.join(folder, PurePosixPath(file.name).name) if folder else PurePosixPath(file.name).name
        if member not in names:
            return None
        try:
            return hash_member(archive, member)[0], member
        except MemberError as exc:
            raise MarkerError(f"file {member} {exc}") from None
    return digest


def _check_sheet(archive: zipfile.ZipFile, name: str, sessions: dict[str, Session], rubric_for: RubricFinder,
                 report: Report) -> None:
    from marker.sheets.compare import compare_sheet, read_sheet  # python-docx only when a sheet is checked

    try:
        data = read_member(archive, name, MAX_SHEET)
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
