"""Open a saved session on the marking screen, read-only when someone else has it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import App

from marker.errors import MarkerError
from marker.opening import open_marking, resubmission


def with_name(app: App, then: Callable[[], None]) -> None:
    """Run ``then`` once the user's name is known: asked the first time it is needed, then kept."""
    if app.config.assessor.strip():
        then()
        return
    from marker.identity import remember_name
    from marker.tui.screens.dialogs import NameDialog

    def named(name: str | None) -> None:
        if name is None:
            app.notify("nothing opened: marker records every change under your name", severity="warning")
            return
        try:
            app.config = remember_name(name, app.config)
        except MarkerError as exc:
            app.notify(str(exc), severity="error", timeout=12)
            return
        then()

    app.push_screen(NameDialog(), named)


def open_session(app: App, path: Path) -> None:
    """Marking, or QA mode when the user's role is IQA and the session is signed."""
    with_name(app, lambda: _open_session(app, path))


def _open_session(app: App, path: Path) -> None:
    from marker.tui.screens.marking import MarkingScreen

    if app.config.role == "iqa":
        from marker.store import load

        try:
            signed = bool(load(path).signatures)
        except MarkerError:
            signed = False
        if signed:
            _open_qa(app, path)
            return
    try:
        marking = open_marking(app.config, app.catalogue, path)
    except MarkerError as exc:
        app.notify(str(exc), severity="error", timeout=15)
        return
    app.push_screen(MarkingScreen(marking, marking.paths))


def resubmit(app: App, path: Path, files: list[str]) -> None:
    """Start the next attempt on new files and open it for marking."""
    with_name(app, lambda: _resubmit(app, path, files))


def _resubmit(app: App, path: Path, files: list[str]) -> None:
    missing = [f for f in files if not Path(f).expanduser().exists()]
    if missing:
        app.notify(f"not found: {', '.join(missing)} — check the path", severity="error", timeout=10)
        return
    try:
        new_path = resubmission(app.config, app.catalogue, path, [Path(f).expanduser() for f in files], app.sessions_dir)
    except MarkerError as exc:
        app.notify(str(exc), severity="error", timeout=15)
        return
    _open_session(app, new_path)


def open_qa(app: App, path: Path) -> None:
    """Open a signed session in QA mode, or say in one line why not."""
    with_name(app, lambda: _open_qa(app, path))


def _open_qa(app: App, path: Path) -> None:
    from marker.identity import who
    from marker.reviewing import open_review
    from marker.tui.screens.qa import QAScreen

    try:
        reviewing = open_review(app.catalogue, path, who(app.config))
    except MarkerError as exc:
        app.notify(str(exc), severity="error", timeout=12)
        return
    app.push_screen(QAScreen(reviewing, reviewing.paths))
