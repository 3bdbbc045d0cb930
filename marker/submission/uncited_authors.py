"""Authors a learner names without a citation: "Atomic Habits by James Clear", "according to
Julie Starr", "Kim Scott's book Radical Candor".

A reference or a year marks an author plainly (``may_be_named.py``); without one, what marks
a writer rather than a mentee is what is said of them: a by-line after a title, "according
to", a verb only writers do ("argues", "coined"), or their name owning a book, model or
theory. Each gives the author's surname, which ``Known.authors`` then lets stand anywhere.
"""

from __future__ import annotations

import re

from marker.submission.known_names import NOT_NAMES
from marker.submission.name_lists import FIRST_NAMES
from marker.submission.name_words import TITLES, UPPER

_WORD = rf"[{UPPER}][\w'’-]+"
_FULL_NAME = rf"(?:(?:Sir|Dame|Dr|Prof|Professor)[ \t]+)?{_WORD}(?:[ \t]+(?:(?:van|von|de|der|du|le|la)[ \t]+)?{_WORD}){{1,2}}"
# "Atomic Habits by James Clear", "'Time to Think' by Nancy Kline": a title's last word, then the by-line.
_BY_LINE = re.compile(rf"(?<=[\w,\"”’'][ \t])({_WORD}|\w+[\"”’'])[ \t]+by[ \t]+({_FULL_NAME})")
# Verbs only writers do: not "proposed" or "argued", which a mentee does too.
_SAID_OF_A_WRITER = re.compile(
    rf"\baccording[ \t]+to[ \t]+({_FULL_NAME})"
    rf"|({_FULL_NAME})[ \t]+(?:argues|contends|posits|theorises|theorizes|coined|defines|popularised|popularized)\b")
# "Kim Scott's book", "Daniel Goleman's theory": a full name owning a work (not a questionnaire a mentee filled in).
_OWNS_A_WORK = re.compile(
    rf"({_FULL_NAME})['’]s?[ \t]+(?:[\w-]+[ \t]+){{0,2}}(?:model|cycle|theory|framework|book|books|research|hierarchy|"
    r"ladder|TED[ \t]+talk|podcast|concept|definition|continuum|triangle)s?\b")
# "I want to read Constance Spry again", "reading Brené Brown": a writer read by their name alone (not "read Sam
# Hale's notes", "read Sam Hale the riot act").
# Only where the words after say it is a writer's work that is read: "again", "on …", a year or a citation in
# brackets. "I read Jade Brennan some of the feedback", "I read Kieran Walsh, my apprentice, the risk assessment" are
# people read to (an independent review).
_READ_BY_NAME = re.compile(rf"\b(?i:read|re-read|reread|reading|re-reading)[ \t]+({_WORD}[ \t]+{_WORD})(?<!['’]s)(?<!['’])"
                           r"(?=[ \t]*\((?:19|20)\d\d|[ \t]+(?:again|on|about|(?:19|20)\d\d)\b)")
# A by-line is a book's where the sentence says so, or the title is quoted or opens with an article:
# "Her favourite book is Atomic Habits by James Clear", "The Coaching Habit by ...", not "Session Reflection by Tom Hale".
_READING = re.compile(r"\b(?:books?|read|reading|novel|author|wrote|written|published|podcast|talk|TED|article|paper|"
                      r"chapter|title)\b|[\"“‘']", re.IGNORECASE)
_ARTICLE_TITLE = re.compile(r"\b(?:The|A|An)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,4}\Z")
_TITLE_WORDS = frozenset("The A An Of In On And For To With By As".split()) | TITLES


def uncited_authors(text: str) -> set[str]:
    """Surnames of authors the text names without a citation."""
    if not (" by " in text or "ead" in text or "ccording" in text or "'s " in text or "’s " in text or re.search(r"\b(?:argue|coin|propos|defin|theoris|popular|develop|contend|posit)", text)):
        return set()  # most blocks: plain substring checks rule them out
    surnames = set()
    for match in _BY_LINE.finditer(text):
        work = match.group(1)
        if work.endswith("ed") or work in NOT_NAMES:
            continue  # "Reviewed by Dr Khan", "Feedback by ...": a form's field, not a title
        sentence = text[max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1:match.end()]
        if _READING.search(sentence) or _ARTICLE_TITLE.search(text, max(0, match.start(1) - 60), match.start(1)):
            surnames.update(_surname(match.group(2)))
    for match in _READ_BY_NAME.finditer(text) if "ead" in text else ():
        # a writer read is named only so: a name written elsewhere too (a form's "Mentee: …") is a person's
        if match.group(1).split()[0] in FIRST_NAMES and text.count(match.group(1)) == 1:
            surnames.update(_surname(match.group(1)))
    for pattern in (_SAID_OF_A_WRITER, _OWNS_A_WORK):
        for match in pattern.finditer(text):
            surnames.update(_surname(next(g for g in match.groups() if g)))
    return surnames


def _surname(name: str) -> list[str]:
    """ "Michael Bungay Stanier" gives "Stanier"; "Dr Khan" alone, nothing: a writer is named in full."""
    words = [w for w in name.split() if w not in _TITLE_WORDS]
    return words[-1:] if len(words) >= 2 else []
