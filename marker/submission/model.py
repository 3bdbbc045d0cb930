"""A submission as read: blocks of text that remember where they came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marker.submission.errors import SubmissionError


@dataclass(frozen=True)
class Block:
    """A heading, paragraph, list item or table of one file, in document order."""

    file: str
    """File name as shown to users."""
    kind: str
    """``heading``, ``paragraph``, ``list`` or ``table`` (kept-apart text: ``header``,
    ``footer``, ``comment``, ``note``, ``annotation``)."""
    text: str
    """Tables: rows joined by newlines, cells by `` | ``; nested tables inline."""
    number: int
    """¶ number within the file (DOCX, text), table number, or ¶ within a PDF page."""
    level: int | None = None
    """Heading level 1-9."""
    page: int | None = None
    """1-based PDF page."""
    row: int | None = None
    """For part of a table offered on its own (a template's answer row): its first row, 1-based."""

    @property
    def location(self) -> str:
        """``diary.docx ¶41``, ``diary.docx table 3``, ``log.pdf p. 7``."""
        if self.page is not None:
            return f"{self.file} p. {self.page}"
        if self.kind == "table":
            return f"{self.file} table {self.number}" + (f" row {self.row}" if self.row else "")
        if self.kind in ("header", "footer", "comment", "note", "annotation"):
            return f"{self.file} {self.kind} {self.number}"
        return f"{self.file} ¶{self.number}"


@dataclass(frozen=True)
class Document:
    """One file of a submission."""

    name: str
    path: Path
    sha256: str
    blocks: tuple[Block, ...]
    """The body, in document order: the evidence."""
    kept_apart: tuple[Block, ...] = ()
    """Headers, footers, comments, notes and annotations: not evidence, not counted, not lost."""
    pages: int | None = None
    notices: tuple[str, ...] = ()
    """Non-fatal one-liners: "read as cp1252", "pages 3, 7 could not be read"."""

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


@dataclass(frozen=True)
class Submission:
    """Every file of a submission: those read, and those that could not be."""

    documents: tuple[Document, ...]
    errors: tuple[SubmissionError, ...] = ()
