"""Verifying a bundle from its own contents: the manifest's signature, each session against its bundled files,
and the schedule against the sessions.

The bundle is read through ``marker.export.manifest``'s ``FolderBundle`` or
``ZipBundle``, so a zip is checked member by member, never unpacked. Nothing outside
the bundle is read: the submission files checked are the copies the
manifest maps each judged name to, and the keys trusted are those of the bundle's own
copy of the centre's trust file (``trusted-keys``). So a swapped copy, a renamed or
extra file, an edited ``schedule.csv``, a deleted session folder or an added unsigned
session fails — and regenerating the manifest does not help, because the manifest is
signed by whoever exported and a new one is not signed by a key the centre trusts.

The bundle's trust file is itself only as good as its first entry, the centre's key
(trust on first use): verify prints that key's fingerprint so the EQA can check it
against the one the centre gave them.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import PurePosixPath

from marker.errors import MarkerError
from marker.export.manifest import FORMAT, MANIFEST, Bundle, signed_bytes
from marker.export.schedule import COLUMNS, inert, schedule_row
from marker.export.select import is_final
from marker.names import same_name
from marker.report import Report
from marker.session import Session, SubmissionFile
from marker.trust import TRUST_FILE, Trust, TrustProblem, trust_from_bytes
from marker.verify_session import FileDigest, verify_session

MAX_TRUST = 16 << 20
"""Bytes of the bundle's trust file read from a zip (a few hundred bytes per change)."""
MAX_SCHEDULE = 64 << 20
"""Bytes of schedule.csv read from a zip (one short row per session)."""


def check_bundle(bundle: Bundle, rubric_for, centre_key: str = "",
                 sessions: dict[str, Session] | None = None) -> Report:
    """Everything about the bundle beyond each file's digest, read through ``bundle`` (a folder or a zip's members).

    ``centre_key`` is the fingerprint the centre gave the EQA: the bundle's trust file must begin with it.
    ``sessions``, if given, is filled with every session read, by its path in the bundle.
    """
    report = Report()
    try:
        body = json.loads(bundle.read(MANIFEST).decode("ascii"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return report  # the manifest check has said what is wrong with it (MemberError is a ValueError)
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        return report
    trust = _trust(bundle)
    if centre_key and isinstance(trust, Trust) and trust.root.key.fingerprint != centre_key:
        trust = TrustProblem(f"{TRUST_FILE}: begins with centre key {trust.root.key.fingerprint}, "
                             f"not {centre_key} as you were given: it is not that centre's")
    elif centre_key and trust is None:
        trust = TrustProblem(f"the bundle has no trust file, so it cannot show centre key {centre_key}")
    if isinstance(trust, TrustProblem):
        report.problems.append(str(trust))
    if isinstance(trust, Trust):
        report.checked.append(f"{TRUST_FILE}: the centre's key is {trust.root.key.fingerprint} "
                              f"({trust.root.name}); check it is the fingerprint your centre gave you")
    report.extend(_manifest_signature(body, trust))
    mapped = _submission_map(body, report)
    found: dict[str, Session] = {} if sessions is None else sessions
    for rel in sorted(r for r in bundle.files([]) if r.endswith(".toml")):
        try:
            session = bundle.session(rel)
        except MarkerError as exc:
            report.problems.append(str(exc))
            continue
        found[rel] = session
        copies = _bundled_copies(rel, session, mapped.pop(rel, {}), report)
        report.extend(verify_session(session, rubric_for(session.unit), bundle.where(rel), require_signed=False,
                                     trust=trust, file_digest=_copy_digest(bundle, copies)))
    for rel in sorted(mapped):
        report.problems.append(f"{rel}: the manifest maps submission files for this session, but it is not in the "
                               "bundle (a session folder was removed)")
    if body.get("sessions") != len(found):
        report.problems.append(f"{MANIFEST}: says {body.get('sessions')} sessions, the bundle holds {len(found)}")
    report.extend(_schedule(bundle, found, rubric_for))
    return report


def _trust(bundle: Bundle) -> Trust | TrustProblem | None:
    if not bundle.has(TRUST_FILE):
        return None
    try:
        return trust_from_bytes(bundle.read(TRUST_FILE, MAX_TRUST), bundle.where(TRUST_FILE))
    except TrustProblem as exc:
        return exc
    except (OSError, ValueError) as exc:  # a damaged or oversized member
        return TrustProblem(f"{TRUST_FILE}: cannot be read ({exc}); export again")


def _manifest_signature(body: dict, trust: Trust | TrustProblem | None) -> Report:
    from marker.keys import PublicKey

    report = Report()
    signature = body.get("signature")
    if not isinstance(signature, dict) or not all(isinstance(signature.get(k), str)
                                                  for k in ("name", "key", "signed_at", "value")):
        report.problems.append(f"{MANIFEST}: not signed; a bundle's manifest is signed by whoever exported it "
                               "(was it written again after export?)")
        return report
    try:
        key = PublicKey.parse(signature["key"])
    except ValueError as exc:
        report.problems.append(f"{MANIFEST}: its signer's key is not a public key ({exc})")
        return report
    who = f"{MANIFEST}: signed by {signature['name'] or '(no name)'} with key {key.fingerprint}"
    if not key.verifies(signature["value"], signed_bytes(body)):
        report.problems.append(f"{MANIFEST}: its signature does not match it: the manifest was changed or written "
                               "again after export")
        return report
    if trust is None:
        report.problems.append(f"{who}, but the bundle has no trust file (trusted-keys), so no key can be trusted")
    elif isinstance(trust, TrustProblem):
        report.problems.append(f"{who}, but the bundle's trust file is broken: {trust}")
    elif (grant := trust.trusted_on(key, signature["signed_at"], signature["name"])) is None:
        report.problems.append(f"{who}, which the bundle's trust file does not trust on {signature['signed_at'][:10]}")
    elif signature["name"] and not same_name(grant.name, signature["name"]) and grant.role != "centre":
        # The centre's key signs for the centre whoever holds it (its holder exports under their own name).
        report.problems.append(f"{who}, but that key belongs to {grant.name} in the trust file")
    else:
        held = "" if same_name(grant.name, signature["name"]) else f" ({grant.name})"
        report.checked.append(f"{who}, trusted as {grant.role}{held}")
    return report


def _submission_map(body: dict, report: Report) -> dict[str, dict[str, tuple[str, str]]]:
    """session file → judged name → (bundled path, SHA-256 judged)."""
    mapped: dict[str, dict[str, tuple[str, str]]] = {}
    entries = body.get("submissions")
    if not isinstance(entries, list):
        report.problems.append(f"{MANIFEST}: has no map of the submission files; export again")
        return mapped
    for entry in entries:
        fields = [entry.get(k) if isinstance(entry, dict) else None for k in ("session", "name", "path", "sha256")]
        if not all(isinstance(f, str) for f in fields) or not all(_safe(f) for f in (fields[0], fields[2])):
            report.problems.append(f"{MANIFEST}: a submission entry is malformed or unsafe ({str(entry)[:80]})")
            continue
        session, name, path, sha = fields
        mapped.setdefault(session, {})[name] = (path, sha)
    return mapped


def _safe(rel: str) -> bool:
    pure = PurePosixPath(rel)
    return bool(rel) and not pure.is_absolute() and ".." not in pure.parts and "\\" not in rel and "\x00" not in rel


def _bundled_copies(rel: str, session: Session, mapped: dict[str, tuple[str, str]],
                    report: Report) -> dict[str, str]:
    """Each judged file's copy in the bundle, as the manifest maps it; every disagreement is a problem."""
    judged = {f.name: f.sha256 for f in session.files}
    copies: dict[str, str] = {}
    for name, (path, sha) in sorted(mapped.items()):
        if name not in judged:
            report.problems.append(f"{rel}: the manifest maps a submission file {name!r} the session did not judge")
        elif sha != judged[name]:
            report.problems.append(f"{rel}: the manifest's SHA-256 for {name} is not the one the session recorded")
        else:
            copies[name] = path
    return copies


def _copy_digest(bundle: Bundle, copies: dict[str, str]) -> FileDigest:
    """Each judged file hashed from its copy in the bundle only, never from anywhere else on the machine."""
    def digest(file: SubmissionFile) -> tuple[str, str]:
        rel = copies.get(file.name)
        if rel is None or not bundle.has(rel):
            raise MarkerError(f"file {file.name} is not in the bundle")
        try:
            return bundle.digest(rel)[0], str(bundle.where(rel))
        except (OSError, ValueError) as exc:  # a damaged or oversized member: one line, the rest still checked
            raise MarkerError(f"file {rel} cannot be read ({exc})") from None
    return digest


def _schedule(bundle: Bundle, sessions: dict[str, Session], rubric_for) -> Report:
    """``schedule.csv`` says what the sessions say: one row per session, cell for cell."""
    report = Report()
    try:
        rows = list(csv.reader(io.StringIO(bundle.read("schedule.csv", MAX_SCHEDULE).decode("utf-8-sig"))))
    except (OSError, ValueError, csv.Error) as exc:  # UnicodeDecodeError and MemberError are ValueErrors
        report.problems.append(f"schedule.csv: cannot be read ({exc}); export again")
        return report
    if not rows or tuple(rows[0]) != COLUMNS:
        report.problems.append(f"schedule.csv: its header is not {', '.join(COLUMNS)}")
        return report
    found = {row[-1]: row for row in rows[1:] if row}
    wrong = 0
    for rel, session in sessions.items():
        rubric = rubric_for(session.unit)
        folder = PurePosixPath(rel).parent.as_posix()
        if rubric is None:
            continue  # the session's own check names the missing rubric
        expected = [inert(c) for c in schedule_row(session, rubric, folder, draft=not is_final(session)).cells()]
        row = found.pop(folder, None)
        if row is None:
            report.problems.append(f"schedule.csv: has no row for {folder}")
            wrong += 1
            continue
        for column, want, got in zip(COLUMNS, expected, row + [""] * len(COLUMNS)):
            if want != got:
                report.problems.append(f"schedule.csv: the row for {folder} says {column} {got!r}, "
                                       f"its session says {want!r}")
                wrong += 1
    for folder in sorted(found):
        report.problems.append(f"schedule.csv: has a row for {folder}, which has no session in the bundle")
        wrong += 1
    if not wrong:
        report.checked.append(f"schedule.csv: every row says what its session says ({len(sessions)} sessions)")
    return report
