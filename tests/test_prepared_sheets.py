"""A sheet filled into its unit's prepared sheet is the sheet built whole, cell by cell, part for part."""

import dataclasses
import io
import zipfile
from datetime import date

import pytest

from marked import ASSESSOR, marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.items import item_keys
from marker.qa import qa_sign, set_qa_lo_comment, set_qa_mark, set_review
from marker.rubric import Scheme
from marker.session import Verdict
from marker.sheets import build_sheet
from marker.sheets.docx_parts import document_bytes
from marker.signing import sign
from sheets_built_whole import sheet_built_whole

CATALOGUE = find_rubrics([SHIPPED_RUBRICS])
UNITS = ("8584-200", "8584-201", "8587-303", "D2.01", "MD36")  # pass/referral, and marked with and without minimums
IQA = "Iris Quality"
LONG = " ".join(["The learner reflects on each mentoring meeting, links it to the model used and says what "
                 "they would change next time, with dates."] * 9)


def package(doc) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(document_bytes(doc, doc.core_properties.modified))) as docx:
        return {item.filename: docx.read(item.filename) for item in docx.infolist()}


def sessions(rubric, tmp_path):
    """A draft; a referral with long, multi-line feedback (rows tall enough to split), evidence and
    an item left unmarked; and one signed and QA-confirmed with QA comments."""
    draft = marked_session(rubric, tmp_path / "draft", learner="Priya Shah")
    long = marked_session(rubric, tmp_path / "long", learner="Tom\tO'Neill & Sons <Ltd>", reg="R 10")
    confirmed = marked_session(rubric, tmp_path / "confirmed", learner="Zoë Brown")
    if rubric.scheme is Scheme.PASS_REFERRAL:
        refs = [c.ref for c in rubric.criteria]
        long = marked_session(rubric, tmp_path / "long", learner="Tom\tO'Neill & Sons <Ltd>", reg="R 10",
                              referral=(refs[0],))
        long.set_feedback(refs[0], f"{LONG}\n\nSecond paragraph, after a blank line.\n{LONG}", ASSESSOR)
        long.set_feedback(refs[-1], "  leading spaces and a tab\there  ", ASSESSOR)
        long.set_lo_comment(rubric.outcomes[-1].ref, LONG, ASSESSOR)
        del long.criteria[refs[1]]
    else:
        refs = [s.ref for s in rubric.sections]
        long.set_strengths(refs[0], f"{LONG}\n{LONG}", ASSESSOR)
        long.set_weaknesses(refs[-1], LONG, ASSESSOR)
        del long.sections[refs[1]]
    sign(confirmed, rubric, "Ann Assessor", ASSESSOR, date(2026, 11, 20))
    for key in item_keys(rubric):
        set_review(confirmed, rubric, key, Verdict.AGREE, "", IQA)
    for lo in rubric.outcomes:
        set_qa_lo_comment(confirmed, lo.ref, f"QA agrees with LO {lo.ref}.\nSampled in the spring round.", IQA)
    for section in rubric.sections:
        set_qa_mark(confirmed, rubric, section.ref, confirmed.sections[section.ref].mark, IQA)
    qa_sign(confirmed, rubric, IQA, IQA, date(2026, 11, 27))
    return {"draft": draft, "long": long, "confirmed": confirmed}


@pytest.mark.parametrize("unit", UNITS)
def test_a_sheet_from_the_prepared_sheet_is_the_sheet_built_whole(tmp_path, unit):
    rubric = CATALOGUE.get(unit)
    for name, session in sessions(rubric, tmp_path).items():
        for draft in (None, True):
            made, whole = package(build_sheet(session, rubric, draft=draft)), package(sheet_built_whole(session, rubric, draft))
            assert made["word/document.xml"] == whole["word/document.xml"], f"{unit}, {name} session, draft {draft}"
            assert made == whole, f"{unit}, {name} session, draft {draft}: {[p for p in whole if made.get(p) != whole[p]]}"


def test_one_sessions_sheet_leaves_nothing_in_the_next(tmp_path):
    """Every session's sheet is a fresh copy: the long feedback before does not reach the draft after."""
    rubric = CATALOGUE.get("8584-200")
    made = sessions(rubric, tmp_path)
    first = package(build_sheet(made["draft"], rubric))
    build_sheet(made["long"], rubric)
    build_sheet(made["confirmed"], rubric)
    assert package(build_sheet(made["draft"], rubric)) == first
    assert LONG[:60].encode() not in first["word/document.xml"]


def test_a_sheet_whose_styles_are_changed_writes_them_and_leaves_the_next_sheet_as_it_was(tmp_path):
    """Copies share their unit's styles as bytes until one reads them: a change stays in that copy."""
    rubric = CATALOGUE.get("D2.01")
    session = marked_session(rubric, tmp_path)
    changed = build_sheet(session, rubric)
    assert changed.styles["Normal"].font.name == "Arial"
    changed.styles["Normal"].font.name = "Courier New"
    assert b"Courier New" in package(changed)["word/styles.xml"]
    after = package(build_sheet(session, rubric))
    assert b"Courier New" not in after["word/styles.xml"]
    assert after == package(sheet_built_whole(session, rubric))


def test_a_changed_rubric_gets_a_sheet_of_its_own(tmp_path):
    rubric = CATALOGUE.get("8584-200")
    session = marked_session(rubric, tmp_path)
    build_sheet(session, rubric)
    criterion = dataclasses.replace(rubric.outcomes[0].criteria[0], text="Explain the changed criterion")
    outcome = dataclasses.replace(rubric.outcomes[0], criteria=(criterion, *rubric.outcomes[0].criteria[1:]))
    changed = dataclasses.replace(rubric, outcomes=(outcome, *rubric.outcomes[1:]))
    document = package(build_sheet(session, changed))["word/document.xml"]
    assert b"Explain the changed criterion" in document
    assert document == package(sheet_built_whole(session, changed))["word/document.xml"]
