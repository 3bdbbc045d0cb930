"""The evidence's text wrapped at one width: built on a worker thread, its height counted once."""

from __future__ import annotations

from textual.widgets.text_area import Document, EditResult, Location, WrappedDocument

LAY_OUT_OFF_THREAD = 50_000
"""A text this long (a 3,000-word essay is 20,000) is wrapped on a worker, not the UI thread."""


class KeptText(Document):
    """A document that joins its lines into one string once, not every time it is asked.

    ``TextArea.render_line`` asks for the whole text (to see whether a placeholder shows)
    for every line it draws: on a 300-page submission each ask joined a megabyte of lines,
    a few milliseconds of every keypress. An edit forgets the joined text.
    """

    _text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = super().text
        return self._text

    def replace_range(self, start: Location, end: Location, text: str) -> EditResult:
        self._text = None
        return super().replace_range(start, end, text)


class LaidOutText(WrappedDocument):
    """A read-only text wrapped at a width, which knows its height.

    Textual's ``WrappedDocument.height`` adds up every line's wrapped height each time it
    is asked, and ``TextArea`` asks once for every line it draws: on a 300-page text the
    first screenful at a new scroll position (the first jump deep into the text) cost a
    frame's worth of those sums. Here it is counted once per wrap.

    Wrapping again at the width and tab width it already has is skipped, so a text wrapped
    on a worker thread (``lay_out``) is not wrapped a second time on the UI thread.
    """

    _height: int | None = None
    wrapped_at: tuple[int, int | None] | None = None
    """The width and tab width of the last wrap (set as ``__init__`` wraps)."""

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        if (width, tab_width) == self.wrapped_at:
            return
        super().wrap(width, tab_width)
        self.wrapped_at = (width, tab_width)
        self._height = None

    def wrap_range(self, *args, **kwargs) -> None:  # an edit: not in the read-only view, kept correct all the same
        super().wrap_range(*args, **kwargs)
        self._height = None

    @property
    def height(self) -> int:
        if self._height is None:
            self._height = super().height
        return self._height


def lay_out(text: str | Document, width: int, tab_width: int) -> LaidOutText:
    """``text`` (or a document never edited) wrapped at ``width``: no widget is touched, so a
    worker may call it."""
    return LaidOutText(text if isinstance(text, Document) else KeptText(text), width, tab_width)
