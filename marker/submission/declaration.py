"""The learner's declaration that the work is their own, as the handbooks require.

"ILM External Quality Assurers cannot ratify any assessments where the learner has not
specifically confirmed it is their own work." Recognised in the learner's own words, or
as a declaration's heading once signed; never in the handbook's instruction to make one
or the blank template's "Candidate Named below confirms authenticity of submission".
"""

from __future__ import annotations

import re

# The learner's own words that the work is theirs: "this is all my own work", "I confirm that the work
# in this journal is my own", "I certify that this portfolio is entirely my own", "I declare ...".
_DECLARATION = re.compile(
    r"\bmy\s+own\s+(?:original\s+|unaided\s+|independent\s+)?work\b|"
    r"\b(?:work|portfolio|assignment|assessment|journal|diary|evidence|submission|account|report|answers)\b[^.]{0,100}?"
    r"\b(?:is|are)\s+(?:all\s+|entirely\s+|wholly\s+|completely\s+)?my\s+own\b|"
    # "I declare" only with what it declares: the work's being theirs or the record's truth, never "I declare
    # any conflict of interest ... into my own team" in a paragraph on ethics
    r"\bI\s+(?:hereby\s+)?declare\b[^.]{0,200}?\b(?:my\s+own(?=\s*(?:work\b|and\b|[.,;:)]|$))|original|authentic|genuine|true|accurate(?:ly)?|"
    r"plagiari[sz]\w*|copied|unaided|took\s+place|carried\s+out)\b|"
    # "my own" closes the claim ("… is my own and …"), never "in my own office"
    r"\bI\s+(?:hereby\s+)?(?:confirm|certify)\b[^.]{0,160}?\b(?:my\s+own(?=\s*(?:work\b|and\b|[.,;:)]|$))|authentic|original)\b|"
    # "I confirm that this log is a true record of my coaching practice": a log's own declaration (not "I confirm I
    # will keep a true record of each session", a plan)
    r"\bI\s+(?:hereby\s+)?(?:confirm|certify)\b[^.]{0,60}?\b(?:this|the|my|these)\s+(?:[\w-]+\s+){0,3}(?:is|are)\s+"
    r"(?:an?\s+)?(?:true|accurate|full)\s+(?:and\s+(?:accurate|complete|true)\s+)?records?\b",
    re.IGNORECASE,
)
# A declaration's heading or the ILM mark sheet's line counts only once signed or named: the blank
# template ("Candidate Named below confirms authenticity of submission / NAME:") and the handbook's
# instruction ("You must make a formal declaration of authenticity") are no declaration.
_DECLARATION_LABEL = re.compile(
    r"(?:declaration|statement)\s+of\s+authenticity|authenticity\s+(?:statement|declaration)|"
    r"\b(?:learner|candidate|student)(?:['’]s)?\s+declaration|named\s+below\s+confirms\s+authenticity",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"\b(?i:signed|signature|name)\b(?:[ \t]*\([^)\n]{0,20}\))?[ \t]*[:|]?[ \t]*[A-Z][a-z]+")


def is_declaration(text: str) -> bool:
    """Does this passage declare the work the learner's own (or sign a declaration's heading)?"""
    lowered = text.lower()
    # Every wording above holds one of these: most blocks are passed over without the regex.
    if not ("own" in lowered or "declar" in lowered or "authentic" in lowered or "confirm" in lowered):
        return False
    if _DECLARATION.search(text):
        return True
    label = _DECLARATION_LABEL.search(text)
    return bool(label and _SIGNED.search(text, label.end()))
