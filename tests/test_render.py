"""Every unit's sheet rendered through LibreOffice: the page breaks an EQA reads on paper.

The sheets are written with long feedback (several paragraphs per criterion, one far longer)
so that tables run over several pages, converted to PDF in one LibreOffice run, and read
page by page with pdftotext's word boxes. Skipped only where LibreOffice or poppler is absent
(CI installs both).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest

from marked import ASSESSOR, marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.rubric import Scheme
from marker.sheets import build_sheet, write_docx
from marker.signing import sign

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(SOFFICE is None or PDFTOTEXT is None,
                                reason="LibreOffice or poppler is not installed: "
                                       "apt-get install libreoffice-writer poppler-utils")

CATALOGUE = find_rubrics([SHIPPED_RUBRICS])
UNITS = sorted(CATALOGUE.rubrics)
DRAFTS = ("8584-200", "D2.01")
PARAGRAPH = ("You describe the mentor's role clearly and relate it to your own workplace, drawing on the induction "
             "programme and two mentees' goals. The link between the activities you list and the outcomes for the "
             "mentee is made explicitly, and your examples are specific and dated. ")


def long_session(rubric, folder: Path, *, signed: bool):
    session = marked_session(rubric, folder, referral=("1.2",) if rubric.scheme is Scheme.PASS_REFERRAL else ())
    if rubric.scheme is Scheme.PASS_REFERRAL:
        for i, criterion in enumerate(rubric.criteria):
            repeats = 1 + (i * 7) % 4 + (8 if i == 4 else 0)  # one to four paragraphs, the fifth twelve
            feedback = session.criteria[criterion.ref].feedback
            session.set_feedback(criterion.ref, f"{feedback} {PARAGRAPH * repeats}".strip(), ASSESSOR)
    else:
        for i, section in enumerate(rubric.sections):
            session.set_strengths(section.ref, PARAGRAPH * (2 + i), ASSESSOR)
            session.set_weaknesses(section.ref, PARAGRAPH * (1 + i % 2), ASSESSOR)
    if signed:
        sign(session, rubric, "Ann Assessor", ASSESSOR, date(2026, 11, 20))
    return session


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, list[list[tuple[float, str]]]]:
    """Per document ("8584-200", "8584-200 draft"): per page its lines (top as a fraction of the page, text)."""
    from signers import Signers

    folder = tmp_path_factory.mktemp("render")
    docs = []
    # Module-scoped, so it runs before the per-test signers fixture: it brings its own stand-in keys.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("marker.keys.signing_key", Signers(folder / "sessions").signing_key)
        for unit in UNITS:
            rubric = CATALOGUE.get(unit)
            for draft in (False, True) if unit in DRAFTS else (False,):
                name = f"{unit}{'_draft' if draft else ''}"
                session = long_session(rubric, folder / "files", signed=not draft)
                docs.append(write_docx(build_sheet(session, rubric), folder / f"{name}.docx"))
    profile = (folder / "lo-profile").as_uri()  # its own profile: another LibreOffice running does not block it
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, docs)], check=True, capture_output=True, timeout=600)
    return {doc.stem.replace("_draft", " draft"): pages(doc.with_suffix(".pdf")) for doc in docs}


def pages(pdf: Path) -> list[list[tuple[float, str]]]:
    xml = subprocess.run([PDFTOTEXT, "-bbox-layout", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml).replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
    out = []
    for page in ElementTree.fromstring(xml).iter("page"):
        height = float(page.get("height"))
        lines = [(float(line.get("yMin")) / height, " ".join(w.text or "" for w in line.iter("word")))
                 for line in page.iter("line")]
        out.append(sorted(lines))
    return out


def body(page: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """The page without its footer ("… page N of M") and the DRAFT header."""
    return [(y, text) for y, text in page if not re.search(r"page \d+ of \d+$", text)
            and not text.startswith("DRAFT:") and not re.fullmatch(r"\d+", text)]


def texts(page) -> str:
    return "\n".join(text for _, text in body(page))


HEADING_ROWS = ("Assessment Criteria", "(AC)", "Sufficiency", "(Typical standards", "produce a referral", "Referral",
                "Pass", "Assessor feedback on AC", "(delete as", "applicable)", "Criteria", "Strengths", "Weaknesses",
                "Assr mark", "QA mark")


@pytest.mark.parametrize("unit", UNITS)
def test_no_page_ends_with_a_heading_row(rendered, unit):
    rubric = CATALOGUE.get(unit)
    headings = [f"Learning Outcome {lo.ref} {lo.heading}" for lo in rubric.outcomes] + [
        s.title for s in rubric.sections]
    for number, page in enumerate(rendered[unit], 1):
        lines = body(page)
        # the lowest lines of the page: those within a line's height of the last
        bottom = [text for y, text in lines if y >= lines[-1][0] - 0.012]
        for text in bottom:
            assert not any(h.startswith(text) or text.startswith(h[:40]) for h in headings), (
                f"{unit} page {number} ends with the heading {text!r}, its rows on the next page")
            assert not text.startswith(HEADING_ROWS[:3]), f"{unit} page {number} ends with the column headings"


@pytest.mark.parametrize("unit", UNITS)
def test_the_signature_block_is_whole_and_never_alone_on_a_page(rendered, unit):
    rubric = CATALOGUE.get(unit)
    marked = rubric.scheme is Scheme.MARKS
    first, last = ("Assessor\u2019s Decision", "QA Signature and date") if marked else (
        "Unit Outcome (delete as", "Signature of QA:")
    where = [n for n, page in enumerate(rendered[unit]) if last in texts(page)]
    assert len(where) == 1, f"{unit}: {last!r} is on pages {where}"
    page = rendered[unit][where[0]]
    text = texts(page)
    assert first in text, f"{unit}: the signature block is split across pages {where[0]} and {where[0] + 1}"
    if marked:  # the decision table whole: totals, outcome, names and signatures together
        assert "Total Marks" in text and re.search(r"\d+ / \d+", text), f"{unit}: the totals are not with the decision"
        assert "PASS" in text and "Name of Assessor" in text
    else:  # the last criterion's comments at least, not the signature boxes under repeated headings alone
        assert f"Learning Outcome {rubric.outcomes[-1].ref}" in text, f"{unit}: the signature boxes are alone"


@pytest.mark.parametrize("unit", UNITS)
def test_no_page_is_left_half_empty_before_the_last(rendered, unit):
    for number, page in enumerate(rendered[unit][:-1], 1):
        lowest = max(y for y, _ in body(page))
        assert lowest > 0.5, f"{unit} page {number}: text ends {lowest:.0%} down the page, the rest is empty"


@pytest.mark.parametrize("unit", DRAFTS)
def test_every_page_of_a_draft_says_draft(rendered, unit):
    draft = rendered[f"{unit} draft"]
    assert len(draft) > 1
    for number, page in enumerate(draft, 1):
        assert any(text.startswith("DRAFT: not signed by the assessor") for _, text in page), (
            f"{unit} draft page {number} does not say DRAFT")
    assert not any(text.startswith("DRAFT") for page in rendered[unit] for _, text in page)
