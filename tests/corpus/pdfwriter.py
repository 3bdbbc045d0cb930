"""A minimal text PDF writer for the labelled corpus: Helvetica, wrapped lines, pages.

Enough to look like a Word document saved as PDF: bold headings, wrapped paragraphs,
bulleted items, ruled tables whose cells wrap within their columns, and a footer with the
page number. Text is real (WinAnsi-encoded Type 1 standard fonts), so pypdf extracts it.

Phrases passed as ``keep_together`` are never split across lines (so never across pages):
the corpus' label phrases must be found intact in one extracted passage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0  # A4 in points
MARGIN = 64.0
BODY = 11.0
LEADING = 1.38

_REGULAR = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
            556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_BOLD = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
         975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
         333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
         611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
_KEEP = "\x00"  # stands for a space inside a phrase that must stay on one line


def text_width(text: str, size: float, bold: bool = False) -> float:
    table = _BOLD if bold else _REGULAR
    units = 0
    for ch in text:
        code = ord(ch)
        units += table[code - 32] if 32 <= code <= 126 else 556
    return units * size / 1000


def wrap(text: str, width: float, size: float, bold: bool = False, keep_together: tuple[str, ...] = ()) -> list[str]:
    """Break ``text`` into lines no wider than ``width``; kept phrases never break."""
    for phrase in sorted(keep_together, key=len, reverse=True):
        if phrase in text:
            text = text.replace(phrase, phrase.replace(" ", _KEEP))
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate.replace(_KEEP, " "), size, bold) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return [ln.replace(_KEEP, " ") for ln in lines] or [""]


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


@dataclass
class _Page:
    ops: list[bytes] = field(default_factory=list)


class Layout:
    """Flows blocks down A4 pages, top to bottom, starting new pages as needed."""

    def __init__(self, footer: str = "", keep_together: tuple[str, ...] = ()) -> None:
        self.footer = footer
        self.keep = keep_together
        self.pages: list[_Page] = []
        self.y = 0.0
        self._new_page()

    # --- drawing ------------------------------------------------------------------------

    def _new_page(self) -> None:
        self.pages.append(_Page())
        self.y = PAGE_HEIGHT - MARGIN

    def _text(self, x: float, y: float, text: str, size: float, bold: bool) -> None:
        font = b"/F2" if bold else b"/F1"
        self.pages[-1].ops.append(b"BT " + font + b" %.1f Tf %.2f %.2f Td (" % (size, x, y) + _escape(text) + b") Tj ET")

    def _rule(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.pages[-1].ops.append(b"%.2f %.2f m %.2f %.2f l S" % (x1, y1, x2, y2))

    def _room(self, needed: float) -> None:
        if self.y - needed < MARGIN + 20:
            self._new_page()

    # --- blocks -------------------------------------------------------------------------

    def lines(self, lines: list[str], size: float = BODY, bold: bool = False, indent: float = 0.0,
              first_prefix: str = "", space_after: float = 6.0) -> None:
        step = size * LEADING
        for i, line in enumerate(lines):
            self._room(step)
            self.y -= step
            if i == 0 and first_prefix:
                self._text(MARGIN + indent - 12, self.y, first_prefix, size, False)
            self._text(MARGIN + indent, self.y, line, size, bold)
        self.y -= space_after

    def heading(self, level: int, text: str) -> None:
        size = {0: 17.0, 1: 14.0, 2: 12.0}.get(level, 11.0)
        lines = wrap(text, PAGE_WIDTH - 2 * MARGIN, size, True, self.keep)
        # keep a heading with the first lines of what follows it
        self._room(size * LEADING * (len(lines) + 1) + 8 + BODY * LEADING * 3)
        self.y -= 8 if level <= 1 else 4
        self.lines(lines, size, bold=True, space_after=4)

    def paragraph(self, text: str) -> None:
        self.lines(wrap(text, PAGE_WIDTH - 2 * MARGIN, BODY, False, self.keep))

    def bullet(self, text: str) -> None:
        indent = 18.0
        lines = wrap(text, PAGE_WIDTH - 2 * MARGIN - indent, BODY, False, self.keep)
        self.lines(lines, indent=indent, first_prefix="\u2022", space_after=3)

    def table(self, rows: list[list[str]]) -> None:
        if not rows:
            return
        columns = max(len(r) for r in rows)
        total = PAGE_WIDTH - 2 * MARGIN
        # wider columns for wordier cells, within reason
        weights = [max(22, min(60, max(len(r[c]) if c < len(r) else 0 for r in rows))) for c in range(columns)]
        widths = [total * w / sum(weights) for w in weights]
        size, pad = BODY - 1, 4.0
        step = size * LEADING
        for index, row in enumerate(rows):
            bold = index == 0 and len(rows) > 1 and columns > 2
            cells = [wrap(row[c] if c < len(row) else "", widths[c] - 2 * pad, size, bold, self.keep) for c in range(columns)]
            height = max(len(c) for c in cells) * step + 2 * pad
            if self.y - height < MARGIN + 20:
                self._new_page()
            top = self.y
            x = MARGIN
            for c, lines in enumerate(cells):
                y = top - pad
                for line in lines:
                    y -= step
                    self._text(x + pad, y + 2, line, size, bold)
                x += widths[c]
            bottom = top - height
            self._rule(MARGIN, top, MARGIN + total, top)
            self._rule(MARGIN, bottom, MARGIN + total, bottom)
            x = MARGIN
            for w in [0.0, *widths]:
                x += w
                self._rule(x, top, x, bottom)
            self.y = bottom
        self.y -= 10

    # --- output -------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        for number, page in enumerate(self.pages, 1):
            label = f"{self.footer}   Page {number} of {len(self.pages)}" if self.footer else f"Page {number}"
            width = text_width(label, 9)
            page.ops.append(b"BT /F1 9.0 Tf %.2f %.2f Td (" % ((PAGE_WIDTH - width) / 2, MARGIN / 2) + _escape(label) + b") Tj ET")
        write_pdf(path, [b"0.4 w\n" + b"\n".join(p.ops) for p in self.pages])


def write_pdf(path: Path, streams: list[bytes]) -> None:
    """Write pages, one content stream each, with Helvetica as /F1 and Helvetica-Bold as /F2."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages = add(b"")
    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for stream in streams:
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
            % (pages, PAGE_WIDTH, PAGE_HEIGHT, content, regular, bold)
        ))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objects[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Producer (marker test corpus) >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, info, xref)
    Path(path).write_bytes(bytes(out))
