"""Session subcommands: mark, open, list, show, resubmit, and plain ``marker`` (the home screen)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from marker.catalogue import find_rubrics
from marker.cli.common import add_command, named, resolve, sessions_dir
from marker.config import Config
from marker.errors import MarkerError
from marker.opening import start_marking
from marker.store import load


def register(commands) -> None:
    mark = add_command(commands, "mark", cmd_mark, help="start marking a submission in the app", opens_app=True)
    mark.add_argument("files", nargs="+", type=Path, metavar="FILE")
    mark.add_argument("--unit", required=True)
    mark.add_argument("--learner", required=True, help="learner name")
    mark.add_argument("--reg", required=True, help="learner registration number")
    mark.add_argument("--centre-number", default="")
    mark.add_argument("--centre-name", default="")
    mark.add_argument("--password", help="password for an encrypted PDF")

    open_ = add_command(commands, "open", cmd_open, help="resume a saved session in the app", opens_app=True)
    open_.add_argument("session", type=Path)

    list_ = add_command(commands, "list", cmd_list, help="list the sessions in the sessions folder")
    list_.add_argument("--json", action="store_true")

    show = add_command(commands, "show", cmd_show, help="one session's decisions, marks, outcome and signatures")
    show.add_argument("session", type=Path)
    show.add_argument("--json", action="store_true")

    resubmit = add_command(commands, "resubmit", cmd_resubmit,
                           help="start the next attempt on new files, passed criteria carried")
    resubmit.add_argument("session", type=Path)
    resubmit.add_argument("files", nargs="+", type=Path, metavar="FILE")


def cmd_app(args, config: Config) -> int:
    from marker.tui.app import create_app

    create_app(config, sessions_dir(args, config)).run()
    return 0


def cmd_mark(args, config: Config) -> int:
    from marker.tui.app import create_app
    from marker.tui.screens.marking import MarkingScreen

    missing = [str(f) for f in args.files if not f.exists()]
    if missing:
        raise MarkerError(f"{missing[0]}: no such file or folder; check the path")
    config = named(config)
    catalogue = find_rubrics(config.rubric_folders())
    marking = start_marking(config, catalogue, sessions_dir(args, config), unit=args.unit, files=args.files,
                            learner_name=args.learner, learner_reg=args.reg,
                            centre_number=args.centre_number, centre_name=args.centre_name)
    screen = MarkingScreen(marking, marking.paths, password=args.password)
    create_app(config, sessions_dir(args, config), start=screen).run()
    print(f"saved: {marking.path}")
    return 0


def cmd_open(args, config: Config) -> int:
    from marker.opening import open_marking
    from marker.tui.app import create_app
    from marker.tui.screens.marking import MarkingScreen

    path = resolve(args, config, args.session)
    config = named(config)
    app = create_app(config, sessions_dir(args, config))
    marking = open_marking(config, app.catalogue, path)
    app.start = MarkingScreen(marking, marking.paths)
    app.run()
    return 0


def cmd_list(args, config: Config) -> int:
    from marker.session_view import session_rows

    notices: list[str] = []
    listed = session_rows(sessions_dir(args, config), find_rubrics(config.rubric_folders()).rubrics, notices)
    for notice in notices:
        print(f"marker: {notice}", file=sys.stderr)
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
        print(f"no sessions in {sessions_dir(args, config)}")
    return 0


def cmd_show(args, config: Config) -> int:
    from marker.session_view import session_json, session_text

    session = load(resolve(args, config, args.session))
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
    saved = resubmission(config, catalogue, resolve(args, config, args.session), args.files, sessions_dir(args, config))
    attempt = load(saved)
    carried = sum(1 for e in attempt.criteria.values() if e.carried) + sum(1 for e in attempt.sections.values() if e.carried)
    print(f"attempt {attempt.attempt} started: {saved} ({carried} carried forward)")
    return 0
