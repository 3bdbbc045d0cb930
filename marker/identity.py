"""Who is using marker: the name asked once and used everywhere — sessions, signatures, lists, refusals.

The name lives in the config file as ``assessor`` (the README's "your name as it
appears on signatures"). It is never the operating system's login: a centre's shared
account would otherwise sign as "root". The app asks on the first run (or the first time
a name is needed), the command line asks at a terminal or takes ``--name`` once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import replace

from marker.config import Config, config_path
from marker.errors import ConfigError, MarkerError
from marker.fileio import atomic_write_text
from marker.rules import Actor
from marker.people import same_person
from marker.session import Role

MAX_NAME = 80


class NameNeeded(MarkerError):
    """No name is set yet: ask for it (the app and a terminal can), or say how to set it."""

    def __init__(self) -> None:
        super().__init__(f"your name is not set yet: run `marker` once (it asks), or add "
                         f"assessor = \"Your Name\" to {config_path()}")


def who(config: Config) -> str:
    """The user's name from the config.

    Raises:
        NameNeeded: none is set.
    """
    if not config.assessor.strip():
        raise NameNeeded()
    return " ".join(config.assessor.split())


def actor(config: Config, role: Role | None = None) -> Actor:
    """The user acting in ``role`` (default: the config's role)."""
    return Actor(who(config), role or Role(config.role))


def name_problem(name: str) -> str:
    """Why ``name`` cannot be the user's name ("" when it can)."""
    name = " ".join(name.split())
    if not name:
        return "type your name as it appears on signatures"
    if len(name) > MAX_NAME:
        return f"a name of at most {MAX_NAME} characters"
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in name):
        return "a name without control or formatting characters"
    return ""


def remember_name(name: str, config: Config) -> Config:
    """Save ``name`` as the user's name in the config file (other settings and comments kept); ``config`` with it.

    Raises:
        ConfigError: the name is not usable, or the file cannot be written.
    """
    import tomlkit  # only here: writing the config is rare, and tomlkit costs start-up time

    if problem := name_problem(name):
        raise ConfigError(f"not saved: {problem}")
    path = config.path or config_path()
    name = " ".join(name.split())
    try:
        doc = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
        doc["assessor"] = name
        atomic_write_text(path, tomlkit.dumps(doc))
    except OSError as exc:
        raise ConfigError(f"{path}: your name could not be saved ({exc.strerror or exc})") from None
    except tomlkit.exceptions.TOMLKitError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix or delete the file") from None
    return replace(config, assessor=name, path=path)


def with_name(config: Config, given: str | None = None, ask: Callable[[str], str] | None = None) -> tuple[Config, bool]:
    """The config with the user's name, and whether it was just saved: ``given`` (e.g. ``--name``) or
    ``ask``ed the first time, then remembered; once set, ``given`` must be the same person.

    Raises:
        MarkerError: no name and no way to ask, or ``given`` is someone else's name.
    """
    if config.assessor.strip():
        if given and not same_person(given, config.assessor):
            raise MarkerError(f"you are {config.assessor} (the name in {config.path or config_path()}): "
                              "sign with your own name")
        return config, False
    if not given and ask is not None:
        given = ask("Your name, as it appears on signatures (asked once): ")
    if not given:
        raise MarkerError(f"{NameNeeded()}; or give it once with --name \"Your Name\" where the command takes it")
    return remember_name(given, config), True
