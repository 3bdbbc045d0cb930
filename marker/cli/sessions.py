"""Session subcommands: mark, open, list, show, resubmit, and plain ``marker`` (the home screen)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from marker.catalogue import find_rubrics
from marker.cli.common import add_command, named, print_table, resolve, run_app, sessions_dir
from marker.config import Config
from marker.errors import MarkerError
from marker.opening import check_readable, start_marking
from marker.store import load
from marker.shown import shown


def register(commands) -> None:
    mark = add_command(commands, "mark", cmd_mark, help="start marking a submission in the app", opens_app=True)
    mark.add_argument("files", nargs="+", type=Path, metavar="FILE")
    mark.add_argument("--unit", help="unit number (default: read from the cover sheet or file name)")
    mark.add_argument("--learner", help="learner name (default: read from the cover sheet or file name)")
    mark.add_argument("--reg", help="learner registration number (default: read from the cover sheet or file name)")
    mark.add_argument("--centre-number", default="")
    mark.add_argument("--centre-name", default="")
    mark.add_argument("--password", help="password for an encrypted PDF")

    open_ = add_command(commands, "open", cmd_open, help="resume a saved session in the app", opens_app=True)
    open_.add_argument("session", type=Path)
    open_.add_argument("--password", help="password for an encrypted PDF (without it the app asks for it)")

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

    return run_app(create_app(config, sessions_dir(args, config)))


def cmd_mark(args, config: Config) -> int:
    from marker.tui.app import create_app
    from marker.tui.screens.marking import MarkingScreen

    missing = [str(f) for f in args.files if not f.exists()]
    if missing:
        raise MarkerError(f"{missing[0]}: no such file or folder; check the path")
    catalogue = find_rubrics(config.rubric_folders())
    if args.unit:
        catalogue.get(args.unit)  # an unknown unit is said before any file is read
    check_readable(args.files, args.password)
    config = named(config)  # asked only once the files are known to be readable
    unit, learner, reg, said = _cover_details(args, catalogue)
    if not (unit and learner and reg):
        # what the cover sheet does not say, the assessor gives in the new-marking form
        from marker.tui.screens.new_marking import NewMarkingScreen

        form = NewMarkingScreen(files=args.files, unit=unit, learner=learner, reg=reg, password=args.password)
        return run_app(create_app(config, sessions_dir(args, config), start=form))
    marking = start_marking(config, catalogue, sessions_dir(args, config), unit=unit, files=args.files,
                            learner_name=learner, learner_reg=reg,
                            centre_number=args.centre_number, centre_name=args.centre_name)
    if said:
        marking.warnings.append(said)  # the app covers the terminal: say it there too
    screen = MarkingScreen(marking, marking.paths, password=args.password)
    status = run_app(create_app(config, sessions_dir(args, config), start=screen))
    print(f"saved: {shown(marking.path)}")
    return status


def _cover_details(args, catalogue) -> tuple[str | None, str | None, str | None, str]:
    """--unit, --learner and --reg, else what the cover sheet or file name says; said on the first line."""
    if args.unit and args.learner and args.reg:
        return args.unit, args.learner, args.reg, ""
    from marker.submission.cover import read_cover

    cover = read_cover(args.files, [] if args.unit else list(catalogue.rubrics))
    said = []
    for field, option, value in (("unit", "--unit", args.unit), ("learner", "--learner", args.learner), ("reg", "--reg", args.reg)):
        read = getattr(cover, field)
        where = option if value else cover.found_in.get(field, "")
        said.append(f"{field} {value or read} ({where})" if value or read else f"{field} not found")
    line = f"{', '.join(said)}; {'--unit, --learner and --reg correct what was read' if cover.found_in else 'give them in the form'}"
    print(f"marker: {line}", file=sys.stderr)
    return args.unit or cover.unit, args.learner or cover.learner, args.reg or cover.reg, line


def cmd_open(args, config: Config) -> int:
    from marker.opening import open_marking
    from marker.tui.app import create_app
    from marker.tui.screens.marking import MarkingScreen

    path = resolve(args, config, args.session)
    config = named(config)
    app = create_app(config, sessions_dir(args, config))
    marking = open_marking(config, app.catalogue, path)
    app.start = MarkingScreen(marking, marking.paths, password=args.password)
    return run_app(app)


def cmd_list(args, config: Config) -> int:
    from marker.session_view import session_rows

    notices: list[str] = []
    listed = session_rows(sessions_dir(args, config), find_rubrics(config.rubric_folders()).rubrics, notices)
    for notice in notices:
        print(f"marker: {notice}", file=sys.stderr)
    rows = []
    for row in listed:
        if row.problem:
            print(f"marker: {shown(row.problem)}", file=sys.stderr)
            continue
        rows.append({"file": str(row.path), "learner": row.learner, "reg": row.reg, "unit": row.unit,
                     "attempt": row.attempt, "status": row.status, "outcome": row.outcome,
                     "assessor": row.assessor, "updated": row.updated})
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(f"no sessions in {sessions_dir(args, config)}")
        return 0
    print_table([("LEARNER", "REG", "UNIT", "ATTEMPT", "STATUS", "OUTCOME", "ASSESSOR", "UPDATED", "FILE")]
                + [(shown(r["learner"])[:24], shown(r["reg"]), shown(r["unit"]), str(r["attempt"]), r["status"],
                    r["outcome"], shown(r["assessor"])[:16], shown(r["updated"]), shown(Path(r["file"]).name))
                   for r in rows])
    return 0


def cmd_show(args, config: Config) -> int:
    from marker.session_view import session_json, session_text

    session = load(resolve(args, config, args.session))
    rubric = find_rubrics(config.rubric_folders()).get(session.unit)
    print(json.dumps(session_json(session, rubric), indent=2, ensure_ascii=False) if args.json
          else shown(session_text(session, rubric), lines=True))
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
    print(f"attempt {attempt.attempt} started: {shown(saved)} ({carried} carried forward)")
    return 0
