"""The ``marker`` command line. Each subcommand is a small function over the domain core.

Each module here registers its own subcommands (``register``), each with the function
that runs it (``set_defaults(func=...)``). Errors a user can fix are printed as one line
on stderr, never as a traceback: exit 1 for invalid rubrics, 2 for unusable input.

Modules load only what building the parser needs; a command imports the rest (the app,
python-docx, pypdf) when it runs, so ``marker list`` does not pay for the app's start-up.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module

from marker import __version__
from marker.cli import sessions
from marker.cli.common import add_common_options
from marker.config import load_config
from marker.errors import MarkerError, RubricErrors
from marker.shown import shown

REGISTER_ORDER = ("rubrics", "settings", "demo", "sessions", "export", "signing", "qa", "keys", "trust")
"""The modules whose subcommands ``marker --help`` lists, in this order."""
COMMANDS = {
    "rubrics": "rubrics", "rubric": "rubrics", "extract": "rubrics",
    "config": "settings",
    "demo": "demo",
    "mark": "sessions", "open": "sessions", "list": "sessions", "show": "sessions", "resubmit": "sessions",
    "export": "export",
    "sign": "signing", "reopen": "signing", "sheet": "signing", "verify": "signing",
    "qa": "qa", "log": "qa", "sample": "qa",
    "keys": "keys",
    "trust": "trust",
}
"""Each subcommand and the module that registers it: a command named on the command line
loads and builds only its own module's parsers (``marker mark`` starts ~7 ms sooner)."""


def has_terminal() -> bool:
    """Whether the app can run here: it reads keys from, and draws on, a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: every subcommand's, or where ``argv`` names a known one
    (``named_command``), that command's module's alone, which parses ``argv`` the same."""
    parser = argparse.ArgumentParser(prog="marker", description="Mark ILM coaching and mentoring submissions against the unit's result sheet.")
    parser.add_argument("--version", action="version", version=f"marker {__version__}")
    add_common_options(parser, top=True)
    # Plain `marker` opens the app on the home screen.
    parser.set_defaults(func=sessions.cmd_app, opens_app=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    command = named_command(argv) if argv is not None else None
    for module in [COMMANDS[command]] if command in COMMANDS else REGISTER_ORDER:
        import_module(f"marker.cli.{module}").register(commands)
    return parser


def named_command(argv: list[str]) -> str | None:
    """The subcommand ``argv`` names: its first word, after ``--sessions`` and its value if
    given first. None if there is none, or another option comes first (``-h`` lists every
    command)."""
    words = iter(argv)
    for word in words:
        if word == "--sessions":
            next(words, None)
        elif word.startswith("--sessions="):
            continue
        elif word.startswith("-"):
            return None
        else:
            return word
    return None


def main(argv: list[str] | None = None) -> int:
    try:
        status = run(argv)
        sys.stdout.flush()  # a reader that has gone shows here, not at interpreter exit
        return status
    except BrokenPipeError:
        # `marker list --json | head -1`: the reader has all it wants. End quietly, as
        # other tools do, with nothing more written to the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def run(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    try:
        if args.opens_app and not has_terminal():
            command = f"marker {args.command}" if args.command else "marker"
            raise MarkerError(f"`{command}` opens the app, which needs a terminal (input or output is redirected "
                              "here); for scripts use `marker list --json` or `marker show SESSION --json`")
        config = load_config()
        return args.func(args, config)
    except MarkerError as exc:
        # one line per error, whatever a file or learner name inside it holds
        for error in exc.errors if isinstance(exc, RubricErrors) else [exc]:
            print(f"marker: {shown(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
