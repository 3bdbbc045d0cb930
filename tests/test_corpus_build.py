"""The labelled corpus builds into real files whose text carries every label exactly once."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import docx
import pytest
import tomlkit
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import CASES, KINDS  # noqa: E402
from corpus.build import build  # noqa: E402
from corpus.case import block_text  # noqa: E402

from conftest import REPO, RUBRICS
IDS = [c.name for c in CASES]
WHOLE = [c for c in CASES if c.labels]
"""Whole submissions. A case with no labels is a practice log only (issue 13, the pq_ cases):
its practice figures are measured, not the evidence finder, so it need not answer every
criterion or run to a whole submission's length."""


def _answered(case):
    """(ref, phrase) for the criteria the submission answers (a None label: not answered)."""
    return [(ref, phrase) for ref, phrase in case.labels.items() if phrase is not None]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _docx_blocks(path: Path) -> list[tuple[str, str]]:
    """(style name or "table", text) for body paragraphs and tables, in document order."""
    document = docx.Document(str(path))
    found = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = docx.text.paragraph.Paragraph(child, document)
            found.append((paragraph.style.name, paragraph.text))
        elif tag == "tbl":
            found.append(("table", _table_text(docx.table.Table(child, document))))
    return found


def _table_text(table) -> str:
    rows, seen = [], []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):  # a merged cell is returned once per grid column
                continue
            seen.append(cell._tc)
            cells.append("\n".join([cell.text] + [_table_text(t) for t in cell.tables]))
        rows.append(" | ".join(cells))
    return "\n".join(rows)


def read_back(path: Path) -> str:
    if path.suffix == ".docx":
        return "\n".join(text for _, text in _docx_blocks(path))
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    return {case.name: build(case, root / case.name) for case in CASES}


def test_cases_are_well_formed():
    assert len({c.name for c in CASES}) == len(CASES)
    assert {c.kind for c in CASES} == set(KINDS), "every kind of submission has a case"
    planted = [c.name for c in CASES if c.expected_checks.get("identifying")]
    clean = [c.name for c in CASES if c.expected_checks.get("identifying") == []]
    assert len(planted) >= 5 and len(clean) >= 5, "names are planted in some cases, and others are clean"
    for case in CASES:
        assert case.labels or "minutes" in case.expected_checks or "identifying" in case.expected_checks, case.name
        assert "declaration" in case.expected_checks, case.name
        assert "evidence_matrix" in case.expected_checks, case.name
        # None: the submission does not answer that criterion (tests/corpus/measure.py)
        assert all(p is None or (len(p.split()) >= 1 and p == _flat(p)) for p in case.labels.values()), case.name


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_each_label_occurs_once_in_the_blocks(case):
    text = _flat(" ".join(block_text(b) for f in case.files for b in f.blocks))
    for ref, phrase in _answered(case):
        assert text.count(phrase) == 1, f"{case.name} {ref}: {phrase!r} occurs {text.count(phrase)} times"


@pytest.mark.parametrize("case", WHOLE, ids=lambda c: c.name)
def test_case_builds_and_reads_back_with_every_label_once(case, built):
    paths = built[case.name]
    assert [p.name for p in paths] == [f.name for f in case.files]
    text = _flat("\n".join(read_back(p) for p in paths))
    assert len(text.split()) > 500, f"{case.name} reads back almost empty"
    for ref, phrase in _answered(case):
        assert text.count(phrase) == 1, f"{case.name} {ref}: {phrase!r} found {text.count(phrase)} times in the built files"


@pytest.mark.parametrize("case", [c for c in WHOLE if any(f.name.endswith(".pdf") for f in c.files)],
                         ids=lambda c: c.name)
def test_pdf_labels_never_break_across_lines(case, built):
    lines = [line for p in built[case.name] if p.suffix == ".pdf"
             for page in PdfReader(str(p)).pages for line in page.extract_text().splitlines()]
    if len(case.files) == 1:  # a portfolio's short record file may be one page; a whole submission is not
        assert len(PdfReader(str(built[case.name][0])).pages) > 1
    in_pdfs = _flat(" ".join(block_text(b) for f in case.files if f.name.endswith(".pdf") for b in f.blocks))
    for ref, phrase in _answered(case):
        if phrase in in_pdfs:
            assert any(phrase in _flat(line) for line in lines), f"{case.name} {ref}: {phrase!r} is split across lines"


@pytest.mark.parametrize("case", [c for c in CASES if c.kind in ("structured-docx", "portfolio", "legacy-questions")
                                  and any(f.name.endswith(".docx") for f in c.files)],
                         ids=lambda c: c.name)
def test_structured_docx_uses_heading_styles(case, built):
    styles = [style for p in built[case.name] if p.suffix == ".docx" for style, _ in _docx_blocks(p)]
    assert any(s.startswith("Heading") for s in styles)


def _unstyled_blocks(path: Path) -> list[tuple[str, str]]:
    """A DOCX's blocks; a text file's paragraphs, which have no styles to speak of."""
    if path.suffix == ".docx":
        return _docx_blocks(path)
    return [("Normal", part) for part in path.read_text(encoding="utf-8").split("\n\n") if part.strip()]


def test_numbered_unstyled_has_numbers_but_no_heading_styles(built):
    from marker.catalogue import find_rubrics

    rubrics = find_rubrics([RUBRICS]).rubrics
    for case in (c for c in CASES if c.kind == "numbered-unstyled"):
        blocks = [b for p in built[case.name] for b in _unstyled_blocks(p)]
        assert {style for style, _ in blocks} <= {"Normal", "table"}, case.name
        # an answer is introduced by its number, or by the criterion's wording pasted above it
        wording = {_flat(c.text).casefold() for c in rubrics[case.unit].criteria}
        introduced = [text for style, text in blocks
                      if re.match(r"(Task |AC ?|Q|Question |Criterion )?\d\.\d\b|LO\d AC\d\b|Q\d+\b|Question \d+\b|\d{1,2}\)|"
                                  r"Task \d \([a-z]\)", text)
                      or len(text.split()) <= 12 and re.search(r"\d\.\d", text)  # "PART 2 LOOKING BACK (1.1 AND 1.2)"
                      or _flat(text).casefold() in wording]
        named = sum(max(1, len(re.findall(r"\d\.\d", text))) for text in introduced)  # "2.2/2.3" introduces two
        assert named >= len(case.labels), case.name


def test_unstructured_has_no_headings_or_numbers():
    for case in (c for c in WHOLE if c.kind == "unstructured"):
        for source in case.files:
            assert all(b[0] in ("paragraph", "table") for b in source.blocks), case.name  # a plan may be a table
            assert not any(re.search(r"\b\d+\.\d+\b|\btask\b", block_text(b), re.IGNORECASE) for b in source.blocks), case.name


def test_practice_figures_match_the_session_log():
    """expected_checks counts the log's rows: not the plan, the Total row or supervision."""
    from marker.submission.durations import minutes_in

    for case in (c for c in CASES if "minutes" in c.expected_checks):
        logs = [b[1] for f in case.files for b in f.blocks
                if b[0] == "table" and b[1] and [h.lower() for h in b[1][0][:3]] == ["date", "mentee", "duration"]]
        if not logs:
            continue  # a log laid out otherwise, or durations in prose: the practice measure checks those
        assert len(logs) == 1, case.name
        rows = [r for r in logs[0][1:] if r[0].lower() != "total"]
        assert sum(minutes_in(r[2])[0] for r in rows) == case.expected_checks["minutes"]
        assert len(rows) == case.expected_checks["sessions"]
        assert len({r[1] for r in rows}) == case.expected_checks["individuals"]
        assert case.expected_checks["minutes"] >= 180, "the unit asks for at least 3 hours"


def _rubric_refs(unit: str) -> set[str] | None:
    for path in sorted((RUBRICS).glob("*.toml")):
        doc = tomlkit.parse(path.read_text(encoding="utf-8"))
        if str(doc.get("unit", "")) != unit:
            continue
        refs = {str(c["ref"]) for lo in doc.get("outcomes", []) for c in lo.get("criteria", [])}
        for section in doc.get("sections", []):
            refs.add(f"section-{section['ref']}")
            refs |= {f"q{q['ref']}" for q in section.get("questions", [])}
        return refs
    return None


@pytest.mark.parametrize("case", WHOLE, ids=lambda c: c.name)
def test_labels_cover_every_criterion_of_the_rubric(case):
    refs = _rubric_refs(case.unit)
    if refs is None:
        pytest.skip(f"no rubric for {case.unit} yet")
    assert set(case.labels) == refs


def _load_make_demo():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_demo", REPO / "tests" / "demo" / "make_demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_demo_submission_is_what_make_demo_writes(tmp_path):
    """The committed demo DOCX says what the script says, so it can be regenerated."""
    committed = REPO / "marker" / "demo" / "jordan-ellis-8584-200.docx"
    fresh = tmp_path / "demo.docx"
    fresh.write_bytes(_load_make_demo().reproducible(_save(_load_make_demo().document())))
    assert _docx_blocks(committed) == _docx_blocks(fresh)


def _save(document) -> bytes:
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_demo_submission_looks_like_a_unit_200_assignment():
    blocks = _docx_blocks(REPO / "marker" / "demo" / "jordan-ellis-8584-200.docx")
    headings = [text for style, text in blocks if style.startswith("Heading")]
    for ref in ("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3"):
        assert any(h.startswith(f"Task {ref} ") for h in headings), ref
    text = " ".join(text for _, text in blocks)
    assert "my own work" in text and "Jordan Ellis" in text and "References" in headings
    assert 1200 <= len(text.split()) <= 1600
