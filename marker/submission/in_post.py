"""Colleagues named in their post: "our Matron, Angela Forde", "the Deputy Head, Mr Okoro",
"Area Manager Dave Pritchard", "Lisa Hartnell (Contracts Manager)".

A name written beside a post in the organisation, capitalised as a post is (the one Deputy
Head, not "a new care assistant"), is the learner's colleague acting in that role: not a
mentee, client or third party of their practice, so not to be anonymised. Unless the post is
someone else's ("Her Line Manager, Steve Pearce", "the client's Head of Year, Mr Gill") or the
same name is given as a mentee's or client's anywhere in the submission.
"""

from __future__ import annotations

import re

# The word a post ends in: a position in an organisation. Not "Assistant", "Worker", "Leader",
# "Supervisor" or "Officer": those are as often the jobs of the people mentored.
_HEAD = (r"(?:Manager|Director|Head|Headteacher|Deputy|Lead|Executive|Chair|Chairman|Chairperson|President|Principal|"
         r"Governor|Trustee|Matron|Superintendent|Partner|Educator|Owner|Founder|Coordinator|Co-ordinator|"
         r"Adviser|Advisor|Administrator|Secretary|Controller|Inspector|Mayor|CEO|COO|CFO|MD|"
         r"Mentor|Tutor|Assessor|Verifier|Assurer|IQA|SENCo|SENDCo|SENCO|SENDCO|DSL|DDSL|HoD|HoY|Consultant|Councillor|"
         r"Cllr|Canon|Vicar)")
_TITLE_WORD = r"(?:(?!(?:Her|His|Their|My|Our|Your|The|A|An)\b)[A-Z][A-Za-z&-]*|HR|IT|L&D|and|&)"
_POST = (rf"(?:{_TITLE_WORD}[ \t]+){{0,3}}{_HEAD}"
         r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w-]+(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w-]+){0,2}?)?")
_NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+|[A-Z]\.[ \t]*)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
# Whose post it is: the organisation's ("the", "our", none at a sentence's start), never "her" or "the client's".
_OWNED = r"(?:(?<=[.!?:;(|])|^|(?:\b(?i:the|our|my|with|to|from|by|and|for)[ \t]+))"
_POST_THEN_NAME = re.compile(rf"{_OWNED}[ \t]*({_POST})[ \t]*(?:(?:,|:|–|-)?[ \t]+|[ \t]*\([ \t]*)({_NAME})(?![\w'’-])",
                             re.MULTILINE)
_NAME_THEN_POST = re.compile(rf"(?<![\w'’-])({_NAME})[ \t]*(?:,|\(|–|-)[ \t]*(?:(?:the|our|my)[ \t]+)?({_POST})"
                             r"(?=[ \t]*(?:[,.;:)\n–-]|$|[ \t](?:at|for|in|of|who|and|agreed|asked|said|signed)\b))",
                             re.MULTILINE)
_SOMEONE_ELSES = re.compile(r"(?:\b(?:her|his|their|a|an|new)|['’]s?)[ \t]+\Z", re.IGNORECASE)
# A name given as a mentee's or client's: their role or a form's field for them just before it ("my coachee,
# Tomasz", "Coachee | Tomasz", "my coachee was our Operations Manager, Marek", "I coached"), or just after it
# in the same sentence ("Marek Nowicki, Operations Manager, was one of my coachees", "Tom Bradshaw (mentee)",
# "... asked to be mentored"). Not "my mentee with my manager, Gary", nor "as the client's advocate".
_PRACTICE_BEFORE = re.compile(
    r"(?:\b(?:mentee|client|coachee|apprentice|trainee)s?(?:['’]s)?[ \t]*(?:[,:(|–-]|\b(?:was|is|named|called)\b)?[ \t]*"
    r"|\b(?:mentee|client|coachee)[ \t]+(?:was|is)[ \t]+(?:our|the|a|an)[ \t]+(?:[\w&-]+[ \t]+){0,3}?[\w&-]+,[ \t]*"
    r"|(?:^|\|)[ \t]*(?:mentee|client|coachee|individual|participant)(?:['’]s)?(?:[ \t]+(?:full[ \t]+)?(?:name|signature|signed))?"
    r"[ \t]*[:|][ \t]*"
    r"|\b(?:mentor|coach|mentored|coached|mentoring|coaching)[ \t]+)\Z", re.IGNORECASE | re.MULTILINE)
_PRACTICE_AFTER = re.compile(
    r"[^.\n]{0,80}?\b(?:is|was|became|as|be)[ \t]+(?:my|a|one[ \t]+of[ \t]+my)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:mentee|coachee|client)s?(?![\w'’-])"
    r"|[^.\n]{0,60}?\b(?:asked|agreed|wanted|volunteered|applied)[ \t]+to[ \t]+be[ \t]+(?:mentored|coached)"
    r"|[ \t]*(?:,|\(|–|-)[ \t]*(?:(?:my|our|a|the)[ \t]+)?(?:mentee|coachee|client)s?(?![\w'’-])", re.IGNORECASE)
_PLAIN_HEADS = frozenset({"Manager", "Director", "Head", "Lead", "Partner", "Deputy", "Chair", "Executive", "Mentor"})


def named_in_post(text: str) -> list[str]:
    """Names written beside a post of the organisation's, as written ("Mr Okoro", "Angela Forde")."""
    if not re.search(_HEAD, text):
        return []  # most blocks: one scan rules them out
    names = []
    for match in _POST_THEN_NAME.finditer(text):
        post, name = match.group(1), match.group(2)
        if not _SOMEONE_ELSES.search(text, max(0, match.start(1) - 12), match.start(1)) and _a_post(post):
            names.append(_trim(name))
    for match in _NAME_THEN_POST.finditer(text):
        if _a_post(match.group(2)):
            names.append(_trim(match.group(1)))
    return [n for n in names if n]


def given_in_practice(name: str, text: str) -> bool:
    """Is ``name`` anywhere given as a mentee's or client's ("Coachee: Tomasz Wierzbicki, Team Leader")?"""
    for at in (m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)):
        if _PRACTICE_BEFORE.search(text, max(0, at - 60), at) or _PRACTICE_AFTER.match(text, at + len(name)):
            return True
    return False


def _a_post(post: str) -> bool:
    """ "Deputy Head", "Matron", "Head of Community": a post, not a lone capitalised "Manager" opening a line."""
    words = post.split()
    return len(words) > 1 or words[0] not in _PLAIN_HEADS


def _trim(name: str) -> str:
    """The name without a post's word run on to it ("Dean Whittle Head" of a table cell)."""
    words = name.split()
    return " ".join(w for w in words if not re.fullmatch(_HEAD, w))
