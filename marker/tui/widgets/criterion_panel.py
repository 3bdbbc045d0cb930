"""The current criterion (or section) as the result sheet states it."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widgets import Static

from marker.rubric import Criterion, Rubric, Section


def criterion_text(criterion: Criterion, unfolded: bool) -> Text:
    text = Text()
    text.append(f"AC {criterion.ref}  ", style="bold")
    text.append(criterion.text + "\n", style="bold")
    text.append("Referral", style="bold red")
    text.append(" (typical standards that would produce a referral)\n", style="dim")
    for line in criterion.referral_indicators:
        text.append(f" • {line}\n")
    text.append("Pass", style="bold green")
    text.append(" (borderline pass)\n", style="dim")
    for line in criterion.pass_indicators:
        text.append(f" • {line}\n")
    extra = [("Depth", criterion.depth), ("Assessment guidance", criterion.guidance),
             ("Task", criterion.task), ("Evidence", "; ".join(criterion.evidence))]
    extra = [(label, value) for label, value in extra if value]
    if extra and not unfolded:
        text.append("▸ depth, guidance and task: press d\n", style="dim italic")
    elif extra:
        for label, value in extra:
            text.append(f"{label}: ", style="bold")
            text.append(value + "\n", style="italic")
    return text


def compact_criterion_text(criterion: Criterion, unfolded: bool, hint: bool = True) -> Text:
    """The criterion for a short terminal: a line per indicator, marked ✗ referral and ✓ pass
    as the criteria list marks decisions, without the headings' lines; the hint for ``d``
    comes last, so it is what a long criterion's panel cuts."""
    text = Text()
    text.append(f"AC {criterion.ref}  {criterion.text}\n", style="bold")
    for line in criterion.referral_indicators:
        text.append("✗ ", style="bold red")
        text.append(f"{line}\n")
    for line in criterion.pass_indicators:
        text.append("✓ ", style="bold green")
        text.append(f"{line}\n")
    extra = [("Depth", criterion.depth), ("Assessment guidance", criterion.guidance),
             ("Task", criterion.task), ("Evidence", "; ".join(criterion.evidence))]
    extra = [(label, value) for label, value in extra if value]
    if extra and not unfolded and hint:
        text.append("▸ depth, guidance and task: press d\n", style="dim italic")
    for label, value in extra if unfolded else ():
        text.append(f"{label}: ", style="bold")
        text.append(value + "\n", style="italic")
    return text


def section_text(section: Section, unfolded: bool) -> Text:
    text = Text()
    minimum = f", minimum {section.min}" if section.min is not None else ""
    numbered = section.heading != section.title  # D2.02's titles print their own "Section N - "
    text.append(f"Section {section.ref}  {section.title}\n" if numbered else f"{section.title}\n", style="bold")
    text.append(f"{section.max} marks available{minimum}\n", style="dim")
    for line in section.criteria:
        text.append(f" • {line}\n")
    if section.questions and not unfolded:
        text.append("▸ questions and their marks: press d\n", style="dim italic")
    elif section.questions:
        for q in section.questions:
            text.append(f" Q{q.ref} ({q.marks}) ", style="bold")
            text.append(q.text + "\n")
    return text


SETTLE = 0.15
"""Seconds after the last step before a short terminal's panel takes the new criterion's height."""


class CriterionPanel(VerticalScroll, can_focus=False):
    """Indicators for the criterion in hand; depth, guidance and task fold away.

    The text's height is fixed at the tallest criterion's, so moving between criteria
    repaints only this panel: a height that changed would re-lay-out the whole screen,
    which was most of the cost of a keypress. It is measured again on resize and unfold.
    Measuring wraps every criterion, so the first measure (``fit``) waits until the
    screen has put up the first criterion and its evidence.

    On a short terminal (``compact``, 80x24) there are too few rows to keep the tallest
    criterion's height under a short one: the panel takes the height of the criterion in
    hand (up to its maximum in the stylesheet) and the evidence the rows left. That height
    is set once stepping pauses (``SETTLE``): the key repaints only the panel at once, and
    the layout the new height costs (some 40 ms, ``bench/bench_step_small.py``) comes after.
    """

    DEFAULT_CSS = """
    CriterionPanel { height: 38%; border: round $secondary 50%; padding: 0 1; overflow-y: scroll; }
    """

    def __init__(self, rubric: Rubric, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rubric = rubric
        self.unfolded = False
        self.compact = False
        """A short terminal: one line per indicator (✗ referral, ✓ pass), the headings left out."""
        self.body = Static()
        self.fitted = False
        """Measured once: from then on, again on every resize."""
        self._measured_width = 0
        self.heights: dict[int, int] = {}
        """Each criterion's lines at the current width, by ``id``: measured in ``fit``."""
        self.shown: Criterion | Section | None = None
        self._settling: Timer | None = None

    def compose(self):
        yield self.body

    def _text(self, item: Criterion | Section) -> Text:
        if isinstance(item, Section):
            return section_text(item, self.unfolded)
        return (compact_criterion_text if self.compact else criterion_text)(item, self.unfolded)

    def _items(self) -> list[Criterion | Section]:
        return list(self.rubric.criteria) or list(self.rubric.sections)

    def fit(self) -> None:
        """Make the text as tall as the tallest criterion at the current width (a layout, once);
        on a short terminal, the panel as tall as the criterion in hand."""
        # The width with a scrollbar, whether one shows now or not: measured both ways the
        # height would flip as the scrollbar comes and goes, each time a layout.
        width = self.content_region.width - self.styles.scrollbar_size_vertical
        if width <= 0:
            return
        self.fitted = True
        self._measured_width = self.content_region.width
        console = self.app.console
        self.heights = {id(item): self._lines(item, console, width) for item in self._items()}
        tallest = max(self.heights.values(), default=1)
        if self.body.styles.height is None or self.body.styles.height.value != tallest + 2:
            self.body.styles.height = tallest + 2  # a blank line under the tallest
        self._settle()

    def _lines(self, item: Criterion | Section, console, width: int) -> int:
        text = self._text(item)
        text.rstrip()  # the last line's newline: no blank row under the criterion
        return len(text.wrap(console, width))

    def on_resize(self) -> None:
        # Only a new width wraps differently: a short terminal's panel changes height on steps.
        if self.fitted and self.content_region.width != self._measured_width:
            self.fit()

    def show(self, item: Criterion | Section) -> None:
        self.shown = item
        self.body.update(self._text(item), layout=self.body.styles.height is None)
        self.scroll_home(animate=False)
        if self.compact and self.fitted:
            if self._settling is not None:
                self._settling.stop()
            self._settling = self.set_timer(SETTLE, self._settle)

    def _settle(self) -> None:
        """The panel's height: the criterion's on a short terminal, else the stylesheet's."""
        self._settling = None
        if not self.compact:
            if "height" in self.styles.inline.get_rules():
                self.styles.clear_rule("height")
            return
        if self.shown is None or id(self.shown) not in self.heights:
            return
        lines = self.heights[id(self.shown)]
        most = self.styles.max_height
        if most is not None and most.is_cells:
            lines = min(lines, int(most.value))  # a taller criterion scrolls (J and K page it)
        if self.styles.height is None or self.styles.height.value != lines:
            self.styles.height = lines
