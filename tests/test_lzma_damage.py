"""A zip member compressed with LZMA whose data no decoder takes (a DOCX, a bundle, a sheet)
is named as damaged in one line, like a damaged deflated one, never raised as an LZMAError."""

from __future__ import annotations

import io
import zipfile

import pytest

import hostile
from marker.errors import MarkerError
from marker.export.manifest import MANIFEST, verify_bundle
from marker.sheets.compare import read_sheet
from marker.submission.errors import SubmissionError
from marker.submission.read import read_file


def lzma_damaged(data: bytes, member: str) -> bytes:
    """``data``'s zip with ``member`` compressed by LZMA and its LZMA properties spoiled."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            method = zipfile.ZIP_LZMA if info.filename == member else zipfile.ZIP_DEFLATED
            archive.writestr(info.filename, source.read(info.filename), compress_type=method)
    raw = bytearray(out.getvalue())
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + 4:start + 9] = b"\xff" * 5  # after zipfile's 4-byte LZMA header: options no decoder takes
    return bytes(raw)


@pytest.fixture
def essay_bytes():
    return hostile.docx_bytes(["Task 1.1 The role of a mentor", "A mentor listens and asks questions."])


def test_a_docx(tmp_path, essay_bytes):
    path = tmp_path / "essay.docx"
    path.write_bytes(lzma_damaged(essay_bytes, "word/document.xml"))
    with pytest.raises(SubmissionError, match="essay.docx: "):
        read_file(path)


def test_a_sheet(tmp_path, essay_bytes):
    path = tmp_path / "sheet.docx"
    path.write_bytes(lzma_damaged(essay_bytes, "word/document.xml"))
    with pytest.raises(MarkerError, match="is not a readable DOCX"):
        read_sheet(path)


def test_a_bundles_manifest(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(MANIFEST, '{"format": "marker-bundle"}')
    path = tmp_path / "bundle.zip"
    path.write_bytes(lzma_damaged(out.getvalue(), MANIFEST))
    problems = verify_bundle(path)
    assert problems and all("\n" not in p for p in problems), problems
