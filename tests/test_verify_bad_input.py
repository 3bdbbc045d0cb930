"""Tampered, truncated or foreign files given to verify: one line each naming the file, exit 1, no traceback."""

import os
from pathlib import Path

import pytest

from marked import ASSESSOR, marked_session
from marker.catalogue import find_rubrics
from marker.cli import main
from marker.config import SHIPPED_RUBRICS
from marker.keys import create_key_pair
from marker.signing import sign
from marker.store import save

UNIT_200 = find_rubrics([SHIPPED_RUBRICS]).get("8584-200")


@pytest.fixture
def signed(tmp_path) -> Path:
    session = marked_session(UNIT_200, tmp_path / "files")
    sign(session, UNIT_200, ASSESSOR, ASSESSOR)
    return save(session, Path(os.environ["MARKER_SESSIONS"]))


def verify(capsys, *paths) -> tuple[int, list[str]]:
    status = main(["verify", "-q", *map(str, paths)])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return status, [line for line in out.out.splitlines() if line.startswith("FAIL")]


def test_a_signed_session_and_its_trust_file_verify(signed, capsys):
    assert verify(capsys, signed, signed.parent / "trusted-keys") == (0, [])


@pytest.mark.parametrize("damage", [
    # cut part-way through a value: cut at a line's end, what is left can be a whole TOML file, and verify
    # rightly names every signed part that went missing (where half the file ends moved with the [listing] table)
    lambda text: text[: text.index('feedback = "') + 20],
    lambda text: "\x00\xff binary",
    lambda text: 'title = "a rubric, not a session"\n',
    lambda text: text.replace("format = 1", "format = 9"),
], ids=["truncated", "binary", "foreign", "later format"])
def test_a_damaged_session_is_one_line_naming_it(signed, capsys, damage):
    signed.write_text(damage(signed.read_text(encoding="utf-8")), encoding="utf-8", errors="surrogateescape")
    status, failed = verify(capsys, signed)
    assert status == 1 and len(failed) == 1 and signed.name in failed[0]


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],
    lambda text: text.replace('role = "assessor"', 'role = "centre"', 1),
    lambda text: "garbage \x01",
], ids=["truncated", "self-promoted", "garbage"])
def test_a_damaged_trust_file_fails_every_keyed_signature_in_one_line_each(signed, capsys, damage):
    trust = signed.parent / "trusted-keys"
    trust.write_text(damage(trust.read_text(encoding="utf-8")), encoding="utf-8")
    status, failed = verify(capsys, signed)
    assert status == 1 and failed and all("trusted-keys" in line for line in failed)
    status, failed = verify(capsys, trust)
    assert status == 1 and len(failed) == 1 and str(trust) in failed[0]


def test_a_key_file_or_other_stranger_given_to_verify_is_one_line(tmp_path, capsys):
    create_key_pair(tmp_path / "keys")
    status, failed = verify(capsys, tmp_path / "keys" / "signing-key.pem", tmp_path / "nowhere.toml")
    assert status == 1 and len(failed) == 2
    assert "signing-key.pem: not a session (.toml)" in failed[0] and "nowhere.toml: no such file" in failed[1]
