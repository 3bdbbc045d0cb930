"""Where marker keeps things, and the user's settings.

Every platformdirs location is decided here, so tests (and centres with unusual set-ups)
can point marker elsewhere through environment variables:

- ``MARKER_CONFIG``: path of the config file to read instead of the user's.
- ``MARKER_SESSIONS``: the sessions folder.
- ``MARKER_CACHE_DIR``: the cache of extracted submissions.
- ``MARKER_KEYS``: the folder holding the user's signing key pair.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from marker.errors import ConfigError
from marker.shipped import RUBRICS as SHIPPED_RUBRICS

APP_NAME = "marker"


def config_path() -> Path:
    """The config file: ``$MARKER_CONFIG`` or ``config.toml`` in the user config folder."""
    override = os.environ.get("MARKER_CONFIG")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def cache_dir() -> Path:
    """Folder for caches that can be rebuilt (extracted submission text)."""
    override = os.environ.get("MARKER_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_cache_dir(APP_NAME))


def keys_dir() -> Path:
    """Folder for the user's signing key pair: ``$MARKER_KEYS`` or ``keys`` in the user data folder."""
    override = os.environ.get("MARKER_KEYS")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME)) / "keys"


def default_sessions_dir() -> Path:
    """Sessions live in the user data folder unless the config or environment says otherwise."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / "sessions"


@dataclass(frozen=True)
class Config:
    """The user's settings from ``config.toml``; every field has a usable default."""

    assessor: str = ""
    """The user's name as it appears on signatures."""
    role: str = "assessor"
    """``assessor`` or ``iqa``: what the user usually does."""
    centre_number: str = ""
    """ILM centre number printed on result sheets."""
    centre_name: str = ""
    """Centre name printed on result sheets."""
    sessions_dir: Path | None = None
    """Sessions folder; ``None`` means the default in the user data folder."""
    rubric_dirs: tuple[Path, ...] = field(default_factory=tuple)
    """A centre's own rubric folders, searched as well as the shipped ``marker/rubrics/``."""
    keys: dict[str, str] = field(default_factory=dict)
    """``[keys]``: binding id to the keys that replace its own, e.g. ``"marking.pass" = "y"``."""
    cache_days: int = 90
    """Days a submission's extracted text stays in the cache before it is removed (learner text is confidential)."""
    path: Path | None = None
    """The file these settings came from, if any."""

    def sessions_folder(self, override: str | Path | None = None) -> Path:
        """The sessions folder: ``--sessions``, then ``$MARKER_SESSIONS``, config, default."""
        chosen = override or os.environ.get("MARKER_SESSIONS") or self.sessions_dir
        return Path(chosen).expanduser() if chosen else default_sessions_dir()

    def rubric_folders(self) -> tuple[Path, ...]:
        """The shipped rubrics first, then the centre's own."""
        return (SHIPPED_RUBRICS, *self.rubric_dirs)


_STRING_KEYS = ("assessor", "role", "centre_number", "centre_name")
_ROLES = ("assessor", "iqa")


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file gives the defaults, unless MARKER_CONFIG named it.

    Raises:
        ConfigError: the file is not valid TOML or a setting has the wrong type.
    """
    named = path is None and bool(os.environ.get("MARKER_CONFIG"))
    path = path or config_path()
    if not path.exists():
        if named:
            # Named on purpose: falling back to the defaults would sign and save as nobody.
            raise ConfigError(f"{path}: no such config file (from MARKER_CONFIG); create it or unset MARKER_CONFIG")
        return Config(path=None)
    try:
        # Read with the standard library: the config is only read, and tomlkit, kept for
        # the files marker writes, costs 10 ms of every start just to import.
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix or delete the file") from None
    except RecursionError:
        raise ConfigError(f"{path}: nests values deeper than a config can; fix or delete the file") from None
    known = {*_STRING_KEYS, "sessions_dir", "rubric_dirs", "cache_days", "keys"}
    unknown = sorted(set(doc) - known)
    if unknown:
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r}; known: {', '.join(sorted(known))}")
    values: dict[str, object] = {}
    for key in _STRING_KEYS:
        if key in doc:
            if not isinstance(doc[key], str):
                raise ConfigError(f"{path}: {key} must be a string")
            values[key] = doc[key]
    if values.get("role", "assessor") not in _ROLES:
        raise ConfigError(f"{path}: role must be one of {', '.join(_ROLES)}")
    if "cache_days" in doc:
        days = doc["cache_days"]
        if not isinstance(days, int) or isinstance(days, bool) or days < 0:
            raise ConfigError(f"{path}: cache_days must be a whole number of days (0 keeps nothing)")
        values["cache_days"] = days
    base = path.parent
    if "sessions_dir" in doc:
        if not isinstance(doc["sessions_dir"], str):
            raise ConfigError(f"{path}: sessions_dir must be a string (a folder path)")
        values["sessions_dir"] = _resolve(base, doc["sessions_dir"])
    if "rubric_dirs" in doc:
        dirs = doc["rubric_dirs"]
        if not isinstance(dirs, list) or not all(isinstance(d, str) for d in dirs):
            raise ConfigError(f"{path}: rubric_dirs must be a list of folder paths")
        values["rubric_dirs"] = tuple(_resolve(base, d) for d in dirs)
    if "keys" in doc:
        keys = doc["keys"]
        if not isinstance(keys, dict) or not all(isinstance(v, str) and v.strip() for v in keys.values()):
            raise ConfigError(f'{path}: [keys] must map binding ids to keys, e.g. "marking.pass" = "y"')
        values["keys"] = {str(k): v for k, v in keys.items()}
    return Config(path=path, **values)  # type: ignore[arg-type]


def _resolve(base: Path, value: str) -> Path:
    """Relative paths in the config are relative to the config file's folder."""
    candidate = Path(value).expanduser()
    return candidate if candidate.is_absolute() else base / candidate
