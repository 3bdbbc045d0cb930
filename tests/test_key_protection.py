"""A protected key resists guessing: new keys use scrypt, keys protected the old way (PBKDF2, 2,048 iterations)
still open and sign, and ``marker keys protect`` upgrades one in place without changing the key."""

import os

import pytest
from cryptography.hazmat.primitives import serialization

from marker.cli import main
from marker.fileio import private_dir
from marker.key_protection import SCRYPT_N, SCRYPT_R, Protection, protection_of
from marker.keys import (KeyProblem, SigningKey, WrongPassphrase, already_open, create_key_pair, key_protection,
                         load_signing_key, open_signing_key, reprotect)

PASSPHRASE = "correct horse"


def old_style_key(folder, passphrase: str) -> SigningKey:
    """A key file as marker wrote it before scrypt: PEM PKCS#8, BestAvailableEncryption or none."""
    key = SigningKey.generate()
    encryption = (serialization.BestAvailableEncryption(passphrase.encode()) if passphrase
                  else serialization.NoEncryption())
    private_dir(folder)
    path = folder / "signing-key.pem"
    path.write_bytes(key.private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               encryption))
    os.chmod(path, 0o600)
    return key


def test_a_new_protected_key_is_encrypted_through_scrypt_at_full_cost(tmp_path):
    create_key_pair(tmp_path, PASSPHRASE)
    pem = (tmp_path / "signing-key.pem").read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----"), "still standard PEM PKCS#8"
    assert protection_of(pem) == Protection("scrypt", (2**17, 8, 1))
    assert SCRYPT_N * SCRYPT_R >= 2**20, "the default is the strong one: 128 MiB a guess"
    assert key_protection(tmp_path).strong
    assert os.stat(tmp_path / "signing-key.pem").st_mode & 0o777 == 0o600


def test_the_reader_sees_the_iterations_cryptography_itself_wrote_for_an_old_key(tmp_path):
    old_style_key(tmp_path, PASSPHRASE)
    protection = key_protection(tmp_path)
    assert protection == Protection("PBKDF2", (2048,)) and not protection.strong
    assert "2,048 iterations" in protection.describe()


@pytest.mark.parametrize("passphrase", [PASSPHRASE, ""], ids=["protected", "unprotected"])
def test_keys_made_before_scrypt_still_open_and_sign(tmp_path, passphrase):
    made = old_style_key(tmp_path, passphrase)
    key = load_signing_key(tmp_path, passphrase=passphrase)
    assert key.public == made.public and made.public.verifies(key.sign(b"record"), b"record")
    assert key_protection(tmp_path).kdf == ("PBKDF2" if passphrase else "none")


def test_a_wrong_passphrase_does_not_open_a_new_key(tmp_path):
    create_key_pair(tmp_path, PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        load_signing_key(tmp_path, passphrase="wrong horse")


def test_reprotecting_keeps_the_key_so_earlier_signatures_still_verify(tmp_path):
    made = old_style_key(tmp_path, PASSPHRASE)
    earlier = made.sign(b"signed last year")
    with pytest.raises(WrongPassphrase):
        reprotect(PASSPHRASE, tmp_path, passphrase="wrong horse")
    assert key_protection(tmp_path).kdf == "PBKDF2", "a wrong passphrase changes nothing"
    reprotect(PASSPHRASE, tmp_path, passphrase=PASSPHRASE)
    assert key_protection(tmp_path) == Protection("scrypt", (SCRYPT_N, SCRYPT_R, 1))
    key = load_signing_key(tmp_path, passphrase=PASSPHRASE)
    assert key.public == made.public and key.public.verifies(earlier, b"signed last year")
    assert os.stat(tmp_path / "signing-key.pem").st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["signing-key.pem"], "no temporary file left"


def test_keys_show_says_an_old_key_is_weak_and_keys_protect_upgrades_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MARKER_KEYS", str(tmp_path))
    monkeypatch.setenv("MARKER_PASSPHRASE", PASSPHRASE)
    made = old_style_key(tmp_path, PASSPHRASE)
    assert main(["keys", "show"]) == 0
    shown = capsys.readouterr().out
    assert "PBKDF2 with 2,048 iterations (weak" in shown and "marker keys protect" in shown
    assert main(["keys", "protect"]) == 0
    assert made.public.fingerprint in capsys.readouterr().out
    assert main(["keys", "show"]) == 0
    shown = capsys.readouterr().out
    assert "scrypt N=2^17" in shown and "marker keys protect" not in shown and made.public.text in shown
    monkeypatch.setenv("MARKER_PASSPHRASE", "wrong horse")
    assert main(["keys", "protect"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "wrong passphrase" in err and "Traceback" not in err


def test_keys_protect_gives_an_unprotected_key_a_passphrase(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MARKER_KEYS", str(tmp_path))
    made = create_key_pair(tmp_path)
    monkeypatch.setenv("MARKER_PASSPHRASE", PASSPHRASE)
    assert main(["keys", "protect"]) == 0
    assert key_protection(tmp_path).kdf == "scrypt"
    assert load_signing_key(tmp_path).public == made.public
    with pytest.raises(KeyProblem, match="passphrase-protected"):
        load_signing_key(tmp_path, passphrase="")


def test_a_key_already_open_is_used_only_for_the_same_file_and_passphrase(tmp_path):
    made = create_key_pair(tmp_path, PASSPHRASE)
    opened = open_signing_key(PASSPHRASE, tmp_path)
    assert opened.key.public == made.public and PASSPHRASE not in repr(opened)
    with already_open(opened):
        assert load_signing_key(tmp_path, passphrase=PASSPHRASE) is opened.key
        with pytest.raises(WrongPassphrase):
            load_signing_key(tmp_path, passphrase="wrong horse")
        reprotect("new horse", tmp_path, passphrase=PASSPHRASE)  # the file changes: opened afresh
        with pytest.raises(WrongPassphrase):
            load_signing_key(tmp_path, passphrase=PASSPHRASE)
    assert load_signing_key(tmp_path, passphrase="new horse").public == made.public
