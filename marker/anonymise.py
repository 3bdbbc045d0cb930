"""Identifying details the assessor judged not identifying: kept in the session, left out of what must be anonymised.

The check flags names it cannot tell from words ("Bridget" the learner's street, "Mr Men" a book), and a
finding the assessor knows is no person would otherwise be listed in the learner report and warned of at
export every time. The assessor's judgement is kept by the detail's key (its location and text, so the
name itself is not written again), logged, and covered by the signature like any other entry.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeVar

from marker.practice_check import row_key

Detail = TypeVar("Detail")


def detail_key(location: str, text: str) -> str:
    """A detail's key in the session: the same files give the same key."""
    return row_key(location, text)


def judged_not_identifying(detail, dismissed: Collection[str]) -> bool:
    return detail_key(detail.location, detail.text) in dismissed


def to_anonymise(details: Sequence[Detail] | None, dismissed: Collection[str] | None) -> Sequence[Detail] | None:
    """The details still to anonymise: all of them but those the assessor judged not identifying."""
    if details is None or not dismissed:
        return details
    return tuple(d for d in details if not judged_not_identifying(d, dismissed))
