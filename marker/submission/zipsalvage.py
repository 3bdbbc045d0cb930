"""A DOCX's zip, read part by part within a budget; the parts of a damaged one salvaged.

Sizes a zip declares are never trusted: every part is inflated in a stream and the bytes
that actually come out are counted (``marker.submission.budget``), so a directory that
says 100 bytes for 190 MB of XML is refused after 32 MB, not obeyed.

A DOCX cut short loses its central directory, so ``zipfile`` refuses it; the parts
before the damage are usually intact and their local headers say where each begins.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from marker.submission.budget import Budget
from marker.submission.errors import SubmissionError

_LOCAL = b"PK\x03\x04"
_CENTRAL = b"PK\x01\x02"
_CHUNK = 1 << 20


class BudgetedZip:
    """An intact zip's parts, each inflated in a stream with the bytes counted."""

    def __init__(self, data: bytes, budget: Budget):
        budget.count_parts(data.count(_CENTRAL))  # before zipfile builds an entry for each
        self.archive = zipfile.ZipFile(io.BytesIO(data))
        self.budget = budget

    def namelist(self) -> list[str]:
        return self.archive.namelist()

    def read(self, name: str) -> bytes:
        """The part's bytes; KeyError if absent, zipfile/zlib errors if damaged."""
        if self.archive.getinfo(name).flag_bits & 0x1:
            raise SubmissionError(self.budget.name, "encrypted", "is a password-protected (encrypted) zip, not a "
                                  "Word document Word can open", "ask the learner for an unprotected copy")
        chunks, total = [], 0
        with self.archive.open(name) as handle:
            while chunk := handle.read(_CHUNK):
                total += len(chunk)
                self.budget.spend_inflated(name, total, len(chunk))
                chunks.append(chunk)
        return b"".join(chunks)


@dataclass
class _Part:
    begin: int
    end: int
    method: int


class SalvagedArchive:
    """The readable parts of a damaged zip, found by their local headers and inflated on demand."""

    def __init__(self, data: bytes, budget: Budget):
        budget.count_parts(data.count(_LOCAL))
        self.data, self.budget = data, budget
        self.parts: dict[str, _Part] = {}
        self.damaged: list[str] = []
        start = data.find(_LOCAL)
        while start >= 0:
            start = self._index(start)

    def _index(self, at: int) -> int:
        data = self.data
        header = data[at: at + 30]
        if len(header) < 30:
            return -1
        _, _, flags, method, _, _, _, size, _, name_len, extra_len = struct.unpack("<4sHHHHHIIIHH", header)
        name = data[at + 30: at + 30 + name_len].decode("utf-8", "replace")
        begin = at + 30 + name_len + extra_len
        following = data.find(_LOCAL, begin)
        end = begin + size if size and not flags & 0x08 else (following if following >= 0 else len(data))
        if method in (0, 8):
            self.parts.setdefault(name, _Part(begin, min(end, len(data)), method))
        return following

    def namelist(self) -> list[str]:
        return list(self.parts)

    def read(self, name: str) -> bytes:
        """What inflates of the part: as far as the damage allows, within the budget."""
        part = self.parts[name]
        raw = memoryview(self.data)[part.begin:part.end]
        if part.method == 0:
            self.budget.spend_inflated(name, len(raw), len(raw))
            return bytes(raw)
        inflater, chunks, total = zlib.decompressobj(-15), [], 0
        try:
            for at in range(0, len(raw), _CHUNK):
                piece = inflater.decompress(raw[at: at + _CHUNK], _CHUNK)
                while True:
                    total += len(piece)
                    self.budget.spend_inflated(name, total, len(piece))
                    chunks.append(piece)
                    if not inflater.unconsumed_tail:
                        break
                    piece = inflater.decompress(inflater.unconsumed_tail, _CHUNK)
                if inflater.eof:
                    break
        except zlib.error:
            pass  # damaged from here on: keep what came before
        if not inflater.eof:
            self.damaged.append(name)
        return b"".join(chunks)
