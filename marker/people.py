"""Who is who on a session: who marked it, who quality assured it, and whether two names are one person.

From the signatures and the audit log, so ``marker.rules`` can say "nobody quality
assures their own marking" and "whoever quality assured it does not change the
assessor's entries", and lists and sampling name the same assessor.
"""

from __future__ import annotations

from marker.names import same_name
from marker.session import Role, Session, is_assessor_signing, is_qa_entry


def same_person(a: str, b: str) -> bool:
    """Names compared as a reader sees them (``marker.names``): case, spacing, Unicode forms and look-alike
    letters folded, so ``Аnn Assessor`` with a Cyrillic А is ``  ann  ASSESSOR``."""
    return same_name(a, b)


def assessor_of(session: Session) -> str:
    """Whose marking this is: the assessor who signed it, else the one who began it."""
    signature = session.signature(Role.ASSESSOR)
    return (signature.name if signature else session.assessor) or "unknown"


def marked_by(session: Session, name: str) -> bool:
    """Whether ``name`` marked this session: created it, signed it now, or signed it before (audit log)."""
    signature = session.signature(Role.ASSESSOR)
    signers = [e.who for e in session.audit if is_assessor_signing(e)]
    return any(same_person(name, n) for n in (session.assessor, signature.name if signature else "", *signers))


def quality_assured_by(session: Session, name: str) -> bool:
    """Whether ``name`` made QA entries on this session (audit log) or signed its QA."""
    signature = session.signature(Role.IQA)
    iqas = [e.who for e in session.audit if is_qa_entry(e)]
    return any(same_person(name, n) for n in (signature.name if signature else "", *iqas))
