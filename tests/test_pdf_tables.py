"""A PDF's table put back together from where its words sit: rows of cells, as a DOCX's table is."""

from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.pdfwriter import Layout
from marker.submission.pdf import read_pdf
from marker.submission.pdf_tables import CELL, Piece, horizontal_rules, rebuilt

LOG = [["Date", "Start", "Finish", "Where", "Notes"],
       ["Tue 04/02/25", "14:00", "15:00", "Workroom", "Session 1. Mentoring agreement, confidentiality, what Jordan wants from it"],
       ["Tue 11/02/25", "14:10", "14:55", "Enquiry desk and the workroom behind it", "Session 2. Two goals agreed"],
       ["", "Total", "", "", "1 h 45 min"]]


def _pdf(tmp_path: Path, *tables: list[list[str]], between: str = "", pages: int = 1) -> bytes:
    layout = Layout(footer="Unit 8584-201")
    layout.paragraph("My mentoring log, kept on the rota sheet, is below.")
    for n, table in enumerate(tables):
        if n and between:
            layout.paragraph(between)
        layout.table(table)
    layout.paragraph("Jordan signed each row of the paper copy, and I have kept it in my file for the centre to see.")
    path = tmp_path / "log.pdf"
    layout.save(path)
    return path.read_bytes()


def _tables(data: bytes) -> list[list[list[str]]]:
    blocks = read_pdf("log.pdf", data)[0]
    return [[row.split(" | ") for row in b.text.split("\n")] for b in blocks if b.kind == "table"]


def test_a_logs_rows_come_back_as_cells_with_each_wrapped_cell_whole(tmp_path):
    [table] = _tables(_pdf(tmp_path, LOG))
    assert table == LOG  # the Notes cell wrapped over lines, the Where cell too: each joined top to bottom


def test_the_text_around_a_table_stays_paragraphs(tmp_path):
    blocks = read_pdf("log.pdf", _pdf(tmp_path, LOG))[0]
    kinds = [b.kind for b in blocks]
    assert kinds.count("table") == 1
    assert blocks[kinds.index("table") + 1].text.startswith("Jordan signed each row")
    assert all(CELL not in b.text for b in blocks)


def test_a_table_that_runs_over_a_page_keeps_its_header_on_the_next(tmp_path):
    rows = [LOG[0]] + [[f"Tue {d:02}/02/25", "14:00", "15:00", "Workroom", f"Session {d}. Notes on the goals"] for d in range(1, 29)]
    tables = _tables(_pdf(tmp_path, rows))
    assert len(tables) == 2
    assert tables[1][0] == LOG[0]  # the first page's header, repeated over the rows that ran on
    assert [r for t in tables for r in t[1:]] == rows[1:]


def test_the_page_footer_under_a_table_is_not_one_of_its_rows(tmp_path):
    rows = [LOG[0]] + [[f"Tue {d:02}/02/25", "14:00", "15:00", "Workroom", "Notes"] for d in range(1, 29)]
    for table in _tables(_pdf(tmp_path, rows)):
        assert not any("Page" in cell for row in table for cell in row)


def _line(y: float, *cells: tuple[float, str], size: float = 10.0) -> list[Piece]:
    return [Piece(x, y, size, text) for x, text in cells] + [Piece(0.0, 0.0, size, "\n")]


def test_lines_the_same_height_apart_each_a_row_when_no_cell_could_wrap_so_far():
    # 22 points apart at 10 points: a cell's padding between every line, so a subtotal's empty date is its own row
    pieces = (_line(700, (60, "Date"), (160, "Coachee"), (260, "Time")) + _line(678, (60, "03/03"), (160, "SM1"), (260, "10.00-11.30"))
              + _line(656, (160, "March subtotal"), (260, "1 h 30 min")) + _line(634, (60, "07/04"), (160, "SM2"), (260, "10.00-12.00")))
    text, _ = rebuilt(pieces)
    assert text.rstrip("\n").split("\n") == [CELL.join(r) for r in (["Date", "Coachee", "Time"], ["03/03", "SM1", "10.00-11.30"],
                                                       ["", "March subtotal", "1 h 30 min"], ["07/04", "SM2", "10.00-12.00"])]


def test_lines_a_wrapped_line_apart_join_the_row_a_filled_first_column_opens():
    # 12 points apart at 10 points: no padding, so only a date opens a row
    pieces = (_line(700, (60, "Date"), (160, "Coachee"), (260, "Notes")) + _line(688, (60, "03/03"), (160, "SM1"), (260, "Contracting and"))
              + _line(676, (260, "goals")) + _line(664, (60, "05/03"), (160, "SM2"), (260, "Review")))
    rows = rebuilt(pieces)[0].rstrip("\n").split("\n")
    assert rows[1:] == [CELL.join(["03/03", "SM1", "Contracting and goals"]), CELL.join(["05/03", "SM2", "Review"])]


def test_a_line_of_figures_is_no_header_and_prose_in_columns_no_table():
    rows_alone = _line(700, (60, "03/03"), (160, "SM1"), (260, "10.00")) + _line(678, (60, "05/03"), (160, "SM2"), (260, "11.00"))
    assert CELL not in rebuilt(rows_alone)[0]
    two_columns = [p for y in range(700, 600, -12) for p in _line(y, (60, "the river ran high all week and"), (320, "over the weir the water was brown"))]
    assert CELL not in rebuilt(two_columns)[0]


def test_text_with_no_table_is_pypdfs_text_unchanged():
    pieces = _line(700, (60, "Session 1 was on "), (140, "Tuesday, ")) + _line(686, (60, "and it went well."))
    assert rebuilt(pieces)[0] == "".join(p.text for p in pieces)


def test_a_table_straight_after_another_is_not_more_of_its_rows(tmp_path):
    feedback = [["Most useful", "Being allowed to make mistakes on quiet mornings"], ["Could be better", "More time before opening"],
                ["Would recommend", "Yes"]]
    tables = _tables(_pdf(tmp_path, LOG, feedback))
    assert tables == [LOG, feedback]  # a record of labels and values is a table too, and a table of its own


def test_a_ruled_table_with_no_padding_has_a_row_below_each_line_drawn_across_it():
    """LibreOffice and Word draw a row's border and add no padding: a wrapped line and the next row
    are the same height apart, and only the border between them tells them apart."""
    pieces = (_line(700, (60, "Date"), (160, "Mentee"), (260, "Notes"))
              + _line(688, (60, "04/02"), (160, "Jordan"), (260, "Agreement signed and"))
              + _line(676, (260, "goals")) + _line(664, (160, "Jordan"), (260, "A phone call the day after, about his rota")))
    rows = rebuilt(pieces, rules=lambda: [710.0, 697.0, 673.0, 661.0])[0].rstrip("\n").split("\n")
    assert rows == [CELL.join(r) for r in (["Date", "Mentee", "Notes"], ["04/02", "Jordan", "Agreement signed and goals"],
                                           ["", "Jordan", "A phone call the day after, about his rota"])]


def test_the_lines_drawn_across_a_page_are_found_where_the_drawing_puts_them():
    operations = [([], b"q"), ([1, 0, 0, 1, 0, 100], b"cm"), ([50, 600], b"m"), ([500, 600], b"l"), ([], b"S"), ([], b"Q"),
                  ([50, 400, 450, 0.5], b"re"), ([], b"f"),  # a border drawn as a thin filled rectangle
                  ([300, 100], b"m"), ([300, 700], b"l"), ([], b"S")]  # an upright line: no row's border
    assert horizontal_rules(operations) == [700.0, 400.25]


def test_unruled_and_unpadded_a_line_under_a_cell_with_room_left_starts_a_row():
    pieces = (_line(700, (60, "Date"), (160, "Mentee"), (260, "Notes"))
              + _line(688, (60, "04/02"), (160, "Jordan"), (260, "Agreement signed and the"))
              + _line(676, (260, "goals")) + _line(664, (160, "Total"), (260, "1 h")))
    rows = rebuilt(pieces)[0].rstrip("\n").split("\n")
    assert rows[1:] == [CELL.join(["04/02", "Jordan", "Agreement signed and the goals"]), CELL.join(["", "Total", "1 h"])]


def test_dated_entries_in_two_columns_stay_lines_a_record_of_fields_is_a_table(tmp_path):
    record = [["Date", "Wednesday 12 February 2025"], ["Start", "1600"], ["Finish", "1700"], ["Tutor", "Ruth Adeyemi (ILM tutor)"]]
    diary = [["Supervision 1", "3 March 2025, 1 hour with Jane"], ["Supervision 2", "17 March 2025, 45 minutes with Jane"],
             ["Supervision 3", "31 March 2025, 1 hour with Jane"]]
    assert _tables(_pdf(tmp_path, record, diary, between="My supervision:")) == [record]


DATA = Path(__file__).parent / "data"
"""PDFs LibreOffice 7 wrote (soffice --headless --convert-to pdf) from python-docx "Table Grid" logs: a real
producer's layout, with no cell padding, borders drawn as lines, and a header row repeated on each page."""


def test_a_libreoffice_log_reads_back_cell_for_cell():
    [table] = _tables((DATA / "libreoffice_log.pdf").read_bytes())
    assert table[0] == ["Date", "Start", "Finish", "Mentee", "Notes"]
    assert table[4][:4] == ["Tue 25/02/25", "09:30", "10:25", "Jordan"]
    assert table[4][4].startswith("Session 3. Desk role play") and table[4][4].endswith("in the children's library")
    assert table[-1] == ["", "", "Total", "", "2 h 40 min"]  # its own row, though it starts under an empty date


def test_a_libreoffice_log_over_five_pages_keeps_every_dated_row():
    tables = _tables((DATA / "libreoffice_log_five_pages.pdf").read_bytes())
    assert len(tables) == 5 and all(t[0] == ["Date", "Coachee", "Type", "Start", "End", "Notes"] for t in tables)
    dated = [r for t in tables for r in t[1:] if r[0]]
    assert len(dated) == 40 and all(r[3] == "10:00" and r[4] in ("10:45", "11:00") for r in dated)


def test_a_libreoffice_logs_practice_is_counted_from_its_cells():
    from marker.submission.model import Document
    from marker.submission.practice import practice

    blocks = read_pdf("libreoffice_log.pdf", (DATA / "libreoffice_log.pdf").read_bytes())[0]
    p = practice([Document("libreoffice_log.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions, p.individuals) == (160, 3, ("Jordan",))
    assert p.agrees and not p.doubts  # the learner's "Total | 2 h 40 min" row agrees


def test_places_that_are_no_numbers_leave_the_text_as_pypdf_gave_it():
    nan, inf = float("nan"), float("inf")
    pieces = (_line(700, (60, "Date"), (nan, "Start"), (inf, "End")) + _line(nan, (60, "03/03"), (160, "10:00"), (260, "11:00"))
              + _line(inf, (60, "05/03"), (160, "10:00"), (-inf, "11:00")))
    text, _ = rebuilt(pieces)
    assert "03/03" in text and "05/03" in text


_WORDS = st.sampled_from(["Date", "Start", "End", "03/03", "10:00", "Sam", "Review of goals", "enquiry-", "desk", " ", "\n"])


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(st.sampled_from([60.0, 160.0, 260.0, 61.5, 400.0]), st.sampled_from([700.0, 688.0, 678.0, 666.0, 600.0]),
                          _WORDS), max_size=40),
       st.lists(st.sampled_from([705.0, 683.0, 672.0, 650.0]), max_size=4))
def test_rebuilding_keeps_every_letter_and_figure_of_the_page(placed, rules):
    pieces = [Piece(x, y, 10.0, text) for x, y, text in placed]
    text, _ = rebuilt(pieces, rules=lambda: rules)
    def kept(t: str) -> Counter:
        return Counter(c for c in t if c.isalnum())
    assert kept(text) == kept("".join(p.text for p in pieces))



def test_header_cells_that_wrap_over_lines_keep_their_columns(tmp_path):
    """Word writes a table cell by cell: after 'M1 running (h:mm)' wrapped over three lines, pypdf puts the next
    header cell three lines down. A code such as 'M1' in a header is a name, not a figure."""
    log = [["Date", "Who", "Mins", "M1 running (h:mm)", "M2 running (h:mm)", "Notes"],
           ["02/09/25", "M1", "60", "1:00", "", "Agreement signed; copy of page 1 to the Operations Manager"],
           ["04/09/25", "M2", "60", "", "1:00", "Agreement signed; copy of page 1 to the Operations Manager"],
           ["16/09/25", "M1", "75", "2:15", "", "Goals; team climate survey results"]]
    [table] = _tables(_pdf(tmp_path, log))
    assert table == log
