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
