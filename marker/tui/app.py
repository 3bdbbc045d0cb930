"""The Textual application. ``create_app`` builds it for the CLI and for the tests alike."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import sys
import threading
from collections.abc import Iterable
from pathlib import Path

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.markup import escape
from textual.screen import Screen

from marker import collect_as_usual
from marker.catalogue import Catalogue, find_rubrics
from marker.config import Config, load_config


START_UP_SECONDS = 1.0
"""Collections stay rare (``marker.START_UP_THRESHOLDS``) for at most this long after the app starts."""

STOP_SIGNALS = ("SIGHUP", "SIGTERM")
"""A terminal window closed or an SSH connection dropped (SIGHUP), a shutdown (SIGTERM)."""
QUIT_GRACE_SECONDS = 3.0
"""After a stop signal, the work is saved at once; quitting gets this long to restore a
terminal that may be gone, then the process ends regardless (it must not linger)."""


class MarkerApp(App):
    """marker: mark, quality-assure and export ILM result sheets from the keyboard."""

    TITLE = "marker"
    CSS_PATH = ["marker.tcss", "screens/marking.tcss"]
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
        Binding("question_mark", "show_help_panel", "Keys", id="app.help", show=False),
    ]

    def __init__(self, config: Config, catalogue: Catalogue, sessions_dir: Path, start: Screen | None = None) -> None:
        super().__init__()
        self.config = config
        self.catalogue = catalogue
        self.sessions_dir = sessions_dir
        self.start = start
        self._rubrics_checked = False

    def run(self, *args, **kwargs):
        # The objects the imports made live as long as the process: freezing them keeps
        # the collector from walking them again and again while the app starts (~30 ms),
        # and freezing everything on the way out spares the final collection at exit, which
        # walks every widget (~100 ms of quitting). Nothing frozen is garbage that matters.
        # Collections stay rare until the first screen is up (marker/__init__.py).
        gc.freeze()
        try:
            return super().run(*args, **kwargs)
        finally:
            gc.freeze()

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None,
               markup: bool = True) -> None:
        """Marker's notifications as written, never as markup: they name files, learners and
        what they wrote, and a "[/i]" among them crashed the app as the toast was drawn.
        Textual's own ("Press [b]q[/b] to quit") keep theirs."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup and _textuals_own())

    def on_mount(self) -> None:
        # The marking screen puts the collector back as its first criterion is shown; any
        # other first screen (or a read that takes longer) one second in.
        self.set_timer(START_UP_SECONDS, collect_as_usual)
        self._save_when_stopped()
        if self.config.keys:
            self.apply_keys(self.config.keys)
        if self.start is not None:
            # Straight to marking; the home screen is built only when marking closes.
            self.push_screen(self.start, callback=lambda _: self.show_home())
        else:
            self.show_home()

    def _save_when_stopped(self) -> None:
        """Left to their default, these signals end the process where it stands, and the
        last second of typing (saved at most once a second) with it."""
        if self.is_headless:
            return  # tests and benches: no terminal to lose, and the test runner's signals are its own
        loop = asyncio.get_running_loop()
        for name in STOP_SIGNALS:
            number = getattr(signal, name, None)
            if number is None:
                continue  # not on this platform
            try:
                loop.add_signal_handler(number, self._stopped_by, number)  # removed as the loop closes
            except (NotImplementedError, RuntimeError, ValueError):
                return  # no signals here (not the main thread, or Windows)

    def _stopped_by(self, number: int) -> None:
        for screen in self.screen_stack:
            save = getattr(screen, "save_and_unlock", None)
            if save is not None:
                save()
        ending = threading.Timer(QUIT_GRACE_SECONDS, os._exit, (128 + number,))
        ending.daemon = True
        ending.start()
        self.exit(return_code=128 + number)

    def apply_keys(self, keys: dict[str, str]) -> None:
        """The config's ``[keys]``: Textual's keymap, and a warning for an id no binding has."""
        from marker.tui.keys import binding_ids

        self.set_keymap(keys)
        unknown = sorted(set(keys) - binding_ids(type(self)))
        if unknown:
            where = self.config.path or "config.toml"
            self.notify(f"{where}: [keys] names {', '.join(unknown)}, which no key has; the ids are in the ? panel "
                        "and the README", title="Unknown key id", severity="warning", timeout=15)

    @work(thread=True, group="rubrics", name="check every rubric", exit_on_error=False)
    def report_rubric_problems(self) -> None:
        """Check every rubric file off the UI thread and say what is wrong with any."""
        for error in self.catalogue.errors:
            self.call_from_thread(self.notify, str(error), title="Rubric problem", severity="error", timeout=15)

    def show_home(self) -> None:
        from marker.tui.screens.home import HomeScreen

        self.push_screen(HomeScreen())
        # Where every unit is listed, every rubric is checked: marking one unit straight
        # from the command line parses only its own rubric, and hears of the others here.
        if not self._rubrics_checked:
            self._rubrics_checked = True
            self.report_rubric_problems()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every key of the current screen is also a command in the palette."""
        yield from super().get_system_commands(screen)
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.action in seen or not active.enabled:
                continue
            seen.add(binding.action)
            node, action = active.node, binding.action
            key = self.get_key_display(binding)
            # the key as the config names it, not markup
            yield SystemCommand(binding.description, f"key: {escape(key)}", lambda n=node, a=action: n.run_action(a))

    def action_show_help_panel(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            super().action_show_help_panel()


def create_app(config: Config | None = None, sessions: str | Path | None = None, start: Screen | None = None) -> MarkerApp:
    """Build the app from the user's config: the one factory for CLI and tests."""
    config = config or load_config()
    catalogue = find_rubrics(config.rubric_folders())
    return MarkerApp(config, catalogue, config.sessions_folder(sessions), start)


def _textuals_own() -> bool:
    """Whether Textual's App made the notification itself (its quit hint, a screenshot saved).

    Marker's come from its own code, through a widget's ``notify`` or a callback (a worker's
    ``call_from_thread``): none of those is a method of Textual's App.
    """
    return sys._getframe(2).f_globals.get("__name__") == "textual.app"
