"""Open a saved session on the marking screen, read-only when someone else has it."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from marker.errors import MarkerError
from marker.opening import open_marking


def open_session(app: App, path: Path) -> None:
    from marker.tui.screens.marking import MarkingScreen

    try:
        marking = open_marking(app.config, app.catalogue, path)
    except MarkerError as exc:
        app.notify(str(exc), severity="error", timeout=15)
        return
    app.push_screen(MarkingScreen(marking, [Path(f.path) for f in marking.session.files]))
