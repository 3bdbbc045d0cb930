"""A prepared sheet's styles kept as bytes, which every copy of it shares until one reads them.

python-docx's styles are 350 KB of XML in every sheet, the same in each: copying their parsed tree
for every session and writing it out again was a quarter of a sheet's cost. Nothing that fills in a
session's cells reads or changes a style, so a prepared sheet's copies share the bytes; a copy that
does read its styles (``doc.styles``) parses its own and writes what it then holds.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import Part
from docx.oxml.parser import parse_xml
from docx.parts.styles import StylesPart


class SharedStyles(StylesPart):
    """The styles part as its bytes, parsed only when something reads it."""

    def __init__(self, styles: StylesPart) -> None:
        Part.__init__(self, styles.partname, styles.content_type, styles.blob, styles.package)
        self._parsed = None

    @property
    def _element(self):  # what python-docx's part reads its styles from
        if self._parsed is None:
            self._parsed = parse_xml(self._blob)
        return self._parsed

    @property
    def blob(self) -> bytes:
        return self._blob if self._parsed is None else serialize_part_xml(self._parsed)


def share_styles(doc: DocumentObject) -> None:
    """From now on ``doc``'s styles are bytes its copies share (the same relationship, the same part name)."""
    rels = doc.part.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype == RT.STYLES and not rel.is_external and isinstance(rel.target_part, StylesPart):
            rels.add_relationship(RT.STYLES, SharedStyles(rel.target_part), rel_id)
