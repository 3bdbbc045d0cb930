"""Criteria grouped by learning outcome (or the sections of a marked unit), with state."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from marker.items import ItemKey
from marker.rubric import Rubric, Scheme

GLYPHS = {"pass": ("✓", "green"), "referral": ("✗", "red"), "unmarked": ("·", "dim")}


def item_prompt(ref: str, label: str, state: str, carried: bool = False, pinned: int = 0) -> Text:
    glyph, style = GLYPHS.get(state, ("·", "dim"))
    text = Text()
    text.append(f"{glyph} ", style=style)
    text.append(f"{ref:<5}", style="bold")
    text.append(label)
    if carried:
        text.append(" ↻", style="cyan")
    if pinned:
        text.append(f" ⚑{pinned}", style="yellow")
    return text


class CriteriaList(OptionList):
    """One option per criterion or section; learning outcomes are disabled group rows."""

    DEFAULT_CSS = """
    CriteriaList { width: 1fr; height: 1fr; border: round $primary 40%; }
    CriteriaList:focus { border: round $primary; }
    """

    def __init__(self, rubric: Rubric, **kwargs) -> None:
        super().__init__(*self._options(rubric), **kwargs)
        self.rubric = rubric

    @staticmethod
    def _options(rubric: Rubric) -> list[Option]:
        options: list[Option] = []
        if rubric.scheme is Scheme.PASS_REFERRAL:
            for lo in rubric.outcomes:
                options.append(Option(Text(f"LO {lo.ref} {lo.heading}", style="bold magenta", overflow="ellipsis", no_wrap=True),
                                      disabled=True))
                for c in lo.criteria:
                    options.append(Option(item_prompt(c.ref, c.text, "unmarked"), id=c.ref))
        else:
            for s in rubric.sections:
                options.append(Option(item_prompt(s.ref, s.title, "unmarked"), id=ItemKey.section(s.ref).id))
        return options

    def set_state(self, option_id: str, prompt: Text) -> None:
        # A new prompt re-renders every option: none is made when the prompt is the same.
        if self.get_option(option_id).prompt != prompt:
            self.replace_option_prompt(option_id, prompt)

    def select_id(self, option_id: str) -> None:
        self.highlighted = self.get_option_index(option_id)

    def move(self, step: int) -> None:
        """Next or previous criterion, skipping the learning-outcome rows."""
        index = self.highlighted if self.highlighted is not None else -1
        count = self.option_count
        while 0 <= index + step < count:
            index += step
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return
