"""Key subcommands: ``marker keys init`` makes the user's signing key pair, ``keys show`` prints it and what
protects it, ``keys protect`` (re-)encrypts it with scrypt under a passphrase, the key itself unchanged."""

from __future__ import annotations

import argparse
import os
import sys

from marker.cli.common import add_command
from marker.config import Config, keys_dir
from marker.errors import MarkerError


def register(commands) -> None:
    keys = add_command(commands, "keys", cmd_keys_help, help="your signing key pair: init, show, protect")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION")
    init = add_command(actions, "init", cmd_keys_init, help="make your signing key pair (once)")
    protect = init.add_mutually_exclusive_group()
    protect.add_argument("--passphrase", action="store_true",
                         help="protect the private key with a passphrase (asked, or $MARKER_PASSPHRASE)")
    protect.add_argument("--no-passphrase", action="store_true", help="do not ask for a passphrase")
    add_command(actions, "show", cmd_keys_show, help="print your public key, its fingerprint and what protects it")
    add_command(actions, "protect", cmd_keys_protect,
                help="encrypt your private key with scrypt under a passphrase (the same key: signatures still "
                     "verify); for a key made unprotected or with the older, weaker protection")


def cmd_keys_help(args, config: Config) -> int:
    raise MarkerError("say what to do with your keys: `marker keys init`, `marker keys show` or "
                      "`marker keys protect`")


def cmd_keys_init(args, config: Config) -> int:
    from marker.keys import PASSPHRASE_ENV, create_key_pair

    passphrase = _new_passphrase(args, PASSPHRASE_ENV)
    key = create_key_pair(keys_dir(), passphrase)
    folder = keys_dir()
    protected = "protected by your passphrase" if passphrase else "not passphrase-protected"
    print(f"your signing key: {folder} (private key readable by you only, {protected})\n"
          f"public key  {key.public.text}\nfingerprint {key.public.fingerprint}\n"
          "give the public key to your centre: it trusts it with "
          f"`marker trust add --name \"{config.assessor or 'Your Name'}\" --role {config.role} {key.public.text}`")
    return 0


def _new_passphrase(args, env: str, command: str = "marker keys init") -> str:
    if args.no_passphrase:
        return ""
    if env in os.environ:
        return os.environ[env]
    if not sys.stdin.isatty():
        if args.passphrase:
            raise MarkerError(f"a passphrase is asked at a terminal: run this in one, or set {env}")
        return ""
    import getpass

    first = getpass.getpass("passphrase for your signing key (empty for none): ")
    if first and getpass.getpass("the same passphrase again: ") != first:
        raise MarkerError(f"the two passphrases differ; nothing was changed, run `{command}` again")
    if args.passphrase and not first:
        raise MarkerError(f"a passphrase is needed; nothing was changed, run `{command}` again")
    return first


def cmd_keys_show(args, config: Config) -> int:
    from marker.keys import key_protection, load_public_key

    public = load_public_key(keys_dir())
    protection = key_protection(keys_dir())
    print(f"public key  {public.text}\nfingerprint {public.fingerprint}\nprotection  {protection.describe()}")
    if not protection.strong:
        print("upgrade it: `marker keys protect` asks your passphrase and rewrites the key with scrypt "
              "(the same key: your centre need not trust it again)")
    return 0


def cmd_keys_protect(args, config: Config) -> int:
    from marker.keys import PASSPHRASE_ENV, key_protection, reprotect

    folder = keys_dir()
    before = key_protection(folder)
    if before.kdf == "none":  # a new passphrase, asked twice at a terminal
        new = _new_passphrase(argparse.Namespace(no_passphrase=False, passphrase=True), PASSPHRASE_ENV,
                              "marker keys protect")
        key = reprotect(new, folder, passphrase="")
    else:  # the passphrase it has, asked once: it stays the passphrase
        current = _current_passphrase(folder, PASSPHRASE_ENV)
        key = reprotect(current, folder, passphrase=current)
    print(f"your signing key {folder} is now protected: {key_protection(folder).describe()}\n"
          f"public key unchanged: {key.public.fingerprint}")
    return 0


def _current_passphrase(folder, env: str) -> str:
    if env in os.environ:
        return os.environ[env]
    if not sys.stdin.isatty():
        raise MarkerError(f"{folder}: your key's passphrase is asked at a terminal: run this in one, or set {env}")
    import getpass

    return getpass.getpass("your key's passphrase (it stays the same): ")
