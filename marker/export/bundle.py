"""Building the EQA bundle: a folder (or zip) that appears whole or not at all.

Everything is written into a temporary folder beside the destination (the same
filesystem, so the last step is one rename) and removed on any failure or cancel:
a half-written bundle never exists under the name given. Nothing is overwritten.

Layout, for each session a folder ``<learner>_<reg>_<unit>_attempt<n>`` with the result
sheet and learner feedback report (``marker.sheets``), PDF copies of them with
``pdf=True``, the submission files exactly as judged and the session file byte for
byte; at the top ``schedule.csv``, ``schedule.docx``, ``index.txt`` and
``manifest.json``. With ``zip=True`` the result is ``<out>.zip`` only, holding that
same folder (one copy of the learners' data, not two).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from marker import __version__
from marker.anonymise import to_anonymise
from marker.errors import MarkerError
from marker.export.manifest import MANIFEST, bundle_files, write_manifest
from marker.export.names import UniqueNames, display_text, safe_filename, safe_name, safe_relative
from marker.export.schedule import index_text, schedule_csv, schedule_docx, schedule_row
from marker.export.select import is_final
from marker.fileio import _fsync_dir, private_dir
from marker.rubric import Rubric, Scheme
from marker.session import Session, SubmissionFile
from marker.session_toml import loads
from marker.sheets import write_sheets
from marker.store import StoredSession
from marker.submission.identifying import details_in_files

Progress = Callable[[int, int, str], None]

TOP_FILES = [("schedule.csv", "schedule of results, one row per learner and unit (spreadsheet)"),
             ("schedule.docx", "schedule of results (Word)"),
             ("index.txt", "this list"),
             (MANIFEST, "SHA-256 and size of every other file, which file each submission is, signed by whoever "
                        "exported; `marker verify BUNDLE` checks them")]
TRUST_COPY = ("trusted-keys", "the centre's trusted keys (who may sign, for which role, when) that verify checks against")
PDF_SKIPPED = "PDF copies skipped: LibreOffice is not installed"


class ExportCancelled(MarkerError):
    """The export was cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled; nothing was written")


def find_libreoffice() -> str | None:
    """The LibreOffice command, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def bundle_target(out_dir: Path, zip: bool) -> Path:
    """Where the bundle ends up: the folder, or ``<out>.zip`` (``--out x.zip`` is taken as meant)."""
    out_dir = Path(os.path.abspath(out_dir))  # "..", "." and a trailing "/" name a real folder
    if not out_dir.name:
        raise MarkerError(f"{out_dir}: give the bundle a folder name of its own, e.g. --out ~/eqa/2025-spring")
    if not zip:
        return out_dir
    return out_dir if out_dir.suffix.lower() == ".zip" else out_dir.with_name(out_dir.name + ".zip")


@dataclass
class _Entry:
    """One session's folder while it is built."""

    stored: StoredSession
    session: Session
    rubric: Rubric
    folder: str
    draft: bool
    names: UniqueNames
    described: dict[str, str] = field(default_factory=dict)
    """What each file in the folder is, for the index."""
    pdfs: list[tuple[Path, str]] = field(default_factory=list)
    """Sheets to convert: (the DOCX, the PDF name kept for it)."""
    submissions: list[dict] = field(default_factory=list)
    """Each judged file's bundled copy, for the manifest."""
    identifying: int = 0
    """Identifying details found in the submission, which must be anonymised before it is filed."""


def build_bundle(selected: list[StoredSession], rubrics_by_unit: dict[str, Rubric], out_dir: Path, *,
                 zip: bool = False, pdf: bool = False, progress: Progress | None = None,
                 cancel: threading.Event | None = None, warn: Callable[[str], None] | None = None,
                 exporter: str = "", trust_file: Path | None = None, passphrase: str | None = None) -> Path:
    """Export the sessions to ``out_dir`` (or ``<out_dir>.zip``); the path written.

    The manifest is signed with the key of ``exporter`` (``marker.keys.signing_key``,
    opened with ``passphrase`` when it is protected and the caller asked for it), and
    the centre's trust file (``trust_file``, else the one beside the sessions or in the
    sessions folder) is copied in, so the bundle verifies from its own contents.

    ``progress(done, total, label)`` is called as each session starts; setting
    ``cancel`` stops the export at the next file. ``pdf`` is ignored (and the index
    says so) when LibreOffice is not installed: see ``find_libreoffice``. ``warn`` hears
    of each submission in the bundle that still holds identifying details (the
    schedule and index note them too).

    Raises:
        ExportCancelled: ``cancel`` was set; nothing was written.
        MarkerError: one line naming the file and what to do; nothing was written.
    """
    target = bundle_target(out_dir, zip)
    top = target.stem if zip else target.name
    if not selected:
        raise MarkerError("nothing to export: no sessions were selected")
    _refuse_existing(target)
    signer = _exporter(exporter, passphrase)
    trust_file = trust_file or _trust_file(selected)
    rubrics = {rubric.unit: rubric for rubric in (_rubric_for(item, rubrics_by_unit) for item in selected)}
    try:
        parent = private_dir(target.parent)
        temp = Path(tempfile.mkdtemp(prefix=f".{top}.partial-", dir=parent))
    except OSError as exc:
        raise MarkerError(f"{target.parent}: cannot create the bundle there ({exc.strerror}); "
                          "choose another --out or fix the folder's permissions") from None
    try:
        _fill(temp, selected, rubrics, pdf=pdf, progress=progress or (lambda *_: None), cancel=cancel,
              warn=warn or (lambda _: None), signer=signer, trust_file=trust_file)
        _check(cancel)
        if zip:
            _write_zip(temp, target, top)
            shutil.rmtree(temp)
        else:
            _publish_folder(temp, target)
    except BaseException as exc:
        shutil.rmtree(temp, ignore_errors=True)
        if isinstance(exc, OSError):
            where = str(exc.filename or target).replace(str(temp), str(target))
            raise MarkerError(f"{where}: could not be written ({exc.strerror or exc}); nothing was exported — "
                              "free disk space or fix the folder's permissions and export again") from None
        raise
    return target


def _refuse_existing(target: Path) -> None:
    if target.is_dir() and not target.is_symlink():
        if any(target.iterdir()):
            raise MarkerError(f"{target}: already exists and is not empty; an export never overwrites, "
                              "so choose another --out or move it away")
    elif target.exists() or target.is_symlink():
        raise MarkerError(f"{target}: already exists; an export never overwrites, so choose another --out")


def exporter_name(name: str = "") -> str:
    """Who signs the manifest: ``name``, else the assessor named in the config."""
    if not name.strip():
        from marker.config import load_config

        name = load_config().assessor
    return " ".join(name.split())


def _exporter(name: str, passphrase: str | None):
    """(name, key) the manifest is signed with, loaded before anything is written."""
    from marker import keys

    name = exporter_name(name)
    try:
        return name, keys.signing_key(name, passphrase=passphrase)
    except keys.WrongPassphrase as exc:
        raise keys.WrongPassphrase(f"the export signs its manifest with your key: {exc}") from None
    except keys.KeyProblem as exc:
        raise MarkerError(f"the export signs its manifest with your key: {exc}") from None


def _trust_file(selected: list[StoredSession]) -> Path | None:
    """The centre's trust file: beside the sessions, else in the sessions folder."""
    from marker.config import load_config
    from marker.trust import trust_path

    folders = [item.path.parent for item in selected] + [load_config().sessions_folder()]
    return next((trust_path(f) for f in folders if trust_path(f).is_file()), None)


def _rubric_for(item: StoredSession, rubrics: dict[str, Rubric]) -> Rubric:
    unit = item.session.unit
    found = rubrics.get(unit) or next((r for k, r in rubrics.items() if k.casefold() == unit.casefold()), None)
    if found is None:
        raise MarkerError(f"{item.path}: unit {unit} has no rubric, so its sheets cannot be written; "
                          "add the unit's rubric (see `marker rubrics`) or leave it out with --unit")
    return found


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled()


# --- the contents ------------------------------------------------------------------------------


def _fill(temp: Path, selected: list[StoredSession], rubrics: dict[str, Rubric], *, pdf: bool,
          progress: Progress, cancel: threading.Event | None, warn: Callable[[str], None], signer,
          trust_file: Path | None) -> None:
    soffice = find_libreoffice() if pdf else None
    created = datetime.now(UTC).replace(microsecond=0)
    folders = UniqueNames([name for name, _ in TOP_FILES] + [TRUST_COPY[0]] + (["schedule.pdf"] if soffice else []))
    entries: list[_Entry] = []
    for done, item in enumerate(selected, 1):
        progress(done, len(selected), display_text(f"{item.session.learner_name} {item.session.unit}"))
        _check(cancel)
        entries.append(_session_folder(temp, item, rubrics, folders, pdf=bool(soffice), cancel=cancel))
        if entries[-1].identifying:
            warn(f"{display_text(item.session.learner_name)} {item.session.unit}: {_anonymise_note(entries[-1])}")
    progress(len(selected), len(selected), "schedule, index and manifest")
    rows = [schedule_row(e.session, e.rubric, e.folder, draft=e.draft, notes=_notes(e)) for e in entries]
    title = _title(entries, created)
    _write_new(temp / "schedule.csv", schedule_csv(rows))
    _write_new(temp / "schedule.docx", schedule_docx(rows, title))
    if soffice:
        jobs = [(temp / e.folder / docx.name, temp / e.folder / name) for e in entries for docx, name in e.pdfs]
        _convert_to_pdf(soffice, [*jobs, (temp / "schedule.docx", temp / "schedule.pdf")], temp, cancel)
    rows = [replace(row, files=tuple(f"{name}: {what}" for name, what in sorted(e.described.items())))
            for row, e in zip(rows, entries)]
    listed = TOP_FILES[:2] + ([("schedule.pdf", "schedule of results (PDF)")] if soffice else []) + TOP_FILES[2:]
    if trust_file is not None:
        try:
            _write_new(temp / TRUST_COPY[0], trust_file.read_bytes())
        except OSError as exc:
            raise MarkerError(f"{trust_file}: cannot be read ({exc.strerror}); nothing was exported") from None
        listed.append(TRUST_COPY)
    heading = [title, f"marker {__version__}"] + ([PDF_SKIPPED] if pdf and not soffice else [])
    _write_new(temp / "index.txt", index_text(rows, heading, listed).encode("utf-8"))
    _make_private(temp)
    write_manifest(temp, created.isoformat(), len(entries), [s for e in entries for s in e.submissions], signer)


def _session_folder(temp: Path, item: StoredSession, rubrics: dict[str, Rubric], folders: UniqueNames, *,
                    pdf: bool, cancel: threading.Event | None) -> _Entry:
    """One session's folder: sheets, the session file and the submission files as judged."""
    raw, session = _read_session(item)
    rubric = rubrics[_rubric_for(StoredSession(item.path, session), rubrics).unit]
    folder = folders.claim(f"{safe_name(session.learner_name, fallback='learner')}_"
                       f"{safe_name(session.learner_reg, 20, 'noreg')}_{safe_name(session.unit, 20, 'unit')}"
                       f"_attempt{session.attempt}", extension=False)
    where = temp / folder
    os.mkdir(where, 0o700)
    draft = not is_final(session)
    identifying = to_anonymise(details_in_files([Path(f.path) for f in session.files], session.learner_name),
                               session.not_identifying)
    sheets = _write_sheets(item.path, session, rubric, where, draft, identifying)
    entry = _Entry(item, session, rubric, folder, draft, UniqueNames(os.listdir(where)),
                   identifying=len(identifying or ()))
    kinds = ["mark sheet" if rubric.scheme is Scheme.MARKS else "result sheet", "learner feedback report"]
    for number, sheet in enumerate(sheets):
        entry.described[sheet.name] = (kinds[number] if number < len(kinds) else "sheet") + (" (DRAFT)" if draft else "")
        if pdf and sheet.suffix.lower() == ".docx":
            name = entry.names.claim(sheet.with_suffix(".pdf").name)
            entry.pdfs.append((sheet, name))
            entry.described[name] = f"PDF copy of {sheet.name}"
    session_name = entry.names.claim(safe_filename(item.path.name))
    _write_new(where / session_name, raw)
    entry.described[session_name] = "the session file: every decision, the audit log and the signatures"
    for judged in session.files:
        _check(cancel)
        rel = entry.names.claim(safe_relative(judged.name))
        _copy_as_judged(judged, where / rel, item.path, cancel)
        entry.described[rel] = f"submission file as judged, SHA-256 {judged.sha256[:16]}…"
        entry.submissions.append({"session": f"{folder}/{session_name}", "name": judged.name, "path": f"{folder}/{rel}",
                                  "sha256": judged.sha256})
    return entry


def _read_session(item: StoredSession) -> tuple[bytes, Session]:
    """The session file's bytes and the session they hold, read once: the sheets and the copy always agree,
    even if someone saved the session since it was selected."""
    try:
        raw = item.path.read_bytes()
        return raw, loads(raw.decode("utf-8"))
    except OSError as exc:
        raise MarkerError(f"{item.path}: cannot be read ({exc.strerror}); check the file, nothing was exported") from None
    except ValueError as exc:  # not UTF-8, not TOML, or not a session (FormatProblem)
        raise MarkerError(f"{item.path}: is no longer a readable session ({exc}); restore it from a backup "
                          "or leave it out, nothing was exported") from None


def _write_sheets(session_path: Path, session: Session, rubric: Rubric, folder: Path, draft: bool,
                  identifying) -> list[Path]:
    """The result (or mark) sheet and the learner report (with what to anonymise), in that order."""
    try:
        written = [Path(p) for p in write_sheets(session, rubric, folder, draft=draft, identifying=identifying)]
    except (ValueError, KeyError, TypeError) as exc:  # python-docx refusing a value, say
        why = " ".join(str(exc).split())[:160]
        raise MarkerError(f"{session_path}: its sheets could not be written ({why}); correct the session "
                          "or leave it out, nothing was exported") from None
    return [p for p in written if p.parent == folder]


def _copy_as_judged(judged: SubmissionFile, dest: Path, session_path: Path, cancel: threading.Event | None) -> None:
    """Copy a submission file, hashing it on the way: it must be the bytes the assessor judged."""
    source = Path(judged.path)
    what = f"judged in {session_path.name}"
    try:
        handle = open(source, "rb")
    except FileNotFoundError:
        raise MarkerError(f"{source}: missing (the submission file {what}); put it back as it was judged, "
                          "or leave that session out; nothing was exported") from None
    except OSError as exc:
        raise MarkerError(f"{source}: cannot be read ({exc.strerror}), the submission file {what}; "
                          "fix its permissions or leave that session out; nothing was exported") from None
    digest = hashlib.sha256()
    private_dir(dest.parent)
    with handle, _open_new(dest) as out:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            _check(cancel)
            digest.update(chunk)
            out.write(chunk)
    if digest.hexdigest() != judged.sha256.lower():
        raise MarkerError(f"{source}: changed since it was judged (SHA-256 differs from {session_path.name}); "
                          "restore the file as judged, or leave that session out; nothing was exported")


def _open_new(path: Path):
    """A new file, 0600; never follows or replaces anything already there."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600), "wb")


def _write_new(path: Path, data: bytes) -> None:
    with _open_new(path) as handle:
        handle.write(data)


def _make_private(folder: Path) -> None:
    """Folders 0700 and files 0600, whatever wrote them (sheets, LibreOffice)."""
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o700, follow_symlinks=False)
        for name in files:
            path = os.path.join(root, name)
            if not os.path.islink(path):
                os.chmod(path, 0o600)


def _title(entries: list[_Entry], created: datetime) -> str:
    centres = sorted({f"{e.session.centre_number} {e.session.centre_name}".strip() for e in entries} - {""})
    centre = f" · centre {', '.join(display_text(c) for c in centres)}" if centres else ""
    return f"Bundle for External Quality Assurance, exported {created.astimezone():%Y-%m-%d %H:%M}{centre}"


def _notes(entry: _Entry) -> tuple[str, ...]:
    notes = []
    if entry.draft:
        notes.append(f"DRAFT: status {entry.session.status.value}, not signed and QA-confirmed")
    if entry.identifying:
        notes.append(_anonymise_note(entry))
    if entry.session.rubric_digest != entry.rubric.digest:
        notes.append(f"the {entry.rubric.unit} rubric has changed since this session began; "
                     "the sheets use its current wording")
    return tuple(notes)


# --- PDF copies --------------------------------------------------------------------------------


def _convert_to_pdf(soffice: str, jobs: list[tuple[Path, Path]], temp: Path, cancel: threading.Event | None) -> None:
    """Convert every (docx, pdf) pair with as few LibreOffice starts as possible (each takes a second or more).

    LibreOffice gets its own profile folder, so a copy the user has open does not swallow the job.
    """
    work = temp / ".pdf-work"
    inbox, outbox = private_dir(work / "in"), private_dir(work / "out")
    for number, (docx, _) in enumerate(jobs):
        shutil.copyfile(docx, inbox / f"{number:05d}.docx")
    profile = f"-env:UserInstallation={(work / 'profile').as_uri()}"
    names = sorted(p.name for p in inbox.iterdir())
    for start in range(0, len(names), 200):
        batch = [str(inbox / n) for n in names[start:start + 200]]
        command = [soffice, profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(outbox), *batch]
        _run(command, timeout=60 + 5 * len(batch), cancel=cancel, log=work / "soffice.log")
    for number, (docx, pdf) in enumerate(jobs):
        converted = outbox / f"{number:05d}.pdf"
        if not converted.is_file():
            raise MarkerError(f"{docx.relative_to(temp)}: LibreOffice did not convert it to PDF; export again "
                              "without --pdf, or check `soffice --headless --convert-to pdf` works")
        os.replace(converted, pdf)
    shutil.rmtree(work)


def _run(command: list[str], *, timeout: float, cancel: threading.Event | None, log: Path) -> None:
    with open(log, "ab") as output:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=output, stderr=output)
    deadline = time.monotonic() + timeout
    try:
        while process.poll() is None:
            _check(cancel)
            if time.monotonic() > deadline:
                raise MarkerError(f"LibreOffice took over {timeout:.0f} s to convert the sheets to PDF; "
                                  "export again without --pdf")
            try:
                process.wait(timeout=0.2)
            except subprocess.TimeoutExpired:
                pass
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


# --- publishing --------------------------------------------------------------------------------


def _publish_folder(temp: Path, target: Path) -> None:
    """One rename: the bundle appears whole. An empty folder at ``target`` is replaced, any other refused."""
    try:
        os.rename(temp, target)
    except OSError as exc:
        if target.exists():
            raise MarkerError(f"{target}: appeared while exporting and is not empty; choose another --out, "
                              "nothing was exported") from None
        raise exc
    _fsync_dir(target.parent)


def _write_zip(folder: Path, target: Path, top: str) -> None:
    """``target``: every file under one folder ``top/``, in sorted order, each 0600 when unpacked."""
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.partial-", dir=target.parent)
    stamp = time.localtime()[:6]
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                for rel in sorted([*bundle_files(folder), MANIFEST]):
                    info = zipfile.ZipInfo(f"{top}/{rel}", date_time=stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o100600 << 16
                    size = (folder / rel).stat().st_size
                    with open(folder / rel, "rb") as source, archive.open(info, "w", force_zip64=size > 1 << 31) as out:
                        shutil.copyfileobj(source, out, 1 << 20)
            handle.flush()
            os.fsync(handle.fileno())
        _publish_file(Path(temp), target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _publish_file(temp: Path, target: Path) -> None:
    """Give ``temp`` the name ``target`` unless something has taken it meanwhile."""
    try:
        os.link(temp, target)  # fails if target exists: never overwrites
    except FileExistsError:
        raise MarkerError(f"{target}: appeared while exporting; choose another --out, nothing was exported") from None
    except OSError:  # no hard links on this filesystem (FAT, some network shares)
        if target.exists():
            raise MarkerError(f"{target}: appeared while exporting; choose another --out, nothing was exported") from None
        os.replace(temp, target)
    else:
        temp.unlink()
    _fsync_dir(target.parent)



def _anonymise_note(entry: _Entry) -> str:
    n = entry.identifying
    return (f"{n} identifying detail{'s' if n > 1 else ''} still in the submission (names, personal e-mail or phone); "
            "anonymise before filing, the learner report lists them")
