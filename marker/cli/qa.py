"""Quality assurance subcommands: qa (the app in QA mode), log, sample."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from marker.catalogue import find_rubrics
from marker.cli.common import add_command, resolve, run_app, sessions_dir
from marker.config import Config
from marker.store import load
from marker.shown import shown


def register(commands) -> None:
    qa = add_command(commands, "qa", cmd_qa, help="open a signed session in QA mode (as the IQA)", opens_app=True)
    qa.add_argument("session", type=Path)
    qa.add_argument("--password", help="password for an encrypted PDF (without it the app asks for it)")

    log = add_command(commands, "log", cmd_log, help="print a session's audit log")
    log.add_argument("session", type=Path)

    sample = add_command(commands, "sample", cmd_sample, help="IQA sampling figures across all sessions")
    sample.add_argument("--json", action="store_true")


def cmd_qa(args, config: Config) -> int:
    from marker.cli.common import named
    from marker.identity import who
    from marker.reviewing import open_review
    from marker.tui.app import create_app
    from marker.tui.screens.qa import QAScreen

    path = resolve(args, config, args.session)
    config = named(config)
    app = create_app(config, sessions_dir(args, config))
    reviewing = open_review(app.catalogue, path, who(config))
    app.start = QAScreen(reviewing, reviewing.paths, password=args.password)
    return run_app(app)


def cmd_log(args, config: Config) -> int:
    session = load(resolve(args, config, args.session))
    for entry in session.audit:
        change = f": {entry.old!r} → {entry.new!r}" if entry.old or entry.new else ""
        print(shown(f"{entry.at}  {entry.who}  {entry.what}{change}"))
    return 0


def cmd_sample(args, config: Config) -> int:
    from dataclasses import asdict

    from marker.sampling import sampling, sampling_text

    from marker.listing_index import stored_briefs

    rubrics = find_rubrics(config.rubric_folders()).rubrics
    stored, problems, notice = stored_briefs(sessions_dir(args, config), rubrics)
    for problem in problems + ([notice] if notice else []):
        print(f"marker: {shown(problem)}", file=sys.stderr)
    figures = sampling(stored, rubrics)
    if args.json:
        print(json.dumps({
            "by_assessor_unit": [{**asdict(r), "sampled": round(r.sampled, 4)} for r in figures.by_assessor_unit],
            "unit_rates": [{**asdict(r), "rate": round(r.rate, 4)} for r in figures.unit_rates],
            "criterion_rates": [{**asdict(r), "rate": round(r.rate, 4)} for r in figures.criterion_rates],
            "flags": figures.flags,
            "awaiting_qa": [str(s.path) for s in figures.awaiting_qa],
        }, indent=2, ensure_ascii=False))
    else:
        print(sampling_text(figures))
    return 0
