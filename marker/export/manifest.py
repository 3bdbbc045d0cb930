"""The bundle's manifest: the SHA-256 and size of every other file, and checking them.

``manifest.json`` lists every file but itself, maps each session's submission files (by
the name they were judged under) to their bundled, renamed copies, and is signed by
whoever exported, with their key (``signature``: name, public key, time, Ed25519
signature over the rest). It also carries a digest of its own content and is written
in one canonical layout, so a changed byte anywhere in it is named too. A manifest
regenerated after an edit is not signed by a key the bundle's trust file trusts, so
``marker verify`` refuses it (``marker.export.bundle_check``).
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marker.keys import SigningKey

from marker.errors import SessionError
from marker.export.zipread import MemberError, hash_member, open_zip, read_member
from marker.fileio import open_regular
from marker.session import Session
from marker.store import MAX_SESSION_BYTES, load, session_from_bytes

MANIFEST = "manifest.json"
MAX_MANIFEST = 64 << 20
"""Bytes of manifest.json read from a zip (one line per file: a large cohort's is a few MB)."""
FORMAT = "marker-eqa-bundle/2"
OLD_FORMATS = ("marker-eqa-bundle/1",)
"""Bundles made before marker had keys: no signature and no map of the submission files."""
SIGNED_AS = b"marker-eqa-manifest-2\n"


def sha256_file(path: Path) -> tuple[str, int]:
    """SHA-256 and size of a file, read in chunks."""
    digest, size = hashlib.sha256(), 0
    with open_regular(path) as handle:  # a pipe or device in a bundle folder is refused, not read for ever
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def bundle_files(folder: Path) -> list[str]:
    """Every file under ``folder`` as a relative posix path, sorted, the manifest left out."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            rel = Path(root, name).relative_to(folder).as_posix()
            if rel != MANIFEST:
                found.append(rel)
    return sorted(found)


def manifest_text(files: list[dict], created: str, sessions: int, submissions: list[dict] | None = None,
                  signer: tuple[str, SigningKey] | None = None) -> str:
    """The manifest as written: canonical JSON, signed by ``signer`` (name, key), with a digest of its own content."""
    body: dict = {"format": FORMAT, "created": created, "sessions": sessions, "files": files,
                  "submissions": submissions or []}
    if signer is not None:
        name, key = signer
        body["signature"] = {"name": name, "key": key.public.text, "signed_at": created,
                             "value": key.sign(signed_bytes(body))}
    body["digest"] = _self_digest(body)
    return _canonical(body)


def signed_bytes(body: dict) -> bytes:
    """What the exporter's key signs: the manifest without its signature and self-digest."""
    rest = {k: v for k, v in body.items() if k not in ("digest", "signature")}
    return SIGNED_AS + json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def write_manifest(folder: Path, created: str, sessions: int, submissions: list[dict] | None = None,
                   signer: tuple[str, SigningKey] | None = None) -> Path:
    """Hash every file in the folder and write ``manifest.json`` (0600) beside them.

    ``submissions`` maps each session's judged files to their copies:
    ``{"session": "<folder>/<session>.toml", "name": judged name, "path": "<folder>/<copy>", "sha256": …}``.
    """
    files = []
    for rel in bundle_files(folder):
        sha, size = sha256_file(folder / rel)
        files.append({"path": rel, "sha256": sha, "size": size})
    path = folder / MANIFEST
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(manifest_text(files, created, sessions, submissions, signer))
    return path


def _canonical(body: dict) -> str:
    return json.dumps(body, indent=2, sort_keys=True, ensure_ascii=True) + "\n"


def _self_digest(body: dict) -> str:
    rest = {k: v for k, v in body.items() if k != "digest"}
    return hashlib.sha256(json.dumps(rest, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


# --- verifying ---------------------------------------------------------------------------------


def verify_bundle(path: Path) -> list[str]:
    """Every problem with a bundle folder or ``.zip``, one line each naming the file; empty when intact."""
    path = Path(path)
    if path.is_dir():
        return _verify(FolderBundle(path))
    if path.is_file() and zipfile.is_zipfile(path):
        try:
            with open_zip(path) as archive:
                return _verify(ZipBundle(archive))
        except (zipfile.BadZipFile, OSError, MemberError) as exc:
            return [f"{path.name}: the zip cannot be read ({exc}); export again"]
    if not path.exists():
        return [f"{path}: no such bundle; give the folder or .zip that `marker export` wrote"]
    return [f"{path}: not a bundle folder or .zip; give the folder or .zip that `marker export` wrote"]


def _verify(bundle: Bundle) -> list[str]:
    problems: list[str] = []
    try:
        raw = bundle.read(MANIFEST)
    except FileNotFoundError:
        return [f"{MANIFEST}: missing; this is not a marker bundle, or its manifest was removed"]
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        return [f"{MANIFEST}: cannot be read ({exc})"]
    listed = _listed_files(raw, problems)
    if listed is None:
        return problems
    present = set(bundle.files(problems))
    for rel, (sha, size) in sorted(listed.items()):
        if rel not in present:
            problems.append(f"{rel}: missing (listed in the manifest)")
            continue
        try:
            actual_sha, actual_size = bundle.digest(rel)
        except (OSError, zipfile.BadZipFile, ValueError) as exc:
            problems.append(f"{rel}: cannot be read ({exc})")
            continue
        if actual_sha != sha:
            problems.append(f"{rel}: SHA-256 differs from the manifest")
        elif actual_size != size:
            problems.append(f"{rel}: size differs from the manifest")
    problems += [f"{rel}: not in the manifest" for rel in sorted(present - set(listed) - {MANIFEST})]
    return problems


def _listed_files(raw: bytes, problems: list[str]) -> dict[str, tuple[str, int]] | None:
    """The manifest's files by path; None (with a problem) when it is unusable."""
    try:
        body = json.loads(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: nested past the decoder
        problems.append(f"{MANIFEST}: not valid JSON; it was changed or damaged, export again")
        return None
    if (not isinstance(body, dict) or body.get("format") not in (FORMAT, *OLD_FORMATS)
            or not isinstance(body.get("files"), list)):
        problems.append(f"{MANIFEST}: not a marker bundle manifest ({FORMAT}); it was changed, or export again")
        return None
    if body["format"] in OLD_FORMATS:
        problems.append(f"{MANIFEST}: made by an older marker (unsigned, without a map of the submission files), "
                        "so the bundle cannot be verified from its own contents; export it again")
    if body.get("digest") != _self_digest(body) or raw.decode("ascii") != _canonical(body):
        problems.append(f"{MANIFEST}: changed since export (it no longer matches its own digest)")
    listed: dict[str, tuple[str, int]] = {}
    for entry in body["files"]:
        rel = entry.get("path") if isinstance(entry, dict) else None
        if not isinstance(rel, str) or not _safe_relative(rel):
            problems.append(f"{MANIFEST}: lists an unsafe or malformed entry {str(rel)[:80]!r}")
            continue
        listed[rel] = (str(entry.get("sha256")), entry.get("size"))
    return listed


def _safe_relative(rel: str) -> bool:
    pure = PurePosixPath(rel)
    return bool(rel) and not pure.is_absolute() and ".." not in pure.parts and "\\" not in rel and "\x00" not in rel


class FolderBundle:
    """A bundle folder, read file by file: the same questions ``ZipBundle`` answers for a zip."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def read(self, rel: str, limit: int | None = None) -> bytes:
        return (self.root / rel).read_bytes()

    def files(self, problems: list[str]) -> list[str]:
        found = []
        for rel in bundle_files(self.root):
            if (self.root / rel).is_symlink():
                problems.append(f"{rel}: is a symbolic link; a bundle holds plain files only")
            else:
                found.append(rel)
        return found

    def has(self, rel: str) -> bool:
        return (self.root / rel).is_file()

    def where(self, rel: str) -> Path:
        """The path that names ``rel`` in a report line."""
        return self.root / rel

    def digest(self, rel: str) -> tuple[str, int]:
        return sha256_file(self.root / rel)

    def session(self, rel: str) -> Session:
        """The session file ``rel``. Raises ``SessionError`` naming it."""
        return load(self.root / rel)


class ZipBundle:
    """A zip holding the bundle, under one top-level folder (as ``marker export --zip`` writes it) or not.

    Every member is read within a limit (``marker.export.zipread``); nothing is unpacked.
    """

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        names = [i.filename for i in archive.infolist() if not i.is_dir()]
        tops = {n.split("/", 1)[0] for n in names}
        top = next(iter(tops)) + "/" if len(tops) == 1 and f"{next(iter(tops))}/{MANIFEST}" in names else ""
        self.prefix = top
        self.members = {n[len(top):]: n for n in names if n.startswith(top)}

    def read(self, rel: str, limit: int | None = None) -> bytes:
        """Raises ``FileNotFoundError`` if absent, ``MemberError`` if damaged or over ``limit`` (``MAX_MANIFEST``)."""
        if rel not in self.members:
            raise FileNotFoundError(rel)
        return read_member(self.archive, self.members[rel], limit or MAX_MANIFEST)

    def files(self, problems: list[str]) -> list[str]:
        found = []
        for rel in self.members:
            if not _safe_relative(rel):
                problems.append(f"{rel}: unsafe name inside the zip; do not unpack it, export again")
            else:
                found.append(rel)
        return found

    def has(self, rel: str) -> bool:
        return rel in self.members

    def where(self, rel: str) -> Path:
        return Path(rel)

    def digest(self, rel: str) -> tuple[str, int]:
        return hash_member(self.archive, self.members[rel])

    def session(self, rel: str) -> Session:
        """The session member ``rel``, parsed from its bytes. Raises ``SessionError`` naming it."""
        try:
            raw = self.read(rel, MAX_SESSION_BYTES)
        except FileNotFoundError:
            raise SessionError(f"{rel}: is not in the zip") from None
        except MemberError as exc:
            raise SessionError(f"{rel}: {exc}") from None
        return session_from_bytes(raw, Path(rel))


Bundle = FolderBundle | ZipBundle
