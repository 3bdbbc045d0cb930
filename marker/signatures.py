"""Signatures by a key: making one over the record, and checking one against the record and the trust file.

A signature is an Ed25519 signature, by the signer's own key, of the SHA-256 digest of
the keyed record (``marker.record.keyed_record``). Checking recomputes the record from
the session as it is now: a record edited and its digest recomputed no longer matches
the key's signature, and nobody without the private key can sign it again in that
name. Whether the key may sign for that person and role on that date is the centre's
trust file's to say (``marker.trust``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from marker.audit_chain import first_break
from marker.names import same_name
from marker.record import KEYED_VERSION, changed_parts, digest, keyed_record, part_digests, record
from marker.rubric import Rubric
from marker.session import Role, Session, Signature, now

if TYPE_CHECKING:
    from marker.keys import SigningKey
    from marker.trust import Trust, TrustProblem

MESSAGE = b"marker-signature-2\n"


def message(record_digest: str) -> bytes:
    """What the key signs: the record's digest, marked as a marker signature."""
    return MESSAGE + record_digest.encode("ascii")


def new_signature(session: Session, rubric: Rubric, name: str, role: Role, on: str, key: SigningKey) -> Signature:
    """The signer's signature over the record as it is now, audit log included."""
    signed_at, entries = now(), len(session.audit)
    parts = keyed_record(session, rubric, role, name, on, signed_at=signed_at, fingerprint=key.public.fingerprint,
                         audit_entries=entries, signing=True)
    value = digest(parts, KEYED_VERSION)
    return Signature(name=name, role=role.value, date=on, digest=value, signed_at=signed_at,
                     parts=part_digests(parts), key=key.public.text, signature=key.sign(message(value)),
                     audit_entries=entries)


@dataclass
class Finding:
    """What checking one signature found: lines that held, and lines that failed."""

    held: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def check(session: Session, rubric: Rubric, signature: Signature, trust: Trust | TrustProblem | None,
          who: str) -> Finding:
    """Does ``signature`` still match the record, is it its key's, and was that key trusted then?

    ``who`` is how lines begin ("R1_8584-200.toml: assessor signature (Ann, 2025-03-01)").
    """
    finding = Finding()
    if not signature.key:
        parts = record(session, rubric, signature.role, signature.name, signature.date)
        if digest(parts) == signature.digest:
            finding.held.append(f"{who}: digest only (no key): matches the record, but does not show who signed "
                                "(signed before marker had keys)")
            if (began := _trust_began(trust)) and signature.signed_at >= began:
                finding.failed.append(f"{who}: has no key, yet is dated {signature.signed_at}, after the centre's "
                                      f"trust file began ({began}): every signature since has a key")
        else:
            finding.failed += _changes(who, signature, parts, session, rubric)
        return finding
    if signature.audit_entries > len(session.audit):
        finding.failed.append(f"{who}: the audit log has {len(session.audit)} entries, fewer than the "
                              f"{signature.audit_entries} it signed: entries were removed")
    parts = keyed_record(session, rubric, signature.role, signature.name, signature.date,
                         signed_at=signature.signed_at, fingerprint=signature.fingerprint,
                         audit_entries=signature.audit_entries)
    value = digest(parts, KEYED_VERSION)
    from marker.keys import PublicKey  # cryptography loads only when a signature is checked

    try:
        key = PublicKey.parse(signature.key)
    except ValueError as exc:
        finding.failed.append(f"{who}: its key is not a public key ({exc})")
        return finding
    if value != signature.digest:
        finding.failed += _changes(who, signature, parts, session, rubric)
    elif not key.verifies(signature.signature, message(value)):
        finding.failed.append(f"{who}: is not key {key.fingerprint}'s signature of this record "
                              "(the signature or its digest was written by someone without the key)")
    else:
        finding.held.append(f"{who}: matches the record, signed by key {key.fingerprint}")
    trusted, why = _trusted(trust, key, signature)
    (finding.held if trusted else finding.failed).append(f"{who}: {why}")
    return finding


def _trusted(trust: Trust | TrustProblem | None, key, signature: Signature) -> tuple[bool, str]:
    from marker.trust import TrustProblem

    if trust is None:
        return False, (f"key {key.fingerprint} cannot be trusted: there is no trust file (trusted-keys) with "
                       "the session; the centre starts one with `marker trust init`")
    if isinstance(trust, TrustProblem):
        return False, f"key {key.fingerprint} cannot be trusted: {trust}"
    return trust.judge(key, signature.role, signature.name, signature.signed_at)


def _trust_began(trust: Trust | TrustProblem | None) -> str:
    from marker.trust import Trust

    return trust.changes[0].get("at", "") if isinstance(trust, Trust) and trust.changes else ""


def _changes(who: str, signature: Signature, parts, session: Session, rubric: Rubric) -> list[str]:
    changed = changed_parts(signature.parts, parts)
    if not changed:
        return [f"{who}: the record does not match its signed digest"]
    return [f"{who}: {_describe(part, rubric, session, signature)} has changed since it was signed" for part in changed]


def _describe(part: str, rubric: Rubric, session: Session, signature: Signature) -> str:
    if part == "rubric file":
        return f"the rubric file {rubric.path.name}"
    if part.startswith("file "):
        return f"the recorded SHA-256 of submission {part}"
    if part == "audit log":
        covered = session.audit[:signature.audit_entries]
        at = first_break(covered)
        where = f" (its chain breaks at entry {at + 1}: {covered[at].what!r} by {covered[at].who})" if at is not None else ""
        return f"the audit log (the {signature.audit_entries} entries signed{where})"
    return part


def self_qa(session: Session, trust: Trust | TrustProblem | None) -> str:
    """Why the QA signature is the marker's own, whatever the names say ("" when it is not)."""
    assessor, iqa = session.signature(Role.ASSESSOR), session.signature(Role.IQA)
    if assessor is None or iqa is None:
        return ""
    if assessor.key and assessor.key == iqa.key:
        return (f"the QA was signed by the key that signed the marking ({assessor.fingerprint}): "
                "nobody quality assures their own marking")
    if same_name(assessor.name, iqa.name):
        return f"the QA was signed by {iqa.name}, who signed the marking: nobody quality assures their own marking"
    from marker.trust import Trust

    if isinstance(trust, Trust) and assessor.key and iqa.key:
        holders = {key: {g.name for g in trust.grants if g.key.text == key} for key in (assessor.key, iqa.key)}
        if any(same_name(a, b) for a in holders[assessor.key] for b in holders[iqa.key]):
            return "the keys that signed the marking and the QA belong to the same person in the trust file"
    return ""

