"""A bundle zip read member by member, each within a size limit: never extracted wholesale.

An EQA bundle arrives from elsewhere, so its zip may be damaged or hostile: a directory
of a million entries, a member whose declared size lies, one corrupted byte. Members
are inflated in a stream with the bytes that actually come out counted; a damaged
member is one line (``MemberError``) and the others are still checked.
"""

from __future__ import annotations

import hashlib
import lzma
import struct
import zipfile
import zlib
from pathlib import Path

MAX_MEMBERS = 100_000
"""Entries in one bundle zip (a cohort of 500 learners has a few thousand)."""
MAX_MEMBER = 512 << 20
"""Bytes one member may inflate to (a submission file is at most 100 MB)."""
_CHUNK = 1 << 20
_DAMAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, NotImplementedError, RuntimeError, ValueError)


class MemberError(ValueError):
    """A member that cannot be read within its limit: damaged, encrypted, or too large."""


def open_zip(path: Path) -> zipfile.ZipFile:
    """The zip, once its end record says it has no more than ``MAX_MEMBERS`` entries.

    Raises:
        MemberError: too many entries. zipfile.BadZipFile / OSError: not a readable zip.
    """
    entries = _declared_entries(path)
    if entries > MAX_MEMBERS:
        raise MemberError(f"holds {entries:,} entries, over the {MAX_MEMBERS:,} limit")
    return zipfile.ZipFile(path)


def _declared_entries(path: Path) -> int:
    """The entry count in the end-of-central-directory record (zip64's if present); 0 if none is found."""
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - (1 << 16) - 22))
        tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return 0
    entries = struct.unpack_from("<H", tail, at + 10)[0]
    locator = tail.rfind(b"PK\x06\x07", 0, at)
    if entries == 0xFFFF and locator >= 0:
        offset = struct.unpack_from("<Q", tail, locator + 8)[0]
        with open(path, "rb") as handle:
            handle.seek(offset)
            record = handle.read(56)
        if record[:4] == b"PK\x06\x06" and len(record) == 56:
            entries = struct.unpack_from("<Q", record, 32)[0]
    return entries


def _chunks(archive: zipfile.ZipFile, name: str, limit: int):
    total = 0
    try:
        with archive.open(name) as handle:
            while chunk := handle.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise MemberError(f"inflates past the {limit >> 20} MB limit for one member")
                yield chunk
    except MemberError:
        raise
    except _DAMAGE as exc:
        raise MemberError(f"is damaged in the zip ({exc.__class__.__name__}: {exc})") from None


def read_member(archive: zipfile.ZipFile, name: str, limit: int | None = None) -> bytes:
    """A member's bytes, at most ``limit`` (``MAX_MEMBER``). Raises ``MemberError`` (and ``KeyError`` if absent)."""
    return b"".join(_chunks(archive, name, limit or MAX_MEMBER))


def hash_member(archive: zipfile.ZipFile, name: str, limit: int | None = None) -> tuple[str, int]:
    """SHA-256 and size of a member, streamed. Raises ``MemberError`` (and ``KeyError`` if absent)."""
    digest, size = hashlib.sha256(), 0
    for chunk in _chunks(archive, name, limit or MAX_MEMBER):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size
