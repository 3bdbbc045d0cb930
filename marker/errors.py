"""Errors are values the user can read: each renders as one line naming the file."""

from __future__ import annotations


class MarkerError(Exception):
    """Base of every error marker shows to a user instead of a traceback."""


class ConfigError(MarkerError):
    """The config file is unreadable or holds a bad setting."""


class RubricError(MarkerError):
    """A rubric file has a problem, located by file, line and field."""

    def __init__(self, file: str, message: str, line: int | None = None, field: str | None = None):
        self.file = file
        self.message = message
        self.line = line
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        what = f"{self.field}: " if self.field else ""
        return f"{where}: {what}{self.message}"


class RubricErrors(MarkerError):
    """Every problem found in one or more rubric files, so users fix them all at once."""

    def __init__(self, errors: list[RubricError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class SessionError(MarkerError):
    """A session cannot be changed, read or saved as asked."""
