"""Reading learner files: structure kept, bad input named in one line, the rest still read."""

import io
import os
import zipfile

import docx
import pytest

from marker.submission import read as read_module
from marker.submission.errors import SubmissionError
from marker.submission.read import read_file, read_submission


def make_docx(path, build):
    document = docx.Document()
    build(document)
    document.save(str(path))
    return path


def test_docx_headings_paragraphs_and_nested_tables_in_order(tmp_path):
    def build(d):
        d.add_heading("Task 1.1 The role of a mentor", level=2)
        d.add_paragraph("A mentor supports development.")
        table = d.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "outer cell"
        inner = table.cell(0, 1).add_table(rows=1, cols=1)
        inner.cell(0, 0).text = "nested cell"
        d.add_paragraph("After the table.")
        d.sections[0].header.paragraphs[0].text = "Running header text"
        d.sections[0].footer.paragraphs[0].text = "Page footer text"
    document = read_file(make_docx(tmp_path / "essay.docx", build))
    kinds = [(b.kind, b.text) for b in document.blocks]
    assert kinds[0] == ("heading", "Task 1.1 The role of a mentor") and document.blocks[0].level == 2
    assert kinds[1] == ("paragraph", "A mentor supports development.")
    assert kinds[2][0] == "table" and "outer cell" in kinds[2][1] and "nested cell" in kinds[2][1]
    assert kinds[3] == ("paragraph", "After the table.")
    assert "Running header text" not in document.text and "Page footer text" not in document.text
    assert {b.kind for b in document.kept_apart} == {"header", "footer"}
    assert document.blocks[1].location == "essay.docx ¶2"
    assert document.blocks[2].location == "essay.docx table 1"


def test_comments_are_kept_apart(tmp_path):
    def build(d):
        paragraph = d.add_paragraph("Body text here.")
        d.add_comment(paragraph.runs, text="Tutor comment: expand this", author="Tutor")
    document = read_file(make_docx(tmp_path / "c.docx", build))
    assert "Tutor comment" not in document.text
    assert any("Tutor comment" in b.text and b.kind == "comment" for b in document.kept_apart)


def test_hidden_text_is_not_read(tmp_path):
    def build(d):
        paragraph = d.add_paragraph("Shown to the reader. ")
        paragraph.add_run("Hidden by the learner.").font.hidden = True
        shown_again = d.add_paragraph().add_run("Hidden switched off.")
        shown_again.font.hidden = False
    document = read_file(make_docx(tmp_path / "h.docx", build))
    assert "Shown to the reader." in document.text and "Hidden switched off." in document.text
    assert "Hidden by the learner" not in document.text


def test_short_bold_numbered_line_is_a_heading(tmp_path):
    def build(d):
        d.add_paragraph().add_run("2.3 Questioning and listening").bold = True
        d.add_paragraph("I use open questions.")
    document = read_file(make_docx(tmp_path / "b.docx", build))
    assert document.blocks[0].kind == "heading"


def test_text_and_markdown(tmp_path):
    md = tmp_path / "notes.md"
    md.write_text("# Task 1.1\n\nFirst paragraph\ncontinues.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", encoding="utf-8")
    blocks = read_file(md).blocks
    assert [b.kind for b in blocks] == ["heading", "paragraph", "table"]
    assert blocks[1].text == "First paragraph continues."
    latin = tmp_path / "old.txt"
    latin.write_bytes("Caf\u00e9 mentoring \u2013 notes".encode("cp1252"))
    document = read_file(latin)
    assert "Café mentoring – notes" in document.text
    assert any("cp1252" in n for n in document.notices)


@pytest.mark.parametrize("name, content, kind, words", [
    ("gone.docx", None, "missing", "not found"),
    ("empty.docx", b"", "empty", "empty"),
    ("photo.docx", b"\x89PNG\r\n\x1a\n" + b"0" * 100, "unsupported", "image"),
    ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old_format", "save as .docx or PDF"),
    ("essay.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old_format", ".doc"),
    ("essay.pages", b"not really", "old_format", "save as .docx or PDF"),
    ("fake.pdf", b"hello, I am text", "unsupported", "not a PDF"),
    ("broken.pdf", b"%PDF-1.4\n garbage without objects", "corrupt", "damaged"),
])
def test_bad_files_get_one_line_naming_file_and_remedy(tmp_path, name, content, kind, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SubmissionError) as caught:
        read_file(path)
    message = str(caught.value)
    assert caught.value.kind == kind
    assert message.startswith(name) and words.lower() in message.lower() and "\n" not in message
    assert " — " in message, "the line says what to do"


def test_odt_is_named(tmp_path):
    path = tmp_path / "essay.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<x/>")
    with pytest.raises(SubmissionError, match="OpenDocument"):
        read_file(path)


def test_zip_bomb_is_refused_before_parsing(tmp_path, monkeypatch):
    from marker.submission import budget

    monkeypatch.setattr(budget, "MAX_PART", 10_000)
    path = make_docx(tmp_path / "bomb.docx", lambda d: d.add_paragraph("x" * 20_000))
    with pytest.raises(SubmissionError, match="inflates past the 9 KB limit"):
        read_file(path)


def test_file_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(read_module, "MAX_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    with pytest.raises(SubmissionError, match="limit") as caught:
        read_file(path)
    assert caught.value.kind == "too_large"


def test_truncated_docx_recovers_what_it_can(tmp_path):
    path = make_docx(tmp_path / "cut.docx", lambda d: [d.add_paragraph(f"Paragraph {i} of the answer.") for i in range(50)])
    data = path.read_bytes()
    cut = tmp_path / "cut-short.docx"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "word/document.xml" in z.namelist()
    try:
        document = read_file(cut)
    except SubmissionError as error:
        assert error.kind == "corrupt" and "damaged" in str(error)
        return
    assert "Paragraph 1 of the answer." in document.text
    assert any("damaged" in n for n in document.notices)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    good = tmp_path / "folder" / "diary.txt"
    good.parent.mkdir()
    good.write_text("Session 1 with Mentee A, 60 minutes.", encoding="utf-8")
    (tmp_path / "folder" / "scan.docx").write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 50)
    seen = []
    submission = read_submission([tmp_path / "folder", tmp_path / "absent.pdf"],
                                 progress=lambda done, total, name: seen.append((done, total)))
    assert [d.name for d in submission.documents] == ["diary.txt"]
    assert sorted(e.file for e in submission.errors) == ["absent.pdf", "scan.docx"]
    assert seen[-1] == (3, 3)


def test_second_read_comes_from_the_private_cache(tmp_path, isolated_folders, monkeypatch):
    path = make_docx(tmp_path / "essay.docx", lambda d: d.add_paragraph("Cached answer."))
    first = read_file(path)
    entries = list((isolated_folders / "cache").rglob("*.json"))
    assert len(entries) == 1 and (entries[0].stat().st_mode & 0o777) == 0o600
    monkeypatch.setattr(read_module, "_parse", lambda *a: pytest.fail("parsed again instead of cached"))
    second = read_file(path, name="renamed.docx")
    assert second.text == first.text and second.blocks[0].file == "renamed.docx"
    entries[0].write_text("{broken", encoding="utf-8")
    monkeypatch.undo()
    assert read_file(path).text == first.text  # a damaged entry is ignored


def test_pdf_pages_kept(tmp_path):
    from corpus.pdfwriter import Layout

    layout = Layout(footer="Learner R123 — Unit 200")
    for i in range(1, 160):
        layout.paragraph(f"Paragraph {i} talks about mentoring and feedback with a mentee in some detail.")
    path = tmp_path / "log.pdf"
    layout.save(path)
    document = read_file(path)
    assert document.pages and document.pages > 1
    assert document.blocks[-1].location == f"log.pdf p. {document.pages}"
    assert "Learner R123" not in document.text, "running footer removed"
    assert os.path.getsize(path) > 0


def test_a_pdf_reports_its_pages_as_they_are_read(tmp_path):
    from corpus.pdfwriter import Layout

    layout = Layout()
    for i in range(1, 160):
        layout.paragraph(f"Paragraph {i} talks about mentoring and feedback with a mentee in some detail.")
    layout.save(tmp_path / "log.pdf")
    (tmp_path / "notes.txt").write_text("Session notes.", encoding="utf-8")
    seen = []
    submission = read_submission([tmp_path / "log.pdf", tmp_path / "notes.txt"],
                                 progress=lambda done, total, name: seen.append((done, total, name)))
    pages = submission.documents[0].pages
    assert pages > 2
    # Fractions of the first file while its pages are read, then the second file, then done.
    within = [done for done, _, name in seen if name == "log.pdf"]
    assert within == [0] + [page / pages for page in range(pages)]
    assert seen[-2:] == [(1, 2, "notes.txt"), (2, 2, "")]


def test_pdf_text_is_cleaned_as_a_reader_expects():
    from marker.submission.pdf import clean, strip_running_lines

    assert clean("the mentee's devel-\nopment and ﬁrst goals\x07") == "the mentee's development and first goals"
    pages = [f"Unit 200 — Learner R1\nbody {n}\nPage {n} of 4" for n in range(1, 5)]
    assert strip_running_lines(pages) == [f"body {n}" for n in range(1, 5)]


@pytest.mark.parametrize("namespace", ["http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                       "http://purl.oclc.org/ooxml/wordprocessingml/main"])  # Transitional, Strict
def test_heading_levels_come_from_styles_by_name_outline_level_and_what_they_are_based_on(tmp_path, namespace):
    def style(sid, name, *inner):
        return f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>{"".join(inner)}</w:style>'

    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{namespace}">'
              '<w:latentStyles><w:lsdException w:name="heading 1"/></w:latentStyles>'
              + style("H1", "heading 1", '<w:rPr><w:b/></w:rPr>')
              + style("Answer", "Answer title", '<w:pPr><w:outlineLvl w:val="2"/></w:pPr>')
              + style("MyHead", "My heading", '<w:basedOn w:val="Answer"/>')
              + style("Loop", "Loop", '<w:basedOn w:val="Loop"/>')
              + style("Body", "Body Text") + "</w:styles>")
    paragraphs = [("H1", "Unit 8584-200"), ("Answer", "Task 1.1 Role"), ("MyHead", "Task 1.2 Skills"),
                  ("Loop", "A line styled by a style based on itself"), ("Body", "Answered in full")]
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="{sid}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'
                   for sid, text in paragraphs)
    path = tmp_path / "styled.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        archive.writestr("word/styles.xml", styles)
        archive.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{namespace}">'
                         f"<w:body>{body}</w:body></w:document>")
    blocks = read_file(path).blocks
    assert [(b.kind, b.level) for b in blocks] == [("heading", 1), ("heading", 3), ("heading", 3),
                                                   ("paragraph", None), ("paragraph", None)]
