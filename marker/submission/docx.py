"""DOCX: the body in document order, straight from the package's XML.

Walking the XML ourselves (with lxml, which python-docx brings) rather than through
python-docx's object model lets one pass handle what learners' files contain: content
controls, text boxes (stored twice, as mc:Choice and mc:Fallback — read once), tracked
changes read as accepted, nested tables, and Strict OOXML, whose namespaces python-docx
does not know. Names are matched by local name, so both namespace families work.
"""

from __future__ import annotations

import re

from lxml import etree

from marker.submission.altchunk import AltChunks
from marker.submission.budget import refusal
from marker.submission.errors import SubmissionError
from marker.submission.model import Block

MAX_DEPTH = 256
"""XML nesting libxml2 allows without ``huge_tree`` (a real document nests a few dozen deep)."""


def _parser() -> etree.XMLParser:
    """One per part: its error log says whether the depth limit was reached (and parsers are not shared across threads)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)


_SKIP = {"del", "delText", "moveFrom", "Fallback", "instrText", "delInstrText"}
_LABEL = re.compile(r"^\s*(?:task|ac|question|q)?\s*\d{1,2}(?:\.\d{1,2})?[.):]?\s+\S", re.IGNORECASE)


def _local(element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(element, name: str) -> str | None:
    for key, value in element.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return value
    return None


class DocxReader:
    """Turns one DOCX package into body blocks and kept-apart blocks."""

    def __init__(self, name: str, archive):
        self.name = name
        self.archive = archive
        self.blocks: list[Block] = []
        self.apart: list[Block] = []
        self.paragraphs = 0
        self.tables = 0
        self.styles = self._styles()
        self.tracked = False
        self.head = b""
        """The first bytes of document.xml (which namespace family it uses)."""
        self.chunks = AltChunks(name, archive)

    # --- parts --------------------------------------------------------------------------

    def _part(self, path: str):
        try:
            data = self.archive.read(path)
        except KeyError:
            return None
        if path == "word/document.xml":
            self.head = data[:2000]
        parser = _parser()
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError:
            root = None  # nothing parseable at all (an empty or shredded part)
        if any("depth" in str(entry.message).lower() for entry in parser.error_log):
            # libxml2 stops at 256 levels; what it kept would be read as if it were all
            raise refusal(self.name, f"its part {path} nests its XML deeper than the {MAX_DEPTH} levels allowed")
        return root

    def _styles(self) -> dict[str, tuple[str, int | None]]:
        """styleId -> (style name, heading level) from styles.xml, following basedOn."""
        root = self._part("word/styles.xml")
        raw: dict[str, tuple[str, int | None, str | None]] = {}
        if root is None:
            return {}
        # Only the elements wanted, in any namespace: styles.xml holds thousands of others (a
        # third of the time to read a 3,000-word DOCX went on looking at each of them).
        for style in root.iter("{*}style"):
            sid = _attr(style, "styleId") or ""
            name, level, based = "", None, None
            for child in style.iter("{*}name", "{*}outlineLvl", "{*}basedOn"):
                local = _local(child)
                if local == "name":
                    name = _attr(child, "val") or ""
                elif local == "outlineLvl" and (_attr(child, "val") or "").isdigit():
                    level = int(_attr(child, "val")) + 1
                elif local == "basedOn":
                    based = _attr(child, "val")
            match = re.fullmatch(r"heading\s*(\d)", name, re.IGNORECASE)
            if match:
                level = int(match.group(1))
            elif name.lower() == "title":
                level = 1
            raw[sid] = (name, level, based)
        resolved = {}
        for sid, (name, level, based) in raw.items():
            seen = {sid}
            while level is None and based in raw and based not in seen:
                seen.add(based)
                level = raw[based][1] if raw[based][1] and raw[based][1] <= 9 else None
                based = raw[based][2]
            resolved[sid] = (name, level if level and level <= 9 else None)
        return resolved

    def read(self) -> None:
        self._body()
        self._kept_apart()  # after the body's tree is freed: two large parts are never held at once

    def _body(self) -> None:
        document = self._part("word/document.xml")
        if document is None:
            raise SubmissionError(self.name, "corrupt", "has no document body (word/document.xml)",
                                  "ask the learner to re-save it from Word as .docx")
        body = next((e for e in document.iter() if _local(e) == "body"), None)
        if body is not None:
            self._container(body)

    def _kept_apart(self) -> None:
        names = sorted(self.archive.namelist())
        for kind, pattern in (("header", r"word/header\d*\.xml"), ("footer", r"word/footer\d*\.xml"),
                              ("comment", r"word/comments\.xml"), ("note", r"word/(foot|end)notes\.xml")):
            for part in (n for n in names if re.fullmatch(pattern, n)):
                root = self._part(part)
                if root is None:
                    continue
                for text in self._texts_of(root):
                    self.apart.append(Block(self.name, kind, text, len(self.apart) + 1))

    def _texts_of(self, root) -> list[str]:
        """Every paragraph's text in a part, text boxes included, once."""
        texts = []
        for p in root.iter():
            if _local(p) == "p" and not any(_local(a) in _SKIP for a in p.iterancestors()):
                self.archive.budget.check_time()
                text = self._paragraph_text(p)
                if text.strip():
                    texts.append(text.strip())
        return texts

    # --- body ---------------------------------------------------------------------------

    def _container(self, element) -> None:
        for child in element:
            local = _local(child)
            self.archive.budget.check_time()
            if local == "p":
                self._paragraph(child)
            elif local == "tbl":
                self._table(child)
            elif local == "altChunk":
                for kind, text, level in self.chunks.read(_attr(child, "id")):
                    self.paragraphs += 1
                    self.blocks.append(Block(self.name, kind, text, self.paragraphs, level=level))
            elif local in _SKIP:
                continue
            elif local in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "AlternateContent", "Choice", "smartTag"):
                self._container(child)

    def _paragraph(self, p) -> None:
        text = self._paragraph_text(p).strip()
        if text:
            kind, level = self._kind(p, text)
            if kind == "heading":
                self.paragraphs += 1
                self.blocks.append(Block(self.name, "heading", text, self.paragraphs, level=level))
            else:
                self.paragraphs += 1
                self.blocks.append(Block(self.name, kind, text, self.paragraphs))
        # Text boxes anchored in this paragraph follow it, read once (mc:Choice only).
        for box in self._text_boxes(p):
            self._container(box)

    def _text_boxes(self, p):
        for element in p.iter():
            if _local(element) == "txbxContent":
                ancestors = list(element.iterancestors())
                if any(_local(a) in _SKIP for a in ancestors):
                    continue
                # only outermost boxes of this paragraph; nested ones are read with them
                if any(_local(a) == "txbxContent" for a in ancestors[: ancestors.index(p)]):
                    continue
                yield element

    def _paragraph_text(self, p) -> str:
        parts: list[str] = []
        self._runs(p, parts)
        return re.sub(r"[ \t\u00a0]+", " ", "".join(parts))

    def _runs(self, element, parts: list[str]) -> None:
        for child in element:
            local = _local(child)
            if local in _SKIP or local in ("txbxContent", "pPr", "rPr"):
                if local in ("del", "moveFrom"):
                    self.tracked = True
                continue
            if local == "ins":
                self.tracked = True
            if local == "r" and _hidden(child):
                continue  # hidden text (Word's "Hidden" font effect) is not on the page the learner submitted
            if local == "t":
                parts.append(child.text or "")
            elif local == "tab":
                parts.append(" ")
            elif local in ("br", "cr"):
                parts.append("\n")
            elif local == "noBreakHyphen":
                parts.append("-")
            else:
                self._runs(child, parts)

    def _kind(self, p, text: str) -> tuple[str, int | None]:
        style_id, outline, numbered = None, None, False
        ppr = next((c for c in p if _local(c) == "pPr"), None)
        if ppr is not None:
            for child in ppr:
                local = _local(child)
                if local == "pStyle":
                    style_id = _attr(child, "val")
                elif local == "outlineLvl" and (_attr(child, "val") or "").isdigit():
                    outline = int(_attr(child, "val")) + 1
                elif local == "numPr":
                    numbered = True
        name, level = self.styles.get(style_id or "", ("", None))
        level = level or (outline if outline and outline <= 9 else None)
        if level and len(text.split()) <= 30:
            return "heading", level
        if self._bold_label(p, text):
            return "heading", 2
        if numbered or name.lower().startswith("list"):
            return "list", None
        return "paragraph", None

    def _bold_label(self, p, text: str) -> bool:
        """A short bold numbered line ("1.1 Role of a mentor") acts as a heading."""
        if len(text.split()) > 12 or not _LABEL.match(text):
            return False
        runs = [r for r in p.iter() if _local(r) == "r" and "".join(t.text or "" for t in r.iter() if _local(t) == "t").strip()]
        return bool(runs) and all(self._is_bold(r) for r in runs)

    @staticmethod
    def _is_bold(run) -> bool:
        for rpr in (c for c in run if _local(c) == "rPr"):
            for b in rpr:
                if _local(b) == "b" and (_attr(b, "val") or "true") not in ("0", "false"):
                    return True
        return False

    def _table(self, tbl) -> None:
        self.tables += 1
        number = self.tables
        rows = self._table_rows(tbl)
        if rows:
            self.blocks.append(Block(self.name, "table", "\n".join(rows), number))

    def _table_rows(self, tbl) -> list[str]:
        rows = []
        for tr in (c for c in self._flatten(tbl) if _local(c) == "tr"):
            cells = []
            for tc in (c for c in self._flatten(tr) if _local(c) == "tc"):
                pieces = []
                for child in self._flatten(tc):
                    if _local(child) == "p":
                        text = self._paragraph_text(child).strip()
                        if text:
                            pieces.append(text)
                        for box in self._text_boxes(child):
                            pieces += self._texts_of(box)
                    elif _local(child) == "tbl":
                        pieces += self._table_rows(child)  # nested table, inline and in order
                cells.append(" ".join(pieces))
            if any(cells):
                rows.append(" | ".join(cells))
        return rows

    @staticmethod
    def _flatten(element):
        """Children, looking through content controls and tracked insertions."""
        for child in element:
            if _local(child) in ("sdt", "sdtContent", "customXml", "ins", "smartTag"):
                yield from DocxReader._flatten(child)
            elif _local(child) not in _SKIP:
                yield child


def read_docx(name: str, archive) -> tuple[list[Block], list[Block], list[str]]:
    """Body blocks, kept-apart blocks and notices for one DOCX package (a ``BudgetedZip`` or ``SalvagedArchive``)."""
    reader = DocxReader(name, archive)
    reader.read()
    notices = ["tracked changes read as if accepted"] if reader.tracked else []
    if b"purl.oclc.org/ooxml" in reader.head:
        notices.append("Strict Open XML document: read, but check the text against the original")
    notices += reader.chunks.notices
    if not reader.blocks and reader.chunks.unread:
        raise SubmissionError(name, "unsupported", f"keeps its text in an embedded {reader.chunks.unread[0]} part "
                              "(altChunk) that marker cannot read",
                              "ask the learner to open it in Word and save it again as .docx, or as PDF")
    return reader.blocks, reader.apart, notices


def _hidden(run) -> bool:
    """Whether a run is formatted as hidden (``w:vanish`` not switched off)."""
    for rpr in (c for c in run if _local(c) == "rPr"):
        for flag in rpr:
            if _local(flag) == "vanish" and (_attr(flag, "val") or "true") not in ("0", "false"):
                return True
    return False
