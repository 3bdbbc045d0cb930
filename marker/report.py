"""The result of a check: what was checked and what failed, each in words that name it.

Below both ``marker.verify`` and ``marker.sheets.compare`` (which each produce one), so
neither has to import the other for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Report:
    """What was checked, and every failure, each naming what failed."""

    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def extend(self, other: Report) -> None:
        self.checked += other.checked
        self.problems += other.problems
