"""Why a file could not be read, in one line that says what to do."""

from __future__ import annotations

from marker.errors import MarkerError

KINDS = ("encrypted", "corrupt", "unsupported", "undecodable", "old_format", "missing", "empty", "too_large", "no_text")


class SubmissionError(MarkerError):
    """A file of a submission that could not be read: never a traceback."""

    def __init__(self, file: str, kind: str, reason: str, suggestion: str):
        self.file, self.kind, self.reason, self.suggestion = file, kind, reason, suggestion
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.file}: {self.reason} — {self.suggestion}"
