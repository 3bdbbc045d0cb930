"""JSON nested deeper than the decoder goes, planted where marker reads JSON from others (a
lock file on a shared folder, a session's sealed listing, a bundle's manifest), is refused
or ignored like any damaged file, never raised as a RecursionError."""

from __future__ import annotations

from marker.export.bundle_check import check_bundle
from marker.export.manifest import MANIFEST, FolderBundle, verify_bundle
from marker.lock import holder, lock_path
from marker.session_listing import TABLE, head_record, sealed

DEEP = "[" * 100_000 + "]" * 100_000


def test_a_lock_file_names_no_holder(tmp_path):
    session = tmp_path / "R1_8584-200_attempt1.toml"
    session.write_text("", encoding="utf-8")
    lock_path(session).write_text("[" * 30_000 + "]" * 30_000, encoding="utf-8")  # within the 64 KB read
    assert holder(session) is None


def test_a_sealed_listing_is_read_in_full_instead():
    raw = sealed(f'format = 3\n{TABLE}\nlearner_name = {DEEP}\n', "").encode()
    assert head_record(raw) is None


def test_a_bundles_manifest_is_a_problem_named_in_one_line(tmp_path):
    (tmp_path / MANIFEST).write_text(DEEP, encoding="ascii")
    problems = verify_bundle(tmp_path)
    assert any(p.startswith(f"{MANIFEST}: not valid JSON") for p in problems), problems
    assert not check_bundle(FolderBundle(tmp_path), lambda unit: None).problems
