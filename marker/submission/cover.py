"""The unit, learner name and registration number from a submission's cover sheet or file name.

Learners fill in a cover table ("Learner name | Priya Shah") or lines ("Learner name:
Tom Reilly  Registration number: R8830146") on the first page, and centres name files
"jordan-ellis-8584-200.docx". Only the start of each file is read (a PDF's first page), so
this is quick before the submission proper is read; anything not found stays None for the
assessor to give, and nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from marker.submission.model import Block

FIRST_BLOCKS = 40
"""How far into a DOCX or text file a cover sheet can be."""
FIRST_FILES = 3

_NAME_LABEL = (r"(?:(?:learner|candidate|student|mentor|coach|participant|delegate)(?:['’]s)?\s+(?:full\s+)?name"
               r"|name\s+of\s+(?:the\s+)?(?:learner|candidate|student|mentor|coach)|learner|candidate|name)")
_REG_LABEL = (r"(?:(?:ILM\s+|learner\s+|candidate\s+)?(?:registration|reg\.?|enrolment|enrollment)(?:\s*(?:number|no\.?|#|id))?"
              r"|(?:candidate|learner|ILM)\s+(?:number|no\.?|id))")
_UNIT_LABEL = r"(?:unit(?:\s+(?:number|no\.?|code|ref(?:erence)?))?)"
_OTHER_LABEL = (r"(?:centre(?:\s+(?:name|number|no\.?))?|date(?:\s+\w+)?|tutor|assessor|word\s+count|cohort|programme|"
                r"qualification|title|signed|signature|email|e-mail)")
_FIELD = re.compile(
    rf"(?<![\w])(?P<label>{_REG_LABEL}|{_NAME_LABEL}|{_UNIT_LABEL}|{_OTHER_LABEL})(?P<colon>\s*[:|]\s*|\s*[–-]\s+|\s+(?=[A-Z0-9]))",
    re.IGNORECASE,
)
_NAME = re.compile(r"^[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){1,4}$")
_ILM_NUMBER = re.compile(r"(?<![\w/-])R\d{7}(?![\w/-])")
"""An ILM registration number as ILM issues them: R and seven digits."""
_REG = re.compile(r"^(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9][A-Za-z0-9/-]{3,19}$")
_NOT_NAMES = frozenset("unit portfolio diary assignment final draft submission ilm level mentoring coaching mentor coach "
                       "reflective account log evidence cover task part version copy resubmission attempt the and of "
                       "record records session sessions journal report essay answers template workbook docx pdf txt md "
                       "award certificate effective skills developing understanding undertaking mentee a reflection reflections google "
                       "docs microsoft word".split())


@dataclass(frozen=True)
class CoverDetails:
    """What the cover sheet or file name says; None where it says nothing."""

    unit: str | None = None
    learner: str | None = None
    reg: str | None = None
    found_in: dict[str, str] = field(default_factory=dict)
    """Field ("unit", "learner", "reg") -> where it was read ("cover.docx table 1", "file name")."""

    def describe(self) -> str:
        """``unit 8584-201, learner Priya Shah, reg R3318802 (from cover.docx table 1)``; what is missing said too."""
        parts = [f"{label} {value}" if value else f"{label} not found"
                 for label, value in (("unit", self.unit), ("learner", self.learner), ("reg", self.reg))]
        places = sorted(set(self.found_in.values()))
        return ", ".join(parts) + (f" (from {'; '.join(places)})" if places else "")


def read_cover(paths: Iterable[Path | str], units: Iterable[str]) -> CoverDetails:
    """The details on the first files' cover sheets, then in their names. ``units``: the known unit ids."""
    from marker.submission.files import expand

    units = list(units)
    found: dict[str, str] = {}
    where: dict[str, str] = {}
    try:
        files = expand(paths)[:FIRST_FILES]
    except OSError:
        files = []
    for path, name in files:
        for block, fields in cover_fields(_first_blocks(Path(path), name), units):
            for key, value in fields:
                if key not in found:
                    found[key], where[key] = value, block.location
        if len(found) == 3:
            break
    if "learner" not in found and "reg" in found:
        for path, name in files[:1]:
            for block in _first_blocks(Path(path), name)[:FIRST_BLOCKS]:
                named = _beside_number(block.text, found["reg"])
                if named:
                    found["learner"], where["learner"] = named, block.location
                    break
    for path, name in files:
        for key, value in from_file_name(Path(name).stem, units).items():
            if key not in found:
                found[key], where[key] = value, f"file name {name}"
    return CoverDetails(found.get("unit"), found.get("learner"), found.get("reg"), where)


def _beside_number(text: str, reg: str) -> str | None:
    """The name on a line that gives the registration number with no "Name:" before it:
    "Tomasz Nowak – Unit 303 – registration R2284615", "Mentoring at work – Priya Shah, R3390271"."""
    for line in text.split("\n"):
        if reg not in line:
            continue
        before = re.split(rf"(?i)\b(?:{_REG_LABEL})?\s*[:#]?\s*{re.escape(reg)}", line)[0]
        for part in re.split(r"\s*[–—|,;()]\s*|\s-\s|\s{2,}|\t", before):
            part = part.strip(" .:")
            if _NAME.match(part) and not set(part.lower().split()) & _NOT_NAMES and len(part.split()) <= 3:
                return part
    return None


def _first_blocks(path: Path, name: str) -> list[Block]:
    """The start of a file: a PDF's first page, a DOCX's or text's first blocks; none when unreadable
    (reading the submission proper says why)."""
    from marker.submission.errors import SubmissionError

    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
        if head.startswith(b"%PDF"):
            from marker.submission.pdf import clean, open_pdf, page_blocks

            reader = open_pdf(name, path.read_bytes(), None)
            return page_blocks(name, 1, clean(reader.pages[0].extract_text() or ""))
        from marker.submission.read import read_file

        return list(read_file(path, name=name).blocks[:FIRST_BLOCKS])
    except SubmissionError:
        return []
    except Exception:  # pypdf and zip raise many kinds on damaged files; the marking screen names the file's fault
        return []


def _fields(block: Block, units: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    lines = block.text.split("\n")
    for line in lines:
        cells = [c.strip() for c in line.split("|")]
        if block.kind == "table" and len(cells) >= 2:
            # "Learner name | Priya Shah" or, on one row, "Learner name | … | Registration no. | …"
            pairs = [(cells[i], cells[i + 1]) for i in range(len(cells) - 1) if _key(cells[i])]
        else:
            pairs = _pairs(line)
        for label, value in pairs:
            key = _key(label)
            value = _clean(value)
            if key == "learner" and _NAME.match(value) and not set(value.lower().split()) & {"mentee", "coachee", "client"}:
                out.append(("learner", value))
            elif key == "reg" and _REG.match(_token(value)):
                out.append(("reg", _token(value)))
            elif key == "unit":
                unit = find_unit(value, units)
                if unit:
                    out.append(("unit", unit))
    unit = find_unit(block.text, units) if block.kind == "heading" or block.number <= 3 else None
    if unit:
        out.append(("unit", unit))
    bare = _ILM_NUMBER.search(block.text) if block.number <= 3 and block.kind != "table" else None
    if bare and not any(key == "reg" for key, _ in out):
        out.append(("reg", bare.group(0)))  # "Priya Shah, R3390271": an ILM number needs no label
    return out


def _pairs(line: str) -> list[tuple[str, str]]:
    """"Learner: Daniel Okoye  Registration number: R5520871" -> both fields. A label counts at
    the line's start, after a gap or punctuation, or when a colon follows it: not a word inside a value."""
    fields = [m for m in _FIELD.finditer(line)
              if ":" in m.group("colon") or re.search(r"(?:^\s*|\s{2,}|\t|[.|;,–—-]\s*)$", line[: m.start()])
              or (_key(m.group("label")) == "reg" and bool(_REG.match(_token(line[m.end():]))))]
    # a registration label counts anywhere when a number follows: "Chloe Adeyemi Registration R5518034"
    return [(m.group("label"), line[m.end():fields[i + 1].start() if i + 1 < len(fields) else len(line)])
            for i, m in enumerate(fields)]


def _key(label: str) -> str | None:
    label = label.strip().lower()
    if re.fullmatch(_REG_LABEL, label, re.IGNORECASE):
        return "reg"
    if re.fullmatch(_NAME_LABEL, label, re.IGNORECASE) or re.search(r"\bname\b", label) and re.search(
            r"learner|candidate|student|mentor|coach", label):
        return "learner"
    if re.fullmatch(_UNIT_LABEL, label, re.IGNORECASE) or label.startswith("unit"):
        return "unit"
    return None


def _token(value: str) -> str:
    match = re.match(r"[A-Za-z0-9/-]+", value)
    return match.group(0) if match else ""


def _clean(value: str) -> str:
    value = re.split(r"\s{2,}|\t", value.strip())[0] if value.strip() else ""
    return value.strip(" .;,:|").strip()


def find_unit(text: str, units: list[str]) -> str | None:
    """The first known unit the text names: "8584-201", "D2.02", or "Unit 302" when one unit ends so."""
    best: tuple[int, str] | None = None
    for unit in units:
        match = re.search(rf"(?<![\w.]){re.escape(unit)}(?![\w]|\.\d)", text, re.IGNORECASE)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), unit)
    if best:
        return best[1]
    for match in re.finditer(r"\bunit[\s_-]*(\d{3})\b", text, re.IGNORECASE):
        ending = [u for u in units if u.endswith(f"-{match.group(1)}")]
        if len(ending) == 1:
            return ending[0]
    return None


def from_file_name(stem: str, units: list[str]) -> dict[str, str]:
    """"jordan-ellis-8584-200" -> unit and learner; "Smith_John_R1234567_302" -> all three. Only a
    name that holds a unit is read for a learner and number: "final draft v2" or "poi_testComment" says nothing."""
    found: dict[str, str] = {}
    unit = find_unit(stem, units)
    if unit is None:
        for number in re.findall(r"(?<!\d)(\d{3})(?!\d)", stem):
            ending = [u for u in units if u.endswith(f"-{number}")]
            if len(ending) == 1:
                unit = ending[0]
                break
    if not unit:
        return found  # a name and number are read only from a file named to a pattern: "<name>-<unit>"
    found["unit"] = unit
    rest = re.sub(re.escape(unit), " ", stem, flags=re.IGNORECASE)
    tokens = [t for t in re.split(r"[\s_.\-–()]+", rest) if t]
    reg = next((t for t in tokens if re.fullmatch(r"[A-Za-z]{0,3}\d{5,10}", t)), None)
    if reg:
        found["reg"] = reg
    if name := _name_in(tokens):
        found["learner"] = name
    return found


def _name_in(tokens: list[str]) -> str | None:
    """ "hannah", "okafor", "304" -> "Hannah Okafor": two or three words, every word of the name's kind."""
    words = [t for t in tokens if t.isalpha() and len(t) > 1 and t.lower() not in _NOT_NAMES
             and (t.islower() or t.istitle() or t.isupper())]
    if 2 <= len(words) <= 3 and len(words) == len([t for t in tokens if t.isalpha() and t.lower() not in _NOT_NAMES]):
        return " ".join(w.capitalize() if w.islower() or w.isupper() else w for w in words)
    return None


_SOMEONE_ELSES = re.compile(r"(?:^|[^a-z])(?:mentees?|clients?|coachees?|individuals?|participants?|feedback|"
                                 r"witness\w*|testimon\w*|observ\w*|consent)(?:[^a-z]|$)", re.IGNORECASE)


def learners_on_cover(documents) -> list[str]:
    """The learner's name as a read submission's cover gives it when the session does not: a
    learner's field in the first files' first blocks, never in a block about a mentee or client."""
    names: list[str] = []
    for document in list(documents)[:FIRST_FILES]:
        for block, fields in cover_fields(document.blocks[:FIRST_BLOCKS], []):
            if not _SOMEONE_ELSES.search(block.text):  # "Coachee feedback\nName: …" is the coachee's
                names += [value for key, value in fields if key == "learner"]
    return list(dict.fromkeys(names))


THEIR_FORM = re.compile(r"\b(?:mentee|coachee|client)s?['’]?s?\b.{0,40}\b(?:feedback|evaluation|form|questionnaire|review)\b|"
                         r"\bfeedback\s+(?:from|by)\s+(?:my|the|our)\s+(?:mentee|coachee|client)", re.IGNORECASE)
"""A title over someone else's form: "Mentee feedback form", "Coachee evaluation", "Feedback from my mentee"."""


def cover_fields(blocks, units: list[str]):
    """Each block with its cover fields; under the title of a mentee's or client's form ("Mentee feedback
    form", then "Name: Keira Smith" as a line of its own) a name is theirs, not the learner's, until the
    next title."""
    theirs = False
    for block in blocks:
        text = block.text.strip()
        titled = ":" not in text and "|" not in text and 0 < len(text) <= 80 and not text.endswith((".", "?", "!"))
        if block.kind == "heading" or titled:  # a form's questions and answers are no title
            theirs = bool(THEIR_FORM.search(text))
        fields = _fields(block, units)
        yield block, [(k, v) for k, v in fields if not (theirs and k == "learner")]


def names_in_file_names(documents) -> list[str]:
    """The names files are named for ("hannah-okafor-304.docx", "Okafor_Hannah_portfolio.pdf"),
    perhaps surname first; none from a file named for a mentee, a client or their feedback."""
    names: list[str] = []
    for document in documents:
        stem = Path(document.name).stem
        if not _SOMEONE_ELSES.search(stem) and (name := _name_in([t for t in re.split(r"[\s_.\-–()]+", stem) if t])):
            names.append(name)
    return list(dict.fromkeys(names))


def surnames_in_file_names(documents, text: str) -> list[tuple[str, str]]:
    """A surname a file is named for on its own or with an initial ("Quraishi Unit 300.pdf", "K Asante.docx",
    "lacey_reflective_account.txt"): (the surname, its initial or ""), a word the text never writes in lower
    case; none from a file named for a mentee, a client or their feedback."""
    out: list[tuple[str, str]] = []
    for document in documents:
        stem = Path(document.name).stem
        if _SOMEONE_ELSES.search(stem):
            continue
        tokens = [t for t in re.split(r"[\s_.\-–()]+", stem) if t]
        initials = [t.upper() for t in tokens if len(t) == 1 and t.isalpha()]
        for token in tokens:
            if glued := re.fullmatch(r"([A-Z])([A-Z][a-z]{2,})", token):  # "TGreaves 304 log.pdf": an initial run on
                if glued.group(2).lower() not in _NOT_NAMES and not _in_lower_case(glued.group(2).lower(), text):
                    out.append((glued.group(2), glued.group(1)))
                continue
            if (len(token) > 2 and token.isalpha() and (token.istitle() or token.islower())
                    and token.lower() not in _NOT_NAMES and not _in_lower_case(token.lower(), text)):
                out.append((token.capitalize(), initials[0] if len(initials) == 1 else ""))
    return list(dict.fromkeys(out))


def _in_lower_case(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text) is not None
