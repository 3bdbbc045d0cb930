"""Follow a pointer to the place it names: a heading, an appendix, a file, a page.

Only the place is offered, never the pointer; what cannot be found offers nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marker.submission.bm25 import tokens
from marker.submission.labels import own_code, same_code
from marker.submission.outline import THIN, label_end, section_end
from marker.submission.passages import Outline, Passage
from marker.submission.pointers import Place, place

# Words every pointer and every heading in a portfolio shares: they say nothing about where.
_GENERIC = frozenset(tokens("""evidence portfolio section page file document learner unit mentoring coaching
mentor coach see reference number title assessment criterion criteria task question docx pdf txt copy final"""))
_SMALL_NUMBER = re.compile(r"(?<![\d/.:])(\d{1,2})(?![\d/.:])")


@dataclass(frozen=True)
class Heading:
    outline: Outline
    index: int
    terms: frozenset[str]
    numbers: frozenset[int]


class Follower:
    """Every heading of a submission, to follow pointers to."""

    def __init__(self, outlines: list[Outline]):
        self.outlines = outlines
        self.headings = [
            Heading(o, i, _terms(o.blocks[i].text), _first_number(o.blocks[i].text))
            for o in outlines for i, role in enumerate(o.roles)
            if (role.kind in ("heading", "division", "label") or i in o.titles) and i not in o.skip
        ]

    def follow(self, text: str) -> Passage | None:
        """The passage the pointer ``text`` names, if it can be found."""
        code = own_code(text)
        if code and len(text.split()) <= 3:  # "A1", "Part B", "D(a)": the heading numbered so
            found = self._by_code(code)
            if found:
                return found
        named = place(text)
        outlines = self._files(named, text) or self.outlines
        labelled = self._labelled(named, outlines)
        if labelled:
            return labelled
        if named.appendix:
            found = self._appendix(named.appendix, outlines)
            if found:
                return self._part_named(found, re.sub(r"(?i)\b(?:see|please|appendix|annex)\b", " ", named.words)) or found
        for title in re.split(r"[;\n]|\s\|\s", named.words):
            found = self._by_heading(title, named, outlines)
            if found:
                return found
        return self._by_page(named, outlines)

    def _files(self, named: Place, text: str) -> list[Outline]:
        """The files a pointer names, by number ("File 03", "E2") or by name ("the diary")."""
        if named.files:
            by_name = [o for o in self.outlines if _leading_number(o.document.name) in named.files]
            if by_name:
                return by_name
            return [self.outlines[n - 1] for n in named.files if 0 < n <= len(self.outlines)]
        said = _terms(text)
        return [o for o in self.outlines if (_terms(_stem_name(o.document.name)) - _GENERIC) & said]

    def _labelled(self, named: Place, outlines: list[Outline]) -> Passage | None:
        """"Reflective account AC 2.2", "section 2.2": that labelled answer in the file named."""
        refs = re.findall(r"\b(?:ac|section|task|criteri(?:on|a)|question|q)\s*\.?\s*(\d{1,2}(?:\.\d{1,2}|[a-z])?)\b",
                          named.words, re.IGNORECASE)
        for ref in refs:
            wanted = ref if "." in ref else f"q{ref}"
            for heading in self.headings:
                role = heading.outline.roles[heading.index]
                if heading.outline in outlines and role.kind == "label" and wanted in role.refs:
                    return self._section(heading.outline, heading.index, heading.index)
        return None

    def _by_code(self, code: str) -> Passage | None:
        """The heading that opens with the learner's own number for a part ("A1 Why mentoring")."""
        for heading in self.headings:
            if same_code(own_code(heading.outline.blocks[heading.index].text), code):
                return self._section(heading.outline, heading.index, heading.index)
        return None

    def _appendix(self, appendix: str, outlines: list[Outline]) -> Passage | None:
        for outline in (*outlines, *self.outlines):
            if appendix in outline.document.name.lower().replace("_", " ").replace("-", " "):
                return outline.passage(0, len(outline.blocks), outline.document.name)
            for i, block in enumerate(outline.blocks):
                if outline.roles[i].level is not None and re.match(rf"\s*{appendix}\b", block.text, re.IGNORECASE):
                    return self._section(outline, i, i)
        return None

    def _part_named(self, found: Passage, words: str) -> Passage | None:
        """"See Appendix 1 (goals)": the part of the appendix under the sub-heading the pointer's
        other words name ("Goals we agreed"), when one does."""
        wanted = _terms(words) - _GENERIC
        inside = {id(b) for b in found.blocks[1:]}
        if not wanted or not inside:
            return None
        for heading in self.headings:
            block = heading.outline.blocks[heading.index]
            terms = heading.terms - _GENERIC
            if id(block) in inside and terms and len(terms & wanted) >= max(1, len(terms) / 2):
                return self._section(heading.outline, heading.index, heading.index)
        return None

    def _by_heading(self, title: str, named: Place, outlines: list[Outline]) -> Passage | None:
        wanted = _terms(title) - _GENERIC
        if not wanted:
            return None
        matches = []
        for heading in self.headings:
            if heading.outline not in outlines:
                continue
            terms = heading.terms - _GENERIC
            shared = terms & wanted
            if len(shared) < min(2, len(wanted)) or len(shared) < 0.6 * len(terms) or len(shared) < 0.4 * len(wanted):
                continue
            if heading.numbers and named.numbers and not heading.numbers <= named.numbers:
                continue
            matches.append(heading)
        if not matches:
            return None
        if named.numbers:  # "Session record 3": the numbered heading, not "Session records"
            matches = [h for h in matches if h.numbers] or matches
        if named.pages:
            on_page = [h for h in matches if h.outline.blocks[h.index].page in named.pages]
            matches = on_page or matches
        first = matches[0]
        siblings = [h for h in matches if h.outline is first.outline and h.numbers]
        if len(siblings) > 1 and named.numbers:  # "Session records 1 to 3": from the first to the end of the last
            return self._section(first.outline, siblings[0].index, siblings[-1].index, named.pages)
        return self._section(first.outline, first.index, first.index, named.pages)

    def _section(self, outline: Outline, start: int, last: int, pages: tuple[int, ...] = ()) -> Passage:
        role = outline.roles[last]
        if last in outline.titles:  # a typed title: to the next title, heading, label or division
            end = next((j for j in range(last + 1, len(outline.roles))
                        if j in outline.titles or outline.roles[j].level is not None), len(outline.roles))
            return outline.passage(start, end, outline.blocks[start].text.strip())
        end = label_end(outline.roles, last, outline.words)[1] if role.kind == "label" else section_end(outline.roles, last)
        end = max(end, last + 1)
        if not role.reliable and sum(outline.words[i] for i in range(start, end) if outline.own(i)) < THIN:
            # a PDF's "heading" may be a table's first row: the section runs on to the end
            # of the page the pointer names, or else to the next label
            if pages:
                end = max([end, *(i + 1 for i, b in enumerate(outline.blocks) if b.page is not None and b.page <= max(pages))])
            else:
                end = next((j for j in range(end, len(outline.roles)) if outline.roles[j].kind in ("label", "division")),
                           len(outline.roles))
        return outline.passage(start, end, outline.blocks[start].text.strip())

    def _by_page(self, named: Place, outlines: list[Outline]) -> Passage | None:
        for outline in outlines:
            if outline.document.pages is None or not named.pages:
                continue
            on_page = [i for i, b in enumerate(outline.blocks) if b.page in named.pages and i not in outline.skip]
            if on_page:
                return outline.passage(on_page[0], on_page[-1] + 1, f"p. {named.pages[0]}")
        return None


@lru_cache(maxsize=4096)
def _terms(text: str) -> frozenset[str]:
    return frozenset(tokens(text))


def _first_number(text: str) -> frozenset[int]:
    """A heading's own number ("Session record 3 – 29 October" -> 3), not its date."""
    match = _SMALL_NUMBER.search(text)
    return frozenset({int(match.group(1))}) if match else frozenset()


def _stem_name(name: str) -> str:
    return re.sub(r"\.[a-z0-9]{2,5}$", "", name, flags=re.IGNORECASE).replace("_", " ").replace("-", " ")


def _leading_number(name: str) -> int | None:
    match = re.match(r"\s*(?:file|doc|e)?\s*0*(\d{1,2})\b", name, re.IGNORECASE)
    return int(match.group(1)) if match else None
