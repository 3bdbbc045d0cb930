"""Who may sign a bundle's manifest: the exporter's key, under a name the trust file gives it.

Walked as a new centre does from the README: the centre's key holder exports under their
own name with the centre's key, or one person holds one key as the centre and as an assessor.
"""

from marker import keys
from marker.export import Criteria, build_bundle, select_sessions
from marker.store import list_sessions
from marker.trust import append_change
from marker.verify import verify_path
from test_bundle_verify import CATALOGUE, confirmed, sessions_dir


def export(tmp_path, exporter):
    confirmed(tmp_path, "Priya Shah", "PS-2041")
    stored, _ = list_sessions(sessions_dir())
    chosen = select_sessions(stored, Criteria()).chosen
    return build_bundle(chosen, CATALOGUE.rubrics, tmp_path / "eqa" / "cohort", exporter=exporter)


def manifest_lines(report):
    return [line for line in report.problems + report.checked if line.startswith("manifest.json")]


def test_the_centre_key_holder_exporting_under_their_own_name_verifies(tmp_path, signers, monkeypatch):
    stand_in = keys.signing_key
    monkeypatch.setattr("marker.keys.signing_key",
                        lambda who, passphrase=None: signers.centre if who == "Carol Centre" else stand_in(who))
    report = verify_path(export(tmp_path, "Carol Centre"), CATALOGUE.find)
    assert report.ok, manifest_lines(report)
    assert any("trusted as centre (Test Centre)" in line for line in report.checked)


def test_one_key_trusted_as_the_centre_and_as_an_assessor_verifies_under_the_assessors_name(
        tmp_path, signers, monkeypatch):
    stand_in = keys.signing_key
    monkeypatch.setattr("marker.keys.signing_key",
                        lambda who, passphrase=None: signers.centre if who == "Ann Centre" else stand_in(who))
    confirmed(tmp_path, "Jordan Ellis", "R4471926")  # starts the trust file
    append_change(signers.path, signers.centre, {"action": "add", "name": "Ann Centre", "role": "assessor",
                                                 "key": signers.centre.public.text, "valid_from": "2000-01-01",
                                                 "at": "2000-01-01T00:00:00+00:00"})
    report = verify_path(export(tmp_path, "Ann Centre"), CATALOGUE.find)
    assert report.ok, manifest_lines(report)


def test_an_assessors_key_signing_under_another_name_still_fails(tmp_path, signers, monkeypatch):
    stand_in = keys.signing_key
    monkeypatch.setattr("marker.keys.signing_key",
                        lambda who, passphrase=None: stand_in("Ann Assessor") if who == "Mallory" else stand_in(who))
    report = verify_path(export(tmp_path, "Mallory"), CATALOGUE.find)
    assert any("belongs to Ann Assessor" in line for line in report.problems), manifest_lines(report)
