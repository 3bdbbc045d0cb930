"""People named in a submission: who may be named, and who must be anonymised.

Read in two passes over every file of a submission. The first learns who may be named:
the learner (the session, the cover sheet's fields, a file named for them), their own
tutor, assessor, IQA, supervisor or line manager (by the role words around the name, or a
supervision log's "Supervisor" column), and every author the work cites (reference lists,
"(Schön, 1983)", "Kolb's cycle"). The second finds people however they are written —
a full name, an initial and surname, a title and surname, a name in a form's field, a
first name alone — and keeps those nobody may name. A name found in full anywhere makes
its first name alone identifying in every file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marker.submission.cover import learners_on_cover, names_in_file_names
from marker.submission.declaration import is_declaration
from marker.submission.known_names import NOT_NAMES, ORGANISATION_WORDS, PLACES, PUBLIC_FIGURES, THEORISTS
from marker.submission.model import Block
from marker.submission.name_shapes import cited_works, in_capitals, surname_first
from marker.submission.name_lists import (
    FIRST_NAMES,
    PLACELIKE_FIRST_NAMES,
    SURNAMES,
    WORDLIKE_FIRST_NAMES,
    WORDLIKE_SURNAMES,
)


@dataclass(frozen=True)
class Person:
    """One mention of someone who must be anonymised."""

    text: str
    """As written: "Danielle Fraser", "J. Okafor", "Mr Hussain", "Danielle"."""
    block: Block
    why: str


_UPPER = "A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŌ-ŽŚŹŻŁ"
_LOWER = "a-zß-öø-ÿā-ķĺ-ňō-žśźżł"
# A capitalised word (McAllister, O'Brien, Lloyd-Jones, Schön) or an initial ("J.").
_CAP = re.compile(rf"(?<![\w'’-])(?:[{_UPPER}](?:[{_LOWER}]*[{_UPPER}])?[{_LOWER}]+(?:['’-][{_UPPER}{_LOWER}][{_LOWER}]+)*|[{_UPPER}]\.?(?![\w'’]))")
_CAPITAL = re.compile(rf"[{_UPPER}][\w'’-]*")
_TITLES = frozenset("Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame".split())
_PASSED_OVER = NOT_NAMES - _TITLES - {"St", "Saint"}  # "St John Ambulance" is read as one run
_STRUCTURE = frozenset("""Mentee Client Coachee Individual Learner Participant Person Appendix Annex Plan Option Section
Part Table Figure Photo Stage Phase Level Grade Type Step Task Unit Group Team Vitamin Class Category Block Room
Wing Floor Zone Box Area Site Model Version Question Number No Item Case Scenario Example Ward Bed Bay Shift Route
Pathway Cohort Round Wave Gate Door Lane Line Platform Court""".split())
_REFERENCES_HEADING = re.compile(r"^\s*(references?|reference\s+list|bibliography|sources|works\s+cited|reading\s+list)\s*:?\s*$", re.IGNORECASE)
_REFERENCE_ENTRY = re.compile(rf"^\s*[{_UPPER}][\w'’-]+,\s+(?:[{_UPPER}]\.\s*)+.*\b(?:19|20)\d\d\b")
_AUTHORS_IN_REFERENCE = re.compile(rf"([{_UPPER}][\w'’-]+),\s+(?:[{_UPPER}]\.\s?)+")
_CITATION = re.compile(r"\(([^()]{0,120}?\b(?:19|20)\d\d[a-z]?)\)")
_CITED_BEFORE_YEAR = re.compile(rf"([{_UPPER}][\w'’-]+)(?:\s+(?:and|&)\s+([{_UPPER}][\w'’-]+))?(?:\s+et\s+al\.?)?,?\s*\(\s*(?:19|20)\d\d")
_EPONYM = re.compile(
    rf"([{_UPPER}][\w-]+)['’]s?\s+(?:[\w-]+\s+){{0,2}}(?:model|cycle|theory|framework|stages|phases|hierarchy|window|"
    r"approach|questionnaire|inventory|styles|levels|spectrum|matrix|principles|conditions|types|roles|ladder|loop|"
    r"triangle|wheel|method|concept|definition|research|work|book|view|argument|idea|continuum)s?\b")

_COVER = re.compile(r"\b(?:learner|candidate|student|registration|centre|unit|assessor|tutor|cohort|submitted|"
                    r"submission|word\s+count|qualification)\b", re.IGNORECASE)
# The learner's own tutor, assessor, IQA, supervisor or line manager, by the role words around the
# name: not a mentee or client, so never to be anonymised. A role qualified by the practice
# ("coach supervisor", "clinical supervisor") or by "my" is the learner's; a bare "supervisor" or
# "manager" may be a mentee's job ("Tom, a night supervisor"), so it counts only after "my".
_ROLE = (r"(?:(?:coach(?:ing)?|mentor(?:ing)?|clinical|professional|practice|placement|course|programme|ILM)[ \t-]+)?"
         r"(?:tutor|assessor|supervisor|IQA|internal[ \t]+quality[ \t]+assurer|internal[ \t]+verifier)")
_QUALIFIED_ROLE = (r"(?:(?:coach(?:ing)?|mentor(?:ing)?|clinical|professional|practice|placement)[ \t-]+supervisor|"
                   r"tutor|assessor|IQA|internal[ \t]+quality[ \t]+assurer|internal[ \t]+verifier)")
_OWN_ROLE = rf"(?:{_ROLE}|line[ \t]+manager|manager)"
_NAMED_AS_OWN_ROLE = re.compile(
    rf"((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]*"
    rf"(?i:\([ \t]*(?:{_ROLE}|(?:my|our)[ \t]+{_OWN_ROLE})|(?:,|[ \t][–-])[ \t]*(?:{_QUALIFIED_ROLE}|(?:my|our)[ \t]+(?:own[ \t]+)?{_OWN_ROLE}))\b")
_OWN_COLUMN = re.compile(rf"(?i:(?:{_ROLE})(?:['’]s)?(?:[ \t]+name)?|supervised[ \t]+by|with[ \t]+(?:{_ROLE}))\s*$")
# A name already given as a mentee's or client's is theirs, whatever role words follow it.
_MENTEE_BEFORE = re.compile(r"(?:\b(?:mentee|client|coachee|apprentice|trainee|individual|participant)s?\b[^.\n|]{0,30}"
                            r"|\b(?:mentored|coached|mentoring|coaching)[ \t]+)\Z", re.IGNORECASE)
# Fields a form asks to be filled with the learner's or their tutor's name.
_OWN_FIELD = re.compile(
    r"^\s*(?:(?:tutor\s*/\s*assessor|assessor\s*/\s*tutor|learner|candidate|student|mentor|coach|tutor|assessor|"
    r"coaching\s+supervisor|mentoring\s+supervisor|supervisor|internal\s+quality\s+assurer|iqa|internal\s+verifier|"
    # the learner's own manager, as a witness form asks for them: "Witness (learner's line manager)"
    r"(?:witness\s*\(\s*)?(?:the\s+)?(?:learner|candidate)['’]s\s+(?:line\s+)?manager\)?|my\s+(?:line\s+)?manager)(?:['’]s)?"
    r"(?:\s+(?:full\s+)?name)?|name(?:\s+of\s+(?:the\s+)?(?:learner|candidate|student|mentor|coach|tutor|assessor|supervisor))?|"
    r"submitted\s+by|prepared\s+by|author|signed|signature|learner\s+signature|candidate\s+signature)"
    r"(?:\s*\([^)\n]{0,30}\))?\s*[:|–-]?\s*",  # "Assessor name (block capitals):"
    re.IGNORECASE)
_OWN_PROSE = re.compile(
    rf"\b(?:my|our)\s+(?:own\s+)?{_OWN_ROLE}\s*[,(–-]?\s*(?:(?:is|was)\s+)?(?=[A-Z])|\bmy\s+name\s+is\s+(?=[A-Z])"
    # "supervision with Helen Ward", "a supervision session with Jo", "supervised by Dr Khan"
    r"|\b(?:supervision|tutorial)s?(?:[ \t]+(?:session|review|meeting|call|discussion)s?)?[ \t]+with[ \t]+(?=[A-Z])"
    r"|\bsupervised[ \t]+by[ \t]+(?=[A-Z])"
    # a log's row or a record's line "Supervision – Helen Ward", "Supervision: Jo Patel"
    r"|(?:^|\|)[ \t]*(?:supervision|tutorial)(?:[ \t]+(?:session|review|meeting))?[ \t]*[:–-][ \t]*(?=[A-Z])",
    re.IGNORECASE | re.MULTILINE)
# What comes just before a third party's name: a form's field or their role ("Client signature:",
# "her line manager,", "I coached"). Matched at the end of the text before a name, so only there.
_THIRD_PARTY_BEFORE = re.compile(
    r"(?:(?:^|\|)[ \t]*(?:mentee|client|coachee|individual|participant|witness|line\s+manager|manager|parent|carer)"
    r"(?:['’]s)?[ \t]*(?:(?:full[ \t]+)?(?:name|signature|signed)[ \t]*[:|–-]?|[:|–-])\s*"
    r"|\b(?:my|our|her|his|their|the|a|an)[ \t]+(?:new[ \t]+|own[ \t]+)?(?:mentee|client|coachee|apprentice|trainee|"
    r"manager|line[ \t]+manager|team[ \t]+leader|colleague|father|mother|dad|mum|husband|wife|partner|son|daughter|boss|"
    r"director|head[ \t]+of[ \t]+department|supervisor|tutor)['’]?s?[ \t]*,?[ \t]+"
    r"|\b(?:mentored|coached|met[ \t]+with|supported|observed|shadowed|worked[ \t]+with)[ \t]+"
    r"|\b(?:session|sessions|meeting|call|conversation|catch-up|spoke|talked)(?:[ \t]+\d+)?[ \t]+with[ \t]+"
    r"|\bname[ \t]+of[ \t]+(?:the[ \t]+)?(?:mentee|client|coachee|individual|participant)[ \t]*[:|–-]?\s*"
    r"|\b(?:mentee|client|coachee)[ \t]*\w?[ \t]*\([ \t]*)\Z",
    re.IGNORECASE | re.MULTILINE)
# A cover or title line naming the learner: a registration number, or "... by Kerry Walsh".
_REGISTRATION = ("registration", "reg no", "reg. no", "learner number", "learner no", "candidate number", "candidate no")
_REG_NUMBER = re.compile(r"\bR\d{6,8}\b")
_BY_NAME = re.compile(r"\bby\s+[A-Z]\w+\s+[A-Z]\w+\s*$")
_CAPTION = re.compile(r"^\s*(?:photo|photograph|picture|image|figure|fig\.)\s*\d*\s*[:.–-]", re.IGNORECASE)
_CENTRE_FIELD = re.compile(r"^\s*(?:centre|center|training\s+provider)(?:\s+name)?\s*[:|–-]?\s*(\S.*)$", re.IGNORECASE)
_GENERIC_ORG = frozenset("centre center training learning college school academy limited group services skills "
                         "partnership institute development education leadership management".split())
_LEGAL_FORM = re.compile(r"[ \t]+(?:plc|PLC|Ltd|Limited|LLP|Inc|CIC|& Co)\b")
# A learner's word that the names in the work are not the real ones.
_PSEUDONYMS = re.compile(r"\bpseudonym|\bnames?\b[^.\n]{0,40}?\b(?:have|has|had|were|was|are|is)\s+(?:been\s+)?"
                         r"(?:changed|altered|made\s+up)"
                         r"|\bnot\s+(?:his|her|their|the)\s+real\s+names?|\b(?:changed|altered)\s+(?:the|their|all|his|her)\s+names"
                         r"|\b(?:made-up|made\s+up|false|fictitious|invented)\s+names", re.IGNORECASE)
# Coded names ("Mentee A", "Client 2", "C1"): beside them, a first name alone is a slip, not a pseudonym.
_CODED = re.compile(r"\b(?:Mentee|Client|Coachee|Individual|Participant|Person)\s+(?:[A-Z]|\d{1,2})\b|\b[CM]\d\b")
_DATE_BEFORE = re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]+\Z")
# What may follow a log's "Okafor J": a note in brackets, a dash, a comma, a figure, the line's end.
_NAME_ENDS = re.compile(r"[ \t]*(?:\((?!(?:19|20)\d\d)|[–,;]|-[ \t]|\d|$)", re.MULTILINE)  # "Bloggs J (2016)" is cited
_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+|\bwww\.[\w./-]+")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around)[ \t]+\Z")


@dataclass
class Known:
    """Who may be named, learnt from the session and the submission itself."""

    full: set[str] = field(default_factory=set)
    first: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    authors: set[str] = field(default_factory=lambda: set(THEORISTS))
    cover: set[str] = field(default_factory=set)
    """Where the cover sheet is: the learner's own contact details there are theirs to give."""
    centre: set[str] = field(default_factory=set)
    """Distinctive words of the centre's name ("pennine"): an address at its domain is the centre's."""

    def allow(self, name: str) -> None:
        parts = name.replace(",", " ").split()
        words = [w for w in parts if w.rstrip(".") not in _TITLES and len(w.strip(".")) > 1]
        if not words:
            return
        if len(words) == 1 and parts[0].rstrip(".") in _TITLES:
            self.surnames.add(words[0])  # "Mrs Patel": a surname, and "Patel" alone is no first name
            return
        self.full.add(" ".join(words[:2]))
        self.first.add(words[0])
        self.surnames.update(words[1:])  # "Daniel Okoye Registration": a label run on is harmless

    def owns_address(self, local_part: str) -> bool:
        """Is ``jane.doe`` or ``jdoe`` (an e-mail's local part) the learner's or their tutor's own?"""
        parts = [p for p in re.split(r"[^a-z]+", local_part.lower()) if p]
        names = {n.lower() for n in self.first | self.surnames if len(n) > 2}
        surnames = {n.lower() for n in self.surnames if len(n) > 2}
        return any(p in names for p in parts) or any(p.endswith(s) and len(p) - len(s) <= 1 for p in parts for s in surnames)

    def centres_address(self, domain: str) -> bool:
        return any(word in domain.lower() for word in self.centre)

    def allowed(self, first: str | None, surname: str | None) -> bool:
        if surname and (surname in self.authors or surname in self.surnames):
            return first is None or len(first) == 1 or surname in self.authors or first in self.first
        return surname is None and first in self.first


def find_people(documents, learner: str = "") -> tuple[list[Person], Known]:
    """Everyone named who must be anonymised, in document order, once per place; and who may be named."""
    body = [(block, _is_reference(block, in_refs)) for block, in_refs in _blocks(documents)]
    text = "\n".join(block.text for block, _ in body)
    known = Known()
    if learner:
        known.allow(learner)
    for name in learners_on_cover(documents):
        _allow_learner(name, text, known)
    for name in names_in_file_names(documents):  # "hannah-okafor-304.docx"; "Supervision Notes.docx" names nobody
        if any(w in FIRST_NAMES for w in name.split()):
            _allow_learner(name, text, known)
    previous = False
    cover = {id(b) for b in _cover(documents)}
    for block, reference in body:
        lowered = block.text.lower()
        declaring = "declar" in lowered or "authentic" in lowered or is_declaration(block.text)
        _learn(block, lowered, reference, known, declared=previous or declaring, cover=id(block) in cover)
        previous = declaring
    vocabulary = Vocabulary(text)
    found: list[Person] = []
    alone: list[tuple[str, Block, str]] = []
    organisations: set[str] = set()
    for block, reference in body:
        if not reference:
            _Reader(block, known, vocabulary).read(found, alone, organisations)
    found = [p for p in found if not _namesake(p, organisations)]
    pseudonyms = bool(_PSEUDONYMS.search(text)) and not _CODED.search(text)
    found += _first_names_alone(alone, found, known, vocabulary, pseudonyms)
    seen, unique = set(), []
    for person in found:
        key = (person.text, person.block.location)
        if key not in seen:
            seen.add(key)
            unique.append(person)
    order = {id(block): n for n, (block, _) in enumerate(body)}
    known.cover = {b.location for b in _cover(documents)}
    return sorted(unique, key=lambda p: order.get(id(p.block), 0)), known


def _blocks(documents):
    """Every body block, and whether it falls under a reference-list heading."""
    for document in documents:
        in_refs = False
        for block in document.blocks:
            if block.kind == "heading" or _REFERENCES_HEADING.match(block.text):
                in_refs = bool(_REFERENCES_HEADING.match(block.text))
                if in_refs:
                    continue
            yield block, in_refs


def _is_reference(block: Block, in_refs: bool) -> bool:
    return in_refs or bool(_REFERENCE_ENTRY.match(block.text))


# --- the first pass: who may be named -----------------------------------------------------


def _cover(documents) -> list[Block]:
    """The first file's leading blocks that read like a cover sheet: learner, registration, centre, unit."""
    cover = []
    for block in (documents[0].blocks if documents else ())[:8]:
        if not (_COVER.search(block.text) or block.kind == "heading" or len(block.text) < 80 and ":" in block.text):
            break
        cover.append(block)
    # Short "label: value" lines make a cover only beside a learner's or centre's field.
    return cover if any(_COVER.search(b.text) for b in cover) else []


def _learn(block: Block, lowered: str, reference: bool, known: Known, declared: bool, cover: bool) -> None:
    text = block.text
    if reference:
        known.authors.update(_AUTHORS_IN_REFERENCE.findall(text))
        return
    for _, _, authors in cited_works(text):  # "further reading: Clutterbuck, D. Everyone Needs a Mentor (CIPD, 2004)"
        known.authors.update(authors)
    if "(" in text:
        for inside in _CITATION.findall(text):
            known.authors.update(w for w in _CAP.findall(inside) if len(w) > 2 and w not in NOT_NAMES)
        for first, second in _CITED_BEFORE_YEAR.findall(text):
            known.authors.update(n for n in (first, second) if n)
    if "'" in text or "’" in text:
        known.authors.update(n for n in _EPONYM.findall(text) if n not in NOT_NAMES and n not in FIRST_NAMES)
    # A form's fields are table rows or short lines: a long paragraph is passed over at once.
    for line in _cells(text) if block.kind == "table" or ":" in text or len(text) < 120 else ():
        if centre := _CENTRE_FIELD.match(line):
            known.centre.update(w for w in re.findall(r"[a-z]{4,}", centre.group(1).lower()) if w not in _GENERIC_ORG)
        if match := _OWN_FIELD.match(line):
            if _looks_own_field(match, declared, cover):
                known.allow(_leading_name(line[match.end():]))
    if any(word in lowered for word in ("tutor", "assessor", "supervis", "iqa", "quality assurer", "verifier", "manager",
                                        "name is")):
        for match in _OWN_PROSE.finditer(text):
            known.allow(_leading_name(text[match.end():]))
        if block.kind == "table":
            _own_role_columns(text, known)
        for match in _NAMED_AS_OWN_ROLE.finditer(text):  # "Janet Morris (assessor)", "Helen Ward, coach supervisor"
            if not _MENTEE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                known.allow(match.group(1))
    if len(text) < 400 and (any(label in lowered for label in _REGISTRATION) or _REG_NUMBER.search(text)
                            or len(text) < 150 and _BY_NAME.search(text)):
        # A title or cover line with a registration number names the learner: "... by Kerry Walsh".
        for run in _runs(text):
            words = [w for w, _, _ in run]
            names = [w for w in words if w in FIRST_NAMES or w in known.first]
            if names:
                index = words.index(names[0])
                known.allow(" ".join(words[index:index + 2]))


def _own_role_columns(text: str, known: Known) -> None:
    """A supervision log's column headed "Supervisor" or "Tutor": every name under it is the learner's own."""
    rows = [line.split(" | ") for line in text.split("\n")]
    columns = [n for n, cell in enumerate(rows[0]) if _OWN_COLUMN.match(cell.strip())]
    for row in rows[1:] if columns else ():
        for n in columns:
            if n < len(row):
                known.allow(_leading_name(row[n].strip()))


def _allow_learner(name: str, text: str, known: Known) -> None:
    """A name the cover or a file name gives for the learner, as the text writes it ("Okafor Hannah"
    in a file name is "Hannah Okafor" in the text), unless the text names them as a mentee or client."""
    words = name.split()
    for candidate in (name, " ".join(words[1:] + words[:1])):
        places = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(candidate)}(?![\w'’-])", text)]
        if places and not any(_THIRD_PARTY_BEFORE.search(text, max(0, at - 60), at) for at in places):
            known.allow(candidate)
            return


def _looks_own_field(match: re.Match, declared: bool, cover: bool) -> bool:
    # "Signed" is the learner's under their declaration, a bare "Name" on the cover too: under
    # a feedback form they are the mentee's.
    label = re.sub(r"\s*\(.*", "", match.group(0)).strip(" :|–-").lower()  # "Name (block capitals)" is "name"
    return declared or label not in ("signed", "signature", "name") or label == "name" and cover


def _cells(text: str) -> list[str]:
    return [cell for line in text.split("\n") for cell in _split_row(line)]


def _split_row(line: str) -> list[str]:
    """A table row "Label | Value" as "Label: Value"; any other line as it is."""
    cells = [c.strip() for c in line.split(" | ")]
    if len(cells) == 2:
        return [f"{cells[0]}: {cells[1]}"]
    return [line]


_LEADING_CAPITALS = re.compile(rf"\s*[{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+){{1,2}}(?![\w'’-])")
_LEADING_SURNAME_FIRST = re.compile(r"\s*([A-Z][\w'’-]+),[ \t]+([A-Z][\w'’-]+)")


def _leading_name(text: str) -> str:
    """The name a text starts with, its title kept: "Mrs Patel" is a surname, "Helen Ward" a full name."""
    words = []
    if capitals := _LEADING_CAPITALS.match(text):  # "JANET MORRIS" printed on a form
        text = capitals.group(0).title() + text[capitals.end():]
    if reversed_name := _LEADING_SURNAME_FIRST.match(text):  # "Beckett, Lorraine"
        text = f"{reversed_name.group(2)} {reversed_name.group(1)}{text[reversed_name.end():]}"
    title = re.match(r"^\s*(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.?\s+", text)
    text = text[title.end():] if title else text
    for match in _CAP.finditer(text[:80]):
        gap = text[words[-1][1]:match.start()] if words else text[:match.start()]
        if gap.strip(" ") or len(words) == 3 or match.group(0) in NOT_NAMES:
            break
        words.append((match.group(0), match.end()))
    name = " ".join(w for w, _ in words)
    return f"{title.group(1)} {name}" if title and name else name


# --- the second pass: who is named ----------------------------------------------------------


def _runs(text: str):
    """Runs of capitalised words and initials joined by single spaces, each word with its span."""
    run: list[tuple[str, int, int]] = []
    for word, start, end in _capitalised(text):
        if run:
            last = run[-1][0]
            gap = text[run[-1][2]:start]
            if gap in (" ", "\u00a0") and (not last.endswith(".") or _is_initial(last)) or gap == ". " and last in _TITLES:
                run.append((word, start, end))
                continue
            yield run
        run = [(word, start, end)]
    if run:
        yield run


def _capitalised(text: str):
    """Capitalised words ("Schön", "McAllister", "Lloyd-Jones", "Kolb" of "Kolb's") and initials ("J.").

    A bare character class is scanned several times faster than a pattern that looks behind,
    and most of a long submission is lower case: the few matches are checked here instead.
    """
    for match in _CAPITAL.finditer(text):
        word = match.group(0)
        if word in _PASSED_OVER:
            continue  # "She", "In", "The": most capitalised words, never part of a name
        start, end = match.start(), match.end()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’-_"):
            continue  # inside a word: "iPhone", "e-Portfolio"
        if word.endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        stripped = word.rstrip("'’-")
        word, end = stripped, end - (len(word) - len(stripped))
        if not word.replace("-", "").replace("'", "").replace("’", "").isalpha() or len(word) > 1 and word.isupper():
            continue  # "R5521907", "E14", "GROW", "NHS"
        if len(word) == 1 and text[end:end + 1] == ".":
            word, end = word + ".", end + 1
        yield word, start, end


class _Lazy:
    """A yes-or-no worked out only if it is asked: most runs never need it."""

    def __init__(self, work) -> None:
        self._work, self._value = work, None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = bool(self._work())
        return self._value


class _Reader:
    """The second pass over one block: its runs of capitalised words, read as people or not."""

    def __init__(self, block: Block, known: Known, vocabulary: Vocabulary) -> None:
        self.block, self.body, self.known, self.vocabulary = block, block.text, known, vocabulary
        self.caption = _Lazy(lambda: _CAPTION.match(self.body))

    def _after_role(self, start: int) -> bool:
        """Does a form's field or a third party's role come just before ``start``?"""
        match = _THIRD_PARTY_BEFORE.search(self.body, max(0, start - 60), start)
        if match is None:
            return False
        if match.group(0).rstrip().endswith("|"):  # "Mentee | Danielle Fraser", not a header "Date | Mentee | Time"
            line_start = self.body.rfind("\n", 0, start) + 1
            line_end = self.body.find("\n", start)
            return self.body[line_start:line_end if line_end >= 0 else len(self.body)].count(" | ") == 1
        return True

    def _opening_word(self, run) -> bool:
        """Is the run's first word capitalised only because it opens a sentence or a cell ("Ask", "Shadow")?"""
        word, start = run[0][0], run[0][1]
        if word in FIRST_NAMES or word in SURNAMES or word in _TITLES or _is_initial(word):
            return False
        before = self.body[max(0, start - 3):start].rstrip(" \t")
        return not before or before[-1] in ".!?:|\n"

    def read(self, found: list[Person], alone: list, organisations: set[str]) -> None:
        passed = [(start, end) for start, end, _ in cited_works(self.body)]  # a title is no one
        ordinary = self.vocabulary.ordinary
        shapes = [(*span, "surname and first name") for span in surname_first(self.body, ordinary)]
        shapes += [(*span, "full name in capitals") for span in in_capitals(self.body, ordinary)]
        for start, end, first, surname, why in shapes:
            passed.append((start, end))
            if not self.known.allowed(first, surname) and f"{first} {surname}" not in self.known.full:
                found.append(Person(self.body[start:end], self.block, why))
        for run in _runs(self.body):
            if passed and any(start <= run[0][1] < end for start, end in passed):
                continue
            words = [w for w, _, _ in run]
            if len(words) == 1 and words[0] in NOT_NAMES:
                continue  # "She", "In", "Session": most capitalised words, passed over at once
            if len(words) > 1 and (words[-1] in ORGANISATION_WORDS or _LEGAL_FORM.match(self.body, run[-1][2])):
                organisations.update(words)  # "Harrowgate Foods plc": its founder's name is the firm's
                continue
            if len(words) > 1 and (words[0] in ("St", "Saint") or _named_place_or_figure(words)):
                continue
            self._read_run(words, run, found, alone)

    def _read_run(self, words: list[str], run, found: list[Person], alone: list) -> None:
        body, known, ordinary = self.body, self.known, self.vocabulary.ordinary
        strong = _Lazy(lambda: self._after_role(run[0][1]))
        said = lambda i, j: body[run[i][1]:run[j - 1][2]]  # noqa: E731 - the words as written
        i = 0
        while i < len(words):
            word = words[i]
            nxt = words[i + 1] if i + 1 < len(words) else None
            prev = words[i - 1] if i else _last_word(body[max(0, run[0][1] - 20):run[0][1]])
            if word in _TITLES and nxt and _surname_like(nxt):
                names = [w for w in words[i + 1:i + 3] if _surname_like(w)]
                first, surname = (names[0], names[-1]) if len(names) > 1 else (None, names[0])
                if not known.allowed(first, surname):
                    found.append(Person(said(i, i + 1 + len(names)), self.block, "title and surname"))
                i += 1 + len(names)
                continue
            # "Okafor J", "Whitworth-Kaye L." filling a log's cell, or after its date as a PDF runs the cells together
            if (nxt and _is_initial(nxt) and nxt[0] != "I" and _surname_like(word) and word not in _STRUCTURE
                    and (word in SURNAMES or not ordinary(word))
                    and (_whole_cell(body, run[i][1], run[i + 1][2]) or _after_a_date(body, run[i][1])
                         or word in SURNAMES and (_NAME_ENDS.match(body, run[i + 1][2]) or strong))):
                if not known.allowed(nxt[0], word):
                    found.append(Person(said(i, i + 2), self.block, "surname and initial"))
                i += 2
                continue
            # "J. Okafor", or "J Okafor" alone in a table cell (without the stop, "T Vereinigung" is algebra).
            if (_is_initial(word) and nxt and _surname_like(nxt) and prev not in _STRUCTURE and word[0] not in "AI"
                    and (word.endswith(".") or _whole_cell(body, run[i][1], run[i + 1][2])
                         or _after_a_date(body, run[i][1]))
                    and (not ordinary(nxt) or nxt in WORDLIKE_SURNAMES)):
                if not known.allowed(word[0], nxt):
                    found.append(Person(said(i, i + 2), self.block, "initial and surname"))
                i += 2
                continue
            if _first_name(word) and nxt and _surname_like(nxt) and not _is_initial(nxt):
                if word in WORDLIKE_FIRST_NAMES:  # "Grace Hill" is a name, "Royal Charter" is not
                    plain_word = nxt not in SURNAMES
                else:
                    plain_word = ordinary(nxt) and (word in PLACELIKE_FIRST_NAMES or nxt not in WORDLIKE_SURNAMES)
                if not plain_word or strong:
                    if not known.allowed(word, nxt) and f"{word} {nxt}" not in known.full:
                        why = "full name" + (" in a form or beside their role" if strong else "")
                        found.append(Person(said(i, i + 2), self.block, why))
                    i += 2
                    continue
            if (i == 0 and _surname_like(word) and word not in _STRUCTURE
                    and not (len(words) == 1 and ordinary(word)) and strong):
                names = [w for w in words[:3] if _surname_like(w)]
                surname = names[-1] if len(names) > 1 else None
                if not known.allowed(names[0], surname) and not (len(names) == 1 and ordinary(word)):
                    found.append(Person(said(0, len(names)), self.block, "named in a form or beside their role"))
                    i += len(names)
                    continue
            if (word in FIRST_NAMES and word not in NOT_NAMES and (nxt is None or not _surname_like(nxt))
                    and (i == 0 or words[i - 1] in NOT_NAMES or i == 1 and self._opening_word(run))
                    and not _firm(body, run[i][1], run[i][2])):
                place = _PLACE_BEFORE.search(body, max(0, run[i][1] - 12), run[i][1])  # "in Beverley"
                context = "strong" if strong or self.caption else "place" if place else ""
                alone.append((word, self.block, context))
            i += 1


def _namesake(person: Person, organisations: set[str]) -> bool:
    """ "Arthur Harrowgate" where "Harrowgate Foods plc" is the employer: the firm's founder, not a mentee."""
    return person.why == "full name" and person.text.split()[-1] in organisations


def _first_names_alone(alone, found: list[Person], known: Known, vocabulary: Vocabulary,
                       pseudonyms: bool = False) -> list[Person]:
    """First names on their own: of someone named in full anywhere, or plainly a name.

    ``pseudonyms``: the learner says the names are made up ("used under pseudonyms", "names
    have been changed") and codes nobody "Mentee A": a first name alone is then one of them,
    unless the same first name is written in full somewhere.
    """
    in_full = {}
    for person in found:
        words = [w.title() if w.isupper() else w for w in person.text.replace(",", " ").split()]
        if "," in person.text:
            words = words[1:] + words[:1]  # "Adeyemi, Tunde"
        if len(words) >= 2 and not _is_initial(words[0]) and words[0] not in _TITLES:
            in_full.setdefault(words[0], person)
    out = []
    for word, block, context in alone:
        if (word in known.first or word in known.surnames) and word not in in_full:  # "Lloyd" of the learner's "Gareth Lloyd"
            continue
        if word in in_full:
            whole = in_full[word]
            if whole.block is not block:
                out.append(Person(word, block, f"first name of {whole.text} ({whole.block.location})"))
            continue
        if any(word == n.split()[0] for n in known.full) or word in known.authors or pseudonyms:
            continue
        # Alone, a first name that is also a word ("Grace", "Will") or a place ("in Beverley") needs
        # a form, a role or a caption to be taken for a person.
        plainly = not (word in WORDLIKE_FIRST_NAMES or word in PLACELIKE_FIRST_NAMES or vocabulary.ordinary(word)
                       ) and context != "place"
        if context == "strong" or plainly:
            out.append(Person(word, block, "first name" + (" in a caption" if _caption(block) else "")))
    return out


def _first_name(word: str) -> bool:
    """ "Danielle", and "Mary-Jane" by its first part."""
    return word in FIRST_NAMES or ("-" in word and word.split("-")[0] in FIRST_NAMES)


def _named_place_or_figure(words: list[str]) -> bool:
    """ "Milton Keynes", "Richard Branson", "Martin Luther King" anywhere in the run."""
    for size in (2, 3, 4):
        for i in range(len(words) - size + 1):
            joined = " ".join(words[i:i + size])
            if joined in PLACES or joined in PUBLIC_FIGURES:
                return True
    return False


def _whole_cell(body: str, start: int, end: int) -> bool:
    line_start = max(body.rfind("\n", 0, start), body.rfind("|", 0, start)) + 1
    line_end = min(x for x in (body.find("\n", end), body.find("|", end), len(body)) if x >= 0)
    before = body[line_start:start].strip()
    return (not before or before.endswith(":")) and not body[end:line_end].strip(" ()")


def _after_a_date(body: str, start: int) -> bool:
    """ "02/06/2025 J Okafor 1 hour": a log's row, its cells run together as a PDF reads them."""
    return bool(_DATE_BEFORE.search(body, max(0, start - 12), start))


def _firm(body: str, start: int, end: int) -> bool:
    """ "Marks & Spencer", "Smith & Jones", "Marks and Spencer": a firm, not a person."""
    before = body[max(0, start - 20):start]
    if before.rstrip().endswith("&") or body[end:end + 3].strip() == "&":
        return True
    around = body[max(0, start - 12):end + 12]
    return any(firm in around for firm in PUBLIC_FIGURES if " and " in firm or " & " in firm)


def _caption(block: Block) -> bool:
    return bool(_CAPTION.match(block.text))


def _last_word(text: str) -> str:
    words = re.findall(r"[\w'’-]+", text)
    return words[-1] if words else ""


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _surname_like(word: str) -> bool:
    return len(word) > 1 and not word.endswith(".") and word not in NOT_NAMES and word not in ORGANISATION_WORDS


class Vocabulary:
    """The submission's own words: one it uses in lower case is an ordinary word, not a name."""

    def __init__(self, text: str) -> None:
        self.text = _ADDRESS.sub(" ", text) if "@" in text or "www." in text else text
        self._known: dict[str, bool] = {}

    def ordinary(self, word: str) -> bool:
        if word not in self._known:
            self._known[word] = self._in_lower_case(word.lower())
        return self._known[word]

    def _in_lower_case(self, low: str) -> bool:
        # str.find, not a pattern: a pattern with look-arounds scans a long submission ten times slower.
        text, at = self.text, self.text.find(low)
        while at >= 0:
            before = text[at - 1] if at else " "
            after = text[at + len(low)] if at + len(low) < len(text) else " "
            if not (before.isalnum() or before in "'’-") and not (after.isalnum() or after in "'’-"):
                return True
            at = text.find(low, at + 1)
        return False
