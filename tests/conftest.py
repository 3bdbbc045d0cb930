"""Every test runs with its own config, sessions and cache folders: never the user's."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
RUBRICS = REPO / "marker" / "rubrics"
"""The shipped rubric files: new tests use this, never a path of their own."""


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MARKER_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("MARKER_SESSIONS", str(home / "sessions"))
    monkeypatch.setenv("MARKER_CACHE_DIR", str(home / "cache"))
    return home
