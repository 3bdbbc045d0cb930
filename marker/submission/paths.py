"""Which files a submission holds: folders expanded to the documents inside them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

SUPPORTED = {".docx", ".pdf", ".txt", ".md", ".markdown"}
OLD_FORMATS = {".doc": "an old Word .doc", ".odt": "an OpenDocument .odt", ".pages": "an Apple Pages",
               ".rtf": "a Rich Text .rtf", ".wpd": "a WordPerfect"}


def expand(paths: Iterable[Path | str]) -> list[tuple[Path, str]]:
    """(path, display name) for each file; a folder gives its documents, names relative to it."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith((".", "~$"))):
                if child.suffix.lower() in SUPPORTED or child.suffix.lower() in OLD_FORMATS:
                    found.append((child, str(child.relative_to(path))))
        else:
            found.append((path, path.name))
    return found
