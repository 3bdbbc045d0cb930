"""A zip of a document's parts, every entry dated alike, the parts every sheet shares compressed once.

Styles, the theme and the rest of python-docx's template are about 800 KB of every sheet, the same
bytes in each; compressing them again for each of an export's sheets cost a third of writing one.
The zip is the one Python's zipfile writes for the same entries, byte for byte (tests hold them so).
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from functools import lru_cache

SHARED_SIZE = 16_000
"""Parts this large are the template's own (styles, theme), the same in every sheet: kept compressed."""


def dated_zip(entries: list[tuple[str, bytes]], when: tuple[int, int, int, int, int, int]) -> bytes:
    """The zip of ``entries`` (name, content), in order, each dated ``when``, private (0600), deflated."""
    out, directory = bytearray(), bytearray()
    for name, blob in entries:
        crc, data = _deflated(blob) if len(blob) >= SHARED_SIZE else _deflate(blob)
        entry = zipfile.ZipInfo(name, date_time=when)
        entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16
        entry.CRC, entry.compress_size, entry.file_size, entry.header_offset = crc, len(data), len(blob), len(out)
        out += entry.FileHeader(False)
        out += data
        directory += _directory_entry(entry)
    end = struct.pack(zipfile.structEndArchive, zipfile.stringEndArchive, 0, 0, len(entries), len(entries),
                      len(directory), len(out), 0)
    return bytes(out + directory + end)


def _directory_entry(entry: zipfile.ZipInfo) -> bytes:
    """The central directory's record of an entry, as ``ZipFile.close`` writes it (no zip64: a sheet is small)."""
    year, month, day, hour, minute, second = entry.date_time
    try:
        name, flags = entry.filename.encode("ascii"), entry.flag_bits
    except UnicodeEncodeError:
        name, flags = entry.filename.encode(), entry.flag_bits | 0x800  # the name is UTF-8
    return struct.pack(zipfile.structCentralDir, zipfile.stringCentralDir, entry.create_version, entry.create_system,
                       entry.extract_version, entry.reserved, flags, entry.compress_type,
                       hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day,
                       entry.CRC, entry.compress_size, entry.file_size, len(name), 0, 0, 0,
                       entry.internal_attr, entry.external_attr, entry.header_offset) + name


def _deflate(blob: bytes) -> tuple[int, bytes]:
    """CRC-32 and raw deflate, as zipfile's ZIP_DEFLATED at its default level."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return zlib.crc32(blob), compressor.compress(blob) + compressor.flush()


@lru_cache(maxsize=16)
def _deflated(blob: bytes) -> tuple[int, bytes]:
    return _deflate(blob)
