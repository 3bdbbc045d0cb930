"""Issue 16: hostile files are refused in one line within the readers' own budget, and nothing of them is cached.

The limits are lowered here so each bomb is small; ``bench/bench_hostile.py`` runs the
full-size ones from the issue and prints peak memory and seconds.
"""

from __future__ import annotations

import pytest

import hostile
from marker.config import cache_dir
from marker.submission import budget
from marker.submission.errors import SubmissionError
from marker.submission.read import read_file


@pytest.fixture
def small_limits(monkeypatch):
    monkeypatch.setattr(budget, "MAX_PART", 1 << 20)
    monkeypatch.setattr(budget, "MAX_INFLATED", 2 << 20)


def refused(path) -> SubmissionError:
    with pytest.raises(SubmissionError) as caught:
        read_file(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(path.name + ": ")
    return caught.value


def cached_entries() -> list:
    folder = cache_dir() / "extract"
    return list(folder.iterdir()) if folder.exists() else []


def test_a_docx_lying_about_its_size_is_refused_after_the_bytes_inflated_not_the_bytes_claimed(tmp_path, small_limits):
    path = hostile.lying_docx(tmp_path / "essay.docx", inflated=8 << 20, claimed=100)
    error = refused(path)
    assert error.kind == "too_large"
    assert "word/document.xml inflates past the 1 MB limit" in str(error)
    assert cached_entries() == []


def test_a_salvage_bomb_without_a_directory_is_refused(tmp_path, small_limits):
    path = hostile.salvage_bomb(tmp_path / "essay.docx", inflated=8 << 20, parts=2)
    assert "inflates past the 1 MB limit" in str(refused(path))
    assert cached_entries() == []


def test_many_modest_parts_together_reach_the_documents_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(budget, "MAX_PART", 1 << 20)
    monkeypatch.setattr(budget, "MAX_INFLATED", 1 << 20)
    path = hostile.salvage_bomb(tmp_path / "essay.docx", inflated=700_000, parts=3)
    assert "inflates past the 1 MB limit for one document" in str(refused(path))


def test_an_honest_bomb_is_refused_too(tmp_path, small_limits):
    assert "inflates past" in str(refused(hostile.honest_bomb(tmp_path / "essay.docx", inflated=4 << 20)))


def test_xml_nested_past_the_depth_limit_is_refused_not_read_as_empty(tmp_path):
    assert "deeper than the 256 levels" in str(refused(hostile.deep_docx(tmp_path / "essay.docx", depth=50_000)))


def test_xml_nested_within_the_limit_is_read(tmp_path):
    assert "reviewed her goals" in read_file(hostile.deep_docx(tmp_path / "essay.docx", depth=100)).text


def test_a_zip_of_too_many_parts_is_refused_before_its_directory_is_built(tmp_path, monkeypatch):
    monkeypatch.setattr(budget, "MAX_PARTS", 50)
    assert "holds 102 parts, over the 50 limit" in str(refused(hostile.many_parts_docx(tmp_path / "essay.docx", 100)))


def test_a_pdf_over_the_page_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(budget, "MAX_PAGES", 10)
    path = hostile.many_pages_pdf(tmp_path / "diary.pdf", pages=11)
    assert "has 11 pages, over the 10 page limit" in str(refused(path))
    assert cached_entries() == []


def test_a_pdf_within_the_page_limit_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(budget, "MAX_PAGES", 10)
    assert read_file(hostile.many_pages_pdf(tmp_path / "diary.pdf", pages=10)).pages == 10


def test_plain_text_over_its_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(budget, "MAX_TEXT", 100_000)
    path = hostile.big_text(tmp_path / "essay.txt", size=200_000)
    assert "of plain text, over the 97 KB limit" in str(refused(path))


def test_reading_that_overruns_its_time_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(budget, "MAX_SECONDS", 0.0)
    path = tmp_path / "essay.docx"
    path.write_bytes(hostile.docx_bytes(["Task 1.1 The role of a mentor"]))
    assert "took longer than the 0 s limit" in str(refused(path))
    assert cached_entries() == []


def test_an_ordinary_docx_still_reads_and_is_cached(tmp_path):
    path = tmp_path / "essay.docx"
    path.write_bytes(hostile.docx_bytes(["Task 1.1 The role of a mentor", "A mentor listens."]))
    assert read_file(path).text == "Task 1.1 The role of a mentor\n\nA mentor listens."
    assert len(cached_entries()) == 1


# --- PDF: what is not text is never shown as text ----------------------------------------------

SIGNATURE_FIELD = b"<< /FT /Sig /T (Signature1) /V 8 0 R >>"
NAME_FIELD = b"<< /FT /Tx /T (Learner name) /V (Jordan Ellis) >>"
SIGNATURE = (b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /Prop_Build << /App << /Name "
             b"/Acrobat >> >> /Contents <0011aabb> /ByteRange [0 10 20 30] >>")
ACROFORM = b"/AcroForm << /Fields [6 0 R 7 0 R] >>"


def test_a_signed_pdfs_signature_dictionary_is_not_read_as_words(tmp_path):
    path = tmp_path / "signed.pdf"
    path.write_bytes(hostile.pdf_bytes([hostile.text_page("Task 1.1 The role of a mentor")],
                                       [SIGNATURE_FIELD, NAME_FIELD, SIGNATURE], ACROFORM))
    document = read_file(path)
    assert document.text == "Task 1.1 The role of a mentor\n\nForm fields: Learner name: Jordan Ellis"


def test_a_pdf_whose_only_page_cannot_be_read_is_an_error_whatever_its_form_fields(tmp_path):
    broken = b"<< /Length 5 /Filter /NoSuchFilter >>\nstream\nxxxxx\nendstream"
    data = hostile.pdf_bytes([hostile.text_page("x")], [SIGNATURE_FIELD, NAME_FIELD, SIGNATURE, broken], ACROFORM)
    path = tmp_path / "form.pdf"
    path.write_bytes(data.replace(b"/Contents 5 0 R", b"/Contents 9 0 R"))
    error = refused(path)
    assert error.kind == "corrupt" and "no page could be read" in str(error)


def test_a_pdf_flate_bomb_is_refused_naming_the_limit(tmp_path):
    error = refused(hostile.flate_bomb_pdf(tmp_path / "bomb.pdf", inflated=80 << 20))
    assert error.kind == "too_large" and "inflates past the 75 MB limit for one stream" in str(error)
    assert cached_entries() == []


def test_reading_stops_when_asked_and_caches_nothing(tmp_path):
    from marker.submission.budget import ReadingCancelled
    from marker.submission.read import read_submission

    path = tmp_path / "essay.docx"
    path.write_bytes(hostile.docx_bytes(["Task 1.1 The role of a mentor"] * 50))
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # the app closes while the file is being read

    with pytest.raises(ReadingCancelled):
        read_submission([path], cancelled=cancelled)
    assert cached_entries() == []
    assert read_file(path).text.startswith("Task 1.1")


def test_a_docx_whose_parts_are_zip_encrypted_is_one_line(tmp_path):
    import struct

    data = bytearray(hostile.docx_bytes(["Task 1.1 The role of a mentor"]))
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            struct.pack_into("<H", data, at + flags_at, struct.unpack_from("<H", data, at + flags_at)[0] | 1)
            at = data.find(signature, at + 4)
    path = tmp_path / "essay.docx"
    path.write_bytes(bytes(data))
    error = refused(path)
    assert error.kind == "encrypted" and "password-protected (encrypted) zip" in str(error)


def test_a_pdf_with_a_number_where_a_font_should_be_reads_and_prints_nothing(tmp_path, capfd):
    data = hostile.pdf_bytes([hostile.text_page("Task 1.1 The role of a mentor")])
    path = tmp_path / "essay.pdf"
    path.write_bytes(data.replace(b"/Font << /F1 3 0 R >>", b"/Font << /F1 7 >>"))
    try:
        read_file(path)
    except SubmissionError as error:
        assert "\n" not in str(error)
    assert capfd.readouterr().err == ""


def test_a_pdf_encrypted_with_an_unknown_scheme_is_one_line(tmp_path):
    data = hostile.pdf_bytes([hostile.text_page("Task 1.1")], [b"<< /Filter /Standard /V 0 /R 2 /O <00> /U <00> /P -4 >>"])
    data = data.replace(b"/Root 1 0 R >>", b"/Root 1 0 R /Encrypt 6 0 R /ID [<00><00>] >>")
    path = tmp_path / "essay.pdf"
    path.write_bytes(data)
    error = refused(path)
    assert error.kind == "encrypted" and "cannot open" in str(error)
