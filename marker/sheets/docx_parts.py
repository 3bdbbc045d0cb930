"""The few Word layout pieces the sheets share: page, boxed tables, bullets, footer, properties.

python-docx covers documents, tables and paragraphs; the rest (cell shading, a header row
that repeats on every page, rows that do not split, page-number fields) is a line or two
of WordprocessingML each, kept here so the sheet builders read as the sheets do.
"""

from __future__ import annotations

import copy
from datetime import datetime
from functools import cache

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.pkgwriter import PackageWriter
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell, _Row

from marker.sheets.dated_zip import dated_zip

HEADING_FILL = "D9E2F3"
"""The handbook sheets' pale blue header cells."""
LABEL_FILL = "F2F2F2"

PROPERTY_CATEGORY = "marker result sheet"
REPORT_CATEGORY = "marker learner feedback report"


def new_document(*, landscape: bool) -> DocumentObject:
    """A4 with narrow margins; body text 9.5 pt, as dense as the handbook's sheets.

    A copy of one made once: reading python-docx's blank template costs more than copying it.
    """
    return copy_document(_blank(landscape))


def copy_document(doc: DocumentObject) -> DocumentObject:
    """A copy of the whole package, changed without changing ``doc``.

    The parts are copied, not the ``Document`` wrapper: it caches its body element, which a deep
    copy would copy apart from the document tree it belongs to.
    """
    return copy.deepcopy(doc.part).document


@cache
def _blank(landscape: bool) -> DocumentObject:
    """Never changed once made: only its copies are written to."""
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


def row_cells(table: Table, row: int) -> list[_Cell]:
    """The row's cells as written, a merged cell once: much quicker than ``table.rows[row].cells``,
    which works out where every cell of the table sits in the grid."""
    return [_Cell(tc, table) for tc in table._tbl.tr_lst[row].tc_lst]


def write(cell: _Cell, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None) -> None:
    """Replace the cell's text: one paragraph per line, so line breaks survive."""
    tc = cell._tc
    first, *extra = tc.p_lst
    for paragraph in extra:
        tc.remove(paragraph)
    first.clear_content()
    for i, line in enumerate(text.split("\n") if text else [""]):
        _add_run(first if i == 0 else tc.add_p(), line, bold=bold, italic=italic, size=size)


def add_line(cell: _Cell, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None) -> None:
    """Add a paragraph below what the cell holds."""
    last = cell.paragraphs[-1]
    _add_run(cell._tc.add_p() if last.text else last._p, text, bold=bold, italic=italic, size=size)


def _add_run(paragraph: CT_P, text: str, *, bold: bool, italic: bool, size: float | None) -> None:
    """A run, bold and italic each set on or off, as ``run.bold, run.italic = bold, italic`` writes it.

    The run's properties are made in their schema order directly: python-docx's setters find each
    one's place by searching the schema's order of every property, most of what a sheet cost."""
    run = paragraph.add_r()
    if text:
        run.text = text  # python-docx's own text: tabs and breaks become their elements
    properties = OxmlElement("w:rPr")
    for tag, on in (("w:b", bold), ("w:i", italic)):
        flag = OxmlElement(tag)
        if not on:
            flag.set(qn("w:val"), "0")
        properties.append(flag)
    if size:
        half_points = OxmlElement("w:sz")
        half_points.set(qn("w:val"), str(int(Pt(size).pt * 2)))
        properties.append(half_points)
    run.insert(0, properties)


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


def keep_rows_whole(table: Table, rows: list[_Row] | None = None) -> None:
    """These rows (every row by default) never split across pages unless taller than a page."""
    for row in table.rows if rows is None else rows:
        flag = OxmlElement("w:cantSplit")
        flag.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(flag)


SPLIT_ABOVE_LINES = 12
"""A row taller than this (about a third of a landscape page) may split across pages.

Kept whole, a tall row that does not fit moves to the next page and leaves the rest of
this one empty; a short row moved leaves little. Word and LibreOffice keep the lines of a
split row's paragraphs together two at a time (widow and orphan control)."""


def keep_short_rows_whole(table: Table, rows: list[_Row]) -> list[_Row]:
    """Short rows stay whole; rows estimated taller than ``SPLIT_ABOVE_LINES`` may split. The short ones."""
    short = [row for row in rows if estimated_lines(table, row) <= SPLIT_ABOVE_LINES]
    keep_rows_whole(table, short)
    return short


_CHARACTER_CM = 0.18
"""Arial at 9.5 pt averages about 0.17 cm a character; bold a little more."""


def estimated_lines(table: Table, row: _Row) -> int:
    """The row's height in lines of body text: its tallest cell, each paragraph wrapped to the cell's width."""
    grid = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    tallest, column = 0, 0
    for tc in row._tr.tc_lst:
        span = tc.grid_span
        width_cm = max(sum(grid[column:column + span]) / 567 - 0.2, 1.0)  # twips; less the cell's margins
        column += span
        per_line = max(int(width_cm / _CHARACTER_CM), 1)
        lines = sum(max(1, -(-len("".join(t.text or "" for t in p.iter(qn("w:t")))) // per_line))
                    for p in tc.iter(qn("w:p")))
        tallest = max(tallest, lines)
    return tallest


def keep_with_next(*rows: _Row) -> None:
    """Each row stays on the page of the row after it: a heading never ends a page alone.

    WordprocessingML says it per paragraph: a row is kept with the next when all its paragraphs
    are. LibreOffice keeps rows together within a table, and two tables with nothing between them
    are one table to it (and to Word); a table is kept with a following paragraph only when every
    row of it is kept, so a block that must stay with a table's last rows follows it directly.
    A tall row is never kept with the next: moved whole, it would leave the page before it empty.
    """
    for row in rows:
        for paragraph in row._tr.iter(qn("w:p")):
            paragraph.get_or_add_pPr().keepNext_val = True


def spacer(doc: DocumentObject, points: float = 6, *, keep_with_next: bool = False) -> None:
    """A small gap between tables; kept with the table below it where that must not be left alone."""
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.keep_with_next = keep_with_next or None
    paragraph.add_run().font.size = Pt(points)


DRAFT_RED = RGBColor(0xC0, 0x00, 0x00)


def draft_header(doc: DocumentObject, text: str) -> None:
    """A red line at the top of every page: a draft printed or copied page by page still says so."""
    paragraph = doc.sections[0].header.paragraphs[0].clear()
    run = paragraph.add_run(text)
    run.bold, run.font.size = True, Pt(10)
    run.font.color.rgb = DRAFT_RED


def footer(doc: DocumentObject, text: str) -> None:
    """Small text on every page, then "page N of M"."""
    paragraph = doc.sections[0].footer.paragraphs[0].clear()
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


def set_properties(doc: DocumentObject, *, title: str, subject: str, comments: str, category: str,
                   session_id: str, digest: str, status: str, generated: datetime) -> None:
    """The document's own description (what a file browser shows), and what ``marker verify`` reads back.

    The blank template python-docx starts from describes itself ("generated by python-docx",
    "Microsoft Macintosh Word", a thumbnail of an empty page): all replaced or removed.
    """
    props = doc.core_properties
    props.title = title[:255]  # the property's limit; a very long learner name must not stop the sheet
    props.subject = subject[:255]
    props.comments = comments[:255]
    props.category = category
    props.identifier = session_id
    props.keywords = f"marker-digest:{digest}" if digest else "marker-digest:none"
    props.content_status = status
    props.author = "marker"
    props.last_modified_by = "marker"
    props.created = props.modified = generated.replace(tzinfo=None, second=0, microsecond=0)
    props.revision = 1
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
    for part in package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = _APP_XML


_APP_XML = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            "<Application>marker</Application><DocSecurity>0</DocSecurity></Properties>").encode()


def document_bytes(doc: DocumentObject, stamp: datetime) -> bytes:
    """The DOCX as bytes that depend only on the document: every zip entry dated ``stamp``.

    A sheet written twice from one record is then the same file, byte for byte. The parts are
    gathered by the steps of python-docx's own package writer, as ``Document.save`` writes them and
    in its order, and zipped once with the date (``save`` cannot date the entries, and saving then
    copying the zip entry by entry cost as much again).
    """
    package = doc.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    entries = _Entries()
    PackageWriter._write_content_types_stream(entries, parts)
    PackageWriter._write_pkg_rels(entries, package.rels)
    PackageWriter._write_parts(entries, parts)
    return dated_zip(entries, (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, 0))


class _Entries(list):
    """What python-docx's package writer writes through: here, each part's zip name and content, in order."""

    def write(self, pack_uri, blob: bytes) -> None:
        self.append((pack_uri.membername, blob))


def read_properties(doc: DocumentObject) -> tuple[str, str]:
    """(session id, digest) from a sheet marker wrote; empty strings when absent."""
    props = doc.core_properties
    keywords = props.keywords or ""
    digest = keywords.removeprefix("marker-digest:") if keywords.startswith("marker-digest:") else ""
    return (props.identifier or ""), ("" if digest == "none" else digest)
