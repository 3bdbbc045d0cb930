"""Text from files shown in a terminal: control and bidirectional characters escaped.

File names, learner names and quoted passages come from learners' files and from
sessions folders anyone may write to. Printed raw, an ESC sequence recolours or rewrites
the terminal, a right-to-left override disguises a name (``essay\u202excod.exe``), and a
newline splits one error line in two. ``shown`` makes each such character visible as
its escape (``\\x1b``, ``\\u202e``, ``\\n``) and leaves every other character — accents,
other scripts — as it is.
"""

from __future__ import annotations

import unicodedata

_KEEP = {"\t"}


def _escape(char: str) -> str:
    code = ord(char)
    if char == "\n":
        return "\\n"
    if char == "\r":
        return "\\r"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _unsafe(char: str) -> bool:
    # Cc: C0 and C1 controls (ESC, CSI...); Cf: bidi overrides and isolates, zero-width
    # marks; Zl/Zp: line and paragraph separators, which some terminals break lines on
    return char not in _KEEP and unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")


def shown(text: object, *, lines: bool = False) -> str:
    """``text`` safe to print; one line unless ``lines`` (then newlines are kept, nothing else)."""
    text = str(text)
    if text.isascii() and text.isprintable():
        return text  # the common case, without a pass over every character
    return "".join(c if (lines and c == "\n") or not _unsafe(c) else _escape(c) for c in text)
