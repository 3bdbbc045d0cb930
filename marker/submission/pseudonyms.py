"""Names the learner says are not the real ones: a first name alone that is one is no finding.

Two ways a learner says so: of all the names at once ("names have been changed", "used
under pseudonyms"), or of one name as it is introduced ("I will call my mentee Jordan",
"whom I shall call Priya", "referred to here as 'Leo'", "I used the name Ruby instead"), or
as someone made up to explain a point ("imagine a mentee called Sarah", "let's call him Tom").
A full name is never excused: a learner who writes one has not anonymised it.
"""

from __future__ import annotations

import re

# A learner's word that the names in the work are not the real ones.
ALL_CHANGED = re.compile(r"\bpseudonym|\bnames?\b[^.\n]{0,40}?\b(?:have|has|had|were|was|are|is)\s+(?:been\s+)?(?:not\s+)?"
                         r"(?:changed|altered|made\s+up|real|fictitious|false|invented|anonymi[sz]ed)"
                         r"|\bnot\s+(?:his|her|their|the\s+)?\s*real\s+names?|"
                         # "neither is their real name", "none of them are real names"
                         r"\b(?:neither|none)\b[^.\n]{0,20}?\b(?:is|are)\s+(?:(?:his|her|their|the)\s+)?real\s+names?|\b(?:changed|altered)\s+(?:the|their|all|his|her)\s+names"
                         r"|\b(?:made-up|made\s+up|false|fictitious|invented)\s+(?:first\s+)?names", re.IGNORECASE)
# Coded names ("Mentee A", "Client 2", "C1"): beside them, a first name alone is a slip, not a pseudonym.
CODED = re.compile(r"\b(?:Mentee|Client|Coachee|Individual|Participant|Person)\s+(?:[A-Z]|\d{1,2})\b|\b[CM]\d\b")

_QUOTE = "[\"“”‘’']?"
_NAME = rf"{_QUOTE}([A-Z][a-z]+(?:-[A-Z][a-z]+)?){_QUOTE}"
_MORE = rf"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+){_NAME})?"
_PERSON_NOUN = r"(?:[a-z]+(?:ee|er|or|ist|ant|ent|ian|ate)|person|lead|nurse|apprentice|colleague|volunteer|pupil|girl|boy|man|woman)"
"""Someone at work ("assistant", "technician", "trainee", "site lead"), not "the meeting" or "the session"."""
# Whom the name stands for: "her", "my mentee", "the second coachee", "each client".
_WHOM = r"(?:him|her|them|(?:my|the|this|each|these|our)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+)"
_INTRODUCED = re.compile(
    # "I will call my mentee Jordan", "I have called my mentees Sam and Alex", "calling her Priya"
    rf"\b(?i:call(?:ed|ing)?|nam(?:ed?|ing)|refer(?:red|ring)?[ \t]+to)[ \t]+{_WHOM}[ \t]+(?:as[ \t]+)?{_NAME}{_MORE}{_MORE}"
    # "whom I shall call Priya", "who I'll refer to as Leo"
    rf"|\bwhom?[ \t]+(?:I|we)(?:[ \t]+(?:will|shall|have|would)[ \t]+|['’]ll[ \t]+|[ \t]+)"
    rf"(?i:call(?:ed)?|named?|refer(?:red)?[ \t]+to[ \t]+as)[ \t]+{_NAME}"
    # "I have changed my mentee's name to Zara", "in this report my mentee is called Ben"
    rf"|\b(?i:changed|altered)[ \t]+(?:[a-z]+['’]s[ \t]+|(?i:his|her|their|the|my)[ \t]+(?:[a-z]+['’]s[ \t]+)?)?"
    rf"(?:first[ \t]+)?names?[ \t]+to[ \t]+{_NAME}"
    rf"|\b(?:is|are|will[ \t]+be)[ \t]+(?i:called|named|known[ \t]+as|referred[ \t]+to[ \t]+as)[ \t]+{_NAME}{_MORE}"
    # "referred to here as 'Leo'", "known in this journal as Sam"
    rf"|\b(?i:referred[ \t]+to|known)[ \t]+(?:(?:here|throughout|below|(?:in|throughout)[ \t]+this[ \t]+[a-z]+)[ \t]+)?as[ \t]+{_NAME}{_MORE}"
    # "I used the name Ruby", "the pseudonym 'Kai'"
    rf"|\b(?i:the[ \t]+(?:made-up[ \t]+|false[ \t]+)?(?:name|pseudonym))[ \t]+{_NAME}"
    # "imagine a mentee called Sarah": someone made up to explain a point (a stand-in word in the sentence says so)
    rf"|\b(?i:mentee|coachee|client|apprentice|learner|trainee|colleague|starter|person)[ \t]+(?i:called|named)[ \t]+{_NAME}"
    # "an audiology assistant I will call Sam (not his real name)", "a technician I'll call Dev, who …": the person, then
    # the name given them, the clause ending there (not "after the meeting I will call Sam to rearrange")
    rf"|\b(?i:a|an|the|my|one|another|our)[ \t]+(?:[a-z-]+[ \t]+){{0,3}}?{_PERSON_NOUN}[ \t]+(?:whom?[ \t]+)?(?:I|we)"
    rf"(?:[ \t]+(?:will|shall|would|have)|['’]ll)[ \t]+(?i:call|refer[ \t]+to[ \t]+as)[ \t]+{_NAME}(?=[ \t]*[(,.;:]|[ \t]*$)")
# "Consider Alex, a fictional apprentice": found from the comma on, as a pattern led by any capitalised word is slow.
_MADE_UP_AFTER = re.compile(r",[ \t]*(?i:a|an)[ \t]+(?i:fictional|fictitious|hypothetical|imaginary|made-up|typical)\b")
_NAME_BEFORE = re.compile(rf"{_NAME}[ \t]*\Z")
# "My second mentee, Kai (not his real name - he chose it)": the name, then the learner's word that it is made up.
_NOT_REAL_AFTER = re.compile(r"[ \t]*[(,–—-][ \t]*(?i:not[ \t]+(?:his|her|their|the|a)[ \t]+real[ \t]+name)")


# Said of a name to come or of the whole account, not of a phone call ("I called my mentee Dan to rearrange").
_STAND_IN = re.compile(r"\b(?:will|shall|going\s+to|throughout|instead|real|anonym\w*|confidential\w*|identity|identities|"
                       r"protect|privacy|pseudonym\w*|have\s+(?:called|named|referred|changed)|here|"
                       r"this\s+(?:journal|account|report|portfolio|assignment|essay|log|diary)|"
                       # a made-up example: "imagine a mentee called Sarah", "let's call him Tom"
                       r"imagine|hypothetical\w*|fictional|fictitious|imaginary|scenario|for\s+example|for\s+instance|"
                       r"let['’]s|let\s+us|suppose|typical)\b|['’]ll\b", re.IGNORECASE)


_CUES = ("call", "nam", "refer", "known", "pseudonym", "fictional", "fictitious", "hypothetical", "imaginary", "made-up",
         "typical")


def introduced_pseudonyms(text: str) -> set[str]:
    """First names the text introduces as stand-ins: "I will call my mentee Jordan" gives {"Jordan"}."""
    low = text.lower()
    if not any(word in low for word in _CUES):
        return set()
    names = set()
    for match in _MADE_UP_AFTER.finditer(text) if "fictional" in low or "hypothetical" in low or "imaginary" in low \
            or "fictitious" in low or "made-up" in low or "typical" in low else ():
        if name := _NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            names.add(name.group(1))
    for match in _NOT_REAL_AFTER.finditer(text) if "real name" in low else ():
        if name := _NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            names.add(name.group(1))
    for match in _INTRODUCED.finditer(text):
        sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        sentence_end = min(x for x in (text.find(". ", match.end()), text.find("\n", match.end()), len(text)) if x >= 0)
        if _STAND_IN.search(text, sentence_start, sentence_end):
            names.update(name for name in match.groups() if name)
    return names
