"""Words learners use for what the criteria say: "agreement" for contract, "notes" for records.

Each group is a set of words that stand for one idea in coaching and mentoring writing.
A criterion's query is widened with the other words of each group it touches, at a
lower weight, so an essay in the learner's own words still meets its criterion.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from marker.submission.bm25 import tokens

GROUPS = """
contract contracting agreement agree terms ground-rules
record records recording notes note log diary write written documentation paperwork
monitor monitoring review reviewing track progress check measure
barrier barriers obstacle obstacles difficulty difficulties challenge hinder prevent problem problems issue issues struggle constraint constraints clash clashes reluctant reluctance wary resistance cancelled
initiate start begin first commence kick introduce introduction
overcome overcoming tackle solve resolve address avoid workaround
rapport trust trusted relationship relationships connection honest honesty openness believe confide reliable respect
supervision supervisor supervise
reflect reflection reflective reflecting look-back
feedback praise criticism comments constructive
goal goals target targets objective objectives aim aims outcome outcomes want wanted hope hoped
plan planning planned prepare preparation schedule arrange book timetable
model framework process structure stages grow tgrow oskar oscar
tool tools technique techniques questionnaire wheel swot psychometric diagnostic exercise cards scaling
confidential confidentiality private privacy secret
ethical ethics safe safety boundary boundaries code conduct safeguarding
skill skills ability abilities competence competencies
knowledge know understanding understand
behaviour behaviours attitude manner conduct
benefit benefits advantage advantages value gain winner winners reward rewards worthwhile payoff
role job responsibility responsibilities duty duties
purpose reason point why aim
important importance matter matters vital essential crucial
listen listening listened hear heard attention silence
question questions questioning ask asked asking probe probing
strength strengths good well best
weakness weaknesses improvement improve improvements gap weaker weakest
development develop growth cpd training course workshop learning
mentee coachee learner individual person colleague
organisation organisational workplace company employer service business
data gdpr protection storage retention store stored
session sessions meeting meetings conversation
timescale timescales deadline deadlines dates month months weekly fortnightly quarterly january february march april june july august september october november december
inappropriate unacceptable unprofessional bad wrong
"""


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    """Stemmed word -> the other stems of its groups."""
    found: dict[str, set[str]] = {}
    for line in GROUPS.strip().splitlines():
        stems = set(tokens(line.replace("-", " ")))
        for stem in stems:
            found.setdefault(stem, set()).update(stems - {stem})
    return {k: frozenset(v) for k, v in found.items()}


def widen(query: Counter, weight: float = 0.3) -> dict[str, float]:
    """``query`` with each term's group-mates added at ``weight`` of its weight."""
    groups = _groups()
    wide: dict[str, float] = {t: float(w) for t, w in query.items()}
    for term, w in query.items():
        for other in groups.get(term, ()):
            wide[other] = max(wide.get(other, 0.0), w * weight)
    return wide
