"""A zip bundle gets the same checks from its own contents as a folder (issue 15), read member by member
and never unpacked (issue 16): each forger's tamper is done to the folder, which is then zipped."""

import shutil
import tempfile

import pytest

from marker.keys import SigningKey
from marker.verify import verify_path
from test_bundle_verify import ASSESSOR, CATALOGUE, bundle, copy_of, folder_of, regenerate  # noqa: F401 (fixture)


def zipped(folder):
    return shutil.make_archive(str(folder.with_name("zipped")), "zip", folder.parent, folder.name)


def zip_problems(folder, monkeypatch, **options):
    path = zipped(folder)
    with monkeypatch.context() as patch:
        patch.setattr(tempfile, "mkdtemp", lambda *a, **k: pytest.fail("verify unpacked the zip"))
        patch.setattr(tempfile, "TemporaryDirectory", lambda *a, **k: pytest.fail("verify unpacked the zip"))
        return verify_path(path, CATALOGUE.find, **options)


def test_a_zipped_bundle_shows_its_signer_its_centre_key_and_its_schedule(bundle, signers, monkeypatch):
    report = zip_problems(bundle, monkeypatch)
    assert report.ok, report.problems
    assert any(f"signed by Ann Assessor with key {signers.signing_key(ASSESSOR).public.fingerprint}" in line
               for line in report.checked)
    assert any("schedule.csv: every row says what its session says (2 sessions)" in line for line in report.checked)
    assert any("the centre's key is" in line and signers.centre.public.fingerprint in line for line in report.checked)


def test_a_zipped_bundle_from_another_centre_fails_against_the_centre_key_given(bundle, monkeypatch):
    other = SigningKey.generate().public.fingerprint
    found = zip_problems(bundle, monkeypatch, centre_key=other).problems
    assert any(f"not {other} as you were given" in p for p in found), found


def test_a_swapped_copy_in_a_zip_fails_even_with_the_manifest_regenerated(bundle, monkeypatch):
    copy = copy_of(bundle, "Priya")
    copy.write_bytes(copy_of(bundle, "Jordan").read_bytes())
    regenerate(bundle, ("Mallory", SigningKey.generate()))
    found = zip_problems(bundle, monkeypatch).problems
    assert any(f"submission file {copy.relative_to(bundle).as_posix()} has changed since it was judged" in p
               for p in found), found
    assert any("does not trust" in p for p in found), found


def test_an_edited_schedule_in_a_zip_fails_even_when_a_trusted_exporter_signs_again(bundle, signers, monkeypatch):
    schedule = bundle / "schedule.csv"
    schedule.write_bytes(schedule.read_bytes().replace(b"REFERRAL", b"PASS"))
    regenerate(bundle, ("Ann Assessor", signers.signing_key(ASSESSOR)))
    found = zip_problems(bundle, monkeypatch).problems
    assert any("schedule.csv: the row for Jordan-Ellis" in p and "its session says 'REFERRAL'" in p for p in found)


def test_a_deleted_session_in_a_zip_fails_even_with_the_manifest_regenerated(bundle, monkeypatch):
    priya = folder_of(bundle, "Priya")
    shutil.rmtree(priya)
    regenerate(bundle, drop=priya.name)
    found = zip_problems(bundle, monkeypatch).problems
    assert any(f"schedule.csv: has a row for {priya.name}, which has no session in the bundle" in p for p in found)
    assert any("manifest.json: not signed" in p for p in found)


def test_a_copy_missing_from_a_zip_is_named_not_looked_for_elsewhere(bundle, monkeypatch):
    copy = copy_of(bundle, "Priya")
    copy.unlink()
    found = zip_problems(bundle, monkeypatch).problems
    assert any(f"{copy.relative_to(bundle).as_posix()}: missing (listed in the manifest)" in p for p in found)
    assert any("submission file" in p and "is not in the bundle" in p for p in found), found
