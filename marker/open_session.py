"""One session open in the app: the session, its rubric, the saver and the lock, for either role.

The assessor's operations (``marker.marking.Marking``) and the IQA's
(``marker.reviewing.Reviewing``) are separate objects over one ``OpenSession``. Whether
a change is allowed is decided before it is made, by ``marker.rules``; saving depends
only on whether something is pending, so nothing either role entered is ever held back.
"""

from __future__ import annotations

from pathlib import Path

from marker.errors import SessionError
from marker.items import ItemKey, item_keys, rubric_item
from marker.lock import Lock
from marker.outcome import unit_outcome
from marker.rubric import Criterion, Rubric, Scheme, Section
from marker.rules import Actor, Operation, refusal
from marker.session import SectionEntry, Session
from marker.store import Saver


class OpenSession:
    """A session, its rubric, its saver and its lock: what both roles work on."""

    def __init__(self, session: Session, rubric: Rubric, path: Path, actor: Actor,
                 lock: Lock | None = None, locked_out: str = "") -> None:
        self.session = session
        self.rubric = rubric
        self.path = path
        self.actor = actor
        self.lock = lock
        self.locked_out = locked_out
        """Who else has the session open ("" when this user holds the lock)."""
        self.saver = Saver(session, path)
        self.warnings: list[str] = []
        """Things to know on opening (the rubric changed, for example)."""

    @property
    def who(self) -> str:
        return self.actor.name

    def refusal(self, operation: Operation) -> str:
        """Why this user cannot do ``operation`` here now ("" when they can): the lock, then the rules."""
        return self.locked_out or refusal(self.session, self.actor, operation)

    # --- what is marked ------------------------------------------------------------------

    @property
    def paths(self) -> list[Path]:
        """The submission's files as judged, to read for the evidence view."""
        return [Path(f.path) for f in self.session.files]

    @property
    def is_marked(self) -> bool:
        return self.rubric.scheme is Scheme.MARKS

    def refs(self) -> list[str]:
        """Every criterion's (or section's) key in text form, in the rubric's order."""
        return [k.id for k in item_keys(self.rubric)]

    def item(self, ref: ItemKey | str) -> Criterion | Section:
        return rubric_item(self.rubric, ref)

    def item_state(self, ref: ItemKey | str) -> tuple[str, str, bool]:
        """(state, label, carried forward) for the criteria list."""
        item = self.item(ref)
        if isinstance(item, Section):
            entry = self.section_entry(ref)
            if entry.mark is None:
                return "unmarked", f"{item.title}", False
            below = item.min is not None and entry.mark < item.min
            return ("referral" if below else "pass"), f"{entry.mark}/{item.max} {item.title}", False
        entry = self.session.criteria[item.ref]
        return entry.decision.value, item.text, entry.carried

    def decision(self, ref: ItemKey | str) -> str:
        return self.session.criteria[ItemKey.parse(ref).ref].decision.value

    def feedback(self, ref: ItemKey | str) -> str:
        return self.session.criteria[ItemKey.parse(ref).ref].feedback

    def pins(self, ref: ItemKey | str) -> list[str]:
        key = ItemKey.parse(ref)
        return [] if key.is_section else list(self.session.criteria[key.ref].evidence)

    def section_entry(self, ref: ItemKey | str) -> SectionEntry:
        return self.session.sections[ItemKey.parse(ref).ref]

    def learning_outcome(self, ref: ItemKey | str) -> tuple[str | None, str]:
        """(LO ref, LO heading) of the criterion's learning outcome; (None, "") for a section."""
        key = ItemKey.parse(ref)
        if not key.is_section:
            for lo in self.rubric.outcomes:
                if any(c.ref == key.ref for c in lo.criteria):
                    return lo.ref, lo.heading
        return None, ""

    def outcome_text(self) -> str:
        return unit_outcome(self.session, self.rubric).summary

    def status_line(self, mode: str = "") -> str:
        """Unit, attempt, status, ``mode`` (" · READ-ONLY") and the notes flag first: a long
        unit title, last, is what a narrow terminal cuts."""
        s = self.session
        notes = f" · ⚠ {len(self.rubric.notes)} notes (n)" if self.rubric.notes else ""
        return (f"{s.unit} · attempt {s.attempt} · {s.status.value}{mode}{notes} · "
                f"{s.learner_name or 'unnamed learner'} ({s.learner_reg or 'no reg. no.'}) · {self.rubric.title}")

    # --- saving ----------------------------------------------------------------------------

    def changed(self) -> None:
        self.saver.changed()  # saves now, or within a second on the next tick()

    def save_now(self) -> None:
        """Save at once (signing, reopening, referring back): a failure is raised to the caller."""
        self.saver.changed()
        self.saver.flush()

    def commit(self) -> None:
        """A discrete entry (a verdict, a QA comment or mark) is on disk when this returns.

        A failed save (a full disk) keeps the entry pending — retried on the next tick — and
        is reported through the saver's ``on_error`` when the screen set one, else raised.
        """
        self.saver.changed()
        try:
            self.saver.flush()
        except SessionError as error:
            if self.saver.on_error is None:
                raise
            self.saver.on_error(error)

    def tick(self) -> None:
        self.saver.tick()

    def flush(self) -> None:
        self.saver.flush()

    def close(self) -> None:
        """Save what is pending and unlock; the lock goes even if the save fails."""
        try:
            self.flush()
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None
