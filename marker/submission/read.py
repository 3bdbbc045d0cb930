"""Read a submission — files or folders — into documents, whatever the files turn out to be.

The format is decided by the bytes, not the extension: a PNG named ``.docx`` or an old
Word file renamed ``.docx`` gets a one-line reason and a suggestion, and one bad file
never stops the others being read.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from marker.fileio import NotARegularFile, open_regular
from marker.submission import cache
from marker.submission.budget import Budget, ReadingCancelled
from marker.submission.errors import SubmissionError
from marker.submission.model import Document, Submission
from marker.submission.paths import OLD_FORMATS, expand
from marker.submission.text import decode, text_blocks
from marker.submission.zipsalvage import BudgetedZip, SalvagedArchive

MAX_BYTES = 100 * 1024 * 1024
"""Files larger than this are refused before reading."""

Progress = Callable[[float, int, str], None]
"""``progress(done, total, name)``: files done of ``total``, a fraction of one while a PDF's pages are read."""


def read_submission(paths: Iterable[Path | str], password: str | None = None, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> Submission:
    """Every file named, folders read recursively; errors collected, never raised.

    Raises:
        ReadingCancelled: ``cancelled()`` became true (checked between files, parts, pages and chunks).
    """
    files = expand(paths)
    documents, errors = [], []
    for done, (path, name) in enumerate(files):
        if cancelled is not None and cancelled():
            raise ReadingCancelled(name)
        on_page = None
        if progress:
            progress(done, len(files), name)
            on_page = lambda page, pages, done=done, name=name: progress(done + page / pages, len(files), name)  # noqa: E731
        try:
            documents.append(read_file(path, password, name=name, on_page=on_page, cancelled=cancelled))
        except SubmissionError as error:
            errors.append(error)
    if progress:
        progress(len(files), len(files), "")
    return Submission(tuple(documents), tuple(errors))


def read_file(path: Path | str, password: str | None = None, *, name: str | None = None,
              on_page: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None) -> Document:
    """Read one file; ``on_page(done, pages)`` reports a PDF's pages as they are read.

    Reading works within ``marker.submission.budget``'s limits; a file that reaches one
    is refused and nothing of it is cached.

    Raises:
        SubmissionError: the file cannot be read; the message names it and what to do.
    """
    path = Path(path)
    name = name or path.name
    data = _bytes(path, name)
    digest = hashlib.sha256(data).hexdigest()
    if password:
        # Never cached: a cached text would open for any password typed later, and the
        # learner protected the file so that its text is not lying around unprotected.
        return _parse(path, name, data, digest, password, on_page, Budget(name, cancelled=cancelled))
    cached = cache.load(digest, name, path)
    if cached is not None:
        return cached
    document = _parse(path, name, data, digest, password, on_page, Budget(name, cancelled=cancelled))
    notice = cache.store(document)
    return replace(document, notices=(*document.notices, notice)) if notice else document


def _bytes(path: Path, name: str) -> bytes:
    """The file's bytes: a regular file only (a link is followed only to one), within the size limit."""
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                raise SubmissionError(name, "too_large", f"is {size // 2**20} MB, over the {MAX_BYTES // 2**20} MB limit",
                                      "ask for a smaller export (PDF without embedded video, or the DOCX alone)")
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise SubmissionError(name, "missing", "not found", "check the path, or ask the learner for the file") from None
    except NotARegularFile as exc:
        if exc.what == "a folder":
            try:
                os.scandir(path).close()
            except OSError as listing:
                raise SubmissionError(name, "missing", f"is a folder that cannot be read ({listing.strerror})",
                                      "check the folder's permissions") from None
            raise SubmissionError(name, "unsupported", "is a folder", "name the files inside it, or the folder alone") from None
        raise SubmissionError(name, "unsupported", f"is {exc.what}, not a regular file",
                              "name the document itself (a file saved from Word or a PDF)") from None
    except OSError as exc:
        raise SubmissionError(name, "missing", f"cannot be read ({exc.strerror or exc})",
                              "check the file's permissions") from None
    if not data:
        raise SubmissionError(name, "empty", "is empty (0 bytes)", "ask the learner to upload the file again")
    if len(data) > MAX_BYTES:  # it grew while being read
        raise SubmissionError(name, "too_large", f"is over the {MAX_BYTES // 2**20} MB limit",
                              "ask for a smaller export (PDF without embedded video, or the DOCX alone)")
    return data


def _parse(path: Path, name: str, data: bytes, digest: str, password: str | None,
           on_page: Callable[[int, int], None] | None, budget: Budget) -> Document:
    suffix = path.suffix.lower()
    head = data[:8]
    if head.startswith(b"%PDF") or (b"%PDF-" in data[:1024] and suffix == ".pdf"):
        from marker.submission.pdf import read_pdf  # pypdf loads only when a PDF arrives

        blocks, apart, pages, notices = read_pdf(name, data, password, on_page, budget)
        return Document(name, path, digest, tuple(blocks), tuple(apart), pages, tuple(notices))
    if head.startswith(b"PK"):
        return _zip(path, name, data, digest, budget)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o" in data:
            raise SubmissionError(name, "encrypted", "is a password-protected (encrypted) Word document",
                                  "ask the learner to save an unprotected copy as .docx or PDF")
        raise SubmissionError(name, "old_format", "is an old binary Word (.doc) file", "save as .docx or PDF and resubmit")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        raise SubmissionError(name, "unsupported", "is an image, not a document",
                              "ask for the written work as .docx or PDF (a photo of a page cannot be read)")
    if head.startswith(b"{\\rtf"):
        raise SubmissionError(name, "old_format", "is a Rich Text (.rtf) file", "save as .docx or PDF")
    if suffix in OLD_FORMATS:
        raise SubmissionError(name, "old_format", f"is {OLD_FORMATS[suffix]} file", "save as .docx or PDF")
    if suffix in (".docx", ".pdf"):
        raise SubmissionError(name, "unsupported", f"is not a {suffix[1:].upper()} despite its name",
                              "ask the learner to export the file again as .docx or PDF")
    if b"\x00" in data[:4096]:
        raise SubmissionError(name, "unsupported", "is a binary file marker cannot read", "save as .docx, PDF or .txt")
    budget.count_text(len(data))
    text, notices = decode(data)
    blocks = text_blocks(name, text, markdown=suffix in (".md", ".markdown"))
    if not blocks:
        raise SubmissionError(name, "empty", "holds no text", "ask the learner to upload the file again")
    return Document(name, path, digest, tuple(blocks), (), None, notices)


def _zip(path: Path, name: str, data: bytes, digest: str, budget: Budget) -> Document:
    from marker.submission.docx import read_docx  # lxml loads only when a DOCX arrives

    notices: list[str] = []
    try:
        archive: BudgetedZip | SalvagedArchive = BudgetedZip(data, budget)
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        archive = SalvagedArchive(data, budget)
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise SubmissionError(name, "corrupt", "is damaged (truncated or corrupt) and no text could be recovered",
                                  "ask the learner to re-save it from Word and upload it again") from None
        notices.append("the file is damaged (truncated): the text that could be recovered is shown; "
                       "ask for a fresh copy before signing")
    if "word/document.xml" not in names:
        if "content.xml" in names or "mimetype" in names:
            raise SubmissionError(name, "old_format", "is an OpenDocument (.odt) file", "save as .docx or PDF")
        raise SubmissionError(name, "unsupported", "is a zip archive, not a Word document",
                              "unzip it and name the documents inside")
    try:
        blocks, apart, more = read_docx(name, archive)
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError, NotImplementedError):
        # the directory was intact but a part is damaged (or lies about its size): salvage
        # what inflates, counting afresh (the time already spent still counts)
        budget.inflated = 0
        blocks, apart, more = read_docx(name, SalvagedArchive(data, budget))
        notices.append("the file is damaged: the text that could be recovered is shown; ask for a fresh copy")
    notices += more
    if not blocks:
        raise SubmissionError(name, "no_text", "has no text (only pictures or empty pages)",
                              "ask for the original file; a picture of writing cannot be read")
    return Document(name, path, digest, tuple(blocks), tuple(apart), None, tuple(notices))
