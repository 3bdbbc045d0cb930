"""The schedule of results (CSV and DOCX, one row per learner and unit) and the bundle's index.

The CSV is UTF-8 with a byte-order mark so Excel shows accents, and a cell that would
start a spreadsheet formula (``=``, ``+``, ``-``, ``@``) is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime

from marker.export.names import display_text
from marker.outcome import unit_outcome
from marker.rubric import Rubric
from marker.session import Role, Session

COLUMNS = ("Learner", "Registration no.", "Unit", "Attempt", "Outcome", "Assessor", "Assessor date",
           "IQA", "IQA date", "Draft", "Folder")


@dataclass(frozen=True)
class ScheduleRow:
    """One learner × unit × attempt as the schedule shows it."""

    learner: str
    reg: str
    unit: str
    attempt: int
    outcome: str
    assessor: str
    assessor_date: str
    iqa: str
    iqa_date: str
    draft: bool
    folder: str
    files: tuple[str, ...] = ()
    """What the bundle holds for this row, relative to its folder (for the index)."""
    notes: tuple[str, ...] = ()

    def cells(self) -> tuple[str, ...]:
        return (self.learner, self.reg, self.unit, str(self.attempt), self.outcome, self.assessor,
                self.assessor_date, self.iqa, self.iqa_date, "DRAFT" if self.draft else "", self.folder)


def schedule_row(session: Session, rubric: Rubric, folder: str, *, draft: bool,
                 files: tuple[str, ...] = (), notes: tuple[str, ...] = ()) -> ScheduleRow:
    """The row for a session: its outcome by the rubric, and who signed when."""
    assessor, iqa = session.signature(Role.ASSESSOR), session.signature(Role.IQA)
    return ScheduleRow(
        learner=display_text(session.learner_name), reg=display_text(session.learner_reg), unit=session.unit,
        attempt=session.attempt, outcome=unit_outcome(session, rubric).result.value,
        assessor=display_text(assessor.name if assessor else session.assessor),
        assessor_date=assessor.date if assessor else "", iqa=display_text(iqa.name) if iqa else "",
        iqa_date=iqa.date if iqa else "", draft=draft, folder=folder, files=files, notes=notes)


def schedule_csv(rows: list[ScheduleRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([inert(cell) for cell in row.cells()] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def inert(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return f"'{cell}" if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def schedule_docx(rows: list[ScheduleRow], title: str) -> bytes:
    """Landscape, in the result sheets' look: their font and size, boxed table with shaded headings
    repeated on every page, and their footer with "page N of M". DRAFT rows say so in the outcome."""
    from docx.shared import Pt

    from marker.sheets import docx_parts as parts

    doc = parts.new_document(landscape=True)
    heading = doc.add_paragraph().add_run("Schedule of results")
    heading.bold, heading.font.size = True, Pt(14)
    doc.add_paragraph(_xml_safe(title))
    columns = COLUMNS[:-2]  # Draft shows in the outcome; the folder is in the index
    table = parts.grid(doc, 1 + len(rows), [4.6, 3.2, 2.2, 2.0, 2.8, 4.2, 2.4, 4.2, 2.4])
    for cell, name in zip(table.rows[0].cells, columns):
        parts.write(cell, name, bold=True)
        parts.shade(cell)
    for row, item in zip(table.rows[1:], rows):
        values = list(item.cells()[:len(columns)])
        if item.draft:
            values[4] = f"{item.outcome} (DRAFT)"
        for cell, value in zip(row.cells, values):
            parts.write(cell, _xml_safe(value))
    parts.repeat_as_header(table, 1)
    parts.keep_rows_whole(table)
    drafts = sum(r.draft for r in rows)
    parts.footer(doc, f"Schedule of results · {len(rows)} session{'s' if len(rows) != 1 else ''}"
                      + (f", {drafts} DRAFT" if drafts else "") + " · written by marker")
    when = _title_date(title)
    parts.set_properties(doc, title="Schedule of results", subject=_xml_safe(title),
                         comments="The schedule of results of an export for external quality assurance, "
                                  "written by marker", category="marker schedule of results", session_id="",
                         digest="", status="DRAFT" if drafts else "final", generated=when)
    return parts.document_bytes(doc, when)


def _title_date(title: str) -> datetime:
    """The export's date from its title line, so the schedule's properties say when it was made."""
    found = re.search(r"(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})", title)
    if found:
        return datetime.fromisoformat(f"{found.group(1)}T{found.group(2)}:{found.group(3)}")
    return datetime.now().replace(second=0, microsecond=0)


def _xml_safe(text: str) -> str:
    """Word files cannot hold control characters; display text has none."""
    return display_text(text)


def index_text(rows: list[ScheduleRow], heading: list[str], top_files: list[tuple[str, str]]) -> str:
    """``index.txt``: what the bundle holds, folder by folder, for someone without marker."""
    lines = [*heading, ""]
    drafts = sum(r.draft for r in rows)
    lines.append(f"{len(rows)} session{'s' if len(rows) != 1 else ''}"
                 + (f", {drafts} marked DRAFT (not signed and QA-confirmed)" if drafts else ""))
    lines.append("")
    for name, what in top_files:
        lines.append(f"{name:<16} {what}")
    for row in rows:
        signed = f"assessor {row.assessor or '-'} {row.assessor_date}".rstrip()
        qa = f"IQA {row.iqa} {row.iqa_date}".rstrip() if row.iqa else "IQA -"
        draft = " · DRAFT" if row.draft else ""
        lines += ["", f"{row.folder}/",
                  f"    {row.learner} ({row.reg}) · unit {row.unit} attempt {row.attempt} · {row.outcome}{draft}",
                  f"    {signed} · {qa}"]
        lines += [f"    note: {n}" for n in row.notes]
        lines += [f"    {f}" for f in row.files]
    return "\n".join(lines) + "\n"
