"""The files that ship inside the marker package: the rubrics and the demo submissions.

They are package data (declared in ``pyproject.toml``), so a wheel, ``pip install`` or
``pipx install`` carries them. They are found beside this module rather than through
``importlib.resources``: a wheel is always unpacked onto disk, and importing
``importlib.resources`` would add to every start-up for nothing.
"""

from __future__ import annotations

from pathlib import Path

from marker.errors import MarkerError

PACKAGE = Path(__file__).resolve().parent
RUBRICS = PACKAGE / "rubrics"
"""The shipped rubric files, one TOML per unit."""
DEMO = PACKAGE / "demo"
"""The demo submissions `marker demo` opens."""

MISSING = ("shipped with marker but missing: the installation is broken; reinstall it "
           "(pipx reinstall marker, or pip install --force-reinstall the wheel)")
"""What is wrong, and what to do, when a shipped folder is not there."""


class BrokenInstallation(MarkerError):
    """A folder that ships with marker is missing: the install, not the user's config, is at fault."""


def is_shipped(folder: Path) -> bool:
    """Whether ``folder`` is one marker ships (so its absence is a broken installation)."""
    return Path(folder).resolve() in (RUBRICS, DEMO)
