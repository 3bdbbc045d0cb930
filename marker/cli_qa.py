"""Quality assurance subcommands: qa (the app in QA mode), log, sample."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from marker.catalogue import find_rubrics
from marker.config import Config
from marker.store import list_sessions, load


def add_qa_commands(commands) -> None:
    qa = commands.add_parser("qa", help="open a signed session in QA mode (as the IQA)")
    qa.add_argument("session", type=Path)

    log = commands.add_parser("log", help="print a session's audit log")
    log.add_argument("session", type=Path)

    sample = commands.add_parser("sample", help="IQA sampling figures across all sessions")
    sample.add_argument("--json", action="store_true")


def cmd_qa(args, config: Config) -> int:
    from marker.cli_sessions import _resolve, _sessions_dir, named
    from marker.identity import who
    from marker.reviewing import open_review
    from marker.tui.app import create_app
    from marker.tui.screens.qa import QAScreen

    path = _resolve(args, config, args.session)
    config = named(config)
    app = create_app(config, _sessions_dir(args, config))
    reviewing = open_review(app.catalogue, path, who(config))
    app.start = QAScreen(reviewing, reviewing.paths)
    app.run()
    return 0


def cmd_log(args, config: Config) -> int:
    from marker.cli_sessions import _resolve

    session = load(_resolve(args, config, args.session))
    for entry in session.audit:
        change = f": {entry.old!r} → {entry.new!r}" if entry.old or entry.new else ""
        print(f"{entry.at}  {entry.who}  {entry.what}{change}")
    return 0


def cmd_sample(args, config: Config) -> int:
    from dataclasses import asdict

    from marker.cli_sessions import _sessions_dir
    from marker.sampling import sampling, sampling_text

    stored, problems = list_sessions(_sessions_dir(args, config))
    for problem in problems:
        print(f"marker: {problem}", file=sys.stderr)
    figures = sampling(stored, find_rubrics(config.rubric_folders()).rubrics)
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
