"""Every test runs with its own config, sessions and cache folders: never the user's."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
RUBRICS = REPO / "marker" / "rubrics"
"""The shipped rubric files: new tests use this, never a path of their own."""


@pytest.fixture(scope="session", autouse=True)
def folders_for_shared_fixtures(tmp_path_factory):
    """Module-scoped fixtures run before ``isolated_folders``: without this they read and wrote
    the user's own cache (and a stale entry there changed what the held-out figures found)."""
    with pytest.MonkeyPatch.context() as patch:
        yield _own_folders(tmp_path_factory.mktemp("shared-home"), patch)


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path_factory, monkeypatch):
    return _own_folders(tmp_path_factory.mktemp("home"), monkeypatch)


def _own_folders(home, patch):
    """Config, sessions, cache and keys under ``home``, and no passphrase from the user's shell."""
    (home / "config.toml").touch()  # MARKER_CONFIG naming a missing file is an error
    patch.setenv("MARKER_CONFIG", str(home / "config.toml"))
    patch.setenv("MARKER_SESSIONS", str(home / "sessions"))
    patch.setenv("MARKER_CACHE_DIR", str(home / "cache"))
    patch.setenv("MARKER_KEYS", str(home / "keys"))
    patch.delenv("MARKER_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def signers(isolated_folders, monkeypatch):
    """Everyone who signs in a test has their own key, trusted by the test centre (``tests/signers.py``).

    Tests of the user's own key files call ``marker.keys.load_signing_key`` directly.
    """
    from signers import Signers

    crowd = Signers(isolated_folders / "sessions")
    monkeypatch.setattr("marker.keys.signing_key", crowd.signing_key)
    return crowd
