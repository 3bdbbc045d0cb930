"""The unit's result sheet as data: typed, immutable, read from a rubric TOML file.

The format is documented in ``marker/rubrics/README.md``. Loading never stops at the first
problem: every error found in a file is collected, each naming file, line and field,
so a centre writing its own rubric can fix them all in one pass.
"""

from __future__ import annotations

import hashlib
from dataclasses import astuple, dataclass
from enum import StrEnum
from pathlib import Path

import re
import tomllib

from marker.errors import RubricError, RubricErrors
from marker.rubric_lines import key_lines


class Scheme(StrEnum):
    """How a unit is judged."""

    PASS_REFERRAL = "pass-referral"
    MARKS = "marks"


ASSESSMENT_METHODS = ("assignment", "portfolio", "reflective-journal", "knowledge-assignment", "diary")


@dataclass(frozen=True)
class Requirements:
    """What a practical unit demands of the learner's logged practice."""

    hours: float | None = None
    sessions: int | None = None
    session_minutes: int | None = None
    min_individuals: int | None = None
    max_individuals: int | None = None
    supervision_hours: float | None = None
    supervision_sessions: int | None = None
    supervision_minutes: int | None = None

    @property
    def any(self) -> bool:
        """The unit sets some requirement of practice: the practice checks run, and the rows can be checked."""
        return any(v is not None for v in astuple(self))


@dataclass(frozen=True)
class Criterion:
    """One assessment criterion (AC) with its sufficiency indicators."""

    ref: str
    text: str
    referral_indicators: tuple[str, ...]
    pass_indicators: tuple[str, ...]
    depth: str = ""
    guidance: str = ""
    task: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class LearningOutcome:
    """A learning outcome and its criteria."""

    ref: str
    title: str
    criteria: tuple[Criterion, ...]
    sheet_title: str = ""
    """The result sheet's heading where it differs from the specification (a handbook conflict)."""

    @property
    def heading(self) -> str:
        """What the result sheet prints for this learning outcome."""
        return self.sheet_title or self.title


@dataclass(frozen=True)
class Question:
    """A numbered question or criterion of a marked unit, with its marks."""

    ref: str
    text: str
    marks: int


@dataclass(frozen=True)
class Section:
    """A section of a marked unit's mark sheet."""

    ref: str
    title: str
    max: int
    criteria: tuple[str, ...]
    questions: tuple[Question, ...] = ()
    min: int | None = None

    @property
    def heading(self) -> str:
        """"Section 2 Undertake …": the title, numbered unless the handbook's title already is ("Section 2 - …")."""
        return self.title if self.title.startswith(f"Section {self.ref}") else f"Section {self.ref} {self.title}"


DEFAULT_DESCRIPTORS = "Sufficiency descriptors"
DEFAULT_INSTRUCTIONS = (
    "Assessment must be conducted with reference to the assessment criteria (AC). In order to pass the unit, every AC must be met.",
    "Assessors will indicate with a \u2018Pass\u2019 or \u2018Referral\u2019 in the box (below right). In order to pass the unit every AC must receive a \u2018Pass.\u2019",
    "Any AC awarded less than a pass produces an automatic referral for the submission.",
    "Sufficiency descriptors are provided as guidance. The descriptors are not comprehensive, and cannot be, as there are many ways in which a submission can exceed or fall short of the requirements.",
)
"""The 8587 result sheets' words, used when a centre's own rubric has no ``[sheet]`` table."""


@dataclass(frozen=True)
class SheetWording:
    """Words the printed result sheet uses that differ between qualifications."""

    descriptors: str = DEFAULT_DESCRIPTORS
    """The indicators column heading: "Sufficiency Indicators" (8584) or "Sufficiency descriptors" (8587)."""
    instructions: tuple[str, ...] = DEFAULT_INSTRUCTIONS
    """The "INSTRUCTIONS FOR ASSESSMENT AND USE OF RESULT SHEET" paragraphs."""
    title: str = ""
    """The sheet's own title ("MARK SHEET: KNOWLEDGE ASSIGNMENT: D2.01"); empty for the default."""


@dataclass(frozen=True)
class Rubric:
    """One unit's rubric: everything its result sheet or mark sheet needs."""

    unit: str
    title: str
    qualification: str
    level: int
    assessment: str
    scheme: Scheme
    path: Path
    digest: str
    """SHA-256 of the rubric file's bytes: a signature covers exactly this rubric."""
    uan: str = ""
    credits: int | None = None
    glh: int | None = None
    words: tuple[int, int] | None = None
    notes: tuple[str, ...] = ()
    requirements: Requirements = Requirements()
    outcomes: tuple[LearningOutcome, ...] = ()
    sections: tuple[Section, ...] = ()
    pass_mark: int | None = None
    sheet: SheetWording = SheetWording()

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        """Every criterion of a pass/referral unit, in result-sheet order."""
        return tuple(c for lo in self.outcomes for c in lo.criteria)

    @property
    def sheet_title(self) -> str:
        """The printed sheet's title: the handbook's, or "Unit 8584-200 Result Sheet"."""
        if self.sheet.title:
            return self.sheet.title
        if self.scheme is Scheme.MARKS:
            return f"MARK SHEET: {self.title}: {self.unit}"
        return f"Unit {self.unit} Result Sheet"

    @property
    def total_marks(self) -> int:
        """Marks available on a marked unit."""
        return sum(s.max for s in self.sections)

    @property
    def size(self) -> int:
        """Criteria (pass/referral) or sections (marks): what ``marker rubrics`` counts."""
        return len(self.criteria) if self.scheme is Scheme.PASS_REFERRAL else len(self.sections)


# ---------------------------------------------------------------------------------------
# Loading and validation


_TOP_KEYS = {
    "schema", "unit", "title", "qualification", "uan", "level", "credits", "glh",
    "assessment", "scheme", "words", "notes", "requirements", "outcomes", "sections",
    "pass_mark", "sheet",
}
_SHEET_KEYS = {"descriptors", "instructions", "title"}
_OUTCOME_KEYS = {"ref", "title", "sheet_title", "criteria"}
_CRITERION_KEYS = {"ref", "text", "referral", "pass", "depth", "guidance", "task", "evidence"}
_SECTION_KEYS = {"ref", "title", "max", "min", "criteria", "questions"}
_QUESTION_KEYS = {"ref", "text", "marks"}
_REQUIREMENT_TYPES: dict[str, type | tuple[type, ...]] = {
    "hours": (int, float),
    "sessions": int,
    "session_minutes": int,
    "min_individuals": int,
    "max_individuals": int,
    "supervision_hours": (int, float),
    "supervision_sessions": int,
    "supervision_minutes": int,
}


class _Checker:
    """Collects every error in one file, each located by the key's line."""

    def __init__(self, path: Path, text: str):
        self.file = str(path)
        self.lines = key_lines(text)
        self.errors: list[RubricError] = []

    def error(self, where: tuple, field: str, message: str) -> None:
        line = self.lines.get(where + (field,)) or self.lines.get(where)
        self.errors.append(RubricError(self.file, message, line=line, field=_dotted(where, field)))

    def take(self, table: dict, where: tuple, field: str, kind, *, required: bool, default=None):
        """The value of ``field`` if present and of the right kind; otherwise record why."""
        if field not in table:
            if required:
                self.error(where, field, "missing (required)")
            return default
        value = table[field]
        if not _is_kind(value, kind):
            self.error(where, field, f"must be {_kind_name(kind)}, not {_kind_name(type(value))}")
            return default
        return value

    def unknown(self, table: dict, where: tuple, allowed: set[str]) -> None:
        for key in table:
            if key not in allowed:
                hint = _closest(key, allowed)
                self.error(where, key, "unknown key" + (f" (did you mean {hint!r}?)" if hint else ""))

    def strings(self, table: dict, where: tuple, field: str, *, required: bool) -> tuple[str, ...]:
        values = self.take(table, where, field, list, required=required, default=[])
        if not all(isinstance(v, str) for v in values):
            self.error(where, field, "must be a list of strings")
            return ()
        cleaned = tuple(v.strip() for v in values)
        if any(not v for v in cleaned):
            self.error(where, field, "has an empty string")
        return cleaned

    def tables(self, table: dict, where: tuple, field: str) -> list[dict]:
        values = self.take(table, where, field, list, required=False, default=[])
        if not all(isinstance(v, dict) for v in values):
            self.error(where, field, f"must be an array of tables ([[{_dotted(where, field)}]])")
            return []
        return values


def _is_kind(value, kind) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        return False  # TOML true/false is not a number
    return isinstance(value, kinds)


def _kind_name(kind) -> str:
    names = {str: "a string", int: "an integer", float: "a number", list: "a list", dict: "a table", bool: "true/false"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _dotted(where: tuple, field: str) -> str:
    """``("outcomes", 0, "criteria", 2), "ref"`` -> ``outcomes[0].criteria[2].ref``."""
    parts: list[str] = []
    for part in where:
        if isinstance(part, int):
            parts[-1] += f"[{part}]"
        else:
            parts.append(part)
    return ".".join([*parts, field])


def _closest(key: str, allowed: set[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
    return match[0] if match else None


def parse_rubric(path: Path) -> tuple[Rubric | None, list[RubricError]]:
    """Read and validate one rubric file, returning the rubric (if valid) and every error."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [RubricError(str(path), f"cannot be read ({exc.strerror}); check the path")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, [RubricError(str(path), "is not UTF-8 text; save it as UTF-8")]
    try:
        doc = tomllib.loads(text)  # the stdlib reader: rubrics are read often and written by people
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        return None, [RubricError(str(path), f"is not valid TOML: {exc}", line=int(where.group(1)) if where else None)]
    except RecursionError:
        return None, [RubricError(str(path), "nests values deeper than a rubric can; fix the file")]
    check = _Checker(path, text)
    rubric = _build(doc, check, path, hashlib.sha256(data).hexdigest())
    return (rubric if not check.errors else None), check.errors


def load_rubric(path: Path) -> Rubric:
    """Read one rubric file.

    Raises:
        RubricErrors: every problem found, each naming file, line and field.
    """
    rubric, errors = parse_rubric(path)
    if errors or rubric is None:
        raise RubricErrors(errors)
    return rubric


def _build(doc: dict, check: _Checker, path: Path, digest: str) -> Rubric | None:
    top: tuple = ()
    check.unknown(doc, top, _TOP_KEYS)
    schema = check.take(doc, top, "schema", int, required=True)
    if schema is not None and schema != 1:
        check.error(top, "schema", f"version {schema} is not supported (this marker reads schema 1)")
    unit = check.take(doc, top, "unit", str, required=True, default="")
    title = check.take(doc, top, "title", str, required=True, default="")
    qualification = check.take(doc, top, "qualification", str, required=True, default="")
    uan = check.take(doc, top, "uan", str, required=False, default="")
    level = check.take(doc, top, "level", int, required=True, default=0)
    if level is not None and level and not 1 <= level <= 8:
        check.error(top, "level", f"{level} is not a level from 1 to 8")
    credits = check.take(doc, top, "credits", int, required=False)
    glh = check.take(doc, top, "glh", int, required=False)
    assessment = check.take(doc, top, "assessment", str, required=True, default="")
    if assessment and assessment not in ASSESSMENT_METHODS:
        check.error(top, "assessment", f"{assessment!r} is not one of {', '.join(ASSESSMENT_METHODS)}")
    scheme_name = check.take(doc, top, "scheme", str, required=True, default="")
    scheme = None
    if scheme_name:
        try:
            scheme = Scheme(scheme_name)
        except ValueError:
            check.error(top, "scheme", f"{scheme_name!r} is not one of pass-referral, marks")
    words = _words(doc, check)
    notes = check.strings(doc, top, "notes", required=False)
    requirements = _requirements(doc, check)
    sheet = _sheet(doc, check)

    outcomes: tuple[LearningOutcome, ...] = ()
    sections: tuple[Section, ...] = ()
    pass_mark = None
    if scheme is Scheme.PASS_REFERRAL:
        for wrong in ("sections", "pass_mark"):
            if wrong in doc:
                check.error(top, wrong, "belongs to marked units; this unit's scheme is pass-referral")
        outcomes = _outcomes(doc, check)
        if "outcomes" not in doc:
            check.error(top, "outcomes", "missing: a pass-referral unit needs [[outcomes]] with criteria")
    elif scheme is Scheme.MARKS:
        if "outcomes" in doc:
            check.error(top, "outcomes", "belongs to pass-referral units; this unit's scheme is marks")
        sections = _sections(doc, check)
        if not sections and "sections" not in doc:
            check.error(top, "sections", "missing: a marked unit needs [[sections]]")
        pass_mark = check.take(doc, top, "pass_mark", int, required=True)
        total = sum(s.max for s in sections)
        if pass_mark is not None and sections and not 0 < pass_mark <= total:
            check.error(top, "pass_mark", f"{pass_mark} is outside 1..{total} (the marks available)")

    if check.errors or scheme is None:
        return None
    return Rubric(
        unit=unit.strip(), title=title.strip(), qualification=qualification.strip(), uan=uan.strip(),
        level=level, credits=credits, glh=glh, assessment=assessment, scheme=scheme, words=words,
        notes=notes, requirements=requirements, outcomes=outcomes, sections=sections,
        pass_mark=pass_mark, path=path, digest=digest, sheet=sheet,
    )


def _sheet(doc: dict, check: _Checker) -> SheetWording:
    table = check.take(doc, (), "sheet", dict, required=False, default={})
    where = ("sheet",)
    check.unknown(table, where, _SHEET_KEYS)
    descriptors = (check.take(table, where, "descriptors", str, required=False, default="") or "").strip()
    instructions = check.strings(table, where, "instructions", required=False)
    title = (check.take(table, where, "title", str, required=False, default="") or "").strip()
    return SheetWording(descriptors=descriptors or DEFAULT_DESCRIPTORS, instructions=instructions or DEFAULT_INSTRUCTIONS,
                        title=title)


def _words(doc: dict, check: _Checker) -> tuple[int, int] | None:
    words = check.take(doc, (), "words", list, required=False)
    if words is None:
        return None
    if len(words) != 2 or not all(_is_kind(w, int) for w in words):
        check.error((), "words", "must be two integers, [low, high]")
        return None
    low, high = words
    if not 0 <= low <= high:
        check.error((), "words", f"range [{low}, {high}] must run from low to high")
        return None
    return (low, high)


def _requirements(doc: dict, check: _Checker) -> Requirements:
    table = check.take(doc, (), "requirements", dict, required=False, default={})
    where = ("requirements",)
    check.unknown(table, where, set(_REQUIREMENT_TYPES))
    values = {}
    for key, kind in _REQUIREMENT_TYPES.items():
        value = check.take(table, where, key, kind, required=False)
        if value is None:
            continue
        if value <= 0:
            check.error(where, key, f"must be above zero, not {value}")
            continue
        values[key] = value
    low, high = values.get("min_individuals"), values.get("max_individuals")
    if low is not None and high is not None and low > high:
        check.error(where, "min_individuals", f"{low} is above max_individuals {high}")
    return Requirements(**values)


def _outcomes(doc: dict, check: _Checker) -> tuple[LearningOutcome, ...]:
    outcomes = []
    seen_outcomes: set[str] = set()
    seen_criteria: set[str] = set()
    for i, table in enumerate(check.tables(doc, (), "outcomes")):
        where = ("outcomes", i)
        check.unknown(table, where, _OUTCOME_KEYS)
        ref = _ref(table, where, check, seen_outcomes, "learning outcome")
        title = check.take(table, where, "title", str, required=True, default="")
        sheet_title = check.take(table, where, "sheet_title", str, required=False, default="")
        criteria = []
        for j, ct in enumerate(check.tables(table, where, "criteria")):
            criteria.append(_criterion(ct, where + ("criteria", j), check, seen_criteria))
        if not criteria:
            check.error(where, "criteria", "missing: a learning outcome needs at least one [[outcomes.criteria]]")
        outcomes.append(LearningOutcome(ref=ref, title=title.strip(), sheet_title=sheet_title.strip(), criteria=tuple(criteria)))
    return tuple(outcomes)


def _criterion(table: dict, where: tuple, check: _Checker, seen: set[str]) -> Criterion:
    check.unknown(table, where, _CRITERION_KEYS)
    ref = _ref(table, where, check, seen, "criterion")
    text = check.take(table, where, "text", str, required=True, default="")
    referral = check.strings(table, where, "referral", required=True)
    passing = check.strings(table, where, "pass", required=True)
    for field, values in (("referral", referral), ("pass", passing)):
        if field in table and not values:
            check.error(where, field, "needs at least one indicator")
    optional = {f: check.take(table, where, f, str, required=False, default="").strip() for f in ("depth", "guidance", "task")}
    evidence = check.strings(table, where, "evidence", required=False)
    return Criterion(ref=ref, text=text.strip(), referral_indicators=referral, pass_indicators=passing, evidence=evidence, **optional)


def _sections(doc: dict, check: _Checker) -> tuple[Section, ...]:
    sections = []
    seen_sections: set[str] = set()
    seen_questions: set[str] = set()
    for i, table in enumerate(check.tables(doc, (), "sections")):
        where = ("sections", i)
        check.unknown(table, where, _SECTION_KEYS)
        ref = _ref(table, where, check, seen_sections, "section")
        title = check.take(table, where, "title", str, required=True, default="")
        maximum = check.take(table, where, "max", int, required=True, default=0)
        minimum = check.take(table, where, "min", int, required=False)
        if maximum is not None and maximum <= 0 and "max" in table:
            check.error(where, "max", f"must be above zero, not {maximum}")
        if minimum is not None and (minimum < 0 or minimum > maximum):
            check.error(where, "min", f"{minimum} is outside 0..{maximum} (the section's max)")
        criteria = check.strings(table, where, "criteria", required=True)
        if "criteria" in table and not criteria:
            check.error(where, "criteria", "needs at least one mark-sheet bullet")
        questions = []
        for j, qt in enumerate(check.tables(table, where, "questions")):
            qwhere = where + ("questions", j)
            check.unknown(qt, qwhere, _QUESTION_KEYS)
            qref = _ref(qt, qwhere, check, seen_questions, "question")
            qtext = check.take(qt, qwhere, "text", str, required=True, default="")
            marks = check.take(qt, qwhere, "marks", int, required=True, default=0)
            if marks is not None and marks <= 0 and "marks" in qt:
                check.error(qwhere, "marks", f"must be above zero, not {marks}")
            questions.append(Question(ref=qref, text=qtext.strip(), marks=marks or 0))
        if questions and maximum and sum(q.marks for q in questions) != maximum:
            total = sum(q.marks for q in questions)
            check.error(where, "max", f"is {maximum} but the section's questions carry {total} marks")
        sections.append(Section(ref=ref, title=title.strip(), max=maximum or 0, min=minimum,
                                criteria=criteria, questions=tuple(questions)))
    return tuple(sections)


def _ref(table: dict, where: tuple, check: _Checker, seen: set[str], what: str) -> str:
    ref = check.take(table, where, "ref", str, required=True, default="")
    ref = ref.strip()
    if ref and ref in seen:
        check.error(where, "ref", f"duplicate {what} ref {ref!r}")
    seen.add(ref)
    return ref
