"""The evidence view wraps a long submission once: not again for a scrollbar or a taller strip."""

import threading

from textual.app import App
from textual.containers import Vertical
from textual.document._wrapped_document import WrappedDocument
from textual.widgets import Static

from marker.tui.textmap import TextMap
from marker.tui.widgets.evidence import EvidenceView


class Holder(App):
    CSS = "#strip { height: 2; } EvidenceView { height: 1fr; }"

    def compose(self):
        with Vertical():
            yield EvidenceView()
            yield Static(id="strip")


async def test_a_long_text_is_wrapped_once_and_again_only_for_a_new_width(monkeypatch):
    widths = []
    real = WrappedDocument.wrap
    # Textual's document is created unwrapped (width 0, cheap); the wraps that cost are counted.
    monkeypatch.setattr(WrappedDocument, "wrap",
                        lambda self, width, tab_width=None: (width and widths.append(width), real(self, width, tab_width))[1])
    text = "\n".join(f"Paragraph {n}: the mentee and I reviewed her goals and agreed next steps. " * 3 for n in range(400))
    app = Holder()
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(EvidenceView)
        await pilot.pause()
        widths.clear()
        view.show_text(TextMap(text, {}))
        await pilot.pause()
        assert len(widths) == 1 and widths[0] > 0, "one wrap, with the scrollbar already allowed for"
        app.query_one("#strip").styles.height = 3  # the strip below grows: the view is shorter, as wide
        await pilot.pause()
        assert len(widths) == 1
        await pilot.resize_terminal(100, 24)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(widths) == 2 and widths[1] > widths[0], "a new width wraps again"


def test_the_evidence_text_is_joined_once_and_again_after_an_edit(monkeypatch):
    from textual.document._document import Document

    from marker.tui.widgets.laid_out_text import lay_out

    joins = []
    real = Document.text.fget
    monkeypatch.setattr(Document, "text", property(lambda self: (joins.append(1), real(self))[1]))
    document = lay_out("one\ntwo\nthree", 20, 4).document
    assert document.text == document.text == "one\ntwo\nthree"
    assert len(joins) == 1, "every line drawn asks for the whole text: it is joined once"
    document.replace_range((0, 0), (0, 3), "ONE")
    assert document.text.startswith("ONE") and len(joins) == 2


async def test_a_long_text_is_wrapped_at_a_new_width_on_a_worker_keeping_its_place(monkeypatch):
    on_ui_thread = []
    real = WrappedDocument.wrap
    monkeypatch.setattr(WrappedDocument, "wrap", lambda self, width, tab_width=None: (
        width and on_ui_thread.append(threading.current_thread() is threading.main_thread()), real(self, width, tab_width))[1])
    text = "\n".join(f"Paragraph {n}: the mentee and I reviewed her goals and agreed next steps. " * 3 for n in range(400))
    app = Holder()
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(EvidenceView)
        view.show_text(TextMap(text, {}))
        await pilot.pause()
        view.select_match(300, 0, 13)
        await pilot.pause()
        await pilot.pause()
        on_ui_thread.clear()
        await pilot.resize_terminal(120, 24)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert on_ui_thread == [False], "wrapped again once, off the UI thread"
        assert view.wrapped_document.wrapped_at == (view.wrap_width, view.indent_width)
        top_row, _ = view.wrapped_document.offset_to_location((0, round(view.scroll_y)))
        assert top_row in (299, 300), "the passage in view stays in view"
        assert view.selected_text == "Paragraph 300"


async def test_a_new_texts_first_paint_is_at_its_passage(monkeypatch):
    # The first criterion's evidence is drawn once, already at the passage's start: not at
    # the top of the text first, then again as it scrolls there after a refresh.
    from marker.submission.locate import Candidate
    from marker.submission.model import Block
    from marker.submission.passages import Passage

    drawn_at = []
    real = EvidenceView.render_lines
    monkeypatch.setattr(EvidenceView, "render_lines", lambda view, crop: (
        view.text_map is not None and drawn_at.append(view.scroll_y), real(view, crop))[1])
    lines = [f"Paragraph {n}: the mentee and I reviewed her goals." for n in range(400)]
    block = Block(file="essay.docx", kind="paragraph", text=lines[300], number=300)
    text_map = TextMap("\n".join(lines), {("essay.docx", block.page, "paragraph", 300): (300, 302)})
    app = Holder()
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(EvidenceView)
        await pilot.pause()
        view.show_text(text_map)
        view.show_candidate(Candidate(Passage((block,)), 1.0, "test"), "1/1")
        for _ in range(3):
            await pilot.pause()
        assert view.scroll_y == 299, "the line above the passage at the top"
        assert view.selected_text.startswith("Paragraph 300")
        assert drawn_at and set(drawn_at) == {299}, "never drawn anywhere else"
