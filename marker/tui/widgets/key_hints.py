"""The keys that matter now, on one line at the bottom: a light stand-in for Textual's Footer.

Textual's Footer builds a widget per key and rebuilds them all whenever the bindings
change (on every focus change, and after signing or reopening). On the marking screen
that was about 150 ms of start-up; this draws the same hints as one line of text.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static


class KeyHints(Static):
    """``p Pass  r Referral  …`` for the screen's active bindings that are shown; ``^p palette`` at the right."""

    DEFAULT_CSS = """
    KeyHints { dock: bottom; height: 1; width: 1fr; background: $footer-background; color: $footer-foreground; }
    """

    _due = False
    """An update is on its way: the bindings change several times as a screen opens."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._show_hints()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if not self._due:
            self._due = True
            self.call_later(self._show_hints)  # once for all the changes of one message

    def _show_hints(self) -> None:
        self._due = False
        self.update(self.hints(self.screen), layout=False)

    def on_resize(self) -> None:
        self._bindings_changed(self.screen)

    def hints(self, screen: Screen) -> Text:
        app = self.app
        text = Text(no_wrap=True, overflow="ellipsis")
        seen: set[str] = set()
        palette = None
        for key, (_node, binding, enabled, _tooltip) in screen.active_bindings.items():
            if key == app.COMMAND_PALETTE_BINDING:
                palette = binding
            if not binding.show or binding.action in seen or key == app.COMMAND_PALETTE_BINDING:
                continue
            shown = getattr(screen, "hint_shown", None)
            if shown is not None and not shown(binding.action.split("(")[0]):
                continue  # the key still runs, and says why it cannot act now
            seen.add(binding.action)
            style = "" if enabled else "dim"
            text.append(f" {app.get_key_display(binding)} ", style=f"bold {style}".strip())
            text.append(f"{binding.description} ", style=style)
        if palette is not None and app.ENABLE_COMMAND_PALETTE:
            right = Text(f" {app.get_key_display(palette)} palette ", style="bold")
            room = max(0, self.size.width - right.cell_len)
            text.truncate(room, overflow="ellipsis", pad=True)
            text.append_text(right)
        return text
