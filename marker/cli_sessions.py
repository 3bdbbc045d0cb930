"""Session subcommands: mark, open, list, show, resubmit, and the demo."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from marker.catalogue import find_rubrics
from marker.config import Config
from marker.errors import MarkerError
from marker.opening import start_marking
from marker.store import load

DEMO_DIR = Path(__file__).resolve().parent.parent / "sessions" / "demo"
DEMO_UNIT = "8584-200"


def add_session_commands(commands) -> None:
    mark = commands.add_parser("mark", help="start marking a submission in the app")
    mark.add_argument("files", nargs="+", type=Path, metavar="FILE")
    mark.add_argument("--unit", required=True)
    mark.add_argument("--learner", required=True, help="learner name")
    mark.add_argument("--reg", required=True, help="learner registration number")
    mark.add_argument("--centre-number", default="")
    mark.add_argument("--centre-name", default="")
    mark.add_argument("--password", help="password for an encrypted PDF")

    open_ = commands.add_parser("open", help="resume a saved session in the app")
    open_.add_argument("session", type=Path)

    list_ = commands.add_parser("list", help="list the sessions in the sessions folder")
    list_.add_argument("--json", action="store_true")

    show = commands.add_parser("show", help="one session's decisions, marks, outcome and signatures")
    show.add_argument("session", type=Path)
    show.add_argument("--json", action="store_true")

    resubmit = commands.add_parser("resubmit", help="start the next attempt on new files, passed criteria carried")
    resubmit.add_argument("session", type=Path)
    resubmit.add_argument("files", nargs="+", type=Path, metavar="FILE")


def named(config: Config) -> Config:
    """The config with the user's name, asked at the terminal the first time."""
    from marker.identity import with_name

    config, saved = with_name(config, None, input if sys.stdin.isatty() else None)
    if saved:
        print(f"your name is saved as {config.assessor} in {config.path}")
    return config


def _sessions_dir(args, config: Config) -> Path:
    return config.sessions_folder(getattr(args, "sessions", None))


def _resolve(args, config: Config, session: Path) -> Path:
    """A session given by path, or by file name inside the sessions folder."""
    if session.exists():
        return session
    inside = _sessions_dir(args, config) / session
    if inside.exists():
        return inside
    raise MarkerError(f"{session}: no such session file; `marker list` shows the sessions")


def cmd_app(args, config: Config) -> int:
    from marker.tui.app import create_app

    create_app(config, _sessions_dir(args, config)).run()
    return 0


def cmd_mark(args, config: Config) -> int:
    from marker.tui.app import create_app
    from marker.tui.screens.marking import MarkingScreen

    missing = [str(f) for f in args.files if not f.exists()]
    if missing:
        raise MarkerError(f"{missing[0]}: no such file or folder; check the path")
    config = named(config)
    catalogue = find_rubrics(config.rubric_folders())
    marking = start_marking(config, catalogue, _sessions_dir(args, config), unit=args.unit, files=args.files,
                            learner_name=args.learner, learner_reg=args.reg,
                            centre_number=args.centre_number, centre_name=args.centre_name)
    screen = MarkingScreen(marking, marking.paths, password=args.password)
    create_app(config, _sessions_dir(args, config), start=screen).run()
    print(f"saved: {marking.path}")
    return 0


def cmd_open(args, config: Config) -> int:
    from marker.opening import open_marking
    from marker.tui.app import create_app
    from marker.tui.screens.marking import MarkingScreen

    path = _resolve(args, config, args.session)
    config = named(config)
    app = create_app(config, _sessions_dir(args, config))
    marking = open_marking(config, app.catalogue, path)
    app.start = MarkingScreen(marking, marking.paths)
    app.run()
    return 0


def cmd_list(args, config: Config) -> int:
    from marker.session_view import session_rows

    listed = session_rows(_sessions_dir(args, config), find_rubrics(config.rubric_folders()).rubrics)
    rows = []
    for row in listed:
        if row.problem:
            print(f"marker: {row.problem}", file=sys.stderr)
            continue
        rows.append({"file": str(row.path), "learner": row.learner, "reg": row.reg, "unit": row.unit,
                     "attempt": row.attempt, "status": row.status, "outcome": row.outcome,
                     "assessor": row.assessor, "updated": row.updated})
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for r in rows:
        print(f"{r['learner'][:24]:<24} {r['reg']:<10} {r['unit']:<9} {r['attempt']:>2} {r['status']:<13} "
              f"{r['outcome']:<10} {r['assessor'][:16]:<16} {r['updated']}  {Path(r['file']).name}")
    if not rows:
        print(f"no sessions in {_sessions_dir(args, config)}")
    return 0


def cmd_show(args, config: Config) -> int:
    from marker.session_view import session_json, session_text

    session = load(_resolve(args, config, args.session))
    rubric = find_rubrics(config.rubric_folders()).get(session.unit)
    print(json.dumps(session_json(session, rubric), indent=2, ensure_ascii=False) if args.json
          else session_text(session, rubric))
    return 0


def cmd_resubmit(args, config: Config) -> int:
    from marker.opening import resubmission

    missing = [str(f) for f in args.files if not f.exists()]
    if missing:
        raise MarkerError(f"{missing[0]}: no such file or folder; check the path")
    config = named(config)
    catalogue = find_rubrics(config.rubric_folders())
    saved = resubmission(config, catalogue, _resolve(args, config, args.session), args.files, _sessions_dir(args, config))
    attempt = load(saved)
    carried = sum(1 for e in attempt.criteria.values() if e.carried) + sum(1 for e in attempt.sections.values() if e.carried)
    print(f"attempt {attempt.attempt} started: {saved} ({carried} carried forward)")
    return 0


def cmd_demo(args, config: Config) -> int:
    """Open the app on the demo submissions, in a throwaway copy so the checkout stays clean.

    Two sessions are created: Jordan Ellis's unit 8584-200 assignment (DOCX), opened for
    marking, and Priya Shah's unit 8584-201 portfolio (PDF), on the home screen behind it.
    """
    from marker.opening import create_session
    from marker.tui.app import create_app
    from marker.tui.screens.marking import MarkingScreen

    config = named(config)
    with tempfile.TemporaryDirectory(prefix="marker-demo-") as scratch:
        work = Path(scratch)
        shutil.copytree(DEMO_DIR, work / "demo", ignore=shutil.ignore_patterns("*.py", "README.md"))
        sessions = work / "sessions"
        catalogue = find_rubrics(config.rubric_folders())
        create_session(config, catalogue, sessions, unit="8584-201", files=[work / "demo" / "priya-shah-8584-201-portfolio.pdf"],
                       learner_name="Priya Shah", learner_reg="R3318802", centre_name="Midlands Workplace Learning")
        marking = start_marking(config, catalogue, sessions, unit=DEMO_UNIT,
                                files=[work / "demo" / "jordan-ellis-8584-200.docx"],
                                learner_name="Jordan Ellis", learner_reg="R4471926",
                                centre_number="650214", centre_name="Thornbury Skills Centre")
        screen = MarkingScreen(marking, marking.paths)
        create_app(config, sessions, start=screen).run()
    return 0
