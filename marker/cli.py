"""The ``marker`` command line. Each subcommand is a small function over the domain core.

Errors a user can fix are printed as one line on stderr, never as a traceback:
exit 1 for invalid rubrics, 2 for unusable input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from marker import __version__, cli_qa, cli_sessions, cli_signing
from marker.cli_sessions import add_session_commands
from marker.cli_export import add_export_command, cmd_export
from marker.cli_signing import add_signing_commands
from marker.catalogue import Catalogue, find_rubrics
from marker.config import Config, load_config
from marker.errors import MarkerError
from marker.rubric import Rubric, Scheme, parse_rubric


APP_COMMANDS = {None, "mark", "open", "demo", "qa"}
"""The commands that open the app (``None``: plain ``marker``, the home screen)."""


def has_terminal() -> bool:
    """Whether the app can run here: it reads keys from, and draws on, a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="marker", description="Mark ILM coaching and mentoring submissions against the unit's result sheet.")
    parser.add_argument("--version", action="version", version=f"marker {__version__}")
    parser.add_argument("--sessions", metavar="DIR", help="sessions folder (default: $MARKER_SESSIONS, config, user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("rubrics", help="list the units found (shipped and the centre's own)")

    rubric = commands.add_parser("rubric", help="work with rubric files")
    rubric_commands = rubric.add_subparsers(dest="rubric_command", metavar="ACTION", required=True)
    check = rubric_commands.add_parser("check", help="validate rubric files, printing every error")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    show = rubric_commands.add_parser("show", help="print a unit's criteria and indicators")
    show.add_argument("unit")

    extract = commands.add_parser("extract", help="find the passages that answer each criterion, then run the checks")
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE", help="the submission: files or folders")
    extract.add_argument("--unit", required=True, help="unit number, e.g. 8584-200 (see `marker rubrics`)")
    extract.add_argument("--json", action="store_true", help="print the stable JSON interface (see README)")
    extract.add_argument("--password", help="password for an encrypted PDF")

    commands.add_parser("config", help="show where marker reads its settings and what they are")
    commands.add_parser("demo", help="open the app on the bundled demo submission (a throwaway copy)")
    add_session_commands(commands)
    add_export_command(commands)
    add_signing_commands(commands)
    cli_qa.add_qa_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command in APP_COMMANDS and not has_terminal():
            command = f"marker {args.command}" if args.command else "marker"
            raise MarkerError(f"`{command}` opens the app, which needs a terminal (input or output is redirected "
                              "here); for scripts use `marker list --json` or `marker show SESSION --json`")
        config = load_config()
        if args.command is None:
            return cli_sessions.cmd_app(args, config)
        return COMMANDS[args.command](args, config)
    except MarkerError as exc:
        print(f"marker: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _catalogue(config: Config) -> Catalogue:
    catalogue = find_rubrics(config.rubric_folders())
    for error in catalogue.errors:
        print(f"marker: {error}", file=sys.stderr)
    return catalogue


def cmd_rubrics(args, config: Config) -> int:
    catalogue = _catalogue(config)
    rows = [("UNIT", "TITLE", "SCHEME", "SIZE", "FILE")]
    for rubric in sorted(catalogue.rubrics.values(), key=lambda r: r.unit):
        what = "criteria" if rubric.scheme is Scheme.PASS_REFERRAL else "sections"
        rows.append((rubric.unit, rubric.title, rubric.scheme.value, f"{rubric.size} {what}", str(rubric.path)))
    _print_table(rows)
    return 1 if catalogue.errors else 0


def cmd_rubric(args, config: Config) -> int:
    if args.rubric_command == "show":
        print(describe(_catalogue(config).get(args.unit)))
        return 0
    failed = 0
    for path in args.files:
        rubric, errors = parse_rubric(path)
        for error in errors:
            print(error)
        if errors:
            failed += 1
        else:
            print(f"{path}: ok — {rubric.unit} {rubric.title}, {rubric.size} "
                  f"{'criteria' if rubric.scheme is Scheme.PASS_REFERRAL else 'sections'}")
    return 1 if failed else 0


def cmd_extract(args, config: Config) -> int:
    import json

    from marker.submission.read import read_submission
    from marker.submission.report import as_json, as_text, extract

    rubric = _catalogue(config).get(args.unit)
    show_progress = sys.stderr.isatty()

    def progress(done: int, total: int, name: str) -> None:
        if show_progress:
            print(f"\rreading {done}/{total} {name[:50]:<50}", end="", file=sys.stderr, flush=True)

    submission = read_submission(args.files, password=args.password, progress=progress)
    if show_progress:
        print("\r" + " " * 70 + "\r", end="", file=sys.stderr)
    for error in submission.errors:
        print(f"marker: {error}", file=sys.stderr)
    result = extract(submission, rubric)
    print(json.dumps(as_json(result), indent=2, ensure_ascii=False) if args.json else as_text(result))
    return 2 if submission.errors else 0


def cmd_config(args, config: Config) -> int:
    from marker.config import cache_dir, config_path

    print(f"config file:   {config_path()}{'' if config.path else ' (not created yet; defaults in use)'}")
    print(f"assessor:      {config.assessor or '-'} ({config.role})")
    print(f"centre:        {config.centre_number or '-'} {config.centre_name}")
    print(f"sessions:      {config.sessions_folder()}")
    print(f"cache:         {cache_dir()}")
    print("rubric folders:", *[f"  {p}" for p in config.rubric_folders()], sep="\n")
    return 0


def describe(rubric: Rubric) -> str:
    """A unit's criteria and indicators as plain text, as the result sheet lists them."""
    out = [f"{rubric.unit} {rubric.title}", f"{rubric.qualification} · level {rubric.level} · {rubric.assessment} · {rubric.scheme.value}"]
    out += [f"note: {n}" for n in rubric.notes]
    for lo in rubric.outcomes:
        out += ["", f"Learning Outcome {lo.ref} {lo.heading}"]
        for c in lo.criteria:
            out.append(f"  AC {c.ref} {c.text}")
            out += [f"      referral · {i}" for i in c.referral_indicators]
            out += [f"      pass     · {i}" for i in c.pass_indicators]
    for s in rubric.sections:
        minimum = f", min {s.min}" if s.min is not None else ""
        out += ["", f"Section {s.ref} {s.title} (max {s.max}{minimum})"]
        out += [f"    · {c}" for c in s.criteria]
        out += [f"  Q{q.ref} ({q.marks}) {q.text}" for q in s.questions]
    if rubric.pass_mark is not None:
        out += ["", f"Pass: {rubric.pass_mark}+ of {rubric.total_marks} and every section minimum"]
    return "\n".join(out)


def _print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1])


COMMANDS = {
    "rubrics": cmd_rubrics,
    "rubric": cmd_rubric,
    "extract": cmd_extract,
    "config": cmd_config,
    "demo": cli_sessions.cmd_demo,
    "mark": cli_sessions.cmd_mark,
    "open": cli_sessions.cmd_open,
    "list": cli_sessions.cmd_list,
    "show": cli_sessions.cmd_show,
    "resubmit": cli_sessions.cmd_resubmit,
    "export": cmd_export,
    "sign": cli_signing.cmd_sign,
    "reopen": cli_signing.cmd_reopen,
    "sheet": cli_signing.cmd_sheet,
    "verify": cli_signing.cmd_verify,
    "qa": cli_qa.cmd_qa,
    "log": cli_qa.cmd_log,
    "sample": cli_qa.cmd_sample,
}
