"""PDF: text per page with page numbers kept, cleaned the way a reader expects.

Ligatures and presentation forms are NFKC-normalised, words hyphenated at line ends are
joined, control characters dropped, and a running header or footer repeated on most
pages is removed. Filled-in form fields count as text; annotations are kept apart.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, LimitReachedError, PdfReadError, PyPdfError
from pypdf.generic import ArrayObject, ByteStringObject, NameObject, TextStringObject

from marker.submission.budget import Budget, refusal
from marker.submission.errors import SubmissionError
from marker.submission.model import Block
from marker.submission.pdf_tables import CELL, Piece, Table, horizontal_rules, piece, rebuilt

# pypdf logs (even at ERROR) on every odd file, and with no handler Python prints that to
# stderr, across the CLI's one-line errors and the app's screen; we report our own way
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\ufeff]")
_NUMBERED = re.compile(r"^(?:task|ac|section|question|part|learning outcome|lo|q)?\s*\.?\s*\d", re.IGNORECASE)
_HYPHEN = re.compile(r"(\w)[-\u00ad]\n(\w)")


def open_pdf(name: str, data: bytes, password: str | None) -> PdfReader:
    """A reader ready for text, decrypted where it can be."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except NotImplementedError as exc:  # an encryption scheme pypdf does not know (V=0, V=3)
        raise SubmissionError(name, "encrypted", f"is encrypted in a way marker cannot open ({exc})",
                              "ask for an unprotected copy") from None
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError, OSError) as exc:
        raise SubmissionError(name, "corrupt", f"is damaged and could not be opened as a PDF ({exc.__class__.__name__})",
                              "ask for the original file or a fresh export") from None
    if reader.is_encrypted:
        _decrypt(name, reader, password)
    return reader


def _decrypt(name: str, reader: PdfReader, password: str | None) -> None:
    try:
        if reader.decrypt(""):
            return  # an owner-password-only file opens for reading with the empty password
        if password is None:
            raise SubmissionError(name, "encrypted", "is encrypted and needs a password to open",
                                  "ask the learner for it and give it (--password, or the new-marking form's PDF password), or ask for an unprotected copy")
        if not reader.decrypt(password):
            raise SubmissionError(name, "encrypted", "is encrypted and the password given is wrong",
                                  "check the password given (--password, or the form's PDF password) or ask for an unprotected copy")
    except (NotImplementedError, FileNotDecryptedError, PdfReadError) as exc:
        raise SubmissionError(name, "encrypted", f"is encrypted in a way marker cannot open ({exc})",
                              "ask for an unprotected copy") from None


def read_pdf(name: str, data: bytes, password: str | None = None,
             on_page: Callable[[int, int], None] | None = None,
             budget: Budget | None = None) -> tuple[list[Block], list[Block], int, list[str]]:
    """Body blocks, annotations, page count and notices; ``on_page(done, pages)`` after each page."""
    budget = budget or Budget(name)
    reader = open_pdf(name, data, password)
    try:
        budget.count_pages(_declared_pages(reader))  # before pypdf flattens the whole page tree
        budget.count_pages(len(reader.pages))
        pages = list(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise SubmissionError(name, "corrupt", f"is damaged: its page list cannot be read ({exc.__class__.__name__})",
                              "ask for the original file or a fresh export") from None
    texts: list[str] = []
    failed: list[int] = []
    apart: list[Block] = []
    undecodable: list[int] = []
    limited = False
    running_table: Table | None = None
    for number, page in enumerate(pages, start=1):
        budget.check_time()
        if on_page:
            on_page(number - 1, len(pages))
        if _undecodable_fonts_only(page):
            texts.append("")
            undecodable.append(number)
            running_table = None
            continue
        try:
            text, running_table = _page_text(page, running_table)
            texts.append(clean(text))
        except Exception as exc:  # pypdf raises many kinds on damaged pages; the page is named below
            texts.append("")
            failed.append(number)
            running_table = None
            limited = limited or isinstance(exc, LimitReachedError)
        apart += _annotations(name, page, number, len(apart))
    texts = strip_running_lines(texts)
    blocks: list[Block] = []
    for number, text in enumerate(texts, start=1):
        blocks += page_blocks(name, number, text)
    if failed and len(failed) == len(pages):  # form fields alone are not a readable document
        if limited:
            raise refusal(name, "its page content inflates past the 75 MB limit for one stream")
        raise SubmissionError(name, "corrupt", "is damaged: no page could be read",
                              "ask for the original file or a fresh export")
    blocks += _form_fields(name, reader, len(pages))
    notices = [f"pages {', '.join(map(str, failed))} could not be read"] if failed else []
    if undecodable and blocks:
        notices.append(f"pages {', '.join(map(str, undecodable))} use a font with no Unicode mapping: their text could not be decoded")
    if not blocks:
        if undecodable:
            raise SubmissionError(name, "undecodable", "uses a font with no Unicode mapping, so its text cannot be decoded",
                                  "ask for the original document, or a PDF exported with embedded fonts")
        raise SubmissionError(name, "no_text", "has no text layer — scanned? (only images on its pages)",
                              "ask for the original file, not a scan or photo")
    return blocks, apart, len(pages), notices


def _page_text(page, carried: Table | None) -> tuple[str, Table | None]:
    """The page's text, any table on it rebuilt as rows of cells from where its words sit, and
    the table that runs on to the next page."""
    pieces: list[Piece] = []
    text = page.extract_text(visitor_text=lambda t, cm, tm, _font, size: pieces.append(piece(t, cm, tm, size))) or ""
    if "".join(p.text for p in pieces) != text:
        return text, None  # pypdf's text was not the pieces it drew: keep it as it is
    try:
        return rebuilt(pieces, carried, lambda: _rules(page))
    except (ArithmeticError, ValueError, TypeError, IndexError):  # a page that lies about where its words are
        return text, None


def _rules(page) -> list[float]:
    """The page's horizontal lines, where its drawing can be read again (a table's borders)."""
    try:
        contents = page.get_contents()
        return horizontal_rules(contents.operations) if contents is not None else []
    except Exception:  # a damaged stream: the table's rows are told apart without its borders
        return []


def _declared_pages(reader: PdfReader) -> int:
    """The page tree's own count, or its top-level kids if more (a hostile file may understate it)."""
    try:
        tree = reader.trailer["/Root"]["/Pages"]
        count = tree.get("/Count")
        kids = tree.get("/Kids")
        return max(int(count) if isinstance(count, int) else 0, len(kids) if isinstance(kids, list) else 0)
    except (PyPdfError, KeyError, TypeError, ValueError, AttributeError):
        return 0  # no readable tree: flattening it below says so


def clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return _HYPHEN.sub(r"\1\2", text)


def strip_running_lines(texts: list[str]) -> list[str]:
    """Drop a first or last line that repeats (digits aside) on at least 60% of pages, and in
    a document of two pages or more one that gives its own page's number ("Page 2 of 3")."""
    if len(texts) > 1:
        texts = [_without_page_number(text, number) for number, text in enumerate(texts, 1)]
    if len([t for t in texts if t.strip()]) < 3:
        return texts

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip().casefold())

    cleaned = texts
    for pick in (0, -1):
        counts: dict[str, int] = {}
        for text in cleaned:
            lines = [ln for ln in text.split("\n") if ln.strip()]
            if lines:
                counts[key(lines[pick])] = counts.get(key(lines[pick]), 0) + 1
        # a table's header repeated atop each page is kept: its rows need it
        running = {k for k, n in counts.items() if n >= 0.6 * len(texts) and n >= 3 and CELL not in k}
        if not running:
            continue
        out = []
        for text in cleaned:
            lines = [ln for ln in text.split("\n") if ln.strip()]
            if len(lines) > 1 and key(lines[pick]) in running:
                lines.pop(pick)
            out.append("\n".join(lines))
        cleaned = out
    return cleaned


def _without_page_number(text: str, number: int) -> str:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    for pick in (-1, 0):
        if len(lines) > 1 and re.fullmatch(rf"(?:.*\bpage\s*{number}(?:\s*(?:of|/)\s*\d+)?|[\s\-–—]*{number}[\s\-–—]*)",
                                           lines[pick].strip(), re.IGNORECASE):
            lines.pop(pick)
    return "\n".join(lines)


_LABEL_LINE = re.compile(
    r"\s*(?i:(?:task|ac|criterion|q|question)\s*\.?\s*)?\d{1,2}\.\d{1,2}(?![.\d])(?:\s*(?:[,/&]|and)\s*\d{1,2}\.\d{1,2})*"
    r"\s*(?:[.):\-–—]\s*)?(?:[A-Z(]|$)")
"""A line that opens with a criterion's number and then a capitalised word: a label, not
a quantity ("1.5 hours") or a time."""


_REFS = r"(?:AC\s*)?\d{1,2}\.\d{1,2}(?:\s*(?:[,/&]|and)\s*(?:AC\s*)?\d{1,2}\.\d{1,2})*"
_REF_IN_BRACKETS_AT_END = re.compile(rf"\({_REFS}\)$", re.IGNORECASE)
"""A title's criterion in brackets at its end: "Contracting (2.2)", "Giving feedback (AC 2.4 and AC 2.5)"."""
_OPEN_REF = re.compile(r"\((?:AC|criteria|criterion)?\s*$", re.IGNORECASE)
_CLOSING_REF = re.compile(rf"{_REFS}\)$", re.IGNORECASE)


def _rejoined_refs(lines: list[str]) -> list[str]:
    """A title wrapped inside its bracket ("7. How I will use questioning … (AC" / "2.3)") as one line."""
    out: list[str] = []
    for line in lines:
        if out and _OPEN_REF.search(out[-1]) and _CLOSING_REF.fullmatch(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


_RUNS_ON = re.compile(r"(?:[,\-–(]|\b(?:and|or|but|of|the|a|an|to|in|for|with|at|on|by|as|from|than|over|under|see|is|are|was|"
                      r"were|be|who|which|that|would|will|can|could|should|may|might|has|have|had|their|his|her|its|our|"
                      r"my|your|ac|criterion|task|question|q|section|page|p))$", re.IGNORECASE)
"""A line ending like this runs on into the next: a number opening that next line is not a label, and a short
line so ended is no heading ("… a mentor who is" / "injured, …")."""


def page_blocks(name: str, page: int, text: str) -> list[Block]:
    """Paragraphs of one page: a blank line, or a short unpunctuated line, ends one."""
    lines = [ln.strip() for ln in text.split("\n")]
    widest = max((len(ln) for ln in lines if CELL not in ln), default=0)
    lines = _rejoined_refs(lines)
    blocks: list[Block] = []
    current: list[str] = []
    rows: list[str] = []

    def flush(kind: str = "paragraph") -> None:
        if current:
            text = " ".join(current)
            # Numbered headings ("Task 2.1 ...", "Section 3") outrank the short lines a
            # table or a title leaves behind, so a task's section runs on past them.
            level = (2 if _NUMBERED.match(text) else 3) if kind == "heading" else None
            blocks.append(Block(name, kind, text, len(blocks) + 1, page=page, level=level))
            current.clear()

    def flush_table() -> None:
        if rows:
            blocks.append(Block(name, "table", "\n".join(rows), len(blocks) + 1, page=page))
            rows.clear()

    for n, line in enumerate(lines):
        if CELL in line:  # a table's row, rebuilt from where its words sit
            flush()
            rows.append(" | ".join(cell.strip() for cell in line.split(CELL)))
            continue
        flush_table()
        if not line:
            flush()
            continue
        if _LABEL_LINE.match(line) and (not current or not _RUNS_ON.search(current[-1])):
            # "1.2 State the agreed goals ..." opens an answer however wide the line, unless the
            # line before runs on into it: a PDF that lost its paragraph spacing (Google Docs)
            # still has these. A label that wraps stays with what follows, as a labelled paragraph.
            flush()
            if len(line) < 0.7 * widest and not re.search(r"[.,;!?]$", line) and not _RUNS_ON.search(line):
                current.append(line)
                flush("heading")
                continue
        if (not current and blocks and blocks[-1].kind == "heading" and line[:1].islower()
                and _RUNS_ON.search(blocks[-1].text) and len(line.split()) <= 10 and len(line) < 0.7 * widest
                and not re.search(r"[.,;:!?]$", line)):
            # "3. Potential barriers to mentoring new kitchen staff and how I would" / "overcome them (AC 1.3 & 1.4)":
            # a title wrapped over two lines
            blocks[-1] = replace(blocks[-1], text=f"{blocks[-1].text} {line}")
            continue
        following = lines[n + 1] if n + 1 < len(lines) else ""
        headingish = (len(line.split()) <= 12 and not re.search(r"[.,;:!?)]$", line)
                      and len(line) < 0.7 * widest and (line[:1].isupper() or line[:1].isdigit())
                      # a sentence wrapped early in a narrow cell runs on (a log's row, with its figures, is left
                      # as it was: the practice reader joins those)
                      and not (following[:1].islower() and _RUNS_ON.search(line) and not re.search(r"\d", line)))
        # "5. Starting the relationship (2.1)": a title that gives its criterion in brackets, after a sentence's end
        headingish = headingish or (len(line.split()) <= 12 and _REF_IN_BRACKETS_AT_END.search(line) is not None
                                    and len(line) < 0.7 * widest and (line[:1].isupper() or line[:1].isdigit())
                                    and (not current or re.search(r"[.!?:]$", current[-1]) is not None))
        if headingish:
            flush()
            current.append(line)
            flush("heading")
            continue
        current.append(line)
        if re.search(r"[.!?:]$", line) and (len(line) < 0.6 * widest or _broke_early(line, lines[n + 1:n + 2], widest)):
            flush()
    flush()
    flush_table()
    return blocks


def _broke_early(line: str, following: list[str], widest: int) -> bool:
    """A sentence's last line with room left for the next line's first word: the writer ended
    the paragraph there (text lines wrap only when the next word does not fit), though the
    PDF kept no blank line between them."""
    if not following or not following[0][:1].isupper():
        return False
    return len(line) + 1 + len(following[0].split()[0]) < 0.85 * widest


def _undecodable_fonts_only(page) -> bool:
    """Every font on the page is a CID font in Identity encoding with no ToUnicode map.

    Such text comes out as mojibake; handing it to the assessor as the learner's words
    would be worse than saying it cannot be read.
    """
    try:
        fonts = page["/Resources"]["/Font"]
        described = [fonts[key].get_object() for key in fonts]
        return bool(described) and all(
            str(font.get("/Subtype")) == "/Type0"
            and str(font.get("/Encoding")) in ("/Identity-H", "/Identity-V")
            and "/ToUnicode" not in font
            for font in described
        )
    except (KeyError, TypeError, AttributeError, ValueError, PyPdfError, RecursionError):
        return False  # a damaged font dictionary (a number where a font should be): let extraction try


def _annotations(name: str, page, number: int, before: int) -> list[Block]:
    found = []
    try:
        annots = page.get("/Annots") or []
        for ref in annots:
            annot = ref.get_object()
            contents = annot.get("/Contents")
            if contents and str(contents).strip():
                found.append(Block(name, "annotation", clean(str(contents)).strip(), before + len(found) + 1, page=number))
    except Exception:  # a broken annotation dictionary must not lose the page's text
        return found
    return found


def _form_fields(name: str, reader: PdfReader, pages: int) -> list[Block]:
    """Filled-in text, choice and button fields; a signature field's dictionary is not words."""
    try:
        fields = reader.get_fields() or {}
    except Exception:  # damaged AcroForm: the body text is still worth having
        return []
    values = []
    for key, field in fields.items():
        if not hasattr(field, "get") or field.get("/FT") == "/Sig":
            continue
        value = _field_text(field.get("/V"))
        if value and value != "Off":
            values.append(f"{display_key(key)}: {value}")
    if not values:
        return []
    return [Block(name, "paragraph", "Form fields: " + "; ".join(values), 1, page=pages or 1)]


def display_key(key: object) -> str:
    return clean(str(key)).strip() if isinstance(key, str) else ""


def _field_text(value: object) -> str:
    """A field value as text: strings and names only (a list of them joined), never a dictionary's repr."""
    try:
        if hasattr(value, "get_object"):
            value = value.get_object()
        if isinstance(value, NameObject):
            return str(value).lstrip("/")
        if isinstance(value, (TextStringObject, str)) and not isinstance(value, ByteStringObject):
            return clean(str(value)).strip()
        if isinstance(value, ArrayObject):
            return ", ".join(t for t in (_field_text(v) for v in value[:100] if not isinstance(v, ArrayObject)) if t)
    except (PyPdfError, ValueError, TypeError, RecursionError):
        return ""
    return ""
