"""The centre's trust file: keys trusted by role and date, every change signed by a centre key."""

from datetime import date

import pytest

from marker.cli import main
from marker.keys import SigningKey, create_key_pair
from marker.trust import TrustProblem, append_change, read_trust, signed_text, start_trust, trust_text

CENTRE, ANN, IAN = SigningKey.generate(), SigningKey.generate(), SigningKey.generate()
AT = "2025-03-01T09:00:00+00:00"


def add(name, role, key, valid_from="2025-03-01", until="", at=AT):
    return {"action": "add", "name": name, "role": role, "key": key.public.text, "valid_from": valid_from,
            "valid_until": until, "at": at}


@pytest.fixture
def trust_file(tmp_path):
    path = tmp_path / "trusted-keys"
    start_trust(path, CENTRE, "Northfield College", AT, date(2025, 3, 1))
    append_change(path, CENTRE, add("Ann Assessor", "assessor", ANN, until="2025-12-31"))
    append_change(path, CENTRE, add("Ian Quality", "iqa", IAN))
    return path


def test_a_key_is_trusted_for_its_role_name_and_dates_only(trust_file):
    trust = read_trust(trust_file)
    assert trust.root.key == CENTRE.public and trust.root.role == "centre"
    ok, why = trust.judge(ANN.public, "assessor", "Ann Assessor", "2025-06-01T10:00:00+00:00")
    assert ok and ANN.public.fingerprint in why
    assert trust.judge(ANN.public, "assessor", "Аnn Assessor", "2025-06-01")[0]  # a Cyrillic А is the same name
    assert "not in the centre's trust file" in trust.judge(SigningKey.generate().public, "assessor", "Ann Assessor",
                                                           "2025-06-01")[1]
    assert "not as iqa" in trust.judge(ANN.public, "iqa", "Ann Assessor", "2025-06-01")[1]
    assert "belongs to Ann Assessor" in trust.judge(ANN.public, "assessor", "Bob Other", "2025-06-01")[1]
    assert "not on 2026-01-02" in trust.judge(ANN.public, "assessor", "Ann Assessor", "2026-01-02")[1]
    assert "not on 2025-02-28" in trust.judge(ANN.public, "assessor", "Ann Assessor", "2025-02-28")[1]


def test_revoking_a_key_refuses_its_signatures_from_that_date(trust_file):
    append_change(trust_file, CENTRE, {"action": "revoke", "key": ANN.public.text, "valid_from": "2025-05-01",
                                       "reason": "laptop stolen", "at": "2025-05-02T08:00:00+00:00"})
    trust = read_trust(trust_file)
    assert trust.judge(ANN.public, "assessor", "Ann Assessor", "2025-04-30")[0]
    ok, why = trust.judge(ANN.public, "assessor", "Ann Assessor", "2025-05-01")
    assert not ok and "revoked from 2025-05-01 (laptop stolen)" in why


def test_rotating_a_key_ends_the_old_one_and_starts_the_new(trust_file):
    new = SigningKey.generate()
    append_change(trust_file, CENTRE, {"action": "rotate", "name": "Ann Assessor", "role": "assessor",
                                       "key": new.public.text, "replaces": ANN.public.text,
                                       "valid_from": "2025-07-01", "at": "2025-07-01T08:00:00+00:00"})
    trust = read_trust(trust_file)
    assert trust.judge(ANN.public, "assessor", "Ann Assessor", "2025-07-01")[0]
    assert not trust.judge(ANN.public, "assessor", "Ann Assessor", "2025-07-02")[0]
    assert trust.judge(new.public, "assessor", "Ann Assessor", "2025-07-02")[0]
    assert not trust.judge(new.public, "assessor", "Ann Assessor", "2025-06-30")[0]


def test_only_a_centre_key_changes_the_file(trust_file):
    with pytest.raises(TrustProblem, match="not trusted as centre"):
        append_change(trust_file, ANN, add("Ann Assessor", "iqa", ANN))
    assert len(read_trust(trust_file).changes) == 3


def _changes(path):
    import tomllib

    return tomllib.loads(path.read_text())["change"]


@pytest.mark.parametrize("tamper, expected", [
    (lambda c: c[1].update(role="iqa"), "change 2: its signature does not match"),
    (lambda c: c[1].update(valid_until=""), "change 2: its signature does not match"),
    (lambda c: c.pop(1), "change 2 does not follow"),
    (lambda c: c.append({**c[1], "previous": "x"}), "change 4 does not follow"),
    (lambda c: c.__setitem__(0, {**c[0], "key": ANN.public.text}), "first key must sign its own entry"),
])
def test_a_hand_edited_trust_file_is_refused_naming_the_change(trust_file, tamper, expected):
    changes = _changes(trust_file)
    tamper(changes)
    trust_file.write_text(trust_text(changes))
    with pytest.raises(TrustProblem, match=expected):
        read_trust(trust_file)


def test_writing_to_the_shared_folder_is_not_enough_to_trust_oneself(trust_file):
    """A forger appends a correctly chained change adding their key, signed by their own key."""
    from marker.trust import change_digest

    forger = SigningKey.generate()
    changes = _changes(trust_file)
    change = {**add("Ann Assessor", "centre", forger), "by": forger.public.fingerprint,
              "previous": change_digest(changes[-1])}
    change["signature"] = forger.sign(signed_text(change))
    trust_file.write_text(trust_text([*changes, change]))
    with pytest.raises(TrustProblem, match="change 4 is signed by .* which this file does not trust as centre"):
        read_trust(trust_file)


@pytest.mark.parametrize("content", [b"", b"\xff\xfe", b"not = [toml", b"[[change]]\naction = 1\n", b"x = 1\n"])
def test_a_damaged_or_foreign_trust_file_is_one_line(tmp_path, content):
    path = tmp_path / "trusted-keys"
    path.write_bytes(content)
    with pytest.raises(TrustProblem) as caught:
        read_trust(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_the_trust_commands_start_add_revoke_and_show(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MARKER_KEYS", str(tmp_path / "centre-keys"))
    monkeypatch.setattr("marker.keys.signing_key",
                        lambda who, **given: __import__("marker.keys").keys.load_signing_key(**given))
    create_key_pair(tmp_path / "centre-keys")
    ann = create_key_pair(tmp_path / "ann-keys")
    (tmp_path / "ann.pub").write_text(ann.public.text + "\n")
    assert main(["trust", "init", "--name", "Northfield College"]) == 0
    assert main(["trust", "add", str(tmp_path / "ann.pub"), "--name", "Ann Assessor", "--role", "assessor"]) == 0
    assert main(["trust", "revoke", ann.public.fingerprint, "--reason", "left the centre"]) == 0
    capsys.readouterr()
    assert main(["trust", "show"]) == 0
    shown = capsys.readouterr().out
    assert ann.public.fingerprint in shown and "revoked from" in shown and "left the centre" in shown
    monkeypatch.setenv("MARKER_KEYS", str(tmp_path / "ann-keys"))
    assert main(["trust", "add", ann.public.text, "--name", "Ann Assessor", "--role", "centre"]) == 2
    assert "not trusted as centre" in capsys.readouterr().err


def test_a_trust_file_replaced_whole_is_caught_by_the_key_first_seen(trust_file, tmp_path):
    """Trust on first use: a forger's own trust file, rooted at their key, in the same folder."""
    from marker.trust import check_pin

    keys = tmp_path / "my-keys"
    check_pin(read_trust(trust_file), keys)  # first use: remembered
    check_pin(read_trust(trust_file), keys)  # the same centre key: fine
    forger = SigningKey.generate()
    trust_file.unlink()
    start_trust(trust_file, forger, "Northfield College", AT, date(2025, 3, 1))
    with pytest.raises(TrustProblem, match="this machine first saw .* may have been replaced"):
        check_pin(read_trust(trust_file), keys)
    assert oct((keys / "known-centres").stat().st_mode & 0o777) == "0o600"
