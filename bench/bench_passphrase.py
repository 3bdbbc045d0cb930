"""What a passphrase costs: opening a key protected the old way (PBKDF2, 2,048 iterations), the new way
(scrypt, ``marker.key_protection``) and an unprotected one, in one run.

    .venv/bin/python bench/bench_passphrase.py

The ratio new/old is what each guess at a copied key file now costs an attacker more (on
this machine, with the same library; scrypt's 128 MiB a guess also blunts GPUs, which this
does not show). The app opens a protected key in a worker, so the UI's ~50 ms budget
for a keypress no longer bounds it; the new time should sit in 0.2–0.5 s: long enough to
slow guessing, short enough to sign without waiting.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import best_of  # noqa: E402

BUDGET = 0.050
"""What a keypress on the UI thread may take before the app feels stuck."""
PASSPHRASE = "correct horse battery staple"


def old_style(folder: Path) -> None:
    """A key file as ``marker keys init --passphrase`` wrote it before scrypt."""
    from cryptography.hazmat.primitives import serialization

    from marker.keys import PRIVATE_NAME, SigningKey

    folder.mkdir(mode=0o700)
    pem = SigningKey.generate().private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                      serialization.BestAvailableEncryption(PASSPHRASE.encode()))
    (folder / PRIVATE_NAME).write_bytes(pem)
    os.chmod(folder / PRIVATE_NAME, 0o600)


def main() -> None:
    from marker.keys import create_key_pair, key_protection, load_signing_key

    folder = Path(tempfile.mkdtemp(prefix="marker-bench-"))
    create_key_pair(folder / "plain")
    old_style(folder / "old")
    create_key_pair(folder / "new", PASSPHRASE)
    plain = best_of(20, lambda: load_signing_key(folder / "plain"))
    old = best_of(20, lambda: load_signing_key(folder / "old", passphrase=PASSPHRASE))
    new = best_of(5, lambda: load_signing_key(folder / "new", passphrase=PASSPHRASE))
    print(f"old: {key_protection(folder / 'old').describe()}\nnew: {key_protection(folder / 'new').describe()}")
    print(f"open the key: new {new * 1000:.1f} ms, old {old * 1000:.2f} ms, unprotected {plain * 1000:.2f} ms; "
          f"new/old {new / old:.0f}x (each guess costs that much more); new is {new / BUDGET:.1f}x the "
          f"{BUDGET * 1000:.0f} ms UI budget, so the app opens it in a worker")


if __name__ == "__main__":
    main()
