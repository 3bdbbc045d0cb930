"""What is marked and reviewed: a criterion of a pass/referral unit, or a section of a marked one.

``ItemKey`` is the one place the text form ``"1.1"`` / ``"section-2"`` is made and read
(the QA reviews in a session file and the criteria list's option ids use it), so the
convention cannot differ between the modules that name an item.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from marker.errors import SessionError
from marker.rubric import Criterion, Rubric, Scheme, Section

SECTION_PREFIX = "section-"


class Kind(StrEnum):
    CRITERION = "criterion"
    SECTION = "section"


@dataclass(frozen=True)
class ItemKey:
    """A criterion (``AC 1.1``) or a section (``section 2``) of the unit."""

    kind: Kind
    ref: str
    """The rubric's own ref: ``"1.1"`` for a criterion, ``"2"`` for a section."""

    @classmethod
    def parse(cls, text: ItemKey | str) -> ItemKey:
        """``"1.1"`` → criterion 1.1, ``"section-2"`` → section 2 (an ItemKey is returned as it is)."""
        if isinstance(text, ItemKey):
            return text
        if text.startswith(SECTION_PREFIX):
            return cls(Kind.SECTION, text.removeprefix(SECTION_PREFIX))
        return cls(Kind.CRITERION, text)

    @classmethod
    def section(cls, ref: str) -> ItemKey:
        return cls(Kind.SECTION, ref)

    @property
    def is_section(self) -> bool:
        return self.kind is Kind.SECTION

    @property
    def id(self) -> str:
        """The text form, as stored in a session file and used for widget ids."""
        return f"{SECTION_PREFIX}{self.ref}" if self.is_section else self.ref

    @property
    def label(self) -> str:
        """As the assessor says it: ``AC 1.1`` or ``section 2``."""
        return f"section {self.ref}" if self.is_section else f"AC {self.ref}"

    def __str__(self) -> str:
        return self.id


def item_keys(rubric: Rubric) -> list[ItemKey]:
    """Every criterion, or every section of a marked unit, in the rubric's order."""
    if rubric.scheme is Scheme.MARKS:
        return [ItemKey.section(s.ref) for s in rubric.sections]
    return [ItemKey(Kind.CRITERION, c.ref) for c in rubric.criteria]


def rubric_item(rubric: Rubric, key: ItemKey | str) -> Criterion | Section:
    """The rubric's criterion or section for a key."""
    key = ItemKey.parse(key)
    items = rubric.sections if key.is_section else rubric.criteria
    found = next((i for i in items if i.ref == key.ref), None)
    if found is None:
        raise SessionError(f"unit {rubric.unit} has no {key.label}")
    return found


def labels(keys: list[ItemKey | str]) -> str:
    """``AC 1.1, 1.3`` or ``section 1, 2``: one kind word, then the refs."""
    parsed = [ItemKey.parse(k) for k in keys]
    kind = "section" if parsed[0].is_section else "AC"
    return f"{kind} " + ", ".join(k.ref for k in parsed)
