"""``marker demo``: the app on the shipped demo submissions, in a throwaway copy."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from marker.cli.common import add_command, named, run_app
from marker.config import Config
from marker.shipped import DEMO, MISSING, BrokenInstallation

DEMO_UNIT = "8584-200"
ASSIGNMENT = "jordan-ellis-8584-200.docx"
PORTFOLIO = "priya-shah-8584-201-portfolio.pdf"
WRITTEN = {".docx", ".pdf", ".zip"}
"""What the app writes that someone may want to keep: sheets, reports, their PDFs, export bundles."""


def register(commands) -> None:
    add_command(commands, "demo", cmd_demo, help="open the app on the bundled demo submission (a throwaway copy)",
                opens_app=True)


def cmd_demo(args, config: Config) -> int:
    """Open the app on the demo submissions, in a throwaway copy so the installed files stay clean.

    On the way out the copy is deleted, after asking if the demo wrote sheets in it.

    Two sessions are created: Jordan Ellis's unit 8584-200 assignment (DOCX), opened for
    marking, and Priya Shah's unit 8584-201 portfolio (PDF), on the home screen behind it.
    """
    from marker.catalogue import find_rubrics
    from marker.opening import create_session, start_marking
    from marker.tui.app import create_app
    from marker.tui.screens.marking import MarkingScreen

    for name in (ASSIGNMENT, PORTFOLIO):
        if not (DEMO / name).is_file():
            raise BrokenInstallation(f"{DEMO / name}: {MISSING}")
    config = named(config)
    work = Path(tempfile.mkdtemp(prefix="marker-demo-"))
    try:
        (work / "demo").mkdir()
        for name in (ASSIGNMENT, PORTFOLIO):
            shutil.copy(DEMO / name, work / "demo" / name)
        sessions = work / "sessions"
        catalogue = find_rubrics(config.rubric_folders())
        create_session(config, catalogue, sessions, unit="8584-201", files=[work / "demo" / PORTFOLIO],
                       learner_name="Priya Shah", learner_reg="R3318802", centre_name="Midlands Workplace Learning")
        marking = start_marking(config, catalogue, sessions, unit=DEMO_UNIT, files=[work / "demo" / ASSIGNMENT],
                                learner_name="Jordan Ellis", learner_reg="R4471926",
                                centre_number="650214", centre_name="Thornbury Skills Centre")
        screen = MarkingScreen(marking, marking.paths)
        status = run_app(create_app(config, sessions, start=screen))
    finally:
        if keep_what_was_written(work):
            print(f"kept the demo's folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return status


def keep_what_was_written(work: Path) -> bool:
    """Ask before deleting sheets the demo wrote (S in the app): someone may want to open them.

    Anything but a yes keeps them, end of input included: nothing is lost by not answering.
    """
    written = sorted(p for p in work.rglob("*") if p.suffix in WRITTEN and p.is_file() and p.parent != work / "demo")
    if not written:
        return False
    names = "".join(f"\n  {p.relative_to(work)}" for p in written)
    print(f"The demo wrote {len(written)} file{'' if len(written) == 1 else 's'} in {work}:{names}")
    try:
        answer = input("Delete them with the demo's copy? [y/N] ")
    except (EOFError, KeyboardInterrupt):
        print()
        return True
    return answer.strip().casefold() not in ("y", "yes")
