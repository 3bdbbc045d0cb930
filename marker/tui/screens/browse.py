"""Pick the submission's files from a directory tree, as an alternative to typing paths."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Static

from marker.submission.paths import OLD_FORMATS, SUPPORTED


class SubmissionTree(DirectoryTree):
    """Folders and the files marker can read (and old formats, so their reason is shown later)."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [p for p in paths if not p.name.startswith(".")
                and (p.is_dir() or p.suffix.lower() in SUPPORTED or p.suffix.lower() in OLD_FORMATS)]


class BrowseDialog(ModalScreen[Path | None]):
    """enter on a file picks it; f picks the highlighted folder (every file in it); escape cancels."""

    BINDINGS = [
        Binding("f", "pick_folder", "Pick this folder", id="browse.folder"),
        Binding("backspace", "up", "Parent folder", id="browse.up"),
        Binding("escape", "cancel", "Cancel", id="browse.cancel"),
    ]

    def __init__(self, start: Path) -> None:
        super().__init__()
        self.start = start

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="browse-dialog"):
            yield Static(Text("Choose the submission: enter picks a file, f picks the folder, backspace goes up",
                              style="bold"))
            yield SubmissionTree(self.start, id="browse-tree")

    def on_mount(self) -> None:
        self.query_one(SubmissionTree).focus()

    @on(DirectoryTree.FileSelected)
    def _file(self, event: DirectoryTree.FileSelected) -> None:
        self.dismiss(event.path)

    def action_pick_folder(self) -> None:
        node = self.query_one(SubmissionTree).cursor_node
        if node is not None and node.data is not None:
            path = node.data.path
            self.dismiss(path if path.is_dir() else path.parent)

    def action_up(self) -> None:
        tree = self.query_one(SubmissionTree)
        tree.path = Path(tree.path).resolve().parent

    def action_cancel(self) -> None:
        self.dismiss(None)
