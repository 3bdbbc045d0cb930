"""A full name in passing that the words beside it put in the public eye: no one of the practice.

``in_passing.py`` says when a full name is only ever mentioned in passing; that alone is weak
(a mentee named once in a bare sentence reads the same), so such a name stays a finding. These
are the cues that tie the name itself to television, film, books or fame, which nobody
the learner mentored is written beside:

- the name's own programme, series, book or site: "Noel Fitzpatrick's programme", "on his
  MoneySavingExpert site", "Rupert Vance from the telly";
- a title named after them: "Clarkson's Farm";
- the name described as a work: "Shirley Valentine, a one-woman play";
- a public role just before it: "the playwright Arthur Miller", "TV vet ...";
- the sentence just before it about television, film or the stage and nothing of the practice
  ("... how actors prepare. Arthur Miller let ..."): a mentee is introduced by name before
  anything is said of them, so a name that follows such a sentence continues it.
"""

from __future__ import annotations

import re

from marker.submission.in_passing import about_the_practice
from marker.submission.known_names import NOT_NAMES

# A work that is only ever a public one; and words that may be a mentee's too ("Daniel's programme of study",
# "her book of evidence"), read as a work only beside television or film.
_WORKS = r"novels?|films?|movies?|podcasts?|albums?|autobiography|memoir|documentar(?:y|ies)|sitcom|TED[ \t]+talk"
_MEDIA = rf"{_WORKS}|programmes?|series|shows?|books?|plays?|songs?|channel|website|site|blog|column"
_OWN_WORK = re.compile(rf"['’]s?[ \t]+(?:(?:new|latest|last|first|own|famous|best-selling)[ \t]+)?(?:{_WORKS})\b"
                       rf"|['’]s?[ \t]+(?:TV|television|radio)[ \t]+(?:{_MEDIA})\b")
_OWN_SHOW = re.compile(rf"['’]s?[ \t]+(?:(?:new|latest|last|first|own)[ \t]+)?(?:{_MEDIA})\b")
_ON_AIR = re.compile(rf"\b(?:on|from)[ \t]+(?:the[ \t]+)?(?:telly|TV|television|radio)\b"
                     rf"|\bon[ \t]+(?:his|her|their)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}(?:{_MEDIA})\b")
_A_WORK = re.compile(r"[ \t]*,[ \t]*(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}"
                     r"(?:play|musical|film|movie|novel|book|song|album|show|series|sitcom|opera|ballet|poem)\b")
_PUBLIC_ROLE = re.compile(r"\b(?:TV|television|radio|celebrity|the|a|famous)[ \t]+(?:[a-z]+[ \t]+)?"
                          r"(?:presenter|author|writer|novelist|playwright|poet|actor|actress|singer|comedian|broadcaster|"
                          r"journalist|columnist|footballer|athlete|chef|vet|campaigner|entrepreneur|character)[ \t]*,?[ \t]+\Z")
_SCREEN_AND_STAGE = re.compile(r"\b(?:TV|telly|television|BBC|ITV|Channel[ \t]+\d|Netflix|YouTube|podcasts?|radio|"
                               r"documentar(?:y|ies)|sitcom|episodes?|films?|movies?|cinema|novels?|novelists?|"
                               r"playwrights?|poets?|actors?|actress(?:es)?|comedians?|presenters?|celebrit(?:y|ies)|"
                               r"autobiography|memoir)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def in_the_public_eye(full_name: str, text: str) -> bool:
    """Is every mention of ``full_name`` in ``text`` tied by the words beside it to fame or a work?"""
    mentions = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(full_name)}(?![\w-])", text)]
    return bool(mentions) and all(_cued(full_name, text, at) for at in mentions) or _title_after(full_name, text)


def _cued(full_name: str, text: str, at: int) -> bool:
    end = at + len(full_name)
    start, stop = _sentence(text, at)
    own = text[start:stop]
    before = text[_sentence(text, start - 1)[0]:start] if start > 0 and text[start - 1] != "\n" else ""
    return bool(_OWN_WORK.match(text, end) or _ON_AIR.search(own) or _A_WORK.match(text, end)
                or _PUBLIC_ROLE.search(text, max(0, at - 40), at) or _of_screen_and_stage(before)
                or _OWN_SHOW.match(text, end) and _SCREEN_AND_STAGE.search(before + own))


def _of_screen_and_stage(sentence: str) -> bool:
    """A sentence about television, film or the stage, not about the learner's own sessions ("We watched a film")."""
    return bool(_SCREEN_AND_STAGE.search(sentence)) and not about_the_practice(sentence)


def _title_after(full_name: str, text: str) -> bool:
    """ "Clarkson's Farm": something called after the person's surname, a show or a brand."""
    surname = full_name.split()[-1]
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}['’]s[ \t]+([A-Z][a-z]+)", text):
        if match.group(1) not in NOT_NAMES and not text[match.start() - 1:match.start()].isalpha():
            before = text[max(0, match.start() - len(full_name) - 1):match.start()]
            if not before.endswith(full_name.split()[0] + " "):  # "Clarkson's Farm", not "Jeremy Clarkson's Farm" alone
                return True
    return False


def _sentence(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding ``at`` starts and stops (a line's end stops one)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    start = starts[-1] if starts else max(0, at - 400)
    stop = _SENTENCE_END.search(text, at)
    return start, stop.start() if stop else len(text)
