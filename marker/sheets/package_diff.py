"""What differs between two WordprocessingML parts, in words: which cell or paragraph, what it
prints against what it should, and what formatting was added or removed.

A forger does not need to change a word: striking a "Pass" through, colouring a REFERRAL white,
hiding it and typing PASS into a content control all leave the text python-docx reads alone.
So a cell or paragraph is compared by its text as printed (hidden runs left out), its hidden
text, and every element and attribute of its XML; each difference is named in the sheet's own
labels ("AC 3.2 / Pass / Referral", "Signature of QA:"), with its full text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
SHOW_WHOLE = 240
"""Texts up to this long are quoted whole; longer ones around their first difference."""

Namer = Callable[[etree._Element], str]


def w(tag: str) -> str:
    return _W + tag


def printed_and_hidden(element: etree._Element) -> tuple[str, str]:
    """(the text as printed, the text hidden with w:vanish); paragraphs on lines of their own."""
    shown, hidden = [], []
    for paragraph in element.iter(w("p")):
        line_shown, line_hidden = [], []
        for run in paragraph.iter(w("r")):
            properties = run.find(w("rPr"))
            vanished = properties is not None and properties.find(w("vanish")) is not None
            text = "".join(_run_text(child) for child in run)
            (line_hidden if vanished else line_shown).append(text)
        shown.append("".join(line_shown))
        hidden.append("".join(line_hidden))
    return "\n".join(shown), "".join(hidden)


def _run_text(child: etree._Element) -> str:
    if child.tag == w("t"):
        return child.text or ""
    return {w("tab"): "\t", w("br"): "\n", w("cr"): "\n"}.get(child.tag, "")


def formatting(element: etree._Element) -> Counter:
    """Every element and attribute under ``element`` except the text itself and Word's revision ids."""
    tokens: Counter = Counter()
    for node in element.iter():
        if not isinstance(node.tag, str) or node.tag == w("t"):
            continue
        attributes = sorted((_short(k), v) for k, v in node.attrib.items() if "rsid" not in k)
        tokens[(_short(node.tag), tuple(attributes))] += 1
    return tokens


def _short(name: str) -> str:
    return name.replace(_W, "w:")


_PLAIN_WORDS = {
    "w:strike": "struck through", "w:dstrike": "double struck through", "w:vanish": "hidden text",
    "w:specVanish": "hidden text", "w:webHidden": "hidden text", "w:sdt": "a content control (w:sdt)",
    "w:sdtContent": "", "w:sdtPr": "", "w:r": "", "w:rPr": "", "w:pPr": "", "w:p": "a paragraph", "w:highlight": "highlighting", "w:u": "underlining", "w:b": "bold",
    "w:i": "italic", "w:caps": "capitals", "w:smallCaps": "small capitals", "w:sz": "font size",
    "w:szCs": "", "w:rFonts": "font", "w:ins": "a tracked insertion", "w:del": "a tracked deletion",
    "w:fldSimple": "a field", "w:instrText": "a field", "w:shd": "shading", "w:position": "raised or lowered text",
    "w:spacing": "spacing", "w:effect": "a text effect", "w:bdr": "a border", "w:framePr": "a text frame",
    "w:drawing": "a drawing", "w:pict": "a picture", "w:object": "an object",
}


def describe_tokens(tokens: Counter) -> list[str]:
    words = []
    for (tag, attributes), _ in sorted(tokens.items()):
        plain = _PLAIN_WORDS.get(tag)
        values = dict(attributes)
        if tag == "w:color":
            colour = values.get("w:val", "")
            plain = f"text colour {colour}" + (" (white)" if colour.upper() == "FFFFFF" else "")
        elif tag == "w:shd" and values.get("w:fill"):
            plain = f"shading {values['w:fill']}"
        elif plain is None:
            shown = " ".join(f'{k}="{v}"' for k, v in attributes)
            plain = f"<{tag}{' ' + shown if shown else ''}>"
        if plain and plain not in words:
            words.append(plain)
    return words


def quoted_pair(got: str, want: str) -> tuple[str, str]:
    """Both texts whole, or, when long, each around their first difference with some context."""
    if len(got) <= SHOW_WHOLE and len(want) <= SHOW_WHOLE:
        return repr(got), repr(want)
    start = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    return _around(got, start), _around(want, start)


def _around(text: str, at: int, before: int = 80, after: int = 120) -> str:
    lo, hi = max(at - before, 0), min(at + after, len(text))
    return f"{'…' if lo else ''}{text[lo:hi]!r}{'…' if hi < len(text) else ''} (characters {lo + 1}-{hi} of {len(text)})"


def unit_difference(name: str, got: etree._Element, want: etree._Element) -> str | None:
    """One sentence naming everything that differs in one cell or paragraph; None when it is the same."""
    if _canonical(got) == _canonical(want):
        return None
    got_shown, got_hidden = printed_and_hidden(got)
    want_shown, want_hidden = printed_and_hidden(want)
    said = []
    if got_shown != want_shown:
        a, b = quoted_pair(got_shown, want_shown)
        said.append(f"prints {a} where the session gives {b}")
    if got_hidden != want_hidden:
        said.append(f"holds hidden text {got_hidden!r}" if got_hidden else "its hidden text was removed")
    got_format, want_format = formatting(got), formatting(want)
    added, removed = describe_tokens(got_format - want_format), describe_tokens(want_format - got_format)
    if added:
        said.append("added: " + ", ".join(added))
    if removed:
        said.append("removed: " + ", ".join(removed))
    if not said:
        said.append("its XML differs from the sheet the session makes")
    if got_shown == want_shown:
        return f"{name} reads {got_shown!r} as it should, but " + "; ".join(said)
    return f"{name} " + "; ".join(said)


def _canonical(element: etree._Element) -> bytes:
    return etree.tostring(element, method="c14n", exclusive=True)


def xml_first_difference(got: bytes, want: bytes) -> str:
    """Where two XML parts first differ, as a path of element names (styles by their id)."""
    try:
        a, b = etree.fromstring(got), etree.fromstring(want)
    except etree.XMLSyntaxError as exc:
        return f"it is not well-formed XML ({exc})"
    path: list[str] = []
    while True:
        step = _short(b.tag) + (f"[{b.get(w('styleId'))}]" if b.get(w("styleId")) else "")
        path.append(step)
        if a.tag != b.tag or dict(a.attrib) != dict(b.attrib) or (a.text or "").strip() != (b.text or "").strip():
            return "at " + "/".join(path)
        children_a, children_b = list(a), list(b)
        if len(children_a) != len(children_b):
            return f"at {'/'.join(path)}: {len(children_a)} elements where the session's sheet has {len(children_b)}"
        pair = next(((x, y) for x, y in zip(children_a, children_b)
                     if _canonical(x) != _canonical(y)), None)
        if pair is None:
            return "at " + "/".join(path)
        a, b = pair
