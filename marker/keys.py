"""The user's signing key pair (Ed25519): making it, reading it, and what a public key looks like.

The private key lives in the user's keys folder (``marker.config.keys_dir``, or
``$MARKER_KEYS``), readable by the user only, optionally encrypted with a passphrase.
A key file that others can read is refused: a signature proves who signed only while
nobody else can read the key. A public key is written ``ed25519:<base64 of 32 bytes>``
and named by its fingerprint ``SHA256:<base64>`` (the form ``ssh-keygen -l`` prints), which
is what a centre's trust file and a result sheet show.

A passphrase-protected key is encrypted through scrypt (``marker.key_protection`` says
why); keys protected before that (PBKDF2, 2,048 iterations) still open as they did, and
``reprotect`` rewrites one with scrypt, the key itself unchanged.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from marker.config import keys_dir
from marker.errors import MarkerError
from marker.fileio import atomic_write_bytes, private_dir
from marker.fingerprints import PREFIX, fingerprint_of
from marker.key_protection import Protection, protect, protection_of

PRIVATE_NAME = "signing-key.pem"
PUBLIC_NAME = "signing-key.pub"
PASSPHRASE_ENV = "MARKER_PASSPHRASE"
"""A script's (or a test's) way to give the passphrase; at a terminal marker asks, and the app asks in its dialogs."""


class KeyProblem(MarkerError):
    """A key file is missing, unreadable, readable by others, or its passphrase is wrong."""


class WrongPassphrase(KeyProblem):
    """The passphrase given does not open the key: the caller may ask again."""


class NoKey(KeyProblem):
    """The user has no key pair yet."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"you have no signing key yet ({folder / PRIVATE_NAME}): run `marker keys init` once, "
                         "then ask your centre to trust it (`marker trust add`)")


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key: what a signature names and a trust file lists."""

    raw: bytes

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        """A public key from its ``ed25519:<base64>`` text.

        Raises:
            ValueError: not such a key, saying why.
        """
        text = text.strip()
        if not text.startswith(PREFIX):
            raise ValueError(f"a public key starts {PREFIX!r}")
        try:
            raw = base64.b64decode(text[len(PREFIX):], validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("the public key is not valid base64") from None
        if len(raw) != 32:
            raise ValueError(f"an Ed25519 public key is 32 bytes, not {len(raw)}")
        return cls(raw)

    @property
    def text(self) -> str:
        return PREFIX + base64.b64encode(self.raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.raw)

    def verifies(self, signature: str, message: bytes) -> bool:
        """Whether ``signature`` (base64) is this key's signature of ``message``."""
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(base64.b64decode(signature, validate=True), message)
        except (InvalidSignature, binascii.Error, ValueError):
            return False
        return True


@dataclass(frozen=True)
class SigningKey:
    """A private key in memory, with its public half."""

    private: Ed25519PrivateKey

    @property
    def public(self) -> PublicKey:
        return PublicKey(self.private.public_key().public_bytes(serialization.Encoding.Raw,
                                                                serialization.PublicFormat.Raw))

    def sign(self, message: bytes) -> str:
        """The signature of ``message``, base64."""
        return base64.b64encode(self.private.sign(message)).decode("ascii")

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())


# --- the user's key files ----------------------------------------------------------------------


def create_key_pair(folder: Path | None = None, passphrase: str = "") -> SigningKey:
    """Make the user's key pair in ``folder`` (default: the keys folder); never replaces one.

    Raises:
        KeyProblem: a key is there already, or the folder cannot be written.
    """
    folder = folder or keys_dir()
    private, public = folder / PRIVATE_NAME, folder / PUBLIC_NAME
    if private.exists():
        raise KeyProblem(f"{private}: you have a signing key already (`marker keys show`); a new one would need "
                         "your centre to trust it again, so move this one away first if you really mean to")
    key = SigningKey.generate()
    pem = protect(key.private, passphrase) if passphrase else key.private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    try:
        private_dir(folder)
        _write_new(private, pem, 0o600)
        public.unlink(missing_ok=True)
        _write_new(public, (key.public.text + "\n").encode("ascii"), 0o644)
    except OSError as exc:
        raise KeyProblem(f"{exc.filename or folder}: the key could not be written ({exc.strerror or exc})") from None
    return key


def _write_new(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def load_signing_key(folder: Path | None = None, passphrase: str | None = None) -> SigningKey:
    """The user's private key, asking for its passphrase when it has one.

    The passphrase comes from ``passphrase`` (the app's password field), then
    ``$MARKER_PASSPHRASE``, then a prompt when there is a terminal. It is used for this
    call only and never appears in a message.

    Raises:
        WrongPassphrase: the passphrase does not open the key.
        KeyProblem: no key, a key file others can read, or a damaged file; one line.
    """
    folder = folder or keys_dir()
    path = _private_file(folder)
    try:
        pem = path.read_bytes()
    except OSError as exc:
        raise KeyProblem(f"{path}: cannot be read ({exc.strerror})") from None
    password = None
    if b"ENCRYPTED" in pem:
        given = passphrase if passphrase is not None else _passphrase(path)
        password = given.encode("utf-8")
        opened = _OPENED.get()
        if opened is not None and opened.pem == pem and hmac.compare_digest(opened.passphrase.encode("utf-8"),
                                                                            password):
            return opened.key
    try:
        key = serialization.load_pem_private_key(pem, password=password)
    except TypeError:
        raise KeyProblem(f"{path}: the key is passphrase-protected; give the passphrase") from None
    except (ValueError, UnsupportedAlgorithm):
        if password is not None:
            raise WrongPassphrase(f"{path}: wrong passphrase") from None
        raise KeyProblem(f"{path}: not a marker signing key (damaged or another kind of file); "
                         "restore it, or make a new one with `marker keys init`") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(f"{path}: not an Ed25519 key; make one with `marker keys init`")
    return SigningKey(key)


@dataclass(frozen=True)
class OpenedKey:
    """A protected key opened with its passphrase: the slow part (the KDF) done, on whichever thread."""

    pem: bytes = field(repr=False)
    passphrase: str = field(repr=False)
    key: SigningKey = field(repr=False)


_OPENED: ContextVar[OpenedKey | None] = ContextVar("marker_opened_key", default=None)


def open_signing_key(passphrase: str, folder: Path | None = None) -> OpenedKey:
    """The user's key opened with ``passphrase``, for ``already_open`` to use at once (the app opens it in a
    worker, since scrypt takes a noticeable fraction of a second, then signs on its own thread).

    Raises:
        WrongPassphrase, KeyProblem: as ``load_signing_key``.
    """
    folder = folder or keys_dir()
    key = load_signing_key(folder, passphrase)
    try:
        pem = (folder / PRIVATE_NAME).read_bytes()
    except OSError as exc:
        raise KeyProblem(f"{folder / PRIVATE_NAME}: cannot be read ({exc.strerror})") from None
    return OpenedKey(pem, passphrase, key)


@contextmanager
def already_open(opened: OpenedKey) -> Iterator[None]:
    """Within, on this thread only, loading the same key file with the same passphrase gives ``opened.key``
    without running the KDF again; a changed file or another passphrase is opened as usual."""
    token = _OPENED.set(opened)
    try:
        yield
    finally:
        _OPENED.reset(token)


def key_protection(folder: Path | None = None) -> Protection:
    """How the user's private key is protected, read from the file (nothing is decrypted).

    Raises:
        KeyProblem: no key, or a key file others can read or nobody can; one line.
    """
    path = _private_file(folder or keys_dir())
    try:
        return protection_of(path.read_bytes())
    except OSError as exc:
        raise KeyProblem(f"{path}: cannot be read ({exc.strerror})") from None


def reprotect(new_passphrase: str, folder: Path | None = None, passphrase: str | None = None) -> SigningKey:
    """Rewrite the user's private key under ``new_passphrase`` with scrypt, in one atomic step: the key itself,
    and so its public key and every signature made with it, stay the same.

    ``passphrase`` opens the key as it is now (``load_signing_key`` says where it comes from otherwise).

    Raises:
        WrongPassphrase: the current passphrase does not open the key; nothing changed.
        KeyProblem: no key, or it cannot be read or written; one line.
    """
    if not new_passphrase:
        raise KeyProblem("protecting the key needs a passphrase; nothing changed")
    folder = folder or keys_dir()
    key = load_signing_key(folder, passphrase)
    path = folder / PRIVATE_NAME
    try:
        atomic_write_bytes(path, protect(key.private, new_passphrase))  # mode 0600, like the file it replaces
    except OSError as exc:
        raise KeyProblem(f"{path}: the key could not be rewritten ({exc.strerror or exc}); it is as it was") from None
    return key


def _private_file(folder: Path) -> Path:
    """The private key's path, once it is known to exist and be the user's alone."""
    path = folder / PRIVATE_NAME
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise NoKey(folder) from None
    except OSError as exc:
        raise KeyProblem(f"{path}: cannot be read ({exc.strerror})") from None
    if info.st_mode & 0o077:
        raise KeyProblem(f"{path}: the private key can be read by others (mode {stat.S_IMODE(info.st_mode):04o}), "
                         f"so it proves nothing; run `chmod 600 {path}` (and make a new key if others may have "
                         "copied it)")
    return path


def _passphrase(path: Path) -> str:
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    if "textual.app" in sys.modules:  # inside the app the terminal is Textual's: its dialogs ask instead
        raise KeyProblem(f"{path}: the key is passphrase-protected and no passphrase was given; "
                         f"type it when marker asks, or set {PASSPHRASE_ENV}")
    if not sys.stdin.isatty():
        raise KeyProblem(f"{path}: the key is passphrase-protected; set {PASSPHRASE_ENV} or run this in a terminal")
    import getpass

    return getpass.getpass(f"passphrase for {path}: ")


def needs_passphrase(folder: Path | None = None) -> bool:
    """Whether signing must ask for the key's passphrase: the key is protected and ``$MARKER_PASSPHRASE`` unset.

    Reads the file only (no decryption); a missing or unreadable key is False, since
    loading it then says what is wrong.
    """
    if PASSPHRASE_ENV in os.environ:
        return False
    try:
        return b"ENCRYPTED" in ((folder or keys_dir()) / PRIVATE_NAME).read_bytes()
    except OSError:
        return False


def load_public_key(folder: Path | None = None) -> PublicKey:
    """The user's public key, from the private key (so the two cannot disagree).

    Raises:
        KeyProblem: as ``load_signing_key``.
    """
    folder = folder or keys_dir()
    public = folder / PUBLIC_NAME
    _private_file(folder)
    if public.is_file():
        try:
            return PublicKey.parse(public.read_text(encoding="ascii").split()[0])
        except (ValueError, IndexError, OSError, UnicodeDecodeError):
            pass  # damaged: the private key says what it is
    return load_signing_key(folder).public


def signing_key(who: str, passphrase: str | None = None) -> SigningKey:
    """The key ``who`` signs with: the key pair of the account marker runs under.

    One account, one key: ``who`` is the signer's name, used here only in messages. The
    tests replace this function to give each person in a test their own key.
    ``passphrase`` opens a protected key (``load_signing_key`` says where it comes from otherwise).

    Raises:
        WrongPassphrase: ``passphrase`` (or ``$MARKER_PASSPHRASE``) does not open the key.
        KeyProblem: no key yet (run ``marker keys init``), or it cannot be used; one line.
    """
    return load_signing_key(passphrase=passphrase)
