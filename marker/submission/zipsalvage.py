"""Salvage the parts of a truncated or damaged zip (DOCX) from its local file headers.

A DOCX cut short loses its central directory, so ``zipfile`` refuses it; the parts
before the damage are usually intact and their local headers say where each begins.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

_LOCAL = b"PK\x03\x04"
MAX_PART = 200 * 1024 * 1024


@dataclass
class _Info:
    filename: str
    file_size: int


class SalvagedArchive:
    """The readable parts of a damaged zip, with the reading half of ``ZipFile``'s API."""

    def __init__(self, data: bytes):
        self.parts: dict[str, bytes] = {}
        self.damaged: list[str] = []
        start = data.find(_LOCAL)
        while start >= 0:
            start = self._part_at(data, start)

    def _part_at(self, data: bytes, at: int) -> int:
        header = data[at: at + 30]
        if len(header) < 30:
            return -1
        _, _, flags, method, _, _, _, size, _, name_len, extra_len = struct.unpack("<4sHHHHHIIIHH", header)
        name = data[at + 30: at + 30 + name_len].decode("utf-8", "replace")
        begin = at + 30 + name_len + extra_len
        following = data.find(_LOCAL, begin)
        end = begin + size if size and not flags & 0x08 else (following if following >= 0 else len(data))
        raw = data[begin:end]
        try:
            if method == 8:
                inflater = zlib.decompressobj(-15)
                content = inflater.decompress(raw, MAX_PART)
                if not inflater.eof:
                    self.damaged.append(name)
            elif method == 0:
                content = raw
            else:
                return following
        except zlib.error:
            self.damaged.append(name)
            return following
        self.parts.setdefault(name, content)
        return following

    def namelist(self) -> list[str]:
        return list(self.parts)

    def infolist(self) -> list[_Info]:
        return [_Info(n, len(c)) for n, c in self.parts.items()]

    def read(self, name: str) -> bytes:
        return self.parts[name]
