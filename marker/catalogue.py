"""Every unit marker knows: the shipped rubrics plus a centre's own folders."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

from marker.errors import MarkerError, RubricError
from marker.rubric import Rubric, parse_rubric
from marker.shipped import MISSING, is_shipped

_UNIT_LINE = re.compile(r"""^unit\s*=\s*["']([^"'\n]*)["']""", re.MULTILINE)
"""A rubric's ``unit = "8584-200"`` line: read to skip the files that define other units."""


class Catalogue:
    """The valid rubrics by unit, and the errors of the files that are not.

    Every file is parsed and checked the first time ``rubrics`` or ``errors`` is asked
    for. Before then ``get`` parses only the files that may define the unit asked for,
    so opening one session does not parse every rubric (about 15 ms of start-up).
    """

    def __init__(self, folders: tuple[Path, ...] | list[Path]) -> None:
        self.folders = tuple(Path(folder) for folder in folders)
        self._loaded: tuple[dict[str, Rubric], tuple[RubricError, ...]] | None = None
        self._found: dict[str, Rubric] = {}
        self._lock = threading.Lock()  # the app checks every file on a worker thread

    @property
    def rubrics(self) -> dict[str, Rubric]:
        return self._load()[0]

    @property
    def errors(self) -> tuple[RubricError, ...]:
        return self._load()[1]

    def find(self, unit: str) -> Rubric | None:
        """The rubric for ``unit`` (case-insensitive), or None."""
        try:
            return self.get(unit)
        except MarkerError:
            return None

    def get(self, unit: str) -> Rubric:
        """The rubric for ``unit`` (case-insensitive).

        Raises:
            MarkerError: no such unit, naming the ones there are.
        """
        wanted = unit.strip().casefold()
        if self._loaded is None:
            found = self._found.get(wanted) or self._first_defining(wanted)
            if found is not None:
                self._found[wanted] = found
                return found
        for key, rubric in self.rubrics.items():
            if key.casefold() == wanted:
                return rubric
        for folder in self.folders:
            if is_shipped(folder) and not folder.is_dir():
                raise MarkerError(f"{folder}: {MISSING}")
        known = ", ".join(sorted(self.rubrics)) or "none"
        raise MarkerError(f"unit {unit!r} has no rubric (known units: {known}); see `marker rubrics`")

    def _paths(self) -> Iterator[Path]:
        for folder in self.folders:
            if folder.is_dir():
                yield from sorted(folder.glob("*.toml"))

    def _first_defining(self, wanted: str) -> Rubric | None:
        """What the full load would choose for the unit: the first valid file defining it."""
        for path in self._paths():
            try:
                declared = _UNIT_LINE.search(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue  # the full load names the problem
            if declared and declared.group(1).strip().casefold() != wanted:
                continue
            rubric, _problems = parse_rubric(path)
            if rubric is not None and rubric.unit.casefold() == wanted:
                return rubric
        return None

    def _load(self) -> tuple[dict[str, Rubric], tuple[RubricError, ...]]:
        with self._lock:
            if self._loaded is None:
                self._loaded = _load_all(self.folders)
            return self._loaded


def find_rubrics(folders: tuple[Path, ...] | list[Path]) -> Catalogue:
    """The rubrics in every ``*.toml`` of the folders, parsed as they are needed."""
    return Catalogue(folders)


def _load_all(folders: tuple[Path, ...]) -> tuple[dict[str, Rubric], tuple[RubricError, ...]]:
    """Load every ``*.toml`` in the folders; a unit defined twice is an error naming both files."""
    rubrics: dict[str, Rubric] = {}
    errors: list[RubricError] = []
    for folder in folders:
        if not folder.is_dir():
            # A shipped folder that is missing is the installation's fault, not the config's.
            problem = MISSING if is_shipped(folder) else "rubric folder does not exist; fix rubric_dirs in config.toml"
            errors.append(RubricError(str(folder), problem))
            continue
        for path in sorted(folder.glob("*.toml")):
            rubric, problems = parse_rubric(path)
            errors.extend(problems)
            if rubric is None:
                continue
            clash = next((r for k, r in rubrics.items() if k.casefold() == rubric.unit.casefold()), None)
            if clash is not None:
                errors.append(RubricError(
                    str(path), f"defines unit {rubric.unit} again (already in {clash.path}); remove or rename one",
                    field="unit",
                ))
                continue
            rubrics[rubric.unit] = rubric
    return rubrics, tuple(errors)
