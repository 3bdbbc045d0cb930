"""What every subcommand shares: the common options and finding sessions and rubrics."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

from marker.catalogue import Catalogue, find_rubrics
from marker.config import Config
from marker.errors import MarkerError
from marker.shown import shown

Command = Callable[[argparse.Namespace, Config], int]
"""A subcommand: the parsed arguments and the user's settings in, the exit status out."""


def add_common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The options accepted before the subcommand and after it.

    After the subcommand the default is SUPPRESS: argparse copies a subcommand's defaults
    over the values parsed before it, so ``marker --sessions DIR list`` would lose DIR.
    """
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--sessions", metavar="DIR", default=default,
                        help="sessions folder (default: $MARKER_SESSIONS, config, user data folder)")


@cache  # one parent for every subcommand: argparse copies its options, and each parser costs a little start-up
def common_options() -> argparse.ArgumentParser:
    """A parent parser holding the common options, for every subcommand."""
    parent = argparse.ArgumentParser(add_help=False)
    add_common_options(parent, top=False)
    return parent


def add_command(commands, name: str, func: Command, *, help: str, opens_app: bool = False,
                **options) -> argparse.ArgumentParser:
    """A subcommand that registers the function that runs it and takes the common options.

    Args:
        opens_app: the command opens the app, so it needs a terminal.
    """
    parser = commands.add_parser(name, help=help, parents=[common_options()], **options)
    parser.set_defaults(func=func, opens_app=opens_app)
    return parser


def named(config: Config, given: str | None = None) -> Config:
    """The config with the user's name: ``given`` (``--name``) or asked at the terminal the first
    time, then remembered (``marker.identity``); never the operating system's login."""
    from marker.identity import with_name

    config, saved = with_name(config, given, input if sys.stdin.isatty() else None)
    if saved:
        print(f"your name is saved as {config.assessor} in {config.path}")
    return config


def sessions_dir(args: argparse.Namespace, config: Config) -> Path:
    return config.sessions_folder(getattr(args, "sessions", None))


def resolve(args: argparse.Namespace, config: Config, session: Path) -> Path:
    """A session given by path, or by file name inside the sessions folder, ``.toml`` optional."""
    folder = sessions_dir(args, config)
    named = session.with_name(session.name + ".toml")
    for candidate in (session, folder / session, named, folder / named):
        if candidate.is_file():
            return candidate
    raise MarkerError(f"{session}: no such session file; `marker list` shows the sessions")


def into_existing_folder(path: Path, option: str) -> Path:
    """``path``, after checking the folder it goes into exists: a typo must not become a new folder.

    Raises:
        MarkerError: the folder is missing, naming the option.
    """
    if not path.parent.is_dir():
        raise MarkerError(f"{path.parent}: no such folder (from {option}); create it first or choose another {option}")
    return path


def catalogue(config: Config) -> Catalogue:
    """Every rubric, with each invalid file named on stderr."""
    found = find_rubrics(config.rubric_folders())
    for error in found.errors:
        print(f"marker: {shown(error)}", file=sys.stderr)
    return found


def print_table(rows: list[tuple[str, ...]]) -> None:
    """Columns padded to their widest cell; the last column is left ragged."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1])


def run_app(app) -> int:
    """Run the app; its exit status (128 + the signal's number when a hang-up or SIGTERM
    stopped it, so a script sees it was stopped, not finished)."""
    app.run()
    status = app.return_code or 0
    if status == 128 + getattr(signal, "SIGHUP", -128):
        # The terminal is gone: what is printed after this ("saved: …") would fail with EIO.
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            os.dup2(devnull, stream.fileno())
    return status
