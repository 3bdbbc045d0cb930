"""A public key's fingerprint, ``SHA256:<base64>`` as ``ssh-keygen -l`` prints it.

Kept apart from ``marker.keys`` so showing who signed (lists, sheets) does not load
the cryptography library; only signing and verifying do.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

PREFIX = "ed25519:"


def fingerprint_of(raw: bytes) -> str:
    return "SHA256:" + base64.b64encode(hashlib.sha256(raw).digest()).decode("ascii").rstrip("=")


def fingerprint_of_text(text: str) -> str:
    """The fingerprint of an ``ed25519:<base64>`` public key; "" when ``text`` is not one."""
    if not text.startswith(PREFIX):
        return ""
    try:
        return fingerprint_of(base64.b64decode(text[len(PREFIX):], validate=True))
    except (binascii.Error, ValueError):
        return ""
