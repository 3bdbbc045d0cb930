"""Names in shapes a run of capitalised words does not show, and works cited that look like names.

A form or a log writes people surname first ("Adeyemi, Tunde") or in capitals under a
signature ("LEAH WHITWORTH-KAYE"); a reference list written as running text, or further
reading in a sentence, puts an author's initials before a title ("Clutterbuck, D.
Everyone Needs a Mentor (CIPD, 2004)") that would otherwise read as "D. Everyone". Each
function gives spans of a block's text; ``people.py`` decides who is named, ``may_be_named.py`` who may be.
"""

from __future__ import annotations

import re

from marker.submission.known_names import NOT_NAMES, ORGANISATION_WORDS
from marker.submission.name_lists import FIRST_NAMES, PLACELIKE_FIRST_NAMES, SURNAMES, WORDLIKE_FIRST_NAMES

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŌ-ŽŚŹŻŁ"
_WORD = rf"[{_UPPER}][\w'’-]+"
# "Clutterbuck, D.", "de Haan, E.", "Hawkins, P. & Smith, N.", "Kimsey-House, H., Kimsey-House, K. and Whitworth, L."
_AUTHOR = rf"(?:(?:de|van|von|der|le|la|du|di)\s+)?{_WORD},\s+(?:[{_UPPER}]\.\s*){{1,3}}"
_AUTHORS = re.compile(rf"(?<![\w'’-]){_AUTHOR}(?:,?\s*(?:(?:and|&)\s+)?{_AUTHOR})*")
_INITIAL_AFTER_COMMA = re.compile(rf",\s+[{_UPPER}]\.")
_AUTHOR_SURNAME = re.compile(rf"({_WORD}),\s+[{_UPPER}]\.")
# A year of publication, not a date's year ("02/06/2025", "2 June 2025").
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d[a-z]?(?![\d/])")
_DATE_BEFORE_YEAR = re.compile(r"(?:\d|January|February|March|April|May|June|July|August|September|October|November"
                               r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\Z")
_END_OF_WORK = re.compile(r"\n| \| |;")
_CELL_SPLIT = re.compile(r"\n| \| ")
_SURNAME_FIRST = re.compile(rf"({_WORD}),[ \t]+({_WORD})(?:[ \t]+({_WORD}))?")
_SURNAME_INITIAL = re.compile(rf"({_WORD}),[ \t]+([{_UPPER}])\.(?:[ \t]?[{_UPPER}]\.)?")
# A log's row as a PDF runs its cells together: "04/09/2024 Mensah, J. 45 Agreement and goals".
# A list of people, surname first, as an attendance line gives them: "Begum, R.; Patel, S.; Hughes, T."
_LISTED_SURNAME_INITIAL = re.compile(rf"(?:^|[:;][ \t]*)({_WORD}),[ \t]+([{_UPPER}])\.(?=[ \t]*(?:;|$))", re.MULTILINE)
_DATED_SURNAME_INITIAL = re.compile(rf"\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?[ \t]+{_SURNAME_INITIAL.pattern}(?=[ \t]|$)",
                                    re.MULTILINE)
_CAPITALS_AT_END = re.compile(rf"(?<!\S)[{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+){{1,2}}$")
_TWO_IN_CAPITALS = re.compile(rf"[{_UPPER}]{{2}}[{_UPPER}'’-]*[ \t]+[{_UPPER}][{_UPPER}'’]")
_NAME_LABEL = re.compile(r"\b(?:name|print(?:ed)?|capitals|signature|signed)\b[^A-Z]*$", re.IGNORECASE)
_LABEL = re.compile(r"[^:\n|]{1,40}:[ \t]*")


def cited_works(text: str) -> list[tuple[int, int, list[str]]]:
    """Works cited in full: the span from the authors to the year, and the authors' surnames.

    The year must come within the same entry (before a line break, a cell or a ";"), so a
    log's "Okafor, J. | 1 hour" is no reference.
    """
    if not _INITIAL_AFTER_COMMA.search(text):
        return []  # most blocks: one cheap scan rules them out
    works = []
    for match in _AUTHORS.finditer(text):
        stop = _END_OF_WORK.search(text, match.end())
        limit = min(stop.start() if stop else len(text), match.end() + 250)
        for year in _YEAR.finditer(text, match.end() - 1, limit):
            if not _DATE_BEFORE_YEAR.search(text, max(0, year.start() - 12), year.start()):
                works.append((match.start(), year.end(), _AUTHOR_SURNAME.findall(match.group(0))))
                break
    return works


def _cells(text: str):
    """Each cell or line of a block: its text, where it starts, and whether it fills in a field
    (a row's later cell, or what follows "Label:")."""
    at, row_start = 0, True
    for separator in (*_CELL_SPLIT.finditer(text), None):
        end = separator.start() if separator else len(text)
        label = _LABEL.match(text, at, end)
        value_start = label.end() if label else at
        value = text[value_start:end]
        stripped = value.strip()
        if stripped:
            yield stripped, value_start + value.index(stripped), bool(label) or not row_start
        row_start = separator is None or separator.group(0) != " | "
        at = separator.end() if separator else end


def surname_first(text: str, ordinary) -> list[tuple[int, int, str, str]]:
    """ "Adeyemi, Tunde" or "Begum, R." filling a cell or a field: (start, end, first name or initial, surname).

    ``ordinary`` tells a word the submission writes in lower case ("Leeds, Grace" is no
    one, "Walsh, Bernadette" is).
    """
    found = []
    for cell, start, _ in _cells(text) if ", " in text else ():
        match = _SURNAME_FIRST.fullmatch(cell)
        if not match:
            if (initial := _SURNAME_INITIAL.fullmatch(cell)) and _surname(initial.group(1), ordinary) \
                    and not _YEAR.search(_line_around(text, start)):  # "Begum, R." in a log, not "Starr, J. | 2016"
                found.append((start, start + len(cell), initial.group(2), initial.group(1)))
            continue
        surname, first = match.group(1), match.group(2)
        if first not in FIRST_NAMES or not _surname(surname, ordinary):
            continue
        if (first in WORDLIKE_FIRST_NAMES or first in PLACELIKE_FIRST_NAMES) and surname not in SURNAMES:
            continue
        found.append((start, start + len(cell), first, surname))
    for listed in _LISTED_SURNAME_INITIAL.finditer(text) if ", " in text else ():
        surname, initial, at = listed.group(1), listed.group(2), listed.start(1)
        if _surname(surname, ordinary) and not _YEAR.search(_line_around(text, at)) \
                and not any(start <= at < end for start, end, _, _ in found):
            found.append((at, listed.end(), initial, surname))
    for dated in _DATED_SURNAME_INITIAL.finditer(text) if ", " in text else ():
        if _surname(dated.group(1), ordinary) and not any(start <= dated.start(1) < end for start, end, _, _ in found):
            found.append((dated.start(1), dated.end(), dated.group(2), dated.group(1)))
    return found


def _line_around(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]


def in_capitals(text: str, ordinary) -> list[tuple[int, int, str, str]]:
    """A printed name: "LEAH WHITWORTH-KAYE" filling a field, or ending a line after its label
    ("Name (block capitals) LEAH WHITWORTH-KAYE", as a PDF runs the cells together).
    Gives (start, end, first name, surname) of each."""
    found = []
    if not _TWO_IN_CAPITALS.search(text):
        return found  # most blocks: a bare character class rules them out at once
    for cell, start, value in _cells(text):
        match = _CAPITALS_AT_END.search(cell) if cell[-2:].isupper() else None
        if not match:
            continue
        label = cell[:match.start()]
        if not (value and not label.strip() or _NAME_LABEL.search(label)):
            continue
        words = ["-".join(p.capitalize() for p in w.split("-")) for w in match.group(0).split()]
        first, surname = words[0], words[-1]
        if first not in FIRST_NAMES or any(w.upper() in NOT_NAMES or w in NOT_NAMES for w in words):
            continue
        if first in WORDLIKE_FIRST_NAMES and surname not in SURNAMES or not _surname(surname, ordinary):
            continue
        found.append((start + match.start(), start + match.end(), first, surname))
    return found


def _surname(word: str, ordinary) -> bool:
    """A surname rather than a word: a common one, or a word the submission never writes in lower case."""
    if word in NOT_NAMES or word in ORGANISATION_WORDS or len(word) < 2:
        return False
    return word in SURNAMES or all(part in SURNAMES for part in word.split("-")) or not ordinary(word)
