"""Hostile files, built on demand: what an attacker (or a broken tool) hands the readers.

Used by the regression tests (small sizes) and by ``bench/bench_hostile.py`` (the sizes
from issue 16). Each builder writes one file and returns its path.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>')
HEAD = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'.encode()
TAIL = b"</w:body></w:document>"
PARAGRAPH = b"<w:p><w:r><w:t>the mentee and I reviewed her goals for the month again</w:t></w:r></w:p>"


def docx_bytes(paragraphs: list[str]) -> bytes:
    """A minimal valid DOCX holding these paragraphs."""
    import io

    body = b"".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>".encode() for p in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", HEAD + body + TAIL)
    return out.getvalue()


def _big_document(archive: zipfile.ZipFile, name: str, inflated: int) -> None:
    chunk = PARAGRAPH * (1 << 20 // len(PARAGRAPH))
    with archive.open(name, "w") as part:
        part.write(HEAD)
        written = len(HEAD)
        while written < inflated:
            part.write(chunk)
            written += len(chunk)
        part.write(TAIL)


def lying_docx(path: Path, inflated: int = 190 << 20, claimed: int = 100) -> Path:
    """A DOCX whose zip directory says ``word/document.xml`` is ``claimed`` bytes; it inflates to ``inflated``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        _big_document(archive, "word/document.xml", inflated)
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + 17] == b"word/document.xml":
                struct.pack_into("<I", data, at + offset, claimed)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


def salvage_bomb(path: Path, inflated: int = 190 << 20, parts: int = 3) -> Path:
    """Local headers only (no central directory): parts that each inflate to ``inflated``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        _big_document(archive, "word/document.xml", inflated)
        for n in range(1, parts):
            _big_document(archive, f"word/header{n}.xml", inflated)
    with zipfile.ZipFile(path) as archive:
        directory = archive.start_dir
    path.write_bytes(path.read_bytes()[:directory])
    return path


def honest_bomb(path: Path, inflated: int = 190 << 20, headers: int = 0) -> Path:
    """A DOCX whose directory tells the truth: ``document.xml`` (and each of ``headers`` headers) is ``inflated`` bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        _big_document(archive, "word/document.xml", inflated)
        for n in range(1, headers + 1):
            _big_document(archive, f"word/header{n}.xml", inflated)
    return path


def deep_docx(path: Path, depth: int = 50_000) -> Path:
    """A DOCX whose body nests content controls ``depth`` deep."""
    body = b"<w:sdt><w:sdtContent>" * depth + PARAGRAPH + b"</w:sdtContent></w:sdt>" * depth
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", HEAD + body + TAIL)
    return path


def many_parts_docx(path: Path, parts: int = 200_000) -> Path:
    """A DOCX with a readable body and ``parts`` empty header parts."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", HEAD + PARAGRAPH + TAIL)
        for n in range(parts):
            archive.writestr(f"word/header{n}.xml", b"")
    return path


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1-based, object 1 the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, flate: bool = False) -> bytes:
    if flate:
        data = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_bytes(pages: list[bytes], extra: list[bytes] = (), catalog_extra: bytes = b"") -> bytes:
    """A PDF whose pages show these content streams in Helvetica; ``extra`` objects follow (numbered from 4 + 2·pages)."""
    count = len(pages)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count, FONT]
    for i, content in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % (5 + 2 * i))
        objects.append(_stream(content, flate=True))
    return _pdf(objects + list(extra))


def text_page(text: str) -> bytes:
    return b"BT /F1 12 Tf 72 770 Td (" + text.encode("latin-1") + b") Tj ET"


def flate_bomb_pdf(path: Path, inflated: int = 400 << 20) -> Path:
    """One page whose content stream inflates to ``inflated`` bytes of spaces."""
    content = text_page("Reflective account of my mentoring practice") + b" " * inflated
    path.write_bytes(pdf_bytes([content]))
    return path


def many_pages_pdf(path: Path, pages: int = 100_000) -> Path:
    """``pages`` pages sharing one tiny content stream."""
    content = _stream(text_page("Session notes"))
    count = pages
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", FONT, content]
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(count))
    objects[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    objects += [page] * count
    path.write_bytes(_pdf(objects))
    return path


def big_text(path: Path, size: int = 50 << 20) -> Path:
    line = b"In our third session the mentee and I reviewed her goals for the month.\n\n"
    path.write_bytes(line * (size // len(line)))
    return path


def deep_toml(path: Path, depth: int = 50_000) -> Path:
    """A session-like file nesting arrays ``depth`` deep."""
    path.write_text('id = "x"\nfiles = ' + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    return path


def flip_byte(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:]
