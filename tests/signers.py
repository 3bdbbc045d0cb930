"""Each person in a test signs with their own key, trusted by the test's centre.

``Signers`` stands in for ``marker.keys.signing_key`` (one key per account in real use):
the first time a name signs, it gets a fresh Ed25519 key, added to the real trust file
in the test's sessions folder as assessor and IQA, signed by the test centre's key.
Names are matched as marker matches them, so "ann  ASSESSOR" is Ann Assessor.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from marker.keys import SigningKey
from marker.names import name_key
from marker.trust import append_change, start_trust, trust_path

SINCE = "2000-01-01T00:00:00+00:00"


class Signers:
    def __init__(self, sessions_dir: Path) -> None:
        self.centre = SigningKey.generate()
        self.path = trust_path(sessions_dir)
        self.keys: dict[str, SigningKey] = {}

    def signing_key(self, who: str, passphrase: str | None = None) -> SigningKey:
        person = name_key(who) or "exporter"
        if person not in self.keys:
            self.keys[person] = key = SigningKey.generate()
            self.trust(who.strip() or "Exporter", key)
        return self.keys[person]

    def trust(self, name: str, key: SigningKey, roles=("assessor", "iqa")) -> None:
        if not self.path.exists():
            start_trust(self.path, self.centre, "Test Centre", SINCE, date(2000, 1, 1))
        for role in roles:
            append_change(self.path, self.centre, {"action": "add", "name": name, "role": role,
                                                   "key": key.public.text, "valid_from": "2000-01-01", "at": SINCE})

    def install(self, who: str, folder: Path | None = None) -> SigningKey:
        """Write ``who``'s key where marker looks for the user's own (``$MARKER_KEYS``): for commands run
        as another process, which the stand-in does not reach."""
        import os

        from cryptography.hazmat.primitives import serialization

        key = self.signing_key(who)
        folder = Path(folder or os.environ["MARKER_KEYS"])
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        pem = key.private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption())
        (folder / "signing-key.pem").write_bytes(pem)
        os.chmod(folder / "signing-key.pem", 0o600)
        return key
