"""Every rubric string is the handbook's wording, and every mark is the printed one.

The handbooks in ``../shared/seeds/`` are the contract. Whitespace and bullet characters
are the only things normalised; a typo introduced into a rubric fails here.
"""

import re
from functools import cache

import pytest

from conftest import RUBRICS, SEEDS
from marker.catalogue import find_rubrics
from marker.rubric import Rubric, Scheme

EXPECTED_UNITS = {
    "8584-200": ["000_7f18f40bd6a6741b.txt"],
    "8584-201": ["000_7f18f40bd6a6741b.txt"],
    "8587-300": ["001_01b1403a0791f6c3.txt"],
    "8587-301": ["001_01b1403a0791f6c3.txt", "003_27f483c2ee70de51.txt"],
    "8587-302": ["001_01b1403a0791f6c3.txt"],
    "8587-303": ["001_01b1403a0791f6c3.txt"],
    "8587-304": ["001_01b1403a0791f6c3.txt"],
    "8587-305": ["001_01b1403a0791f6c3.txt"],
    "D2.01": ["002_05e17fbbe5aed9be.txt"],
    "D2.02": ["002_05e17fbbe5aed9be.txt"],
    "MD36": ["004_f7f6d4449ec1ea6e.txt"],
}

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def shipped() -> dict[str, Rubric]:
    catalogue = find_rubrics([RUBRICS])
    assert not catalogue.errors, "\n".join(str(e) for e in catalogue.errors)
    return catalogue.rubrics


@cache
def seed_text(unit: str) -> str:
    return collapse("\n".join((SEEDS / name).read_text(encoding="utf-8") for name in EXPECTED_UNITS[unit]))


def handbook_strings(rubric: Rubric):
    """Every string the rubric claims to quote from the handbook, with where it sits."""
    for lo in rubric.outcomes:
        yield f"LO {lo.ref} title", lo.title
        if lo.sheet_title:
            yield f"LO {lo.ref} sheet_title", lo.sheet_title
        for c in lo.criteria:
            yield f"AC {c.ref} text", c.text
            for i, s in enumerate(c.referral_indicators):
                yield f"AC {c.ref} referral[{i}]", s
            for i, s in enumerate(c.pass_indicators):
                yield f"AC {c.ref} pass[{i}]", s
            for field in ("depth", "guidance", "task"):
                if getattr(c, field):
                    yield f"AC {c.ref} {field}", getattr(c, field)
            for i, s in enumerate(c.evidence):
                yield f"AC {c.ref} evidence[{i}]", s
    for s in rubric.sections:
        yield f"section {s.ref} title", s.title
        for i, bullet in enumerate(s.criteria):
            yield f"section {s.ref} criteria[{i}]", bullet
        for q in s.questions:
            yield f"question {q.ref}", q.text


def test_every_unit_in_the_handbooks_has_a_rubric():
    assert sorted(shipped()) == sorted(EXPECTED_UNITS)


@pytest.mark.parametrize("unit", sorted(EXPECTED_UNITS))
def test_every_string_is_the_handbooks_wording(unit):
    rubric = shipped()[unit]
    seed = seed_text(unit)
    missing = [f"{where}: {text!r}" for where, text in handbook_strings(rubric) if collapse(text) not in seed]
    assert not missing, f"{rubric.path.name}: not in the handbook:\n" + "\n".join(missing)


@pytest.mark.parametrize("unit", sorted(EXPECTED_UNITS))
def test_titles_and_facts_are_printed(unit):
    rubric = shipped()[unit]
    seed = seed_text(unit)
    if rubric.uan:
        assert rubric.uan in seed
    if unit != "MD36":  # the diary task prints no title: its notes say the title is marker's
        assert collapse(rubric.title).casefold() in seed.casefold()


@pytest.mark.parametrize("unit", [u for u in sorted(EXPECTED_UNITS)])
def test_marks_are_the_printed_ones(unit):
    rubric = shipped()[unit]
    if rubric.scheme is not Scheme.MARKS:
        pytest.skip("pass/referral unit")
    seed = seed_text(unit)
    for section in rubric.sections:
        if section.questions:
            assert sum(q.marks for q in section.questions) == section.max
        for q in section.questions:
            # the brief prints each question's marks right after it: "... (6 marks)", or per
            # repetition: "(5 marks for each mentoring session)" for six sessions
            after = re.search(re.escape(collapse(q.text)) + r"\s*\(\s*(\d+)\s*marks?( for each)?", seed)
            assert after, f"question {q.ref}: no marks printed after {q.text!r}"
            printed, each = int(after.group(1)), bool(after.group(2))
            assert printed == q.marks or (each and q.marks % printed == 0), (
                f"question {q.ref}: {q.marks} marks, but the brief prints {after.group(0)!r}")
        if section.min is not None:
            printed = (
                rf"min {section.min} marks required from {section.max} available",
                rf"/\s*{section.max} marks \(min {section.min}\)",
            )
            assert any(re.search(p, seed) for p in printed), (
                f"section {section.ref}: max {section.max} / min {section.min} is not printed"
            )
    assert rubric.pass_mark is not None and rubric.pass_mark <= rubric.total_marks


def test_a_typo_would_be_caught(tmp_path):
    """The check above is not vacuous: one changed letter is reported."""
    rubric = shipped()["8584-200"]
    seed = seed_text("8584-200")
    text = rubric.criteria[0].referral_indicators[0]
    assert collapse(text) in seed
    assert collapse(text.replace("mentor", "mentro", 1)) not in seed


@pytest.mark.parametrize("unit", sorted(EXPECTED_UNITS))
def test_conflicts_are_recorded_in_comment_and_notes(unit):
    rubric = shipped()[unit]
    source = rubric.path.read_text(encoding="utf-8")
    if any(lo.sheet_title for lo in rubric.outcomes):
        assert "# conflict:" in source, "a sheet_title needs a '# conflict:' comment saying why"
        assert rubric.notes, "a handbook conflict must be in notes too, for the assessor"
