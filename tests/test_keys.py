"""The user's signing key pair: made once, private to the user, optionally passphrase-protected."""

import os

import pytest

from marker.cli import main
from marker.keys import KeyProblem, NoKey, PublicKey, create_key_pair, load_public_key, load_signing_key


def test_keys_init_makes_a_private_key_only_the_user_can_read(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MARKER_KEYS", str(tmp_path / "keys"))
    assert main(["keys", "init", "--no-passphrase"]) == 0
    private = tmp_path / "keys" / "signing-key.pem"
    assert os.stat(private).st_mode & 0o777 == 0o600
    assert os.stat(tmp_path / "keys").st_mode & 0o077 == 0
    made = capsys.readouterr().out
    assert main(["keys", "show"]) == 0
    shown = capsys.readouterr().out
    key = load_signing_key(tmp_path / "keys")
    assert key.public.text in shown and key.public.fingerprint in shown and key.public.fingerprint in made
    assert PublicKey.parse(key.public.text) == key.public


def test_a_second_init_never_replaces_the_key(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MARKER_KEYS", str(tmp_path))
    first = create_key_pair(tmp_path)
    assert main(["keys", "init", "--no-passphrase"]) == 2
    assert "already" in capsys.readouterr().err
    assert load_signing_key(tmp_path).public == first.public


def test_a_key_file_others_can_read_is_refused_in_one_line(tmp_path, monkeypatch, capsys):
    create_key_pair(tmp_path)
    os.chmod(tmp_path / "signing-key.pem", 0o644)
    with pytest.raises(KeyProblem, match="can be read by others.*chmod 600"):
        load_signing_key(tmp_path)
    monkeypatch.setenv("MARKER_KEYS", str(tmp_path))
    assert main(["keys", "show"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "signing-key.pem" in err and "Traceback" not in err


def test_a_passphrase_protects_the_key_and_a_wrong_one_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MARKER_KEYS", str(tmp_path))
    monkeypatch.setenv("MARKER_PASSPHRASE", "correct horse")
    assert main(["keys", "init", "--passphrase"]) == 0
    assert b"ENCRYPTED" in (tmp_path / "signing-key.pem").read_bytes()
    capsys.readouterr()
    assert load_signing_key(tmp_path).public == load_public_key(tmp_path)
    monkeypatch.setenv("MARKER_PASSPHRASE", "wrong horse")
    with pytest.raises(KeyProblem, match="wrong passphrase"):
        load_signing_key(tmp_path)
    monkeypatch.delenv("MARKER_PASSPHRASE")
    with pytest.raises(KeyProblem, match="passphrase-protected.*MARKER_PASSPHRASE"):
        load_signing_key(tmp_path)  # no terminal in a test: no prompt, one line


def test_no_key_and_a_damaged_key_each_say_what_to_do(tmp_path):
    with pytest.raises(NoKey, match="marker keys init"):
        load_signing_key(tmp_path)
    (tmp_path / "signing-key.pem").write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n")
    os.chmod(tmp_path / "signing-key.pem", 0o600)
    with pytest.raises(KeyProblem, match="not a marker signing key"):
        load_signing_key(tmp_path)


def test_a_signature_verifies_only_with_its_own_key_and_message(tmp_path):
    key, other = create_key_pair(tmp_path / "a"), create_key_pair(tmp_path / "b")
    signature = key.sign(b"record")
    assert key.public.verifies(signature, b"record")
    assert not key.public.verifies(signature, b"recorD")
    assert not other.public.verifies(signature, b"record")
    assert not key.public.verifies("not base64!", b"record")


def test_the_app_asks_only_for_a_protected_key_and_only_without_MARKER_PASSPHRASE(tmp_path, monkeypatch):
    from marker.keys import needs_passphrase

    assert not needs_passphrase(tmp_path), "no key yet: loading it says what to do"
    create_key_pair(tmp_path / "plain")
    create_key_pair(tmp_path / "locked", "correct horse")
    assert not needs_passphrase(tmp_path / "plain") and needs_passphrase(tmp_path / "locked")
    monkeypatch.setenv("MARKER_PASSPHRASE", "correct horse")
    assert not needs_passphrase(tmp_path / "locked")


def test_a_passphrase_given_explicitly_opens_the_key_before_the_environment(tmp_path, monkeypatch):
    from marker.keys import WrongPassphrase

    made = create_key_pair(tmp_path, "correct horse")
    monkeypatch.setenv("MARKER_PASSPHRASE", "wrong horse")
    assert load_signing_key(tmp_path, passphrase="correct horse").public == made.public
    with pytest.raises(WrongPassphrase, match="wrong passphrase") as caught:
        load_signing_key(tmp_path, passphrase="stale horse")
    assert "horse" not in str(caught.value).replace(str(tmp_path), "")


def test_signing_with_a_wrong_passphrase_changes_nothing_and_the_right_one_signs(tmp_path, monkeypatch):
    from marked import ASSESSOR, marked_session
    from marker.catalogue import find_rubrics
    from marker.config import SHIPPED_RUBRICS, keys_dir
    from marker.keys import WrongPassphrase
    from marker.qa import qa_sign, set_review
    from marker.session import Verdict
    from marker.signing import sign

    rubric = find_rubrics([SHIPPED_RUBRICS]).get("8584-200")
    monkeypatch.setattr("marker.keys.signing_key", lambda who, **given: load_signing_key(**given))
    made = create_key_pair(keys_dir(), "correct horse")
    session = marked_session(rubric, tmp_path / "files")
    before = len(session.audit)
    with pytest.raises(WrongPassphrase, match="^cannot sign: .*wrong passphrase$"):
        sign(session, rubric, ASSESSOR, ASSESSOR, passphrase="wrong horse")
    assert not session.signatures and len(session.audit) == before
    assert sign(session, rubric, ASSESSOR, ASSESSOR, passphrase="correct horse").key == made.public.text
    for criterion in rubric.criteria:
        set_review(session, rubric, criterion.ref, Verdict.AGREE, "", "Iris Quality")
    monkeypatch.setattr("marker.keys.signing_key", lambda who, **given: load_signing_key(tmp_path / "iqa", **given))
    create_key_pair(tmp_path / "iqa", "iris")
    with pytest.raises(WrongPassphrase, match="^cannot sign the QA: "):
        qa_sign(session, rubric, "Iris Quality", "Iris Quality", passphrase="correct horse")
    assert len(session.signatures) == 1
    assert qa_sign(session, rubric, "Iris Quality", "Iris Quality", passphrase="iris").role == "iqa"
