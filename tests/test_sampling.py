"""The IQA's sampling figures on a fixture set of sessions."""

import json
import os
from pathlib import Path

from marked import marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.qa import qa_sign, refer_back, set_review
from marker.sampling import sampling
from marker.session import Verdict
from marker.signing import sign
from marker.store import list_sessions, save
from test_cli_sessions import marker

CATALOGUE = find_rubrics([SHIPPED_RUBRICS])
UNIT_200 = CATALOGUE.get("8584-200")
IQA = "Iris Quality"


def cohort(tmp_path, folder: Path) -> None:
    """Ann: 6 signed, all PASS, 2 QA'd. Bob: 3 signed, each referring AC 1.3; 1 more referred back; 1 draft."""
    for i in range(6):
        s = marked_session(UNIT_200, tmp_path / "files", learner=f"Ann's learner {i}", reg=f"A{i}")
        s.assessor = "Ann Assessor"
        sign(s, UNIT_200, "Ann Assessor", "Ann Assessor")
        if i < 2:
            for c in UNIT_200.criteria:
                set_review(s, UNIT_200, c.ref, Verdict.AGREE, "", IQA)
            qa_sign(s, UNIT_200, IQA, IQA)
        save(s, folder)
    for i in range(5):
        s = marked_session(UNIT_200, tmp_path / "files", learner=f"Bob's learner {i}", reg=f"B{i}",
                           referral=("1.3",) if i < 4 else ())
        s.assessor = "Bob Builder"
        if i < 4:
            sign(s, UNIT_200, "Bob Builder", "Bob Builder")
        if i == 3:
            refer_back(s, IQA, "check AC 1.3 again")
        save(s, folder)


def test_sampling_figures(tmp_path):
    folder = tmp_path / "sessions"
    cohort(tmp_path, folder)
    stored, problems = list_sessions(folder)
    assert not problems and len(stored) == 11
    figures = sampling(stored, CATALOGUE.rubrics)
    coverage = {(r.assessor, r.unit): r for r in figures.by_assessor_unit}
    ann, bob = coverage[("Ann Assessor", "8584-200")], coverage[("Bob Builder", "8584-200")]
    assert (ann.signed, ann.quality_assured, ann.referred_back) == (6, 2, 0) and round(ann.sampled, 3) == 0.333
    assert (bob.signed, bob.quality_assured, bob.referred_back) == (3, 0, 1)
    rates = {(r.assessor, r.ref): r for r in figures.criterion_rates}
    assert (rates[("Bob Builder", "1.3")].referred, rates[("Bob Builder", "1.3")].judged) == (3, 3)
    assert rates[("Bob Builder", "1.1")].referred == 0 and rates[("Ann Assessor", "1.3")].referred == 0
    unit = {r.assessor: r for r in figures.unit_rates}
    assert unit["Bob Builder"].rate == 1.0 and unit["Ann Assessor"].rate == 0.0
    assert figures.flags == ["Ann Assessor has referred nothing in 6 signed sessions",
                             "Bob Builder referred AC 1.3 of 8584-200 in every one of 3 sessions"]
    assert len(figures.awaiting_qa) == 4 + 3  # Ann's 4 un-QA'd and Bob's 3 signed


def test_sample_and_log_commands(tmp_path):
    folder = Path(os.environ["MARKER_SESSIONS"])
    cohort(tmp_path, folder)
    result = marker("sample", "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert len(figures["awaiting_qa"]) == 7 and len(figures["flags"]) == 2
    text = marker("sample").stdout
    assert "Worth a look:" in text and "Bob Builder referred AC 1.3" in text
    referred = next(p for p in folder.glob("B3_*.toml"))
    log = marker("log", str(referred))
    assert log.returncode == 0
    assert "referred back to the assessor: 'signed' → 'check AC 1.3 again'" in log.stdout
