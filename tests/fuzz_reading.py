"""Mutations of real submission files, and what reading one of them may do (issue 16).

Shared by ``test_hostile_fuzz.py`` (a bounded number of cases, through hypothesis) and
``bench/bench_hostile.py --fuzz N`` (many more, seeded). Reading a mutated file must give
text or the project's own one-line ``SubmissionError`` naming the file, within the time
budget: nothing else (no other exception, no hang).
"""

from __future__ import annotations

import io
import struct
import tempfile
import threading
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REALWORLD = REPO.parent / "shared" / "corpus" / "realworld"
OPERATIONS = ("flip", "truncate", "insert", "drop_member", "resize_member", "nest_xml")


def seed_files(folder: Path) -> list[Path]:
    """Every file of the built test corpus, and of ../shared/corpus/realworld when it is there."""
    from corpus import CASES
    from corpus.build import build

    files: list[Path] = []
    for case in CASES:
        files += build(case, folder / case.name)
    if REALWORLD.is_dir():
        files += sorted(p for p in REALWORLD.iterdir() if p.suffix.lower() in (".pdf", ".docx"))
    return files


# --- mutations: pure functions of their parameters, so hypothesis can shrink them ------------------


def flip(data: bytes, at: float, value: int) -> bytes:
    i = min(int(at * len(data)), len(data) - 1)
    return data[:i] + bytes([data[i] ^ (value or 1)]) + data[i + 1:]


def truncate(data: bytes, at: float) -> bytes:
    return data[:max(1, int(at * len(data)))]


def insert(data: bytes, at: float, junk: bytes) -> bytes:
    i = int(at * len(data))
    return data[:i] + junk + data[i:]


def _rezip(data: bytes, change) -> bytes:
    """The zip rebuilt with ``change(name, content) -> content | None`` (None drops the member)."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        members = [(i, source.read(i)) for i in source.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return data  # not a zip (a PDF or text), or already damaged: the byte mutations cover it
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info, content in members:
            content = change(info.filename, content)
            if content is not None:
                target.writestr(info.filename, content)
    return out.getvalue()


def drop_member(data: bytes, which: int) -> bytes:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return data
    if not names:
        return data
    dropped = names[which % len(names)]
    return _rezip(data, lambda name, content: None if name == dropped else content)


def resize_member(data: bytes, which: int, size: int) -> bytes:
    """One member's declared uncompressed size (local header and directory) set to ``size``: a lie."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at, index = out.find(signature), 0
        while at >= 0 and at + offset + 4 <= len(out):
            if index == which % max(1, data.count(signature)):
                struct.pack_into("<I", out, at + offset, size & 0xFFFFFFFF)
                break
            index += 1
            at = out.find(signature, at + 4)
    return bytes(out)


def nest_xml(data: bytes, depth: int, which: int) -> bytes:
    """An XML member's body replaced by elements nested ``depth`` deep."""
    try:
        xml = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.endswith(".xml")]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return data
    if not xml:
        return data
    target = "word/document.xml" if which % 2 == 0 and "word/document.xml" in xml else xml[which % len(xml)]
    w = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    nested = (b"<w:document " + w + b"><w:body>" + b"<w:sdt><w:sdtContent>" * depth
              + b"<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + b"</w:sdtContent></w:sdt>" * depth + b"</w:body></w:document>")
    return _rezip(data, lambda name, content: nested if name == target else content)


def mutate(data: bytes, operation: str, a: float, b: int, junk: bytes) -> bytes:
    if operation == "flip":
        return flip(data, a, b & 0xFF)
    if operation == "truncate":
        return truncate(data, a)
    if operation == "insert":
        return insert(data, a, junk)
    if operation == "drop_member":
        return drop_member(data, b)
    if operation == "resize_member":
        return resize_member(data, b, int(a * 2**32))
    return nest_xml(data, 1 + b % 3000, b)


# --- what reading may do ------------------------------------------------------------------------


def read_mutated(name: str, data: bytes, seconds: float) -> str:
    """Read ``data`` as a file named ``name``: "text" or "refused"; AssertionError for anything else."""
    from marker.submission.errors import SubmissionError
    from marker.submission.read import read_file

    with tempfile.TemporaryDirectory(prefix="marker-fuzz-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        outcome: dict = {}

        def run() -> None:
            try:
                outcome["document"] = read_file(path)
            except BaseException as exc:  # judged below, in the test's thread
                outcome["error"] = exc

        start = time.monotonic()
        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        worker.join(seconds + 5)
        elapsed = time.monotonic() - start
    assert not worker.is_alive(), f"{name}: still reading after {seconds + 5:.0f} s"
    assert elapsed <= seconds + 5, f"{name}: took {elapsed:.1f} s"
    error = outcome.get("error")
    if error is None:
        assert all(isinstance(b.text, str) for b in outcome["document"].blocks)
        return "text"
    assert isinstance(error, SubmissionError), f"{name}: {type(error).__name__}: {error}"
    message = str(error)
    assert "\n" not in message and message.startswith(f"{name}: "), message
    return "refused"


def run_fuzz(count: int, seed: int = 16) -> None:
    """``count`` random mutations of every seed file, read in this process; prints a summary (the bench)."""
    import random
    import resource

    from marker.submission.budget import MAX_SECONDS

    chooser = random.Random(seed)
    outcomes: dict[str, int] = {}
    slowest = (0.0, "")
    with tempfile.TemporaryDirectory(prefix="marker-fuzz-seeds-") as folder:
        files = seed_files(Path(folder))
        for path in files:
            original = path.read_bytes()
            for _ in range(count):
                operation = chooser.choice(OPERATIONS)
                data = mutate(original, operation, chooser.random(), chooser.randrange(2**16),
                              chooser.randbytes(chooser.randrange(1, 64)))
                start = time.perf_counter()
                try:
                    result = read_mutated(path.name, data, MAX_SECONDS)
                except AssertionError as failure:
                    result = f"FAILED {operation}: {failure}"
                    print(result)
                seconds = time.perf_counter() - start
                slowest = max(slowest, (seconds, f"{path.name} {operation}"))
                outcomes[result.split(":")[0]] = outcomes.get(result.split(":")[0], 0) + 1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"fuzz: {count} mutations x {len(files)} files: {outcomes}; slowest {slowest[0]:.2f} s ({slowest[1]}); "
          f"peak RSS {peak:.0f} MB")
