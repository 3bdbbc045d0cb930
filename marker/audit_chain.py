"""The audit log as a chain: each entry carries the digest of every entry before it.

Entry *i* stores ``prev`` = c(i-1), where c(-1) = "" and c(i) = SHA-256 of c(i-1) and
entry *i*'s own fields. A signature records how many entries it covers and their head
c(n-1) in the signed record, so deleting an entry, changing its ``who`` or rewording it
changes the head and fails ``marker verify``; the stored ``prev`` links say where.
Entries written before marker chained the log have an empty ``prev``: their links
are not checked, but a signature still covers them through the head.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Protocol


class AuditEntry(Protocol):
    """What the chain reads of an audit entry (``marker.session.AuditEntry``, which imports this module)."""

    at: str
    who: str
    what: str
    old: str
    new: str
    prev: str


def link(before: str, entry: AuditEntry) -> str:
    """c(i) from c(i-1) and entry *i*: each field length-prefixed, so no two entries hash alike by shifting text."""
    digest = hashlib.sha256(b"marker-audit-1\n")
    for text in (before, entry.at, entry.who, entry.what, entry.old, entry.new):
        data = text.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def head(entries: Sequence[AuditEntry]) -> str:
    """c(n-1) for the entries given, recomputed from their fields ("" for none)."""
    value = ""
    for entry in entries:
        value = link(value, entry)
    return value


def next_link(entries: Sequence[AuditEntry]) -> str:
    """The ``prev`` of an entry appended after ``entries``.

    Constant time while the last entry's own ``prev`` is set (every entry marker writes);
    a log begun before the chain is walked once.
    """
    if not entries:
        return ""
    last = entries[-1]
    before = last.prev if last.prev or len(entries) == 1 else head(entries[:-1])
    return link(before, last)


def first_break(entries: Sequence[AuditEntry]) -> int | None:
    """The index of the first entry whose stored ``prev`` does not match the entries before it.

    An entry removed or changed at *k* shows as a break at *k* + 1 (or at *k*, removed).
    """
    value = ""
    for index, entry in enumerate(entries):
        if entry.prev and entry.prev != value:
            return index
        value = link(value, entry)
    return None


def summary(entries: Sequence[AuditEntry], *, trust_links: bool = False) -> str:
    """What a signature records of the log: how many entries, and their head.

    Signing takes the head from the stored links (constant time on the UI thread: marker
    wrote them); verifying recomputes it from every entry's fields.
    """
    value = next_link(entries) if trust_links else head(entries)
    return f"{len(entries)} entries, head {value}"
