"""Reading a submission for the marking screen, off the UI thread: the files, each criterion's
evidence, the long text's wrapping and then the checks, each in its own worker, with a
progress bar for a slow read. The screen that marks shows what arrives (``_show_evidence``).
"""

from __future__ import annotations

import gc
import time
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from rich.text import Text
from textual import on, work
from textual.message import Message
from textual.worker import Worker, WorkerState

from marker.marking import Marking
from marker.tui.screens.signed_work import SignedWorkScreen
from marker.tui.textmap import TextMap, build_text_map
from marker.tui.widgets.checks_strip import ChecksStrip
from marker.tui.widgets.evidence import EvidenceView
from marker.tui.widgets.laid_out_text import LAY_OUT_OFF_THREAD, LaidOutText, lay_out

if TYPE_CHECKING:  # the readers and the evidence finder load on the reading worker
    from marker.submission.evidence import Candidate
    from marker.submission.model import Submission
    from marker.submission.report import Extraction


class Located(NamedTuple):
    """What the reading worker hands over: the submission, each criterion's passages, its text."""

    submission: Submission
    candidates: dict[str, list[Candidate]]
    text_map: TextMap


class ReadProgress(Message):
    """Posted from the reading worker: ``done`` of ``total`` files read (fractions while a PDF's pages are)."""

    def __init__(self, done: float, total: int, name: str) -> None:
        super().__init__()
        self.done, self.total, self.name = done, total, name


class ReadingScreen(SignedWorkScreen):
    """A screen over one session's submission, read in workers; ``_show_evidence`` shows it."""

    def __init__(self, marking: Marking, paths: list[Path], password: str | None = None) -> None:
        super().__init__()
        self.marking = marking
        self.paths = paths
        self.password = password
        self.located: Located | None = None
        """The submission as read, and each criterion's passages: the first criterion needs no more."""
        self.extraction: Extraction | None = None
        """With the checks too, once they are run (after the first criterion is on screen)."""
        self._reading = True
        self._read_so_far: ReadProgress | None = None
        self._password_asked = False
        """An encrypted PDF's password is asked once per opening (``_ask_password_for``)."""

    def _show_evidence(self, laid_out: LaidOutText | None) -> None:
        raise NotImplementedError  # the marking screen's

    # --- reading the submission off the UI thread ------------------------------------------

    @work(thread=True, exclusive=True, group="extract", name="read submission", exit_on_error=False)
    def read_evidence(self) -> Located:
        """Read the submission and find each criterion's evidence: what the first criterion needs.

        The checks (practice, identifying details…) wait until it is on screen.
        """
        from textual.worker import get_current_worker

        from marker.submission.found_cache import located  # the readers and the finder load here, off the UI thread
        from marker.submission.read import read_submission

        last = 0.0

        def progress(done: float, total: int, name: str) -> None:
            nonlocal last
            if time.monotonic() - last >= 0.05:  # a PDF reports every page: a few updates a second do
                last = time.monotonic()
                self.post_message(ReadProgress(done, total, name))

        worker = get_current_worker()  # cancelled as the app closes: reading stops within a chunk or a page
        submission = read_submission(self.paths, password=self.password, progress=progress,
                                     cancelled=lambda: worker.is_cancelled)
        self.post_message(ReadProgress(1, 1, ""))  # read: what remains is finding the evidence
        # Text read with a password is not kept, nor is a part of a submission that could not all be read.
        keep = not self.password and not submission.errors
        return Located(submission, located(submission.documents, self.marking.rubric, keep=keep),
                       build_text_map(submission.documents))

    # A description given: else Textual describes a worker by the repr of its arguments, on the
    # UI thread as it starts (the 300-page submission's took 18 ms, and kept 2 MB of text).
    @work(thread=True, exclusive=True, group="lay-out", name="lay out the text", description="lay out the text",
          exit_on_error=False)
    def lay_out_evidence(self, text: str, width: int, tab_width: int) -> LaidOutText:
        """Wrap a long text off the UI thread (a 300-page one takes a tenth of a second)."""
        return lay_out(text, width, tab_width)

    @work(thread=True, exclusive=True, group="checks", name="check the submission", description="check the submission",
          exit_on_error=False)
    def check_submission(self, located: Located) -> Extraction:
        from marker.submission.checks import run_checks  # the checks load here, after the first paint
        from marker.submission.report import Extraction

        checks = run_checks(located.submission.documents, self.marking.rubric, self.marking.session.learner_name)
        return Extraction(self.marking.rubric, located.submission, located.candidates, checks)

    def on_read_progress(self, message: ReadProgress) -> None:
        if not self._reading:
            return  # a late report from a read that has finished
        self._read_so_far = message
        if not self.query("#progress"):
            return  # a quick read is not reported: a repaint for each report would slow it
        from textual.widgets import ProgressBar  # loaded already: the bar is shown

        self.query_one("#progress", ProgressBar).update(total=message.total, progress=message.done)
        self._title_progress(message)

    def _title_progress(self, message: ReadProgress) -> None:
        title = f"Reading {message.name}…" if message.name else "Finding the evidence for each criterion…"
        self.query_one(EvidenceView).border_title = Text(title)  # a file name, not markup

    def _show_progress(self) -> None:
        if not self._reading or self.query("#progress"):
            return
        from textual.widgets import ProgressBar  # loaded only for a slow read

        bar = ProgressBar(id="progress", show_eta=False)
        self.query_one("#right").mount(bar, before=self.query_one(EvidenceView))
        if self._read_so_far is not None:
            bar.update(total=self._read_so_far.total, progress=self._read_so_far.done)
            self._title_progress(self._read_so_far)

    @on(Worker.StateChanged)
    def _reading_finished(self, event: Worker.StateChanged) -> None:
        if event.worker.group not in ("extract", "lay-out"):
            return
        if event.state in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
            self._reading = False
        if event.state is WorkerState.ERROR and event.worker.group == "lay-out":
            self._show_evidence(None)  # laid out here after all
            return
        if event.state is WorkerState.ERROR:
            self.query("#progress").remove()
            self.notify(f"could not read the submission: {event.worker.error}", severity="error", timeout=15)
            self._show_checks("checks: not run, the submission could not be read")
        if event.state is not WorkerState.SUCCESS:
            return
        if event.worker.group == "lay-out":
            self._show_evidence(event.worker.result)
            return
        located = event.worker.result
        if self._ask_password_for(located):
            return
        self._located(located)

    def _ask_password_for(self, located: Located) -> bool:
        """An encrypted PDF with no password (a reopened session) or a wrong one: ask, then read again.

        Asked once per opening: escape shows the session without the file, saying why.
        """
        if not located.submission.errors or self._password_asked:
            return False  # nothing to ask: the dialog's module is not loaded on the way to the evidence
        from marker.submission.paths import expand
        from marker.tui.screens.pdf_password import PdfPasswordDialog, asks_for_password

        locked_names = {error.file for error in located.submission.errors if asks_for_password(error)}
        if not locked_names:
            return False
        self._password_asked = True
        locked = [(path, name) for path, name in expand(self.paths) if name in locked_names]
        self.query("#progress").remove()

        def given(password: str | None) -> None:
            if password is None:
                self._located(located)
                return
            self.password = password
            self._reading = True
            self.read_evidence()

        self.app.push_screen(PdfPasswordDialog(locked), given)
        return True

    def _located(self, located: Located) -> None:
        """The submission is read: say what could not be, then show it."""
        self.located = located
        for error in located.submission.errors:
            self.notify(str(error), severity="error", timeout=20)
        if not any(found and found[0].confident for found in located.candidates.values()):
            self.notify("no evidence could be located for any criterion: search the submission with /",
                        severity="warning", timeout=10)
        evidence = self.query_one(EvidenceView)
        if len(located.text_map.text) >= LAY_OUT_OFF_THREAD:
            self._reading = True  # the bar, if shown, stays while the text is laid out
            evidence.border_title = "Laying out the text…"
            self.lay_out_evidence(located.text_map.text, evidence.wrap_width, evidence.indent_width)
        else:
            self._show_evidence(None)

    @on(Worker.StateChanged)
    def _checks_finished(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "checks":
            return
        if event.state is WorkerState.ERROR:
            self._show_checks(f"checks failed: {event.worker.error}")
        elif event.state is WorkerState.SUCCESS:
            self.extraction = event.worker.result
            self.show_checks()
            self.call_after_refresh(gc.freeze)  # the checks' findings live as long as the text

    def show_checks(self) -> None:
        """The checks as run, with the practice figures as the assessor corrected and confirmed them."""
        if self.extraction is not None:
            self._show_checks(self.extraction.checks.advice(self.marking.rubric, short=True,
                                                            checked=self.marking.session.practice,
                                                            not_identifying=self.marking.session.not_identifying))

    def _show_checks(self, checks: str | list[str]) -> None:
        self.query_one(ChecksStrip).show([checks] if isinstance(checks, str) else checks)
