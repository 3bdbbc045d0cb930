"""Completing a typed path from the file system, for the fields that take a submission's files."""

from __future__ import annotations

from textual.suggester import Suggester

from marker.path_list import suggest


class PathSuggester(Suggester):
    """Completes the last path of the list from the file system; a path may hold spaces
    (see ``marker.path_list``: quoted, or words joined into the longest path that exists)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return suggest(value)
