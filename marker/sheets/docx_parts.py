"""The few Word layout pieces the sheets share: page, boxed tables, bullets, footer, properties.

python-docx covers documents, tables and paragraphs; the rest (cell shading, a header row
that repeats on every page, rows that do not split, page-number fields) is a line or two
of WordprocessingML each, kept here so the sheet builders read as the sheets do.
"""

from __future__ import annotations

from datetime import datetime

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

HEADING_FILL = "D9E2F3"
"""The handbook sheets' pale blue header cells."""
LABEL_FILL = "F2F2F2"

PROPERTY_CATEGORY = "marker result sheet"


def new_document(*, landscape: bool) -> DocumentObject:
    """A4 with narrow margins; body text 9.5 pt, as dense as the handbook's sheets."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    section.top_margin, section.bottom_margin = Cm(1.4), Cm(1.4)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(9.5)
    style.paragraph_format.space_after = Pt(2)
    return doc


def usable_width(doc: DocumentObject) -> int:
    section = doc.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def grid(doc: DocumentObject, rows: int, widths_cm: list[float]) -> Table:
    """A bordered table with fixed column widths (Word and LibreOffice both honour per-cell widths)."""
    table = doc.add_table(rows=rows, cols=len(widths_cm))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    scale = usable_width(doc) / Cm(sum(widths_cm))
    widths = [int(Cm(width) * scale) for width in widths_cm]
    for column, width in zip(table.columns, widths):
        column.width = width  # the table grid: what LibreOffice lays out by
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width  # what Word lays out by
    return table


def write(cell: _Cell, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None) -> None:
    """Replace the cell's text: one paragraph per line, so line breaks survive."""
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._element.getparent().remove(extra._element)
    first.clear()
    for i, line in enumerate(lines):
        paragraph = first if i == 0 else cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)


def add_line(cell: _Cell, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None) -> None:
    """Add a paragraph below what the cell holds."""
    paragraph = cell.add_paragraph() if cell.paragraphs[-1].text else cell.paragraphs[-1]
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)


def bullets(cell: _Cell, items: tuple[str, ...] | list[str]) -> None:
    """The sheets' "· indicator" lists, one paragraph each, hanging indent so wrapped lines align."""
    write(cell, "")
    for i, item in enumerate(items):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        paragraph.add_run(f"\u00b7 {item}")
        paragraph.paragraph_format.left_indent = Cm(0.3)
        paragraph.paragraph_format.first_line_indent = Cm(-0.3)


def shade(cell: _Cell, fill: str = HEADING_FILL) -> None:
    properties = cell._element.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def repeat_as_header(table: Table, rows: int) -> None:
    """The first ``rows`` rows repeat at the top of every page the table runs onto."""
    for row in table.rows[:rows]:
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(flag)


def keep_rows_whole(table: Table) -> None:
    """A criterion's row never splits across pages unless it is taller than a page."""
    for row in table.rows:
        flag = OxmlElement("w:cantSplit")
        flag.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(flag)


def spacer(doc: DocumentObject, points: float = 6) -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.add_run().font.size = Pt(points)


def footer(doc: DocumentObject, text: str) -> None:
    """Small text on every page, then "page N of M"."""
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.text = ""
    run = paragraph.add_run(text + "  ·  page ")
    run.font.size = Pt(7.5)
    _field(paragraph, "PAGE")
    paragraph.add_run(" of ").font.size = Pt(7.5)
    _field(paragraph, "NUMPAGES")


def _field(paragraph, code: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def set_properties(doc: DocumentObject, *, title: str, session_id: str, digest: str, status: str,
                   generated: datetime) -> None:
    """What ``marker verify`` reads back: the session id and the record digest."""
    props = doc.core_properties
    props.title = title[:255]  # the property's limit; a very long learner name must not stop the sheet
    props.category = PROPERTY_CATEGORY
    props.identifier = session_id
    props.keywords = f"marker-digest:{digest}" if digest else "marker-digest:none"
    props.content_status = status
    props.author = "marker"
    props.last_modified_by = "marker"
    props.created = props.modified = generated.replace(tzinfo=None)
    props.revision = 1


def read_properties(doc: DocumentObject) -> tuple[str, str]:
    """(session id, digest) from a sheet marker wrote; empty strings when absent."""
    props = doc.core_properties
    keywords = props.keywords or ""
    digest = keywords.removeprefix("marker-digest:") if keywords.startswith("marker-digest:") else ""
    return (props.identifier or ""), ("" if digest == "none" else digest)
