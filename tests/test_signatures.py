"""Signatures by a key: a forger who edits the session and recomputes the digest, signs with an untrusted
key, signs outside a key's dates, or trims the audit log is caught by verify; old digest-only signatures
are said to be so."""

import os
from dataclasses import replace
from pathlib import Path

import pytest

from marked import ASSESSOR, marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.errors import SessionError
from marker.keys import SigningKey
from marker.qa import qa_sign, set_review
from marker.rules import Actor, Operation, refusal
from marker.record import KEYED_VERSION, digest, keyed_record, part_digests, record
from marker.session import Decision, Role, Signature
from marker.signing import sign
from marker.store import load, save
from marker.trust import append_change
from marker.verify import verify_session

UNIT_200 = find_rubrics([SHIPPED_RUBRICS]).get("8584-200")
IQA = "Iris Quality"


def sessions_dir() -> Path:
    return Path(os.environ["MARKER_SESSIONS"])


@pytest.fixture
def signed(tmp_path):
    session = marked_session(UNIT_200, tmp_path / "files", referral=("1.2",))
    sign(session, UNIT_200, ASSESSOR, ASSESSOR)
    return save(session, sessions_dir())


def verified(path):
    return verify_session(load(path), UNIT_200, path)


def test_a_signed_session_verifies_naming_the_key_and_its_trust(signed, signers):
    report = verified(signed)
    assert report.ok, report.problems
    fingerprint = signers.signing_key(ASSESSOR).public.fingerprint
    assert any(f"signed by key {fingerprint}" in line for line in report.checked)
    assert any(f"key {fingerprint} (Ann Assessor) is trusted as assessor" in line for line in report.checked)
    assert load(signed).signature(Role.ASSESSOR).fingerprint == fingerprint


def _resign_digest(session, signature: Signature) -> Signature:
    """What a forger can do with marker's own functions: recompute the record's digest and parts."""
    parts = keyed_record(session, UNIT_200, signature.role, signature.name, signature.date,
                         signed_at=signature.signed_at, fingerprint=signature.fingerprint,
                         audit_entries=signature.audit_entries)
    return replace(signature, digest=digest(parts, KEYED_VERSION), parts=part_digests(parts))


def test_referral_to_pass_with_the_digest_recomputed_fails(signed):
    session = load(signed)
    session.criteria["1.2"].decision = Decision.PASS
    session.signatures = [_resign_digest(session, session.signatures[0])]
    save(session, sessions_dir(), signed)
    report = verified(signed)
    assert not report.ok
    assert any("is not key SHA256:" in p and "signature of this record" in p for p in report.problems)


@pytest.mark.parametrize("field, value, named", [
    ("assessor", "Bob Other", "assessor has changed"),
    ("previous", "0" * 32, "previous attempt has changed"),
])
def test_what_a_reader_relies_on_is_signed(signed, field, value, named):
    session = load(signed)
    setattr(session, field, value)
    save(session, sessions_dir(), signed)
    assert any(named in p for p in verified(signed).problems)


def test_a_changed_signing_time_is_caught(signed):
    session = load(signed)
    session.signatures = [replace(session.signatures[0], signed_at="2024-01-01T00:00:00+00:00")]
    save(session, sessions_dir(), signed)
    assert any("signed at has changed" in p for p in verified(signed).problems)


def test_audit_entries_deleted_or_their_who_changed_fail(signed):
    session = load(signed)
    del session.audit[2]
    save(session, sessions_dir(), signed)
    problems = verified(signed).problems
    assert any("the audit log (the" in p and "has changed since it was signed" in p for p in problems)
    assert any("fewer than the" in p and "entries were removed" in p for p in problems)
    assert any("chain breaks at entry 3" in p for p in problems)

    session = load(signed)
    session.audit[3].who = "Bob Other"
    session.audit[3].prev = session.audit[3].prev  # the forger keeps the links they cannot recompute unseen
    save(session, sessions_dir(), signed)
    assert any("the audit log (the" in p for p in verified(signed).problems)


def test_the_signed_by_entry_removed_fails(signed):
    session = load(signed)
    assert session.audit[-1].what == "signed by assessor"
    session.audit.pop()
    session.log("Someone", "AC 1.1 feedback", "", "x")  # a later entry, chained to the trimmed log
    save(session, sessions_dir(), signed)
    problems = verified(signed).problems
    assert any("entries signed) has changed since it was signed" in p for p in problems)


def test_a_signature_by_a_key_the_centre_does_not_trust_fails(tmp_path, monkeypatch, signers):
    stranger = SigningKey.generate()
    monkeypatch.setattr("marker.keys.signing_key", lambda who, **_: stranger)
    session = marked_session(UNIT_200, tmp_path / "files")
    sign(session, UNIT_200, ASSESSOR, ASSESSOR)
    path = save(session, sessions_dir())
    assert any(f"key {stranger.public.fingerprint} cannot be trusted: there is no trust file" in p
               for p in verified(path).problems)
    _start(signers)
    assert any(f"key {stranger.public.fingerprint} is not in the centre's trust file" in p
               for p in verified(path).problems)


def test_a_forger_resigning_in_anothers_name_with_their_own_trusted_key_fails(signed, signers):
    """Bob holds a trusted key, edits Ann's session and signs it again in her name."""
    bob = signers.signing_key("Bob Other")
    session = load(signed)
    session.criteria["1.2"].decision = Decision.PASS
    session.signatures.clear()
    from marker.signatures import new_signature

    session.signatures.append(new_signature(session, UNIT_200, ASSESSOR, Role.ASSESSOR, "2025-03-01", bob))
    save(session, sessions_dir(), signed)
    assert any("belongs to Bob Other in the trust file, not Ann Assessor" in p for p in verified(signed).problems)


def test_a_key_used_outside_its_dates_or_after_revocation_fails(signed, signers):
    ann = signers.signing_key(ASSESSOR)
    session = load(signed)
    day = session.signatures[0].signed_at[:10]
    append_change(signers.path, signers.centre, {"action": "revoke", "key": ann.public.text, "valid_from": day,
                                               "reason": "left the centre", "at": session.signatures[0].signed_at})
    assert any(f"was revoked from {day} (left the centre)" in p for p in verified(signed).problems)


def test_a_key_trusted_only_from_a_later_date_fails(tmp_path, signers, monkeypatch):
    late = SigningKey.generate()
    append_change(signers.path if signers.path.exists() else _start(signers), signers.centre,
                  {"action": "add", "name": "Lee Late", "role": "assessor", "key": late.public.text,
                   "valid_from": "2099-01-01", "at": "2000-01-01T00:00:00+00:00"})
    monkeypatch.setattr("marker.keys.signing_key", lambda who, **_: late)
    session = marked_session(UNIT_200, tmp_path / "files")
    sign(session, UNIT_200, "Lee Late", "Lee Late")
    path = save(session, sessions_dir())
    assert any("is trusted as assessor from 2099-01-01, not on" in p for p in verified(path).problems)


def _start(signers):
    signers.signing_key("Someone Else")
    return signers.path


def test_a_session_signed_before_keys_verifies_as_digest_only(tmp_path, signers):
    session = marked_session(UNIT_200, tmp_path / "files")
    parts = record(session, UNIT_200, Role.ASSESSOR, ASSESSOR, "2024-06-01")
    session.signatures.append(Signature(ASSESSOR, "assessor", "2024-06-01", digest(parts), "1999-06-01T10:00:00+00:00",
                                        part_digests(parts)))
    path = save(session, tmp_path)  # no trust file here or in the sessions folder yet
    report = verify_session(load(path), UNIT_200, path)
    assert report.ok and any("digest only (no key)" in line for line in report.checked)
    signers.signing_key("Centre Person")  # the centre starts its trust file now
    report = verify_session(load(path), UNIT_200, path)
    assert report.ok  # signed before the trust file began
    session = load(path)
    session.signatures = [replace(session.signatures[0], signed_at="2099-01-01T00:00:00+00:00")]
    save(session, tmp_path, path)
    assert any("has no key, yet is dated 2099" in p for p in verify_session(load(path), UNIT_200, path).problems)


def test_qa_by_the_key_that_signed_the_marking_is_refused_whatever_the_names(signed, signers, monkeypatch):
    session = load(signed)
    ann = signers.signing_key(ASSESSOR)
    monkeypatch.setattr("marker.keys.signing_key", lambda who, **_: ann)
    for ref in [c.ref for c in UNIT_200.criteria]:
        set_review(session, UNIT_200, ref, "agree", "", "Ivy Other")
    with pytest.raises(SessionError, match="your key .* signed the marking"):
        qa_sign(session, UNIT_200, "Ivy Other", "Ivy Other")


def test_a_qa_signature_by_the_marking_key_fails_verify(signed, signers):
    """Made around the app's refusal: the IQA signature written with Ann's key under another name."""
    from marker.signatures import new_signature

    session = load(signed)
    session.signatures.append(new_signature(session, UNIT_200, "Ivy Other", Role.IQA, "2025-03-02",
                                            signers.signing_key(ASSESSOR)))
    save(session, sessions_dir(), signed)
    assert any("signed by the key that signed the marking" in p for p in verified(signed).problems)


def test_a_cyrillic_letter_does_not_make_another_person(signed):
    session = load(signed)
    for lookalike in ("Аnn Assessor", "Ann\u200b Assessor", "Ａnn Assessor"):  # Cyrillic А, zero-width space, full-width
        assert "nobody quality assures their own marking" in refusal(session, Actor(lookalike, Role.IQA),
                                                                     Operation.REVIEW)


def test_a_qa_signature_verifies_with_both_keys(signed, signers):
    session = load(signed)
    for ref in [c.ref for c in UNIT_200.criteria]:
        set_review(session, UNIT_200, ref, "agree", "", IQA)
    qa_sign(session, UNIT_200, IQA, IQA)
    save(session, sessions_dir(), signed)
    report = verified(signed)
    assert report.ok, report.problems
    assert any(f"{signers.signing_key(IQA).public.fingerprint} (Iris Quality) is trusted as iqa" in line
               for line in report.checked)


def test_signing_without_a_key_says_run_keys_init_in_one_line(tmp_path, monkeypatch):
    monkeypatch.undo()  # the user's real key lookup, with an empty keys folder
    monkeypatch.setenv("MARKER_KEYS", str(tmp_path / "no-keys"))
    monkeypatch.setenv("MARKER_SESSIONS", str(tmp_path / "sessions"))
    import marker.keys

    assert marker.keys.signing_key.__module__ == "marker.keys"
    session = marked_session(UNIT_200, tmp_path / "files")
    before = len(session.audit)
    with pytest.raises(SessionError, match=r"^cannot sign: you have no signing key yet .*marker keys init") as caught:
        sign(session, UNIT_200, ASSESSOR, ASSESSOR)
    assert "\n" not in str(caught.value) and not session.signatures and len(session.audit) == before

