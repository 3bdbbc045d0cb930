"""How a private key is kept at rest: encrypted under a passphrase with a slow, memory-hard KDF.

A protected key is a standard PKCS#8 ``ENCRYPTED PRIVATE KEY`` (PEM) whose PBES2
parameters name **scrypt** (RFC 7914 §7) and AES-256-CBC: the same file format as before,
read by the same loader (``cryptography``'s ``load_pem_private_key``; ``openssl pkcs8``
too, given ``-scrypt`` memory), only the KDF changes. Why this and not the alternatives:

* ``BestAvailableEncryption`` (what marker used first) is PBES2 with PBKDF2-SHA256 at
  2,048 iterations, and ``cryptography`` lets nobody raise that for PKCS#8: a copied key
  file could be guessed at millions of passphrases a second.
* PKCS#12 takes ``kdf_rounds`` for the key bag, but its MAC stays at 2,048 rounds of the
  PKCS#12 KDF whatever is asked: the MAC checks a guessed passphrase as fast as before,
  so the slow key bag buys nothing.
* OpenSSH's format needs bcrypt, which is not a dependency.

``cryptography`` has no writer for scrypt-PBES2, so ``protect`` builds the few DER fields
itself; ``protection_of`` reads them back (what ``marker keys show`` reports).
"""

from __future__ import annotations

import base64
import os
import textwrap
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
"""scrypt's cost for new keys: 128 MiB and ~0.3 s to open on a 2020s laptop (``bench/bench_passphrase.py``),
so each guess at a copied key file costs an attacker as much."""

# DER of the object identifiers used (RFC 8018, RFC 7914, NIST).
_PBES2 = bytes.fromhex("06092a864886f70d01050d")
_PBKDF2 = bytes.fromhex("06092a864886f70d01050c")
_SCRYPT = bytes.fromhex("06092b06010401da47040b")
_AES256_CBC = bytes.fromhex("060960864801650304012a")
_PEM_LABEL = "ENCRYPTED PRIVATE KEY"


@dataclass(frozen=True)
class Protection:
    """What keeps a key file's private key from whoever copies the file."""

    kdf: str
    """``scrypt``, ``PBKDF2``, ``none`` (not encrypted), or ``unknown``."""
    cost: tuple[int, ...] = ()
    """scrypt's (N, r, p), PBKDF2's (iterations,)."""

    @property
    def strong(self) -> bool:
        """Guessing costs what marker asks of a new key, or more (an unprotected key is not weak, just open)."""
        if self.kdf == "scrypt":
            n, r, _ = self.cost
            return n * r >= SCRYPT_N * SCRYPT_R
        return self.kdf == "none"

    def describe(self) -> str:
        if self.kdf == "scrypt":
            n, r, p = self.cost
            return f"passphrase, scrypt N=2^{n.bit_length() - 1} r={r} p={p} ({128 * n * r // 2**20} MiB a guess)"
        if self.kdf == "PBKDF2":
            return f"passphrase, PBKDF2 with {self.cost[0]:,} iterations (weak: fast to guess)"
        return {"none": "no passphrase (readable by you only)"}.get(self.kdf, "passphrase, an unrecognised scheme")


def protect(key: Ed25519PrivateKey, passphrase: str) -> bytes:
    """``key`` as PEM PKCS#8, encrypted with ``passphrase`` through scrypt and AES-256-CBC."""
    salt, iv = os.urandom(16), os.urandom(16)
    secret = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))
    plain = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())
    padder = padding.PKCS7(128).padder()
    encryptor = Cipher(algorithms.AES(secret), modes.CBC(iv)).encryptor()
    sealed = encryptor.update(padder.update(plain) + padder.finalize()) + encryptor.finalize()
    scrypt = _seq(_SCRYPT, _seq(_octets(salt), _int(SCRYPT_N), _int(SCRYPT_R), _int(SCRYPT_P)))
    algorithm = _seq(_PBES2, _seq(scrypt, _seq(_AES256_CBC, _octets(iv))))
    der = _seq(algorithm, _octets(sealed))
    body = "\n".join(textwrap.wrap(base64.b64encode(der).decode("ascii"), 64))
    return f"-----BEGIN {_PEM_LABEL}-----\n{body}\n-----END {_PEM_LABEL}-----\n".encode("ascii")


def protection_of(pem: bytes) -> Protection:
    """How the key in ``pem`` is protected, read from its PBES2 parameters (nothing is decrypted)."""
    if b"ENCRYPTED" not in pem:
        return Protection("none")
    try:
        der = base64.b64decode(b"".join(line for line in pem.splitlines() if line and not line.startswith(b"-----")))
        info = _children(der)
        algorithm = _children(info[0])
        if _tlv_of(algorithm[0]) != _PBES2:
            return Protection("unknown")
        kdf = _children(_children(algorithm[1])[0])
        params = [_integer(part) for part in _children(kdf[1])[1:] if part[0] == 0x02]
        if _tlv_of(kdf[0]) == _SCRYPT and len(params) >= 3:
            return Protection("scrypt", tuple(params[:3]))
        if _tlv_of(kdf[0]) == _PBKDF2 and params:
            return Protection("PBKDF2", (params[0],))
    except (ValueError, IndexError):
        pass
    return Protection("unknown")


# --- the little DER this needs ---------------------------------------------------------------


def _tlv(tag: int, body: bytes) -> bytes:
    size = len(body)
    if size < 0x80:
        return bytes([tag, size]) + body
    length = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + body


def _seq(*parts: bytes) -> bytes:
    return _tlv(0x30, b"".join(parts))


def _octets(data: bytes) -> bytes:
    return _tlv(0x04, data)


def _int(value: int) -> bytes:
    return _tlv(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def _split(data: bytes) -> tuple[bytes, bytes]:
    """The first element of ``data`` (tag, length and body) and what follows it."""
    if len(data) < 2:
        raise ValueError("truncated DER")
    size, start = data[1], 2
    if size & 0x80:
        count = size & 0x7F
        size, start = int.from_bytes(data[2:2 + count], "big"), 2 + count
    end = start + size
    if end > len(data):
        raise ValueError("truncated DER")
    return data[:end], data[end:]


def _body(element: bytes) -> bytes:
    whole, _ = _split(element)
    return whole[2 + (whole[1] & 0x7F if whole[1] & 0x80 else 0):]


def _children(element: bytes) -> list[bytes]:
    rest, parts = _body(element), []
    while rest:
        part, rest = _split(rest)
        parts.append(part)
    return parts


def _tlv_of(element: bytes) -> bytes:
    return _split(element)[0]


def _integer(element: bytes) -> int:
    return int.from_bytes(_body(element), "big")
