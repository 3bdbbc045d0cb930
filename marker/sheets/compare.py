"""Reading a written sheet back and comparing it, part by part, with the sheet its session makes.

A sheet is the record only if it is the very document marker makes from the signed session:
the sheet is built again (its date comes from the record, so nothing legitimately varies but
the zip's own entry dates, which are not compared) and every part of the package is compared:
the document, page headers and footers, properties, styles, settings and any part added.
Each difference names the cell or paragraph by the sheet's own labels, with its full text.
"""

from __future__ import annotations

import io
import lzma
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from marker.errors import MarkerError
from marker.report import Report
from marker.rubric import Rubric
from marker.session import Role, Session
from marker.sheets import build_report, build_sheet
from marker.sheets.docx_parts import LABEL_FILL, HEADING_FILL, REPORT_CATEGORY, document_bytes
from marker.sheets.learner_report import ANONYMISE_HEADING, NOTHING_TO_ANONYMISE
from marker.sheets.package_diff import unit_difference, w, xml_first_difference

CORE = "docProps/core.xml"
NS = {"cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
      "dc": "http://purl.org/dc/elements/1.1/"}
FORM_LABELS = ("Name of Assessor:", "Name of QA:", "Date of QA check:", "Section fail if applicable:")
"""Mark-sheet cells that print their label before their value."""


@dataclass(frozen=True)
class WrittenSheet:
    path: Path
    session_id: str
    digest: str
    draft: bool
    is_report: bool
    parts: dict[str, bytes] = field(repr=False)


def read_sheet(path: Path, data: bytes | None = None) -> WrittenSheet:
    """Open a sheet marker wrote: every part of its package, and what its properties say.
    ``data``, when given, is its content (a member of a bundle zip).

    Raises:
        MarkerError: unreadable, truncated, not a DOCX, or not one marker wrote, in one line naming the file.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as package:
            parts = {item.filename: package.read(item.filename) for item in package.infolist() if not item.is_dir()}
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise MarkerError(f"{path}: is not a readable DOCX (a damaged or truncated zip: {exc}); "
                          "pass a sheet marker wrote, or write it again with 'marker sheet'") from None
    except OSError as exc:
        raise MarkerError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if "word/document.xml" not in parts:
        raise MarkerError(f"{path}: is a zip but not a Word document (no word/document.xml); pass a sheet marker wrote")
    try:
        core = etree.fromstring(parts[CORE]) if CORE in parts else None
    except etree.XMLSyntaxError as exc:
        raise MarkerError(f"{path}: its properties ({CORE}) are not well-formed XML ({exc}); "
                          "the file is damaged or was not written by marker") from None

    def prop(name: str) -> str:
        found = core.find(name, NS) if core is not None else None
        return (found.text or "").strip() if found is not None else ""

    session_id, keywords = prop("dc:identifier"), prop("cp:keywords")
    if not session_id or not keywords.startswith("marker-digest:"):
        raise MarkerError(f"{path}: has no marker session id in its properties, so it is not a sheet marker wrote")
    digest = keywords.removeprefix("marker-digest:")
    return WrittenSheet(Path(path), session_id, "" if digest == "none" else digest,
                        draft=prop("cp:contentStatus") == "DRAFT", is_report=prop("cp:category") == REPORT_CATEGORY,
                        parts=parts)


def compare_sheet(sheet: WrittenSheet, session: Session, rubric: Rubric) -> Report:
    """Every way the written sheet differs from the one the session makes now."""
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
    with zipfile.ZipFile(io.BytesIO(document_bytes(expected, expected.core_properties.modified))) as package:
        want = {item.filename: package.read(item.filename) for item in package.infolist()}
    got = dict(sheet.parts)
    if sheet.is_report and "word/document.xml" in got:
        got["word/document.xml"] = _without_anonymisation(got["word/document.xml"])
    differences = package_differences(got, want, rubric)
    report.problems += [f"{name}: {d}" for d in differences]
    if not differences:
        report.checked.append(f"{name}: every part is the sheet the session makes; every cell matches the session")
    return report


def _without_anonymisation(document: bytes) -> bytes:
    """The report without its closing list of what to anonymise: that comes from reading the
    submission (whose files verify checks by their SHA-256), not from the session, so the
    session cannot make it again. Everything before it is compared as usual."""
    try:
        root = etree.fromstring(document)
    except etree.XMLSyntaxError:
        return document
    body = root.find(w("body"))
    if body is None:
        return document
    children = list(body)
    start = next((i for i, child in enumerate(children) if child.tag == w("p") and
                  "".join(t.text or "" for t in child.iter(w("t"))) in (ANONYMISE_HEADING, NOTHING_TO_ANONYMISE)),
                 None)
    if start is None:
        return document
    for child in children[start:]:
        if child.tag != w("sectPr"):
            body.remove(child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def package_differences(got: dict[str, bytes], want: dict[str, bytes], rubric: Rubric) -> list[str]:
    problems = [f"has a part the session's sheet does not: {part}" for part in sorted(set(got) - set(want))]
    problems += [f"lacks the part {part}" for part in sorted(set(want) - set(got))]
    for part in sorted(set(got) & set(want)):
        if got[part] == want[part]:
            continue
        try:
            if part == "word/document.xml":
                problems += _document_differences(got[part], want[part], rubric)
            elif part.startswith(("word/header", "word/footer")) and part.endswith(".xml"):
                where = "the page header" if "header" in part else "the footer"
                problems += _story_differences(got[part], want[part], where)
            elif part == CORE:
                problems += _property_differences(got[part], want[part])
            else:
                xml = part.endswith((".xml", ".rels"))
                where = xml_first_difference(got[part], want[part]) if xml else "its bytes differ"
                problems.append(f"{part} differs from the one the session makes ({where})")
        except etree.XMLSyntaxError as exc:
            problems.append(f"{part} is not well-formed XML ({exc}); the file is damaged")
    return problems


def _property_differences(got: bytes, want: bytes) -> list[str]:
    a, b = etree.fromstring(got), etree.fromstring(want)
    values = {child.tag: (child.text or "") for child in a}
    expected = {child.tag: (child.text or "") for child in b}
    out = []
    for tag in sorted(set(values) | set(expected)):
        if values.get(tag) != expected.get(tag):
            label = etree.QName(tag).localname
            out.append(f"property {label} reads {values.get(tag)!r} where the session gives {expected.get(tag)!r}")
    return out or ["docProps/core.xml differs from the one the session makes"]


def _story_differences(got: bytes, want: bytes, where: str) -> list[str]:
    a, b = etree.fromstring(got), etree.fromstring(want)
    units_a, units_b = list(a), list(b)
    if len(units_a) != len(units_b):
        shown_a = " ".join(t.text or "" for t in a.iter(w("t")))
        shown_b = " ".join(t.text or "" for t in b.iter(w("t")))
        return [f"{where} reads {shown_a!r} where the session gives {shown_b!r}"]
    out = []
    for i, (x, y) in enumerate(zip(units_a, units_b), 1):
        said = unit_difference(where if len(units_b) == 1 else f"{where}, paragraph {i},", x, y)
        if said:
            out.append(said)
    return out


def _document_differences(got: bytes, want: bytes, rubric: Rubric) -> list[str]:
    body_a, body_b = etree.fromstring(got).find(w("body")), etree.fromstring(want).find(w("body"))
    if body_a is None or body_b is None:
        return ["word/document.xml has no body"]
    units_a, units_b = _units(body_a), _units(body_b)
    names = _names(body_b, rubric)
    out = []
    for key in [k for k in units_b if k not in units_a]:
        out.append(f"lacks {names.get(key, _describe_key(key))}, which the session's sheet has")
    for key in [k for k in units_a if k not in units_b]:
        out.append(f"has {_describe_key(key)}, which the session's sheet does not")
    for key, element in units_b.items():
        if key in units_a and (said := unit_difference(names.get(key, _describe_key(key)), units_a[key], element)):
            out.append(said)
    return out


def _units(body: etree._Element) -> dict[tuple, etree._Element]:
    """Each paragraph of the body, each table cell, and anything else at the top, by position."""
    units: dict[tuple, etree._Element] = {}
    table = 0
    for i, child in enumerate(body):
        if child.tag == w("tbl"):
            table += 1
            for r, row in enumerate(child.findall(w("tr"))):
                units[("row", table, r)] = _or_empty(row.find(w("trPr")), "trPr")
                for c, cell in enumerate(row.findall(w("tc"))):
                    units[("cell", table, r, c)] = cell
            units[("table", table)] = _or_empty(child.find(w("tblPr")), "tblPr")
        else:
            units[("body", i, etree.QName(child).localname)] = child
    return units


def _or_empty(element: etree._Element | None, tag: str) -> etree._Element:
    return element if element is not None else etree.Element(w(tag))


def _describe_key(key: tuple) -> str:
    kind = key[0]
    if kind == "cell":
        return f"table {key[1]} row {key[2] + 1} cell {key[3] + 1}"
    if kind == "row":
        return f"the layout of table {key[1]} row {key[2] + 1}"
    if kind == "table":
        return f"the layout of table {key[1]}"
    if key[2] == "sectPr":
        return "the page setup"
    return f"{'paragraph' if key[2] == 'p' else key[2]} {key[1] + 1} of the body"


def _names(body: etree._Element, rubric: Rubric) -> dict[tuple, str]:
    """The sheet's own words for each cell: its label, the label beside it, or its row and column."""
    row_labels = {f"AC {c.ref}" for c in rubric.criteria} | {s.title for s in rubric.sections}
    names: dict[tuple, str] = {}
    table = 0
    for i, child in enumerate(body):
        if child.tag != w("tbl"):
            if child.tag == w("p"):
                text = "".join(t.text or "" for t in child.iter(w("t")))
                names[("body", i, "p")] = f"the paragraph {_first_line(text)!r}" if text else f"paragraph {i + 1} of the body"
            continue
        table += 1
        grid = _grid(child)
        for r, row in enumerate(grid):
            for c, (cell, column, _, full_width) in enumerate(row):
                names[("cell", table, r, c)] = _cell_name(grid, r, c, cell, column, full_width, row_labels)
            first = _first_line(_text(row[0][0])) if row else ""
            names[("row", table, r)] = f"the layout of the row {first!r}"
    return names


def _grid(table: etree._Element) -> list[list[tuple[etree._Element, int, int, bool]]]:
    """Per row: (cell, its first grid column, columns spanned, spans the whole row)."""
    columns = len(table.findall(f"{w('tblGrid')}/{w('gridCol')}"))
    rows: list[list[tuple[etree._Element, int, bool]]] = []
    for tr in table.findall(w("tr")):
        column, cells = 0, []
        for tc in tr.findall(w("tc")):
            span_el = tc.find(f"{w('tcPr')}/{w('gridSpan')}")
            span = int(span_el.get(w("val"))) if span_el is not None else 1
            cells.append((tc, column, span, span >= columns > 1))
            column += span
        rows.append(cells)
    return rows


def _is_label(cell: etree._Element) -> bool:
    shading = cell.find(f"{w('tcPr')}/{w('shd')}")
    return shading is not None and shading.get(w("fill"), "").upper() in (LABEL_FILL, HEADING_FILL)


def _text(cell: etree._Element) -> str:
    return "\n".join("".join(t.text or "" for t in p.iter(w("t"))) for p in cell.iter(w("p")))


def _from_session(paragraphs: list[str]) -> list[str]:
    """The report's paragraphs made from the session: what to anonymise comes from the submission,
    whose files ``marker verify`` checks by their digests."""
    for n, text in enumerate(paragraphs):
        if text in (ANONYMISE_HEADING, NOTHING_TO_ANONYMISE):
            return paragraphs[:n]
    return paragraphs


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0].strip()


def _cell_name(grid, r: int, c: int, cell, column: int, full_width: bool, row_labels: set[str]) -> str:
    text = _first_line(_text(cell))
    if _is_label(cell) or full_width:
        return f"the label {text!r}" if text else f"an empty label cell (row {r + 1})"
    row = grid[r]
    if text.startswith(FORM_LABELS):
        return repr(text.split(":", 1)[0] + ":")
    row_label = _first_line(_text(row[0][0]))
    if c > 0 and row_label in row_labels:  # a criterion's or section's row: its label and the column's
        return f"{row_label!r} / {_column_name(grid, r, column)!r}"
    if c > 0 and _is_label(row[c - 1][0]):  # a box beside its label; rows with the same labels told apart
        label = _first_line(_text(row[c - 1][0]))
        twins = sum(1 for other in grid if other and _first_line(_text(other[0][0])) == _first_line(_text(row[0][0])))
        last = _first_line(_text(row[-2][0])) if len(row) > 2 and _is_label(row[-2][0]) else ""
        outcome = next((re.match(r"Learning Outcome \d+", _first_line(_text(cells[0][0])))
                        for cells in grid if cells and cells[0][3]), None)
        return (f"{label!r}" + (f" in the row of {last!r}" if twins > 1 and last and last != label else "")
                + (f" of {outcome.group(0)}" if outcome and label.startswith("QA comments") else ""))
    if c == 0 and row_label in row_labels:
        return f"{row_label!r} / {_column_name(grid, r, column)!r}"
    heads = _column_name(grid, r, column)
    return repr(heads) if heads else f"the cell {text!r}" if text else f"row {r + 1} cell {c + 1}"


def _column_name(grid, r: int, column: int) -> str:
    """The label cells above over the same grid column: the topmost and the nearest ("Assessor's Decision / Outcome")."""
    heads: list[str] = []
    for row in grid[:r]:
        for cell, start, span, full_width in row:
            if start <= column < start + span and not full_width and _is_label(cell):
                head = _first_line(_text(cell))
                if head and head not in heads:
                    heads.append(head)
    return " / ".join(heads[:1] + heads[-1:]) if len(heads) > 1 else "".join(heads)
