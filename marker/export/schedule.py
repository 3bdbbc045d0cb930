"""The schedule of results (CSV and DOCX, one row per learner and unit) and the bundle's index.

The CSV is UTF-8 with a byte-order mark so Excel shows accents, and a cell that would
start a spreadsheet formula (``=``, ``+``, ``-``, ``@``) is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

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
    """A landscape table with a header row repeated on every page; DRAFT rows say so in the outcome."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.5)
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading("Schedule of results", level=1)
    doc.add_paragraph(_xml_safe(title))
    columns = COLUMNS[:-2]  # Draft shows in the outcome; the folder is in the index
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    table.style = "Table Grid"
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeats on every page
    for cell, name in zip(header.cells, columns):
        cell.paragraphs[0].add_run(name).bold = True
    for row, item in zip(table.rows[1:], rows):
        values = list(item.cells()[:len(columns)])
        if item.draft:
            values[4] = f"{item.outcome} (DRAFT)"
        for cell, value in zip(row.cells, values):
            cell.paragraphs[0].add_run(_xml_safe(value))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


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
