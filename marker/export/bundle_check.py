"""Verifying a bundle from its own contents: the manifest's signature, each session against its bundled files,
and the schedule against the sessions.

Nothing outside the bundle is read: the submission files checked are the copies the
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
from pathlib import Path, PurePosixPath

from marker.errors import MarkerError
from marker.export.manifest import FORMAT, MANIFEST, signed_bytes
from marker.export.schedule import COLUMNS, inert, schedule_row
from marker.export.select import is_final
from marker.names import same_name
from marker.report import Report
from marker.session import Session
from marker.store import load
from marker.trust import Trust, TrustProblem, read_trust, trust_path


def check_bundle(root: Path, rubric_for, verify_session, centre_key: str = "") -> Report:
    """Everything about the bundle at ``root`` (an unpacked folder) beyond each file's digest.

    ``verify_session`` is ``marker.verify``'s, passed in by it (which calls this).
    ``centre_key`` is the fingerprint the centre gave the EQA: the bundle's trust file must begin with it.
    """
    report = Report()
    try:
        body = json.loads((root / MANIFEST).read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError, ValueError):
        return report  # the manifest check has said what is wrong with it
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        return report
    trust = _trust(root)
    if centre_key and isinstance(trust, Trust) and trust.root.key.fingerprint != centre_key:
        trust = TrustProblem(f"{trust_path(root).name}: begins with centre key {trust.root.key.fingerprint}, "
                             f"not {centre_key} as you were given: it is not that centre's")
    elif centre_key and trust is None:
        trust = TrustProblem(f"the bundle has no trust file, so it cannot show centre key {centre_key}")
    if isinstance(trust, TrustProblem):
        report.problems.append(str(trust))
    if isinstance(trust, Trust):
        report.checked.append(f"{trust_path(root).name}: the centre's key is {trust.root.key.fingerprint} "
                              f"({trust.root.name}); check it is the fingerprint your centre gave you")
    report.extend(_manifest_signature(body, trust))
    mapped = _submission_map(body, report)
    sessions: dict[str, Session] = {}
    for path in sorted(root.rglob("*.toml")):
        rel = path.relative_to(root).as_posix()
        try:
            session = load(path)
        except MarkerError as exc:
            report.problems.append(str(exc))
            continue
        sessions[rel] = session
        bundled = _bundled_copies(root, rel, session, mapped.pop(rel, {}), report)
        report.extend(verify_session(session, rubric_for(session.unit), path, require_signed=False, trust=trust,
                                     bundled=bundled))
    for rel in sorted(mapped):
        report.problems.append(f"{rel}: the manifest maps submission files for this session, but it is not in the "
                               "bundle (a session folder was removed)")
    if body.get("sessions") != len(sessions):
        report.problems.append(f"{MANIFEST}: says {body.get('sessions')} sessions, the bundle holds {len(sessions)}")
    report.extend(_schedule(root, sessions, rubric_for))
    return report


def _trust(root: Path) -> Trust | TrustProblem | None:
    path = trust_path(root)
    if not path.is_file():
        return None
    try:
        return read_trust(path)
    except TrustProblem as exc:
        return exc


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
    elif (grant := trust.trusted_on(key, signature["signed_at"])) is None:
        report.problems.append(f"{who}, which the bundle's trust file does not trust on {signature['signed_at'][:10]}")
    elif signature["name"] and not same_name(grant.name, signature["name"]):
        report.problems.append(f"{who}, but that key belongs to {grant.name} in the trust file")
    else:
        report.checked.append(f"{who}, trusted as {grant.role}")
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


def _bundled_copies(root: Path, rel: str, session: Session, mapped: dict[str, tuple[str, str]],
                    report: Report) -> dict[str, Path]:
    """Each judged file's copy in the bundle, as the manifest maps it; every disagreement is a problem."""
    judged = {f.name: f.sha256 for f in session.files}
    copies: dict[str, Path] = {}
    for name, (path, sha) in sorted(mapped.items()):
        if name not in judged:
            report.problems.append(f"{rel}: the manifest maps a submission file {name!r} the session did not judge")
        elif sha != judged[name]:
            report.problems.append(f"{rel}: the manifest's SHA-256 for {name} is not the one the session recorded")
        else:
            copies[name] = root / path
    return copies


def _schedule(root: Path, sessions: dict[str, Session], rubric_for) -> Report:
    """``schedule.csv`` says what the sessions say: one row per session, cell for cell."""
    report = Report()
    path = root / "schedule.csv"
    try:
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
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
