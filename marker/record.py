"""The signed record: every part a signature covers, named, in a fixed order.

A signature's digest is SHA-256 over this list serialised canonically (compact JSON,
in rubric order). Each part's own short digest is kept with the signature too, so when
the record no longer matches, ``marker verify`` can say *which* part changed ("AC 1.3
feedback", "file essay.docx", "rubric AC 2.1 pass indicator 1") rather than only that
something did.
"""

from __future__ import annotations

import hashlib
import json

from marker.audit_chain import summary
from marker.outcome import unit_outcome
from marker.rubric import Rubric, Scheme
from marker.session import Role, Session

RECORD_VERSION = b"marker-record-1\n"
"""Digest-only signatures, made before marker had keys: ``record`` alone."""
KEYED_VERSION = b"marker-record-2\n"
"""Signatures by a key: ``keyed_record``, which covers what a reader relies on besides."""

Part = tuple[str, str]


def record(session: Session, rubric: Rubric, role: Role | str, name: str, on: str) -> list[Part]:
    """The parts a signature in ``role`` by ``name`` on ``on`` covers.

    The assessor's signature covers the learner, the rubric's wording, the submission
    files, every decision, feedback, pin, comment and mark, and the outcome. The IQA's
    covers the assessor's signature and the QA entries as well.
    """
    parts = _identity(session) + _rubric_wording(rubric) + _files(session) + _assessor_entries(session, rubric)
    outcome = unit_outcome(session, rubric)
    parts.append(("outcome", f"{outcome.result.value}: {outcome.summary}"))
    if Role(role) is Role.IQA:
        assessor = session.signature(Role.ASSESSOR)
        parts.append(("assessor signature", f"{assessor.name}, {assessor.date}, {assessor.digest}" if assessor else ""))
        parts += qa_entries(session, rubric)
    parts += [("signer", name), ("role", Role(role).value), ("date", on)]
    return parts


def keyed_record(session: Session, rubric: Rubric, role: Role | str, name: str, on: str, *, signed_at: str,
                 fingerprint: str, audit_entries: int, signing: bool = False) -> list[Part]:
    """What a signature by a key covers: ``record``, and the rest a reader relies on.

    The assessor named on the session, the earlier attempt it continues, the time of
    signing, the signer's key, and the audit log up to the signature (its entry count and
    chained head, ``marker.audit_chain``; ``signing`` takes the head from the stored links,
    verifying recomputes it). The IQA's also covers the assessor's key and
    Ed25519 signature. The status is not stored: it follows from the signatures.
    """
    parts = record(session, rubric, role, name, on)
    parts += [("assessor", session.assessor), ("previous attempt", session.previous), ("signed at", signed_at),
              ("signer key", fingerprint), ("audit log", summary(session.audit[:audit_entries], trust_links=signing))]
    if Role(role) is Role.IQA:
        assessor = session.signature(Role.ASSESSOR)
        parts.append(("assessor signature key", f"{assessor.fingerprint} {assessor.signature}" if assessor else ""))
    return parts


def digest(parts: list[Part], version: bytes = RECORD_VERSION) -> str:
    """SHA-256 of the canonical serialisation of the parts."""
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(version + text.encode("utf-8")).hexdigest()


def part_digests(parts: list[Part]) -> dict[str, str]:
    """A short digest of each part, by name: enough to say which changed."""
    return {name: _short(value) for name, value in parts}


def changed_parts(signed: dict[str, str], parts: list[Part]) -> list[str]:
    """Names of the parts that differ from when they were signed (added, removed or changed)."""
    now = dict(parts)
    changed = [name for name, value in parts if signed.get(name) != _short(value)]
    changed += [f"{name} (no longer present)" for name in signed if name not in now]
    return changed


def _short(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def _identity(session: Session) -> list[Part]:
    return [("session id", session.id), ("unit", session.unit), ("attempt", str(session.attempt)),
            ("learner name", session.learner_name), ("learner registration no.", session.learner_reg),
            ("centre number", session.centre_number), ("centre name", session.centre_name)]


def _rubric_wording(rubric: Rubric) -> list[Part]:
    parts: list[Part] = [("rubric file", rubric.digest), ("rubric unit title", rubric.title)]
    for lo in rubric.outcomes:
        parts.append((f"rubric LO {lo.ref} heading", lo.heading))
        for c in lo.criteria:
            parts.append((f"rubric AC {c.ref} criterion", c.text))
            parts += [(f"rubric AC {c.ref} referral indicator {i}", t) for i, t in enumerate(c.referral_indicators, 1)]
            parts += [(f"rubric AC {c.ref} pass indicator {i}", t) for i, t in enumerate(c.pass_indicators, 1)]
    for s in rubric.sections:
        parts.append((f"rubric section {s.ref}", f"{s.title} (max {s.max}, min {s.min})"))
        parts += [(f"rubric section {s.ref} criterion {i}", t) for i, t in enumerate(s.criteria, 1)]
        parts += [(f"rubric question {q.ref}", f"{q.text} ({q.marks} marks)") for q in s.questions]
    if rubric.scheme is Scheme.MARKS:
        parts.append(("rubric pass mark", str(rubric.pass_mark)))
    return parts


def _files(session: Session) -> list[Part]:
    return [(f"file {f.name}", f.sha256) for f in session.files]


def _assessor_entries(session: Session, rubric: Rubric) -> list[Part]:
    parts: list[Part] = []
    for lo in rubric.outcomes:
        for c in lo.criteria:
            entry = session.criteria.get(c.ref)
            if entry is None:
                parts.append((f"AC {c.ref} decision", "missing"))
                continue
            parts += [(f"AC {c.ref} decision", entry.decision.value + (" (carried)" if entry.carried else "")),
                      (f"AC {c.ref} feedback", entry.feedback), (f"AC {c.ref} evidence", "\n".join(entry.evidence))]
        parts.append((f"LO {lo.ref} comment", session.lo_comments.get(lo.ref, "")))
    for s in rubric.sections:
        entry = session.sections.get(s.ref)
        if entry is None:
            parts.append((f"section {s.ref} mark", "missing"))
            continue
        parts += [(f"section {s.ref} mark", "" if entry.mark is None else str(entry.mark)),
                  (f"section {s.ref} strengths", entry.strengths), (f"section {s.ref} weaknesses", entry.weaknesses)]
        parts += [(f"question {q} mark", str(m)) for q, m in sorted(entry.question_marks.items())]
    parts += [(f"answer to QA challenge on {ref}", r.answer) for ref, r in sorted(session.qa.reviews.items()) if r.answer]
    if session.not_identifying is not None:  # only where the assessor judged one: older records keep their digest
        parts.append(("identifying details judged not identifying", ", ".join(sorted(session.not_identifying))))
    if session.practice is not None:  # only where the assessor checked them: older records keep their digest
        rows = ", ".join(f"{key} {value}" for key, value in sorted(session.practice.rows.items()))
        counted = session.practice.individuals
        parts += [("practice rows corrected", rows), ("practice rows added", "\n".join(session.practice.added)),
                  ("practice individuals counted", "" if counted is None else str(counted)),
                  ("practice figures confirmed", session.practice.confirmed)]
    return parts


def qa_entries(session: Session, rubric: Rubric) -> list[Part]:
    """The IQA's entries, as the QA signature covers them."""
    qa = session.qa
    parts: list[Part] = [(f"QA LO {lo.ref} comment", qa.lo_comments.get(lo.ref, "")) for lo in rubric.outcomes]
    parts += [(f"QA section {s.ref} mark", "" if (m := qa.section_marks.get(s.ref)) is None else str(m))
              for s in rubric.sections]
    parts += [(f"QA review of {ref}", f"{r.verdict.value}: {r.reason}") for ref, r in sorted(qa.reviews.items())]
    parts += [("QA outcome", qa.outcome), ("QA comments", qa.comments)]
    return parts
