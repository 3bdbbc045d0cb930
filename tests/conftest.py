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
    home = tmp_path_factory.mktemp("shared-home")
    (home / "config.toml").touch()
    with pytest.MonkeyPatch.context() as patch:
        for name, path in (("MARKER_CONFIG", home / "config.toml"), ("MARKER_SESSIONS", home / "sessions"),
                           ("MARKER_CACHE_DIR", home / "cache"), ("MARKER_KEYS", home / "keys")):
            patch.setenv(name, str(path))
        patch.delenv("MARKER_PASSPHRASE", raising=False)
        yield home


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    (home / "config.toml").touch()  # MARKER_CONFIG naming a missing file is an error
    monkeypatch.setenv("MARKER_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("MARKER_SESSIONS", str(home / "sessions"))
    monkeypatch.setenv("MARKER_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("MARKER_KEYS", str(home / "keys"))
    monkeypatch.delenv("MARKER_PASSPHRASE", raising=False)
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
