"""Every unit marker knows: the shipped rubrics plus a centre's own folders."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marker.errors import MarkerError, RubricError
from marker.rubric import Rubric, parse_rubric


@dataclass(frozen=True)
class Catalogue:
    """The valid rubrics by unit, and the errors of the files that are not."""

    rubrics: dict[str, Rubric]
    errors: tuple[RubricError, ...]

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
        for key, rubric in self.rubrics.items():
            if key.casefold() == unit.strip().casefold():
                return rubric
        known = ", ".join(sorted(self.rubrics)) or "none"
        raise MarkerError(f"unit {unit!r} has no rubric (known units: {known}); see `marker rubrics`")


def find_rubrics(folders: tuple[Path, ...] | list[Path]) -> Catalogue:
    """Load every ``*.toml`` in the folders; a unit defined twice is an error naming both files."""
    rubrics: dict[str, Rubric] = {}
    errors: list[RubricError] = []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            errors.append(RubricError(str(folder), "rubric folder does not exist; fix rubric_dirs in config.toml"))
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
    return Catalogue(rubrics=rubrics, errors=tuple(errors))
