"""Rubric subcommands: rubrics, rubric check / show, and extract (reading a submission)."""

from __future__ import annotations

import sys
from pathlib import Path

from marker.cli.common import add_command, catalogue, common_options, print_table
from marker.config import Config
from marker.rubric import Rubric, Scheme, parse_rubric
from marker.shown import shown


def register(commands) -> None:
    add_command(commands, "rubrics", cmd_rubrics, help="list the units found (shipped and the centre's own)")

    rubric = add_command(commands, "rubric", cmd_rubric, help="work with rubric files")
    rubric_commands = rubric.add_subparsers(dest="rubric_command", metavar="ACTION", required=True)
    check = rubric_commands.add_parser("check", help="validate rubric files, printing every error", parents=[common_options()])
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    show = rubric_commands.add_parser("show", help="print a unit's criteria and indicators", parents=[common_options()])
    show.add_argument("unit")

    extract = add_command(commands, "extract", cmd_extract,
                          help="find the passages that answer each criterion, then run the checks")
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE", help="the submission: files or folders")
    extract.add_argument("--unit", required=True, help="unit number, e.g. 8584-200 (see `marker rubrics`)")
    extract.add_argument("--json", action="store_true", help="print the stable JSON interface (see README)")
    extract.add_argument("--password", help="password for an encrypted PDF")
    extract.add_argument("--learner", default="", help="the learner's name: never reported as an identifying detail")


def cmd_rubrics(args, config: Config) -> int:
    found = catalogue(config)
    rows = [("UNIT", "TITLE", "SCHEME", "SIZE", "FILE")]
    for rubric in sorted(found.rubrics.values(), key=lambda r: r.unit):
        what = "criteria" if rubric.scheme is Scheme.PASS_REFERRAL else "sections"
        rows.append((rubric.unit, rubric.title, rubric.scheme.value, f"{rubric.size} {what}", str(rubric.path)))
    print_table(rows)
    return 1 if found.errors else 0


def cmd_rubric(args, config: Config) -> int:
    if args.rubric_command == "show":
        print(describe(catalogue(config).get(args.unit)))
        return 0
    failed = 0
    for path in args.files:
        rubric, errors = parse_rubric(path)
        for error in errors:
            print(shown(error))
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

    rubric = catalogue(config).get(args.unit)
    show_progress = sys.stderr.isatty()

    def progress(done: int, total: int, name: str) -> None:
        if show_progress:
            print(f"\rreading {done}/{total} {shown(name)[:50]:<50}", end="", file=sys.stderr, flush=True)

    submission = read_submission(args.files, password=args.password, progress=progress)
    if show_progress:
        print("\r" + " " * 70 + "\r", end="", file=sys.stderr)
    for error in submission.errors:
        print(f"marker: {shown(error)}", file=sys.stderr)
    result = extract(submission, rubric, learner=args.learner)
    print(json.dumps(as_json(result), indent=2, ensure_ascii=False) if args.json else shown(as_text(result), lines=True))
    return 2 if submission.errors else 0


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
        out += ["", f"{s.heading} (max {s.max}{minimum})"]
        out += [f"    · {c}" for c in s.criteria]
        out += [f"  Q{q.ref} ({q.marks}) {q.text}" for q in s.questions]
    if rubric.pass_mark is not None:
        minimums = " and every section minimum" if any(s.min is not None for s in rubric.sections) else ""
        out += ["", f"Pass: {rubric.pass_mark}+ of {rubric.total_marks}{minimums}"]
    return "\n".join(out)
