"""The learner's submission, scrolled to the passage being offered as evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.geometry import Offset, Region
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import Document, DocumentNavigator, Selection
from textual.worker import Worker, WorkerState

from marker.tui.widgets.laid_out_text import LAY_OUT_OFF_THREAD, LaidOutText, lay_out

if TYPE_CHECKING:  # the evidence finder loads on the reading worker
    from marker.submission.evidence import Candidate
    from marker.tui.textmap import TextMap


NO_CLEAR_EVIDENCE = "no clear evidence found — search with /"
"""Shown instead of a passage when the finder's best candidate is only a guess."""


def first_passage(found: list[Candidate]) -> int:
    """The candidate shown first: the best, or -1 (none) when even the best is a guess."""
    return -1 if found and not found[0].confident else 0


def step_passage(found: list[Candidate], index: int, step: int) -> int:
    """The candidate ``step`` on from ``index``, round the list; when the best is a guess
    the round includes -1, the "no clear evidence" state it started in."""
    states = list(range(first_passage(found), len(found)))
    position = states.index(index) if index in states else 0
    return states[(position + step) % len(states)]


def caption(found: list[Candidate], index: int, pinned: bool) -> str:
    """The line under the evidence: which candidate, where, why, and whether it is a guess."""
    if index < 0:
        return f"{NO_CLEAR_EVIDENCE} · ] {len(found)} weak guess{'es' if len(found) > 1 else ''}"
    candidate = found[index]
    guess = "" if candidate.confident else "guess "
    return (f"{'⚑ ' if pinned else ''}{guess}{index + 1}/{len(found)} {candidate.passage.location}"
            f" — {candidate.reason}")


class EvidenceView(TextArea):
    """Read-only text of every file; the current passage is selected and centred."""

    # The scrollbar is always there: loading a long text would otherwise bring one in,
    # narrowing the text and wrapping every line of a 300-page submission a second time.
    DEFAULT_CSS = """
    EvidenceView { border: round $primary 40%; overflow-y: scroll; }
    EvidenceView:focus { border: round $primary; }
    """

    _wrapping: tuple[int, int] | None = None
    """The document and width last wrapped at (set while TextArea.__init__ loads the placeholder)."""

    _prepared: LaidOutText | None = None
    """The next text as laid out on a worker, for ``_set_document`` to take."""

    def __init__(self, **kwargs) -> None:
        super().__init__("Reading the submission…", read_only=True, soft_wrap=True,
                         show_line_numbers=False, **kwargs)
        self.text_map: TextMap | None = None
        self._shown_once = False
        self._when_drawn: list[Callable[[], object]] = []

    def _set_document(self, text: str, language: str | None) -> None:
        # Plain, read-only text: the document and its wrapping as laid out on a worker when
        # they were (a 300-page text takes the UI thread a tenth of a second or more to
        # wrap), else here; either way one that counts its height once.
        laid_out, self._prepared = self._prepared, None
        if laid_out is None:
            laid_out = lay_out(text, self.wrap_width, self.indent_width)
        self.document = laid_out.document
        self.wrapped_document = laid_out
        self.navigator = DocumentNavigator(laid_out)
        self.move_cursor((0, 0))
        self._rewrap_and_refresh_virtual_size()  # wraps only if the width changed meanwhile

    def _rewrap_and_refresh_virtual_size(self) -> None:
        # TextArea wraps the whole text again on every resize. This view is read-only, so
        # only a new text or a new width changes the wrapping (a strip below growing by a
        # line does not), and for a long submission each wrap holds the screen for a tenth
        # of a second or more: a long text shown before is wrapped at a new width on a
        # worker, as its first wrapping was, and the old wrapping shows until then.
        wrapping = (id(self.document), self.wrap_width)
        if wrapping == self._wrapping:
            return
        self._wrapping = wrapping
        shown = self.wrapped_document
        if (isinstance(shown, LaidOutText) and shown.wrapped_at and shown.wrapped_at[0] and self.wrap_width
                and shown.wrapped_at != (self.wrap_width, self.indent_width)
                and len(self.document.text) >= LAY_OUT_OFF_THREAD):
            self._wrap_again(self.document, self.wrap_width, self.indent_width)
        else:
            super()._rewrap_and_refresh_virtual_size()

    @work(thread=True, exclusive=True, group="rewrap", name="wrap the text at a new width",
          description="wrap the text at a new width", exit_on_error=False)  # no repr of the document
    def _wrap_again(self, document: Document, width: int, tab_width: int) -> LaidOutText:
        return lay_out(document, width, tab_width)  # the document is never edited: safe to read on a thread

    @on(Worker.StateChanged)
    def _wrapped_again(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "rewrap" or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        event.stop()
        laid_out = event.worker.result
        if event.state is WorkerState.ERROR:
            laid_out = lay_out(self.document, self.wrap_width, self.indent_width)  # here after all
        if laid_out.document is not self.document or laid_out.wrapped_at != (self.wrap_width, self.indent_width):
            return  # a new text, or a newer width whose wrapping is on its way
        # The same line stays at the top of the view.
        row, _ = self.wrapped_document.offset_to_location(Offset(0, round(self.scroll_y)))
        self.wrapped_document = laid_out
        self.navigator = DocumentNavigator(laid_out)
        super()._rewrap_and_refresh_virtual_size()  # wrapped already: refreshes the size and the lines
        self.scroll_to(y=laid_out.location_to_offset((row, 0)).y, animate=False)

    def show_text(self, text_map: TextMap, laid_out: LaidOutText | None = None) -> None:
        """Show the submission's text; ``laid_out``: that text as ``lay_out`` wrapped it on a worker."""
        self.text_map = text_map
        self._shown_once = False
        self._prepared = laid_out
        self.load_text(text_map.text)

    def when_drawn(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the view has next been drawn: after the paint, not before it.

        ``call_after_refresh`` can run before a new text reaches the screen (the refresh it
        follows may be an earlier one), so work queued that way held up the paint it meant
        to wait for.
        """
        self._when_drawn.append(callback)
        self.set_timer(1.0, self._run_when_drawn)  # a view with no room on screen is never drawn: not wait forever

    def _run_when_drawn(self) -> None:
        waiting, self._when_drawn = self._when_drawn, []
        # Drawn now, on screen once this paint is done: then, after what else waits for it.
        # Asked of the app, whose queue keeps order: what was asked of the app before this
        # paint (a callback once the evidence is up) runs first. Asked of the view, the
        # callbacks raced the app's to the screen, and the checks' import (a fifth of a
        # second) at times went ahead, sharing the CPU with the refreshes still to come.
        for callback in waiting:
            self.app.call_after_refresh(callback)

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = super().render_lines(crop)
        if self._when_drawn:
            self._run_when_drawn()
        return lines

    def show_candidate(self, candidate: Candidate | None, position: str) -> None:
        """Select the candidate's passage and say which of the candidates it is."""
        self.border_subtitle = Text(position)  # the learner's heading and file name as written, not markup
        if candidate is None:
            self.selection = Selection.cursor(self.selection.start)  # nothing is offered: nothing selected
            return
        if self.text_map is None:
            return
        span = self.text_map.span(candidate.passage.blocks)
        if span is None:
            return
        first, last = span
        end_col = len(self.document.get_line(last))
        # Show the passage's start, not its end, so the reader begins at the top.
        new_text = not self._shown_once
        if new_text and self._wrapped_at_width():
            # Scrolled there before the text's first paint, and before the selection, so that
            # bringing the selection's end into view has nothing to move: one paint of the
            # evidence, not one at the top and more as it scrolls to the passage.
            self._scroll_to_row(first, immediate=True)
        self.selection = Selection((first, 0), (last, end_col))
        if new_text:
            # Once more after that paint: a view not laid out yet, or resized by that refresh
            # (a progress bar removed). Where it is already, nothing moves.
            self.call_after_refresh(self._scroll_to_row, first)
        else:
            self._scroll_to_row(first)

    def _wrapped_at_width(self) -> bool:
        """Whether the text shown is wrapped at the view's width (``_set_document`` wraps a
        new text at once; only a view never laid out has no width to wrap at)."""
        wrapped = self.wrapped_document
        return bool(self.size.width) and isinstance(wrapped, LaidOutText) and wrapped.wrapped_at == (
            self.wrap_width, self.indent_width)

    def _scroll_to_row(self, row: int, immediate: bool = False) -> None:
        self._shown_once = True
        y = self.wrapped_document.location_to_offset((row, 0)).y
        self.scroll_to(y=max(0, y - 1), animate=False, immediate=immediate)

    def find(self, query: str, start_row: int = 0) -> tuple[int, int] | None:
        """The next row and column holding ``query`` (case-insensitive), wrapping round."""
        needle = query.casefold()
        lines = self.text.split("\n")
        order = list(range(start_row, len(lines))) + list(range(0, start_row))
        for row in order:
            col = lines[row].casefold().find(needle)
            if col >= 0:
                return row, col
        return None

    def select_match(self, row: int, col: int, length: int) -> None:
        self.selection = Selection((row, col), (row, col + length))
        self.call_after_refresh(self._scroll_to_row, row)
