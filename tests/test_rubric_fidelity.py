"""Every rubric string is the handbook's wording, and every mark is the printed one.

The handbooks in ``../shared/seeds/`` are the contract. Whitespace and bullet characters
are the only things normalised; a typo introduced into a rubric fails here.
"""

import dataclasses
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


# ---------------------------------------------------------------------------------------
# The other way: everything the handbook's result sheet, mark sheet and brief print is in
# the rubric, in the printed order, with the printed marks. Read from the seed's text, where
# Word's tables are a tab at the start of each cell and a "·" at the start of each bullet.

RESULT_SHEETS = {
    "000_7f18f40bd6a6741b.txt": ["8584-200", "8584-201"],
    "001_01b1403a0791f6c3.txt": ["8587-300", "8587-301", "8587-302", "8587-304", "8587-303", "8587-305"],
}
"""The result sheets in the order each handbook prints them."""

MARKED = {
    # unit: (seed, the brief's first line, the mark sheet's first line or None)
    "D2.01": ("002_05e17fbbe5aed9be.txt", "Knowledge Assignment: D2.01", "MARK SHEET: KNOWLEDGE ASSIGNMENT: D2.01"),
    "D2.02": ("002_05e17fbbe5aed9be.txt", "MENTORING diary: D2.02", "MARK SHEET: Mentoring diary: D2.02"),
    "MD36": ("004_f7f6d4449ec1ea6e.txt", " TASK", None),
}


def seed_lines(name: str) -> list[str]:
    return (SEEDS / name).read_text(encoding="utf-8").split("\n")


@cache
def printed_result_sheets() -> dict[str, dict]:
    sheets = {}
    for name, units in RESULT_SHEETS.items():
        lines = seed_lines(name)
        starts = [i for i, line in enumerate(lines) if "INSTRUCTIONS FOR ASSESSMENT AND USE OF RESULT SHEET" in line]
        assert len(starts) == len(units), f"{name}: {len(starts)} result sheets, expected {len(units)}"
        for unit, start in zip(units, starts):
            end = next(i for i in range(start, len(lines)) if lines[i].strip() == "Signature of QA:")
            sheets[unit] = _result_sheet(lines[start:end + 1])
    return sheets


def _result_sheet(lines: list[str]) -> dict:
    """Instructions, the indicators heading, and per LO its heading and per AC text and both indicator lists."""
    at = next(i for i, line in enumerate(lines) if "Assessment Criteria (AC)" in line)
    sheet = {"instructions": [collapse(line) for line in lines[1:at] if line.strip()],
             "descriptors": collapse(lines[at + 1]), "outcomes": []}
    criterion, cell = None, ""
    for line in lines[at:]:
        if found := re.match(r"\tLearning Outcome (\d+) (.*\S)", line):
            if not found.group(2).startswith("comments"):
                sheet["outcomes"].append({"ref": found.group(1), "heading": collapse(found.group(2)), "criteria": []})
                criterion = None
            continue
        if found := re.match(r"\tAC ?(\d+\.\d+)\s*(.*)", line):
            criterion = {"ref": found.group(1), "text": found.group(2), "referral": [], "pass": []}
            sheet["outcomes"][-1]["criteria"].append(criterion)
            cell = "text"
            continue
        if criterion is None:
            continue
        if line.startswith("\t"):  # a new cell: AC text, then referral, then pass, then feedback and decision
            line = line[1:]
            bullet = line.lstrip().startswith("\u00b7")
            cell = {"text": "referral" if bullet else "text", "referral": "pass" if bullet else "done"}.get(cell, "done")
        text = line.strip()
        if not text or cell == "done":
            continue
        if cell == "text":
            criterion["text"] = collapse(criterion["text"] + " " + text)
        elif text.startswith("\u00b7"):
            criterion[cell].append(collapse(text[1:]))
        else:
            criterion[cell][-1] = collapse(criterion[cell][-1] + " " + text)
    return sheet


@cache
def printed_marked(unit: str) -> dict:
    """The brief's sections (heading, questions with marks, minimum) merged with the mark sheet's."""
    name, brief_start, sheet_start = MARKED[unit]
    lines = seed_lines(name)
    start = first_line(lines, brief_start)
    end = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("By submitting I confirm"))
    sections = _brief_sections(lines[start:end])
    if sheet_start is None:  # no mark sheet printed: its criteria are the brief's, its maximum their sum
        for section in sections:
            section["criteria"] = [text for text, _, _ in section["questions"]]
            section["max"] = sum(marks for _, marks, _ in section["questions"])
        return {"sections": sections, "sheet_title": None}
    start = first_line(lines, sheet_start)
    end = next(i for i in range(start, len(lines)) if "Assessor\u2019s Decision" in lines[i])
    printed = _sheet_sections(lines[start:end])
    assert len(printed) == len(sections), f"{unit}: the brief has {len(sections)} sections, the sheet {len(printed)}"
    for brief, sheet in zip(sections, printed):
        assert sheet["min"] == brief["min"], f"{unit}: the brief and the sheet disagree on {sheet['title']!r}"
        brief.update(title=sheet["title"], criteria=sheet["criteria"], max=sheet["max"])
    return {"sections": sections, "sheet_title": sheet_start}


def _brief_sections(lines: list[str]) -> list[dict]:
    """Headings, and under each the questions or bullets that carry marks, and the minimum printed."""
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("Please use the"))
    at = next(i for i in range(at, len(lines)) if line_is(lines[i], "Assessment Criteria")) + 1
    sections, body = [], []
    for line in lines[at:] + ["\tend"]:
        if line.startswith("\t") and line.strip() and not line.strip().startswith("\u00b7"):
            if sections:
                sections[-1].update(_brief_body(" ".join(body)))
            sections.append({"title": collapse(line)})
            body = []
        else:
            body.append(line)
    return sections[:-1]


def first_line(lines: list[str], text: str) -> int:
    return next(i for i, line in enumerate(lines) if line.strip().startswith(text.strip()))


def line_is(line: str, text: str) -> bool:
    return collapse(line) == text


def _brief_body(text: str) -> dict:
    text = collapse(text)
    questions = [(collapse(q), int(marks), bool(each)) for q, marks, each in re.findall(
        r"(?:\d+\.|\u00b7)\s*([^\u00b7]+?)\s*\((\d+) marks?( for each[^)]*)?\)", text)]
    minimum = re.search(r"\(min (\d+) marks required from (\d+) available\)", text)
    return {"questions": questions, "min": int(minimum.group(1)) if minimum else None}


def _sheet_sections(lines: list[str]) -> list[dict]:
    at = next(i for i, line in enumerate(lines) if line_is(line, "QA mark")) + 1
    sections: list[dict] = []
    for line in lines[at:]:
        text = line.strip()
        if not text:
            continue
        if found := re.fullmatch(r"/(\d+)", text):
            sections[-1]["max"] = int(found.group(1))
        elif found := re.fullmatch(r"marks \(min (\d+)\)", text):
            sections[-1]["min"] = int(found.group(1))
        elif text.startswith("\u00b7"):
            sections[-1]["criteria"].append(collapse(text[1:]))
        elif line.startswith("\t"):
            sections.append({"title": collapse(text), "criteria": [], "max": None, "min": None})
    return sections


def result_sheet_differences(rubric: Rubric, printed: dict) -> list[str]:
    """Everything the printed result sheet has that the rubric lacks or words otherwise, in full."""
    problems = []

    def same(where: str, want, got) -> None:
        if want != got:
            problems.append(f"{where}: the handbook prints {want!r}, the rubric has {got!r}")

    same("indicators heading", printed["descriptors"], collapse(rubric.sheet.descriptors))
    same("instructions", printed["instructions"], [collapse(s) for s in rubric.sheet.instructions])
    same("learning outcomes", [lo["ref"] for lo in printed["outcomes"]], [lo.ref for lo in rubric.outcomes])
    outcomes = {lo.ref: lo for lo in rubric.outcomes}
    for lo in printed["outcomes"]:
        if (ours := outcomes.get(lo["ref"])) is None:
            continue
        same(f"LO {lo['ref']} heading", lo["heading"], collapse(ours.heading))
        same(f"LO {lo['ref']} criteria", [c["ref"] for c in lo["criteria"]], [c.ref for c in ours.criteria])
        criteria = {c.ref: c for c in ours.criteria}
        for printed_ac in lo["criteria"]:
            if (ac := criteria.get(printed_ac["ref"])) is None:
                continue
            same(f"AC {ac.ref} text", printed_ac["text"], collapse(ac.text))
            same(f"AC {ac.ref} referral indicators", printed_ac["referral"], [collapse(s) for s in ac.referral_indicators])
            same(f"AC {ac.ref} pass indicators", printed_ac["pass"], [collapse(s) for s in ac.pass_indicators])
    return problems


def mark_sheet_differences(rubric: Rubric, printed: dict) -> list[str]:
    """Every section, criterion bullet, question, mark, maximum and minimum printed, against the rubric."""
    problems = []

    def same(where: str, want, got) -> None:
        if want != got:
            problems.append(f"{where}: the handbook prints {want!r}, the rubric has {got!r}")

    if printed["sheet_title"]:
        same("mark sheet title", printed["sheet_title"], rubric.sheet_title)
    same("sections", [s["title"] for s in printed["sections"]], [collapse(s.title) for s in rubric.sections])
    for i, (want, ours) in enumerate(zip(printed["sections"], rubric.sections), start=1):
        where = f"section {ours.ref} ({want['title']})"
        same(f"{where} criteria", want["criteria"], [collapse(c) for c in ours.criteria])
        same(f"{where} maximum", want["max"], ours.max)
        same(f"{where} minimum", want["min"], ours.min)
        same(f"{where} questions", [q for q, _, _ in want["questions"]], [collapse(q.text) for q in ours.questions])
        for (text, marks, each), question in zip(want["questions"], ours.questions):
            # "(5 marks for each mentoring session)": the question carries a multiple of the printed marks
            if not (question.marks == marks or (each and question.marks % marks == 0)):
                problems.append(f"question {question.ref} ({text}): the handbook prints {marks} marks"
                                f"{' for each' if each else ''}, the rubric has {question.marks}")
    return problems


PASS_REFERRAL_UNITS = [u for units in RESULT_SHEETS.values() for u in units]


@pytest.mark.parametrize("unit", sorted(PASS_REFERRAL_UNITS))
def test_every_printed_criterion_and_indicator_is_in_the_rubric(unit):
    problems = result_sheet_differences(shipped()[unit], printed_result_sheets()[unit])
    assert not problems, f"{unit}: the rubric differs from the handbook's result sheet:\n" + "\n".join(problems)


@pytest.mark.parametrize("unit", sorted(MARKED))
def test_every_printed_section_question_and_mark_is_in_the_rubric(unit):
    problems = mark_sheet_differences(shipped()[unit], printed_marked(unit))
    assert not problems, f"{unit}: the rubric differs from the handbook:\n" + "\n".join(problems)


def test_every_unit_is_checked_both_ways():
    assert sorted(PASS_REFERRAL_UNITS + list(MARKED)) == sorted(EXPECTED_UNITS)


@pytest.mark.parametrize("unit", sorted(MARKED))
def test_pass_mark_is_printed_or_its_assumption_said(unit):
    rubric = shipped()[unit]
    name = MARKED[unit][0]
    printed = re.search(r"The overall pass mark is (\d+) marks", seed_text(unit))
    total = sum(s["max"] for s in printed_marked(unit)["sections"])
    assert rubric.total_marks == total
    if printed:
        assert rubric.pass_mark == int(printed.group(1))
    else:  # the task prints none: the rubric's notes must say what marker assumes, and why
        assert any(f"{rubric.pass_mark}" in note and "pass mark" in note for note in rubric.notes), (
            f"{name} prints no pass mark: {rubric.path.name}'s notes must say the one assumed")
    assert rubric.pass_mark is not None and rubric.pass_mark <= total


def test_a_missing_indicator_or_section_would_be_caught():
    """The checks above are not vacuous: an indicator dropped, a section dropped, a mark changed are named."""
    rubric = shipped()["8584-200"]
    lo = rubric.outcomes[0]
    first = dataclasses.replace(lo.criteria[1], referral_indicators=lo.criteria[1].referral_indicators[:-1])
    shorter = dataclasses.replace(rubric, outcomes=(dataclasses.replace(lo, criteria=(lo.criteria[0], first,
                                                                                       *lo.criteria[2:])),
                                                    *rubric.outcomes[1:]))
    problems = result_sheet_differences(shorter, printed_result_sheets()["8584-200"])
    assert [p for p in problems if p.startswith("AC 1.2 referral indicators")], problems
    assert "Fewer than three situations have been used in the descriptions" in problems[0]

    marked = shipped()["D2.01"]
    section = marked.sections[1]
    changed = dataclasses.replace(section, questions=(dataclasses.replace(section.questions[0], marks=9),
                                                      *section.questions[1:]))
    fewer = dataclasses.replace(marked, sections=(marked.sections[0], changed))
    problems = mark_sheet_differences(fewer, printed_marked("D2.01"))
    assert any(p.startswith("sections:") and "effective listening and questioning skills" in p for p in problems)
    assert any(p.startswith("question 7") and "10 marks" in p for p in problems), problems
