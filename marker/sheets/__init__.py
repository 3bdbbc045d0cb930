"""The documents a centre files: the result sheet (or mark sheet) and the learner's report.

Each is built in memory as a python-docx document and written by atomic replace,
readable by the user only. A result or mark sheet is its unit's prepared sheet (``prepared``)
with the session's cells filled in. ``marker verify`` builds the sheet again from the session
to check a written sheet still matches it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docx.document import Document as DocumentObject

from marker.errors import MarkerError
from marker.fileio import atomic_write_bytes
from marker.rubric import Rubric, Scheme
from marker.session import Session
from marker.sheets.common import SheetContext
from marker.sheets.docx_parts import document_bytes
from marker.sheets.learner_report import build_learner_report
from marker.sheets.mark_sheet import build_mark_sheet
from marker.sheets.printable import printable_copy
from marker.sheets.result_sheet import build_result_sheet
from marker.store import session_filename

__all__ = ["SheetContext", "build_report", "build_sheet", "sheet_names", "sheets_folder", "write_docx", "write_sheets"]


def build_sheet(session: Session, rubric: Rubric, generated: datetime | None = None,
                draft: bool | None = None) -> DocumentObject:
    """The result sheet (pass/referral) or mark sheet (marked) as a document.

    ``generated`` None (the default) dates it from the record itself, so one record always
    makes one sheet: that is what ``marker verify`` compares a written sheet with.
    """
    session = printable_copy(session)
    context = SheetContext.of(session, rubric, generated, draft)
    if rubric.scheme is Scheme.MARKS:
        return build_mark_sheet(session, rubric, context)
    return build_result_sheet(session, rubric, context)


def build_report(session: Session, rubric: Rubric, generated: datetime | None = None,
                 draft: bool | None = None, identifying=None) -> DocumentObject:
    """The learner's feedback report as a document; ``identifying``: the submission's details to anonymise."""
    session = printable_copy(session)
    return build_learner_report(session, rubric, SheetContext.of(session, rubric, generated, draft), identifying)


SHEETS_FOLDER = "sheets"


def sheets_folder(session_path: Path) -> Path:
    """Where a session's sheets are written by default, by ``marker sheet`` and ``S`` in the app alike:
    a ``sheets`` folder beside the session file."""
    return Path(session_path).parent / SHEETS_FOLDER


def sheet_names(session: Session, rubric: Rubric) -> tuple[str, str]:
    """(sheet file name, report file name), from the session's safe file name."""
    stem = session_filename(session).removesuffix(".toml")
    kind = "mark-sheet" if rubric.scheme is Scheme.MARKS else "result-sheet"
    return f"{stem}_{kind}.docx", f"{stem}_learner-report.docx"


def write_docx(doc: DocumentObject, path: Path) -> Path:
    """Save by atomic replace, mode 0600.

    Raises:
        MarkerError: the file could not be written, in one line naming it.
    """
    data = document_bytes(doc, doc.core_properties.modified or datetime(1980, 1, 1))
    try:
        atomic_write_bytes(Path(path), data)
    except OSError as exc:
        raise MarkerError(f"{path}: cannot write the sheet ({exc.strerror or exc}); "
                          "check the folder exists and has space") from None
    return Path(path)


def write_sheets(session: Session, rubric: Rubric, folder: Path, *, draft: bool | None = None,
                 generated: datetime | None = None, identifying=None) -> list[Path]:
    """Write the sheet and the learner report into ``folder``; their paths.

    ``draft`` None means: DRAFT exactly when the assessor has not signed. ``identifying``
    (the submission's details to anonymise) goes into the learner report when given.
    """
    sheet_name, report_name = sheet_names(session, rubric)
    folder = Path(folder)
    return [write_docx(build_sheet(session, rubric, generated, draft), folder / sheet_name),
            write_docx(build_report(session, rubric, generated, draft, identifying), folder / report_name)]
