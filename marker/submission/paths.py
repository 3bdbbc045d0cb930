"""Which files a submission holds: folders expanded to the documents inside them."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

SUPPORTED = {".docx", ".pdf", ".txt", ".md", ".markdown"}
OLD_FORMATS = {".doc": "an old Word .doc", ".odt": "an OpenDocument .odt", ".pages": "an Apple Pages",
               ".rtf": "a Rich Text .rtf", ".wpd": "a WordPerfect"}


def expand(paths: Iterable[Path | str]) -> list[tuple[Path, str]]:
    """(path, display name) for each file; a folder gives its documents, names relative to it.

    A folder (or subfolder) that cannot be listed is not skipped in silence: it is
    returned as an entry of its own, named with a trailing ``/``, which reading then
    refuses in one line. So is anything else with a document's name that is not a
    regular file (a pipe named ``essay.docx``).
    """
    found = []
    for path in map(Path, paths):
        if _is_dir(path):
            found += _documents_in(path)
        else:
            found.append((path, path.name))
    return found


def _is_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False  # missing or unreadable: reading it names the reason


def _documents_in(folder: Path) -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename or folder)
        found.append((where, f"{where.relative_to(folder).as_posix() if where != folder else folder.name}/"))

    # os.walk does not enter links to folders (no loops), and reports what it cannot list
    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs.sort()
        for name in files:
            child = Path(root, name)
            if name.startswith((".", "~$")):
                continue
            if child.suffix.lower() in SUPPORTED or child.suffix.lower() in OLD_FORMATS:
                found.append((child, child.relative_to(folder).as_posix()))
    return sorted(found)
