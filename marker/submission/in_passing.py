"""A full name only ever mentioned in passing: weak evidence of someone to anonymise.

The handbooks ask for the mentees, clients and third parties of the learner's practice to be
anonymised. Those people come back in the account: in a session, beside their role, by their
first name later, in a log or a form. A name the submission only ever writes in full, in
sentences about no mentee, client, session or meeting (a presenter held up as an example, a
playwright, a character in a play), is no one the learner worked with, so no finding.
"""

from __future__ import annotations

import re

from marker.submission.name_words import UPPER

# Words of the learner's practice, of their working world and of meeting them: beside any of them a name may be a
# mentee's, a client's or a third party's ("Gemma Lowe from the finance office joined us", "rang me", "asked by").
_PRACTICE = re.compile(
    r"\b(?:mentee|mentor|coachee|coach|client|customer|patient|apprentice|trainee|learner|participant|session|"
    r"supervis|contract|consent|feedback|meeting|met\b|meets?\b|spoke|talked|phoned|rang\b|called|e-?mailed|texted|"
    r"asked|suggested|helped|invited|introduced|recommended|referr|observ|shadow|review|"
    r"manager|colleague|team|staff|department|office|wards?\b|shift|rotas?\b|appraisal|interview|probation|promot)"
    r"|\b(?:me|us|we|our|my)\b", re.IGNORECASE)
# The learner in the clause ("I gave Kelly Marsh a copy", "I noticed that Kelly ..."), unless they only compare
# themselves to the name: "I am not Ted Hastings", "I was not there to be Tom Hanks", "I felt like ...".
_I = re.compile(r"\bI\b")
_COMPARED = re.compile(r"\b(?:am|was|were|be|is|are|not|like|as)[ \t]+\Z")
# "The new starter, Mary-Jane Cole, asked ...", "Danielle's line manager, Steve Pearce, ...", "Mary-Jane Cole, our new
# cashier, ...": described by their place in the learner's world, which no one held up as an example is.
_ROLE_BEFORE = re.compile(r"(?:(?i:\b(?:the|a|an|our|my|her|his|their)[ \t]+)|['’]s?[ \t]+)(?:(?:[a-z-]+|[A-Z&]{2,})[ \t]+){0,3}[a-z-]+"
                          r"[ \t]*[,(–][ \t]*\Z")
_ROLE_AFTER = re.compile(r"[ \t]*[,(–][ \t]*(?:our|my|her|his|their)[ \t]+[a-z]")  # not ", a one-woman play"
_SIGN_OFF = re.compile(r"\b(?:regards|wishes|thanks|sincerely|faithfully|truly|signed)[ \t]*,?\Z", re.IGNORECASE)
_DATED = re.compile(r"\A[ \t]*[,–-]?[ \t]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4})[ \t.]*\Z")  # signed and dated
# A clause: "X often says ...; the same is true of coaching", "colleagues assume ..., and I am not Ted Hastings".
_SENTENCE_END = re.compile(r"[.!?;:](?=\s|$)|\n|,[ \t]+(?:and|but|so|while|whereas|yet)\b")


# The learner saying who they are not or would be: "I am not Ted Hastings", "I was not there to be Tom Hanks".
_SELF_COMPARED = re.compile(r"\b(?:am|['’]m|was|were)[ \t]+not[ \t]+\Z|\bto[ \t]+be[ \t]+\Z")  # not "I was not sure Kelly ..."


def compared_with_the_learner(full_name: str, text: str) -> bool:
    """Is every mention of ``full_name`` one the learner compares themselves with, in a clause of theirs?
    Someone the learner says they are not, or were not there to be, is a figure, never a mentee."""
    mentions = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(full_name)}(?![\w-])", text)]
    return bool(mentions) and all(_SELF_COMPARED.search(text, max(0, at - 40), at) and _I.search(_sentence(text, at))
                                  for at in mentions)


def only_in_passing(full_name: str, first: str, text: str) -> bool:
    """Is ``full_name`` ("Noel Fitzpatrick") written only in full, never its first name alone, and
    never in a clause about the learner's practice or someone they met?"""
    mentions = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(full_name)}(?![\w-])", text)]
    if not mentions or used_alone(first, text):
        return False
    return not any(_in_a_field(text, at, at + len(full_name)) or _PRACTICE.search(clause := _sentence(text, at))
                   or _I.search(clause) and not _COMPARED.search(text, max(0, at - 12), at)
                   or _ROLE_BEFORE.search(text, max(0, at - 60), at) or _ROLE_AFTER.match(text, at + len(full_name))
                   for at in mentions)


def used_alone(first: str, text: str) -> bool:
    """ "Tom" alone, not "Tom W." nor "Tom Hanks": the first name used alone is someone the account comes back to."""
    return re.search(rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-]|[ \t]+[{UPPER}])", text) is not None


def about_the_practice(clause: str) -> bool:
    """Does a clause speak of the learner's practice, working world or someone they met?"""
    return bool(_PRACTICE.search(clause) or _I.search(clause))


def _in_a_field(text: str, at: int, end: int) -> bool:
    """ "From: Shannon Fielding <...>", "Mentee signature | Ewan Strachan", "Kind regards, Danielle Fraser",
    "Danielle Fraser, 22/01/2025", "... listening to me. Danielle Fraser", a name on a line of its own:
    a header, a form's field or a signature, not prose."""
    line_start = max(text.rfind("\n", 0, at), text.rfind("|", 0, at)) + 1
    line_end = text.find("\n", at)
    before = text[line_start:at].strip()
    after = text[end:line_end if line_end >= 0 else len(text)]
    return (not before or before.endswith(":") or bool(_SIGN_OFF.search(before)) or "@" in after
            or bool(_DATED.search(after)) or before[-1] in ".!?" and not after.strip(" \t."))


def _sentence(text: str, at: int) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    start = starts[-1] if starts else max(0, at - 400)
    end = _SENTENCE_END.search(text, at)
    return text[start:end.start() if end else len(text)]
