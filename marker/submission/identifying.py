"""Identifying details that must be anonymised before the work is filed.

The handbooks ask for mentees, clients and third parties to be anonymised ("Mentee A",
"Client 2"): a submission sent to the EQA naming them is a data protection problem.
Found here, across every file of a submission: people however they are named
(``people.py``), personal e-mail addresses and phone numbers. Not found: the learner
and the tutor a form asks for, colleagues named in their post, authors, organisations,
places and things named after people, pseudonyms, a team's or centre's mailbox (info@,
mentoring.scheme@) and an organisation's or service's number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from marker.submission.may_be_named import cover_key
from marker.submission.model import Document
from marker.submission.name_lists import FIRST_NAMES, SURNAMES
from marker.submission.people import find_people


@dataclass(frozen=True)
class IdentifyingDetail:
    """A detail to anonymise, where it is, and why it was taken for one."""

    text: str
    """As written in the submission: "Danielle Fraser", "j.okafor@example.com"."""
    location: str
    kind: str
    """``name``, ``e-mail`` or ``phone``."""
    why: str
    """ "full name", "first name of Danielle Fraser (records.docx table 2)", "personal e-mail address"."""


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Spaces within a number never run over a line's end: a table's next row ("6:00" then "2024-06-06") is no number.
_PHONE = re.compile(r"(?<!\d)(?:\+44[^\S\n]?\(?0?\)?[^\S\n]?|\(?0)(?:\d(?:\)[^\S\n]?|[^\S\n]|-)?){9,10}(?!\d)")
# Digits of a date or a clock read as a number: "10.00 2024-06-06", "06-06-2024 10:00" (an ISO or a dashed date inside,
# the minutes of a clock just before, or the hour of one at its end).
_DATE_INSIDE = re.compile(r"(?<!\d)(?:\d{4}-\d\d?-\d\d?|\d\d?-\d\d?-\d{2,4})(?!\d)")
_CLOCK_BEFORE = re.compile(r"\d[:.]\Z")
_CLOCK_AFTER = re.compile(r"[:.]\d\d(?!\d)")
_MAILBOX_WORDS = frozenset("""info enquiries enquiry enq admin administration office hello contact contactus us reception
support help helpdesk assessment assessments assessor assessors quality qa iqa eqa exam exams examinations centre center
training learning admissions noreply no reply donotreply do not mail post team hr careers jobs bookings booking ilm
feedback accounts finance safeguarding apprenticeship apprenticeships customer customerservice customerservices
services general dpo dataprotection data protection privacy complaints marketing sales webmaster portfolio portfolios
membership members investigation investigations compliance and of for enquiries
submission submissions coaching mentoring programme programmes courses course cpd development academy
scheme schemes network networks people peoplesupport wellbeing workforce talent recruitment recruiting payroll pay
it ict servicedesk service desk facilities estates students student staff employee employees colleague colleagues
od ld l&d organisational organisation lead leads manager managers coordinator coordinators office hub group board
panel committee secretary secretariat governance clerk governors parents alumni news newsletter events event comms
communications media press digital systems system records medical clinical nursing education schools school skills
careers employability placement placements work experience inclusion diversity equality engagement volunteering
volunteers community partnerships health safety risk legal procurement operations ops logistics transport fleet
planning projects project research library alerts notifications portal online web website tech culture culturechange
learner learners apprentice apprentices talentdevelopment leadership leaders management wellness occupational
advice guidance referrals referral appointments appointment queries query rota rotas duty intake pastoral welfare
counselling orders shop store branch ward unit clinic surgery practice pharmacy nurses doctors helpline
""".split())
"""Words of a role's mailbox ("enquiries@", "portfolio.submissions@"), never a person's."""
_OWN_NUMBER = re.compile(r"\b(?:learner|candidate|student|my)\b", re.IGNORECASE)
_OFFICE_LINE = re.compile(r"\b(?:switchboard|reception|main\s+office|centre|center|head\s+office|helpline|freephone|fax|"
                          r"(?:our|the)\s+(?:[a-z]+\s+)?(?:office|store|shop|branch|ward|desk|helpdesk|team|department|"
                          r"depot|site|surgery|clinic|school))\b"
                          r"|(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)",  # a postcode: the number of the address before it
                          re.IGNORECASE)
# Not anyone's own line: freephone, non-geographic and service numbers ("0800", "0300", "0345").
_SERVICE_NUMBER = re.compile(r"\(?0(?:8|3)\d\d")
# "Sent from my phone – 07700 …" is a mail client's sign-off: "my" is whoever sent the e-mail, often a mentee.
_MY_NUMBER = re.compile(r"(?<!\bsent\sfrom\s)\bmy\s+(?:[a-z]+\s+)?(?:number|mobile|phone|telephone|tel)\b[^.\n]{0,12}\Z",
                        re.IGNORECASE)


def identifying_details(documents: list[Document] | tuple[Document, ...], learner: str = "") -> list[IdentifyingDetail]:
    """Names, personal e-mail addresses and phone numbers, in document order.

    ``learner`` is the learner's name from the session, never a finding (nor is a name
    the cover sheet gives for the learner or their tutor).
    """
    people, known = find_people(documents, learner=learner)
    acronyms = _Acronyms(documents)
    # the numbers a cover sheet gives beside no mentee and no one flagged: the learner's own, wherever the work writes
    # them again ("Sent from my phone – 07700 …" under the learner's own e-mail)
    named = {cover_key(p.block) for p in people}
    own_numbers = {re.sub(r"\D", "", m.group(0)) for d in documents for b in d.blocks
                   if cover_key(b) in known.cover and cover_key(b) not in named and not _PRACTICE_PERSON.search(b.text)
                   for m in _PHONE.finditer(b.text)}
    found: list[IdentifyingDetail] = []
    for document in documents:
        for block in document.blocks:
            text = block.text
            # Each pattern needs its character: checked first, a long submission is searched
            # in a fraction of the time.
            generic = False
            owned_lines: set[int] = set()
            for match in _EMAIL.finditer(text) if "@" in text else ():
                address = match.group(0).rstrip(".")
                local, domain = address.split("@", 1)
                words = [w for w in re.split(r"[^a-z]+", local.lower()) if w]
                if (all(_mailbox_words(w) for w in words) or known.centres_address(domain) and not _personal(words)
                        or acronyms.has(local)):
                    generic = True  # "pals@nhs.net" beside "the PALS team": a service's mailbox
                    continue
                if known.owns_address(local):
                    owned_lines.add(text.count("\n", 0, match.start()))
                    continue  # the learner's or their tutor's own address
                found.append(IdentifyingDetail(address, block.location, "e-mail", "personal e-mail address"))
            for match in _PHONE.finditer(text) if "0" in text or "+44" in text else ():
                before = text[max(0, match.start() - 40):match.start()]
                if (_DATE_INSIDE.search(match.group(0)) or _CLOCK_BEFORE.search(before)
                        or _CLOCK_AFTER.match(text, match.end())):
                    continue  # a date or a clock time, not anyone's number
                if generic or _OFFICE_LINE.search(before) or _SERVICE_NUMBER.match(match.group(0).lstrip()):
                    continue  # a centre's, an office's or a service's number, printed beside its generic address
                if _MY_NUMBER.search(before) or re.sub(r"\D", "", match.group(0)) in own_numbers:
                    continue  # "my work number is ...", or the cover's: the learner's own
                flagged = [p.text for p in people if p.block is block]
                if cover_key(block) in known.cover and (_OWN_NUMBER.search(before)
                                                      or not _PRACTICE_PERSON.search(text) and not flagged):
                    continue  # the learner's or their tutor's number, on the cover sheet, beside no one else
                if (text.count("\n", 0, match.start()) in owned_lines
                        or _line_names_allowed(text, match.start(), known, flagged)):
                    continue  # "Tutor: Peter Walsh | p.walsh@... | 01632 960123": theirs, beside their name or address
                found.append(IdentifyingDetail(match.group(0).strip(), block.location, "phone", "phone number"))
    found += [IdentifyingDetail(p.text, p.block.location, "name", p.why) for p in people]
    order = {block.location: n for n, block in enumerate(b for d in documents for b in d.blocks)}
    return sorted(found, key=lambda f: order.get(f.location, 0))


_PRACTICE_PERSON = re.compile(r"\b(?:mentee|coachee|client|apprentice|trainee)", re.IGNORECASE)


def _line_names_allowed(text: str, at: int, known, flagged: list[str]) -> bool:
    """Does the line holding ``at`` name someone who may be named (the learner, their tutor) and no one else?"""
    line = text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]
    return (any(name in line for name in known.full) and not _PRACTICE_PERSON.search(line)
            and not any(name in line for name in flagged))


class _Acronyms:
    """The submission's words in capitals ("PALS", "SENCO"), worked out only if an address asks."""

    def __init__(self, documents) -> None:
        self._documents, self._words = documents, None

    def has(self, local_part: str) -> bool:
        if not local_part.isalpha() or len(local_part) < 3 or _a_name(local_part):
            return False  # "dj@...": initials, which a mentee's code may also be; "kieran@": a name in capitals
        if self._words is None:
            # alone in capitals, not one of a name's words printed in capitals ("KIERAN BOYLE")
            self._words = {m.group(1) for d in self._documents for b in d.blocks
                           for m in _ACRONYM.finditer(b.text)}
        return local_part.upper() in self._words


_ACRONYM = re.compile(r"(?<![A-Z][ \t])(?<![\w'’-])([A-Z]{3,})(?![\w'’-])(?![ \t][A-Z]{2})")


def details_in_files(paths: list[Path], learner: str = "") -> tuple[IdentifyingDetail, ...] | None:
    """The details in a session's files as judged (read through the cache); None if none could be read."""
    from marker.submission.read import read_submission  # the readers load only when a session's files are checked

    submission = read_submission(paths)
    if not submission.documents:
        return None
    return tuple(identifying_details(submission.documents, learner))


def _mailbox_words(word: str) -> bool:
    """ "enquiries", or run together as "investigationandcompliance": only a role's mailbox words."""
    if word in _MAILBOX_WORDS:
        return True
    return any(word[:n] in _MAILBOX_WORDS and _mailbox_words(word[n:]) for n in range(2, len(word) - 1))


def _personal(words: list[str]) -> bool:
    """Does a mailbox look like someone's own: a first name in it, or "first.last" / "j.okafor"?"""
    return len(words) >= 2 or any(w.capitalize() in FIRST_NAMES for w in words)


def advice_line(details: tuple[IdentifyingDetail, ...] | list[IdentifyingDetail], judged: int = 0) -> str:
    """The checks strip's line: how many, and the first few with where they are (``I`` steps through all);
    ``judged``: how many more the assessor judged not identifying (left out of ``details``)."""
    shown = "; ".join(f"{d.text} ({d.location})" for d in details[:4])
    more = f"; {len(details) - 4} more" if len(details) > 4 else ""
    also = f", {judged} more judged not identifying" if judged else ""
    if not details:
        return f"identifying details to anonymise: none left ({judged} judged not identifying; I steps through them)"
    return f"identifying details to anonymise: {len(details)}{also} (I steps through them): {shown}{more}"


def _a_name(word: str) -> bool:
    return word.capitalize() in FIRST_NAMES or word.capitalize() in SURNAMES
