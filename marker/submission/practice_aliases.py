"""One mentee under two names: a pseudonym and a first name the learner links in so many words.

"Mentee A (I call her Amy)", "Mentee C (Priya)", "Priya (Mentee C)", "Mentee A, who I call Amy",
"Lukasz is known as Luke": the learner says the two names are one person, so the sessions
under either are one individual's. Only a link the learner writes counts: two mentees who
share an initial ("Amy" and "Anna", both "A") are two people, whatever their pseudonyms.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

__all__ = ["one_person_each"]

_LABEL = r"(?:(?i:mentee|coachee|client|individual|learner)\s+(?:[A-Z]{1,2}\d{0,2}|\d{1,2}))"
_NAME = r"(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
_CALLS = (r"(?:(?:who(?:m)?\s+)?I(?:'ll|\s+will)?\s+call(?:\s+(?:her|him|them))?|(?:also\s+)?known\s+as|called|goes\s+by|"
          r"aka|a\.k\.a\.?|(?:real|first)\s+name(?:\s+is)?|referred\s+to\s+as|i\.e\.?|=)")
_LINKS = [
    # "Mentee A (I call her Amy)", "Mentee C (Priya)", "Mentee B (aka Jo)"
    re.compile(rf"(?P<a>{_LABEL}|{_NAME})\s*\(\s*(?P<calls>{_CALLS}\s*:?\s*)?(?P<b>{_NAME}|{_LABEL})\s*\)"),
    # "Mentee A, who I call Amy", "Lukasz is known as Luke", "Mentee B – known as Jo"
    re.compile(rf"(?P<a>{_LABEL}|{_NAME}),?\s*(?:[-–—]\s*)?(?:(?:is|was)\s+(?:also\s+)?)?(?-i:{_CALLS})\s+(?P<b>{_NAME}|{_LABEL})\b"),
    # a who's who: "Mentee 2 is Priti S. (PS), trainee lettings negotiator"
    re.compile(rf"(?P<a>{_LABEL})\s+(?:is|was)\s+(?P<calls>)(?P<b>{_NAME})\b"
               r"(?=\s+[A-Z]\.|\s*[,(;.]|\s+(?:a|an|the|my|our|who)\b)"),
]
_NOT_A_NAME = frozenset("""I The My Our This That She He They It Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December Teams Zoom Online Group Joint
Mentee Coachee Client Session Meeting Notes Note New Team Leader Manager""".split())


def links(texts: Iterable[str]) -> list[tuple[str, str]]:
    """Each pair of names the learner says are one person, as written."""
    out = []
    for text in texts:
        if "(" not in text and not re.search(r"call|known|aka|name|refer|goes\s+by|(?-i:\s(?:is|was)\s+[A-Z])", text, re.IGNORECASE):
            continue  # most text names nobody twice
        for pattern in _LINKS:
            for match in pattern.finditer(text):
                a, b = match.group("a"), match.group("b")
                names = [n for n in (a, b) if not re.fullmatch(_LABEL, n)]
                # a name beside a label, or two names the learner says are one ("Lukasz is known as Luke");
                # never "Friday (Teams)" or "Mentee A (New starter)"
                said = match.re is _LINKS[1] or match.group("calls")
                if (len(names) <= 1 or said) and not any(n.split()[0] in _NOT_A_NAME for n in names):
                    out.append((a, b))
    return out


def one_person_each(people: tuple[str, ...], texts: Iterable[str], key: Callable[[str], str | None]) -> tuple[str, ...]:
    """``people`` with the second name of each linked pair left out: the first named stays.
    A name linked to two different people ("Mentee A (Team Leader)", "Mentee B (Team Leader)") links nobody."""
    keys = {key(p): p for p in people}
    partners: dict[str, set[str]] = {}
    for a, b in links(texts):
        ka, kb = key(a), key(b)
        if ka and kb and ka != kb:
            partners.setdefault(ka, set()).add(kb)
            partners.setdefault(kb, set()).add(ka)
    dropped: set[str] = set()
    for person in people:
        k = key(person)
        if k in dropped:
            continue
        for other in partners.get(k, ()):
            if other in keys and len(partners.get(other, ())) == 1:
                dropped.add(other)
    return tuple(p for p in people if key(p) not in dropped)


_BRACKET_NAME = re.compile(rf"^\s*(?P<label>[^()]+?)\s*\(\s*(?:{_CALLS}\s*:?\s*)?(?P<name>{_NAME})\s*\)\s*$")


def told_apart(people: dict[str, str], persons: Iterable[str | None], key: Callable[[str], str | None]) -> dict[str, str]:
    """"A (Amy)" and "A (Anna)": two mentees who share an initial, told apart by the names in
    brackets, are two people though their labels are one. ``people``: key -> person, as counted."""
    names: dict[str, dict[str, str]] = {}
    for person in persons:
        match = _BRACKET_NAME.match(person or "")
        if match and match.group("name").split()[0] not in _NOT_A_NAME:
            names.setdefault(key(match.group("label")) or "", {}).setdefault(match.group("name").lower(), person)
    out: dict[str, str] = {}
    for k, person in people.items():
        named = names.get(k, {})
        if len(named) >= 2:
            out.update({f"{k} ({n})": p for n, p in named.items()})
        else:
            out[k] = person
    return out


def initials_with_their_names(people: tuple[str, ...]) -> tuple[str, ...]:
    """"R." beside "Rosie Pilling", and no other name starting with R: the learner's initial for the one person."""
    named = [p for p in people if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+)*", p)]
    out = []
    for person in people:
        initial = re.fullmatch(r"([A-Z])\.?", person.strip())
        if initial and len([n for n in named if n[0] == initial.group(1)]) == 1:
            continue
        out.append(person)
    return tuple(out)
