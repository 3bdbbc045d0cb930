"""A bundle verifies from its own contents: the manifest's signature, the bundled copies, the schedule.

Each tamper case is done as a forger would, regenerating the manifest with marker's own
``write_manifest`` (unsigned, or signed with a key of their own) where that would hide it.
"""

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from marked import ASSESSOR, marked_session
from marker.catalogue import find_rubrics
from marker.cli import main
from marker.config import SHIPPED_RUBRICS
from marker.export import Criteria, build_bundle, select_sessions
from marker.export.manifest import MANIFEST, write_manifest
from marker.keys import SigningKey
from marker.qa import qa_sign, set_review
from marker.signing import sign
from marker.store import list_sessions, save
from marker.verify import verify_path

CATALOGUE = find_rubrics([SHIPPED_RUBRICS])
UNIT_200 = CATALOGUE.get("8584-200")
IQA = "Iris Quality"


def sessions_dir() -> Path:
    return Path(os.environ["MARKER_SESSIONS"])


def confirmed(tmp_path, learner, reg, referral=()):
    session = marked_session(UNIT_200, tmp_path / "submissions" / reg, learner=learner, reg=reg, referral=referral)
    sign(session, UNIT_200, ASSESSOR, ASSESSOR)
    for criterion in UNIT_200.criteria:
        set_review(session, UNIT_200, criterion.ref, "agree", "", IQA)
    qa_sign(session, UNIT_200, IQA, IQA)
    return save(session, sessions_dir())


@pytest.fixture
def bundle(tmp_path):
    confirmed(tmp_path, "Priya Shah", "PS-2041")
    confirmed(tmp_path, "Jordan Ellis", "R4471926", referral=("1.2",))
    stored, _ = list_sessions(sessions_dir())
    chosen = select_sessions(stored, Criteria()).chosen
    return build_bundle(chosen, CATALOGUE.rubrics, tmp_path / "eqa" / "cohort", exporter=ASSESSOR)


def problems(path):
    return verify_path(path, CATALOGUE.find).problems


def folder_of(bundle, learner):
    return next(p for p in bundle.iterdir() if p.is_dir() and p.name.startswith(learner))


def copy_of(bundle, learner) -> Path:
    """The bundled copy of the learner's submission, as the manifest maps it."""
    entries = json.loads((bundle / MANIFEST).read_text())["submissions"]
    return bundle / next(e["path"] for e in entries if e["session"].startswith(learner))


def regenerate(bundle, signer=None, drop=None):
    """What a forger does after changing files: a new manifest from marker's own function."""
    old = json.loads((bundle / MANIFEST).read_text())
    (bundle / MANIFEST).unlink()
    submissions = [s for s in old["submissions"] if not drop or not s["session"].startswith(drop)]
    sessions = len(list(bundle.rglob("*.toml")))
    write_manifest(bundle, old["created"], sessions, submissions, signer)


def test_an_exported_bundle_verifies_from_its_own_contents(bundle, tmp_path, signers):
    report = verify_path(bundle, CATALOGUE.find)
    assert report.ok, report.problems
    assert any(f"signed by Ann Assessor with key {signers.signing_key(ASSESSOR).public.fingerprint}" in line
               for line in report.checked)
    assert any("schedule.csv: every row says what its session says (2 sessions)" in line for line in report.checked)
    assert any("the centre's key is" in line and signers.centre.public.fingerprint in line for line in report.checked)
    # the originals elsewhere on the machine are never read: gone or changed, the bundle still verifies
    shutil.rmtree(tmp_path / "submissions")
    (tmp_path / "submissions").mkdir()
    assert verify_path(bundle, CATALOGUE.find).ok


def test_a_renamed_submission_copy_is_mapped_by_the_manifest(bundle):
    manifest = json.loads((bundle / MANIFEST).read_text())
    entry = manifest["submissions"][0]
    assert entry["name"] == "PS-2041-8584-200.docx" or entry["name"].endswith(".docx")
    assert (bundle / entry["path"]).is_file() and entry["session"].endswith(".toml")


def test_a_missing_extra_or_renamed_file_fails(bundle):
    copy = copy_of(bundle, "Priya")
    copy.rename(copy.with_name("renamed.docx"))
    found = problems(bundle)
    assert any(f"{copy.name}: missing (listed in the manifest)" in p for p in found)
    assert any("renamed.docx: not in the manifest" in p for p in found)
    assert any(f"submission file {copy.name} is not in the bundle" in p for p in found)
    copy.with_name("renamed.docx").rename(copy)
    (copy.parent / "extra.docx").write_bytes(b"x")
    assert problems(bundle) == [f"{copy.parent.name}/extra.docx: not in the manifest"]


@pytest.mark.parametrize("signer", [None, ("Mallory", SigningKey.generate())], ids=["unsigned", "untrusted key"])
def test_a_swapped_submission_copy_fails_even_with_the_manifest_regenerated(bundle, signer):
    copy_of(bundle, "Priya").write_bytes(copy_of(bundle, "Jordan").read_bytes())
    regenerate(bundle, signer)
    found = problems(bundle)
    assert any("has changed since it was judged" in p for p in found)
    assert any(MANIFEST in p and ("not signed" in p or "does not trust" in p or "not in" in p) for p in found)


def test_an_edited_schedule_fails_even_when_a_trusted_exporter_signs_again(bundle, signers):
    schedule = bundle / "schedule.csv"
    schedule.write_bytes(schedule.read_bytes().replace(b"REFERRAL", b"PASS"))
    regenerate(bundle, ("Ann Assessor", signers.signing_key(ASSESSOR)))  # an insider with a trusted key
    found = problems(bundle)
    assert any("schedule.csv: the row for Jordan-Ellis" in p and "says Outcome 'PASS', its session says 'REFERRAL'" in p
               for p in found)
    regenerate(bundle)
    assert any(f"{MANIFEST}: not signed" in p for p in problems(bundle))


def test_a_deleted_session_folder_fails_even_with_the_manifest_regenerated(bundle):
    priya = folder_of(bundle, "Priya")
    shutil.rmtree(priya)
    regenerate(bundle, drop=priya.name)
    found = problems(bundle)
    assert any(f"schedule.csv: has a row for {priya.name}, which has no session in the bundle" in p for p in found)
    assert any(f"{MANIFEST}: not signed" in p for p in found)


def test_an_added_unsigned_session_fails_even_with_the_manifest_regenerated(bundle, tmp_path):
    extra = bundle / "Sam-Draft_S1_8584-200_attempt1"
    extra.mkdir()
    draft = marked_session(UNIT_200, tmp_path / "draft", learner="Sam Draft", reg="S1")
    save(draft, extra)
    regenerate(bundle, ("Mallory", SigningKey.generate()))
    found = problems(bundle)
    assert any("schedule.csv: has no row for Sam-Draft" in p for p in found)
    assert any("does not trust" in p or "not in the centre's trust file" in p for p in found)


def test_a_zipped_bundle_verifies_and_a_tampered_one_fails(tmp_path):
    confirmed(tmp_path, "Priya Shah", "PS-2041")
    stored, _ = list_sessions(sessions_dir())
    written = build_bundle(select_sessions(stored, Criteria()).chosen, CATALOGUE.rubrics, tmp_path / "cohort", zip=True)
    assert verify_path(written, CATALOGUE.find).ok, problems(written)
    with zipfile.ZipFile(written) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    rel = next(n for n in members if n.endswith("schedule.csv"))
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data.replace(b"Priya Shah", b"Priya Shaw") if name == rel else data)
    assert any("schedule.csv" in p for p in problems(forged))


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 truncated", b"not a zip at all"])
def test_a_truncated_or_foreign_zip_is_one_line(tmp_path, capsys, content):
    path = tmp_path / "bundle.zip"
    path.write_bytes(content)
    assert main(["verify", str(path)]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    assert all(line.startswith(("FAIL ", "ok ")) for line in out.out.splitlines()) and "bundle.zip" in out.out


def test_a_half_of_a_real_zip_is_one_line(bundle, tmp_path, capsys):
    archive = shutil.make_archive(str(tmp_path / "whole"), "zip", bundle.parent, bundle.name)
    data = Path(archive).read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    assert main(["verify", str(cut)]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err and "cut.zip" in out.out


@pytest.mark.parametrize("content", [b"{not json", b"[]", b'{"format": "marker-eqa-bundle/2", "files": 3}'])
def test_a_foreign_manifest_is_one_line(bundle, capsys, content):
    (bundle / MANIFEST).write_bytes(content)
    assert main(["verify", str(bundle)]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err and f"FAIL {MANIFEST}" in out.out


def test_the_eqa_can_require_the_centre_key_they_were_given(bundle, signers, capsys):
    assert main(["verify", "-q", "--centre-key", signers.centre.public.fingerprint, str(bundle)]) == 0
    capsys.readouterr()
    assert main(["verify", "-q", "--centre-key", SigningKey.generate().public.fingerprint, str(bundle)]) == 1
    assert "not SHA256:" in capsys.readouterr().out
