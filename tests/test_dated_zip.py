"""A sheet's zip is the one Python's zipfile writes from the saved document, byte for byte."""

import io
import zipfile
from datetime import datetime

from marked import marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.sheets import build_report, build_sheet
from marker.sheets.dated_zip import dated_zip
from marker.sheets.docx_parts import document_bytes

CATALOGUE = find_rubrics([SHIPPED_RUBRICS])
WHEN = (2026, 11, 20, 14, 37, 0)


def zipfile_way(entries, when=WHEN) -> bytes:
    """Each entry written by zipfile, dated, deflated and 0600: how sheets were zipped before."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, blob in entries:
            entry = zipfile.ZipInfo(name, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, blob)
    return out.getvalue()


def test_a_sheet_and_a_report_are_the_zip_of_the_saved_document(tmp_path):
    for unit in ("8584-201", "D2.02"):
        rubric = CATALOGUE.get(unit)
        session = marked_session(rubric, tmp_path / unit)
        for doc in (build_sheet(session, rubric), build_report(session, rubric)):
            saved = io.BytesIO()
            doc.save(saved)
            with zipfile.ZipFile(saved) as package:
                entries = [(item.filename, package.read(item.filename)) for item in package.infolist()]
            assert document_bytes(doc, datetime(*WHEN)) == zipfile_way(entries)
            assert document_bytes(doc, datetime(*WHEN)) == zipfile_way(entries)  # the shared parts, compressed once


def test_names_outside_ascii_empty_parts_and_large_ones_zip_as_zipfile_does():
    entries = [("word/document.xml", b"<w:document/>"), ("customXml/\u00e9t\u00e9.xml", b""),
               ("word/styles.xml", bytes(range(256)) * 400)]
    written = dated_zip(entries, WHEN)
    assert written == zipfile_way(entries)
    with zipfile.ZipFile(io.BytesIO(written)) as package:
        assert [(i.filename, package.read(i.filename), i.date_time) for i in package.infolist()] == \
            [(name, blob, WHEN) for name, blob in entries]
