"""The unit, learner and registration number read from a cover sheet or a file name, and
``marker mark FILE`` with nothing else given."""

import sys
from pathlib import Path

import docx
import pytest

from conftest import RUBRICS
from marker.catalogue import find_rubrics
from marker.submission.cover import find_unit, from_file_name, read_cover

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus.pdfwriter import Layout  # noqa: E402

UNITS = sorted(find_rubrics([RUBRICS]).rubrics)


def write_docx(path: Path, table=None, lines=(), body="I mentored two colleagues this spring.") -> Path:
    document = docx.Document()
    document.add_heading("Unit 302 Undertaking an Extended Period of Coaching", level=0)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph(body)
    document.save(str(path))
    return path


def test_a_docx_cover_table(tmp_path):
    path = write_docx(tmp_path / "portfolio.docx", table=[["Learner name", "Priya Shah"], ["ILM registration no.", "R3318802"],
                                                          ["Centre name", "Midlands Workplace Learning"]])
    cover = read_cover([path], UNITS)
    assert (cover.unit, cover.learner, cover.reg) == ("8587-302", "Priya Shah", "R3318802")
    assert cover.found_in["learner"] == "portfolio.docx table 1"


def test_one_row_of_label_value_pairs(tmp_path):
    path = write_docx(tmp_path / "a.docx", table=[["Candidate name", "Tomasz Nowak", "Registration no.", "R9046613"]])
    assert (read_cover([path], UNITS).learner, read_cover([path], UNITS).reg) == ("Tomasz Nowak", "R9046613")


def test_a_pdf_first_page_with_fields_on_one_line(tmp_path):
    layout = Layout(footer="Unit 8584-200")
    layout.heading(1, "ILM Unit 8584-200 Understanding Mentoring")
    layout.paragraph("Learner: Daniel Okoye    Registration number: R5520871    Centre: Castlegate Learning")
    for n in range(60):
        layout.paragraph(f"Paragraph {n} of the answer, which says nothing about the learner's details at all.")
    path = tmp_path / "answer.pdf"
    layout.save(path)
    cover = read_cover([path], UNITS)
    assert (cover.unit, cover.learner, cover.reg) == ("8584-200", "Daniel Okoye", "R5520871")


def test_text_lines_and_a_registration_in_a_sentence(tmp_path):
    path = tmp_path / "essay.md"
    path.write_text("# D2.02 Mentoring diary\n\nName of learner: Kieran Doyle\n\n"
                    "I confirm this is my own work. Candidate number YL-25-3381, St Aidan's.\n", encoding="utf-8")
    cover = read_cover([path], UNITS)
    assert (cover.unit, cover.learner, cover.reg) == ("D2.02", "Kieran Doyle", "YL-25-3381")


@pytest.mark.parametrize("stem, expected", [
    ("jordan-ellis-8584-200", {"unit": "8584-200", "learner": "Jordan Ellis"}),
    ("Smith_John_R1234567_8587-302", {"unit": "8587-302", "learner": "Smith John", "reg": "R1234567"}),
    ("tom-reilly-201-portfolio", {"unit": "8584-201", "learner": "Tom Reilly"}),
    ("final draft v2", {}),
    ("poi_testComment", {}),
    ("John Smith", {}),
    ("tika_testPDF_bad_page_303226", {}),
])
def test_file_names(stem, expected):
    assert from_file_name(stem, UNITS) == expected


def test_file_name_fills_what_the_cover_does_not_say(tmp_path):
    path = write_docx(tmp_path / "hannah-okafor-304.docx", body="Learner registration R7702315, Riverside Housing.")
    cover = read_cover([path], UNITS)
    # the heading names unit 302; the file name's 304 is used only where the cover says nothing
    assert (cover.unit, cover.learner, cover.reg) == ("8587-302", "Hannah Okafor", "R7702315")
    assert cover.found_in["learner"] == "file name hannah-okafor-304.docx"


def test_nothing_known_and_bad_files_give_none(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    empty = tmp_path / "x.docx"
    empty.write_bytes(b"")
    cover = read_cover([broken, empty, tmp_path / "missing.docx"], UNITS)
    assert (cover.unit, cover.learner, cover.reg) == (None, None, None)
    assert "not found" in cover.describe()


def test_a_unit_named_by_its_number_alone_only_when_one_unit_ends_so():
    assert find_unit("ILM Unit 301 assignment", UNITS) == "8587-301"
    assert find_unit("Unit 8587-303 and then 8584-200", UNITS) == "8587-303"
    assert find_unit("Unit 999", UNITS) is None


# --- marker mark FILE -----------------------------------------------------------------------

def _config(tmp_path, monkeypatch):
    (tmp_path / "config.toml").write_text('assessor = "Ann Assessor"\n', encoding="utf-8")
    monkeypatch.setenv("MARKER_CONFIG", str(tmp_path / "config.toml"))


class _Seen(list):
    fields: dict


@pytest.fixture
def headless(monkeypatch):
    """``marker mark`` runs the app headless; the screens it reached (and their fields) are recorded, then it quits."""
    from textual.widgets import Input

    import marker.cli
    from marker.tui.app import MarkerApp

    monkeypatch.setattr(marker.cli, "has_terminal", lambda: True)
    seen = _Seen()
    fields: dict = {}
    original = MarkerApp.run

    def run(self, *args, **kwargs):
        async def pilot(p):
            await p.app.workers.wait_for_complete()
            await p.pause()
            seen.append(p.app.screen)
            fields.update({i.id: i.value for i in p.app.screen.query(Input)})
            await p.press("ctrl+q")

        return original(self, headless=True, auto_pilot=pilot, size=(100, 32))

    monkeypatch.setattr(MarkerApp, "run", run)
    seen.fields = fields
    return seen


def test_mark_needs_only_the_file(tmp_path, headless, capsys, monkeypatch):
    from marker.cli import main
    from marker.tui.screens.marking import MarkingScreen

    _config(tmp_path, monkeypatch)
    path = write_docx(tmp_path / "portfolio.docx", table=[["Learner name", "Priya Shah"], ["Registration number", "R3318802"]])
    assert main(["mark", str(path), "--sessions", str(tmp_path / "sessions")]) == 0
    first = capsys.readouterr().err.splitlines()[0]
    assert first == ("marker: unit 8587-302 (portfolio.docx ¶1), learner Priya Shah (portfolio.docx table 1), "
                     "reg R3318802 (portfolio.docx table 1); --unit, --learner and --reg correct what was read")
    [screen] = headless
    assert isinstance(screen, MarkingScreen)
    assert screen.marking.warnings == [first.removeprefix("marker: ")], "said in the app too, which covers the terminal"
    session = screen.marking.session
    assert (session.unit, session.learner_name, session.learner_reg) == ("8587-302", "Priya Shah", "R3318802")


def test_mark_flags_correct_what_was_read(tmp_path, headless, capsys, monkeypatch):
    from marker.cli import main

    _config(tmp_path, monkeypatch)
    path = write_docx(tmp_path / "portfolio.docx", table=[["Learner name", "Priya Shah"], ["Registration number", "R3318802"]])
    assert main(["mark", str(path), "--learner", "Priya K. Shah", "--sessions", str(tmp_path / "sessions")]) == 0
    assert "learner Priya K. Shah (--learner)" in capsys.readouterr().err
    assert headless[0].marking.session.learner_name == "Priya K. Shah"


def test_mark_asks_in_the_form_for_what_the_cover_does_not_say(tmp_path, headless, capsys, monkeypatch):
    from marker.cli import main
    from marker.tui.screens.new_marking import NewMarkingScreen

    _config(tmp_path, monkeypatch)
    path = write_docx(tmp_path / "notes.docx", table=[["Learner name", "Priya Shah"]])
    assert main(["mark", str(path), "--sessions", str(tmp_path / "sessions")]) == 0
    assert "reg not found" in capsys.readouterr().err
    [form] = headless
    assert isinstance(form, NewMarkingScreen)
    assert headless.fields["files"] == str(path)
    assert (headless.fields["learner"], headless.fields["reg"]) == ("Priya Shah", "")
    assert not list((tmp_path / "sessions").glob("*.toml")), "nothing is created until the assessor starts"


@pytest.mark.parametrize("line, learner, reg", [
    ("Tomasz Nowak – ILM Level 5 Coaching – registration R2284615", "Tomasz Nowak", "R2284615"),
    ("Chloe Adeyemi Registration R5518034 Riverside Hotel School", "Chloe Adeyemi", "R5518034"),
    ("Mentoring in a contact centre – Priya Shah, R3390271", "Priya Shah", "R3390271"),
    ("Mentoring in a contact centre – R3390271", None, "R3390271"),
])
def test_a_name_beside_the_registration_number_needs_no_label(tmp_path, line, learner, reg):
    cover = read_cover([write_docx(tmp_path / "essay.docx", lines=[line])], UNITS)
    assert (cover.learner, cover.reg) == (learner, reg)


def test_a_google_docs_download_name_names_nobody():
    assert "learner" not in from_file_name("Adeyemi 201 - Google Docs", UNITS)
    assert "learner" not in from_file_name("Nowak_303_reflection", UNITS)


def test_a_mentees_feedback_form_first_gives_no_learner(tmp_path):
    # The form's title on a line of its own, then its "Name:": the mentee's name, never the learner's.
    form = tmp_path / "1 mentee feedback.docx"
    document = docx.Document()
    document.add_paragraph("Mentee feedback form")
    document.add_paragraph("Name: Keira Smith")
    document.add_paragraph("How useful were the sessions? Very useful.")
    document.save(str(form))
    work = write_docx(tmp_path / "2 portfolio.docx", lines=["Learner: Lucy Brown"])
    assert read_cover([form, work], UNITS).learner == "Lucy Brown"
