"""People named in a submission who must be anonymised: the second pass.

The first pass (``may_be_named.py``) learns who may be named. This one finds people however
they are written — a full name, an initial and surname, a title and surname, a name in a
form's field, a first name alone — and keeps those nobody may name. A name found in full
anywhere makes its first name alone identifying in every file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marker.submission.cited import HEADING as REFERENCES_HEADING, NUMBERED_ENTRY
from marker.submission.in_passing import compared_with_the_learner, only_in_passing, used_alone
from marker.submission.known_names import (
    FAMILY_FIRM_WORDS, NOT_NAMES, ORGANISATION_WORDS, PLACES, PRODUCTS, PUBLIC_FIGURES, plain,
)
from marker.submission.may_be_named import THIRD_PARTY_BEFORE, Known, who_may_be_named
from marker.submission.model import Block
from marker.submission.name_context import (
    STRUCTURE,
    a_model_number_after,
    a_workplace,
    an_animals_or_things_name,
    beside_an_acronym,
    in_quotation_marks,
    in_a_place,
    names_a_variety,
    names_an_animal,
    role_after,
    thing_or_namesake,
)
from marker.submission.name_shapes import cited_works, in_capitals, surname_first
from marker.submission.common_words import everyday_word
from marker.submission.person_cues import (
    a_nickname,
    acts_as_a_person,
    described_as_a_person,
    in_a_record,
    named_by_their_job,
)
from marker.submission.name_lists import (
    FIRST_NAMES,
    PLACELIKE_FIRST_NAMES,
    SURNAMES,
    WORDLIKE_FIRST_NAMES,
    WORDLIKE_SURNAMES,
)
from marker.submission.name_words import TITLES, UPPER, is_initial, runs
from marker.submission.own_words import Vocabulary
from marker.submission.pseudonyms import ALL_CHANGED, CODED, introduced_pseudonyms
from marker.submission.public_eye import in_the_public_eye, listed_with_the_public, named_as_public

@dataclass(frozen=True)
class Person:
    """One mention of someone who must be anonymised."""

    text: str
    """As written: "Danielle Fraser", "J. Okafor", "Mr Hussain", "Danielle"."""
    block: Block
    why: str


_REFERENCE_ENTRY = re.compile(rf"^\s*[{UPPER}][\w'’-]+,\s+(?:[{UPPER}]\.\s*)+.*\b(?:19|20)\d\d\b")
# A form's field for an organisation or a place: its value is one, however like a name ("Employer: Taylor Wimpey",
# "Sponsor | Grant Thornton").
_ORGANISATION_FIELD = re.compile(
    r"(?:^|\|)[ \t]*(?:[A-Za-z]+[ \t]+)?(?i:employer|organi[sz]ation|company|workplace|sponsor|provider|setting|placement|"
    r"business|firm|venue|location|site|branch|department|service|practice|school|college|academy|centre|center)"
    r"(?:['’]s)?(?:[ \t]+(?i:name))?[ \t]*[:|–-][ \t]*\Z", re.MULTILINE)
# A pasted chat's line opens with when it was sent, then its sender ("[14/02/2025, 09:12] Kezia Obi: ...").
_CHAT_SENDER = re.compile(r"^[ \t]*\[\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:[ \t]*[APap][Mm])?\][ \t]*\Z",
                          re.MULTILINE)
_ORDINAL_BEFORE = re.compile(r"(?<![\w.])\d{1,2}(?:st|nd|rd|th)[ \t]+\Z")
# What an ordinal grades ("3rd Dan", "1st Class", "2nd Kyu"): only these, as "On the 3rd Sam cancelled" is a date and
# a person (an independent review).
_GRADED = frozenset("Dan Kyu Kup Gup Class Degree Division Grade Battalion Regiment Eleven XI Generation Gen Edition "
                    "Place Prize Year Team Floor Round Leg Cavalry Fleet Army Brigade".split())
# A chat's sender that is no one: "[14/02/2025, 09:12] Riverside Team: ...".
_GROUP_SENDER = re.compile(r"[^:\n]*?\b(?i:team|group|office|ltd|limited|plc|admin|reception|rota|staff|management|hr|"
                           r"bot|alerts?|notifications?|helpdesk|desk|support|services?|department|dept|unit|ward|"
                           r"centre|center|club|committee|board|chat|channel|all)\b[^:\n]*:")
_CAPTION = re.compile(r"^\s*(?:[-*•]\s+)?(?:photo|photograph|picture|image|figure|fig\.)\s*\d*\s*[:.–-]", re.IGNORECASE)
_LEGAL_FORM = re.compile(r"[ \t]+(?:plc|PLC|Ltd|Limited|LLP|Inc|CIC|& Co)\b")
# "02/06", "02-06-25", "2.6.2025"; not a spreadsheet's decimal hours ("0.75 M Lukasz" is a code and a first name).
_DATE_BEFORE = re.compile(r"(?<![\d.])\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?|-\d{1,2}(?:-\d{2,4})?|\.\d{1,2}\.\d{2,4})[ \t]+\Z")
# What may follow a log's "Okafor J": a note in brackets, a dash, a comma, a figure, the line's end.
_NAME_ENDS = re.compile(r"[ \t]*(?:\((?!(?:19|20)\d\d)|[–,;]|-[ \t]|\d|$)", re.MULTILINE)  # "Bloggs J (2016)" is cited
# "Adeyemi F. has presented": an initial with its stop, then the sentence goes on in lower case.
_SENTENCE_GOES_ON = re.compile(r"[ \t]+[a-z]")
# The learner's own family ("my husband, Gareth Lloyd"): not a mentee, client or anyone in the practice's records,
# which the handbooks ask to be anonymised, but a third party named without their say: a finding the assessor may clear.
_OWN_FAMILY = re.compile(r"\bmy[ \t]+(?:own[ \t]+)?(?:husband|wife|partner|father|mother|dad|mum|son|daughter|brother|"
                         r"sister|grandmother|grandfather|gran|nan|grandad)[ \t]*,?[ \t]+\Z", re.IGNORECASE)
IN_PASSING_WHY = "full name, only in passing with nothing of the practice near (someone held up as an example? clear it if so)"
OWN_FAMILY_WHY = "the learner's own family (not a mentee or client: the assessor may clear it)"
_SHORT_LINE = 80
"""A PDF's table cell wraps into blocks this short: a name may run from one into the next."""


def find_people(documents, learner: str = "") -> tuple[list[Person], Known]:
    """Everyone named who must be anonymised, in document order, once per place; and who may be named."""
    body = [(block, _is_reference(block, in_refs)) for block, in_refs in _blocks(documents)]
    text = "\n".join(block.text for block, _ in body)
    known = who_may_be_named(documents, body, text, learner)
    vocabulary = Vocabulary(text)
    found: list[Person] = []
    alone: list[tuple[str, Block, str]] = []
    organisations: set[str] = set()  # words of the names of firms, and of rooms, streets and things named after someone
    for block, reference in body:
        if not reference:
            _Reader(block, known, vocabulary).read(found, alone, organisations)
    found += _wrapped_names(body, known, vocabulary)
    kept = [p for p in found if not _namesake(p, organisations) and not _compared(p, text) and not _public(p, text)
            and not _named_place_or_figure(p.text.split())]  # "Percy Jackson" wrapped in a cell: its first name goes too
    dropped = {p.text for p in found if p not in kept and p.why == "full name"}
    kept = [p for p in kept if not (p.why == "full name" and listed_with_the_public(p.text, dropped, text))]
    # "Nancy Kline argues ...", then "what Nancy said": the first name alone of an author or a public figure
    public = {p.text.split()[0] for p in found if p not in kept} | _authors_first_names(text, known.authors)
    stand_ins = introduced_pseudonyms(text)
    # "a technician I'll call Dev", then "Dev went back to work": a name no list holds is read as one word
    # beside a role, never as a first name, so the learner's own stand-in is let go here too
    found = [_in_passing(p, text) for p in kept if p.text not in stand_ins]
    pseudonyms = bool(ALL_CHANGED.search(text)) and not CODED.search(text)
    found += _first_names_alone(alone, found, known, vocabulary, pseudonyms, stand_ins | public, organisations)
    found += _pet_forms(found, body, known, vocabulary)
    seen, unique = set(), []
    for person in found:
        key = (person.text, person.block.location)
        if key not in seen:
            seen.add(key)
            unique.append(person)
    unique = [_said_of_own_family(p) for p in unique]
    order = {id(block): n for n, (block, _) in enumerate(body)}
    return sorted(unique, key=lambda p: order.get(id(p.block), 0)), known


_FULL_NAME = re.compile(rf"(?<![\w'’-])([{UPPER}][a-z]+)[ \t]+([{UPPER}][\w'’-]+)")


def _authors_first_names(text: str, authors: set[str]) -> set[str]:
    """ "Nancy" of "Nancy Kline", "Julie" of "Julie Starr": first names written before a cited author's surname."""
    return {m.group(1) for m in _FULL_NAME.finditer(text) if m.group(2) in authors and m.group(1) in FIRST_NAMES}


def _said_of_own_family(person: Person) -> Person:
    """The same finding, saying why the assessor may clear it where the learner names their own family."""
    at = person.block.text.find(person.text)
    if at > 0 and _OWN_FAMILY.search(person.block.text, max(0, at - 40), at):
        return Person(person.text, person.block, OWN_FAMILY_WHY)
    return person


def _blocks(documents):
    """Every body block, and whether it falls under a reference-list heading."""
    for document in documents:
        in_refs = False
        for block in document.blocks:
            if block.kind == "heading" or REFERENCES_HEADING.match(block.text) or in_refs and _AFTER_REFERENCES.match(block.text):
                # an unstyled "Appendix A - Mentoring agreement" after the list ends it, as a heading would
                in_refs = bool(REFERENCES_HEADING.match(block.text))
                if in_refs:
                    continue
            yield block, in_refs


_AFTER_REFERENCES = re.compile(r"\s*(?:appendix|appendices|annex|annexe|declaration|learner\s+declaration)\b", re.IGNORECASE)


def _is_reference(block: Block, in_refs: bool) -> bool:
    return in_refs or bool(_REFERENCE_ENTRY.match(block.text) or NUMBERED_ENTRY.match(block.text))



# --- the second pass: who is named ----------------------------------------------------------


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
        if "[" in self.body and _CHAT_SENDER.search(self.body, max(0, start - 30), start):
            # "[14/02/2025, 09:12] Kezia Obi: Hi Maggie": who sent a pasted chat's message; not "Riverside Team:"
            return not _GROUP_SENDER.match(self.body, start)
        match = THIRD_PARTY_BEFORE.search(self.body, max(0, start - 60), start)
        if match is None:
            return False
        if match.group(0).rstrip().endswith("|"):  # "Mentee | Danielle Fraser", not a header "Date | Mentee | Time"
            line_start = self.body.rfind("\n", 0, start) + 1
            line_end = self.body.find("\n", start)
            return self.body[line_start:line_end if line_end >= 0 else len(self.body)].count(" | ") == 1
        return True

    def _named_in_a_form(self, words: list[str], start: int) -> bool:
        """ "Mentee: Amy House": a first name and a surname a firm's word may be, in a role's field, are a person (not
        "Client: Harrowgate Foods", whose first word is no first name)."""
        return len(words) == 2 and _first_name(words[0]) and words[1] in SURNAMES and self._after_role(start)

    def _opening_word(self, run) -> bool:
        """Is the run's first word capitalised only because it opens a sentence or a cell ("Ask", "Shadow")?"""
        word, start = run[0][0], run[0][1]
        if word in FIRST_NAMES or word in SURNAMES or word in TITLES or is_initial(word):
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
        for run in runs(self.body):
            if passed and any(start <= run[0][1] < end for start, end in passed):
                continue
            words = [w for w, _, _ in run]
            if len(words) == 1 and (words[0] in NOT_NAMES or _DAYS.fullmatch(words[0])):
                continue  # "She", "In", "Session": most capitalised words, passed over at once; "Sun-Thu" a week's nights
            if (len(words) == 2 and len(words[1]) == 1 and words[0] not in SURNAMES and words[0] not in FIRST_NAMES
                    and (ordinary(words[0]) or ordinary(words[0] + "s") or everyday_word(words[0]))):
                continue  # "Pupil X", "Resident B": a word of the text and a letter, a pseudonym as "Mentee A" is
            if (len(words) == 1 and words[0] in _GRADED
                    and _ORDINAL_BEFORE.search(self.body, max(0, run[0][1] - 8), run[0][1])):
                continue  # "3rd Dan", "1st Class": a grade or a rank numbered, no one
            if _ORGANISATION_FIELD.search(self.body, max(0, run[0][1] - 40), run[0][1]):
                continue  # "Employer: Taylor Wimpey": an organisation's field
            if (len(words) == 1 and words[0] not in NOT_NAMES and words[0] not in TITLES and len(words[0]) > 1
                    and (words[0] in FIRST_NAMES or not ordinary(words[0]) and not everyday_word(words[0]))
                    and a_nickname(self.body, run[0][1], run[0][2])):
                alone.append((words[0], self.block, "strong"))  # "everyone calls him Kaz": what he is called
                continue
            if (in_quotation_marks(self.body, run[0][1], run[-1][2]) and not self._after_role(run[0][1] - 1)
                    and not _csv_cell(self.body, run[0][1], run[-1][2])):
                continue  # "Mr Brightside", a bus called "Catherine Cookson": a title, not 'Mentee: "Sam Cole"'
            if len(words) == 1 and words[0] not in FIRST_NAMES and a_workplace(self.body, run[0][2]):
                continue  # "Coachee 2 (Llangollen branch supervisor)": a place, even in a form
            if (len(words) > 1 and (words[-1] in ORGANISATION_WORDS or _LEGAL_FORM.match(self.body, run[-1][2])
                                    or words[-1] in FAMILY_FIRM_WORDS and not _first_name(words[-2]))
                    and not self._named_in_a_form(words, run[0][1])):
                organisations.update(words)  # "Harrowgate Foods plc": its founder's name is the firm's
                continue
            if len(words) > 1 and (words[0] in ("St", "Saint") or _named_place_or_figure(words)):
                continue
            if thing := thing_or_namesake(self.body, words, run[0][1], run[-1][2]):
                organisations.update(words if thing == "thing" else words[:1])  # "Rowan" alone is the Rowan Room too
                if thing == "thing":
                    continue
            if (len(words) == 1 and len(words[0]) > 1 and words[0] not in FIRST_NAMES and words[0] not in STRUCTURE
                    and not ordinary(words[0])
                    and not everyday_word(words[0]) and named_by_their_job(self.body, run[0][1], run[0][2])):
                # "our forklift driver Jas stepped up": no list holds him. Not "Tinotenda, our student nurse": a job
                # after a word no list holds found no more on held-out work and flagged three things more (round 18)
                alone.append((words[0], self.block, "person"))
                continue
            if len(words) == 1 and _paired_with_an_author(self.body, run[0][1], run[0][2], self.known.authors):
                continue  # "OSCAR (Gilbert and Whittleworth)": a co-author's surname, however like a first name
            self._read_run(words, run, found, alone)

    def _read_run(self, words: list[str], run, found: list[Person], alone: list) -> None:
        body, known, ordinary = self.body, self.known, self.vocabulary.ordinary
        strong = _Lazy(lambda: self._after_role(run[0][1]))
        said = lambda i, j: body[run[i][1]:run[j - 1][2]]  # noqa: E731 - the words as written
        i = 0
        while i < len(words):
            word = words[i]
            nxt = words[i + 1] if i + 1 < len(words) else None
            # the word just before, unless a field's label ends there ("Signature of Client: K. Nowak")
            prev = words[i - 1] if i else _last_word(body[max(0, run[0][1] - 20):run[0][1]], across=" \t")
            if word in TITLES and nxt and _surname_like(nxt):
                names = [w for w in words[i + 1:i + 3] if _surname_like(w)]
                first, surname = (names[0], names[-1]) if len(names) > 1 else (None, names[0])
                honoured = word in ("Sir", "Dame") and first is not None  # "Sir Keir Starmer": a knighthood, no mentee
                if not known.allowed(first, surname) and not honoured:
                    found.append(Person(said(i, i + 1 + len(names)), self.block, "title and surname"))
                i += 1 + len(names)
                continue
            # "Okafor J", "Whitworth-Kaye L." filling a log's cell, or after its date as a PDF runs the cells together
            if (nxt and is_initial(nxt) and nxt[0] != "I" and _surname_like(word) and word not in STRUCTURE
                    and (word in SURNAMES or not ordinary(word))
                    and (_whole_cell(body, run[i][1], run[i + 1][2]) or _after_a_date(body, run[i][1])
                         or nxt.endswith(".") and _SENTENCE_GOES_ON.match(body, run[i + 1][2])
                         or word in SURNAMES and (_NAME_ENDS.match(body, run[i + 1][2]) or strong))):
                if not known.allowed(nxt[0], word) and not known.signs_as(word, nxt[0]):
                    found.append(Person(said(i, i + 2), self.block, "surname and initial"))
                i += 2
                continue
            # "J. Okafor", or "J Okafor" alone in a table cell (without the stop, "T Vereinigung" is algebra);
            # never before an everyday word, which ends an abbreviation or a sentence ("U.S. Food", "Plan B. Next").
            if (is_initial(word) and nxt and _surname_like(nxt) and prev not in STRUCTURE and word[0] not in "AI"
                    and (word.endswith(".") or _whole_cell(body, run[i][1], run[i + 1][2])
                         or _after_a_date(body, run[i][1]))
                    and (not ordinary(nxt) and not everyday_word(nxt) or nxt in WORDLIKE_SURNAMES
                         or described_as_a_person(body, run[i + 1][2]))):
                if not known.allowed(word[0], nxt):
                    found.append(Person(said(i, i + 2), self.block, "initial and surname"))
                i += 2
                continue
            third = words[i + 2] if i + 2 < len(words) else None
            if _first_name(word) and nxt and third in known.authors and _surname_like(nxt):
                i += 3  # "Michael Bungay Stanier": an author with two surnames
                continue
            if _first_name(word) and nxt and _surname_like(nxt) and not is_initial(nxt):
                if word in WORDLIKE_FIRST_NAMES:  # "Grace Hill" is a name, "Royal Charter" is not
                    plain_word = nxt not in SURNAMES and not _double_barrelled(nxt)
                else:
                    plain_word = ordinary(nxt) and (word in PLACELIKE_FIRST_NAMES or nxt not in WORDLIKE_SURNAMES)
                if not strong and (a_workplace(body, run[i + 1][2])
                                   or in_a_place(body, run[i][1], run[i + 1][2]) and body[run[i + 1][2]:][:1] not in "'’"):
                    i += 2  # "the Hazel Grove office", "the training room in Abbey Wood": a place
                    continue
                # "Photo 2: Will Ashdown at the desk": the words a caption opens with are who it shows
                subject = (self.caption and not body[_CAPTION.match(body).end():run[i][1]].strip()
                           and not ordinary(nxt) and not everyday_word(nxt))
                if not plain_word or strong or subject:
                    if (not known.allowed(word, nxt) and f"{word} {nxt}" not in known.full
                            and (strong or subject or not _coauthor(body, run[i][1], run[i + 1][2], known.authors))):
                        where = " in a form or beside their role" if strong else " in a caption" if subject else ""
                        why = "full name" + where
                        found.append(Person(said(i, i + 2), self.block, why))
                    i += 2
                    continue
            if (i == 0 and _surname_like(word) and word not in STRUCTURE
                    and not (len(words) == 1 and ordinary(word)) and strong):
                names = [w for w in words[:3] if _surname_like(w)]
                surname = names[-1] if len(names) > 1 else None
                if len(names) == 1 and _first_name(word) and not _firm(body, run[0][1], run[0][2]):
                    alone.append((word, self.block, "strong"))  # a pseudonym, where the learner says so
                    i += 1
                    continue
                # "the mentee's Duty Manager": a lone everyday word no name list holds is a job's word, not a surname;
                # "My brother Googled the course": nor is a verb capitalised as a brand's
                lone_word = len(names) == 1 and (ordinary(word) or everyday_word(word) or _a_verb(word, ordinary))
                # "Session log – Mentee A (Kidderminster)" where the practice is "in Kidderminster": a town
                town = len(names) == 1 and word not in FIRST_NAMES and self.vocabulary.a_place(word)
                if not known.allowed(names[0], surname) and not lone_word and not town:
                    found.append(Person(said(0, len(names)), self.block, "named in a form or beside their role"))
                    i += len(names)
                    continue
            if (_given_names(word) and word not in NOT_NAMES and (nxt is None or not _surname_like(nxt))
                    and (i == 0 or words[i - 1] in NOT_NAMES or i == 1 and self._opening_word(run))
                    and not _firm(body, run[i][1], run[i][2])):
                start, end = run[i][1], run[i][2]
                context = ("animal" if names_an_animal(body, start, end)
                           else "thing" if names_a_variety(body, end) or beside_an_acronym(body, start, end)
                           or a_model_number_after(body, end) and not _after_a_date(body, start) and not strong
                           or an_animals_or_things_name(body, start)
                           else "strong" if strong or self.caption or role_after(body, end)
                           else "place" if in_a_place(body, start, end)
                           else acts_as_a_person(body, start, _surname_after(body, end))
                           or ("likely" if self.block.kind == "table" or in_a_record(body, start, end) else ""))
                alone.append((word, self.block, context))
            i += 1


def _wrapped_names(body, known: Known, vocabulary: Vocabulary) -> list[Person]:
    """A full name a PDF's narrow cell wraps over two lines, each read as a block of its own:
    "1 Wed Kayleigh-Ann" then "Fairbrother"."""
    out = []
    for (block, _), (after, reference) in zip(body, body[1:]):
        if reference or block.file != after.file or max(len(block.text), len(after.text)) > _SHORT_LINE:
            continue
        last = re.findall(r"[\w'’-]+$", block.text.rstrip())
        following = re.match(rf"[{UPPER}][\w'’-]+", after.text.lstrip())
        if not last or not following:
            continue
        first, surname = last[0], following.group(0)
        before = block.text.rstrip()[:-len(first)].split()
        if before and before[-1][:1].isupper() and before[-1] not in NOT_NAMES:
            continue  # "Amy Reid" then "Contents": a name already whole, and the next line's heading
        if (_given_names(first) and first not in NOT_NAMES and _surname_like(surname) and surname not in STRUCTURE
                and (surname in SURNAMES or not vocabulary.ordinary(surname)) and not known.allowed(first, surname)
                and f"{first} {surname}" not in known.full and f"{first} {surname}" not in PRODUCTS):
            out.append(Person(f"{first} {surname}", block, "full name over two lines of a table cell"))
    return out


_AUTHOR_AND_BEFORE = re.compile(rf"([{UPPER}][\w'’-]+)[ \t]+(?:and|&)[ \t]+\Z")
_AND_AUTHOR_AFTER = re.compile(rf"[ \t]+(?:and|&)[ \t]+(?:[{UPPER}][\w'’-]+[ \t]+)?([{UPPER}][\w'’-]+)")


# One more full name of a list: ", Tony Robbins", " and Simon Sinek" after a name; "Brian Tracy, " before one.
_LISTED_AFTER = re.compile(rf"(?:,|[ \t]+(?:and|&))[ \t]+([{UPPER}][\w'’-]+)[ \t]+([{UPPER}][\w'’-]+)")
_LISTED_BEFORE = re.compile(rf"([{UPPER}][\w'’-]+)[ \t]+([{UPPER}][\w'’-]+)(?:,|[ \t]+(?:and|&))[ \t]+\Z")


# A pair of authors is cited whole: closing a bracket, owning a model, or before a year ("(Gilbert and Whittleworth)",
# "Hawkins and Shohet's model", "Gilbert and Whittleworth (2009)"); not "Gilbert and Honey came in", two people.
_CITED_PAIR_ENDS = re.compile(r"[ \t]*(?:\)|['’]s?[ \t]|,?[ \t]*\(?(?:19|20)\d\d)")
_PAIR_OPENS = re.compile(r"(?:\b[A-Z]{3,}|\b(?:model|framework|cycle|approach|theory))[ \t]*\([ \t]*\Z")


def _paired_with_an_author(body: str, start: int, end: int, authors: set[str]) -> bool:
    """Is the word from ``start`` to ``end`` cited as one of a pair with an author ("Gilbert and Whittleworth")?
    In brackets only after the model they are cited for ("OSCAR (Gilbert and …)"): "(Ellie and Alexander)" after
    "two new apprentices" is two people, however like an author's name the second."""
    def cited(first: int, last: int) -> bool:
        ends = _CITED_PAIR_ENDS.match(body, last)
        return bool(ends) and (not ends.group(0).strip().startswith(")")
                               or bool(_PAIR_OPENS.search(body, max(0, first - 30), first)))
    after = _AND_AUTHOR_AFTER.match(body, end)
    if after and after.group(1) in authors and cited(start, after.end()):
        return True
    before = _AUTHOR_AND_BEFORE.search(body, max(0, start - 40), start)
    return bool(before and before.group(1) in authors and cited(before.start(), end))


def _coauthor(body: str, start: int, end: int, authors: set[str]) -> bool:
    """ "Peter Hawkins and Nick Smith": written beside a cited author, a co-author; and "Brian Tracy, Tony
    Robbins and Simon Sinek", "Megan Rapinoe and Serena Williams": one of a list of full names holding an
    author or a public figure, as nobody lists a mentee among them."""
    before = _AUTHOR_AND_BEFORE.search(body, max(0, start - 40), start)
    after = _AND_AUTHOR_AFTER.match(body, end)
    if before and before.group(1) in authors or after and after.group(1) in authors:
        return True
    listed, at, stop = [], end, start
    while (match := _LISTED_AFTER.match(body, at)) and len(listed) < 6:
        listed.append(match.groups())
        at = match.end()
    while (match := _LISTED_BEFORE.search(body, max(0, stop - 60), stop)) and len(listed) < 12:
        listed.append(match.groups())
        stop = match.start()
    return any(_first_name(first) and (surname in authors or plain(f"{first} {surname}") in PUBLIC_FIGURES)
               for first, surname in listed)


def _compared(person: Person, text: str) -> bool:
    """ "I am not Ted Hastings": named only in passing, as someone the learner compares themselves with."""
    return (person.why == "full name" and only_in_passing(person.text, person.text.split()[0], text)
            and compared_with_the_learner(person.text, text))


def _public(person: Person, text: str) -> bool:
    """ "Noel Fitzpatrick's TV programme", "the playwright Arthur Miller", "Shirley Valentine, a one-woman play": a
    full name tied by the words beside it to a work or to fame, whose first name never comes back alone; or named
    only in passing among such words (``public_eye.py``). No one of the practice."""
    if person.why != "full name":
        return False
    first = person.text.split()[0]
    return (named_as_public(person.text, text) and not used_alone(first, text)
            or only_in_passing(person.text, first, text) and in_the_public_eye(person.text, text))


def _in_passing(person: Person, text: str) -> Person:
    """ "Noel Fitzpatrick's programme shows ...": a full name in prose, never again nor near the practice, stays
    a finding (a mentee named once in a bare sentence reads the same: dropping these lost planted names on
    unseen work), saying why the assessor may clear it."""
    if person.why == "full name" and only_in_passing(person.text, person.text.split()[0], text):
        return Person(person.text, person.block, IN_PASSING_WHY)
    return person


_DAYS = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[-–/](?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))+")


def _namesake(person: Person, organisations: set[str]) -> bool:
    """ "Arthur Harrowgate" where "Harrowgate Foods plc" is the employer: the firm's founder, not a mentee."""
    return person.why == "full name" and person.text.split()[-1] in organisations


def _first_names_alone(alone, found: list[Person], known: Known, vocabulary: Vocabulary,
                       pseudonyms: bool = False, stand_ins: frozenset[str] | set[str] = frozenset(),
                       things: frozenset[str] | set[str] = frozenset()) -> list[Person]:
    """First names on their own: of someone named in full anywhere, or plainly a name.

    ``pseudonyms``: the learner says the names are made up ("used under pseudonyms", "names
    have been changed") and codes nobody "Mentee A": a first name alone is then one of them,
    unless the same first name is written in full somewhere. ``stand_ins``: first names the
    learner introduces as made up ("I will call my mentee Jordan"), whatever else they write.
    ``things``: words of the names of firms, rooms and streets ("the Rowan Room"): alone, the thing.
    """
    in_full = {}
    for person in found:
        words = [w.title() if w.isupper() else w for w in person.text.replace(",", " ").split()]
        if "," in person.text:
            words = words[1:] + words[:1]  # "Adeyemi, Tunde"
        if len(words) >= 2 and not is_initial(words[0]) and words[0] not in TITLES:
            in_full.setdefault(words[0], person)
    # "Winston the Newfoundland", "Mabel's owner": a name said once to be an animal's is the animal's in every mention
    animals = {word for word, _, context in alone if context == "animal"}
    out = []
    for word, block, context in alone:
        if (word in known.first or word in known.surnames) and word not in in_full:  # "Lloyd" of the learner's "Gareth Lloyd"
            continue
        if word in in_full:
            whole = in_full[word]
            if whole.block is not block:
                out.append(Person(word, block, f"first name of {whole.text} ({whole.block.location})"))
            continue
        if any(word == n.split()[0] for n in known.full) or word in known.authors or pseudonyms or word in stand_ins:
            continue
        if context in ("thing", "animal") or word in animals and context != "strong":
            continue  # "Rosa 'Gertrude Jekyll'", "Hilton and IHG": a plant's genus, a brand
        if word in things and context != "strong":
            continue
        # Alone, and never written in full, a first name is as often a plant, a brand, a book or a town
        # ("Rosa", "Hilton", "Matilda"): it needs a form, a role, a caption or what a person does or has
        # ("Hope said", "Shadow Steve", "Jayden's mum") to be taken for a person (``person_cues.py``); a
        # first name that is also a word ("Patience", "Will") or a place ("Jordan") only the surer cues.
        wordlike = word in WORDLIKE_FIRST_NAMES or word in PLACELIKE_FIRST_NAMES or vocabulary.ordinary(word)
        if context in ("strong", "person") or context == "likely" and not wordlike:
            out.append(Person(word, block, "first name" + (" in a caption" if _caption(block) else "")))
    return out


def _pet_forms(found: list[Person], body, known: Known, vocabulary: Vocabulary) -> list[Person]:
    """ "Jadey" of "Jade Brennan", "Tommy" of "Tom Hale": the pet form of a first name found in full, as a chat or a
    note calls them ("No worries Jadey"). No list need hold it: the full name it grows from says who it is."""
    whole: dict[str, Person] = {}
    for person in found:
        words = person.text.split()
        if (len(words) == 2 and person.why.startswith(("full name", "named in a form")) and _first_name(words[0])
                and len(words[0]) > 2 and words[0].isalpha() and not words[0].isupper()):
            whole.setdefault(words[0], person)
    if not whole:
        return []
    forms = {}
    for first, person in whole.items():
        for form in (first + "y", first + "ie", first + "ey", first + first[-1] + "y", first + first[-1] + "ie"):
            if (form not in whole and form not in NOT_NAMES and form not in known.first and not vocabulary.ordinary(form)
                    and not everyday_word(form)):
                forms[form] = person
    # not a brand a pet form opens ("his Tommy Hilfiger jacket", "Jimmy Choo"): a pet form is said alone or before
    # the surname it was found with
    pattern = re.compile(rf"(?<![\w'’-])({'|'.join(map(re.escape, forms))})(?![\w-])(?:[ \t]+([{UPPER}][\w'’-]+))?")
    out = []
    for block, reference in body:
        for match in pattern.finditer(block.text) if not reference else ():
            person = forms[match.group(1)]
            if match.group(2) and match.group(2) != person.text.split()[-1] and match.group(2) not in NOT_NAMES:
                continue
            out.append(Person(match.group(1), block, f"pet form of {person.text} ({person.block.location})"))
    return out


_CSV_NEXT = re.compile(r'",(?:"|\d|$)', re.MULTILINE)


def _csv_cell(body: str, start: int, end: int) -> bool:
    """ '..."Hatchery office","Priya Chauhan"': a pasted CSV export's quoted cell, a field's value, not a title."""
    return body[max(0, start - 2):start] == ',"' or bool(_CSV_NEXT.match(body, end))


_VERB_ENDING = re.compile(r"[A-Za-z][a-z]{2,}(?:ed|ing)\Z")


def _a_verb(word: str, ordinary) -> bool:
    """ "Googled", "Facetimed", "Christmas-shopped": a verb made of a name or a brand, capitalised as it; no name."""
    if word in FIRST_NAMES or word in SURNAMES:
        return False
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        return last.islower() and (ordinary(last) or everyday_word(last) or bool(_VERB_ENDING.match(last)))
    return bool(_VERB_ENDING.match(word))


def _double_barrelled(word: str) -> bool:
    """ "Hathaway-Briggs": a surname of two that a list holds each of."""
    parts = word.split("-")
    return len(parts) == 2 and all(part in SURNAMES for part in parts)


def _first_name(word: str) -> bool:
    """ "Danielle", and "Mary-Jane" by its first part."""
    return word in FIRST_NAMES or ("-" in word and word.split("-")[0] in FIRST_NAMES)


def _given_names(word: str) -> bool:
    """ "Danielle", "Kayleigh-Ann": a first name alone, every part of it ("Thomas-Kilmann" is a theorist pair)."""
    return word in FIRST_NAMES or "-" in word and all(part in FIRST_NAMES for part in word.split("-"))


def _named_place_or_figure(words: list[str]) -> bool:
    """ "Milton Keynes", "Richard Branson", "Martin Luther King", "Viva Engage" anywhere in the run."""
    for size in (2, 3, 4):
        for i in range(len(words) - size + 1):
            joined = " ".join(words[i:i + size])
            if joined in PLACES or plain(joined) in PUBLIC_FIGURES or joined in PRODUCTS:
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


_NEXT_WORD = re.compile(rf"[ \t]+([{UPPER}][a-z]+)")


def _surname_after(body: str, end: int) -> int:
    """Where "Ann Day" ends, its surname one of the words the runs split at ("Ann Day wanted ...": what she does)."""
    match = _NEXT_WORD.match(body, end)
    return match.end() if match and match.group(1) in SURNAMES else end


def _caption(block: Block) -> bool:
    return bool(_CAPTION.match(block.text))


def _last_word(text: str, across: str | None = None) -> str:
    """The text's last word; with ``across``, only if nothing but those characters follows it."""
    words = re.findall(r"[\w'’-]+", text)
    if across is not None and text.rstrip(across)[-1:] in ("", ":", "|"):
        return ""
    return words[-1] if words else ""


def _surname_like(word: str) -> bool:
    return len(word) > 1 and not word.endswith(".") and word not in NOT_NAMES and word not in ORGANISATION_WORDS
