"""Text a Word document can hold: a session's strings with XML-forbidden characters removed.

WordprocessingML is XML 1.0, which cannot hold NUL or most control characters, and
python-docx refuses them. A learner's name or pasted feedback may carry one; the sheet
shows the text without it rather than failing to write. Sheets are built from this copy,
and ``marker verify`` rebuilds them the same way, so the comparison still holds.
"""

from __future__ import annotations

import copy
import dataclasses
import re

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    return _FORBIDDEN.sub("", text)


def printable_copy(value):
    """A deep copy with every string made printable (dataclasses, dicts and lists walked)."""
    if type(value) is str:  # not a StrEnum such as Decision, whose identity matters
        return printable(value)
    if isinstance(value, list):
        return [printable_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: printable_copy(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        clone = copy.copy(value)
        for f in dataclasses.fields(value):
            object.__setattr__(clone, f.name, printable_copy(getattr(value, f.name)))
        return clone
    return value
