"""Issue 16: a bundle zip is read member by member within limits, never unpacked; a damaged member is one line."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from conftest import REPO
from marker.catalogue import find_rubrics
from marker.config import Config
from marker.export import zipread
from marker.verify import verify_path
from test_export import export, finished


@pytest.fixture(scope="module")
def rubrics():
    return find_rubrics(Config().rubric_folders()).rubrics


@pytest.fixture
def bundle(rubrics, tmp_path) -> Path:
    finished(rubrics, tmp_path)
    return export(rubrics, tmp_path / "eqa" / "cohort", zip=True)


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def rezip(path: Path, contents: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    return path


def corrupt_member(path: Path, name: str) -> Path:
    """One byte of ``name``'s compressed data flipped (its headers intact), as a bad download does."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF
    out = path.with_name("damaged.zip")
    out.write_bytes(bytes(data))
    return out


def catalogue():
    return find_rubrics(Config().rubric_folders()).find


def test_a_zip_bundle_verifies_without_unpacking_anything(bundle, monkeypatch):
    def no_temporary_folders(*args, **kwargs):
        raise AssertionError("verify unpacked the zip into a temporary folder")

    monkeypatch.setattr(tempfile, "mkdtemp", no_temporary_folders)
    monkeypatch.setattr(tempfile, "TemporaryDirectory", no_temporary_folders)
    report = verify_path(bundle, catalogue())
    assert report.ok, report.problems
    assert any("assessor signature" in line and "matches the record" in line for line in report.checked)
    assert any("matches its recorded SHA-256" in line for line in report.checked)


def test_a_changed_session_inside_the_zip_is_still_named(bundle, tmp_path):
    contents = members(bundle)
    name = next(n for n in contents if n.endswith(".toml"))
    contents[name] = contents[name].replace(b'learner_name = "Priya Shah"', b'learner_name = "Priya Shaw"')
    report = verify_path(rezip(tmp_path / "changed.zip", contents), catalogue())
    assert any("has changed since it was signed" in p for p in report.problems), report.problems


@pytest.mark.parametrize("suffix", [".toml", "_result-sheet.docx", ".docx"])
def test_one_corrupted_byte_in_a_member_is_one_line(bundle, suffix):
    contents = members(bundle)
    name = next(n for n in sorted(contents) if n.endswith(suffix) and (suffix != ".docx" or "sheet" not in n
                                                                        and "report" not in n))
    damaged = corrupt_member(bundle, name)
    report = verify_path(damaged, catalogue())
    assert not report.ok
    assert all("\n" not in p for p in report.problems)
    assert any(name.removeprefix("cohort/") in p and ("damaged" in p or "SHA-256" in p) for p in report.problems)


def test_marker_verify_on_a_corrupted_zip_is_lines_not_a_traceback(bundle):
    damaged = corrupt_member(bundle, next(n for n in members(bundle) if n.endswith(".toml")))
    result = subprocess.run([sys.executable, "-m", "marker", "verify", str(damaged)], capture_output=True,
                            text=True, cwd=REPO, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "FAIL" in result.stdout


def test_a_member_over_its_limit_is_refused_without_inflating_the_rest(bundle, tmp_path, monkeypatch):
    monkeypatch.setattr(zipread, "MAX_MEMBER", 1 << 20)
    contents = members(bundle)
    name = next(n for n in contents if n.endswith(".docx") and "sheet" not in n and "report" not in n)
    contents[name] = b" " * (3 << 20)
    report = verify_path(rezip(tmp_path / "bomb.zip", contents), catalogue())
    rel = name.removeprefix("cohort/")
    assert f"{rel}: cannot be read (inflates past the 1 MB limit for one member)" in report.problems


def test_a_zip_with_too_many_entries_is_refused_from_its_end_record(tmp_path, monkeypatch):
    monkeypatch.setattr(zipread, "MAX_MEMBERS", 10)
    path = rezip(tmp_path / "many.zip", {f"cohort/{n}.txt": b"x" for n in range(11)}, zipfile.ZIP_STORED)
    result = verify_path(path, catalogue())
    assert any("holds 11 entries, over the 10 limit" in p for p in result.problems)
