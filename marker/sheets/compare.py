"""Reading a written sheet back and comparing it, cell by cell, with the session it names."""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.exceptions import PackageNotFoundError

from marker.errors import MarkerError
from marker.report import Report
from marker.rubric import Rubric
from marker.session import Role, Session
from marker.sheets import build_report, build_sheet
from marker.sheets.docx_parts import read_properties
from marker.sheets.learner_report import ANONYMISE_HEADING, NOTHING_TO_ANONYMISE

REPORT_CATEGORY = "marker learner feedback report"


@dataclass(frozen=True)
class WrittenSheet:
    path: Path
    session_id: str
    digest: str
    draft: bool
    is_report: bool
    doc: DocumentObject


def read_sheet(path: Path, data: bytes | None = None) -> WrittenSheet:
    """Open a sheet marker wrote; ``data``, when given, is its content (a member of a bundle zip).

    Raises:
        MarkerError: not a DOCX, or not one marker wrote, in one line naming the file.
    """
    try:
        doc = Document(io.BytesIO(data) if data is not None else str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError, zlib.error,
            EOFError, NotImplementedError, RuntimeError) as exc:  # damaged parts, broken XML, encrypted members
        raise MarkerError(f"{path}: is not a readable DOCX ({type(exc).__name__}); pass a sheet marker wrote, "
                          "or the session file") from None
    session_id, digest = read_properties(doc)
    if not session_id:
        raise MarkerError(f"{path}: has no marker session id in its properties, so it is not a sheet marker wrote")
    props = doc.core_properties
    return WrittenSheet(Path(path), session_id, digest, draft=(props.content_status or "") == "DRAFT",
                        is_report=(props.category or "") == REPORT_CATEGORY, doc=doc)


def compare_sheet(sheet: WrittenSheet, session: Session, rubric: Rubric):
    """Every way the written sheet differs from one built from the session now."""
    report = Report()
    name = sheet.path.name
    signature = session.signature(Role.ASSESSOR)
    current = signature.digest if signature else ""
    if sheet.digest != current:
        if not sheet.digest:
            report.problems.append(f"{name}: a DRAFT made before the session was signed; write the sheet again")
        elif not current:
            report.problems.append(f"{name}: the session's signature it records ({sheet.digest[:16]}…) has been "
                                   "withdrawn; the session is no longer signed")
        else:
            report.problems.append(f"{name}: records digest {sheet.digest[:16]}…, but the session is signed with "
                                   f"{current[:16]}…; it was made from an earlier signing")
    build = build_report if sheet.is_report else build_sheet
    expected = build(session, rubric, draft=sheet.draft)
    differences = _cell_differences(sheet.doc, expected) + _paragraph_differences(sheet.doc, expected)
    report.problems += [f"{name}: {d}" for d in differences]
    if not differences:
        report.checked.append(f"{name}: every cell matches the session")
    return report


def _cells(doc: DocumentObject) -> list[tuple[list[str], list[list[tuple[int, str]]]]]:
    """Per table: the column names, and each row's cells as (grid column, text), merged cells once.

    A cell spanning columns gets column 0: it is named by its row alone.
    """
    tables = []
    for table in doc.tables:
        rows = []
        for row in table.rows:
            seen, cells = set(), []
            for column, cell in enumerate(row.cells):
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    cells.append((column if cell._tc.grid_span == 1 else 0, cell.text))  # no name for a spanning cell
            rows.append(cells)
        tables.append((_column_names(table), rows))
    return tables


def _column_names(table) -> list[str]:
    """From the header rows: "Referral" and "Pass" under the merged indicators heading."""
    first = [_first_line(c.text) for c in table.rows[0].cells]
    second = [_first_line(c.text) for c in table.rows[1].cells] if len(table.rows) > 1 else first
    return [b if b and b != a and first.count(a) > 1 else a for a, b in zip(first, second)]


def _cell_differences(found: DocumentObject, expected: DocumentObject) -> list[str]:
    got, want = _cells(found), _cells(expected)
    if len(got) != len(want):
        return [f"has {len(got)} tables where the session gives {len(want)}"]
    problems: list[str] = []
    for (_, rows_got), (columns, rows_want) in zip(got, want):
        if len(rows_got) != len(rows_want):
            problems.append(f"a table has {len(rows_got)} rows where the session gives {len(rows_want)}")
            continue
        for row_got, row_want in zip(rows_got, rows_want):
            if len(row_got) != len(row_want):
                problems.append(f"row '{_first_line(row_want[0][1])}' has {len(row_got)} cells where the session "
                                f"gives {len(row_want)}")
                continue
            for (_, cell_got), (column, cell_want) in zip(row_got, row_want):
                if cell_got != cell_want:
                    label = columns[column] if column and column < len(columns) else ""
                    where = f"'{_first_line(row_want[0][1])}'" + (f" / '{label}'" if label else "")
                    problems.append(f"cell {where} reads {cell_got[:50]!r}, the session gives {cell_want[:50]!r}")
    return problems


def _paragraph_differences(found: DocumentObject, expected: DocumentObject) -> list[str]:
    got = _from_session([p.text for p in found.paragraphs])
    want = [p.text for p in expected.paragraphs]
    if got == want:
        return []
    for line_got, line_want in zip(got, want):
        if line_got != line_want:
            return [f"reads {line_got[:60]!r} where the session gives {line_want[:60]!r}"]
    return [f"has {len(got)} paragraphs where the session gives {len(want)}"]


def _from_session(paragraphs: list[str]) -> list[str]:
    """The report's paragraphs made from the session: what to anonymise comes from the submission,
    whose files ``marker verify`` checks by their digests."""
    for n, text in enumerate(paragraphs):
        if text in (ANONYMISE_HEADING, NOTHING_TO_ANONYMISE):
            return paragraphs[:n]
    return paragraphs


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0].strip()[:40]
