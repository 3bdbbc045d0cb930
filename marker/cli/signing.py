"""Signing subcommands: sign, reopen, sheet, verify."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from marker.catalogue import find_rubrics
from marker.cli.common import add_command, into_existing_folder, named, resolve, sessions_dir
from marker.config import Config
from marker.errors import MarkerError
from marker.lock import acquire
from marker.identity import actor
from marker.store import load, save
from marker.shown import shown


def register(commands) -> None:
    sign = add_command(commands, "sign", cmd_sign, help="sign a fully marked session as its assessor")
    sign.add_argument("session", type=Path)
    sign.add_argument("--name", help="your name, the first time (it is remembered); after that it must be yours")
    sign.add_argument("--date", type=_iso_date, help="the date on the sheet, YYYY-MM-DD (default: today)")

    reopen = add_command(commands, "reopen", cmd_reopen, help="withdraw the signature so the assessor's entries can change")
    reopen.add_argument("session", type=Path)
    reopen.add_argument("--reason", required=True, help="why: recorded in the audit log")

    sheet = add_command(commands, "sheet", cmd_sheet, help="write the result sheet (or mark sheet) and the learner report")
    sheet.add_argument("session", type=Path)
    sheet.add_argument("-o", "--output", type=Path,
                       help="the sheet's DOCX path, or an existing folder for it (default: the sheets folder "
                            "beside the session, as S in the app)")
    sheet.add_argument("--report", type=Path, help="the learner report's DOCX path (default: beside the sheet)")

    verify = add_command(commands, "verify", cmd_verify,
                         help="check sessions, sheets or an export bundle against their signatures")
    verify.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    verify.add_argument("-q", "--quiet", action="store_true", help="print only failures")
    verify.add_argument("--centre-key", default="", metavar="SHA256:…",
                        help="the centre key fingerprint the centre gave you: a bundle's trust file must begin with it")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD") from None


def _locked(path: Path, config: Config):
    lock, holder = acquire(path, actor(config).name)
    if lock is None:
        raise MarkerError(f"{path}: {holder}; close it there first")
    return lock


def cmd_sign(args, config: Config) -> int:
    from marker.signing import sign

    path = resolve(args, config, args.session)
    config = named(config, args.name)
    with _locked(path, config):
        session = load(path)
        rubric = find_rubrics(config.rubric_folders()).get(session.unit)
        signer = actor(config)
        signature = sign(session, rubric, signer.name, signer, args.date)
        save(session, path.parent, path)
    print(f"signed by {shown(signature.name)} on {shown(signature.date)}: {shown(path)}\nrecord digest {signature.digest}")
    return 0


def cmd_reopen(args, config: Config) -> int:
    from marker.signing import reopen

    path = resolve(args, config, args.session)
    config = named(config)
    with _locked(path, config):
        session = load(path)
        signature = reopen(session, actor(config), args.reason)
        save(session, path.parent, path)
    print(f"reopened: the signature of {shown(signature.name)} ({shown(signature.date)}) is withdrawn: {shown(path)}")
    return 0


def cmd_sheet(args, config: Config) -> int:
    from marker.sheets import build_report, build_sheet, sheet_names, sheets_folder, write_docx
    from marker.submission.identifying import details_in_files

    path = resolve(args, config, args.session)
    session = load(path)
    rubric = find_rubrics(config.rubric_folders()).get(session.unit)
    sheet_name, report_name = sheet_names(session, rubric)
    sheet_path = into_existing_folder(args.output, "-o") if args.output else sheets_folder(path) / sheet_name
    if sheet_path.is_dir():  # `-o folder/`: the sheet goes in it, under its usual name
        sheet_path = sheet_path / sheet_name
    report_path = into_existing_folder(args.report, "--report") if args.report else sheet_path.parent / report_name
    write_docx(build_sheet(session, rubric), sheet_path)
    identifying = details_in_files([Path(f.path) for f in session.files], session.learner_name)
    write_docx(build_report(session, rubric, identifying=identifying), report_path)
    draft = "" if session.signatures else " (DRAFT: the session is not signed)"
    print(f"sheet: {sheet_path}{draft}\nlearner report: {report_path}")
    return 0


def cmd_verify(args, config: Config) -> int:
    from marker.verify import verify_path

    catalogue = find_rubrics(config.rubric_folders())
    sessions = sessions_dir(args, config)
    failed = False
    for path in args.paths:
        try:
            report = verify_path(path, catalogue.find, sessions, centre_key=args.centre_key)
        except MarkerError as exc:
            print(f"FAIL {shown(exc)}")
            failed = True
            continue
        if not args.quiet:
            for line in report.checked:
                print(f"ok   {shown(line)}")
        for line in report.problems:
            print(f"FAIL {shown(line)}")
        failed = failed or not report.ok
    print("verify: FAILED" if failed else "verify: all checks passed", file=sys.stderr)
    return 1 if failed else 0
