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


def test_a_sealed_listing_with_a_lone_surrogate_is_read_in_full_instead():
    # JSON takes "\ud800"; TOML does not, and the name could not be written out again.
    raw = sealed(f'format = 3\n{TABLE}\nlearner_name = "Jordan \\ud800 Ellis"\n', "").encode()
    assert head_record(raw) is None


def test_marker_list_names_a_session_file_with_a_lone_surrogate_and_lists_the_rest(tmp_path, capsys):
    import hashlib
    import re

    from marker.cli import main
    from test_tui_marking import demo_marking

    _, marking = demo_marking(tmp_path)
    marking.close()
    _, other = demo_marking(tmp_path / "second")
    other.close()
    folder = marking.path.parent
    (folder / "second.toml").write_bytes(other.path.read_bytes())
    # Anyone can seal a file: the check is a digest, not a signature.
    raw = marking.path.read_bytes().replace(b'"Jordan Ellis"', b'"Jordan \\ud800 Ellis"')
    check = re.search(rb'\ncheck = "sha256:[0-9a-f]{64}"\n', raw)
    before, after = raw[:check.start() + 1], raw[check.end():]
    digest = hashlib.sha256(before + after).hexdigest().encode()
    marking.path.write_bytes(before + b'check = "sha256:' + digest + b'"\n' + after)
    for _ in range(2):  # the second time from the listing index
        assert main(["list", "--sessions", str(folder)]) in (0, 1, 2)
        out, err = capsys.readouterr()
        assert marking.path.name in out + err and "Jordan Ellis" in out, (out, err)
