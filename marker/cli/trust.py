"""Trust subcommands: the centre's trust file (``trusted-keys`` in the sessions folder).

``trust init`` starts it with the centre's own key; ``add``, ``rotate`` and ``revoke``
each append a change signed by the centre's key; ``show`` prints what is trusted and
the log of changes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from marker.cli.common import add_command, sessions_dir
from marker.config import Config
from marker.errors import MarkerError


def register(commands) -> None:
    trust = add_command(commands, "trust", cmd_trust_help,
                        help="the centre's trusted keys: init, add, rotate, revoke, show")
    actions = trust.add_subparsers(dest="trust_command", metavar="ACTION")
    init = add_command(actions, "init", cmd_trust_init, help="start the trust file with your key as the centre's")
    init.add_argument("--name", required=True, help="the centre's name, e.g. \"Northfield College\"")

    add = add_command(actions, "add", cmd_trust_add, help="trust a key for a role (signed by the centre's key)")
    add.add_argument("key", help="the public key (ed25519:…) or its .pub file")
    add.add_argument("--name", required=True, help="the key holder's name as they sign")
    add.add_argument("--role", required=True, choices=("assessor", "iqa", "centre"))
    add.add_argument("--from", dest="valid_from", type=_iso_date, help="valid from YYYY-MM-DD (default: today)")
    add.add_argument("--until", type=_iso_date, help="valid until YYYY-MM-DD (default: no end)")

    rotate = add_command(actions, "rotate", cmd_trust_rotate, help="replace someone's key with a new one")
    rotate.add_argument("key", help="the new public key (ed25519:…) or its .pub file")
    rotate.add_argument("--old", required=True, help="the key it replaces (ed25519:… or SHA256:…)")
    rotate.add_argument("--from", dest="valid_from", type=_iso_date,
                        help="the new key is valid, and the old one ends, on YYYY-MM-DD (default: today)")

    revoke = add_command(actions, "revoke", cmd_trust_revoke, help="stop trusting a key")
    revoke.add_argument("key", help="the key (ed25519:… or SHA256:…)")
    revoke.add_argument("--reason", required=True, help="why: kept in the trust file's log")
    revoke.add_argument("--from", dest="valid_from", type=_iso_date,
                        help="signatures made on or after YYYY-MM-DD are refused (default: today)")

    add_command(actions, "show", cmd_trust_show, help="the trusted keys and the log of changes")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD") from None


def _path(args, config: Config) -> Path:
    from marker.trust import trust_path

    return trust_path(sessions_dir(args, config))


def _public_key(text: str):
    from marker.keys import PublicKey

    candidate = Path(text).expanduser()
    if not text.startswith("ed25519:") and candidate.is_file():
        try:
            text = candidate.read_text(encoding="ascii").strip().split()[0]
        except (OSError, UnicodeDecodeError, IndexError):
            raise MarkerError(f"{candidate}: not a public key file (it holds one ed25519:… line)") from None
    try:
        return PublicKey.parse(text)
    except ValueError as exc:
        raise MarkerError(f"{text[:60]!r} is not a public key ({exc}); `marker keys show` prints one") from None


def _known_key(trust, text: str):
    """A key the trust file lists, given as its text or its fingerprint."""
    if text.startswith("SHA256:"):
        found = next((g.key for g in trust.grants if g.key.fingerprint == text), None)
        if found is None:
            raise MarkerError(f"{trust.path}: no trusted key has the fingerprint {text}")
        return found
    return _public_key(text)


def cmd_trust_help(args, config: Config) -> int:
    raise MarkerError("say what to do with the trust file: `marker trust init|add|rotate|revoke|show`")


def cmd_trust_init(args, config: Config) -> int:
    from marker.keys import signing_key
    from marker.session import now
    from marker.trust import check_pin, start_trust

    path = _path(args, config)
    key = signing_key(args.name)
    trust = check_pin(start_trust(path, key, " ".join(args.name.split()), now(), date.today()))
    print(f"trust file started: {path}\ncentre key {trust.root.key.fingerprint} ({trust.root.name})\n"
          "tell your EQA this fingerprint; trust your assessors and IQAs with `marker trust add`")
    return 0


def cmd_trust_add(args, config: Config) -> int:
    from marker.keys import signing_key
    from marker.session import now
    from marker.trust import append_change

    path, key = _path(args, config), _public_key(args.key)
    start = args.valid_from or date.today()
    if args.until and args.until < start:
        raise MarkerError(f"--until {args.until} is before --from {start}")
    change = {"action": "add", "name": " ".join(args.name.split()), "role": args.role, "key": key.text,
              "valid_from": start.isoformat(), "valid_until": args.until.isoformat() if args.until else "",
              "at": now()}
    append_change(path, signing_key(config.assessor), change)
    print(f"trusted: {key.fingerprint} as {args.role} for {change['name']} from {start}: {path}")
    return 0


def cmd_trust_rotate(args, config: Config) -> int:
    from marker.keys import signing_key
    from marker.session import now
    from marker.trust import append_change, read_trust

    path = _path(args, config)
    trust = read_trust(path)
    old, new = _known_key(trust, args.old), _public_key(args.key)
    grants = [g for g in trust.grants if g.key == old]
    if not grants:
        raise MarkerError(f"{path}: {old.fingerprint} is not a trusted key, so there is nothing to rotate")
    start = args.valid_from or date.today()
    for grant in grants:
        change = {"action": "rotate", "name": grant.name, "role": grant.role, "key": new.text, "replaces": old.text,
                  "valid_from": start.isoformat(), "at": now()}
        append_change(path, signing_key(config.assessor), change)
        print(f"rotated: {grant.name} ({grant.role}) signs with {new.fingerprint} from {start}; "
              f"{old.fingerprint} ends then: {path}")
    return 0


def cmd_trust_revoke(args, config: Config) -> int:
    from marker.keys import signing_key
    from marker.session import now
    from marker.trust import append_change, read_trust

    path = _path(args, config)
    trust = read_trust(path)
    key = _known_key(trust, args.key)
    if not any(g.key == key for g in trust.grants):
        raise MarkerError(f"{path}: {key.fingerprint} is not a trusted key, so there is nothing to revoke")
    start = args.valid_from or date.today()
    centres = [g for g in trust.grants if g.role == "centre" and g.key != key and g.revoked_from is None]
    if not centres and any(g.role == "centre" for g in trust.grants if g.key == key):
        raise MarkerError(f"{path}: that is the only centre key, and without one nobody could change the trust "
                          "file again; add another centre key first")
    change = {"action": "revoke", "key": key.text, "valid_from": start.isoformat(), "reason": args.reason.strip(),
              "at": now()}
    append_change(path, signing_key(config.assessor), change)
    print(f"revoked: {key.fingerprint} from {start}: {path}")
    return 0


def cmd_trust_show(args, config: Config) -> int:
    from marker.trust import check_pin, read_trust

    trust = check_pin(read_trust(_path(args, config)))
    print(f"{trust.path}\ncentre key (first entry, trusted on first use): {trust.root.key.fingerprint} "
          f"({trust.root.name})\n\ntrusted keys:")
    for grant in trust.grants:
        revoked = f", revoked from {grant.revoked_from}" if grant.revoked_from else ""
        print(f"  {grant.key.fingerprint}  {grant.role:<8}  {grant.name}  {grant.span()}{revoked}")
    print("\nchanges:")
    for number, change in enumerate(trust.changes, 1):
        what = change.get("name") or change.get("reason", "")
        print(f"  {number}. {change['at']}  {change['action']} {change.get('role', '')} {what}  by {change['by']}")
    return 0
