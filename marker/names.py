"""Whether two typed names are the same person's: compared as a reader sees them, not byte by byte.

Names are compared after Unicode NFKC normalisation (full-width and compatibility forms
become plain letters), case folding, dropping invisible formatting characters
(zero-width spaces and joiners, direction marks), folding the Cyrillic and Greek
letters that look like Latin ones (a Cyrillic "А" in "Аnn Assessor" is an "A"), and
collapsing spaces. Who someone *is* comes from their key; this only stops a name that
looks the same from passing as someone else's.
"""

from __future__ import annotations

import unicodedata

CONFUSABLES = str.maketrans({
    # Cyrillic letters drawn like Latin ones (after case folding, so lower case only)
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "һ": "h", "ӏ": "l", "ɡ": "g", "ʏ": "y",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k", "μ": "m", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ϲ": "c", "ϳ": "j",
    # Latin look-alikes
    "ı": "i", "ℓ": "l", "ſ": "s",
})


def name_key(name: str) -> str:
    """The form names are compared in."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = unicodedata.normalize("NFKC", text.translate(CONFUSABLES))
    return " ".join(text.split())


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` name the same person as a reader would see them (empty names never match)."""
    key = name_key(a)
    return bool(key) and key == name_key(b)
