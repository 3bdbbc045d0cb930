"""``marker export``: a cohort's signed work as a bundle for the External Quality Assurer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from marker.catalogue import find_rubrics
from marker.cli.common import add_command, into_existing_folder, sessions_dir
from marker.config import Config
from marker.errors import MarkerError
from marker.session import Status
from marker.shown import shown

# The export package loads python-docx (about 50-200 ms): it is imported when an export
# runs, not by every `marker` command that builds this parser.
if TYPE_CHECKING:
    from marker.export import Criteria


def register(commands) -> None:
    export = add_command(
        commands, "export", cmd_export, help="bundle signed work for the External Quality Assurer (sheets, submissions, schedule, manifest)",
        description="Export the chosen sessions as a bundle: one folder per learner and unit with the result sheet, "
                    "the learner feedback report, the submission files as judged and the session file; a schedule "
                    "of results, an index and a SHA-256 manifest at the top. By default only QA-confirmed work "
                    "signed by assessor and IQA. The bundle appears whole or not at all.")
    export.add_argument("--out", type=Path, metavar="DIR", help="the bundle folder to create (must not exist, or be empty)")
    export.add_argument("--zip", action="store_true", help="write DIR.zip instead of the folder")
    export.add_argument("--pdf", action="store_true", help="add PDF copies of the sheets (needs LibreOffice)")
    export.add_argument("--unit", action="append", default=[], metavar="U", help="only this unit (repeatable)")
    export.add_argument("--from", dest="date_from", metavar="DATE", help="signed on or after YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", metavar="DATE", help="signed on or before YYYY-MM-DD")
    export.add_argument("--status", action="append", default=[], metavar="S",
                        help=f"only this status (repeatable; {', '.join(s.value for s in Status)}; "
                             "default qa-confirmed)")
    export.add_argument("--learner", default="", metavar="X", help="learner name or registration no. contains X")
    export.add_argument("--assessor", default="", metavar="Y", help="assessor name contains Y")
    export.add_argument("--include-unsigned", action="store_true",
                        help="also export work not yet signed and QA-confirmed, marked DRAFT")
    export.add_argument("--dry-run", action="store_true", help="say what would be exported, write nothing")


def criteria_from(args) -> Criteria:
    from marker.export import Criteria
    from marker.export.select import parse_date, parse_status

    return Criteria(
        units=tuple(args.unit), statuses=tuple(parse_status(s) for s in args.status),
        date_from=parse_date(args.date_from, "--from") if args.date_from else None,
        date_to=parse_date(args.date_to, "--to") if args.date_to else None,
        learner=args.learner.strip(), assessor=args.assessor.strip(), include_unsigned=args.include_unsigned)


def cmd_export(args, config: Config) -> int:
    from marker.export import PDF_SKIPPED, build_bundle, choose_sessions, find_libreoffice
    from marker.export.names import display_text

    if args.out is None and not args.dry_run:
        raise MarkerError("export needs --out DIR, the bundle folder to create (or --dry-run to only count)")
    if args.out is not None:
        into_existing_folder(args.out, "--out")
    catalogue = find_rubrics(config.rubric_folders())
    for unit in args.unit:
        if catalogue.find(unit) is None:
            known = ", ".join(sorted(catalogue.rubrics)) or "none"
            raise MarkerError(f"--unit {unit}: unknown unit (known units: {known}); see `marker rubrics`")
    criteria = criteria_from(args)
    selection = choose_sessions(sessions_dir(args, config), criteria, find_rubrics(config.rubric_folders()).rubrics)
    for problem in selection.problems:
        print(f"marker: {shown(problem)}", file=sys.stderr)
    left_out = (f" ({selection.unfinished} more not yet signed and QA-confirmed; --include-unsigned adds them "
                "marked DRAFT)") if selection.unfinished else ""
    print(f"{selection.count_text()}{left_out}", flush=True)
    if args.dry_run:
        for item in selection.chosen:
            s = item.session
            print(f"  {display_text(s.learner_name)[:30]:<30} {display_text(s.learner_reg):<10} {s.unit:<9} "
                  f"attempt {s.attempt}  {s.status.value}")
        return 0
    if not selection.chosen:
        raise MarkerError("nothing to export: no session matches; `marker export --dry-run --include-unsigned` "
                          "shows what there is")
    if args.pdf and not find_libreoffice():
        print(PDF_SKIPPED, file=sys.stderr)
    live = sys.stderr.isatty()
    try:
        written = build_bundle(selection.chosen, catalogue.rubrics, args.out, zip=args.zip, pdf=args.pdf,
                               progress=lambda done, total, label: _show_progress(done, total, label, live),
                               warn=lambda line: print(f"\nmarker: warning: {shown(line)}", file=sys.stderr))
    except KeyboardInterrupt:
        print("\nmarker: export cancelled; nothing was written", file=sys.stderr)
        return 130
    finally:
        if live:
            print("\r" + " " * 79 + "\r", end="", file=sys.stderr, flush=True)
    count = len(selection.chosen)
    print(f"exported {count} session{'' if count == 1 else 's'} to {written}")
    return 0


def _show_progress(done: int, total: int, label: str, live: bool) -> None:
    """``[3/12] learner unit`` on stderr: one updating line on a terminal, a line each otherwise."""
    line = f"[{done}/{total}] {label}"
    if live:
        print(f"\r{shown(line)[:79]:<79}", end="", file=sys.stderr, flush=True)
    else:
        print(shown(line), file=sys.stderr, flush=True)
