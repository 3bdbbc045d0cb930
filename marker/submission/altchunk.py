"""A DOCX altChunk: text some tools (web editors, mail merges) embed as a whole HTML page.

Word shows an ``<w:altChunk r:id=…>`` by importing the part its relationship names, so
the learner sees ordinary text; a reader that skips it finds an empty document. HTML
chunks are read here as headings and paragraphs; any other kind (RTF, MHT, a nested
DOCX) is named in a notice, and in the refusal when nothing else holds text.
"""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser

from lxml import etree

_BLOCKS = {"p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul",
           "ol", "section", "article", "td", "th"}
_SKIPPED = {"script", "style", "head", "title"}


class _Text(HTMLParser):
    """Headings and paragraphs of an HTML page, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, int | None]] = []
        self.current: list[str] = []
        self.level: int | None = None
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.flush()
            if re.fullmatch(r"h[1-6]", tag):
                self.level = int(tag[1])

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data)

    def flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.found.append(("heading" if self.level else "paragraph", text, self.level))
        self.current, self.level = [], None


def html_blocks(data: bytes) -> list[tuple[str, str, int | None]]:
    """(kind, text, heading level) for each block of an HTML page."""
    match = re.search(rb"charset=[\"']?([\w-]+)", data[:2000])
    try:
        text = data.decode(match.group(1).decode() if match else "utf-8", errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    parser = _Text()
    parser.feed(text)
    parser.close()
    parser.flush()
    return parser.found


class AltChunks:
    """The altChunk parts of one DOCX, read through its relationships on demand."""

    def __init__(self, name: str, archive) -> None:
        self.name, self.archive = name, archive
        self.notices: list[str] = []
        self.unread: list[str] = []
        """Kinds of chunk found but not read (``RTF``, ``MHT``…)."""
        self._targets: dict[str, str] | None = None

    def read(self, rel_id: str | None) -> list[tuple[str, str, int | None]]:
        target = self.targets().get(rel_id or "")
        if target is None:
            return []
        kind = posixpath.splitext(target)[1].lstrip(".").upper() or "unknown"
        if kind not in ("HTM", "HTML", "XHTML"):
            self.unread.append(kind)
            self.notices.append(f"an embedded {kind} part (altChunk) was not read: check the original for its text")
            return []
        try:
            return html_blocks(self.archive.read(target))
        except KeyError:
            return []

    def targets(self) -> dict[str, str]:
        """Relationship id -> part name, from word/_rels/document.xml.rels."""
        if self._targets is None:
            self._targets = {}
            try:
                root = etree.fromstring(self.archive.read("word/_rels/document.xml.rels"), etree.XMLParser(
                    resolve_entities=False, no_network=True, huge_tree=False, recover=True))
            except (KeyError, etree.XMLSyntaxError):
                return self._targets
            for rel in (root if root is not None else []):
                target, rid = rel.get("Target"), rel.get("Id")
                if target and rid and (rel.get("TargetMode") or "") != "External":
                    joined = target.lstrip("/") if target.startswith("/") else posixpath.join("word", target)
                    self._targets[rid] = posixpath.normpath(joined)
        return self._targets
