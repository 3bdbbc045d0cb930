"""Reusable feedback comments, kept in the config folder, the right ones first.

Comments are keyed by unit, criterion and decision; suggestions for the criterion in
hand come first, then the same unit and decision, then the rest, most used first. An
empty bank still offers the rubric's own indicator wording for the criterion (``seeded``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from marker.config import config_path
from marker.errors import ConfigError
from marker.fileio import atomic_write_text
from marker.rubric import Criterion


@dataclass
class Comment:
    unit: str
    criterion: str
    decision: str
    text: str
    uses: int = 0


def seeded(unit: str, criterion: Criterion, decision: str) -> list[Comment]:
    """Comments from the rubric's own indicator wording, so the first learner already has a bank.

    The indicators for the decision made come first (a referral's, or a pass's); both
    while the criterion is undecided. They are not saved until one is used.
    """
    pass_ = [Comment(unit, criterion.ref, "pass", line) for line in criterion.pass_indicators]
    referral = [Comment(unit, criterion.ref, "referral", line) for line in criterion.referral_indicators]
    return referral + pass_ if decision == "referral" else pass_ + referral


def bank_path() -> Path:
    return config_path().parent / "comments.toml"


def _comment(raw: dict) -> Comment:
    """One ``[[comment]]`` as the bank writes it: each field of its type (else ValueError, naming it)."""
    fields = {key: raw[key] for key in ("unit", "criterion", "decision", "text")}
    for key, value in fields.items():
        if not isinstance(value, str):
            raise ValueError(f"{key} must be text")
    uses = raw.get("uses", 0)
    if not isinstance(uses, int) or isinstance(uses, bool) or uses < 0:
        raise ValueError("uses must be a whole number, 0 or more")
    return Comment(**fields, uses=uses)


class CommentBank:
    """The comments in one file; ``add`` and ``used`` save at once."""

    def __init__(self, path: Path | None = None):
        self.path = path or bank_path()
        self.comments: list[Comment] = []
        if self.path.exists():
            try:
                doc = tomllib.loads(self.path.read_text(encoding="utf-8"))
                self.comments = [_comment(c) for c in doc.get("comment", [])]
            except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{self.path}: comment bank unreadable ({exc}); fix or move the file aside") from None
            except RecursionError:
                raise ConfigError(f"{self.path}: comment bank unreadable (it nests values too deep); "
                                  "fix or move the file aside") from None

    def suggestions(self, unit: str, criterion: str, decision: str) -> list[Comment]:
        def rank(c: Comment) -> tuple:
            return (
                -(c.unit == unit and c.criterion == criterion and c.decision == decision),
                -(c.unit == unit and c.criterion == criterion),
                -(c.unit == unit and c.decision == decision),
                -(c.decision == decision),
                -c.uses,
            )
        return sorted(self.comments, key=rank)

    def add(self, unit: str, criterion: str, decision: str, text: str) -> None:
        text = text.strip()
        if not text or any(c.text == text and c.criterion == criterion and c.unit == unit for c in self.comments):
            return
        self.comments.append(Comment(unit, criterion, decision, text))
        self.save()

    def used(self, comment: Comment) -> None:
        comment.uses += 1
        self.save()

    def save(self) -> None:
        import tomlkit  # written with tomlkit for its comment; read with tomllib, quicker to load at start-up

        doc = tomlkit.document()
        doc.add(tomlkit.comment("marker comment bank: reusable feedback, keyed by unit, criterion and decision"))
        table = tomlkit.aot()
        for c in self.comments:
            table.append(tomlkit.item({"unit": c.unit, "criterion": c.criterion, "decision": c.decision,
                                       "text": c.text, "uses": c.uses}))
        doc["comment"] = table
        atomic_write_text(self.path, tomlkit.dumps(doc))
