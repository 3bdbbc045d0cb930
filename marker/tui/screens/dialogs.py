"""Small modal dialogs: a text to edit, a reason to give, a name, the rubric's notes, the comment bank."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from marker.identity import name_problem
from marker.path_list import split_paths
from marker.rubric import Rubric
from marker.tui.widgets.path_suggester import PathSuggester


class TextDialog(ModalScreen[str | None]):
    """Edit one text; escape (or ctrl+s) keeps it and closes."""

    BINDINGS = [
        Binding("escape", "keep", "Keep and close", id="dialog.keep"),
        Binding("ctrl+s", "keep", "Keep and close", id="dialog.save", show=False),
    ]

    def __init__(self, title: str, subtitle: str, text: str) -> None:
        super().__init__()
        self.title_text, self.subtitle, self.text = title, subtitle, text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.title_text, style="bold"))
            yield Static(Text(self.subtitle, style="dim"))
            yield TextArea(self.text, id="dialog-text", soft_wrap=True, tab_behavior="focus")
            yield Static(Text("escape keeps the text and closes", style="dim"))

    def action_keep(self) -> None:
        self.dismiss(self.query_one(TextArea).text)


class ReasonDialog(ModalScreen[str | None]):
    """A reason that changes something for someone else (a challenge, a refer-back, a reopening).

    Enter gives it; escape cancels and changes nothing, as everywhere in the app. An
    empty reason is not accepted: the dialog says so and stays.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="reason.cancel")]

    def __init__(self, title: str, subtitle: str, text: str = "", needed: str = "a reason is needed") -> None:
        super().__init__()
        self.title_text, self.subtitle, self.text, self.needed = title, subtitle, text, needed

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.title_text, style="bold"))
            yield Static(Text(self.subtitle, style="dim"))
            yield Input(self.text, id="reason", placeholder="the reason")
            yield Static(Text("enter gives the reason · escape cancels and changes nothing", style="dim"))

    @on(Input.Submitted, "#reason")
    def _given(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self.notify(self.needed, severity="warning")
            return
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class NameDialog(ModalScreen[str | None]):
    """Your name, asked once: every session, signature and list uses it from then on."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="name.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Your name, as it appears on signatures", style="bold"))
            yield Static(Text("asked once and kept in marker's config file; every session, signature and "
                              "list shows it", style="dim"))
            yield Input(id="name", placeholder="e.g. Sam Assessor")
            yield Static(Text("enter keeps it · escape cancels", style="dim"))

    @on(Input.Submitted, "#name")
    def _given(self, event: Input.Submitted) -> None:
        if problem := name_problem(event.value):
            self.notify(problem, severity="warning")
            return
        self.dismiss(" ".join(event.value.split()))

    def action_cancel(self) -> None:
        self.dismiss(None)


class NotesDialog(ModalScreen[None]):
    """The rubric's notes: handbook conflicts and assumptions the assessor should know."""

    BINDINGS = [Binding("escape,n,q", "app.pop_screen", "Close", id="dialog.close")]

    def __init__(self, rubric: Rubric) -> None:
        super().__init__()
        self.rubric = rubric

    def compose(self) -> ComposeResult:
        body = Text()
        body.append(f"{self.rubric.unit} {self.rubric.title}\n\n", style="bold")
        for note in self.rubric.notes or ("No notes for this unit.",):
            body.append(f"• {note}\n\n")
        with Vertical(classes="dialog"):
            yield Static(body)


class CommentBankDialog(ModalScreen[str | None]):
    """Pick a saved comment: the ones for this criterion and decision come first."""

    BINDINGS = [Binding("escape", "dismiss_none", "Cancel", id="dialog.cancel")]

    def __init__(self, comments: list[str]) -> None:
        super().__init__()
        self.comments = comments

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Comment bank — type to filter, enter inserts", style="bold"))
            yield Input(placeholder="filter", id="bank-filter")
            yield OptionList(*self._options(""), id="bank-list")

    def _options(self, needle: str) -> list[Option]:
        shown = [c for c in self.comments if needle.casefold() in c.casefold()]
        if not shown:
            return [Option(Text("no saved comments yet — B saves the feedback you wrote", style="dim"), disabled=True)]
        return [Option(Text(c), id=str(i)) for i, c in enumerate(self.comments) if c in shown]

    @on(Input.Changed, "#bank-filter")
    def _filter(self, event: Input.Changed) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self._options(event.value))

    @on(Input.Submitted, "#bank-filter")
    def _first(self) -> None:
        options = self.query_one(OptionList)
        first = next((o for o in options.options if not o.disabled), None)
        self.dismiss(self.comments[int(first.id)] if first and first.id else None)

    @on(OptionList.OptionSelected, "#bank-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.comments[int(event.option.id)] if event.option.id else None)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class PathsDialog(ModalScreen[list[str] | None]):
    """Ask for file paths (→ accepts the suggested completion; a path with spaces stays whole)."""

    BINDINGS = [Binding("escape", "dismiss_none", "Cancel", id="dialog.cancel")]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.title_text, style="bold"))
            yield Static(Text("the new submission's files or folder (→ accepts a suggested path; quote a path with "
                              "spaces); enter starts", style="dim"))
            yield Input(id="paths", suggester=PathSuggester())

    @on(Input.Submitted, "#paths")
    def _done(self, event: Input.Submitted) -> None:
        self.dismiss(split_paths(event.value) or None)  # a path with spaces stays one path

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class QuestionMarksDialog(ModalScreen[dict[str, int | None] | None]):
    """Marks per question of one section; escape keeps them, blank means not entered."""

    BINDINGS = [Binding("escape", "keep", "Keep and close", id="dialog.keep-marks")]

    def __init__(self, title: str, questions: list[tuple[str, str, int, int | None]]) -> None:
        super().__init__()
        self.title_text = title
        self.questions = questions
        """(ref, text, marks available, mark entered) for each question."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.title_text, style="bold"))
            yield Static(Text("tab moves on; escape keeps the marks; when every question has one, "
                              "the section's mark is their sum", style="dim"))
            for ref, text, marks, mark in self.questions:
                yield Static(Text(f"Q{ref} ({marks}) {text}"))
                yield Input("" if mark is None else str(mark), id=f"q-{ref}", type="integer",
                            placeholder=f"0–{marks}", compact=True)

    def action_keep(self) -> None:
        marks: dict[str, int | None] = {}
        for ref, *_ in self.questions:
            value = self.query_one(f"#q-{ref}", Input).value.strip()
            marks[ref] = int(value) if value.lstrip("-").isdigit() else None
        self.dismiss(marks)
