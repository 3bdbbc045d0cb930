"""Something a check found in the submission, and where: shared by the checks and the practice log."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """Something found in the submission, and where."""

    text: str
    location: str
