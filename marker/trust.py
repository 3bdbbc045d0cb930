"""The centre's trust file: which public keys it trusts, for which role, between which dates.

One plain TOML file in the sessions folder, ``trusted-keys``, kept as a log of
signed changes (add, rotate, revoke) rather than a list anyone may edit. Each change
names the fingerprint of the key that signed it and the digest of the change before
it, so the changes form a chain:

- the first change adds the centre's own key with the ``centre`` role and is signed by
  that same key: trust on first use (whoever starts the file is the centre; the
  fingerprint ``marker trust show`` prints is what the centre tells its EQA);
- every later change is signed by a key the file already trusts as ``centre`` on that
  change's date.

So writing to the shared folder is not enough to trust oneself: a line added, edited or
removed by hand breaks a signature or the chain, and ``marker verify`` says which change.
What the keys are trusted with is replayed from the log every time it is read.
"""

from __future__ import annotations

import hashlib
import os
import json
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from marker.errors import MarkerError
from marker.fileio import atomic_write_text
from marker.keys import PublicKey, SigningKey
from marker.names import same_name

TRUST_FILE = "trusted-keys"
ROLES = ("assessor", "iqa", "centre")
CHANGE_VERSION = b"marker-trust-change-1\n"
FIELDS = ("action", "name", "role", "key", "valid_from", "valid_until", "replaces", "reason", "at", "by", "previous")
HEADER = """\
# marker trusted keys: the public keys this centre trusts, for which role, between which dates.
# Each [[change]] is signed by a key already trusted here as "centre" (the first by its own key),
# and names the digest of the change before it. Change it with `marker trust add|rotate|revoke`:
# a change made by hand breaks the chain, and `marker verify` then trusts no key in this file.
"""


class TrustProblem(MarkerError):
    """The trust file cannot be read or its chain of signed changes is broken."""


@dataclass
class Grant:
    """One key trusted for one role, by name, over dates (both inclusive)."""

    name: str
    role: str
    key: PublicKey
    valid_from: date
    valid_until: date | None = None
    revoked_from: date | None = None
    """Signatures made on or after this date are not trusted."""
    revoked_why: str = ""

    def span(self) -> str:
        until = self.valid_until.isoformat() if self.valid_until else ""
        return f"{self.valid_from.isoformat()} to {until}" if until else f"from {self.valid_from.isoformat()}"

    def valid_on(self, day: date) -> bool:
        return (self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)
                and (self.revoked_from is None or day < self.revoked_from))


@dataclass
class Trust:
    """The keys a trust file trusts, replayed from its verified changes."""

    path: Path
    grants: list[Grant] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)

    @property
    def root(self) -> Grant:
        """The centre key the file began with."""
        return self.grants[0]

    def judge(self, key: PublicKey, role: str, name: str, when: str) -> tuple[bool, str]:
        """Whether ``key`` was trusted for ``role`` as ``name`` on the date of ``when`` (ISO), and why in words."""
        fp = key.fingerprint
        mine = [g for g in self.grants if g.key == key]
        if not mine:
            return False, f"key {fp} is not in the centre's trust file ({self.path.name})"
        roles = [g for g in mine if g.role == role]
        if not roles:
            return False, f"key {fp} is trusted as {', '.join(sorted({g.role for g in mine}))}, not as {role}"
        named = [g for g in roles if same_name(g.name, name)]
        if not named:
            return False, f"key {fp} belongs to {roles[0].name} in the trust file, not {name}"
        day = _day(when)
        if day is None:
            return False, f"key {fp}: the signing time {when!r} is not a date, so its validity cannot be checked"
        for grant in named:
            if grant.valid_on(day):
                return True, f"key {fp} ({grant.name}) is trusted as {role} {grant.span()}"
        grant = named[-1]
        if grant.revoked_from is not None and day >= grant.revoked_from:
            why = f" ({grant.revoked_why})" if grant.revoked_why else ""
            return False, f"key {fp} was revoked from {grant.revoked_from.isoformat()}{why} and signed on {day.isoformat()}"
        return False, f"key {fp} is trusted as {role} {grant.span()}, not on {day.isoformat()} when it signed"

    def trusted_on(self, key: PublicKey, when: str, name: str = "") -> Grant | None:
        """The grant under which ``key`` was trusted in any role on that date, if any.

        One key may hold several grants (a centre's key holder trusted as the centre and as
        an assessor under their own name): the one in ``name`` is preferred, else the centre's.
        """
        day = _day(when)
        valid = [g for g in self.grants if g.key == key and day is not None and g.valid_on(day)]
        named = [g for g in valid if name and same_name(g.name, name)]
        centre = [g for g in valid if g.role == "centre"]
        return next(iter(named + centre + valid), None)


def _day(when: str) -> date | None:
    try:
        return datetime.fromisoformat(when).date() if "T" in when else date.fromisoformat(when)
    except (TypeError, ValueError):
        return None


# --- reading and checking the chain -----------------------------------------------------------


def trust_path(folder: Path) -> Path:
    return Path(folder) / TRUST_FILE


def read_trust(path: Path) -> Trust:
    """The trust file at ``path``, every change's signature and the chain checked.

    Raises:
        TrustProblem: unreadable, or a change is not signed by a key the file trusted
            as centre at the time; one line naming the file and the change.
    """
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise TrustProblem(f"{path}: no trust file; the centre starts one with `marker trust init`") from None
    except OSError as exc:
        raise TrustProblem(f"{path}: cannot be read as a trust file ({_short(exc)}); restore it from a backup") from None
    return trust_from_bytes(raw, Path(path))


def trust_from_bytes(raw: bytes, path: Path) -> Trust:
    """The trust file whose bytes are ``raw`` (read from a bundle zip's member, say), checked as ``read_trust`` does.

    ``path`` names it in every problem.
    """
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TrustProblem(f"{path}: cannot be read as a trust file ({_short(exc)}); restore it from a backup") from None
    except RecursionError:
        raise TrustProblem(f"{path}: cannot be read as a trust file (it nests values too deep); "
                           "restore it from a backup") from None
    changes = data.get("change")
    if not isinstance(changes, list) or not changes or not all(isinstance(c, dict) for c in changes):
        raise TrustProblem(f"{path}: has no [[change]] entries, so it is not a marker trust file")
    trust = Trust(Path(path))
    previous = ""
    for number, change in enumerate(changes, 1):
        where = f"{path}: change {number}"
        if not all(isinstance(change.get(k, ""), str) for k in (*FIELDS, "signature")):
            raise TrustProblem(f"{where}: a field is not text; the file was edited by hand, restore it from a backup")
        if change.get("previous", "") != previous:
            raise TrustProblem(f"{where} does not follow the change before it (a change was removed, reordered "
                               "or edited); restore the file from a backup")
        _check_signature(trust, change, where)
        _apply(trust, change, where)
        trust.changes.append(change)
        previous = change_digest(change)
    return trust


def _check_signature(trust: Trust, change: dict, where: str) -> None:
    signer = change.get("by", "")
    if not trust.grants:
        if change.get("action") != "add" or change.get("role") != "centre":
            raise TrustProblem(f"{where}: the first change must add the centre's own key (role centre)")
        key = _key(change, "key", where)
        if key.fingerprint != signer:
            raise TrustProblem(f"{where}: the centre's first key must sign its own entry")
    else:
        centre = [g for g in trust.grants if g.role == "centre" and g.key.fingerprint == signer]
        day = _day(change.get("at", ""))
        if not centre:
            raise TrustProblem(f"{where} is signed by {signer or 'no key'}, which this file does not trust as centre: "
                               "only the centre's key changes the trust file")
        if day is None or not any(g.valid_on(day) for g in centre):
            raise TrustProblem(f"{where} is signed by {signer}, which was not a valid centre key on "
                               f"{change.get('at', '(no date)')}")
        key = centre[0].key
    if not key.verifies(change.get("signature", ""), signed_text(change)):
        raise TrustProblem(f"{where}: its signature does not match it (edited by hand?); restore the file from a backup")


def _apply(trust: Trust, change: dict, where: str) -> None:
    action = change.get("action")
    if action in ("add", "rotate"):
        role = change.get("role", "")
        if role not in ROLES:
            raise TrustProblem(f"{where}: role {role!r} is not one of {', '.join(ROLES)}")
        name = " ".join(change.get("name", "").split())
        if not name:
            raise TrustProblem(f"{where}: a trusted key needs the name of its holder")
        start = _date(change, "valid_from", where)
        until = _date(change, "valid_until", where) if change.get("valid_until") else None
        if action == "rotate":
            old = _key(change, "replaces", where)
            for grant in trust.grants:
                if grant.key == old and grant.role == role:
                    grant.valid_until = min(grant.valid_until or start, start)
        trust.grants.append(Grant(name, role, _key(change, "key", where), start, until))
    elif action == "revoke":
        key = _key(change, "key", where)
        start = _date(change, "valid_from", where)
        for grant in trust.grants:
            if grant.key == key:
                grant.revoked_from = min(grant.revoked_from or start, start)
                grant.revoked_why = change.get("reason", "")
    else:
        raise TrustProblem(f"{where}: unknown action {action!r} (add, rotate or revoke)")


def _key(change: dict, name: str, where: str) -> PublicKey:
    try:
        return PublicKey.parse(change.get(name, ""))
    except ValueError as exc:
        raise TrustProblem(f"{where}: {name} is not a public key ({exc})") from None


def _date(change: dict, name: str, where: str) -> date:
    try:
        return date.fromisoformat(change.get(name, ""))
    except ValueError:
        raise TrustProblem(f"{where}: {name} {change.get(name, '')!r} is not a date (YYYY-MM-DD)") from None


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:120]


def signed_text(change: dict) -> bytes:
    """What a change's signature covers: every field but the signature, canonically."""
    body = {k: change.get(k, "") for k in FIELDS}
    return CHANGE_VERSION + json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def change_digest(change: dict) -> str:
    """The digest the next change carries as ``previous``: the change with its signature."""
    return hashlib.sha256(signed_text(change) + b"\n" + change.get("signature", "").encode()).hexdigest()


# --- changing it ------------------------------------------------------------------------------


def start_trust(path: Path, centre_key: SigningKey, name: str, at: str, valid_from: date) -> Trust:
    """A new trust file whose first change adds (and is signed by) the centre's own key.

    Raises:
        TrustProblem: a trust file is there already.
    """
    if Path(path).exists():
        raise TrustProblem(f"{path}: a trust file exists already; change it with `marker trust add|rotate|revoke`")
    change = {"action": "add", "name": name, "role": "centre", "key": centre_key.public.text,
              "valid_from": valid_from.isoformat(), "at": at}
    return _write(path, [], change, centre_key)


def append_change(path: Path, signer: SigningKey, change: dict) -> Trust:
    """Sign ``change`` with the centre's key and add it to the trust file; the trust it then gives.

    The file is read and checked first, and the result checked again before it replaces
    the old file: a change the chain would refuse is never written.

    Raises:
        TrustProblem: the file is broken, or ``signer`` is not a centre key it trusts now.
    """
    trust = read_trust(path)
    fp, day = signer.public.fingerprint, _day(change["at"])
    if day is None or not any(g.role == "centre" and g.key == signer.public and g.valid_on(day) for g in trust.grants):
        raise TrustProblem(f"{path}: your key {fp} is not trusted as centre here, so it cannot change the trust file; "
                           "the centre's key holder makes this change")
    return _write(path, trust.changes, change, signer)


def _write(path: Path, changes: list[dict], change: dict, signer: SigningKey) -> Trust:
    full = {k: change.get(k, "") for k in FIELDS}
    full["by"] = signer.public.fingerprint
    full["previous"] = change_digest(changes[-1]) if changes else ""
    full["signature"] = signer.sign(signed_text(full))
    text = trust_text([*changes, full])
    check = Path(path).with_name(f".{Path(path).name}.check")
    atomic_write_text(check, text)
    try:
        read_trust(check)
    except TrustProblem as exc:
        raise TrustProblem(str(exc).replace(str(check), str(path))) from None
    finally:
        check.unlink(missing_ok=True)
    atomic_write_text(Path(path), text)
    return read_trust(Path(path))


def trust_text(changes: list[dict]) -> str:
    lines = [HEADER.rstrip("\n")]
    for change in changes:
        lines += ["", "[[change]]"]
        lines += [f"{k} = {json.dumps(change.get(k, ''), ensure_ascii=False)}" for k in (*FIELDS, "signature")
                  if change.get(k, "") or k in ("previous",)]
    return "\n".join(lines) + "\n"


# --- trust on first use -----------------------------------------------------------------------

PINS = "known-centres"
"""In the user's keys folder: the centre key each sessions folder's trust file began with, as first seen here."""


def check_pin(trust: Trust, keys_folder: Path | None = None) -> Trust:
    """``trust``, once its first key is the one this machine first saw for that folder (remembered now if new).

    Someone able to write to the shared folder could replace the whole trust file with
    one of their own, rooted at their own key; the chain cannot show that, but the
    fingerprint this machine remembered can.

    Raises:
        TrustProblem: the trust file now begins with another centre key.
    """
    from marker.config import keys_dir

    pins = (keys_folder or keys_dir()) / PINS
    folder = str(trust.path.parent.resolve())
    seen = _pins(pins)
    root = trust.root.key.fingerprint
    if folder in seen and seen[folder] != root:
        raise TrustProblem(f"{trust.path}: begins with centre key {root}, but this machine first saw {seen[folder]} "
                           f"for this folder: the trust file may have been replaced. If the centre really started "
                           f"a new one, remove the line for {folder} from {pins}")
    if folder not in seen:
        try:
            from marker.fileio import private_dir

            private_dir(pins.parent)
            with open(pins, "a", encoding="utf-8") as handle:
                handle.write(f"{root} {folder}\n")
            os.chmod(pins, 0o600)
        except OSError:
            pass  # not remembered this time; the chain was still checked
    return trust


def _pins(path: Path) -> dict[str, str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    found: dict[str, str] = {}
    for line in lines:
        fingerprint, _, folder = line.partition(" ")
        if fingerprint.startswith("SHA256:") and folder:
            found.setdefault(folder, fingerprint)
    return found
